#!/usr/bin/env bash
# Re-extract every translatable text from the sources into the .ts catalogues, keeping the
# translations already made; then fill in new entries with Qt Linguist or by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
for lang in zh_CN; do
    .venv/bin/pyside6-lupdate $(find jituan_desktop -name '*.py' | sort) \
        -ts "resources/i18n/jituan_${lang}.ts" -no-obsolete -locations none
done
