# Shared by the package tests (POSIX sh). ctest reads exit code 77 as "skipped"
# (SKIP_RETURN_CODE): a missing tool skips with the package that provides it;
# scripts/install-deps.sh installs them all, so CI runs every check.
set -eu

skip() {
    echo "SKIP: $*" >&2
    exit 77
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# need TOOL DEBIAN-PACKAGE
need() {
    command -v "$1" >/dev/null 2>&1 || skip "$1 not found (Debian package $2; scripts/install-deps.sh installs it)"
}

# The one .deb the package_deb test built into DIR.
the_deb() {
    set -- "$1"/*.deb
    # package_deb skipped (a tool is missing): so are the tests of its .deb.
    [ -f "$1" ] || skip "no .deb in $(dirname "$1"): package_deb was skipped or has not run"
    [ $# -eq 1 ] || fail "more than one .deb: $*"
    echo "$1"
}
