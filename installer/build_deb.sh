#!/usr/bin/env bash
# Turns the one-folder build (dist/jituan-desktop, from `make dist`) into a Debian package:
#   /opt/jituan-desktop/                      the frozen app, as PyInstaller made it
#   /usr/bin/jituan-desktop                   a symbolic link to its executable
#   /usr/share/applications/jituan-desktop.desktop   menu entry (Name[zh_CN]=集团化办学助手)
#   /usr/share/icons/hicolor/256x256/apps/jituan-desktop.png
# Version from pyproject.toml (the one version source). Writes
# dist/jituan-desktop_<version>_<arch>.deb and prints its path. `make deb` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

NAME=jituan-desktop
APP=dist/$NAME
[ -x "$APP/$NAME" ] || { echo "no $APP/$NAME: run 'make dist' first" >&2; exit 1; }
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-"Jituan Desktop developers <jituan-desktop@users.noreply.github.com>"}

STAGE=build/deb/${NAME}_${VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/doc/$NAME"
cp -a "$APP" "$STAGE/opt/$NAME"
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -m 644 resources/icons/jituan.png "$STAGE/usr/share/icons/hicolor/256x256/apps/$NAME.png"

cat > "$STAGE/usr/share/applications/$NAME.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Version=1.0
Name=Jituan Desktop
Name[zh_CN]=集团化办学助手
GenericName=School alliance records
GenericName[zh_CN]=集团化办学记录与考核
Comment=Lesson observations, mentoring and joint activities of a school alliance
Comment[zh_CN]=联盟学校的听课记录、师徒结对与联盟活动
Exec=$NAME
TryExec=$NAME
Icon=$NAME
Terminal=false
Categories=Education;Office;
Keywords=听课;师徒结对;联盟;school;alliance;
StartupWMClass=$NAME
DESKTOP

cat > "$STAGE/usr/share/doc/$NAME/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $NAME

Files: *
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.
 The bundled WenQuanYi Micro Hei font: /opt/$NAME/_internal/resources/fonts/LICENSE-wqy-microhei.txt
COPYRIGHT

# What the bundle loads from the system (ldd over every library in it, docs/packaging.md):
# glibc 2.36 (Debian 12), GL/EGL through libglvnd, libxcb; fontconfig reads the system's font
# configuration; libxcb-cursor0 and libxkbcommon-x11-0 are the xcb libraries Qt ≥ 6.5 needs
# (bundled as well, listed so the desktop's own copies are used when present).
SIZE=$(du -sk --apparent-size "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Section: education
Priority: optional
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $SIZE
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libxcb-cursor0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3
Recommends: fonts-noto-cjk | fonts-wqy-microhei
Homepage: https://github.com/jituan-desktop/jituan-desktop
Description: 集团化办学助手 — records for Chinese school alliances
 Jituan Desktop lets a lead school and its member schools record lessons
 observed (听课记录), mentor pairings and sessions (师徒结对) and joint
 activities (联盟活动) on their own offline laptops, see who is behind on
 which quota, print the paper forms as PDF and exchange records by USB
 stick or network share. The data folder (~/.local/share/jituan-desktop)
 is never touched by removing or upgrading the package.
CONTROL

OUT=dist/${NAME}_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT" >/dev/null
echo "$OUT"
