//! Bytes to text: BOMs, UTF-16, invalid UTF-8 and binary files.
//!
//! Saved pages arrive with a UTF-8 BOM (the seed's copies do), as UTF-16 from Windows tools,
//! or with stray Latin-1 bytes. Text is decoded lossily with a warning; a file that is
//! mostly not text is refused with a reason.

/// A decoded file and what decoding had to do to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Warnings for the quarantine table (line, reason).
    pub warnings: Vec<(Option<usize>, String)>,
}

/// Why a file could not be read as text at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file: {0}")]
    Binary(String),
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(Decoded {
            text: utf16(rest, u16::from_le_bytes),
            warnings: vec![],
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(Decoded {
            text: utf16(rest, u16::from_be_bytes),
            warnings: vec![],
        });
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if looks_binary(bytes) {
        let nul = bytes.iter().take(8192).filter(|b| **b == 0).count();
        return Err(DecodeError::Binary(format!(
            "{nul} NUL bytes in the first 8 KiB; not a text, HTML, CSV or JSON dump"
        )));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            warnings: vec![],
        }),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{FFFD}').count();
            Ok(Decoded {
                text,
                warnings: vec![(
                    Some(line),
                    format!("invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD, first on this line"),
                )],
            })
        }
    }
}

fn utf16(bytes: &[u8], to_u16: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| to_u16([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// NUL bytes, or mostly control bytes, in the first 8 KiB: no text format has those.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|b| **b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_utf8_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello").unwrap().text, "Hello");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Hé\n".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap().text, "Hé\n");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Hé".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap().text, "Hé");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning_line() {
        let d = decode(b"line one\nbad \xFF byte\n").unwrap();
        assert_eq!(d.text, "line one\nbad \u{FFFD} byte\n");
        assert_eq!(d.warnings.len(), 1);
        assert_eq!(d.warnings[0].0, Some(2));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n\r\n"), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary(_))
        ));
    }
}
