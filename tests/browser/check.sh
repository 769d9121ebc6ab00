#!/usr/bin/env bash
# Renders an HTML briefing in a real headless browser (Debian's chromium) and
# checks that it renders and that the highlights sit where the JSON spans say.
# Also takes two screenshots (phone and desktop width) for reviewers.
#
#   apt-get install -y chromium      # once
#   tests/browser/check.sh [OUTDIR]  # default OUTDIR: target/browser-check
#
# Not part of CI: it needs chromium and takes a few seconds.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/target/browser-check}
mkdir -p "$out"
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z $browser ]]; then
    echo "chromium not found: apt-get install -y chromium" >&2
    exit 2
fi

abridge=$("$root/scripts/abridge_bin.sh")

# The fixtures, plus an article made to trip up offsets: multi-byte
# characters before and inside the summary, CRLF line ends, and characters
# that HTML must escape.
tricky=$out/tricky.txt
printf '%s\r\n' \
    'Café prices & <menus> in Zürich — a survey.' \
    'The café owners in Zürich raised prices by 8% this year, said the survey of 120 cafés.' \
    'Rents for café premises rose faster than prices, the owners said, so margins shrank.' \
    'Tourists paid the most: a cappuccino near the lake costs "CHF 6.50" or more ☕.' \
    'The survey found that cafés away from the centre kept their prices <flat>.' \
    'Owners expect prices to rise again next year as rents and wages go up.' > "$tricky"
inputs=("$root/tests/fixtures/articles/harbour.txt" "$root/tests/fixtures/articles/orchard.txt" "$tricky")

"$abridge" --format json -n 3 "${inputs[@]}" > "$out/reports.jsonl"
"$abridge" --format html -n 3 "${inputs[@]}" > "$out/briefing.html"

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
    --no-first-run --hide-scrollbars)
run_browser() {
    local profile
    profile=$(mktemp -d)
    "$browser" "${flags[@]}" --user-data-dir="$profile" "$@" 2>"$out/chromium.log"
    rm -rf "$profile"
}

run_browser --dump-dom "file://$out/briefing.html" > "$out/dom.html"
if ! grep -q '<mark ' "$out/dom.html"; then
    echo "FAIL: the browser produced no DOM with highlights (see $out/chromium.log)" >&2
    exit 1
fi
python3 "$root/tests/browser/check_dom.py" "$out/dom.html" "$out/reports.jsonl" "${inputs[@]}"

run_browser --screenshot="$out/phone.png" --window-size=412,1400 "file://$out/briefing.html"
run_browser --screenshot="$out/desktop.png" --window-size=1280,1000 "file://$out/briefing.html"
for shot in phone desktop; do
    [[ -s $out/$shot.png ]] || { echo "FAIL: no $shot screenshot" >&2; exit 1; }
done
echo "screenshots: $out/phone.png $out/desktop.png"
