#!/usr/bin/env bash
# Installs the Debian 12 packages Karsa needs to build, test and run, when they are missing.
# Idempotent: a second run installs nothing and exits 0. Needs root (or sudo) only when
# something is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libqt6opengl6-dev libgl-dev
    libxkbcommon-dev
    catch2 libsqlite3-dev libxlsxwriter-dev libcsv-dev libsodium-dev zlib1g-dev
    fonts-dejavu-core
)
if [[ "${KARSA_DEV_TOOLS:-0}" == 1 ]]; then
    # Tools for looking at what was built: screenshots, PDF pages, reading XLSX back.
    packages+=(xvfb poppler-utils python3-openpyxl sqlite3)
fi
if [[ "${KARSA_PACKAGE_TOOLS:-0}" == 1 ]]; then
    # Tools of installer/check-package.sh: build and check the .deb, compile the Windows recipe's
    # resources (MinGW windres) and WiX source (wixl, msiinfo).
    packages+=(dpkg-dev lintian desktop-file-utils appstream wixl msitools binutils-mingw-w64-x86-64)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages already installed."
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
        echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
