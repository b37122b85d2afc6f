"""Runs sql/*.sql in Spark local mode over an export and checks every value against
reports/*.csv (the same comparison as sql/check_duckdb.py). Run by hand, not in CI: Spark
needs Java 17 and a 300 MB download.

    python3 -m venv /tmp/sparkenv && /tmp/sparkenv/bin/pip install pyspark
    /tmp/sparkenv/bin/python scripts/spark_sql.py EXPORT_DIR REPORTS_DIR

EXPORT_DIR is a Parquet export (`interview-pipeline export --to DIR --partition-by company`);
Spark reads each Hive-partitioned folder as one table with the partition column restored.
One function is spelled differently in Spark, as each .sql file notes: the ordered
`STRING_AGG(x, sep ORDER BY ...)` of DuckDB and PostgreSQL is
`listagg(x, sep) WITHIN GROUP (ORDER BY ...)` (SQL:2016, Spark 4, Trino).
"""

import os
import re
import sys

from pyspark.sql import SparkSession

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sql"))
from compare import AGGREGATES, TABLES, check, sql_text  # noqa: E402

STRING_AGG = re.compile(r"STRING_AGG\((\w+), ('[^']*') ORDER BY ([^)]*)\)")


def spark_dialect(sql):
    return STRING_AGG.sub(r"listagg(\1, \2) WITHIN GROUP (ORDER BY \3)", sql)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    export_dir, reports_dir = sys.argv[1], sys.argv[2]
    spark = SparkSession.builder.master("local[2]").appName("interview-pipeline-sql").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    print("Spark", spark.version)
    for table in TABLES:
        folder = os.path.join(export_dir, table)
        path = folder if os.path.isdir(folder) else folder + ".parquet"
        spark.read.parquet(path).createOrReplaceTempView(table)
    ok = True
    for name, keys in AGGREGATES.items():
        df = spark.sql(spark_dialect(sql_text(name)))
        rows = [tuple(r) for r in df.collect()]
        ok &= check(name, keys, df.columns, rows, reports_dir)
    spark.stop()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
