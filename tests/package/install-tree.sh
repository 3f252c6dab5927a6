#!/bin/sh
# install-tree.sh CMAKE BUILD_DIR DEB_DIR: `make install` (cmake --install) puts
# the same files under its prefix as the .deb puts under /usr.
. "$(dirname "$0")/common.sh"
cmake=$1
build=$2
deb=$(the_deb "$3")
need dpkg-deb dpkg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install failed"; }
(cd "$work/prefix" && find . -type f | sed 's|^\./||' | sort) >"$work/installed"
dpkg-deb -c "$deb" | awk '/^-/ { print $6 }' | sed 's|^\./usr/||' | sort >"$work/packaged"
if ! diff -u "$work/packaged" "$work/installed"; then
    fail "make install and the .deb install different files (- .deb, + make install)"
fi
echo "make install and the .deb hold the same $(wc -l <"$work/installed") files:"
cat "$work/installed"
