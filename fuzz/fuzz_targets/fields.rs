#![no_main]
//! The field normalizers on arbitrary text: salary, dates, durations, vocabularies, questions,
//! company names, contact redaction.
use interview_pipeline::normalize::{
    channel, company, contacts, date, difficulty, duration, level, outcome, question, role_family, salary, sentiment,
};
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = salary::parse_salary(s, Some(s));
    let _ = date::parse_date(s);
    let _ = date::find_date(s);
    let _ = duration::duration_days(s);
    let _ = (
        level::normalize_level(s),
        outcome::normalize_outcome(s),
        difficulty::normalize_difficulty(s),
    );
    let _ = (
        channel::normalize_channel(s),
        sentiment::normalize_sentiment(s),
        role_family::role_family(s),
    );
    let n = question::normalize_question(s);
    let _ = (question::cluster_id(&question::fingerprint(&n)), question::category(&n));
    let _ = company::canonical_company(s, Some(s));
    let _ = contacts::redact_contacts(s);
});
