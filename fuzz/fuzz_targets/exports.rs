#![no_main]
//! Scraper exports: the same bytes as CSV and as JSON (arrays, wrapped arrays, JSON Lines).
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::page(interview_pipeline::sources::Format::Csv, data);
    common::page(interview_pipeline::sources::Format::Json, data);
});
