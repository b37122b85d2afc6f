#!/usr/bin/env python3
"""The same job written the way a data person would in Python, for the side-by-side benchmark.

A line parser for the text layout, pandas groupby for the four aggregates, pyarrow Parquet,
matplotlib charts. It handles the text pages the corpus generator writes (not HTML or exports),
so the benchmark runs both tools on a text-only corpus.

usage: python_baseline.py RAW_DIR OUT_DIR
"""
import math
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

LABELS = {
    "Candidate": "candidate",
    "Experience Level": "level",
    "Applied Via": "applied_via",
    "Difficulty": "difficulty",
    "Final Result": "outcome_raw",
}
OUTCOME = {"Selected": "offer", "Offer Accepted": "offer", "Rejected": "rejected", "Not Selected": "rejected",
           "Declined": "declined", "Pending": "pending", "Withdrew": "withdrew"}
TITLE = re.compile(r"^(?:Updated \d{1,2} \w{3} \d{4})?(.+?) Interview Experience$")
HEADING = re.compile(r"^(.+?) Interview Questions and Answers$")
MONEY = re.compile(r"(\d[\d,.]*)\s*([kKL])?")


def parse_salary(text):
    cur = "EUR" if "€" in text or "EUR" in text else "GBP" if "£" in text else "INR" if ("₹" in text or "LPA" in text) else "USD"
    per = 2080 if "hour" in text else 12 if "month" in text else 1
    nums = []
    for m in MONEY.finditer(text):
        v = float(m.group(1).replace(",", ""))
        mult = {"k": 1e3, "K": 1e3, "L": 1e5}.get(m.group(2) or "", 1)
        if mult == 1 and "LPA" in text:
            mult = 1e5
        nums.append(v * mult)
    if len(nums) < 2:
        return None
    return cur, nums[0] * per, nums[1] * per


def parse_file(path, rel, exps, questions, salaries):
    with open(path, encoding="utf-8-sig") as f:
        lines = [l.rstrip("\r\n").replace("\u00a0", " ").strip() for l in f]
    company = next((HEADING.match(l).group(1).title() for l in lines if HEADING.match(l)), None)
    cur, block, section = None, None, None
    for no, line in enumerate(lines, 1):
        m = TITLE.match(line)
        if m and no < len(lines) and lines[no].startswith("Candidate"):
            cur = {"company": company, "role": m.group(1).strip(), "source_file": rel, "source_line": no, "rounds": None, "questions": 0}
            exps.append(cur)
            block = None
            continue
        if line.startswith("| ") and section == "salary" and not line.startswith("| Role"):
            role, text = [c.strip() for c in line.strip("|").split("|")]
            s = parse_salary(text)
            if s:
                salaries.append({"company": company, "role": role, "currency": s[0], "annual_min": s[1], "annual_max": s[2]})
            continue
        if line == "Compensation and Salary Perspective":
            section = "salary"
        elif line == "Examples of Questions Candidates Report":
            section = "questions"
        elif line.startswith("Frequently Asked Questions"):
            section = None
        if cur is None:
            if section == "questions" and line.startswith("- "):
                questions.append({"company": company, "text": line[2:].strip("“”\""), "experience": None, "role": None, "file": rel})
            continue
        key, _, value = line.partition(":")
        if key in LABELS and _:
            cur[LABELS[key]] = value.strip() or None
        elif line in ("Interview Process", "Questions Asked", "Advice", "Full Experience"):
            block = line
        elif block == "Interview Process" and line.isdigit():
            cur["rounds"] = int(line)
        elif block == "Questions Asked" and line.startswith("- "):
            cur["questions"] += 1
            questions.append({"company": company, "text": line[2:], "experience": (rel, cur["source_line"]), "role": cur["role"], "file": rel})
        elif line.startswith("Frequently Asked Questions in"):
            cur = None


def wilson(k, n, z=1.959963984540054):
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def with_all(df, aggs):
    by_role = df.groupby(["company", "role"]).agg(**aggs).reset_index()
    all_rows = df.groupby("company").agg(**aggs).reset_index()
    all_rows.insert(1, "role", "(all)")
    return pd.concat([by_role, all_rows]).sort_values(["company", "role"])


def main(raw, out):
    exps, questions, salaries = [], [], []
    for root, _, files in os.walk(raw):
        for name in sorted(files):
            path = os.path.join(root, name)
            parse_file(path, os.path.relpath(path, raw), exps, questions, salaries)
    os.makedirs(out, exist_ok=True)
    e = pd.DataFrame(exps)
    e["outcome"] = e["outcome_raw"].map(OUTCOME)
    q = pd.DataFrame(questions)
    s = pd.DataFrame(salaries)
    for name, df in [("experiences", e), ("questions", q.drop(columns=["experience"])), ("salaries", s)]:
        df.to_csv(os.path.join(out, f"{name}.csv"), index=False)
        df.to_parquet(os.path.join(out, f"{name}.parquet"), engine="pyarrow", index=False)

    rounds = with_all(e, dict(experiences=("role", "size"), rounds_known=("rounds", "count"), rounds_mean=("rounds", "mean"),
                              rounds_median=("rounds", "median"), rounds_min=("rounds", "min"), rounds_max=("rounds", "max")))
    e["known"] = e["outcome"].isin(["offer", "declined", "rejected"])
    e["rej"] = e["outcome"] == "rejected"
    rates = with_all(e, dict(experiences=("role", "size"), outcomes_known=("known", "sum"), rejected=("rej", "sum")))
    rates["rejection_rate"] = rates["rejected"] / rates["outcomes_known"].where(rates["outcomes_known"] > 0)
    ci = [wilson(k, n) for k, n in zip(rates["rejected"], rates["outcomes_known"])]
    rates["ci95_low"], rates["ci95_high"] = [c[0] for c in ci], [c[1] for c in ci]
    spreads = s.groupby(["company", "role", "currency"]).agg(min=("annual_min", "min"), max=("annual_max", "max")).reset_index()
    spreads["midpoint"] = (spreads["min"] + spreads["max"]) / 2
    spreads["spread"] = spreads["max"] - spreads["min"]
    all_s = spreads.groupby(["company", "currency"]).agg(min=("min", "min"), max=("max", "max"), midpoint=("midpoint", "median")).reset_index()
    all_s["spread"] = all_s["max"] - all_s["min"]
    all_s["role"] = "(all)"
    spreads = pd.concat([spreads, all_s])
    spreads["period"] = "year"
    qf = q.groupby("text").agg(count=("text", "size"), experiences=("experience", "nunique"), companies=("company", "nunique"),
                               roles=("role", "nunique")).reset_index().rename(columns={"text": "question"})
    qf = qf.sort_values(["count", "question"], ascending=[False, True])
    for name, df in [("rounds_by_role", rounds), ("rejection_rates", rates), ("salary_spreads", spreads), ("question_frequency", qf)]:
        df.to_csv(os.path.join(out, f"{name}.csv"), index=False)
    charts = [("rounds_by_role", rounds[rounds.role != "(all)"].nlargest(30, "experiences"), "rounds_mean"),
              ("rejection_rates", rates.dropna(subset=["rejection_rate"]).nlargest(30, "outcomes_known"), "rejection_rate"),
              ("salary_spreads", spreads[spreads.role != "(all)"].nlargest(30, "max"), "max"),
              ("question_frequency", qf.head(20), "count")]
    for name, df, col in charts:
        fig, ax = plt.subplots(figsize=(12, 8))
        labels = (df["company"] + " · " + df["role"]) if "role" in df and "company" in df else df["question"].str[:58]
        ax.barh(labels, df[col])
        ax.set_title(name.replace("_", " "))
        ax.set_xlabel(col)
        fig.tight_layout()
        fig.savefig(os.path.join(out, f"{name}.png"))
        fig.savefig(os.path.join(out, f"{name}.svg"))
        plt.close(fig)
    print(f"python: {len(e)} experiences, {len(q)} questions, {len(s)} salaries")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
