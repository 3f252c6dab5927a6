#!/bin/sh
# desktop-entry.sh DESKTOP_FILE: the menu entry passes desktop-file-validate.
. "$(dirname "$0")/common.sh"
need desktop-file-validate desktop-file-utils
desktop-file-validate "$1" || fail "desktop-file-validate reports errors in $1"
echo "desktop-file-validate: $1 is valid"
