"""Runs sql/*.sql with DuckDB over an export and checks every value against reports/*.csv.

    python sql/check_duckdb.py EXPORT_DIR REPORTS_DIR

EXPORT_DIR is the output of `interview-pipeline export --format parquet` (partitioned or
not). Each table is a view over its Parquet files, with Hive partition columns restored
from the paths. Rows are matched on their keys; integers and text must be equal, floats
equal to 1e-9 (relative), nulls null. Prints one line per aggregate and exits 1 on any
difference, listing the first ones.
"""

import csv
import math
import os
import sys

import duckdb

SQL_DIR = os.path.dirname(os.path.abspath(__file__))

# aggregate -> its key columns
AGGREGATES = {
    "rounds_by_role": ["company", "role"],
    "rejection_rates": ["company", "role"],
    "salary_spreads": ["company", "role", "currency"],
    "question_frequency": ["cluster_id"],
}
TABLES = ["experiences", "questions", "salaries"]
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def create_views(con, export_dir):
    for table in TABLES:
        folder = os.path.join(export_dir, table)
        single = os.path.join(export_dir, table + ".parquet")
        if os.path.isdir(folder):
            source = f"read_parquet('{folder}/*/*.parquet', hive_partitioning = true)"
        elif os.path.isfile(single):
            source = f"read_parquet('{single}')"
        else:
            sys.exit(f"{table}: neither {folder}/ nor {single} in the export")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source}")


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


def check(con, name, keys, reports_dir):
    with open(os.path.join(SQL_DIR, name + ".sql"), encoding="utf-8") as f:
        sql = f.read()
    cur = con.execute(sql)
    columns = [d[0] for d in cur.description]
    got_rows = [dict(zip(columns, (csv_cell(v) for v in row))) for row in cur.fetchall()]
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


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    export_dir, reports_dir = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    create_views(con, export_dir)
    ok = all([check(con, name, keys, reports_dir) for name, keys in AGGREGATES.items()])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
