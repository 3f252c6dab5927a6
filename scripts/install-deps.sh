#!/bin/sh
# Installs, from the distribution's own packages, whatever the build, the tests,
# `make run` and `make package` need and is missing. Uses sudo when not run as root.
set -eu

packages="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
qt6-charts-dev libqt6opengl6-dev
qt6-translations-l10n qt6-qpa-plugins libgl-dev
zlib1g-dev fonts-noto-cjk
python3 netcat-openbsd socat curl openssl nginx-light
clang libclang-rt-14-dev
xvfb libx11-6
dpkg-dev desktop-file-utils appstream lintian librsvg2-bin groff-base man-db"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "Installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# shellcheck disable=SC2086
$sudo apt-get install -y --no-install-recommends $missing
