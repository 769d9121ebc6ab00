#!/usr/bin/env bash
# Prepares the Japanese dictionary sources that `cargo build --features japanese` compiles in:
# mecab-ipadic 2.7.0 in MeCab's source format (lex.csv, matrix.def, char.def, unk.def), taken
# from the copy inside janome's source distribution on PyPI, so that no download outside
# crates.io and PyPI is needed.
#
# Usage: scripts/ipadic.sh [OUT_DIR]      (default: target/ipadic, where build.rs looks)
#        ABRIDGE_IPADIC_DIR=OUT_DIR cargo build --features japanese   (for another folder)
#
# Needs Python 3 with pip. Takes about a minute; does nothing when OUT_DIR is already complete.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/ipadic}
VERSION=0.5.1
SHA256=9d58e6236f0f64adf13a5e8997c3b13d78103e951cd3594345a9ad9970569753
PYTHON=${PYTHON:-python3}

if [ -s "$OUT/lex.csv" ] && [ -s "$OUT/matrix.def" ] && [ -s "$OUT/char.def" ] && [ -s "$OUT/unk.def" ]; then
    echo "$OUT: already prepared"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m pip download --quiet --no-deps --no-binary :all: "janome==$VERSION" -d "$work"
sdist="$work/janome-$VERSION.tar.gz"
echo "$SHA256  $sdist" | sha256sum --check --quiet
"$PYTHON" scripts/ipadic_from_janome.py "$sdist" "$work/ipadic"
mkdir -p "$(dirname "$OUT")"
rm -rf "$OUT"
mv "$work/ipadic" "$OUT"
