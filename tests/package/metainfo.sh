#!/bin/sh
# metainfo.sh METAINFO VERSION: the AppStream file passes appstreamcli validate
# (no network: screenshot URLs are not fetched) and names this release.
. "$(dirname "$0")/common.sh"
need appstreamcli appstream
appstreamcli validate --no-net "$1" || fail "appstreamcli validate fails on $1"
grep -q "<release version=\"$2\"" "$1" || fail "$1 has no <release version=\"$2\">"
echo "appstreamcli: $1 is valid, release $2"
