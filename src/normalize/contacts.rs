//! E-mail addresses and phone numbers in free text, replaced by a placeholder.
//!
//! Candidates paste them into narratives and advice ("reach me at jane.doe@gmail.com",
//! "the recruiter called from +44 20 7946 0958"); they identify a person as surely as a name,
//! so by default no output carries them (`--keep-contacts` keeps them).
//!
//! Phone numbers are told from the other numbers of interview pages by their shape: 9 to 15
//! digits in groups of at most 4 joined by single spaces, dots or dashes (a leading `+country`
//! and a `(area)` group allowed), or one run of 10 to 12 digits. Amounts (`45,000`,
//! `40000 - 55000`), dates (`2026-02-21`), years (`2019 2020 2021`), ranges and references
//! (`441-0`) do not have that shape.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

pub const EMAIL_PLACEHOLDER: &str = "[email removed]";
pub const PHONE_PLACEHOLDER: &str = "[phone removed]";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
        .expect("valid regex")
});

/// Stretches that may be phone numbers; [`is_phone`] decides.
static PHONE_CANDIDATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d ().-]{7,24}\d").expect("valid regex"));

/// `text` with e-mail addresses and phone numbers replaced; borrowed when there is none.
pub fn redact_contacts(text: &str) -> Cow<'_, str> {
    // Cheap rejection: no `@` and fewer than 9 digits cannot hold either.
    let has_at = text.contains('@');
    if !has_at && text.bytes().filter(u8::is_ascii_digit).count() < 9 {
        return Cow::Borrowed(text);
    }
    let without_email = if has_at {
        EMAIL.replace_all(text, EMAIL_PLACEHOLDER)
    } else {
        Cow::Borrowed(text)
    };
    let mut out = String::new();
    let mut last = 0;
    for m in PHONE_CANDIDATE.find_iter(&without_email) {
        let Some((start, end)) = phone_within(&without_email, m.start(), m.end()) else {
            continue;
        };
        out.push_str(&without_email[last..start]);
        out.push_str(PHONE_PLACEHOLDER);
        last = end;
    }
    if last == 0 {
        return without_email;
    }
    out.push_str(&without_email[last..]);
    Cow::Owned(out)
}

/// The phone number at the start of the candidate stretch `text[start..end]`, if one stands
/// alone there (no letter or digit glued to either end). The stretch may run on into other
/// numbers (`555-123-4567 - 2 rounds`): it is cut back group by group until it fits.
fn phone_within(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '/');
    if glued(text[..start].chars().next_back()) {
        return None;
    }
    let stretch = &text[start..end];
    // Ends of digit groups, longest first.
    let ends = stretch
        .char_indices()
        .filter(|(i, c)| c.is_ascii_digit() && !stretch[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
        .map(|(i, _)| start + i + 1)
        .collect::<Vec<_>>();
    ends.into_iter().rev().find_map(|e| {
        let candidate = &text[start..e];
        let after = text[e..].chars().next();
        // A closing parenthesis right after an area code belongs to the number.
        (!glued(after) && is_phone(candidate)).then_some((start, e))
    })
}

/// The shape of a phone number (see the module comment).
pub fn is_phone(s: &str) -> bool {
    let body = s.strip_prefix('+');
    let international = body.is_some();
    let body = body.unwrap_or(s);
    let mut groups: Vec<usize> = Vec::new();
    let mut current = 0;
    // Separators since the last digit: one space, dot or dash; two only around a
    // parenthesis (`(555) 123`, `+31 (0)20`).
    let mut separators = String::new();
    for c in body.chars() {
        match c {
            '0'..='9' => {
                let with_paren = separators.contains(['(', ')']);
                if separators.chars().count() > if with_paren { 2 } else { 1 } {
                    return false;
                }
                separators.clear();
                current += 1;
            }
            ' ' | '.' | '-' | '(' | ')' => {
                if current > 0 {
                    groups.push(current);
                }
                current = 0;
                separators.push(c);
            }
            _ => return false,
        }
    }
    if current > 0 {
        groups.push(current);
    }
    let digits: usize = groups.iter().sum();
    if !(9..=15).contains(&digits) {
        return false;
    }
    if groups.len() == 1 {
        return (10..=12).contains(&digits) || international;
    }
    let is_year_list = groups.iter().all(|&g| g == 4) && !international && !s.contains('(');
    let years_only = is_year_list
        && s.split([' ', '.', '-'])
            .all(|g| g.starts_with("19") || g.starts_with("20"));
    // Groups of at most 4 digits, except a national number written in one run after the
    // country code (`+91 9876543210`).
    // Indian numbers go in fives after `+91` (`+91 98765 43210`); without a country code
    // two fives are a range (`40000-55000`).
    let grouped = groups.iter().all(|&g| g <= 4)
        || (international && groups[1..].iter().all(|&g| g <= 5))
        || (international && groups.len() == 2 && groups[1] >= 8);
    grouped && !years_only
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_replaced() {
        assert_eq!(
            redact_contacts("Mail me at jane.doe+jobs@gmail.com, thanks."),
            "Mail me at [email removed], thanks."
        );
        assert_eq!(
            redact_contacts("HR (hr@acme.co.uk) replied"),
            "HR ([email removed]) replied"
        );
        assert_eq!(
            redact_contacts("@mention and a@b are not addresses"),
            "@mention and a@b are not addresses"
        );
    }

    #[test]
    fn phone_numbers_replaced() {
        for (text, want) in [
            ("Call +44 20 7946 0958 now", "Call [phone removed] now"),
            ("Phone: (555) 123-4567.", "Phone: [phone removed]."),
            ("ring 555-123-4567", "ring [phone removed]"),
            ("+91 98765 43210 is the recruiter", "[phone removed] is the recruiter"),
            ("+91 9876543210", "[phone removed]"),
            ("mobile 9876543210", "mobile [phone removed]"),
            ("tel. 020.7946.0958", "tel. [phone removed]"),
            ("+31 (0)20 123 4567", "[phone removed]"),
            ("call 555-123-4567 - 2 rounds", "call [phone removed] - 2 rounds"),
            (
                "a: +1 415 555 0100; b: hr@x.io",
                "a: [phone removed]; b: [email removed]",
            ),
        ] {
            assert_eq!(redact_contacts(text), want, "{text}");
        }
    }

    #[test]
    fn other_numbers_kept() {
        for text in [
            "Salary €45,000 - €60,000 per year",
            "40000 - 55000 EUR",
            "40000-55000",
            "₹12,00,000 per annum",
            "Updated 2026-02-21, interviewed 21/02/2026",
            "between 2019 2020 2021",
            "Reference 441-0.",
            "3 rounds over 2-3 weeks, 45 minutes each",
            "1140130 experiences",
            "ISBN 978-3-16-148410-0 is a book",
            "v1.2.3.4 release",
        ] {
            assert_eq!(redact_contacts(text), text, "{text}");
        }
    }
}
