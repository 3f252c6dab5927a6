#!/bin/sh
# deb-install.sh DEB_DIR VERSION: as root, installs the .deb with dpkg -i, runs
# the installed app, removes it with dpkg -r, and leaves the machine as it was.
# It never touches a socket-workbench that is already there (a package, or files
# from `make install` to /usr).
. "$(dirname "$0")/common.sh"
deb=$(the_deb "$1")
version=$2
need dpkg dpkg
need dpkg-query dpkg
[ "$(id -u)" -eq 0 ] || skip "not root: installing with dpkg -i needs root (CI runs as root)"

status=$(dpkg-query -W -f='${db:Status-Abbrev}' socket-workbench 2>/dev/null || true)
case "$status" in
    "" | "un "*) ;;
    *) skip "a socket-workbench package is on this machine already (dpkg status '$status'); left alone" ;;
esac
files=$(dpkg-deb -c "$deb" | awk '/^-/ { sub(/^\./, "", $6); print $6 }')
for f in $files; do
    [ ! -e "$f" ] || skip "$f exists already (a make install?); not overwriting it"
done

work=$(mktemp -d)
cleanup() {
    if dpkg-query -W socket-workbench >/dev/null 2>&1; then
        dpkg --purge socket-workbench >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
cat "$work/dpkg.log"
[ "$(dpkg-query -W -f='${Status} ${Version}' socket-workbench)" = "install ok installed $version" ] \
    || fail "dpkg does not list socket-workbench $version as installed"

# The installed app, from the PATH, in an empty folder with a home of its own.
mkdir "$work/home" "$work/cwd"
cd "$work/cwd"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export QT_QPA_PLATFORM=offscreen PATH="/usr/bin:$PATH"
[ "$(command -v socket-workbench)" = /usr/bin/socket-workbench ] || fail "socket-workbench is not on the PATH"
out=$(socket-workbench --version)
echo "$out"
case "$out" in
    "socket-workbench $version"*) ;;
    *) fail "the installed app says '$out'" ;;
esac
socket-workbench --list-lessons | grep -q "^tcp-basics	" || fail "the installed app lists no lessons"
timeout 120 socket-workbench --lang zh_CN --quit-after 1 || fail "the installed app did not start and quit"
# Minimal container images tell dpkg to leave out manual pages (path-exclude).
if grep -qs '^path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/*; then
    echo "dpkg leaves out /usr/share/man here (path-exclude): man -w not checked"
elif command -v man >/dev/null 2>&1; then
    [ "$(man -w socket-workbench)" = /usr/share/man/man1/socket-workbench.1.gz ] \
        || fail "man does not find the page: $(man -w socket-workbench 2>&1)"
    [ "$(man -L zh_CN -w socket-workbench)" = /usr/share/man/zh_CN/man1/socket-workbench.1.gz ] \
        || fail "man -L zh_CN does not find the Chinese page"
fi
cd /

dpkg -r socket-workbench >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -r failed"; }
cat "$work/dpkg.log"
# Nothing is left: no package record (not even config-files), no file.
status=$(dpkg-query -W -f='${db:Status-Abbrev}' socket-workbench 2>/dev/null || true)
case "$status" in
    "" | "un "*) ;;
    *) fail "after dpkg -r, dpkg still lists socket-workbench ($status)" ;;
esac
for f in $files; do
    [ ! -e "$f" ] || fail "$f is still there after dpkg -r"
done
echo "Installed, ran and removed socket-workbench $version"
