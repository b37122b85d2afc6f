//! Parser micro-benchmarks (criterion): the per-file work of an ingest, stage by stage, on
//! pages from the corpus generator, reported as throughput in bytes of input.
//!
//!     cargo bench --bench parsers            # all
//!     cargo bench --bench parsers -- text    # one group
//!
//! Whole runs (end-to-end time, peak memory, the Python comparison) are measured by
//! scripts/bench.sh; docs/benchmarks.md has the results of both.

#[path = "../examples/corpus/mod.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use interview_pipeline::normalize::page::{page_rows, FileContext, NormalizeOptions};
use interview_pipeline::normalize::{question, salary};
use interview_pipeline::sources::{self, Format};
use std::hint::black_box;

/// Generated pages of one kind, read back into memory: (file name, text).
fn pages(html_percent: u64) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().expect("temporary folder");
    corpus::generate(
        corpus::Options {
            pages: 60,
            seed: 7,
            html_percent,
        },
        dir.path(),
    )
    .expect("corpus");
    let mut out: Vec<(String, String)> = walkdir::WalkDir::new(dir.path().join("raw"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("page");
            let text = sources::decode::decode(&bytes).expect("decodable").text;
            (e.file_name().to_string_lossy().into_owned(), text)
        })
        .collect();
    out.sort();
    out
}

fn options() -> NormalizeOptions {
    NormalizeOptions::with_key([7; 32])
}

fn extract_and_rows(c: &mut Criterion) {
    let opts = options();
    for (kind, html_percent, format) in [("text", 0, Format::Text), ("html", 100, Format::Html)] {
        let pages = pages(html_percent);
        let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
        let mut group = c.benchmark_group(kind);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(20);
        group.bench_function(BenchmarkId::new("extract", pages.len()), |b| {
            b.iter(|| {
                for (_, text) in &pages {
                    black_box(sources::extract(format, text));
                }
            })
        });
        group.bench_function(BenchmarkId::new("extract+rows", pages.len()), |b| {
            b.iter(|| {
                for (name, text) in &pages {
                    let ctx = FileContext {
                        rel_path: format!("acme/{name}"),
                        format: format.as_str(),
                    };
                    black_box(page_rows(sources::extract(format, text), &ctx, text, &opts));
                }
            })
        });
        group.finish();
    }
}

fn field_normalizers(c: &mut Criterion) {
    let salaries = [
        "€45,000 - €60,000 per year",
        "₹12 LPA",
        "£3,200/month",
        "$120k-$150k + bonus",
        "INR 8,50,000 per annum",
        "45 EUR / hour",
        "Not disclosed",
        "70.000 € brutto",
    ];
    let questions = [
        "Explain the difference between REST and SOAP APIs.",
        "What\u{2019}s the difference between REST and SOAP?",
        "Tell me about a time you failed.",
        "How would you design a scalable notification service for millions of users?",
        "Reverse a linked list in place.",
        "Why do you want to work at Backbase?",
    ];
    let mut group = c.benchmark_group("fields");
    let salary_bytes: usize = salaries.iter().map(|s| s.len()).sum();
    group.throughput(Throughput::Bytes(salary_bytes as u64));
    group.bench_function("salary", |b| {
        b.iter(|| {
            for s in &salaries {
                black_box(salary::parse_salary(s, None));
            }
        })
    });
    let question_bytes: usize = questions.iter().map(|s| s.len()).sum();
    group.throughput(Throughput::Bytes(question_bytes as u64));
    group.bench_function("question", |b| {
        b.iter(|| {
            for q in &questions {
                let n = question::normalize_question(q);
                let f = question::fingerprint(&n);
                black_box((question::cluster_id(&f), question::category(&n)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, extract_and_rows, field_normalizers);
criterion_main!(benches);
