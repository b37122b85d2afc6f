"""Compares the result of one sql/*.sql query with reports/NAME.csv, value for value.

Shared by check_duckdb.py (CI) and scripts/spark_sql.py (Spark local mode, run by hand):
rows are matched on their keys; integers and text must be equal, floats equal to 1e-9
(relative), nulls null.
"""

import csv
import math
import os

# aggregate -> its key columns
AGGREGATES = {
    "rounds_by_role": ["company", "role"],
    "rejection_rates": ["company", "role"],
    "salary_spreads": ["company", "role", "currency"],
    "question_frequency": ["cluster_id"],
}
TABLES = ["experiences", "questions", "salaries"]
SQL_DIR = os.path.dirname(os.path.abspath(__file__))
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A SQL value as reports/*.csv writes it (text cells that look like formulas get a ')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def same(expected, got):
    """expected: the CSV text; got: the SQL value as csv_cell gives it."""
    if isinstance(got, str):
        return expected == got
    if isinstance(got, int):
        try:
            return float(expected) == got
        except ValueError:
            return False
    if isinstance(got, float):
        try:
            e = float(expected)
        except ValueError:
            return False
        return math.isclose(e, got, rel_tol=1e-9, abs_tol=1e-12)
    return str(got) == expected


def sql_text(name):
    with open(os.path.join(SQL_DIR, name + ".sql"), encoding="utf-8") as f:
        return f.read()


def check(name, keys, columns, rows, reports_dir):
    """columns: the result's column names; rows: its rows as tuples."""
    got_rows = [dict(zip(columns, (csv_cell(v) for v in row))) for row in rows]
    with open(os.path.join(reports_dir, name + ".csv"), encoding="utf-8", newline="") as f:
        want_rows = list(csv.DictReader(f))
    problems = []
    if len(got_rows) != len(want_rows):
        problems.append(f"{len(got_rows)} rows from SQL, {len(want_rows)} in the CSV")
    key = lambda r: tuple(str(r[k]) for k in keys)  # noqa: E731
    want = {key(r): r for r in want_rows}
    compared = 0
    for row in got_rows:
        expected = want.get(key(row))
        if expected is None:
            problems.append(f"row {key(row)} only in SQL")
            continue
        for column in expected:
            if column not in row:
                problems.append(f"column {column} missing from the SQL result")
                continue
            compared += 1
            if not same(expected[column], row[column]):
                problems.append(f"{key(row)} {column}: CSV {expected[column]!r}, SQL {row[column]!r}")
    status = "equal" if not problems else f"{len(problems)} difference(s)"
    print(f"{name}: {len(got_rows)} rows, {compared} values compared: {status}")
    for p in problems[:20]:
        print("   ", p)
    return not problems


