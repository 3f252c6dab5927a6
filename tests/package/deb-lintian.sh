#!/bin/sh
# deb-lintian.sh DEB_DIR: Debian's package checker finds no error in the .deb.
# Its warnings are printed; the README lists the ones that stay, and why.
. "$(dirname "$0")/common.sh"
deb=$(the_deb "$1")
need lintian lintian
# --fail-on error: warnings and informational tags are shown, not fatal.
lintian --fail-on error --info --display-level ">=warning" --tag-display-limit 0 "$deb" \
    || fail "lintian reports errors in $deb"
echo "lintian: no errors in $deb"
