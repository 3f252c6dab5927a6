#!/bin/sh
# deb-build.sh BUILD_DIR OUT_DIR: builds the .deb from the already built tree, as
# `make package` does, into a folder of the test's own (the fixture of the
# other package tests).
. "$(dirname "$0")/common.sh"
build=$1
out=$2
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev

rm -rf "$out"
mkdir -p "$out"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    fail "cpack could not build the .deb (is the tree built? cmake --build $build)"
fi
rm -rf "$out/_CPack_Packages"
deb=$(the_deb "$out")
echo "Built $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb"
