"""Reads an export with the tools users load it with and checks what they see.

    python sql/check_interop.py EXPORT_DIR [EXPORT_DIR ...]

Each EXPORT_DIR is the output of one `interview-pipeline export` (any format, partitioned or
not); its schema.json says the format, tables, columns, types and row counts. Checks:
- Parquet: pyarrow, Polars and DuckDB read every table with no warning, with the row count
  of schema.json; column types are the natural ones (int64, float64, date32, string or
  dictionary of strings); a partition column comes back from the path.
- CSV: UTF-8 without BOM, RFC 4180 (a header, the same number of fields on every row).
- JSON Lines: one JSON object per line, keys in column order.
Exits 1 listing the problems.
"""

import csv
import glob
import io
import json
import os
import sys
import warnings

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

warnings.simplefilter("error")  # a warning is a failure

ARROW_TYPES = {
    "int64": [pa.int64()],
    "float64": [pa.float64()],
    "date": [pa.date32()],
    "string": [pa.string(), pa.large_string(), pa.string_view()],
}


def files_of(export_dir, table):
    path = os.path.join(export_dir, table["path"])
    if table["path"].endswith("/"):
        return sorted(glob.glob(os.path.join(path, "*", "part-0.*"))), path
    return [path], path


def check_parquet(export_dir, table, problems):
    files, path = files_of(export_dir, table)
    partition = table.get("partition_by")
    columns = {c["name"]: c["type"] for c in table["columns"]}
    # pyarrow: types of the columns stored in the files
    rows = 0
    for f in files:
        t = pq.read_table(f)
        rows += t.num_rows
        for field in t.schema:
            want = ARROW_TYPES[columns[field.name]]
            got = field.type
            if pa.types.is_dictionary(got):
                got = got.value_type
            if got not in want:
                problems.append(f"{table['name']}: {field.name} is {field.type} in {f}, want {columns[field.name]}")
        stored = set(t.schema.names)
        expected = set(columns) - ({partition} if partition else set())
        if stored != expected:
            problems.append(f"{table['name']}: {f} holds {sorted(stored)}, want {sorted(expected)}")
    if rows != table["rows"]:
        problems.append(f"{table['name']}: pyarrow reads {rows} rows, schema.json says {table['rows']}")
    # Polars and DuckDB: the table as one, partition column restored
    if partition:
        df = pl.read_parquet(os.path.join(path, "*", "*.parquet"), hive_partitioning=True)
        src = f"read_parquet('{path}/*/*.parquet', hive_partitioning = true)"
    else:
        df = pl.read_parquet(path)
        src = f"read_parquet('{path}')"
    if df.height != table["rows"] or set(df.columns) != set(columns):
        problems.append(f"{table['name']}: Polars reads {df.height} rows and {sorted(df.columns)}")
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM {src}").fetchall()[0][0]
    cols = [d[0] for d in con.execute(f"SELECT * FROM {src} LIMIT 0").description]
    if n != table["rows"] or set(cols) != set(columns):
        problems.append(f"{table['name']}: DuckDB reads {n} rows and {sorted(cols)}")
    if partition and table["rows"]:
        nulls = con.execute(f"SELECT count(*) FROM {src} WHERE {partition} IS NULL").fetchall()[0][0]
        filled = con.execute(f"SELECT count(*) FROM {src} WHERE {partition} IS NOT NULL").fetchall()[0][0]
        if nulls + filled != n or filled == 0:
            problems.append(f"{table['name']}: partition column {partition} not restored ({filled} filled)")


def check_text(export_dir, table, fmt, problems):
    files, _ = files_of(export_dir, table)
    partition = table.get("partition_by")
    names = [c["name"] for c in table["columns"] if c["name"] != partition]
    rows = 0
    for f in files:
        with open(f, "rb") as fh:
            data = fh.read()
        if data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{f}: starts with a BOM")
        text = data.decode("utf-8")  # strict: raises on invalid UTF-8
        if fmt == "csv":
            records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            if not records or records[0] != names:
                problems.append(f"{f}: header {records[:1]}, want {names}")
            bad = [i for i, r in enumerate(records) if len(r) != len(names)]
            if bad:
                problems.append(f"{f}: records {bad[:5]} do not have {len(names)} fields")
            rows += len(records) - 1
        else:
            for i, line in enumerate(text.split("\n")[:-1]):
                obj = json.loads(line)
                if not isinstance(obj, dict) or list(obj) != names:
                    problems.append(f"{f}:{i + 1}: keys {list(obj)[:5]}..., want {names[:5]}...")
                    break
                rows += 1
            if text and not text.endswith("\n"):
                problems.append(f"{f}: last line has no line end")
    if rows != table["rows"]:
        problems.append(f"{table['name']}: {rows} rows read, schema.json says {table['rows']}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    problems = []
    for export_dir in sys.argv[1:]:
        with open(os.path.join(export_dir, "schema.json"), encoding="utf-8") as fh:
            schema = json.load(fh)
        for table in schema["tables"]:
            if schema["format"] == "parquet":
                check_parquet(export_dir, table, problems)
            else:
                check_text(export_dir, table, schema["format"], problems)
        print(f"{export_dir}: {schema['format']}, {len(schema['tables'])} tables, "
              f"{sum(t['rows'] for t in schema['tables'])} rows checked")
    for p in problems[:30]:
        print("   ", p)
    print("interop: ok" if not problems else f"interop: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
