#!/usr/bin/env bash
# Builds a demo city (if the database does not exist) and saves a screenshot of every page at a window size.
#   tests/tools/take-screenshots.sh [DB_FILE] [OUT_DIR] [WIDTHxHEIGHT, default 1366x768] [id|en]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${KARSA_BUILD_DIR:-$here/build}
db=${1:-/tmp/karsa-screens.db}
size=${3:-1366x768}
out=${2:-$here/docs/screenshots/$size}
if [[ ! -s "$db" ]]; then
    "$build/bin/karsa-cli" --db "$db" init >/dev/null && "$build/bin/karsa-cli" --db "$db" demo --employees 2000 --quiet
fi
QT_QPA_PLATFORM=offscreen "$build/bin/karsa_screenshots" "$db" "$out" "$size" "${4:-id}"
