#!/bin/sh
# deb-contents.sh DEB_DIR VERSION SOURCE_DIR BUILD_DIR: the .deb holds the whole
# installed tree, its control fields are right, and a copy unpacked anywhere
# runs: resources, lessons and translations are inside the executable, and it
# reads nothing from the source or build folder.
. "$(dirname "$0")/common.sh"
deb=$(the_deb "$1")
version=$2
source_dir=$3
build_dir=$4
need dpkg-deb dpkg

listing=$(dpkg-deb -c "$deb")
echo "$listing"
for path in \
    usr/bin/socket-workbench \
    usr/share/applications/socket-workbench.desktop \
    usr/share/icons/hicolor/scalable/apps/socket-workbench.svg \
    usr/share/icons/hicolor/48x48/apps/socket-workbench.png \
    usr/share/icons/hicolor/128x128/apps/socket-workbench.png \
    usr/share/icons/hicolor/256x256/apps/socket-workbench.png \
    usr/share/metainfo/io.github.socketworkbench.SocketWorkbench.metainfo.xml \
    usr/share/man/man1/socket-workbench.1.gz \
    usr/share/man/zh_CN/man1/socket-workbench.1.gz \
    usr/share/doc/socket-workbench/copyright \
    usr/share/doc/socket-workbench/changelog.gz; do
    echo "$listing" | grep -q " \./$path\$" || fail "$path is not in the package"
done
echo "$listing" | grep -q '^-rwxr-xr-x root/root .* \./usr/bin/socket-workbench$' \
    || fail "the executable is not 0755 root:root"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = socket-workbench ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), not $version"
# dpkg-shlibdeps found the linked libraries; the SVG plugin is named by hand.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6; do
    field Depends | grep -q "$dep" || fail "Depends lacks $dep: $(field Depends)"
done
field Recommends | grep -q fonts-noto-cjk || fail "Recommends lacks fonts-noto-cjk"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/tree"
app=$root/tree/usr/bin/socket-workbench

# Each PNG is as large as the folder it is in says (width and height at bytes 16-23).
for size in 48 128 256; do
    png=$root/tree/usr/share/icons/hicolor/${size}x${size}/apps/socket-workbench.png
    # shellcheck disable=SC2046
    set -- $(od -An -tu1 -j16 -N8 "$png")
    width=$(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 ))
    height=$(( ($5 << 24) + ($6 << 16) + ($7 << 8) + $8 ))
    [ "$width x $height" = "$size x $size" ] || fail "$png is $width x $height, not $size x $size"
done
grep -q "<release version=\"$version\"" \
    "$root/tree/usr/share/metainfo/io.github.socketworkbench.SocketWorkbench.metainfo.xml" \
    || fail "the metainfo has no release $version"

# No absolute path of this checkout in the executable: nothing it could read from there.
for dir in "$source_dir" "$build_dir"; do
    if grep -q -a -F "$dir" "$app"; then
        fail "the packaged executable names $dir"
    fi
done

# Run the unpacked copy from an empty folder, with a home of its own.
mkdir "$root/home" "$root/cwd"
cd "$root/cwd"
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_DATA_HOME="$root/home/.local/share"
export QT_QPA_PLATFORM=offscreen
out=$("$app" --version)
echo "$out"
case "$out" in
    "socket-workbench $version"*) ;;
    *) fail "--version says '$out', not socket-workbench $version" ;;
esac
lessons=$("$app" --lang en --list-lessons)
echo "$lessons"
[ "$lessons" = "$("$build_dir/app/socket-workbench" --lang en --list-lessons)" ] \
    || fail "the unpacked copy lists other lessons than the build"
echo "$lessons" | grep -q "^tcp-basics	" || fail "--list-lessons has no tcp-basics"
zh=$("$app" --lang zh_CN --list-lessons)
[ "$zh" != "$lessons" ] || fail "--lang zh_CN --list-lessons shows the English titles"
# The window opens (Chinese, the translations and the start page come from
# inside the executable) and the app quits by itself.
timeout 120 "$app" --lang zh_CN --quit-after 1 || fail "the unpacked copy did not start and quit (exit $?)"
echo "The unpacked copy runs from $root/tree"
