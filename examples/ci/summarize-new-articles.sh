#!/usr/bin/env bash
# Summarizes the articles that the commits BASE..HEAD add, and writes the
# briefing to OUTDIR: briefing.jsonl (one JSON object per article),
# briefing.html (one self-contained page) and briefing.md.
#
#   summarize-new-articles.sh BASE HEAD OUTDIR [ARTICLES_DIR]
#
# Run from the root of the repository that holds the articles. BASE may be
# empty or all zeros (the first push of a branch): then HEAD's own changes
# count. Only added files under ARTICLES_DIR (default: articles) with the
# extension .txt, .md, .html or .htm are summarized; modified, renamed or
# deleted ones are not. With no new article, OUTDIR is left empty and the
# exit status is 0. The exit status is abridge's otherwise: 1 if some article
# could not be summarized (the others still are).
#
# The GitHub Actions workflow beside this file runs exactly this script, and
# test-locally.sh runs it on a scratch repository.
set -euo pipefail

base=${1:-}
head=${2:?usage: summarize-new-articles.sh BASE HEAD OUTDIR [ARTICLES_DIR]}
outdir=${3:?usage: summarize-new-articles.sh BASE HEAD OUTDIR [ARTICLES_DIR]}
articles=${4:-articles}
abridge=${ABRIDGE:-abridge}

if [[ -z $base || $base =~ ^0+$ ]] || ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    # No usable base: compare with HEAD's first parent, or with the empty
    # tree for a root commit.
    base=$(git rev-parse --verify --quiet "$head^" || git hash-object -t tree /dev/null)
fi

mkdir -p "$outdir"
files=()
while IFS= read -r -d '' file; do
    case ${file,,} in
        *.txt | *.md | *.html | *.htm) files+=("$file") ;;
    esac
done < <(git diff --name-only --diff-filter=A --no-renames -z "$base" "$head" -- "$articles")

if ((${#files[@]} == 0)); then
    echo "no new article under $articles/ in ${base:0:12}..${head:0:12}"
    exit 0
fi
printf 'summarizing %d new article(s):\n' "${#files[@]}"
printf '  %s\n' "${files[@]}"

status=0
"$abridge" --quiet --format json "${files[@]}" > "$outdir/briefing.jsonl" || status=$?
"$abridge" --quiet --format html "${files[@]}" > "$outdir/briefing.html" 2>/dev/null || true
"$abridge" --quiet --format markdown "${files[@]}" > "$outdir/briefing.md" 2>/dev/null || true
exit $status
