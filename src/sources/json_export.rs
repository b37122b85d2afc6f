//! JSON exports of reviews: an array of objects, an object that wraps such an array
//! (`{"reviews": [...]}`), or JSON Lines. Nested values are flattened (`{"jobTitle":
//! {"text": "SE"}}` is the column `jobTitle`); arrays of strings stay lists (questions).
//! Every record keeps the line its object starts on; a malformed line of JSON Lines is
//! quarantined alone.

use super::tabular::{Cell, Row};
use super::Issue;
use serde_json::Value;

pub fn parse_json(text: &str) -> (Vec<String>, Vec<Row>, Vec<Issue>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let start = text.len() - text.trim_start().len();
    let mut issues = Vec::new();
    let elements: Vec<(usize, Value)> = if text[start..].starts_with('[') {
        match array_elements(text, start) {
            Ok(e) => e,
            Err((done, line, err)) => {
                issues.push(Issue::error(
                    Some(line),
                    format!("malformed JSON ({err}); the records before it were read, the rest was not"),
                    None,
                ));
                done
            }
        }
    } else {
        match serde_json::from_str::<Value>(text) {
            Ok(whole) => wrapped_array(text, &whole).unwrap_or_else(|| vec![(start, whole)]),
            Err(_) => json_lines(text, &mut issues),
        }
    };
    let mut columns: Vec<String> = Vec::new();
    let mut seen_columns: std::collections::HashSet<String> = Default::default();
    let mut rows = Vec::new();
    // Offsets increase: count line breaks from the previous element only (linear overall).
    let (mut line, mut counted_to) = (1usize, 0usize);
    for (offset, value) in elements {
        if offset >= counted_to {
            line += text.as_bytes()[counted_to..offset]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted_to = offset;
        }
        let Value::Object(map) = value else {
            issues.push(Issue::error(
                Some(line),
                "JSON record is not an object; not ingested",
                None,
            ));
            continue;
        };
        let mut cells = Vec::new();
        flatten("", &Value::Object(map), &mut cells);
        for (k, _) in &cells {
            if seen_columns.insert(k.clone()) {
                columns.push(k.clone());
            }
        }
        rows.push(Row { line, cells });
    }
    (columns, rows, issues)
}

/// A JSON value and the byte offset it starts at.
type Element = (usize, Value);

/// The elements of the array opening at byte `open`, with their byte offsets. On a syntax
/// error, the elements read so far and the error.
fn array_elements(text: &str, open: usize) -> Result<Vec<Element>, (Vec<Element>, usize, String)> {
    let mut out = Vec::new();
    let mut pos = open + 1;
    loop {
        pos += text[pos..].len() - text[pos..].trim_start().len();
        if text[pos..].starts_with(']') || pos >= text.len() {
            return Ok(out);
        }
        let mut stream = serde_json::Deserializer::from_str(&text[pos..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(v)) => {
                out.push((pos, v));
                pos += stream.byte_offset();
            }
            Some(Err(e)) => {
                // serde counts lines from the slice start; make it the file's line.
                let line = text[..pos].matches('\n').count() + e.line();
                return Err((out, line, e.to_string()));
            }
            None => return Ok(out),
        }
        pos += text[pos..].len() - text[pos..].trim_start().len();
        if text[pos..].starts_with(',') {
            pos += 1;
        }
    }
}

/// Every array of objects anywhere in `v` (depth first), for embedded page data.
pub fn object_arrays(v: &Value) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => {
                let objects: Vec<Value> = items.iter().filter(|i| i.is_object()).cloned().collect();
                if !objects.is_empty() {
                    out.push(objects);
                }
                stack.extend(items.iter());
            }
            Value::Object(map) => stack.extend(map.values()),
            _ => {}
        }
    }
    out
}

/// Objects → rows (all on `line`) and the union of their columns.
pub fn rows_of(objects: &[Value], line: usize) -> (Vec<String>, Vec<Row>) {
    let mut columns: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for o in objects {
        let mut cells = Vec::new();
        flatten("", o, &mut cells);
        for (k, _) in &cells {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
        rows.push(Row { line, cells });
    }
    (columns, rows)
}

/// `{"reviews": [{…}, …]}`: the largest array of objects anywhere in the document.
fn wrapped_array(text: &str, whole: &Value) -> Option<Vec<(usize, Value)>> {
    let (key, items) = largest_object_array(whole, None)?;
    // Locate that array in the text to keep line numbers: `"key": [` whose elements are the
    // parsed ones (a `"reviews"` string elsewhere, or a different array after it, is skipped).
    if let Some(key) = key {
        let pattern = format!(r#""{}"\s*:\s*\["#, regex::escape(key));
        if let Ok(re) = regex::Regex::new(&pattern) {
            for m in re.find_iter(text) {
                if let Ok(found) = array_elements(text, m.end() - 1) {
                    if found.len() == items.len() && found.iter().zip(items).all(|(a, b)| &a.1 == b) {
                        return Some(found);
                    }
                }
            }
        }
    }
    // Not located (an array inside an array, escaped keys): the rows at the document's start.
    Some(items.iter().cloned().map(|v| (0, v)).collect())
}

/// The largest array of objects anywhere in `v`, inside objects or arrays, with the key it
/// stands under (none for an array inside an array).
fn largest_object_array<'a>(v: &'a Value, key: Option<&'a str>) -> Option<(Option<&'a str>, &'a Vec<Value>)> {
    let mut best: Option<(Option<&str>, &Vec<Value>)> = None;
    let mut consider = |found: Option<(Option<&'a str>, &'a Vec<Value>)>| {
        if let Some(f) = found {
            if best.is_none_or(|b| f.1.len() > b.1.len()) {
                best = Some(f);
            }
        }
    };
    match v {
        Value::Array(items) => {
            if items.iter().any(Value::is_object) {
                consider(Some((key, items)));
            }
            for item in items {
                consider(largest_object_array(item, None));
            }
        }
        Value::Object(map) => {
            for (k, child) in map {
                consider(largest_object_array(child, Some(k)));
            }
        }
        _ => {}
    }
    best
}

fn json_lines(text: &str, issues: &mut Vec<Issue>) -> Vec<(usize, Value)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split('\n').enumerate() {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            match serde_json::from_str::<Value>(trimmed) {
                Ok(v) => out.push((offset, v)),
                Err(e) => issues.push(Issue::error(
                    Some(i + 1),
                    format!("malformed JSON line ({e}); not ingested"),
                    None,
                )),
            }
        }
        offset += line.len() + 1;
    }
    out
}

/// Flattens an object into (column, cell) pairs. `{"jobTitle": {"text": "SE"}}` → `jobTitle`;
/// other nested keys are joined with a space; arrays of scalars or of objects with one text
/// become lists.
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Cell)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let name = if prefix.is_empty() {
                    k.clone()
                } else if matches!(
                    k.as_str(),
                    "text" | "name" | "value" | "label" | "title" | "displayName"
                ) {
                    prefix.to_string()
                } else {
                    format!("{prefix} {k}")
                };
                flatten(&name, child, out);
            }
        }
        Value::Array(items) => {
            let list: Vec<String> = items.iter().filter_map(scalar_or_text).collect();
            if !list.is_empty() && !out.iter().any(|(k, _)| k == prefix) {
                out.push((prefix.to_string(), Cell::List(list)));
            }
        }
        Value::Null => {}
        other => {
            if let Some(s) = scalar_or_text(other) {
                if !out.iter().any(|(k, _)| k == prefix) {
                    out.push((prefix.to_string(), Cell::Text(s)));
                }
            }
        }
    }
}

/// A scalar as text, or the text of a small object (`{"question": "Why?"}`).
fn scalar_or_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Object(map) => ["question", "text", "name", "value", "title"]
            .iter()
            .find_map(|k| map.get(*k).and_then(|x| x.as_str()).map(str::to_string)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_with_lines() {
        let text = "[\n  {\"title\": \"SE Interview\", \"questions\": [\"Why?\", \"How?\"]},\n  {\"title\": \"PM Interview\", \"gotOffer\": true}\n]";
        let (cols, rows, issues) = parse_json(text);
        assert!(issues.is_empty());
        assert_eq!(cols, ["title", "questions", "gotOffer"]);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[0].cells[1].1, Cell::List(vec!["Why?".into(), "How?".into()]));
        assert_eq!(rows[1].cells[1].1, Cell::Text("true".into()));
    }

    #[test]
    fn wrapped_and_nested() {
        let text = "{\"meta\": {\"n\": 1},\n \"reviews\": [\n {\"jobTitle\": {\"text\": \"SE\"}, \"location\": {\"name\": \"Austin\"}}]}";
        let (cols, rows, _) = parse_json(text);
        assert_eq!(cols, ["jobTitle", "location"]);
        assert_eq!(rows[0].line, 3);
    }

    #[test]
    fn wrapped_array_found_by_content_not_first_key() {
        let text = "{\"links\": {\"reviews\": \"/r?p=2\"},\n \"filters\": [{\"name\": \"role\"}],\n \"reviews\": [\n {\"title\": \"A\"},\n {\"title\": \"B\"}]}";
        let (cols, rows, _) = parse_json(text);
        assert_eq!(cols, ["title"]);
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 5]);
        let nested = "{\"pages\": [{\"reviews\": [{\"title\": \"A\"}, {\"title\": \"B\"}]}]}";
        let (_, rows, _) = parse_json(nested);
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn json_lines_with_a_bad_line() {
        let text = "{\"title\": \"A\"}\n{\"title\": \n{\"title\": \"C\"}\n";
        let (_, rows, issues) = parse_json(text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 3);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, Some(2));
    }

    #[test]
    fn truncated_array_keeps_what_was_read() {
        let text = "[{\"title\": \"A\"},\n{\"title\": \"B\"},\n{\"title\": ";
        let (_, rows, issues) = parse_json(text);
        assert_eq!(rows.len(), 2);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, Some(3));
    }
}
