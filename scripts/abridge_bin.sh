#!/usr/bin/env bash
# Builds the debug `abridge` binary and prints its path as cargo reports it, so that callers
# work wherever the target folder is (CARGO_TARGET_DIR, a build.target-dir setting, or the
# default target/).
#
# Usage: scripts/abridge_bin.sh [CARGO_BUILD_ARGS...]   (for example --release)
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo prints one JSON object per artifact; the binary's carries its absolute path under
# "executable". Paths holding a double quote or a backslash would be escaped in the JSON and
# are not supported.
bin=$(cargo build --quiet --locked --bin abridge --message-format=json "$@" |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
if [[ -z $bin || ! -x $bin ]]; then
    echo "abridge_bin.sh: cargo reported no abridge executable" >&2
    exit 1
fi
printf '%s\n' "$bin"
