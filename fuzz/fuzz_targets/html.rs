#![no_main]
//! HTML pages of any layout: DOM parse, flattening, records, `__NEXT_DATA__`.
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::page(interview_pipeline::sources::Format::Html, data));
