#!/bin/sh
# manpages.sh APP PAGE...: each manual page renders without a single groff or
# man warning, and documents every option that APP --help lists.
. "$(dirname "$0")/common.sh"
app=$1
shift
need groff groff-base
need man man-db
export LC_ALL=C.UTF-8 MANWIDTH=80
options=$(QT_QPA_PLATFORM=offscreen "$app" --help | grep -o -E '(^| )--?[a-z][a-z-]*' | sed 's/^ //' | sort -u)
[ -n "$options" ] || fail "$app --help lists no options"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for page in "$@"; do
    groff -k -ww -z -man -Tutf8 "$page" 2>"$work/groff.err" || fail "groff fails on $page"
    [ ! -s "$work/groff.err" ] || { cat "$work/groff.err"; fail "groff warns about $page"; }
    man --warnings -l "$page" >"$work/page.txt" 2>"$work/man.err" || fail "man -l fails on $page"
    [ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man warns about $page"; }
    for option in $options; do
        grep -q -F -e "$option" "$work/page.txt" || fail "$page does not document $option"
    done
    echo "$page: renders cleanly and documents $(echo "$options" | tr "\n" " ")"
done
