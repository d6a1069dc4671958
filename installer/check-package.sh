#!/usr/bin/env bash
# Builds the Debian package of Karsa and checks it the way an office PC gets it; run by CI after the
# test suite (installer/quickstart.sh test). Needs a configured and built tree (KARSA_BUILD_DIR,
# default build/). Steps:
#   1. cpack -G DEB -> build/karsa_<version>_amd64.deb, its control fields and contents listed
#   2. lintian: no error and no warning; desktop-file-validate and appstreamcli validate --no-net
#   3. Depends names the SQLite driver of Qt and the report fonts
#   4. Windows recipe: the .rc files compile (MinGW windres) and the WiX source compiles with wixl
#      around the Linux payload (each skipped with a message when its tool is missing)
#   5. as root: apt install --no-install-recommends, karsa-cli init / demo / check on a fresh HOME,
#      the window started offscreen for a few seconds, an upgrade that keeps the user's files, and a
#      purge that leaves no file of the package behind (without root: skipped with a message)
# Exit status 0 when every check passed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KARSA_BUILD_DIR:-$here/build}
step() { echo; echo "== check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

KARSA_PACKAGE_TOOLS=1 "$here/installer/install-deps.sh"

as_root=()
can_root=1
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root=(sudo -n); else can_root=0; fi
fi

work=$(mktemp -d /tmp/karsa-check-package.XXXXXX)
installed_by_us=0
cleanup() {
    local rc=$?
    if [[ $installed_by_us == 1 ]]; then
        echo "check-package: purging karsa after an interrupted check" >&2
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq karsa >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
step "1. building the Debian package (cpack -G DEB)"
cmake --build "$build" --target karsa karsa-cli karsa_package_docs
rm -f "$build"/karsa_*.deb
(cd "$build" && cpack -G DEB)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/karsa_${version}_amd64.deb"
[[ -f "$deb" ]] || fail "cpack made no $deb"
dpkg-deb --info "$deb"
echo "Contents of $(basename "$deb"):"
dpkg-deb --contents "$deb"

# ---------------------------------------------------------------------------------------------
step "2. lintian, desktop-file-validate, appstreamcli validate"
lintian_out=$(lintian --display-info --pedantic "$deb" 2>&1 | grep -v 'running with root privileges' || true)
echo "${lintian_out:-lintian: no tags}"
errors=$(grep -c '^E: ' <<<"$lintian_out" || true)
warnings=$(grep -c '^W: ' <<<"$lintian_out" || true)
echo "lintian: $errors error(s), $warnings warning(s)"
[[ $errors == 0 && $warnings == 0 ]] || fail "lintian reports $errors error(s) and $warnings warning(s)"

tree="$work/tree"
dpkg-deb --extract "$deb" "$tree"
app_id=id.go.surabaya.bkpsdm.Karsa
desktop-file-validate "$tree/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: $app_id.desktop is valid"
appstreamcli validate --no-net "$tree/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
for f in usr/bin/karsa usr/bin/karsa-cli; do
    sections=$(readelf --section-headers "$tree/$f")
    grep -q '\.symtab' <<<"$sections" && fail "$f is not stripped (it has .symtab)"
done
gzip -t "$tree/usr/share/doc/karsa/changelog.gz" "$tree"/usr/share/man/man1/karsa*.1.gz
echo "binaries stripped; changelog and manual pages are gzip files"

# ---------------------------------------------------------------------------------------------
step "3. Depends"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
grep -Eq '(^|, )libqt6sql6-sqlite( |,|$)' <<<"$depends" || fail "Depends does not name libqt6sql6-sqlite"
grep -Eq '(^|, )fonts-dejavu-core( |,|$)' <<<"$depends" || fail "Depends does not name fonts-dejavu-core"

# ---------------------------------------------------------------------------------------------
step "4. Windows recipe (what can be checked on Debian)"
if command -v x86_64-w64-mingw32-windres >/dev/null; then
    for rc in karsa karsa-cli; do
        x86_64-w64-mingw32-windres --preprocessor=cpp --preprocessor-arg=-E --preprocessor-arg=-xc \
            --preprocessor-arg=-DRC_INVOKED "$build/installer/windows/$rc.rc" -O res -o "$work/$rc.res" \
            || fail "windres: $rc.rc does not compile"
        decompiled=$(x86_64-w64-mingw32-windres -J res -O rc "$work/$rc.res")
        grep -q "VALUE \"ProductVersion\", \"$version\"" <<<"$decompiled" || fail "$rc.rc: no ProductVersion $version"
        grep -q "ICON" <<<"$decompiled" || fail "$rc.rc: no icon"
    done
    echo "windres: karsa.rc and karsa-cli.rc compile (icon, version $version)"
else
    echo "windres (binutils-mingw-w64-x86-64) is not installed: the .rc files were not compiled"
fi
if command -v wixl >/dev/null; then
    # The Linux payload stands in for the Windows one: the programs under their .exe names, the report
    # fonts in bin/fonts and the licence, laid out as WindowsPackaging.cmake installs them.
    wix="$work/wix"
    mkdir -p "$wix/payload/bin/fonts"
    cmake --install "$build" --component runtime --prefix "$wix/stage" --strip >/dev/null
    cp "$wix/stage/bin/karsa" "$wix/payload/bin/karsa.exe"
    cp "$wix/stage/bin/karsa-cli" "$wix/payload/bin/karsa-cli.exe"
    cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
        "$wix/payload/bin/fonts/"
    cp "$here/LICENSE" "$wix/payload/LICENSE.txt"
    cp "$here/installer/windows/karsa-standin.wxs" "$here/resources/icons/karsa.ico" "$wix/"
    guid=$(sed -n 's/^set(KARSA_WIX_UPGRADE_GUID "\(.*\)")$/\1/p' "$here/installer/windows/KarsaWindowsIds.cmake")
    [[ -n "$guid" ]] || fail "no KARSA_WIX_UPGRADE_GUID in KarsaWindowsIds.cmake"
    (
        cd "$wix"
        (cd payload && find . -type f | sed 's|^\./||' | sort) |
            wixl-heat -p "" --component-group KarsaPayload --var var.SourceDir --directory-ref INSTALL_ROOT --win64 \
                >payload.wxs
        wixl -a x64 -D Version="$version" -D UpgradeCode="$guid" -D SourceDir=payload -D Win64=yes \
            -D IconFile=karsa.ico -o karsa.msi karsa-standin.wxs payload.wxs 2>&1 |
            grep -v "has no property named" || true
    )
    [[ -s "$wix/karsa.msi" ]] || fail "wixl did not compile installer/windows/karsa-standin.wxs"
    echo "wixl: karsa-standin.wxs compiled to an MSI of $(stat -c %s "$wix/karsa.msi") bytes"
    if command -v msiinfo >/dev/null; then
        props=$(msiinfo export "$wix/karsa.msi" Property)
        grep -q "^UpgradeCode	{$guid}" <<<"$props" || fail "MSI: UpgradeCode is not {$guid}"
        grep -q "^ProductVersion	$version" <<<"$props" || fail "MSI: ProductVersion is not $version"
        # (Whole outputs first: grep -q closing a pipe early would fail the pipeline under pipefail.)
        upgrades=$(msiinfo export "$wix/karsa.msi" Upgrade)
        shortcuts=$(msiinfo export "$wix/karsa.msi" Shortcut)
        grep -q WIX_UPGRADE_DETECTED <<<"$upgrades" || fail "MSI: no major upgrade"
        grep -q 'bin\\karsa.exe' <<<"$shortcuts" || fail "MSI: no shortcut to karsa.exe"
        echo "MSI files:"
        msiinfo export "$wix/karsa.msi" File | tail -n +4 | cut -f3,4
        echo "msiinfo: UpgradeCode {$guid}, ProductVersion $version, major upgrade, Start menu shortcut"
    fi
else
    echo "wixl is not installed: the WiX source of the Windows recipe was not compiled (apt install wixl)"
fi

# ---------------------------------------------------------------------------------------------
step "5. install, run, upgrade and purge"
if [[ $can_root == 0 ]]; then
    echo "not root and no sudo: the install/run/purge test is skipped"
    exit 0
fi
if [[ $(dpkg-query -W -f='${Status}' karsa 2>/dev/null || true) == "install ok installed" ]]; then
    fail "karsa is already installed on this machine; purge it first (apt purge karsa) so this check can"
fi
snapshot() { find /usr /etc /opt -xdev 2>/dev/null | LC_ALL=C sort; }
snapshot >"$work/before.txt"

apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
installed_by_us=1
"${apt_get[@]}" install --no-install-recommends "$deb"
dpkg-query -W -f='${Status} ${Version}\n' karsa
command -v karsa karsa-cli

# A fresh user: everything Karsa writes goes under this HOME (the user's data folder).
home="$work/home"
mkdir -p "$home"
run_user() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"; }
db="$home/.local/share/Karsa/Karsa/karsa.db"
run_user /usr/bin/karsa-cli --version
run_user /usr/bin/karsa-cli init
run_user /usr/bin/karsa-cli demo --employees 200
run_user /usr/bin/karsa-cli check
[[ -s "$db" ]] || fail "karsa-cli init made no database at $db"

# The window on that database, offscreen, for a few seconds: it must still be running and hold the
# database's presence lock (storage/FilePresence), i.e. it opened the file and reached its main loop.
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/karsa \
    >"$work/karsa-window.log" 2>&1 &
window=$!
sleep 5
kill -0 "$window" 2>/dev/null || { cat "$work/karsa-window.log"; fail "the window exited within 5 seconds"; }
lock_inode=$(stat -c %i "$db-karsa-lock" 2>/dev/null || echo none)
grep -Eq "POSIX +ADVISORY +WRITE +$window [0-9a-f]+:[0-9a-f]+:$lock_inode " /proc/locks \
    || { cat "$work/karsa-window.log"; fail "the window (PID $window) does not hold $db-karsa-lock"; }
kill "$window"
wait "$window" 2>/dev/null || true
echo "karsa: the window ran offscreen for 5 s on $db (log: $(wc -l <"$work/karsa-window.log") line(s))"
sed 's/^/  karsa: /' "$work/karsa-window.log" | head -20

# Upgrade to a newer version of the same package: the user's databases and settings stay byte for byte.
(cd "$home" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/home-before.txt"
grep -q 'Karsa/Karsa.conf' "$work/home-before.txt" || fail "the window wrote no settings (~/.config/Karsa/Karsa.conf)"
upgrade="$work/upgrade"
dpkg-deb --raw-extract "$deb" "$upgrade"
sed -i "s/^Version: .*/Version: ${version}+upgradecheck1/" "$upgrade/DEBIAN/control"
dpkg-deb --root-owner-group --build "$upgrade" "$work/karsa_${version}+upgradecheck1_amd64.deb" >/dev/null
"${apt_get[@]}" install --no-install-recommends "$work/karsa_${version}+upgradecheck1_amd64.deb"
[[ $(dpkg-query -W -f='${Version}' karsa) == "${version}+upgradecheck1" ]] || fail "the upgrade was not installed"
(cd "$home" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/home-after.txt"
diff "$work/home-before.txt" "$work/home-after.txt" || fail "the upgrade changed the user's files"
run_user /usr/bin/karsa-cli check >/dev/null || fail "karsa-cli check after the upgrade"
echo "upgrade ${version} -> ${version}+upgradecheck1: $(wc -l <"$work/home-after.txt") user file(s) unchanged, check passes"

# Purge: no file of the package, and no other new file outside the user's data folder.
dpkg-query -L karsa | LC_ALL=C sort >"$work/package-files.txt"
"${apt_get[@]}" purge karsa
installed_by_us=0
[[ $(dpkg-query -W -f='${Status}' karsa 2>/dev/null || true) == *" installed" ]] && fail "karsa is still installed"
left=0
while read -r path; do
    [[ -f "$path" || -L "$path" ]] && { echo "left behind: $path" >&2; left=1; }
done <"$work/package-files.txt"
ls /var/lib/dpkg/info/karsa.* 2>/dev/null && { echo "left behind: dpkg's records of karsa" >&2; left=1; }
snapshot >"$work/after.txt"
while read -r path; do
    case "$path" in
        # Caches that other packages' triggers rebuild for every installed application.
        */icon-theme.cache | */mimeinfo.cache | /usr/share/applications/bamf-2.index) continue ;;
    esac
    dpkg-query -S "$path" >/dev/null 2>&1 && continue # installed meanwhile by another package
    echo "left behind: $path" >&2
    left=1
done < <(LC_ALL=C comm -13 "$work/before.txt" "$work/after.txt")
[[ $left == 0 ]] || fail "files were left behind after apt purge karsa"
[[ -s "$db" ]] || fail "the purge removed the user's database"
echo "purge: none of the $(wc -l <"$work/package-files.txt") paths of the package is left; the user's data stays in $home"

step "all package checks passed: $(basename "$deb")"
