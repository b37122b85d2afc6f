//! Clustering a million questions: time, memory and agreement with the generator's truth.
//!
//!     cargo bench --bench clustering               # 1,000,000 questions
//!     cargo bench --bench clustering -- 200000     # another size
//!
//! The questions are wordings of generated interview questions of five families (the
//! difference between two technologies, designing a system, a behavioral "time you …",
//! explaining a concept, a coding task), each written in 3–5 ways, with the messiness of
//! real dumps: typos (two letters swapped), lower case, missing question marks, "Q:" and
//! "They asked me:" prefixes. Popular questions repeat (a power law), as on review sites.
//! Reported: questions per second through [`Clusterer::assign`] (normalization measured
//! apart), distinct wordings, clusters against true questions, B-cubed precision and
//! recall against the truth, and peak memory. docs/benchmarks.md has the results.

// The allocator of the pipeline's binary (src/main.rs), so the clustering is measured as
// `run` does it: with the system's, a tenth of the time went to malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use interview_pipeline::normalize::clusters::Clusterer;
use interview_pipeline::normalize::question::{clustering_text, question_text};
use std::collections::HashMap;
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, no dependency.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 1_000_000) as f64 / 1e6 < p
    }
    fn unit(&mut self) -> f64 {
        (self.next() % 1_000_000_007) as f64 / 1_000_000_007.0
    }
}

const TECH: &[&str] = &[
    "REST",
    "SOAP",
    "GraphQL",
    "gRPC",
    "TCP",
    "UDP",
    "HTTP/1.1",
    "HTTP/2",
    "SQL",
    "NoSQL",
    "Kafka",
    "RabbitMQ",
    "Redis",
    "Memcached",
    "PostgreSQL",
    "MySQL",
    "MongoDB",
    "Cassandra",
    "Docker",
    "Kubernetes",
    "virtual machines",
    "containers",
    "processes",
    "threads",
    "mutexes",
    "semaphores",
    "stacks",
    "queues",
    "arrays",
    "linked lists",
    "hash maps",
    "binary search trees",
    "heaps",
    "tries",
    "graphs",
    "BFS",
    "DFS",
    "Dijkstra",
    "A*",
    "OAuth",
    "SAML",
    "JWT",
    "sessions",
    "cookies",
    "local storage",
    "React",
    "Angular",
    "Vue",
    "Svelte",
    "Java",
    "Kotlin",
    "Go",
    "Rust",
    "Python",
    "C++",
    "C#",
    "JavaScript",
    "TypeScript",
    "interfaces",
    "abstract classes",
    "composition",
    "inheritance",
    "monoliths",
    "microservices",
    "SQS",
    "SNS",
    "Lambda",
    "EC2",
    "S3",
    "EBS",
    "CDN",
    "DNS",
    "load balancers",
    "reverse proxies",
    "optimistic locking",
    "pessimistic locking",
    "sharding",
    "replication",
    "indexes",
    "views",
    "stored procedures",
    "triggers",
    "unit tests",
    "integration tests",
    "mocks",
    "stubs",
    "git merge",
    "git rebase",
    "CI",
    "CD",
    "blue-green deployment",
    "canary releases",
    "logistic regression",
    "linear regression",
    "random forests",
    "gradient boosting",
    "precision",
    "recall",
    "bagging",
    "boosting",
    "L1 regularization",
    "L2 regularization",
    "OLAP",
    "OLTP",
    "star schema",
    "snowflake schema",
    "ETL",
    "ELT",
    "batch processing",
    "stream processing",
    "A/B tests",
    "multivariate tests",
    "Scrum",
    "Kanban",
    "waterfall",
    "agile",
];
const ADJ: &[&str] = &[
    "scalable",
    "real-time",
    "distributed",
    "multi-tenant",
    "global",
    "fault-tolerant",
    "low-latency",
    "secure",
    "offline-first",
    "event-driven",
    "serverless",
    "highly available",
    "regulated",
    "mobile",
    "internal",
    "public",
    "cost-efficient",
    "GDPR-compliant",
    "read-heavy",
    "write-heavy",
    "geo-replicated",
    "streaming",
    "batch",
    "self-service",
    "white-label",
    "open",
    "audited",
    "peer-to-peer",
    "multi-region",
    "embedded",
];
const SYSTEM: &[&str] = &[
    "URL shortener",
    "rate limiter",
    "chat service",
    "news feed",
    "payment gateway",
    "ride-hailing backend",
    "notification system",
    "search autocomplete",
    "file storage service",
    "video streaming platform",
    "ticket booking system",
    "parking lot system",
    "leaderboard",
    "web crawler",
    "key-value store",
    "metrics pipeline",
    "recommendation engine",
    "fraud detection system",
    "job scheduler",
    "email service",
    "feature flag service",
    "logging pipeline",
    "checkout flow",
    "inventory system",
    "loyalty program backend",
    "banking ledger",
    "appointment booking service",
    "document editor",
    "photo sharing app",
    "API gateway",
    "message queue",
    "distributed cache",
    "analytics dashboard",
    "identity provider",
    "order matching engine",
    "delivery tracking system",
    "hotel reservation system",
    "online judge",
    "wallet service",
    "price tracker",
];
const DOMAIN: &[&str] = &[
    "a bank",
    "a hospital",
    "an airline",
    "a retailer",
    "a game studio",
    "a university",
    "a telecom",
    "an insurer",
    "a startup",
    "a marketplace",
    "a city council",
    "a logistics company",
    "a newspaper",
    "a stock exchange",
    "a food delivery app",
    "a school district",
    "a car maker",
    "a travel agency",
    "a streaming service",
    "a charity",
];
const DID: &[&str] = &[
    "failed",
    "missed a deadline",
    "disagreed with your manager",
    "handled an angry customer",
    "led a project",
    "changed a team's mind",
    "made a mistake",
    "resolved a conflict",
    "learned a new skill quickly",
    "went above and beyond",
    "dealt with ambiguity",
    "received critical feedback",
    "mentored a junior colleague",
    "improved a process",
    "worked under pressure",
    "influenced without authority",
    "prioritized competing tasks",
    "turned around an unhappy client",
    "exceeded a sales target",
    "simplified a complex design",
    "pushed back on a stakeholder",
    "launched a product",
    "cut costs",
    "handled a production outage",
    "onboarded onto a legacy codebase",
    "negotiated a contract",
    "recovered a lost deal",
    "built a team",
    "managed a remote team",
    "made a decision with incomplete data",
];
const ABOUT: &[&str] = &[
    "at work",
    "with a customer",
    "on a team project",
    "in your last role",
    "under a tight deadline",
    "with a senior stakeholder",
    "in a previous job",
    "while working remotely",
];
const TASK: &[&str] = &[
    "reverse a linked list",
    "detect a cycle in a linked list",
    "merge two sorted arrays",
    "find the kth largest element",
    "check if a string is a palindrome",
    "validate balanced parentheses",
    "implement an LRU cache",
    "serialize a binary tree",
    "find the lowest common ancestor",
    "count islands in a grid",
    "find the longest substring without repeating characters",
    "compute the edit distance of two strings",
    "find the second highest salary in SQL",
    "rotate a matrix by 90 degrees",
    "implement a trie",
    "find all anagrams in a string",
    "merge overlapping intervals",
    "find the median of two sorted arrays",
    "implement binary search",
    "flatten a nested list",
    "detect a cycle in a directed graph",
    "schedule courses with prerequisites",
    "find the shortest path in a maze",
    "implement a min stack",
];
const CONSTRAINT: &[&str] = &[
    "",
    " in O(n) time",
    " in place",
    " without extra memory",
    " recursively",
    " iteratively",
    " in O(log n) time",
    " with a stream of inputs",
];

/// One true question: its family, subject, and the ways candidates write it.
fn wordings(family: usize, i: usize) -> Vec<String> {
    match family {
        0 => {
            let (a, b) = (TECH[i % TECH.len()], TECH[(i / TECH.len()) % TECH.len()]);
            vec![
                format!("Explain the difference between {a} and {b}."),
                format!("What's the difference between {a} and {b}?"),
                format!("{a} vs {b} – differences?"),
                format!("How does {a} differ from {b}?"),
                format!("Compare {a} and {b}."),
            ]
        }
        1 => {
            let adj = ADJ[i % ADJ.len()];
            let sys = SYSTEM[(i / ADJ.len()) % SYSTEM.len()];
            let dom = DOMAIN[(i / (ADJ.len() * SYSTEM.len())) % DOMAIN.len()];
            vec![
                format!("Design a {adj} {sys} for {dom}."),
                format!("How would you design a {adj} {sys} for {dom}?"),
                format!("System design: build a {adj} {sys} for {dom}"),
                format!("Walk me through how you'd architect a {adj} {sys} for {dom}."),
            ]
        }
        2 => {
            let did = DID[i % DID.len()];
            let about = ABOUT[(i / DID.len()) % ABOUT.len()];
            vec![
                format!("Tell me about a time you {did} {about}."),
                format!("Describe a situation where you {did} {about}."),
                format!("Give an example of a time you {did} {about}."),
            ]
        }
        3 => {
            let t = TECH[i % TECH.len()];
            let dom = DOMAIN[(i / TECH.len()) % DOMAIN.len()];
            vec![
                format!("What is {t} and when would {dom} use it?"),
                format!("Explain {t} and when {dom} would use it."),
                format!("Can you explain what {t} is and when {dom} would use it?"),
            ]
        }
        _ => {
            let task = TASK[i % TASK.len()];
            let c = CONSTRAINT[(i / TASK.len()) % CONSTRAINT.len()];
            vec![
                format!("Write a function to {task}{c}."),
                format!("{}{c}.", capitalize(task)),
                format!("How would you {task}{c}?"),
                format!("Implement a solution to {task}{c}."),
            ]
        }
    }
}

fn family_size(family: usize) -> usize {
    match family {
        0 => TECH.len() * TECH.len(),
        1 => ADJ.len() * SYSTEM.len() * DOMAIN.len(),
        2 => DID.len() * ABOUT.len(),
        3 => TECH.len() * DOMAIN.len(),
        _ => TASK.len() * CONSTRAINT.len(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A wording as a dump writes it: sometimes with a typo, in lower case, without its final
/// mark, or behind a prefix.
fn messy(rng: &mut Rng, wording: &str) -> String {
    let mut q = wording.to_string();
    if rng.chance(0.05) {
        q = typo(rng, &q);
    }
    if rng.chance(0.15) {
        q = q.to_lowercase();
    }
    if rng.chance(0.2) {
        q = q.trim_end_matches(['?', '.']).to_string();
    }
    match rng.below(20) {
        0 => format!("Q: {q}"),
        1 => format!("They asked me: {q}"),
        _ => q,
    }
}

/// Two adjacent letters of a long word swapped, not the first.
fn typo(rng: &mut Rng, q: &str) -> String {
    let words: Vec<&str> = q.split(' ').collect();
    let long: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].len() >= 7 && words[i].is_ascii())
        .collect();
    if long.is_empty() {
        return q.to_string();
    }
    let w = long[rng.below(long.len())];
    let mut b = words[w].as_bytes().to_vec();
    let at = 1 + rng.below(b.len() - 3);
    b.swap(at, at + 1);
    let swapped = String::from_utf8(b).expect("ascii");
    let mut out: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    out[w] = swapped;
    out.join(" ")
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Questions per call of `assign_all`.
const BATCH: usize = 20_000;

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let sizes: Vec<usize> = (0..5).map(family_size).collect();
    // (question text, true question id)
    let mut questions: Vec<(String, (usize, usize))> = Vec::with_capacity(n);
    for _ in 0..n {
        let family = rng.below(5);
        // A power law: a few questions are asked very often, most rarely.
        let i = ((sizes[family] as f64) * rng.unit().powi(3)) as usize % sizes[family];
        let ws = wordings(family, i);
        let w = &ws[rng.below(ws.len())];
        questions.push((messy(&mut rng, w), (family, i)));
    }
    let truths = questions
        .iter()
        .map(|q| q.1)
        .collect::<std::collections::HashSet<_>>()
        .len();

    let t = Instant::now();
    let normalized: Vec<String> = questions
        .iter()
        .map(|(q, _)| clustering_text(&question_text(q)))
        .collect();
    let normalize_secs = t.elapsed().as_secs_f64();
    let distinct = normalized.iter().collect::<std::collections::HashSet<_>>().len();

    let t = Instant::now();
    let mut clusterer = Clusterer::default();
    // In batches, as the ingest's merge stage hands them over (a batch of pages holds a few
    // tens of thousands of questions).
    let ids: Vec<u32> = normalized
        .chunks(BATCH)
        .flat_map(|chunk| {
            let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
            clusterer.assign_all(&refs)
        })
        .collect();
    let cluster_secs = t.elapsed().as_secs_f64();

    if std::env::var_os("SHOW_MIXED").is_some() {
        let mut by: HashMap<u32, Vec<usize>> = HashMap::new();
        for (k, &c) in ids.iter().enumerate() {
            by.entry(c).or_default().push(k);
        }
        let mut mixed: Vec<(usize, u32)> = by
            .iter()
            .map(|(c, ks)| {
                (
                    ks.iter()
                        .map(|&k| questions[k].1)
                        .collect::<std::collections::HashSet<_>>()
                        .len(),
                    *c,
                )
            })
            .collect();
        mixed.sort_unstable_by(|a, b| b.cmp(a));
        for (n, c) in mixed.iter().take(4) {
            println!("cluster with {n} true questions:");
            let mut seen = std::collections::HashSet::new();
            for &k in by[c].iter().filter(|&&k| seen.insert(questions[k].1)).take(8) {
                println!("    {}", questions[k].0);
            }
        }
    }
    let (p, r) = b_cubed(&ids, &questions.iter().map(|q| q.1).collect::<Vec<_>>());
    println!("questions:            {n}");
    println!("true questions:       {truths}");
    println!("distinct wordings:    {distinct} (after normalization)");
    println!("clusters:             {}", clusterer.clusters());
    println!(
        "normalize:            {normalize_secs:.2} s ({:.0} questions/s)",
        n as f64 / normalize_secs
    );
    println!(
        "cluster:              {cluster_secs:.2} s ({:.0} questions/s)",
        n as f64 / cluster_secs
    );
    println!("B-cubed precision:    {p:.4}");
    println!("B-cubed recall:       {r:.4}");
    println!("peak RSS:             {:.0} MB", peak_rss_mb());
}

/// B-cubed precision and recall of a clustering against the truth: per question, the share
/// of its cluster that is its true question, and the share of its true question in its
/// cluster, averaged over questions.
fn b_cubed(clusters: &[u32], truth: &[(usize, usize)]) -> (f64, f64) {
    let mut both: HashMap<(u32, (usize, usize)), f64> = HashMap::new();
    let mut by_cluster: HashMap<u32, f64> = HashMap::new();
    let mut by_truth: HashMap<(usize, usize), f64> = HashMap::new();
    for (&c, &t) in clusters.iter().zip(truth) {
        *both.entry((c, t)).or_default() += 1.0;
        *by_cluster.entry(c).or_default() += 1.0;
        *by_truth.entry(t).or_default() += 1.0;
    }
    let n = clusters.len() as f64;
    let p = both.iter().map(|((c, _), k)| k * k / by_cluster[c]).sum::<f64>() / n;
    let r = both.iter().map(|((_, t), k)| k * k / by_truth[t]).sum::<f64>() / n;
    (p, r)
}
