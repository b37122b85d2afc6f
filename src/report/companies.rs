//! report.html's per-company sections: for each company, its headline numbers, a table of
//! its roles (experiences, rounds, rejection rate raw and shrunk) and the questions each role
//! is asked most, with every wording heard. Built from the aggregates, so the page and
//! reports/*.csv cannot disagree.

use super::html::{escape, table};
use crate::analytics::{f64_values, i64_values, str_values, Aggregates, ALL_ROLES};
use crate::report::charts::{fmt_money, fmt_rate};
use anyhow::Result;
use polars::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Companies given a section, largest first; the CSV files have them all.
pub const MAX_COMPANIES: usize = 40;
/// Roles whose top questions are listed per company, most experiences first.
pub const MAX_ROLES: usize = 12;
/// Questions listed per role.
pub const QUESTIONS_PER_ROLE: usize = 5;

/// The companies in section order: most experiences first, then the most questions, then name.
pub fn company_order(a: &Aggregates) -> Result<Vec<String>> {
    let mut size: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let rr = &a.rejection_rates;
    let (c, r, n) = (
        str_values(rr, "company")?,
        str_values(rr, "role")?,
        i64_values(rr, "experiences")?,
    );
    for i in 0..rr.height() {
        if let (Some(c), Some(ALL_ROLES)) = (&c[i], r[i].as_deref()) {
            size.entry(c.clone()).or_default().0 = n[i].unwrap_or(0);
        }
    }
    let tq = &a.top_questions;
    let (c, r, n) = (
        str_values(tq, "company")?,
        str_values(tq, "role")?,
        i64_values(tq, "count")?,
    );
    for i in 0..tq.height() {
        if let (Some(c), Some(ALL_ROLES)) = (&c[i], r[i].as_deref()) {
            size.entry(c.clone()).or_default().1 += n[i].unwrap_or(0);
        }
    }
    let mut order: Vec<(String, (i64, i64))> = size.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(order.into_iter().map(|(c, _)| c).collect())
}

/// Writes the Companies section: an index and one collapsible section per company.
pub fn render(h: &mut String, a: &Aggregates) -> Result<()> {
    let order = company_order(a)?;
    let shown = order.len().min(MAX_COMPANIES);
    writeln!(h, "<section id=\"companies\"><h2>Companies</h2>")?;
    writeln!(
        h,
        "<p class=\"note\">{} of {} companies, most experiences first. Rates from fewer than 5 known outcomes are marked *; the shrunk rate pulls them toward the company's own rate (see Rejection rates). Top questions count wordings of one question together and quote the wordings heard at that company.</p>",
        shown,
        order.len()
    )?;
    let roles = RoleRows::new(a)?;
    let questions = Questions::new(&a.top_questions)?;
    let salaries = company_salaries(&a.salary_spreads)?;
    for (i, company) in order.iter().take(shown).enumerate() {
        let open = if i == 0 { " open" } else { "" };
        writeln!(
            h,
            "<details class=\"company\" id=\"company-{i}\"{open}><summary>{}</summary>",
            escape(company)
        )?;
        headline(h, company, &roles, salaries.get(company.as_str()))?;
        role_table(h, company, &roles)?;
        top_questions(h, company, &roles, &questions)?;
        h.push_str("</details>\n");
    }
    h.push_str("</section>\n");
    Ok(())
}

/// One company's role rows of rounds_by_role and rejection_rates, joined on (company, role).
struct RoleRow {
    experiences: i64,
    rounds_median: Option<f64>,
    known: i64,
    rejected: i64,
    rate: Option<f64>,
    ci: Option<(f64, f64)>,
    shrunk: Option<f64>,
}

struct RoleRows {
    /// Company → roles in byte order, `(all)` first.
    rows: HashMap<String, Vec<(String, RoleRow)>>,
}

impl RoleRows {
    fn new(a: &Aggregates) -> Result<RoleRows> {
        let rb = &a.rounds_by_role;
        let (c, r, med) = (
            str_values(rb, "company")?,
            str_values(rb, "role")?,
            f64_values(rb, "rounds_median")?,
        );
        let medians: HashMap<(String, String), Option<f64>> = (0..rb.height())
            .filter_map(|i| Some(((c[i].clone()?, r[i].clone()?), med[i])))
            .collect();
        let rr = &a.rejection_rates;
        let (c, r) = (str_values(rr, "company")?, str_values(rr, "role")?);
        let (n, known, rejected) = (
            i64_values(rr, "experiences")?,
            i64_values(rr, "outcomes_known")?,
            i64_values(rr, "rejected")?,
        );
        let (rate, lo, hi, shrunk) = (
            f64_values(rr, "rejection_rate")?,
            f64_values(rr, "ci95_low")?,
            f64_values(rr, "ci95_high")?,
            f64_values(rr, "rejection_rate_shrunk")?,
        );
        let mut rows: HashMap<String, Vec<(String, RoleRow)>> = HashMap::new();
        for i in 0..rr.height() {
            let (Some(company), Some(role)) = (&c[i], &r[i]) else {
                continue;
            };
            let key = (company.clone(), role.clone());
            rows.entry(company.clone()).or_default().push((
                role.clone(),
                RoleRow {
                    experiences: n[i].unwrap_or(0),
                    rounds_median: medians.get(&key).copied().flatten(),
                    known: known[i].unwrap_or(0),
                    rejected: rejected[i].unwrap_or(0),
                    rate: rate[i],
                    ci: lo[i].zip(hi[i]),
                    shrunk: shrunk[i],
                },
            ));
        }
        Ok(RoleRows { rows })
    }

    fn of(&self, company: &str) -> &[(String, RoleRow)] {
        self.rows.get(company).map_or(&[], Vec::as_slice)
    }

    /// The company's roles (not `(all)`), most experiences first, then by name.
    fn largest(&self, company: &str) -> Vec<&str> {
        let mut roles: Vec<(&str, i64)> = self
            .of(company)
            .iter()
            .filter(|(r, _)| r != ALL_ROLES)
            .map(|(r, row)| (r.as_str(), row.experiences))
            .collect();
        roles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        roles.into_iter().map(|(r, _)| r).collect()
    }
}

fn headline(h: &mut String, company: &str, roles: &RoleRows, salary: Option<&Vec<String>>) -> Result<()> {
    let rows = roles.of(company);
    let all = rows.iter().find(|(r, _)| r == ALL_ROLES).map(|(_, row)| row);
    let mut parts = Vec::new();
    if let Some(all) = all {
        parts.push(format!(
            "{} experience{} in {} role{}",
            all.experiences,
            if all.experiences == 1 { "" } else { "s" },
            rows.len() - 1,
            if rows.len() == 2 { "" } else { "s" }
        ));
        parts.push(match (all.rate, all.ci) {
            (Some(p), Some((l, hi))) => format!(
                "rejection rate {} ({} of {} known outcomes, 95% CI {}–{}){}",
                fmt_rate(p),
                all.rejected,
                all.known,
                fmt_rate(l),
                fmt_rate(hi),
                small_mark(all.known)
            ),
            _ => "no known outcomes, so no rejection rate".into(),
        });
        if let Some(m) = all.rounds_median {
            parts.push(format!("median {m} rounds"));
        }
    } else {
        parts.push("no interview experiences; questions listed on its pages only".into());
    }
    if let Some(s) = salary {
        parts.push(format!("salaries {}", s.join(", ")));
    }
    writeln!(h, "<p class=\"lead-dark\">{}</p>", escape(&parts.join(" · ")))?;
    Ok(())
}

fn small_mark(known: i64) -> &'static str {
    if known > 0 && known < crate::analytics::stats::SMALL_SAMPLE {
        " *"
    } else {
        ""
    }
}

fn role_table(h: &mut String, company: &str, roles: &RoleRows) -> Result<()> {
    let rows = roles.of(company);
    if rows.len() <= 1 {
        return Ok(());
    }
    let mut cols: [Vec<Option<String>>; 6] = Default::default();
    let mut nums: [Vec<Option<i64>>; 2] = Default::default();
    for (role, row) in rows {
        cols[0].push(Some(role.clone()));
        nums[0].push(Some(row.experiences));
        cols[1].push(row.rounds_median.map(|m| m.to_string()));
        nums[1].push(Some(row.known));
        cols[2].push(row.rate.map(|p| format!("{}{}", fmt_rate(p), small_mark(row.known))));
        cols[3].push(row.ci.map(|(l, hi)| format!("{}–{}", fmt_rate(l), fmt_rate(hi))));
        cols[4].push(row.shrunk.map(fmt_rate));
        cols[5].push(Some(format!("{}/{}", row.rejected, row.known)));
    }
    let [role, rounds, rate, ci, shrunk, ratio] = cols;
    let [n, known] = nums;
    let df = df! {
        "role" => role,
        "experiences" => n,
        "rounds_median" => rounds,
        "outcomes_known" => known,
        "rejected" => ratio,
        "rejection_rate" => rate,
        "ci95" => ci,
        "rejection_rate_shrunk" => shrunk,
    }?;
    table(h, &df, "reports/rejection_rates.csv and reports/rounds_by_role.csv")
}

/// One row of top_questions: question, count, experiences, other wordings.
type TopQuestion = (String, i64, i64, Option<String>);

/// One company's rows of top_questions, by role.
struct Questions {
    /// (company, role) → its questions in rank order.
    by_group: HashMap<(String, String), Vec<TopQuestion>>,
}

impl Questions {
    fn new(tq: &DataFrame) -> Result<Questions> {
        let (c, r, q) = (
            str_values(tq, "company")?,
            str_values(tq, "role")?,
            str_values(tq, "question")?,
        );
        let (n, e, o) = (
            i64_values(tq, "count")?,
            i64_values(tq, "experiences")?,
            str_values(tq, "other_wordings")?,
        );
        let mut by_group: HashMap<(String, String), Vec<_>> = HashMap::new();
        for i in 0..tq.height() {
            let (Some(c), Some(r), Some(q)) = (&c[i], &r[i], &q[i]) else {
                continue;
            };
            by_group.entry((c.clone(), r.clone())).or_default().push((
                q.clone(),
                n[i].unwrap_or(0),
                e[i].unwrap_or(0),
                o[i].clone(),
            ));
        }
        Ok(Questions { by_group })
    }

    fn of(&self, company: &str, role: &str) -> &[TopQuestion] {
        self.by_group
            .get(&(company.to_string(), role.to_string()))
            .map_or(&[], Vec::as_slice)
    }
}

fn top_questions(h: &mut String, company: &str, roles: &RoleRows, questions: &Questions) -> Result<()> {
    let mut groups: Vec<&str> = vec![ALL_ROLES];
    let largest = roles.largest(company);
    groups.extend(largest.iter().take(MAX_ROLES));
    let listed: Vec<(&str, &[TopQuestion])> = groups
        .into_iter()
        .map(|r| (r, questions.of(company, r)))
        .filter(|(_, qs)| !qs.is_empty())
        .collect();
    if listed.is_empty() {
        return Ok(());
    }
    h.push_str("<h3>Top questions per role</h3>\n<div class=\"roles\">\n");
    for (role, qs) in listed {
        let title = if role == ALL_ROLES { "All roles" } else { role };
        writeln!(h, "<div class=\"role\"><h4>{}</h4><ol>", escape(title))?;
        for (q, count, experiences, others) in qs.iter().take(QUESTIONS_PER_ROLE) {
            write!(
                h,
                "<li><span class=\"q\">{}</span> <span class=\"count\">×{count}{}</span>",
                escape(q),
                if *experiences > 0 && *experiences != *count {
                    format!(
                        " in {experiences} experience{}",
                        if *experiences == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                }
            )?;
            if let Some(others) = others {
                h.push_str("<ul class=\"wordings\">");
                for w in others.split(" | ") {
                    write!(h, "<li>{}</li>", escape(w))?;
                }
                h.push_str("</ul>");
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ol></div>\n");
    }
    if largest.len() > MAX_ROLES {
        writeln!(
            h,
            "<p class=\"note\">{MAX_ROLES} of {} roles; all in reports/top_questions.csv.</p>",
            largest.len()
        )?;
    }
    h.push_str("</div>\n");
    Ok(())
}

/// Company → its salary range per currency, from the `(all)` rows (`EUR 40k–95k`).
fn company_salaries(sp: &DataFrame) -> Result<HashMap<String, Vec<String>>> {
    let (c, r, cur) = (
        str_values(sp, "company")?,
        str_values(sp, "role")?,
        str_values(sp, "currency")?,
    );
    let (min, max) = (f64_values(sp, "min")?, f64_values(sp, "max")?);
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for i in 0..sp.height() {
        let (Some(c), Some(ALL_ROLES), Some(cur)) = (&c[i], r[i].as_deref(), &cur[i]) else {
            continue;
        };
        let range = match (min[i], max[i]) {
            (Some(a), Some(b)) if a != b => format!("{cur} {}–{}", fmt_money(a), fmt_money(b)),
            (Some(a), _) | (None, Some(a)) => format!("{cur} {}", fmt_money(a)),
            (None, None) => continue,
        };
        out.entry(c.clone()).or_default().push(range);
    }
    Ok(out)
}
