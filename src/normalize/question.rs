//! Question text: the normalized form, the fingerprint that groups rewordings, and a category.
//!
//! The fingerprint follows OpenRefine's key-collision method: lower case, accents and
//! punctuation folded, stop words dropped, tokens de-duplicated and sorted, so
//! `Explain the difference between REST and SOAP APIs.` and
//! `REST and SOAP APIs: explain the difference` share one cluster.

use super::text::{clean, fold_punctuation, strip_quotes};
use unicode_normalization::UnicodeNormalization;

/// Stored question text: bullet, numbering and surrounding quotes removed, spaces collapsed.
pub fn question_text(raw: &str) -> String {
    clean(strip_quotes(&clean(raw)))
}

/// Lower case, accents folded, typographic punctuation mapped to ASCII, every other
/// punctuation mark dropped, spaces collapsed. Apostrophes inside words go too (`what's` → `whats`).
/// A note on where the question was asked goes first ([`without_context_tags`]).
pub fn normalize_question(text: &str) -> String {
    normalize_text(&without_notes(text))
}

/// The question without the notes and asides [`normalize_question`] and [`clustering_text`]
/// drop.
fn without_notes(text: &str) -> std::borrow::Cow<'_, str> {
    without_asides_inside(without_context_tags(text))
}

/// Folds case, accents and punctuation of text whose notes are gone.
fn normalize_text(text: &str) -> String {
    if text.is_ascii() {
        // Nothing to fold or decompose: one pass over the bytes.
        return normalize_ascii(text);
    }
    normalize_unicode(text)
}

/// The token [`clustering_text`] puts before a question's elaboration. Normalized text has
/// no punctuation, so it is never a word.
pub const ELABORATION: &str = "|";

/// [`ELABORATION`] as it stands between the two parts of [`clustering_text`].
pub const ELABORATION_MARK: &str = " | ";

/// The text the clusterer compares: [`normalize_question`]'s, with [`ELABORATION`] before
/// what the question adds after it is asked ([`elaboration_start`]): "Tell me about a time you
/// took the lead on a project. | what did you do and what was the outcome", "how do u deal w
/// imbalanced classes | e g fraud is like 0 1 of the data". Its words are said or left out
/// as the candidate pleases (`clusters::features::Word::optional`); its fingerprint is the
/// normalized text's.
pub fn clustering_text(text: &str) -> String {
    let t = without_notes(text);
    if let Some(at) = elaboration_start(&t) {
        let (asked, added) = (normalize_text(&t[..at]), normalize_text(&t[at..]));
        if !asked.is_empty() && !added.is_empty() {
            return format!("{asked}{ELABORATION_MARK}{added}");
        }
    }
    normalize_text(&t)
}

/// Where a question's elaboration starts, if it has one: a second sentence ("… the official
/// lead. What did you do?", "two sum lol. return indices of 2 nums …"), an example ("? e.g.
/// fraud is 0.1% of the data", "for example …"), or what follows a dash after three words or
/// more ("explain CAP theorem - consistency, availability, partition tolerance", "… w/o being
/// the official lead - what did u do, how did it turn out"). The question asked comes first
/// and has two words or more.
fn elaboration_start(text: &str) -> Option<usize> {
    // One pass over the bytes: this runs for every question of a million.
    let bytes = text.as_bytes();
    let (mut words, mut word_len) = (0, 0);
    for (i, &b) in bytes.iter().enumerate() {
        // A word is a run of letters and digits (any non-ASCII byte counts as a letter).
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            if word_len == 0 {
                words += 1;
            }
            word_len += 1;
            continue;
        }
        let last_len = std::mem::replace(&mut word_len, 0);
        let rest = &text[i..];
        let starts = match b {
            // Not the dot of "e.g. TinyURL", "vs. ", "the U.S. ", "approx. "; after a bracket
            // it ends a sentence ("(LC 215). follow up was quickselect").
            b'?' | b'!' | b'.' if bytes.get(i + 1) == Some(&b' ') => {
                let last_word = &text[i - last_len..i];
                let sentence_dot = last_len >= 3 && !ABBREVIATED.iter().any(|a| last_word.eq_ignore_ascii_case(a))
                    || i > 0 && matches!(bytes[i - 1], b')' | b']');
                (words >= 2 && (b != b'.' || sentence_dot)).then_some(i + 1)
            }
            b' ' if words >= 3 => {
                let example = [" e.g", " eg ", " eg.", " for example", " for instance", " i.e."]
                    .iter()
                    .any(|m| rest.starts_with(m));
                // The interviewer's follow-up, as reports give it: "Reverse a singly linked
                // list in place (follow-up: do it recursively too)", "… follow up: what if
                // it is sorted". Not "How do you follow up with a candidate?".
                let follow_up = [
                    " (follow-up",
                    " (follow up",
                    " (followup",
                    " follow-up:",
                    " follow up:",
                    " followup:",
                ]
                .iter()
                .any(|m| rest.get(..m.len()).is_some_and(|start| start.eq_ignore_ascii_case(m)));
                let dash = [" - ", " \u{2013} ", " \u{2014} "].iter().any(|m| rest.starts_with(m));
                (example || dash || follow_up).then_some(i)
            }
            _ => None,
        };
        if let Some(at) = starts.filter(|&at| words_in(&text[at..]) >= 1) {
            return Some(at);
        }
    }
    None
}

/// Words written with a dot that does not end a sentence.
const ABBREVIATED: &[&str] = &[
    "etc", "approx", "incl", "misc", "min", "max", "avg", "est", "dept", "inc", "corp", "ltd", "mrs", "mgr", "govt",
];

/// The question without an aside in brackets inside it, as one at its end goes
/// ([`is_aside`]): "explain transformers (Attention Is All You Need) architecture", "design
/// a rate limiter (token bucket etc) for an API". Two words or more: one alone may be the
/// question's own word ("the kth (largest) element"); a gloss of an acronym and a condition
/// stay ("Explain DI (dependency injection) in Spring", "sort (in place) an array").
fn without_asides_inside(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(text);
    while let Some((open, close)) = aside_inside(&out) {
        let (before, after) = (out[..open].trim_end(), out[close + 1..].trim_start());
        out = std::borrow::Cow::Owned(format!("{before} {after}"));
    }
    out
}

/// The byte range of the first aside in round brackets with text after it, if any.
fn aside_inside(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| i + from) {
        let close = open + text[open..].find(')')?;
        let (body, note, after) = (&text[..open], &text[open + 1..close], &text[close + 1..]);
        let nested = note.contains('(');
        // Brackets on a word are notation, not an aside: "in O(log n) time", "max(a, b)".
        let notation = body.ends_with(|c: char| c.is_alphanumeric());
        if !nested
            && !notation
            && words_in(after) >= 1
            && words_in(note) >= 2
            && words_in(body) >= 2
            && is_aside(body, note)
        {
            return Some((open, close));
        }
        from = close + 1;
    }
    None
}

/// The question without the notes candidates add on where it was asked rather than what:
/// a trailing "(phone screen)", "[TA interview]", "(BIM coordinator)", "- was asked twice",
/// or a leading "Pharmacist interview:" / "Interviewer asked:" / "Guesstimate:"; an aside in
/// closing brackets ("(Word, Excel, Outlook)", "(floyd's)", "(SQL)", [`is_aside`]); a list's
/// numbering ("4.", "Q5)"). A note after a dash is short and names the interview or the role
/// ([`is_context_note`]); "(e.g. TinyURL)" and "Explain DI (dependency injection)" stay.
pub fn without_context_tags(text: &str) -> &str {
    let mut t = without_enumerator(text.trim());
    // Brackets, dashes (0xE2 leads `–` and `—` in UTF-8), colons, commas and a second
    // sentence: most questions have
    // none, and one scan of their bytes ends here.
    let sentences = || t.contains("? ") || t.contains(". ") || t.contains("! ");
    if !t.bytes().any(|b| matches!(b, b'(' | b'[' | b'-' | b':' | b',' | 0xE2)) && !sentences() {
        return t;
    }
    for _ in 0..3 {
        let end = t.trim_end_matches(|c: char| matches!(c, '?' | '.' | '!') || c.is_whitespace());
        match trailing_note(end) {
            Some(rest) => t = rest.trim_end_matches(|c: char| matches!(c, ',' | ';') || c.is_whitespace()),
            None => break,
        }
    }
    // A label before a colon or a dash: "Pharmacist interview:", "Guesstimate:", "PM
    // interview - improve Google Maps".
    let label_end = [":", " - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|sep| t.find(sep).map(|at| (at, sep.len())))
        .min();
    if let Some((at, sep)) = label_end {
        let (label, rest) = (&t[..at], &t[at + sep..]);
        if words_in(label) <= 4 && is_label(label) && words_in(rest) >= 2 {
            t = rest.trim_start();
        }
    }
    t
}

/// A list's number or letter before the question: "4. What …", "iii) how …", "(b) …",
/// "Q5)", "Q12.". The mark after it is needed: "Q4 revenue" and "3Sum" stay.
fn without_enumerator(text: &str) -> &str {
    let Some((first, rest)) = text.split_once(' ') else {
        return text;
    };
    let mark = first.trim_start_matches('(');
    let body = mark.trim_end_matches(['.', ')', ':']).as_bytes();
    // Most questions end here, on their first word: this runs for every question.
    if body.is_empty() || body.len() == mark.len() || rest.trim().is_empty() {
        return text;
    }
    let digits = |s: &[u8]| !s.is_empty() && s.len() <= 3 && s.iter().all(u8::is_ascii_digit);
    let closed = mark.ends_with(')');
    let numbered = digits(body)
        || (matches!(body[0], b'q' | b'Q') && digits(&body[1..]))
        || (closed
            && body.len() <= 4
            && body
                .iter()
                .all(|b| matches!(b.to_ascii_lowercase(), b'i' | b'v' | b'x')))
        || (closed && body.len() == 1 && body[0].is_ascii_alphabetic());
    if numbered {
        rest.trim_start()
    } else {
        text
    }
}

/// A label before the question that is a note and not its subject: it ends in a word of the
/// interview ("Pharmacist interview:", "Interviewer asked:", "System design round:") or of
/// the question's kind ("Guesstimate:", "Market sizing:", "Behavioral:"). Not "Technical
/// debt:", "Event loop -", "Conflict with manager -", "Worst case:".
fn is_label(label: &str) -> bool {
    const KINDS: &[&str] = &[
        "guesstimate",
        "estimation",
        "sizing",
        "behavioral",
        "behavioural",
        "technical",
        "coding",
        "brainteaser",
    ];
    let mut words = words_of(label).rev();
    let (last, before) = (words.next(), words.next());
    // A retelling: "They asked me:", "I was asked:", "Interviewer asked us:".
    let retold = |w: &str| w.eq_ignore_ascii_case("asked");
    last.is_some_and(|w| has_word_of(w, NOTE_WORDS) || has_word_of(w, KINDS))
        || (last.is_some_and(|w| w.eq_ignore_ascii_case("me") || w.eq_ignore_ascii_case("us"))
            && before.is_some_and(retold))
}

/// Whether one of `text`'s words is one of `list` (ASCII case ignored).
fn has_word_of(text: &str, list: &[&str]) -> bool {
    words_of(text).any(|w| list.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// The words of a note or label: its runs of letters and digits.
fn words_of(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// `text` without a note in brackets or after a dash at its end, if it has one.
fn trailing_note(text: &str) -> Option<&str> {
    // Brackets on a word are notation, not a note: "search in O(log n)", "Explain f(x, y)".
    let bracketed = [('(', ')'), ('[', ']')]
        .into_iter()
        .find_map(|(open, close)| text.strip_suffix(close).map(|inner| (open, inner)))
        .filter(|(open, inner)| {
            inner
                .rfind(*open)
                .is_none_or(|at| !text[..at].ends_with(|c: char| c.is_alphanumeric()))
        });
    let (body, note) = if let Some((open, inner)) = bracketed {
        let at = inner.rfind(open)?;
        let (body, note) = (&text[..at], &inner[at + 1..]);
        // An aside after the question, in round or square brackets: a list of examples
        // ("(Word, Excel, Outlook)"), a hint ("(floyd's)", "(token bucket etc)"), a gloss
        // ("(prefix tree)", "(A&E)"), where it was asked ("(E5 onsite)", "(LC 3)", "[hotel
        // front desk]").
        if words_in(body) >= 2 && is_aside(body, note) {
            return Some(body);
        }
        if names_instance(note) {
            return None;
        }
        (body, note)
    } else {
        let (at, sep) = note_separator(text)?;
        let note = &text[at + sep..];
        // What the interviewer wanted or the candidate did: "kth largest elem in array - they
        // wanted a heap soln", "- i used BFS".
        if is_account_of_interview(note) && words_in(&text[..at]) >= 2 {
            return Some(&text[..at]);
        }
        // Courtesy and a number at the very end do not count: "- STAR format pls", "- asked
        // in onsite round 2".
        let last = words_of(note).rev().find(|w| {
            !w.bytes().all(|b| b.is_ascii_digit())
                && !["pls", "plz", "please", "thx", "thanks"]
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
        })?;
        // The note must end in a word of the interview, the role or the employer ("- was asked
        // twice", "- warehouse supervisor interview", "- stripe", "- google APM"), or tell of
        // the interview anywhere ("- was asked this at bloomberg", "- CSM interview at
        // Salesforce"); not "- round robin vs least connections", "- improve google maps".
        // An employer and its level or team: "- Amazon SDE2", "- Meta E4 loop".
        let employer_first = words_in(note) <= 3 && words_of(note).next().is_some_and(super::employers::is_employer);
        if !is_context_note(last) && !is_star_format(note) && !has_word_of(note, TELLING_WORDS) && !employer_first {
            return None;
        }
        (&text[..at], note)
    };
    (words_in(note) <= 6 && words_in(body) >= 2 && is_context_note(note)).then_some(body)
}

/// Where a note after the question starts, and the separator's length: the last dash (its
/// note may hold a comma: "- asked at Deloitte, HR round"); else the end of the question's
/// last sentence ("implement an LRU cache? asked at Meta onsite", "kth largest element in
/// array.. they wanted the heap solution"); else the last comma, before a note on the
/// interview only ("merge intervals problem, amazon OA"; not "…, how did you handle it?").
fn note_separator(text: &str) -> Option<(usize, usize)> {
    let dash = [" - ", " -- ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|at| (at, sep.len())))
        .max();
    let sentence = || {
        ["? ", ". ", "! "]
            .iter()
            .filter_map(|sep| text.rfind(sep).map(|at| (at, sep.len())))
            .max()
            // Not the dot of "e.g. TinyURL", "vs. ", "approx. ".
            .filter(|&(at, _)| {
                !text[at..].starts_with('.') || words_of(&text[..at]).next_back().is_some_and(|w| w.len() > 3)
            })
            .map(|(at, sep)| {
                // ".. they wanted": the dots all go with the body.
                let dots = text[..at].len() - text[..at].trim_end_matches('.').len();
                (at - dots, sep + dots)
            })
    };
    let comma = || {
        text.rfind(", ")
            .filter(|&at| is_comma_note(&text[at + 2..]))
            .map(|at| (at, 2))
    };
    dash.or_else(sentence).or_else(comma)
}

/// Words that make a note of what follows the question wherever they stand in it: it tells
/// how or where the question was asked.
const TELLING_WORDS: &[&str] = &[
    "interview",
    "interviews",
    "interviewer",
    "interviewed",
    "asked",
    "onsite",
    "oa",
    "behavioral",
    "behavioural",
    "superday",
    "hirevue",
];

/// Whether the words after a question's last comma note where it was asked: short, naming
/// the interview ("amazon OA", "asked in round 2"), and not a clause of the question ("if
/// you were asked to lie", "and what did the interviewer think", "a panel, round and screen").
fn is_comma_note(note: &str) -> bool {
    let opens_clause = words_of(note).next().is_some_and(|w| {
        [
            "if", "and", "or", "but", "how", "what", "why", "when", "where", "which", "who", "would", "do", "did",
        ]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
    });
    // A list goes on with `and` / `or`: "structure a panel, round and screen".
    let lists = has_word_of(note, &["and", "or"]);
    !opens_clause && !lists && words_in(note) <= 5 && has_word_of(note, NOTE_WORDS)
}

/// Whether a note after a dash tells how the interview went rather than what was asked: it
/// opens on who spoke or acted ("they wanted a heap soln", "interviewer asked for O(n)") and
/// is short.
fn is_account_of_interview(note: &str) -> bool {
    let mut words = words_of(note);
    let opens = words.next().is_some_and(|w| {
        ["they", "he", "she", "i", "we", "interviewer", "interviewers"]
            .iter()
            .any(|who| w.eq_ignore_ascii_case(who))
    });
    opens && words_in(note) <= 8
}

/// Whether the brackets closing a question hold an aside rather than its subject. What a
/// question is about is said before its brackets; what stays is a named instance ("(e.g.
/// TinyURL)", "(like Uber)") and an acronym with its words ("Explain DI (dependency
/// injection)", "individualized education programs (IEP)"), which match other wordings
/// through each other.
fn is_aside(body: &str, note: &str) -> bool {
    // An example list, or what the interviewer wanted ("(they wanted iterative + recursive)").
    if is_example_list(note) {
        return true;
    }
    let names_instance = names_instance(note);
    // A condition on the task is no aside: "(without modifying the array)", "(recursively)",
    // "(II)", "(sorted input)", "(worst case)".
    let constrains = words_of(note)
        .any(|w| w.bytes().all(|b| b.is_ascii_digit()) || CONDITION_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)));
    !names_instance && !constrains && !glosses_acronym(body, note)
}

/// Words of a bracket that puts a condition on the question rather than an aside.
const CONDITION_WORDS: &[&str] = &[
    "without",
    "no",
    "not",
    "non",
    "only",
    "ii",
    "iii",
    "recursively",
    "recursive",
    "iteratively",
    "iterative",
    "sorted",
    "unsorted",
    "place",
    "constant",
    "linear",
    "space",
    "memory",
    "worst",
    "best",
    "average",
    "case",
    "time",
    "duplicates",
    "negative",
    "k",
];

/// Whether a note in brackets names an instance: "(e.g. TinyURL)", "(like Uber)", "(such as
/// Salesforce)".
fn names_instance(note: &str) -> bool {
    let first = words_of(note).next().unwrap_or("");
    ["e", "eg", "ex", "like", "such", "i", "ie"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// Whether `note` spells out an acronym of `body` or is the acronym of words of `body`: the
/// initials of one side's words (stop words skipped) are a word of the other, singular or
/// plural (`IEPs`).
fn glosses_acronym(body: &str, note: &str) -> bool {
    let initials = |text: &str| -> Vec<String> {
        let all: Vec<String> = words_of(text).map(|w| w.to_lowercase()).collect();
        let content: Vec<String> = all.iter().filter(|w| !is_stop_word(w)).cloned().collect();
        // Every run of 2 to 5 words, stop words skipped or spelled too ("FoS (factor of
        // safety)", "IaC (infrastructure as code)").
        let mut runs = Vec::new();
        for words in [&content, &all] {
            for start in 0..words.len() {
                let mut run = String::new();
                for w in words[start..].iter().take(5) {
                    run.extend(w.chars().next());
                    if run.chars().count() >= 2 {
                        runs.push(run.clone());
                    }
                }
            }
        }
        runs
    };
    let spelled_by = |words_side: &str, acronym_side: &str| {
        let runs = initials(words_side);
        words_of(acronym_side).any(|a| {
            let a = a.to_lowercase();
            let singular = a.strip_suffix('s').unwrap_or(&a);
            runs.iter().any(|r| *r == a || r == singular)
        })
    };
    spelled_by(note, body) || spelled_by(body, note)
}

/// Whether a note in brackets lists examples: items split by commas or ending in "etc".
fn is_example_list(note: &str) -> bool {
    let items = note.split(',').filter(|i| !i.trim().is_empty()).count();
    let etc = has_word_of(note, &["etc"]);
    (items >= 2 || etc) && words_in(note) <= 12
}

fn words_in(text: &str) -> usize {
    words_of(text).count()
}

/// Whether a note names the interview, the role it was for or the employer.
fn is_context_note(note: &str) -> bool {
    is_star_format(note)
        || has_word_of(note, NOTE_WORDS)
        || has_word_of(note, ROLE_WORDS)
        || has_word_of(note, TELLING_WORDS)
        || words_of(note).any(super::employers::is_employer)
}

/// The answer's format: "- STAR format pls", "(STAR method)"; not "snowflake vs star".
fn is_star_format(note: &str) -> bool {
    has_word_of(note, &["star"]) && has_word_of(note, &["format", "method"])
}

/// Words of a note on the interview itself.
const NOTE_WORDS: &[&str] = &[
    "interview",
    "interviews",
    "interviewer",
    "interviewed",
    "screen",
    "screening",
    "round",
    "rounds",
    "onsite",
    "panel",
    "asked",
    "twice",
    "placement",
    "program",
    "lol",
    // Online assessment, McKinsey's personal experience interview.
    "oa",
    "pei",
    // Where the problem is listed: "(LC 3)", "- leetcode 56".
    "lc",
    "leetcode",
];

/// Roles a note names ("(BIM coordinator)", "(HVAC tech)").
const ROLE_WORDS: &[&str] = &[
    "manager",
    "associate",
    "coordinator",
    "supervisor",
    "engineer",
    "analyst",
    "developer",
    "intern",
    "internship",
    "assistant",
    "specialist",
    "officer",
    "director",
    "tech",
    "technician",
    "representative",
    "consultant",
    "receptionist",
    "grad",
    "junior",
    "senior",
    "sde",
    "swe",
    "sre",
    "apm",
    "rpm",
    "csm",
    "generalist",
    "apprentice",
    "foreman",
    // "- logistics coordinator role", ". SRE role", "(ops position)".
    "role",
    "position",
];

fn normalize_unicode(text: &str) -> String {
    let folded: String = fold_punctuation(text)
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    let mut out = String::with_capacity(folded.len());
    let chars: Vec<char> = folded.to_lowercase().chars().collect();
    let ascii = |at: Option<usize>| {
        at.and_then(|at| chars.get(at))
            .map(|&c| if c.is_ascii() { c as u8 } else { b'a' })
    };
    for (at, &c) in chars.iter().enumerate() {
        if c == '-' && at >= 1 {
            let before = ascii(Some(at - 1)).unwrap_or(b' ');
            if joins_letter_and_number(
                ascii(at.checked_sub(2)),
                before,
                ascii(Some(at + 1)),
                ascii(Some(at + 2)),
            ) {
                continue;
            }
        }
        if c.is_alphanumeric() {
            out.push(c);
        } else if c == '\'' {
            continue;
        } else if c == '+' || c == '#' {
            // Keep `C++` and `C#` apart from `C`.
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// [`normalize_question`] for ASCII text, the same rules byte by byte.
fn normalize_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == b'=' && bytes.get(i) == Some(&b'=') {
            // The operators are the subject of "== vs === in JavaScript": named, not folded.
            let strict = bytes.get(i + 1) == Some(&b'=');
            i += if strict { 2 } else { 1 };
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(if strict { "tripleequals " } else { "doubleequals " });
            continue;
        }
        if b == b'-' && i >= 2 {
            let first = i.checked_sub(3).map(|at| bytes[at]);
            if joins_letter_and_number(first, bytes[i - 2], bytes.get(i).copied(), bytes.get(i + 1).copied()) {
                continue;
            }
        }
        if b.is_ascii_alphanumeric() || b == b'+' || b == b'#' {
            out.push(b.to_ascii_lowercase() as char);
        } else if b == b'\'' || b == b'`' {
            // `` ` `` folds to an apostrophe, which is dropped.
            continue;
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Whether a hyphen between `before` and `after` joins a number and one letter into one
/// name: a form ("10-K", "8-K", "W-2", "I-9"), "5-S", "3-D" (`first` is the byte before
/// `before`, `then` the byte after `after`). Not "e-mail" nor "2-3 years".
fn joins_letter_and_number(first: Option<u8>, before: u8, after: Option<u8>, then: Option<u8>) -> bool {
    let Some(after) = after else {
        return false;
    };
    let alone = |b: Option<u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    (before.is_ascii_digit() && after.is_ascii_alphabetic() && alone(then))
        || (before.is_ascii_alphabetic() && alone(first) && after.is_ascii_digit())
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Words that carry no meaning of their own in a question.
pub(crate) fn is_stop_word(w: &str) -> bool {
    // A `match` compiles to a comparison by length and bytes, not a scan of a list: this runs
    // for every word of every question.
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "with"
            | "at"
            | "by"
            | "from"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "do"
            | "does"
            | "did"
            | "you"
            | "your"
            | "yours"
            | "me"
            | "my"
            | "i"
            | "we"
            | "us"
            | "our"
            | "it"
            | "its"
            | "this"
            | "that"
            | "these"
            | "those"
            | "can"
            | "could"
            | "would"
            | "will"
            | "should"
            | "please"
            | "about"
            | "as"
            | "into"
            | "how"
            | "what"
            | "whats"
            | "if"
            | "so"
            | "some"
            | "any"
            | "between"
    )
}

/// OpenRefine-style fingerprint of a normalized question. Falls back to the normalized text
/// when every token is a stop word (`What do you do?` keeps a non-empty key).
pub fn fingerprint(normalized: &str) -> String {
    let mut tokens: Vec<&str> = normalized
        .split(' ')
        .filter(|t| !t.is_empty() && !is_stop_word(t) && *t != ELABORATION)
        .collect();
    if tokens.is_empty() {
        return normalized
            .split(' ')
            .filter(|t| *t != ELABORATION)
            .collect::<Vec<_>>()
            .join(" ");
    }
    tokens.sort_unstable();
    tokens.dedup();
    tokens.join(" ")
}

/// Deterministic cluster id from a fingerprint: `qc_` and 12 hex digits of its BLAKE3 hash.
pub fn cluster_id(fingerprint: &str) -> String {
    let hash = blake3::hash(fingerprint.as_bytes());
    format!("qc_{}", &hash.to_hex()[..12])
}

/// The category of a normalized question under the built-in taxonomy
/// ([`super::taxonomy`]; an ingest uses the one it was given).
pub fn category(normalized: &str) -> String {
    super::taxonomy::Taxonomy::default_taxonomy()
        .classify(normalized)
        .category
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strips_quotes_and_spaces() {
        assert_eq!(
            question_text("\u{201C}Explain how you would design a scalable API for a banking application.\u{201D}"),
            "Explain how you would design a scalable API for a banking application."
        );
        assert_eq!(question_text("  How do\u{00A0}you  measure? "), "How do you measure?");
    }

    #[test]
    fn normalized_folds_case_accents_punctuation() {
        assert_eq!(
            normalize_question("What\u{2019}s the difference between REST and SOAP?"),
            "whats the difference between rest and soap"
        );
        assert_eq!(normalize_question("Résumé walk-through"), "resume walk through");
        assert_eq!(normalize_question("C++ vs C#?"), "c++ vs c#");
    }

    #[test]
    fn square_bracket_asides_go_and_equality_operators_are_named() {
        assert_eq!(
            without_context_tags("How do you handle guest complaints? [hotel front desk]"),
            "How do you handle guest complaints?"
        );
        // A condition in square brackets stays, as in round ones.
        assert_eq!(
            without_context_tags("Sort an array [without extra memory]"),
            "Sort an array [without extra memory]"
        );
        assert_eq!(
            normalize_question("JS: == vs === whats the diff"),
            "js doubleequals vs tripleequals whats the diff"
        );
        assert_ne!(normalize_question("== vs ==="), normalize_question("=== vs =="));
    }

    #[test]
    fn accounts_of_the_interview_after_a_dash_go() {
        assert_eq!(
            without_context_tags("kth largest elem in array - they wanted a heap soln"),
            "kth largest elem in array"
        );
        assert_eq!(without_context_tags("Two sum - interviewer asked for O(n)"), "Two sum");
        // A subject after a dash stays.
        assert_eq!(
            without_context_tags("Load balancing - round robin vs least connections"),
            "Load balancing - round robin vs least connections"
        );
    }

    #[test]
    fn the_clusterer_reads_what_a_question_adds_after_it_is_asked_apart() {
        for (raw, want) in [
            (
                "Tell me about a time you took the lead. What did you do?",
                "tell me about a time you took the lead | what did you do",
            ),
            (
                "how do u deal w/ imbalanced classes? e.g. fraud is like 0.1% of the data",
                "how do u deal w imbalanced classes | e g fraud is like 0 1 of the data",
            ),
            (
                "explain CAP theorem - consistency, availability, partition tolerance",
                "explain cap theorem | consistency availability partition tolerance",
            ),
            ("two sum problem. return indices", "two sum problem | return indices"),
            // A dot after an abbreviation ends no sentence.
            ("two sum lol. return indices", "two sum lol | return indices"),
            ("sort approx. a million rows", "sort approx a million rows"),
            (
                "Kth largest element in an array (LC 215). follow up was quickselect",
                "kth largest element in an array lc 215 | follow up was quickselect",
            ),
            // One question alone, a dot inside an abbreviation, a dash after two words.
            ("What is a p-value?", "what is a p value"),
            (
                "Design a URL shortener e.g. TinyURL",
                "design a url shortener | e g tinyurl",
            ),
            ("Who runs the U.S. economy?", "who runs the u s economy"),
            (
                "Load balancing - round robin vs least connections",
                "load balancing round robin vs least connections",
            ),
            // The interviewer's follow-up, in brackets or after a colon; not the verb.
            (
                "Reverse a singly linked list in place (follow-up: do it recursively too)",
                "reverse a singly linked list in place | follow up do it recursively too",
            ),
            (
                "merge two sorted arrays Follow-Up: what if one has room at its end",
                "merge two sorted arrays | follow up what if one has room at its end",
            ),
            (
                "How do you follow up with a candidate after an interview?",
                "how do you follow up with a candidate after an interview",
            ),
        ] {
            assert_eq!(clustering_text(raw), want, "{raw}");
            // The fingerprint is the normalized text's: one cluster id either way.
            assert_eq!(
                fingerprint(&clustering_text(raw)),
                fingerprint(&normalize_question(raw)),
                "{raw}"
            );
        }
    }

    #[test]
    fn asides_inside_the_question_go_as_at_its_end() {
        for (raw, want) in [
            (
                "explain transformers (Attention Is All You Need) architecture",
                "explain transformers architecture",
            ),
            (
                "how would u design a rate limiter (token bucket etc) for an API",
                "how would u design a rate limiter for an api",
            ),
            // One word may be the question's own; a gloss and a condition stay.
            ("Find the kth (largest) element", "find the kth largest element"),
            (
                "Search a rotated array in O(log n) time",
                "search a rotated array in o log n time",
            ),
            (
                "Search a rotated array in O(log n)",
                "search a rotated array in o log n",
            ),
            (
                "Explain DI (dependency injection) in Spring",
                "explain di dependency injection in spring",
            ),
            (
                "What is FoS (factor of safety) and how do you choose it?",
                "what is fos factor of safety and how do you choose it",
            ),
            (
                "Sort an array (without extra memory) in Java",
                "sort an array without extra memory in java",
            ),
        ] {
            assert_eq!(normalize_question(raw), want, "{raw}");
        }
        // A gloss with a stop word inside, at the end, stays too.
        assert_eq!(
            normalize_question("Explain IaC (infrastructure as code)"),
            "explain iac infrastructure as code"
        );
    }

    #[test]
    fn notes_on_where_it_was_asked_go() {
        for (raw, want) in [
            ("how does a hashmap work (phone screen)", "how does a hashmap work"),
            ("Any questions for us? (end of interview)", "any questions for us"),
            (
                "explain kerberoast attack - was asked twice",
                "explain kerberoast attack",
            ),
            ("fifo vs fefo \u{2013} warehouse supervisor interview", "fifo vs fefo"),
            ("revit experience? (BIM coordinator)", "revit experience"),
            ("Design WhatsApp (45 min, E5) [onsite]", "design whatsapp"),
            (
                "Pharmacist interview: how would you counsel a patient?",
                "how would you counsel a patient",
            ),
            ("Interviewer asked: why this company?", "why this company"),
            // A note that tells of the interview or names the employer, wherever the word
            // stands in it; a note after the question's last sentence.
            ("validate BST (LC 98) - was asked this at bloomberg", "validate bst"),
            ("two sum - amazon phone screen (LC 1)", "two sum"),
            (
                "whats ur fav product and why - google APM",
                "whats ur fav product and why",
            ),
            (
                "what strategies would u use to reduce churn - CSM interview at Salesforce",
                "what strategies would u use to reduce churn",
            ),
            ("design a rate limiter - stripe", "design a rate limiter"),
            ("PM interview - improve google maps", "improve google maps"),
            (
                "LRU cache impl, get/put in O(1) - LC 146 - Amazon SDE2",
                "lru cache impl get put in o 1",
            ),
            (
                "what do you do when a shipment is running late - logistics coordinator role",
                "what do you do when a shipment is running late",
            ),
            (
                "Can you implement a LRU cache with O(1) get and put? asked at Meta onsite",
                "can you implement a lru cache with o 1 get and put",
            ),
            (
                "kth largest element in array.. they wanted the heap solution",
                "kth largest element in array",
            ),
            (
                "What is your biggest weakness? What are you doing about it?",
                "what is your biggest weakness what are you doing about it",
            ),
            (
                "Design a URL shortener e.g. TinyURL",
                "design a url shortener e g tinyurl",
            ),
            (
                "Which CRMs are you familiar with (e.g. Salesforce)?",
                "which crms are you familiar with e g salesforce",
            ),
            (
                "Load balancing - round robin vs least connections",
                "load balancing round robin vs least connections",
            ),
            // After a comma, a note on the interview only; a clause of the question stays.
            ("merge intervals problem, amazon OA", "merge intervals problem"),
            ("Two sum, Google phone screen", "two sum"),
            (
                "why do you want to work here? - asked at Deloitte, HR round",
                "why do you want to work here",
            ),
            (
                "If you were asked to lie, what would you do?",
                "if you were asked to lie what would you do",
            ),
            (
                "Tell me about a conflict, and how the interview panel reacted",
                "tell me about a conflict and how the interview panel reacted",
            ),
            (
                "How do you structure a panel, round and screen?",
                "how do you structure a panel round and screen",
            ),
            ("They asked me: why this company?", "why this company"),
            (
                "Asked about conflict: how did you handle it?",
                "asked about conflict how did you handle it",
            ),
            // An aside in closing brackets goes (a list of examples, a hint, a gloss); a
            // named instance and an acronym with its words stay, as does text after a dash
            // that names no interview.
            ("explain normalisation (1NF, 2NF, 3NF)", "explain normalisation"),
            (
                "Find customers who never ordered (SQL)",
                "find customers who never ordered",
            ),
            ("Implement a trie (prefix tree).", "implement a trie"),
            (
                "detect a loop in a linked list? (floyd's)",
                "detect a loop in a linked list",
            ),
            ("Explain DI (dependency injection)", "explain di dependency injection"),
            (
                "How do you support students with individualized education programs (IEPs)?",
                "how do you support students with individualized education programs ieps",
            ),
            (
                "Design a ride-sharing app (like Uber)",
                "design a ride sharing app like uber",
            ),
            ("Recursion (with examples)", "recursion with examples"),
            // A condition in brackets stays; "star" alone is no note.
            (
                "Reverse a linked list (recursively)",
                "reverse a linked list recursively",
            ),
            ("Two Sum (sorted input)", "two sum sorted input"),
            ("Word Break (II)", "word break ii"),
            (
                "Snowflake vs star: which is better?",
                "snowflake vs star which is better",
            ),
            (
                "Describe a time you made a mistake - STAR format pls",
                "describe a time you made a mistake",
            ),
            ("merge K sorted lists - asked in onsite round 2", "merge k sorted lists"),
            ("why go into consulting - McKinsey PEI", "why go into consulting"),
            (
                "Design a URL shortener (e.g. TinyURL)",
                "design a url shortener e g tinyurl",
            ),
            (
                "Cold calls - how do you handle a call that goes badly?",
                "cold calls how do you handle a call that goes badly",
            ),
            ("REST vs SOAP \u{2013} differences?", "rest vs soap differences"),
            ("(phone screen)", "phone screen"),
            // Lists of examples, labels of the question's kind, a list's numbering.
            (
                "How proficient are you in Microsoft Office (Word, Excel, Outlook)?",
                "how proficient are you in microsoft office",
            ),
            (
                "Which HRIS have u worked with (Workday, BambooHR etc)?",
                "which hris have u worked with",
            ),
            (
                "Guesstimate: number of gas stations in the US",
                "number of gas stations in the us",
            ),
            ("PM interview - improve google maps", "improve google maps"),
            ("4. What are the ACID properties?", "what are the acid properties"),
            (
                "iii) how do you keep a student engaged",
                "how do you keep a student engaged",
            ),
            ("(b) Explain ACID", "explain acid"),
            (
                "Q5) What's the difference between Parquet and Avro?",
                "whats the difference between parquet and avro",
            ),
            ("(B) Explain ACID", "explain acid"),
            (
                "Q4 revenue: how did you forecast it?",
                "q4 revenue how did you forecast it",
            ),
            ("#1 priority in your first month?", "#1 priority in your first month"),
            (
                "Technical debt: how do you manage it?",
                "technical debt how do you manage it",
            ),
            ("Event loop - how does it work?", "event loop how does it work"),
            (
                "Conflict with manager - how did you resolve it?",
                "conflict with manager how did you resolve it",
            ),
            (
                "Design a load balancer - round robin vs least connections",
                "design a load balancer round robin vs least connections",
            ),
            ("System design round: design TinyURL", "design tinyurl"),
            ("3Sum closest", "3sum closest"),
            ("5 whys - explain", "5 whys explain"),
            ("I) Tell me about yourself", "tell me about yourself"),
        ] {
            assert_eq!(normalize_question(raw), want, "{raw}");
        }
    }

    #[test]
    fn fingerprint_merges_rewordings() {
        let a = fingerprint(&normalize_question(
            "Explain the difference between REST and SOAP APIs.",
        ));
        let b = fingerprint(&normalize_question("REST and SOAP APIs: explain the difference"));
        assert_eq!(a, b);
        assert_eq!(cluster_id(&a), cluster_id(&b));
        let c = fingerprint(&normalize_question("Reverse a linked list"));
        let d = fingerprint(&normalize_question("Detect a cycle in a linked list"));
        assert_ne!(c, d);
    }

    #[test]
    fn fingerprint_never_empty() {
        assert_eq!(fingerprint("what do you do"), "what do you do");
    }

    #[test]
    fn ascii_and_unicode_normalization_agree() {
        for q in [
            "What's the difference between REST and SOAP?",
            "  C++ vs C#?? ",
            "Walk me through `git rebase` -- and merge...",
            "Q: 2+2=?",
            "",
            "!!!",
            "A/B testing: how?",
            "10-K vs 10-Q vs 8-K; W-2, I-9, 5-S, 3-D",
            "e-mail, 2-3 years, COVID-19, 3-Day, -5, a-, -",
        ] {
            assert_eq!(normalize_ascii(q), normalize_unicode(q), "{q:?}");
        }
        // A number and one letter hyphenated are one name; other hyphens separate words.
        assert_eq!(
            normalize_question("10-K vs 10-Q vs 8-K; W-2, I-9, 5-S, 3-D"),
            "10k vs 10q vs 8k w2 i9 5s 3d"
        );
        assert_eq!(
            normalize_question("e-mail, 2-3 years, COVID-19, 3-Day, -5, a-, -"),
            "e mail 2 3 years covid 19 3 day 5 a"
        );
    }

    #[test]
    fn categories() {
        let cat = |q: &str| category(&normalize_question(q));
        assert_eq!(cat("Write a function to reverse a linked list."), "coding");
        assert_eq!(
            cat("Explain how you would design a scalable API for a banking application."),
            "system_design"
        );
        assert_eq!(
            cat("Tell us about a time you improved customer retention."),
            "behavioral"
        );
        assert_eq!(
            cat("How do you prioritize conflicting deadlines in a fast-paced environment?"),
            "situational"
        );
        assert_eq!(
            cat("What do you know about Backbase\u{2019}s digital banking platform?"),
            "motivation"
        );
        assert_eq!(cat("Describe your sales process."), "role_specific");
        assert_eq!(
            cat("Explain the difference between REST and SOAP APIs."),
            "technical_knowledge"
        );
        assert_eq!(cat("What is your favourite colour"), "other");
        assert_eq!(cat("Anything else"), "other");
    }
}
