//! Text clean-up shared by every source: whitespace, typographic quotes and dashes.
//!
//! Real dumps carry non-breaking spaces, curly quotes (`“Explain how…”`), en/em dashes and
//! stray control characters. Stored text keeps its wording; matching uses the folded form.

/// Collapses every run of Unicode white space (including U+00A0 no-break space and tabs)
/// to one ASCII space and trims the ends. Control characters are dropped.
pub fn clean(s: &str) -> String {
    // Most text is already clean ASCII: one scan and a copy instead of a char-by-char rebuild.
    if is_clean_ascii(s.as_bytes()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            pending_space = !out.is_empty();
        } else if c.is_control() {
            continue;
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// True when [`clean`] would return `s` unchanged and `s` is ASCII: printable bytes only,
/// no doubled space, no space at either end.
fn is_clean_ascii(s: &[u8]) -> bool {
    s.first() != Some(&b' ')
        && s.last() != Some(&b' ')
        && s.iter().all(|&b| (0x20..0x7f).contains(&b))
        && !s.windows(2).any(|w| w == b"  ")
}

/// [`clean`], then `None` for an empty result: an empty field is null.
pub fn non_empty(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// Maps typographic punctuation to ASCII: curly quotes, primes, en/em dashes, minus sign,
/// ellipsis. Used before matching, never on stored text.
pub fn fold_punctuation(s: &str) -> std::borrow::Cow<'_, str> {
    // Most lines are plain ASCII: nothing to fold, nothing to copy.
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The key used to compare short labels and vocabulary words: punctuation folded, lower case,
/// every non-alphanumeric run turned into one space (`Mid-level` → `mid level`).
pub fn match_key(s: &str) -> String {
    // One pass, one allocation: called for every label, field value and vocabulary word.
    // Typographic punctuation folds to ASCII punctuation, which is a separator here anyway.
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '+' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// Removes one pair of surrounding quotes, straight or curly (`“Explain …”` → `Explain …`).
pub fn strip_quotes(s: &str) -> &str {
    let t = s.trim();
    let opening = ['"', '\'', '\u{201C}', '\u{2018}', '\u{00AB}', '\u{201E}'];
    let closing = ['"', '\'', '\u{201D}', '\u{2019}', '\u{00BB}', '\u{201C}'];
    let Some(first) = t.chars().next() else {
        return t;
    };
    if !opening.contains(&first) {
        return t;
    }
    let inner = &t[first.len_utf8()..];
    match inner.chars().last() {
        Some(last) if closing.contains(&last) && inner.len() > last.len_utf8() => {
            inner[..inner.len() - last.len_utf8()].trim()
        }
        // An opening quote with no closing one: a dump cut the line; drop the lone quote.
        _ => inner.trim(),
    }
}

/// Title-cases a lower-case name word by word (`goldman sachs` → `Goldman Sachs`); words that
/// already carry capitals (`nCino`, `IBM`) are kept.
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(|c| c.is_uppercase()) {
                w.to_string()
            } else {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f.to_uppercase().chain(cs).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `max` characters of `s`, for excerpts in quarantine and reports.
pub fn excerpt(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut e: String = s.chars().take(max).collect();
        e.push('…');
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_nbsp_tabs_and_runs() {
        assert_eq!(clean("  Difficulty:\u{00A0}\u{00A0}Easy \t "), "Difficulty: Easy");
        for (raw, want) in [
            ("Already clean.", "Already clean."),
            ("two  spaces", "two spaces"),
            (" lead", "lead"),
            ("trail ", "trail"),
            ("tab\there", "tab here"),
            ("bell\u{7}", "bell"),
            ("del\u{7f}x", "delx"),
            ("", ""),
        ] {
            assert_eq!(clean(raw), want, "{raw:?}");
        }
        assert_eq!(clean("\u{FEFF}Hello"), "Hello");
        assert_eq!(clean("a\u{0007}b"), "ab");
    }

    #[test]
    fn non_empty_is_null_for_blank() {
        assert_eq!(non_empty(" \u{00A0} "), None);
        assert_eq!(non_empty(" x "), Some("x".to_string()));
    }

    #[test]
    fn fold_punctuation_maps_typographic_marks() {
        assert_eq!(
            fold_punctuation("Backbase\u{2019}s \u{201C}fair\u{201D} \u{2013} ok\u{2026}"),
            "Backbase's \"fair\" - ok..."
        );
    }

    #[test]
    fn match_key_folds_case_and_punctuation() {
        assert_eq!(match_key("Mid-level"), "mid level");
        assert_eq!(match_key("  Final\u{00A0}Result: "), "final result");
        assert_eq!(match_key("4+ weeks"), "4+ weeks");
    }

    #[test]
    fn strip_quotes_removes_one_pair() {
        assert_eq!(
            strip_quotes("\u{201C}Explain how you would design X.\u{201D}"),
            "Explain how you would design X."
        );
        assert_eq!(strip_quotes("\"Why us?\""), "Why us?");
        assert_eq!(strip_quotes("No quotes"), "No quotes");
        assert_eq!(strip_quotes("\u{201C}Cut off"), "Cut off");
        assert_eq!(strip_quotes("\u{201C}"), "");
    }

    #[test]
    fn title_case_keeps_existing_capitals() {
        assert_eq!(title_case("backbase"), "Backbase");
        assert_eq!(title_case("goldman sachs"), "Goldman Sachs");
        assert_eq!(title_case("nCino"), "nCino");
    }
}
