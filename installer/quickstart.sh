#!/usr/bin/env bash
# Karsa quick start. Installs what is missing (Debian 12 packages), builds (Release, Ninja), then
#   run   launches the desktop app on the default database (a demo city is created on first run)
#   test  runs the whole test suite, then builds and checks the Debian package (installer/check-package.sh)
# Extra arguments after `run` go to the app (e.g. a database file).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
case "$mode" in
    run|test) shift ;;
    *) echo "usage: $0 run [FILE] | test" >&2; exit 2 ;;
esac

"$here/installer/install-deps.sh"
build=${KARSA_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"

if [[ "$mode" == test ]]; then
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 600)
    # Then the Debian package: built, checked (lintian, desktop entry, AppStream, Windows recipe),
    # installed, run, upgraded and purged. KARSA_SKIP_PACKAGE_CHECK=1 leaves it out.
    if [[ "${KARSA_SKIP_PACKAGE_CHECK:-0}" != 1 ]]; then
        KARSA_BUILD_DIR="$build" bash "$here/installer/check-package.sh"
    fi
    exit 0
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<MSG
Karsa is built, but this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set),
so the desktop window cannot open. Use the command-line interface instead, for example:
  $build/bin/karsa-cli init && $build/bin/karsa-cli demo --employees 2000
  $build/bin/karsa-cli stats
  $build/bin/karsa-cli help
MSG
    exit 1
fi
exec "$build/bin/karsa" --demo "$@"
