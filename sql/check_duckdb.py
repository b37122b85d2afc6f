"""Runs sql/*.sql with DuckDB over an export and checks every value against reports/*.csv.

    python sql/check_duckdb.py EXPORT_DIR REPORTS_DIR

EXPORT_DIR is the output of `interview-pipeline export --format parquet` (partitioned or
not). Each table is a view over its Parquet files, with Hive partition columns restored
from the paths. Rows are matched on their keys; integers and text must be equal, floats
equal to 1e-9 (relative), nulls null. Prints one line per aggregate and exits 1 on any
difference, listing the first ones.
"""

import json
import os
import sys

import duckdb

from compare import AGGREGATES, TABLES, check, sql_text


DUCKDB_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "date": "DATE"}


def partition_types(export_dir, table):
    """`hive_types` for a partitioned table, from schema.json: readers would guess otherwise."""
    with open(os.path.join(export_dir, "schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    for t in schema["tables"]:
        if t["name"] == table and t.get("partition_by"):
            kind = next(c["type"] for c in t["columns"] if c["name"] == t["partition_by"])
            return f", hive_types = {{'{t['partition_by']}': {DUCKDB_TYPES[kind]}}}"
    return ""


def create_views(con, export_dir):
    for table in TABLES:
        folder = os.path.join(export_dir, table)
        single = os.path.join(export_dir, table + ".parquet")
        if os.path.isdir(folder):
            types = partition_types(export_dir, table)
            source = f"read_parquet('{folder}/*/*.parquet', hive_partitioning = true{types})"
        elif os.path.isfile(single):
            source = f"read_parquet('{single}')"
        else:
            sys.exit(f"{table}: neither {folder}/ nor {single} in the export")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    export_dir, reports_dir = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    create_views(con, export_dir)
    ok = True
    for name, keys in AGGREGATES.items():
        cur = con.execute(sql_text(name))
        columns = [d[0] for d in cur.description]
        ok &= check(name, keys, columns, cur.fetchall(), reports_dir)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
