#!/usr/bin/env python3
"""Compares a run's aggregates with the corpus generator's truth.

usage: check_expected.py EXPECTED_DIR REPORTS_DIR
Prints one line per aggregate and exits 1 on any difference.
"""
import csv
import sys

KEYS = {
    "rounds_by_role": ("company", "role"),
    "rejection_rates": ("company", "role"),
    "salary_spreads": ("company", "role", "currency"),
    "question_frequency": ("question",),
}


def load(path, key):
    with open(path, newline="", encoding="utf-8") as f:
        return {tuple(r[k] for k in key): r for r in csv.DictReader(f)}


def same(got, want):
    if got == want:
        return True
    try:
        a, b = float(got), float(want)
    except ValueError:
        return (got in ("", "nan", "NaN")) and (want in ("", "nan", "NaN"))
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


failed = False
for name, key in KEYS.items():
    want = load(f"{sys.argv[1]}/{name}.csv", key)
    got = load(f"{sys.argv[2]}/{name}.csv", key)
    bad = [k for k, row in want.items() if k not in got or any(not same(got[k].get(c, ""), v) for c, v in row.items())]
    extra = len(set(got) - set(want))
    print(f"{name}: {len(want)} expected rows, {len(got)} produced, {len(bad)} differ, {extra} extra")
    failed |= bool(bad) or extra > 0
sys.exit(1 if failed else 0)
