#![no_main]
//! Text dumps (the seed page's layout): decode, extract, normalize.
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::page(interview_pipeline::sources::Format::Text, data));
