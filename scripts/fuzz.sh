#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers and normalizers (cargo-fuzz, libFuzzer).
#
#   scripts/fuzz.sh               # every target for 600 s
#   scripts/fuzz.sh 60 text html  # 60 s, two targets
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Targets live in
# fuzz/fuzz_targets/: text, html, exports (CSV and JSON), fields (salary, dates, vocabularies,
# questions, companies, contact redaction). Each starts from the bundled raw/ pages. A crash,
# a hang over 10 s or more than 2 GB of memory stops the target and leaves the input in
# fuzz/artifacts/<target>/; add it as a regression test named after the case
# (tests/properties.rs runs the same entry points in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(text html exports fields)

seed() { # target
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  case "$1" in
    text) find raw -name '*.txt' -exec cp {} "$dir/" \; ;;
    html) find raw tests/data/html -name '*.html' -exec cp {} "$dir/" \; ;;
    exports) find raw \( -name '*.csv' -o -name '*.json' -o -name '*.jsonl' \) -exec cp {} "$dir/" \; ;;
    fields)
      printf '%s' '€45,000 - €60,000 per year' >"$dir/salary"
      printf '%s' '₹12 LPA' >"$dir/lpa"
      printf '%s' 'Updated 21 Feb 2026' >"$dir/date"
      printf '%s' 'call +44 20 7946 0958 or jane@acme.io' >"$dir/contacts"
      printf '%s' 'What’s the difference between REST and SOAP?' >"$dir/question" ;;
  esac
}

cargo +nightly fuzz build --sanitizer none
for t in "${TARGETS[@]}"; do
  seed "$t"
  echo "== fuzzing $t for ${SECONDS_EACH}s"
  cargo +nightly fuzz run --sanitizer none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1
done
