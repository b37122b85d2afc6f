//! HTML pages of interview guides, in any site layout.
//!
//! No site's class names are used. The document is flattened into the lines of the text
//! layout — block elements end a line, inline elements join, list items become `- ` bullets,
//! tables become pipe rows, label/value pairs (`<dt>Difficulty</dt><dd></dd>`,
//! `<div><div>Difficulty</div><div>Easy</div></div>`, `<tr><th>Result</th><td>…</td></tr>`)
//! become `Label: value` — and read by the text parser, so every layout shares its rules.
//! Scripts, styles, navigation, footers, asides, forms and hidden elements never reach the
//! lines: a `<script>` holding `Candidate: Nobody` creates no record.
//!
//! Each line keeps the source line of the element it came from, found by locating its first
//! text in the raw HTML (html5ever does not report positions).

use super::text::{field_label, parse_lines, Line};
use super::PageExtract;
use crate::normalize::text::clean;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never page content.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe", "head",
    "select", "option", "input", "textarea", "canvas", "dialog", "menu", "object", "embed", "map", "audio", "video",
    "picture",
];

/// Elements that end a line before and after them.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "center",
    "details",
    "div",
    "dl",
    "fieldset",
    "figure",
    "header",
    "hgroup",
    "hr",
    "html",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "ul",
    "tbody",
    "thead",
    "tfoot",
];

/// Elements flattened into exactly one line of their own.
const ONE_LINE: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "caption",
    "summary",
    "figcaption",
    "legend",
];

/// Recursion depth after which an element's content is read as plain text (documents nested
/// thousands of levels deep must not exhaust the stack).
const MAX_DEPTH: usize = 200;

pub fn parse_html(source: &str) -> PageExtract {
    let doc = Html::parse_document(source);
    let mut flat = Flattener::default();
    flat.walk(doc.tree.root(), 0);
    flat.flush();
    let mut locator = LineLocator::new(source);
    let lines = flat
        .lines
        .into_iter()
        .map(|(text, anchor)| Line {
            no: locator.locate(&anchor),
            text,
        })
        .collect();
    let mut page = parse_lines(lines);
    if let Some(data) = embedded_data(&doc, source) {
        prefer_embedded(&mut page, data);
    }
    page
}

/// Next.js pages (AmbitionBox and others) embed the page's data as JSON in
/// `<script id="__NEXT_DATA__">`. Arrays in it whose objects look like review or salary rows
/// are read like a JSON export; their line is the script's.
fn embedded_data(doc: &Html, source: &str) -> Option<PageExtract> {
    let selector = scraper::Selector::parse("script#__NEXT_DATA__").ok()?;
    let script = doc.select(&selector).next()?;
    let json: String = script.text().collect();
    let value: serde_json::Value = serde_json::from_str(&json).ok()?;
    let line = source
        .find("__NEXT_DATA__")
        .map(|at| source[..at].matches('\n').count() + 1)
        .unwrap_or(1);
    let mut page = PageExtract::default();
    for objects in super::json_export::object_arrays(&value) {
        let (columns, rows) = super::json_export::rows_of(&objects, line);
        let names: Vec<&str> = columns.iter().map(String::as_str).collect();
        // Only arrays that are clearly reviews or salaries: a role column and, for reviews, two
        // interview fields (an FAQ array with `question` and `answer` is neither).
        let kind = super::tabular::row_kind(&names);
        if kind == super::tabular::RowKind::Unknown || !super::tabular::has_role_column(&names) {
            continue;
        }
        if kind == super::tabular::RowKind::Experiences && super::tabular::interview_columns(&names) < 2 {
            continue;
        }
        let part = super::tabular::rows_to_page(&rows, &names);
        page.experiences.extend(part.experiences);
        page.salaries.extend(part.salaries);
        page.issues.extend(part.issues);
    }
    (!page.experiences.is_empty() || !page.salaries.is_empty()).then_some(page)
}

/// Structured values beat values read from the rendered text: the embedded records replace
/// the DOM's records of the same kind.
fn prefer_embedded(page: &mut PageExtract, data: PageExtract) {
    // Replace only when the embedded data holds at least as many records: never lose rendered
    // records to a partial array.
    if !data.experiences.is_empty() && data.experiences.len() >= page.experiences.len() {
        page.experiences = data.experiences;
    }
    if !data.salaries.is_empty() && data.salaries.len() >= page.salaries.len() {
        page.salaries = data.salaries;
    }
    page.issues.extend(data.issues);
}

/// Builds lines of text: (cleaned text, the first raw text of the line for locating it).
#[derive(Default)]
struct Flattener {
    lines: Vec<(String, String)>,
    current: String,
    anchor: String,
}

impl Flattener {
    fn flush(&mut self) {
        let text = clean(&self.current);
        if !text.is_empty() {
            self.lines.push((text, std::mem::take(&mut self.anchor)));
        }
        self.current.clear();
        self.anchor.clear();
    }

    fn push_text(&mut self, text: &str) {
        if self.anchor.trim().is_empty() && !text.trim().is_empty() {
            self.anchor = text.to_string();
        }
        self.current.push_str(text);
    }

    fn push_line(&mut self, text: String, anchor: String) {
        self.flush();
        let text = clean(&text);
        if !text.is_empty() {
            self.lines.push((text, anchor));
        }
    }

    fn walk(&mut self, node: NodeRef<Node>, depth: usize) {
        match node.value() {
            Node::Text(t) => self.push_text(t),
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(node) else {
                    return;
                };
                self.element(el, depth);
            }
            Node::Document | Node::Fragment => {
                for child in node.children() {
                    self.walk(child, depth + 1);
                }
            }
            _ => {}
        }
    }

    fn element(&mut self, el: ElementRef, depth: usize) {
        let name = el.value().name();
        if is_skipped(el) {
            return;
        }
        if depth > MAX_DEPTH {
            let (text, anchor) = inline_text(el);
            self.push_text(" ");
            self.current.push_str(&text);
            if self.anchor.is_empty() {
                self.anchor = anchor;
            }
            return;
        }
        match name {
            "br" => self.flush(),
            "li" => {
                // `<li><b>Difficulty:</b> Easy</li>` stays a bullet: the text parser reads a
                // bulleted label inside a record as a field.
                let (text, anchor) = inline_text(el);
                self.push_line(format!("- {text}"), anchor);
            }
            "dl" => self.definition_list(el, depth),
            "table" => self.table(el, depth),
            "tr" | "td" | "th" => {
                // Table parts outside a table (broken markup): one line each.
                let (text, anchor) = inline_text(el);
                self.push_line(text, anchor);
            }
            _ if ONE_LINE.contains(&name) => {
                let (text, anchor) = inline_text(el);
                self.push_line(text, anchor);
            }
            _ => {
                if let Some((line, anchor)) = label_value_pair(el) {
                    self.push_line(line, anchor);
                    return;
                }
                let block = BLOCKS.contains(&name) || name == "dt" || name == "dd";
                if block {
                    self.flush();
                }
                self.children(el, depth);
                if block {
                    self.flush();
                }
            }
        }
    }

    /// Walks the children of `el`. A child whose whole text is an inline field label
    /// (`<div class=label>Candidate</div>`) is paired with the next element sibling as its
    /// value, as layouts that alternate label and value blocks need; a label followed by
    /// another label (or nothing) is an empty field.
    fn children(&mut self, el: ElementRef, depth: usize) {
        let kids: Vec<NodeRef<Node>> = el.children().collect();
        // `<p><b>Difficulty:</b> Hard</p>`: label and value share one line of running text;
        // pairing applies only where labels and values are elements of their own.
        let own_text = kids
            .iter()
            .any(|k| matches!(k.value(), Node::Text(t) if !t.trim().is_empty()));
        if own_text {
            for node in kids {
                self.walk(node, depth + 1);
            }
            return;
        }
        let mut i = 0;
        while i < kids.len() {
            let node = kids[i];
            i += 1;
            let Some(label_el) = ElementRef::wrap(node).filter(|e| !is_skipped(*e)) else {
                self.walk(node, depth + 1);
                continue;
            };
            let Some(label) = bare_inline_label(label_el) else {
                self.walk(node, depth + 1);
                continue;
            };
            let (_, anchor) = inline_text(label_el);
            // The next element sibling, past white space.
            let mut j = i;
            while j < kids.len() && matches!(kids[j].value(), Node::Text(t) if t.trim().is_empty()) {
                j += 1;
            }
            let value_el = kids
                .get(j)
                .and_then(|n| ElementRef::wrap(*n))
                .filter(|v| is_value_element(*v));
            match value_el {
                Some(v) => {
                    let (value, _) = inline_text(v);
                    self.push_line(format!("{label}: {}", clean(&value)), anchor);
                    i = j + 1;
                }
                None => self.push_line(format!("{label}:"), anchor),
            }
        }
    }

    /// `<dt>Difficulty</dt><dd>Easy</dd>` → `Difficulty: Easy`; a `dt` with no or an empty
    /// `dd` → `Difficulty:` (an empty field, null).
    fn definition_list(&mut self, dl: ElementRef, depth: usize) {
        if depth > MAX_DEPTH {
            let (text, anchor) = inline_text(dl);
            self.push_line(text, anchor);
            return;
        }
        self.flush();
        let mut pending: Option<(String, String)> = None;
        for child in dl.children().filter_map(ElementRef::wrap) {
            if is_skipped(child) {
                continue;
            }
            match child.value().name() {
                "dt" => {
                    if let Some((label, anchor)) = pending.take() {
                        self.push_line(format!("{}:", strip_colon(&label)), anchor);
                    }
                    pending = Some(inline_text(child));
                }
                "dd" => {
                    let (value, value_anchor) = inline_text(child);
                    match pending.take() {
                        Some((label, anchor)) => self.push_line(format!("{}: {}", strip_colon(&label), value), anchor),
                        None => self.push_line(value, value_anchor),
                    }
                }
                _ => {
                    // `<div>` wrappers around dt/dd pairs (allowed in HTML5).
                    self.definition_list(child, depth + 1);
                }
            }
        }
        if let Some((label, anchor)) = pending {
            self.push_line(format!("{}:", strip_colon(&label)), anchor);
        }
    }

    /// A table of `label | value` rows becomes field lines; any other table becomes pipe rows
    /// (header, separator, rows) for the text parser's table reader.
    fn table(&mut self, table: ElementRef, depth: usize) {
        self.flush();
        let rows: Vec<(Vec<String>, String)> = table_rows(table);
        if rows.is_empty() {
            return;
        }
        let label_rows = rows
            .iter()
            .filter(|(cells, _)| cells.len() == 2 && field_label(&format!("{}:", strip_colon(&cells[0]))).is_some())
            .count();
        if label_rows * 2 >= rows.len() && label_rows > 0 {
            self.record_table(table, depth);
            return;
        }
        for (i, (cells, anchor)) in rows.into_iter().enumerate() {
            let escaped: Vec<String> = cells.iter().map(|c| c.replace('|', "/")).collect();
            self.push_line(format!("| {} |", escaped.join(" | ")), anchor);
            if i == 0 {
                self.lines.push(("|---|".to_string(), String::new()));
            }
        }
    }
}

impl Flattener {
    /// A table laid out as a record: `label | value` rows become field lines; a block field's
    /// cell (`Questions Asked | <ul>…</ul>`) keeps its list as bullets; other rows (a title in a
    /// spanning cell) are flattened as blocks.
    fn record_table(&mut self, table: ElementRef, depth: usize) {
        for tr in table_row_elements(table) {
            let cells: Vec<ElementRef> = tr
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            let label = match cells.as_slice() {
                [label, _] => {
                    let (text, anchor) = inline_text(*label);
                    let text = clean(&text);
                    field_label(&format!("{}:", strip_colon(&text)))
                        .map(|(kind, _)| (strip_colon(&text).to_string(), kind, anchor))
                }
                _ => None,
            };
            match label {
                Some((label, kind, anchor)) if kind.is_block() => {
                    self.push_line(label, anchor);
                    self.walk_children_as_block(cells[1], depth);
                }
                Some((label, _, anchor)) => {
                    let (value, _) = inline_text(cells[1]);
                    self.push_line(format!("{label}: {}", clean(&value)), anchor);
                }
                None => {
                    for cell in cells {
                        self.walk_children_as_block(cell, depth);
                    }
                }
            }
        }
    }

    fn walk_children_as_block(&mut self, el: ElementRef, depth: usize) {
        self.flush();
        self.children(el, depth + 1);
        self.flush();
    }
}

/// The `tr` elements of a table (its own, not those of nested tables), in order.
fn table_row_elements(table: ElementRef) -> Vec<ElementRef> {
    let mut out = Vec::new();
    let mut stack: Vec<ElementRef> = table.children().filter_map(ElementRef::wrap).collect();
    stack.reverse();
    while let Some(el) = stack.pop() {
        match el.value().name() {
            "tr" => out.push(el),
            "thead" | "tbody" | "tfoot" => {
                let mut children: Vec<ElementRef> = el.children().filter_map(ElementRef::wrap).collect();
                children.reverse();
                stack.extend(children);
            }
            _ => {}
        }
    }
    out
}

/// The rows of a table (its own, not those of nested tables), each as flattened cells.
fn table_rows(table: ElementRef) -> Vec<(Vec<String>, String)> {
    let mut rows = Vec::new();
    for el in table_row_elements(table) {
        {
            {
                let mut anchor = String::new();
                let cells: Vec<String> = el
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|c| matches!(c.value().name(), "td" | "th"))
                    .map(|c| {
                        let (text, a) = inline_text(c);
                        if anchor.is_empty() {
                            anchor = a;
                        }
                        clean(&text)
                    })
                    .collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    rows.push((cells, anchor));
                }
            }
        }
    }
    rows
}

/// An element holding exactly two element children and no text of its own, the first a known
/// field label: `<div><span>Difficulty</span><span>Easy</span></div>` → `Difficulty: Easy`.
fn label_value_pair(el: ElementRef) -> Option<(String, String)> {
    if !matches!(el.value().name(), "div" | "p" | "section" | "span" | "article") {
        return None;
    }
    let has_own_text = el
        .children()
        .any(|c| matches!(c.value(), Node::Text(t) if !t.trim().is_empty()));
    if has_own_text {
        return None;
    }
    let kids: Vec<ElementRef> = el
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|k| !is_skipped(*k))
        .collect();
    let [label, value] = kids.as_slice() else {
        return None;
    };
    if value
        .children()
        .filter_map(ElementRef::wrap)
        .any(|c| matches!(c.value().name(), "ul" | "ol" | "p" | "div" | "table" | "dl"))
    {
        // The value is a block of its own (a question list, paragraphs): not an inline field.
        return None;
    }
    if !is_value_element(*value) {
        return None;
    }
    // Only a leaf label pairs: `<div class=meta>` holding two field rows is not a pair.
    let label_text = bare_inline_label(*label)?;
    let (_, anchor) = inline_text(*label);
    let (value_text, _) = inline_text(*value);
    Some((format!("{label_text}: {}", clean(&value_text)), anchor))
}

/// The label text when `el`'s whole text is an inline field label with no value
/// (`Candidate`, `Difficulty:`), as in layouts that put labels and values in sibling blocks.
fn bare_inline_label(el: ElementRef) -> Option<String> {
    if !matches!(
        el.value().name(),
        "div" | "span" | "p" | "label" | "strong" | "b" | "th" | "td" | "dt" | "small" | "em"
    ) {
        return None;
    }
    // `<div><span>Difficulty:</span> <span></span></div>` holds its own (empty) value.
    if el.children().filter_map(ElementRef::wrap).count() > 1 {
        return None;
    }
    let (text, _) = inline_text(el);
    let text = clean(&text);
    if text.chars().count() > 40 || text.contains(": ") {
        return None;
    }
    let label = strip_colon(&text);
    match field_label(&format!("{label}:")) {
        Some((kind, value)) if value.is_empty() && !kind.is_block() => Some(label.to_string()),
        _ => None,
    }
}

/// Can `el` be the value of the label before it? Not when it is a heading, another label, a
/// labelled row, a record title or a block of its own (`<div>Difficulty</div><h3>Next
/// Interview Experience</h3>` leaves difficulty empty).
fn is_value_element(el: ElementRef) -> bool {
    if is_skipped(el) || bare_inline_label(el).is_some() || has_block_children(el) {
        return false;
    }
    if matches!(
        el.value().name(),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table" | "dl"
    ) {
        return false;
    }
    // A labelled row of its own (`<div><span>Final Result</span><span>Rejected</span></div>`).
    if el
        .children()
        .filter_map(ElementRef::wrap)
        .next()
        .is_some_and(|c| bare_inline_label(c).is_some())
    {
        return false;
    }
    let text = clean(&inline_text(el).0);
    field_label(&text).is_none() && !super::text::is_record_title(&text)
}

fn has_block_children(el: ElementRef) -> bool {
    el.children().filter_map(ElementRef::wrap).any(|c| {
        matches!(
            c.value().name(),
            "ul" | "ol" | "p" | "div" | "table" | "dl" | "section" | "article"
        )
    })
}

fn strip_colon(label: &str) -> &str {
    label.trim().trim_end_matches(':').trim_end()
}

/// Hidden or non-content elements.
fn is_skipped(el: ElementRef) -> bool {
    let v = el.value();
    if SKIPPED.contains(&v.name()) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    v.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// All text under `el` on one line (block boundaries and `<br>` become spaces), skipping
/// non-content elements; iterative, so depth does not matter. Returns the text and the first
/// raw text node (for locating the line).
fn inline_text(el: ElementRef) -> (String, String) {
    let mut out = String::new();
    let mut anchor = String::new();
    let mut stack: Vec<NodeRef<Node>> = el.children().collect();
    stack.reverse();
    while let Some(node) = stack.pop() {
        match node.value() {
            Node::Text(t) => {
                if anchor.trim().is_empty() && !t.trim().is_empty() {
                    anchor = t.to_string();
                }
                out.push_str(t);
            }
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(node) else {
                    continue;
                };
                if is_skipped(child) {
                    continue;
                }
                if e.name() == "br"
                    || BLOCKS.contains(&e.name())
                    || matches!(e.name(), "li" | "td" | "th" | "dt" | "dd" | "tr")
                {
                    out.push(' ');
                }
                let mut kids: Vec<NodeRef<Node>> = node.children().collect();
                kids.reverse();
                stack.extend(kids);
            }
            _ => {}
        }
    }
    (out, anchor)
}

/// Finds the source line of each flattened line by searching its first text in the raw HTML,
/// moving forward through the document.
struct LineLocator<'a> {
    source: &'a str,
    cursor: usize,
    line_at_cursor: usize,
}

impl<'a> LineLocator<'a> {
    fn new(source: &'a str) -> Self {
        LineLocator {
            source,
            cursor: 0,
            line_at_cursor: 1,
        }
    }

    fn locate(&mut self, anchor: &str) -> usize {
        let Some(needle) = search_key(anchor) else {
            return self.line_at_cursor;
        };
        // Look a bounded distance ahead: a text that is not found (rewritten by entities) must
        // not cost a scan to the end of a large page for every line.
        let mut end = (self.cursor + 256 * 1024).min(self.source.len());
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let Some(found) = self.source[self.cursor..end].find(needle.as_str()) else {
            return self.line_at_cursor;
        };
        let at = self.cursor + found;
        self.line_at_cursor += self.source[self.cursor..at].bytes().filter(|b| *b == b'\n').count();
        self.cursor = at;
        self.line_at_cursor
    }
}

/// The longest run of plain ASCII letters and digits in the first 60 characters of a text: it
/// reads the same in the raw HTML, where entities (`&euro;`) and spacing may differ.
fn search_key(anchor: &str) -> Option<String> {
    let head: String = anchor.trim().chars().take(60).collect();
    head.split(|c: char| !(c.is_ascii_alphanumeric() || c == ' '))
        .map(str::trim)
        .filter(|s| s.len() >= 2 && !s.contains("  "))
        .max_by_key(|s| s.len())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let mut f = Flattener::default();
        f.walk(doc.tree.root(), 0);
        f.flush();
        f.lines.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn nested_inline_title_and_noise() {
        let lines = flat(
            "<html><head><title>x</title><script>var Candidate = 'Candidate: Nobody';</script></head><body><nav><a>Home</a></nav>\
             <h3><em>UX Designer</em> Interview Experience</h3><footer>Candidate: Nobody</footer></body></html>",
        );
        assert_eq!(lines, ["UX Designer Interview Experience"]);
    }

    #[test]
    fn definition_list_empty_dd_is_empty_field() {
        let lines = flat("<dl><dt>Candidate</dt><dd>Sara</dd><dt>Difficulty</dt><dd></dd><dt>Final Result:</dt><dd>Rejected</dd></dl>");
        assert_eq!(lines, ["Candidate: Sara", "Difficulty:", "Final Result: Rejected"]);
    }

    #[test]
    fn label_value_divs_and_spans() {
        let lines = flat("<div class=f><div class=l>Difficulty</div><div class=v>Easy</div></div><p><span>Applied Via:</span> <span>Referral</span></p>");
        assert_eq!(lines, ["Difficulty: Easy", "Applied Via: Referral"]);
    }

    #[test]
    fn list_items_wrapping_paragraphs_are_bullets() {
        let lines =
            flat("<h4>Questions Asked</h4><ol><li><p>Why us?</p></li><li><p>How do you <b>test</b>?</p></li></ol>");
        assert_eq!(lines, ["Questions Asked", "- Why us?", "- How do you test?"]);
    }

    #[test]
    fn table_with_entities_becomes_pipe_rows() {
        let lines = flat("<table><tr><th>Role</th><th>Estimated Salary</th></tr><tr><td>Data Analyst</td><td>&euro;50,000&nbsp;-&nbsp;&euro;75,000 annually</td></tr></table>");
        assert_eq!(
            lines,
            [
                "| Role | Estimated Salary |",
                "|---|",
                "| Data Analyst | \u{20AC}50,000 - \u{20AC}75,000 annually |"
            ]
        );
    }

    #[test]
    fn record_laid_out_as_a_table() {
        let page = parse_html(
            "<table><tr><td colspan=2><h3>QA Interview Experience</h3></td></tr><tr><td>Candidate</td><td>X</td></tr>\
             <tr><td>Difficulty</td><td></td></tr><tr><td>Questions Asked</td><td><ul><li>Why?</li><li>How?</li></ul></td></tr>\
             <tr><td>Advice</td><td><p>Be calm.</p></td></tr></table>",
        );
        let r = &page.experiences[0];
        assert_eq!(
            (r.role.as_str(), r.candidate.as_deref(), r.difficulty.as_deref()),
            ("QA", Some("X"), None)
        );
        assert_eq!(
            r.questions.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
            ["Why?", "How?"]
        );
        assert_eq!(r.advice.as_deref(), Some("Be calm."));
    }

    #[test]
    fn key_value_table_becomes_fields() {
        let lines =
            flat("<table><tr><th>Candidate</th><td>Sara</td></tr><tr><th>Difficulty</th><td></td></tr></table>");
        assert_eq!(lines, ["Candidate: Sara", "Difficulty:"]);
    }

    #[test]
    fn react_comments_do_not_split_money() {
        let lines = flat("<p>\u{20B9}<!-- -->5.5<!-- --> <!-- -->L/yr<!-- --> - \u{20B9}<!-- -->6.2<!-- --> L/yr</p>");
        assert_eq!(lines, ["\u{20B9}5.5 L/yr - \u{20B9}6.2 L/yr"]);
    }

    #[test]
    fn hidden_elements_skipped() {
        let lines = flat("<div hidden>Candidate: A</div><div style=\"display: none\">Candidate: B</div><p aria-hidden=true>C</p><p>Shown</p>");
        assert_eq!(lines, ["Shown"]);
    }

    #[test]
    fn bold_label_in_running_text() {
        let page = parse_html(
            "<h3>QA Interview Experience</h3><p><strong>Candidate:</strong> Jane Doe</p><p><b>Difficulty:</b> Hard</p>",
        );
        let r = &page.experiences[0];
        assert_eq!(
            (r.candidate.as_deref(), r.difficulty.as_deref()),
            (Some("Jane Doe"), Some("Hard"))
        );
        assert!(page.issues.is_empty(), "{:?}", page.issues);
    }

    #[test]
    fn empty_label_does_not_take_a_heading_or_another_field() {
        let lines = flat("<div><h3>QA Interview Experience</h3><div>Candidate</div><div>Ann</div><div>Final Result</div><h3>PM Interview Experience</h3><div>Candidate</div><div>Bob</div></div>");
        assert_eq!(
            lines,
            [
                "QA Interview Experience",
                "Candidate: Ann",
                "Final Result:",
                "PM Interview Experience",
                "Candidate: Bob"
            ]
        );
        let lines = flat("<div><div>Difficulty</div><div><span>Final Result</span><span>Rejected</span></div></div>");
        assert_eq!(lines, ["Difficulty:", "Final Result: Rejected"]);
    }

    #[test]
    fn deep_definition_lists_and_tables_do_not_overflow() {
        let html = format!(
            "<dl>{}<dt>Candidate</dt><dd>A</dd>{}</dl>",
            "<div>".repeat(5_000),
            "</div>".repeat(5_000)
        );
        let _ = flat(&html);
        let nested = format!(
            "{}x{}",
            "<table><tr><td>Advice</td><td>".repeat(1_000),
            "</td></tr></table>".repeat(1_000)
        );
        let _ = flat(&nested);
    }

    #[test]
    fn alternating_label_and_value_blocks() {
        let lines = flat("<div class=grid><div>Candidate</div><div>Emily</div><div>Difficulty</div><div></div><div>Final Result</div><div>Rejected</div></div>");
        assert_eq!(lines, ["Candidate: Emily", "Difficulty:", "Final Result: Rejected"]);
    }

    #[test]
    fn label_span_with_empty_value_span_is_its_own_field() {
        let lines = flat("<div class=meta><div class=row><span>Difficulty:</span> <span></span></div><div class=row><span>Final Result:</span> <span>Rejected</span></div></div>");
        assert_eq!(lines, ["Difficulty:", "Final Result: Rejected"]);
    }

    #[test]
    fn block_label_with_list_keeps_its_lines() {
        let lines = flat("<div class=block><div class=t>Questions Asked</div><ul><li>A?</li><li>B?</li></ul></div>");
        assert_eq!(lines, ["Questions Asked", "- A?", "- B?"]);
    }

    #[test]
    fn bulleted_fields_read_as_fields() {
        let page = parse_html("<h3>QA Interview Experience</h3><ul><li><b>Candidate:</b> X</li><li>Difficulty:</li><li>Final Result: Rejected</li></ul>");
        let r = &page.experiences[0];
        assert_eq!(
            (r.candidate.as_deref(), r.difficulty.as_deref(), r.outcome.as_deref()),
            (Some("X"), None, Some("Rejected"))
        );
    }

    #[test]
    fn badge_round_count() {
        let page = parse_html("<article><h3>PM Interview Experience</h3><p>Candidate: X</p><p><span class=badge>3</span> rounds</p></article>");
        assert_eq!(page.experiences[0].rounds.as_ref().map(|f| f.value.as_str()), Some("3"));
    }

    #[test]
    fn lines_point_at_source_lines() {
        let html = "<html>\n<body>\n<h3>PM Interview Experience</h3>\n<p>Candidate: X</p>\n<p>Difficulty: &nbsp;Easy</p>\n</body></html>";
        let page = parse_html(html);
        assert_eq!(page.experiences[0].line, 3);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}<p>Deep text</p>{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        let lines = flat(&html);
        assert!(lines.iter().any(|l| l.contains("Deep text")), "{lines:?}");
    }
}

#[cfg(test)]
mod embedded_tests {
    use super::*;

    #[test]
    fn unrelated_next_data_arrays_are_ignored() {
        let html = r#"<html><body><h3>QA Interview Experience</h3><p>Candidate: A</p><p>Final Result: Rejected</p>
<script id="__NEXT_DATA__" type="application/json">{"props":{"faqs":[{"question":"Is it hard?","answer":"Yes","status":"ok"}]}}</script></body></html>"#;
        let page = parse_html(html);
        assert_eq!(page.experiences.len(), 1);
        assert_eq!(page.experiences[0].role, "QA");
    }

    #[test]
    fn next_data_salaries_replace_rendered_ones() {
        let html = r#"<html><body><h1>Acme Interview Questions</h1><table><tr><th>Role</th><th>Salary</th></tr><tr><td>SE</td><td>₹1 L/yr</td></tr></table>
<script id="__NEXT_DATA__" type="application/json">{"props":{"salaries":[{"jobProfileName":"Software Engineer","minCtc":550000,"maxCtc":620000,"currency":"INR","period":"year","dataPoints":110000}]}}</script></body></html>"#;
        let page = parse_html(html);
        assert_eq!(page.salaries.len(), 1);
        assert_eq!(page.salaries[0].role.as_deref(), Some("Software Engineer"));
        assert_eq!(page.salaries[0].text, "INR 550000 - 620000 per year");
        assert_eq!(page.salaries[0].line, 2);
    }
}
