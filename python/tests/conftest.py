"""Shared fixtures: the command-line binary and the evaluation data.

ABRIDGE_BIN names the `abridge` binary to compare with (default: the
workspace's target/debug/abridge); ABRIDGE_DATA the folder of the public
sets (default: ../shared/data beside the checkout). Neither is optional: a
test that needs one fails, rather than skips, when it is missing, so that a
run that passes has compared.
"""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli() -> Path:
    path = Path(os.environ.get("ABRIDGE_BIN", ROOT / "target" / "debug" / "abridge"))
    if not path.is_file():
        pytest.fail(f"{path}: no abridge binary (build it with `cargo build`, or set ABRIDGE_BIN)")
    return path


@pytest.fixture(scope="session")
def bbc() -> list:
    """Every 8th record of BBC News dev: 139 articles of five topics."""
    data = Path(os.environ.get("ABRIDGE_DATA", ROOT.parent / "shared" / "data"))
    path = data / "bbc_news_summary_dev.jsonl"
    if not path.is_file():
        pytest.fail(f"{path}: the BBC dev set is missing (set ABRIDGE_DATA)")
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return records[::8]
