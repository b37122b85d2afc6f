#!/usr/bin/env bash
# Whole-run benchmark: generate corpora, run interview-pipeline on them, check the results
# against the generator's truth, and run the same job in Python/pandas side by side.
#
#   scripts/bench.sh                 # 20,000 pages
#   PAGES=2000 scripts/bench.sh      # a quick run
#   BIG=1 scripts/bench.sh           # also the 1 GB corpus (76,000 text pages), both tools
#
# Needs python3 with venv (the venv and its packages are installed under target/pyvenv).
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${PAGES:-20000}
OUT=${OUT:-target/bench}
BIN=target/release/interview-pipeline
VENV=target/pyvenv
export INTERVIEW_PIPELINE_KEY=${INTERVIEW_PIPELINE_KEY:-$(printf '01%.0s' {1..32})}

cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pandas pyarrow matplotlib
fi
PY="$VENV/bin/python"

gen() { # name pages html-percent
  if [ ! -d "$OUT/$1/raw" ]; then
    target/release/examples/gen_corpus --pages "$2" --html-percent "$3" --out "$OUT/$1"
  fi
}
gen text "$PAGES" 0
gen html "$((PAGES / 4))" 100
gen mixed "$PAGES" 25

run_pipeline() { # name
  rm -rf "$OUT/$1/processed" "$OUT/$1/reports"
  echo "== interview-pipeline run on $1 ($(du -sm "$OUT/$1/raw" | cut -f1) MB)"
  "$PY" scripts/measure.py "$BIN" run --raw "$OUT/$1/raw" --processed "$OUT/$1/processed" --reports "$OUT/$1/reports"
  "$PY" scripts/check_expected.py "$OUT/$1/expected" "$OUT/$1/reports"
  echo "== unchanged re-run on $1"
  "$PY" scripts/measure.py "$BIN" ingest --raw "$OUT/$1/raw" --processed "$OUT/$1/processed"
}
run_pipeline text
run_pipeline html
run_pipeline mixed

echo "== Python/pandas on text"
rm -rf "$OUT/text/python"
"$PY" scripts/measure.py "$PY" scripts/python_baseline.py "$OUT/text/raw" "$OUT/text/python"
"$PY" scripts/check_expected.py "$OUT/text/expected" "$OUT/text/python" || echo "(the Python baseline differs from the truth where noted)"

if [ "${BIG:-0}" = 1 ]; then
  gen big 76000 0
  run_pipeline big
  echo "== Python/pandas on big"
  rm -rf "$OUT/big/python"
  "$PY" scripts/measure.py "$PY" scripts/python_baseline.py "$OUT/big/raw" "$OUT/big/python"
  "$PY" scripts/check_expected.py "$OUT/big/expected" "$OUT/big/python" || echo "(the Python baseline differs from the truth where noted)"
fi
