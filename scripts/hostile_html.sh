#!/usr/bin/env bash
# Whole-process timings of abridge on web pages shaped to break HTML extractors (issue 11, item
# 1): deep nesting of inline and block elements, tables and lists, long runs of character
# references, a tag with 200,000 attributes. Each page must be summarized, whatever its shape,
# in under a second (pages up to 2 MB; the 4 MB page is there to show the cost stays linear).
# The crate tests check what these pages give (crates/abridge/tests/html.rs,
# crates/abridge-cli/tests/regression.rs); this script only times them.
#
# Usage: scripts/hostile_html.sh [BIN]   (BIN defaults to target/release/abridge)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/release/abridge}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

repeat() { # TEXT COUNT: TEXT written COUNT times
    awk -v t="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'
}
text='<p>The flood barrier will close during storm surges this winter, the council said.</p>'
page() { # NAME, then the body on standard input
    { printf '<html><body>'; cat; printf '%s</body></html>' "$text"; } >"$work/$1.html"
}

repeat '<em>' 30000 | page em-30000
repeat '<em>' 150000 | page em-150000
repeat '<div>' 100000 | page div-100000
{ repeat '<div>' 8000; printf '%s' "$text"; repeat '</div>' 8000; } | page div-8000-closed
repeat '<table><tr><td>' 130000 | page table-130000
repeat '<ul><li>' 250000 | page list-250000
{ printf '<p>'; repeat '&amp;' 400000; } | page amp-400000
{ printf '<p>'; repeat '&amp;' 800000; } | page amp-800000
{ printf '<p>'; repeat '& ' 800000; } | page bare-amp-800000
{ printf '<p'; awk 'BEGIN { for (i = 0; i < 200000; i++) printf " a%d=x", i }'; printf '>x</p>'; } \
    | page attributes-200000
repeat '<p><b><i>x' 200000 | page pbi-200000

printf '%-20s %10s %9s %8s\n' page bytes seconds status
for f in "$work"/*.html; do
    name=$(basename "$f" .html)
    /usr/bin/time -f '%e %x' -o "$work/time" "$BIN" -f json "$f" >/dev/null 2>&1 || true
    read -r seconds status <"$work/time"
    printf '%-20s %10d %9s %8s\n' "$name" "$(stat -c %s "$f")" "$seconds" "$status"
done
