#!/usr/bin/env bash
# Renders reports/report.html in headless Chromium (Debian's `chromium`) and saves a PNG to
# look at, plus the page's console output: any line with CONSOLE is a script error or message.
#   scripts/report-screenshot.sh [REPORT_HTML] [OUT_PNG] [HEIGHT]
set -euo pipefail
page="$(realpath "${1:-reports/report.html}")"
out="$(realpath -m "${2:-reports/report-screenshot.png}")"
height="${3:-4000}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile")
chromium "${flags[@]}" --window-size="1280,$height" --screenshot="$out" "file://$page" 2>/dev/null
dom="$(chromium "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom "file://$page" 2>"$profile/stderr")"
grep -o 'data-charts-rendered="[^"]*"' <<<"$dom" || { echo "page script did not run" >&2; exit 1; }
grep -o 'data-errors="[^"]*"' <<<"$dom"
if grep ':CONSOLE' "$profile/stderr"; then echo "console messages above" >&2; exit 1; fi
echo "screenshot: $out"
