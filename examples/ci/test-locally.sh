#!/usr/bin/env bash
# Runs the commands of the CI example (summarize-new-articles.sh, as the
# workflow calls it) on a scratch git repository and checks the briefing:
#   1. a first push that adds two articles (one of them a saved web page);
#   2. a push that adds one more and edits an old one: only the new one is
#      summarized;
#   3. a push that adds no article: nothing is written, exit status 0;
#   4. a first push of a branch (the base is all zeros).
#
#   examples/ci/test-locally.sh
#
# ABRIDGE=path uses a given binary; by default the debug build of this
# checkout is built and used (the workflow installs a release build).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
script=$root/examples/ci/summarize-new-articles.sh
if [[ -z ${ABRIDGE:-} ]]; then
    ABRIDGE=$("$root/scripts/abridge_bin.sh")
    export ABRIDGE
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
mkdir -p "$repo/articles/2024" "$repo/notes"

git() { command git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
lines() { [[ -f $1 ]] && grep -c . "$1" || echo 0; }
run() { (cd "$repo" && bash "$script" "$@"); }

git init -q -b main
cp "$root/tests/fixtures/articles/harbour.txt" "$repo/articles/harbour.txt"
cp "$root/tests/fixtures/html/gazette-bridge.html" "$repo/articles/2024/bridge.html"
echo "not an article" > "$repo/notes/todo.txt"
git add -A && git commit -q -m "first articles"
first=$(git rev-parse HEAD)

# 1. The first push: no base, both articles, not the note.
run "" "$first" "$work/out1" > "$work/log1"
[[ $(lines "$work/out1/briefing.jsonl") == 2 ]] || fail "push 1: expected 2 summaries"
grep -q '"source":"articles/2024/bridge.html"' "$work/out1/briefing.jsonl" || fail "push 1: no page"
grep -q '"title":"Harbour bridge reopens after two years of repairs"' "$work/out1/briefing.jsonl" \
    || fail "push 1: the page's title is missing"
[[ $(grep -c '<article ' "$work/out1/briefing.html") == 2 ]] || fail "push 1: html"
grep -q '^## ' "$work/out1/briefing.md" || fail "push 1: markdown"
echo "ok: push 1 summarized $(lines "$work/out1/briefing.jsonl") new articles"

# 2. A new article and an edited old one.
cp "$root/tests/fixtures/articles/orchard.txt" "$repo/articles/orchard.txt"
echo "An added line." >> "$repo/articles/harbour.txt"
git add -A && git commit -q -m "orchard"
second=$(git rev-parse HEAD)
run "$first" "$second" "$work/out2" > "$work/log2"
[[ $(lines "$work/out2/briefing.jsonl") == 1 ]] || fail "push 2: expected 1 summary"
grep -q '"source":"articles/orchard.txt"' "$work/out2/briefing.jsonl" || fail "push 2: source"
echo "ok: push 2 summarized only the added article"

# 3. Nothing new under articles/.
echo "more" >> "$repo/notes/todo.txt"
git add -A && git commit -q -m "notes"
third=$(git rev-parse HEAD)
run "$second" "$third" "$work/out3" > "$work/log3"
[[ -z $(ls -A "$work/out3") ]] || fail "push 3: files written"
echo "ok: push 3 added no article and wrote nothing"

# 4. The first push of a branch: GitHub sends an all-zero base.
git checkout -q -b feature
cp "$root/tests/fixtures/html/blog-orchard.htm" "$repo/articles/2024/frost.htm"
git add -A && git commit -q -m "frost page"
run 0000000000000000000000000000000000000000 "$(git rev-parse HEAD)" "$work/out4" > "$work/log4"
[[ $(lines "$work/out4/briefing.jsonl") == 1 ]] || fail "push 4: expected 1 summary"
echo "ok: push 4 (new branch) summarized the commit's own article"
