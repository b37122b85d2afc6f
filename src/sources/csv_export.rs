//! CSV exports (RFC 4180: quoted fields, multi-line cells) of reviews or salaries, comma,
//! semicolon or tab separated. Each record keeps the line it starts on.

use super::tabular::Cell;
use super::tabular::Row;
use super::Issue;

/// Header names, rows, and problems (ragged rows, broken quoting).
pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Row>, Vec<Issue>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut issues = Vec::new();
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .enumerate()
            .map(|(i, name)| {
                if name.trim().is_empty() {
                    format!("column {}", i + 1)
                } else {
                    name.trim().to_string()
                }
            })
            .collect(),
        Err(e) => {
            issues.push(Issue::error(Some(1), format!("unreadable CSV header: {e}"), None));
            return (Vec::new(), Vec::new(), issues);
        }
    };
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
                if record.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if record.len() > headers.len() {
                    issues.push(Issue::error(
                        Some(line),
                        format!(
                            "row has {} fields but the header has {}: a field was split or shifted; row not ingested",
                            record.len(),
                            headers.len()
                        ),
                        // No excerpt: a review row carries the candidate's name.
                        None,
                    ));
                    continue;
                }
                if record.len() < headers.len() {
                    issues.push(Issue::warning(
                        line,
                        format!(
                            "row has {} fields but the header has {}: the missing trailing fields are empty",
                            record.len(),
                            headers.len()
                        ),
                        "",
                    ));
                }
                let cells = headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.clone(), Cell::Text(v.to_string())))
                    .collect();
                rows.push(Row { line, cells });
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                issues.push(Issue::error(line, format!("unreadable CSV from here on: {e}"), None));
                break;
            }
        }
    }
    // An unclosed quote swallows the rest of the file into one cell without any error from the
    // reader: an odd number of quote marks gives it away, and the last row is the one it ate.
    if text.bytes().filter(|b| *b == b'"').count() % 2 == 1 {
        if let Some(last) = rows.pop() {
            let total = text.lines().count();
            issues.push(Issue::error(
                Some(last.line),
                format!("a quoted field opened on this row is never closed: lines {}-{total} were read as one cell and are not ingested", last.line),
                None,
            ));
        }
    }
    (headers, rows, issues)
}

/// The delimiter that splits the header line into the most fields: `,`, `;` or tab.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| header.matches(*d as char).count())
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_multiline_fields_keep_start_lines() {
        let text = "date,title,details\n2021-01-02,\"SE Interview\",\"line one\nline two, with comma\"\n2021-02-03,PM Interview,short\n";
        let (headers, rows, issues) = parse_csv(text);
        assert_eq!(headers, ["date", "title", "details"]);
        assert!(issues.is_empty());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].cells[2].1, Cell::Text("line one\nline two, with comma".into()));
        assert_eq!(rows[1].line, 4);
    }

    #[test]
    fn ragged_rows_reported() {
        let (_, rows, issues) = parse_csv("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
        assert_eq!(rows.len(), 2);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[1].line, Some(4));
        assert_eq!(issues[1].severity, crate::sources::Severity::Error);
    }

    #[test]
    fn unclosed_quote_is_reported_not_swallowed() {
        let (_, rows, issues) = parse_csv(
            "title,offer,details\nSE Interview,No Offer,\"Great team\nPM Interview,Offer,ok\nQA Interview,No Offer,x\n",
        );
        assert!(rows.is_empty());
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, Some(2));
        assert!(issues[0].reason.contains("never closed"));
    }

    #[test]
    fn tab_and_semicolon_delimiters() {
        let (h, rows, _) = parse_csv("title\toffer\nX\tNo Offer\n");
        assert_eq!(h, ["title", "offer"]);
        assert_eq!(rows[0].cells[1].1, Cell::Text("No Offer".into()));
        let (h, _, _) = parse_csv("title;offer\nX;No Offer\n");
        assert_eq!(h.len(), 2);
    }
}
