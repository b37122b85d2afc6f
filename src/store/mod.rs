//! processed/ and reports/ on disk: every table as CSV and Parquet with the same rows, each
//! file replaced atomically (write a temporary file in the same folder, then rename), so a
//! reader never sees a half-written table.

pub mod atomic;
pub mod data_tests;
pub mod export;
pub mod frame;
pub mod manifest;
pub mod sink;

use crate::model::{ColumnData, TableRecord};

/// RFC 4180 CSV with a header, UTF-8 without BOM, `\n` line ends; null is an empty cell.
/// The header comes from the column list, so an empty table still has one.
pub fn table_csv<T: TableRecord>(rows: &[T]) -> Vec<u8> {
    let mut out = csv_header::<T>();
    csv_rows(&mut out, rows);
    out
}

/// The header line of `T`'s CSV file.
pub fn csv_header<T: TableRecord>() -> Vec<u8> {
    let mut out = T::COLUMNS
        .iter()
        .map(|c| c.name)
        .collect::<Vec<_>>()
        .join(",")
        .into_bytes();
    out.push(b'\n');
    out
}

/// Appends `rows` as CSV records. Written by hand rather than through serde and the csv
/// crate's writer (measured: a third of the time of writing the tables): a cell is copied
/// whole unless it holds a comma, quote or line break, and then quoted as the csv crate
/// quotes it; numbers are formatted by the same itoa and ryu the csv crate uses, so the
/// bytes are the same.
pub fn csv_rows<T: TableRecord>(out: &mut Vec<u8>, rows: &[T]) {
    let columns = T::column_data(rows);
    let mut int = itoa::Buffer::new();
    let mut float = ryu::Buffer::new();
    for i in 0..rows.len() {
        for (j, column) in columns.iter().enumerate() {
            if j > 0 {
                out.push(b',');
            }
            match column {
                ColumnData::Str(v) => {
                    if let Some(text) = v[i] {
                        csv_text(out, text);
                    }
                }
                ColumnData::Int(v) => {
                    if let Some(n) = v[i] {
                        out.extend_from_slice(int.format(n).as_bytes());
                    }
                }
                ColumnData::Float(v) => {
                    if let Some(x) = v[i] {
                        out.extend_from_slice(float.format(x).as_bytes());
                    }
                }
            }
        }
        out.push(b'\n');
    }
}

/// A spreadsheet reads a cell starting with one of these as a formula (`=HYPERLINK(…)`,
/// `+cmd|…`, `@SUM(…)`), or, for tab and carriage return, shifts it: such a cell from input
/// text gets a leading `'`, which spreadsheets show as text. Parquet keeps the value as is.
pub const FORMULA_LEADS: [u8; 6] = [b'=', b'+', b'-', b'@', b'\t', b'\r'];

/// `text` as it goes into a CSV cell: with a leading `'` when it would start a formula.
pub fn neutralize_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.as_bytes().first() {
        Some(b) if FORMULA_LEADS.contains(b) => std::borrow::Cow::Owned(format!("'{text}")),
        _ => std::borrow::Cow::Borrowed(text),
    }
}

fn csv_text(out: &mut Vec<u8>, text: &str) {
    let text = &*neutralize_formula(text);
    let bytes = text.as_bytes();
    let needs_quotes = memchr::memchr3(b',', b'"', b'\n', bytes).is_some() || memchr::memchr(b'\r', bytes).is_some();
    if !needs_quotes {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    out.push(b'"');
    for part in text.split_inclusive('"') {
        out.extend_from_slice(part.as_bytes());
        if part.ends_with('"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Faq, Salary};

    #[test]
    fn csv_header_even_when_empty_and_nulls_empty() {
        let empty: Vec<Faq> = vec![];
        assert_eq!(
            String::from_utf8(table_csv(&empty)).unwrap(),
            "company,position,question,answer,source_file,source_line\n"
        );
        let rows = vec![Faq {
            company: "A".into(),
            position: 1,
            question: "Q, \"x\"?".into(),
            answer: None,
            source_file: "f.txt".into(),
            source_line: 3,
        }];
        assert_eq!(
            String::from_utf8(table_csv(&rows)).unwrap().lines().nth(1),
            Some("A,1,\"Q, \"\"x\"\"?\",,f.txt,3")
        );
    }

    /// The same bytes as the csv crate's serde writer, which wrote these tables before.
    #[test]
    fn same_bytes_as_the_csv_crate() {
        let texts = [
            "plain",
            "",
            "comma, inside",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rhere",
            "  spaces  ",
            "naïve — ünïcode",
            "#hash",
        ];
        let rows: Vec<Salary> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Salary {
                company: t.to_string(),
                role: (i % 2 == 0).then(|| t.to_string()),
                annual_min: [None, Some(0.1), Some(1e21), Some(-3.5), Some(123456789.125)][i % 5],
                source_line: i as i64 - 3,
                ..Default::default()
            })
            .collect();
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        for r in &rows {
            w.serialize(r).unwrap();
        }
        let by_csv_crate = w.into_inner().unwrap();
        let mut ours = Vec::new();
        csv_rows(&mut ours, &rows);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(by_csv_crate).unwrap()
        );
    }

    #[test]
    fn formula_cells_are_neutralized() {
        let rows: Vec<Faq> = [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "a=b",
            "'q",
        ]
        .iter()
        .map(|q| Faq {
            question: q.to_string(),
            ..Default::default()
        })
        .collect();
        let text = String::from_utf8(table_csv(&rows)).unwrap();
        let cells: Vec<&str> = text.lines().skip(1).map(|l| l.split(',').nth(2).unwrap_or(l)).collect();
        assert_eq!(
            cells,
            [
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
                "'+1",
                "'-2",
                "'@SUM(A1)",
                "'\tx",
                "\"'\rx\"",
                "a=b",
                "'q"
            ],
            "{text:?}"
        );
    }

    #[test]
    fn floats_are_plain_numbers() {
        let rows = vec![Salary {
            annual_min: Some(40000.0),
            annual_max: Some(55000.5),
            ..Default::default()
        }];
        let text = String::from_utf8(table_csv(&rows)).unwrap();
        assert!(text.contains(",40000.0,55000.5,"), "{text}");
    }
}
