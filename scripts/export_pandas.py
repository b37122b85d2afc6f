"""The `export` job in pandas, for the side-by-side benchmark in docs/benchmarks.md:
experiences, questions and salaries of processed/ filtered on the experience's outcome and
written as Parquet partitioned by company (pyarrow), like

    interview-pipeline export --processed P --to OUT --tables experiences,questions,salaries \\
        --outcome rejected,offer --partition-by company

    python scripts/export_pandas.py PROCESSED OUT
"""

import os
import sys

import pandas as pd

processed, out = sys.argv[1], sys.argv[2]
experiences = pd.read_parquet(os.path.join(processed, "experiences.parquet"))
keep = experiences[experiences["outcome"].isin(["rejected", "offer"])]
ids = set(keep["experience_id"])
for name in ["experiences", "questions", "salaries"]:
    df = keep if name == "experiences" else pd.read_parquet(os.path.join(processed, name + ".parquet"))
    if name != "experiences":
        df = df[df["experience_id"].isin(ids)]
    df.to_parquet(os.path.join(out, name), partition_cols=["company"], index=False)
print({"experiences": len(keep)})
