//! A deterministic generator of interview-guide corpora for benchmarks and end-to-end checks.
//!
//! Pages follow the seed's text layout (and, for a share of them, an HTML card layout) with
//! every quirk the parsers handle: the page date glued to the first title, empty fields,
//! lower-case company headings, curly quotes, non-breaking spaces, CRLF line ends, BOMs and
//! salaries in a dozen formats. The generator knows the truth behind every page and writes
//! the aggregates the pipeline must produce (`expected/*.csv`, same columns as reports/), so a
//! large run is checked for correctness, not only timed.
//!
//! Used by `examples/gen_corpus.rs` and by the integration tests (`tests/generated.rs`).

#![allow(dead_code)]
// `*rng.pick(ROLES)` needs the deref to pick `&str` over `str`; clippy suggests removing it.
#![allow(clippy::explicit_auto_deref)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// SplitMix64: small, fast, and the same numbers on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub pages: usize,
    pub seed: u64,
    /// Percent of pages rendered as HTML.
    pub html_percent: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            pages: 100,
            seed: 42,
            html_percent: 25,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub files: usize,
    pub bytes: u64,
    pub text_bytes: u64,
    pub html_bytes: u64,
    pub experiences: usize,
    pub questions: usize,
    pub salaries: usize,
}

const ROLES: &[&str] = &[
    "Software Engineer",
    "Senior Software Engineer",
    "Data Analyst",
    "Data Scientist",
    "Product Manager",
    "UX Designer",
    "Sales Executive",
    "Customer Success Manager",
    "DevOps Engineer",
    "QA Engineer",
    "Marketing Manager",
    "HR Generalist",
    "Financial Analyst",
    "Operations Manager",
    "Backend Engineer",
    "Frontend Developer",
    "Machine Learning Engineer",
    "Account Executive",
    "Business Analyst",
    "Technical Recruiter",
];
const LEVELS: &[&str] = &[
    "Junior",
    "Mid-level",
    "Senior",
    "Lead",
    "Intern",
    "Entry Level",
    "3 years",
    "Mid-level",
];
const CHANNELS: &[&str] = &[
    "LinkedIn",
    "Indeed",
    "Referral",
    "Company Website",
    "Recruiter",
    "Campus Placement",
    "Naukri",
    "Glassdoor",
    "Staffing Agency",
];
const DIFFICULTIES: &[&str] = &["Easy", "Moderate", "Difficult", "Medium", "Hard", "", ""];
/// (as written, vocabulary value or "" for none)
const OUTCOMES: &[(&str, &str)] = &[
    ("Selected", "offer"),
    ("Rejected", "rejected"),
    ("Offer Accepted", "offer"),
    ("Declined", "declined"),
    ("Pending", "pending"),
    ("", ""),
    ("Not Selected", "rejected"),
    ("Withdrew", "withdrew"),
    ("", ""),
    ("Rejected", "rejected"),
];
/// The hiring-process list every page carries (text bullets or HTML list items).
const HIRING_STEPS: [&str; 5] = [
    "Application Review",
    "Recruiter Outreach",
    "Technical Assessment",
    "Interview Rounds",
    "Offer Stage",
];
const FIRST: &[&str] = &[
    "Emily", "David", "Sara", "Michael", "Alice", "Ravi", "Ana", "Tom", "Mei", "Omar", "Lena", "Jon",
];
const LAST: &[&str] = &[
    "Zhang", "Kim", "Patel", "Lee", "Johnson", "Garcia", "Novak", "Okafor", "Silva", "Berg", "Ito",
];
const VERBS: &[&str] = &[
    "design",
    "debug",
    "scale",
    "test",
    "document",
    "measure",
    "prioritize",
    "migrate",
    "secure",
    "monitor",
];
const ADJECTIVES: &[&str] = &[
    "distributed",
    "legacy",
    "real-time",
    "mobile",
    "regulated",
    "global",
    "noisy",
    "critical",
    "shared",
];
const NOUNS: &[&str] = &[
    "payment service",
    "data pipeline",
    "search index",
    "onboarding flow",
    "pricing model",
    "release process",
    "customer dashboard",
    "fraud detector",
];
const WORDS: &[&str] = &[
    "candidates",
    "team",
    "process",
    "rounds",
    "banking",
    "platform",
    "growth",
    "culture",
    "feedback",
    "clients",
    "product",
    "engineering",
    "fast",
    "structured",
    "friendly",
    "technical",
    "clear",
    "questions",
    "offer",
    "market",
    "values",
    "impact",
];

fn company_name(i: usize) -> String {
    const A: &[&str] = &[
        "Nor", "Zen", "Lum", "Kes", "Orb", "Van", "Tal", "Bri", "Cor", "Aur", "Hel", "Quin", "Sol", "Ver", "Pax",
        "Ion", "Mer", "Cal",
    ];
    const B: &[&str] = &["tex", "ora", "ion", "ium", "al", "ix", "eon", "ara", "ent", "ova"];
    const C: &[&str] = &[
        "Labs",
        "Systems",
        "Bank",
        "Health",
        "Analytics",
        "Payments",
        "Cloud",
        "Robotics",
        "Media",
        "Energy",
    ];
    format!(
        "{}{} {}",
        A[i % A.len()],
        B[(i / A.len()) % B.len()],
        C[(i / (A.len() * B.len())) % C.len()]
    )
}

fn question(rng: &mut Rng) -> String {
    // Distinct word sets, so no two questions share a fingerprint.
    format!(
        "How would you {} a {} {}?",
        rng.pick(VERBS),
        rng.pick(ADJECTIVES),
        rng.pick(NOUNS)
    )
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| *rng.pick(WORDS)).collect();
    let first = s[0].to_string();
    let cap = first[..1].to_uppercase() + &first[1..];
    s[0] = "";
    format!("{cap}{}.", s.join(" "))
}

/// A salary statement in one of the formats pages use, with its annual truth.
struct SalaryTruth {
    text: String,
    currency: &'static str,
    annual_min: f64,
    annual_max: f64,
}

fn salary(rng: &mut Rng) -> SalaryTruth {
    match rng.below(8) {
        0 => {
            let (a, b) = band(rng, 30, 120);
            SalaryTruth {
                text: format!("\u{20AC}{a},000 - \u{20AC}{b},000 annually"),
                currency: "EUR",
                annual_min: a as f64 * 1e3,
                annual_max: b as f64 * 1e3,
            }
        }
        1 => {
            let (a, b) = band(rng, 60, 200);
            SalaryTruth {
                text: format!("${a}K - ${b}K per year"),
                currency: "USD",
                annual_min: a as f64 * 1e3,
                annual_max: b as f64 * 1e3,
            }
        }
        2 => {
            let (a, b) = band(rng, 30, 110);
            SalaryTruth {
                text: format!("\u{00A3}{a},000\u{2013}\u{00A3}{b},000 a year"),
                currency: "GBP",
                annual_min: a as f64 * 1e3,
                annual_max: b as f64 * 1e3,
            }
        }
        3 => {
            let (a, b) = band(rng, 25, 60);
            SalaryTruth {
                text: format!(
                    "\u{20AC}{},{}00 - \u{20AC}{},{}00 per month",
                    a / 10,
                    a % 10,
                    b / 10,
                    b % 10
                ),
                currency: "EUR",
                annual_min: a as f64 * 100.0 * 12.0,
                annual_max: b as f64 * 100.0 * 12.0,
            }
        }
        4 => {
            let (a, b) = band(rng, 30, 120);
            SalaryTruth {
                text: format!("EUR {a},000 to {b},000 yearly"),
                currency: "EUR",
                annual_min: a as f64 * 1e3,
                annual_max: b as f64 * 1e3,
            }
        }
        5 => {
            let (a, b) = band(rng, 4, 30);
            SalaryTruth {
                text: format!("\u{20B9}{a}L - \u{20B9}{b}L per annum"),
                currency: "INR",
                annual_min: a as f64 * 1e5,
                annual_max: b as f64 * 1e5,
            }
        }
        6 => {
            let (a, b) = band(rng, 4, 30);
            SalaryTruth {
                text: format!("{a}-{b} LPA"),
                currency: "INR",
                annual_min: a as f64 * 1e5,
                annual_max: b as f64 * 1e5,
            }
        }
        _ => {
            let (a, b) = band(rng, 25, 60);
            SalaryTruth {
                text: format!("${a} - ${b} an hour"),
                currency: "USD",
                annual_min: a as f64 * 2080.0,
                annual_max: b as f64 * 2080.0,
            }
        }
    }
}

fn band(rng: &mut Rng, lo: u64, hi: u64) -> (u64, u64) {
    let a = rng.range(lo, hi - (hi - lo) / 4);
    let b = rng.range(a + 1, (a + (hi - lo) / 4).max(a + 1));
    (a, b)
}

struct Exp {
    role: &'static str,
    candidate: String,
    level: &'static str,
    channel: &'static str,
    difficulty: &'static str,
    outcome: (&'static str, &'static str),
    rounds: Option<u64>,
    questions: Vec<String>,
    advice: String,
    narrative: String,
}

/// The truth a page holds, folded into the expected aggregates as pages are written.
#[derive(Default)]
pub struct Expected {
    /// (company, role) → rounds of each experience
    rounds: BTreeMap<(String, String), Vec<Option<u64>>>,
    /// (company, role) → outcome vocab values
    outcomes: BTreeMap<(String, String), Vec<&'static str>>,
    /// (company, role, currency) → (min, max)
    salaries: BTreeMap<(String, String, String), (f64, f64)>,
    /// question → (count, experiences, companies, roles)
    questions: BTreeMap<String, (usize, usize, BTreeSet<String>, BTreeSet<String>)>,
}

/// Writes `pages` pages under `out/raw/<company>/` and the expected aggregates under
/// `out/expected/`. Returns what was written.
pub fn generate(opts: Options, out: &Path) -> std::io::Result<Stats> {
    let mut rng = Rng::new(opts.seed);
    let raw = out.join("raw");
    let expected_dir = out.join("expected");
    std::fs::create_dir_all(&raw)?;
    std::fs::create_dir_all(&expected_dir)?;
    let companies = (opts.pages / 40).clamp(3, 1800);
    let mut stats = Stats::default();
    let mut truth = Expected::default();
    for page_no in 0..opts.pages {
        let company = company_name(page_no % companies);
        let html = rng.chance(opts.html_percent);
        let bytes = page(&mut rng, page_no, &company, html, &mut truth, &mut stats);
        let dir = raw.join(company.to_lowercase().replace(' ', "-"));
        std::fs::create_dir_all(&dir)?;
        let name = format!("guide-{page_no:06}.{}", if html { "html" } else { "txt" });
        std::fs::write(dir.join(name), &bytes)?;
        stats.files += 1;
        stats.bytes += bytes.len() as u64;
        if html {
            stats.html_bytes += bytes.len() as u64;
        } else {
            stats.text_bytes += bytes.len() as u64;
        }
    }
    truth.write(&expected_dir)?;
    Ok(stats)
}

fn page(rng: &mut Rng, page_no: usize, company: &str, html: bool, truth: &mut Expected, stats: &mut Stats) -> Vec<u8> {
    let n = rng.range(12, 18) as usize;
    let exps: Vec<Exp> = (0..n)
        .map(|k| Exp {
            role: *rng.pick(ROLES),
            candidate: format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
            level: *rng.pick(LEVELS),
            channel: *rng.pick(CHANNELS),
            difficulty: *rng.pick(DIFFICULTIES),
            outcome: *rng.pick(OUTCOMES),
            rounds: if rng.chance(90) { Some(rng.range(1, 6)) } else { None },
            questions: {
                let mut qs: Vec<String> = Vec::new();
                for _ in 0..rng.range(1, 5) {
                    let q = question(rng);
                    if !qs.contains(&q) {
                        qs.push(q);
                    }
                }
                qs
            },
            advice: sentence(rng, 10),
            narrative: format!("{} Reference {page_no}-{k}.", sentence(rng, 24)),
        })
        .collect();
    let page_questions: Vec<String> = (0..3)
        .map(|_| question(rng))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let salaries: Vec<(&str, SalaryTruth)> = (0..rng.range(3, 6)).map(|_| (*rng.pick(ROLES), salary(rng))).collect();
    let date = format!(
        "{} {} 20{}",
        rng.range(1, 28),
        rng.pick(&["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        rng.range(20, 26)
    );

    for e in &exps {
        let key = (company.to_string(), e.role.to_string());
        truth.rounds.entry(key.clone()).or_default().push(e.rounds);
        truth.outcomes.entry(key).or_default().push(e.outcome.1);
        for q in &e.questions {
            let entry = truth.questions.entry(q.clone()).or_default();
            entry.0 += 1;
            entry.1 += 1;
            entry.2.insert(company.to_string());
            entry.3.insert(e.role.to_string());
        }
        stats.experiences += 1;
        stats.questions += e.questions.len();
    }
    for q in &page_questions {
        let entry = truth.questions.entry(q.clone()).or_default();
        entry.0 += 1;
        entry.2.insert(company.to_string());
        stats.questions += 1;
    }
    for (role, s) in &salaries {
        let e = truth
            .salaries
            .entry((company.to_string(), role.to_string(), s.currency.to_string()))
            .or_insert((f64::MAX, f64::MIN));
        e.0 = e.0.min(s.annual_min);
        e.1 = e.1.max(s.annual_max);
        stats.salaries += 1;
    }
    if html {
        html_page(rng, company, &date, &exps, &page_questions, &salaries)
    } else {
        text_page(rng, company, &date, &exps, &page_questions, &salaries)
    }
}

fn text_page(
    rng: &mut Rng,
    company: &str,
    date: &str,
    exps: &[Exp],
    page_q: &[String],
    salaries: &[(&str, SalaryTruth)],
) -> Vec<u8> {
    let nbsp = rng.chance(10);
    let colon = if nbsp { ":\u{00A0}" } else { ": " };
    let mut s = String::with_capacity(12 * 1024);
    let _ = writeln!(s, "Company Background and Industry Position");
    for _ in 0..3 {
        let _ = writeln!(
            s,
            "{company} {} {}",
            sentence(rng, 30).to_lowercase(),
            sentence(rng, 25)
        );
    }
    let _ = writeln!(s, "How the Hiring Process Works");
    for step in HIRING_STEPS {
        let _ = writeln!(s, "- {step}: {}", sentence(rng, 18));
    }
    let _ = writeln!(s, "Examples of Questions Candidates Report");
    for q in page_q {
        let _ = writeln!(s, "- \u{201C}{q}\u{201D}");
    }
    let _ = writeln!(
        s,
        "Compensation and Salary Perspective\n| Role | Estimated Salary |\n|---|---|"
    );
    for (role, sal) in salaries {
        let _ = writeln!(s, "| {role} | {} |", sal.text);
    }
    let _ = writeln!(
        s,
        "Frequently Asked Questions\nHow long does the process take?\n{}\nAre there coding tests?\n{}",
        sentence(rng, 20),
        sentence(rng, 15)
    );
    let _ = writeln!(s, "{} Interview Questions and Answers", company.to_lowercase());
    for (i, e) in exps.iter().enumerate() {
        if i == 0 {
            let _ = write!(s, "Updated {date}");
        }
        let _ = writeln!(s, "{} Interview Experience", e.role);
        let _ = writeln!(s, "Candidate{colon}{}", e.candidate);
        let _ = writeln!(s, "Experience Level{colon}{}", e.level);
        let _ = writeln!(s, "Applied Via{colon}{}", e.channel);
        let _ = writeln!(
            s,
            "Difficulty:{}",
            if e.difficulty.is_empty() {
                String::new()
            } else {
                format!(" {}", e.difficulty)
            }
        );
        let _ = writeln!(
            s,
            "Final Result:{}",
            if e.outcome.0.is_empty() {
                String::new()
            } else {
                format!(" {}", e.outcome.0)
            }
        );
        let _ = writeln!(s, "Interview Process");
        if let Some(r) = e.rounds {
            let _ = writeln!(s, "{r}");
        }
        let _ = writeln!(s, "Questions Asked");
        for q in &e.questions {
            let _ = writeln!(s, "- {q}");
        }
        let _ = writeln!(s, "Advice\n{}\nFull Experience\n{}", e.advice, e.narrative);
    }
    let _ = writeln!(
        s,
        "Frequently Asked Questions in {}\nHave a question? Ask the community here.",
        company.to_lowercase()
    );
    let mut bytes = Vec::with_capacity(s.len() + 16);
    if rng.chance(15) {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    if rng.chance(20) {
        bytes.extend_from_slice(s.replace('\n', "\r\n").as_bytes());
    } else {
        bytes.extend_from_slice(s.as_bytes());
    }
    bytes
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{20AC}', "&euro;")
}

fn html_page(
    rng: &mut Rng,
    company: &str,
    date: &str,
    exps: &[Exp],
    page_q: &[String],
    salaries: &[(&str, SalaryTruth)],
) -> Vec<u8> {
    let mut s = String::with_capacity(20 * 1024);
    let _ = writeln!(s, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{company}</title><script>var x = \"Candidate: Nobody\";</script></head><body>");
    let _ = writeln!(
        s,
        "<header><nav><a href=\"/\">Home</a><a href=\"/jobs\">Jobs</a></nav></header><main>"
    );
    let _ = writeln!(s, "<h2>Company Background and Industry Position</h2>");
    for _ in 0..3 {
        let _ = writeln!(
            s,
            "<p>{company} {} {}</p>",
            sentence(rng, 30).to_lowercase(),
            sentence(rng, 25)
        );
    }
    let _ = writeln!(s, "<h2>How the Hiring Process Works</h2><ul>");
    for step in HIRING_STEPS {
        let _ = writeln!(s, "<li><strong>{step}:</strong> {}</li>", sentence(rng, 18));
    }
    let _ = writeln!(s, "</ul><h2>Examples of Questions Candidates Report</h2><ul>");
    for q in page_q {
        let _ = writeln!(s, "<li>\u{201C}{}\u{201D}</li>", esc(q));
    }
    let _ = writeln!(s, "</ul><h2>Compensation and Salary Perspective</h2><table><thead><tr><th>Role</th><th>Estimated Salary</th></tr></thead><tbody>");
    for (role, sal) in salaries {
        let _ = writeln!(
            s,
            "<tr><td>{role}</td><td>{}</td></tr>",
            esc(&sal.text).replace(" - ", "&nbsp;-&nbsp;")
        );
    }
    let _ = writeln!(s, "</tbody></table>");
    let _ = writeln!(
        s,
        "<h2>{} Interview Questions and Answers</h2><p class=\"updated\">Updated <time>{date}</time></p>",
        company.to_lowercase()
    );
    for e in exps {
        let _ = writeln!(
            s,
            "<div class=\"card\"><h3><em>{}</em> Interview Experience</h3><div class=\"meta\">",
            e.role
        );
        for (label, value) in [
            ("Candidate", e.candidate.as_str()),
            ("Experience Level", e.level),
            ("Applied Via", e.channel),
            ("Difficulty", e.difficulty),
            ("Final Result", e.outcome.0),
        ] {
            let _ = writeln!(
                s,
                "<div class=\"row\"><span class=\"label\">{label}:</span> <span class=\"value\">{}</span></div>",
                esc(value)
            );
        }
        let _ = writeln!(s, "</div>");
        if let Some(r) = e.rounds {
            let _ = writeln!(s, "<p>Interview Process: <span class=\"badge\">{r}</span> rounds</p>");
        }
        let _ = writeln!(s, "<h4>Questions Asked</h4><ol>");
        for q in &e.questions {
            let _ = writeln!(s, "<li><p>{}</p></li>", esc(q));
        }
        let _ = writeln!(
            s,
            "</ol><h4>Advice</h4><p>{}</p><h4>Full Experience</h4><p>{}</p></div>",
            esc(&e.advice),
            esc(&e.narrative)
        );
    }
    let _ = writeln!(
        s,
        "<h2>Frequently Asked Questions in {}</h2><p>Have a question? Ask the community here.</p>",
        company.to_lowercase()
    );
    let _ = writeln!(s, "</main><footer>Candidate: Nobody</footer></body></html>");
    s.into_bytes()
}

impl Expected {
    fn write(&self, dir: &Path) -> std::io::Result<()> {
        self.write_rounds(dir)?;
        self.write_rejections(dir)?;
        self.write_salaries(dir)?;
        self.write_questions(dir)
    }

    fn write_rounds(&self, dir: &Path) -> std::io::Result<()> {
        let header = "company,role,experiences,rounds_known,rounds_mean,rounds_median,rounds_min,rounds_max";
        write_per_role(&dir.join("rounds_by_role.csv"), header, &self.rounds, |v| {
            rounds_stats(v)
        })
    }

    fn write_rejections(&self, dir: &Path) -> std::io::Result<()> {
        let header = "company,role,experiences,outcomes_known,rejected,rejection_rate,ci95_low,ci95_high";
        write_per_role(&dir.join("rejection_rates.csv"), header, &self.outcomes, |v| {
            rejection_stats(v)
        })
    }

    fn write_salaries(&self, dir: &Path) -> std::io::Result<()> {
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("salary_spreads.csv"))?);
        writeln!(f, "company,role,currency,period,min,max,midpoint,spread")?;
        let mut all: BTreeMap<(String, String), (f64, f64, Vec<f64>)> = BTreeMap::new();
        for ((c, _, cur), (lo, hi)) in &self.salaries {
            let e = all
                .entry((c.clone(), cur.clone()))
                .or_insert((f64::MAX, f64::MIN, Vec::new()));
            e.0 = e.0.min(*lo);
            e.1 = e.1.max(*hi);
            e.2.push((lo + hi) / 2.0);
        }
        for ((c, r, cur), (lo, hi)) in &self.salaries {
            writeln!(f, "{c},{r},{cur},year,{lo},{hi},{},{}", (lo + hi) / 2.0, hi - lo)?;
        }
        for ((c, cur), (lo, hi, mids)) in &mut all {
            mids.sort_by(f64::total_cmp);
            let m = mids.len() / 2;
            let median = if mids.len().is_multiple_of(2) {
                (mids[m - 1] + mids[m]) / 2.0
            } else {
                mids[m]
            };
            writeln!(f, "{c},(all),{cur},year,{lo},{hi},{median},{}", *hi - *lo)?;
        }
        Ok(())
    }

    fn write_questions(&self, dir: &Path) -> std::io::Result<()> {
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("question_frequency.csv"))?);
        writeln!(f, "question,count,experiences,companies,roles")?;
        for (q, (count, exps, companies, roles)) in &self.questions {
            writeln!(f, "\"{q}\",{count},{exps},{},{}", companies.len(), roles.len())?;
        }
        Ok(())
    }
}

/// Writes one row per company and role, after a `(all)` row per company that pools the roles.
fn write_per_role<T: Clone>(
    path: &Path,
    header: &str,
    by_role: &BTreeMap<(String, String), Vec<T>>,
    stats: impl Fn(&[T]) -> String,
) -> std::io::Result<()> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(f, "{header}")?;
    let mut per_company: BTreeMap<&str, Vec<T>> = BTreeMap::new();
    for ((c, _), v) in by_role {
        per_company.entry(c).or_default().extend(v.iter().cloned());
    }
    for (c, pooled) in &per_company {
        writeln!(f, "{c},(all),{}", stats(pooled))?;
        for ((_, r), v) in by_role
            .range((c.to_string(), String::new())..)
            .take_while(|((c2, _), _)| c2 == c)
        {
            writeln!(f, "{c},{r},{}", stats(v))?;
        }
    }
    Ok(())
}

fn rounds_stats(v: &[Option<u64>]) -> String {
    let mut known: Vec<u64> = v.iter().flatten().copied().collect();
    known.sort_unstable();
    if known.is_empty() {
        return format!("{},0,,,,", v.len());
    }
    let mean = known.iter().sum::<u64>() as f64 / known.len() as f64;
    let m = known.len() / 2;
    let median = if known.len().is_multiple_of(2) {
        (known[m - 1] + known[m]) as f64 / 2.0
    } else {
        known[m] as f64
    };
    format!(
        "{},{},{mean},{median},{},{}",
        v.len(),
        known.len(),
        known[0],
        known[known.len() - 1]
    )
}

fn rejection_stats(v: &[&str]) -> String {
    let known = v
        .iter()
        .filter(|o| matches!(**o, "offer" | "declined" | "rejected"))
        .count();
    let rejected = v.iter().filter(|o| **o == "rejected").count();
    if known == 0 {
        return format!("{},0,0,,,", v.len());
    }
    let n = known as f64;
    let p = rejected as f64 / n;
    let z = 1.959_963_984_540_054f64;
    let denom = 1.0 + z * z / n;
    let center = (p + z * z / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / denom;
    format!(
        "{},{known},{rejected},{p},{},{}",
        v.len(),
        (center - half).max(0.0),
        (center + half).min(1.0)
    )
}
