#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only when one is missing.
# Qt needs the EGL/GL, xkbcommon and fontconfig libraries even offscreen; the CJK font
# keeps Chinese text from rendering as boxes; poppler-utils checks generated PDFs;
# LibreOffice Calc (headless) opens exported spreadsheets in the tests, as a user's office would;
# faketime (libfaketime) runs the suite again with the machine's clock moved (make test).
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
          fonts-wqy-microhei poppler-utils libreoffice-calc-nogui faketime)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]} — install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
