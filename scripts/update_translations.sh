#!/usr/bin/env bash
# Re-extract every translatable text from the sources into the .ts catalogues, keeping the
# translations already made; then fill in new entries (Qt Linguist, by hand, or
# scripts/fill_translations.py).
#
# Catalogues: resources/i18n/<area>_zh_CN.ts holds the texts of jituan_desktop/gui/<area>/,
# one per GUI page package (every folder of gui/ but widgets/), so people working on different
# pages never edit the same file; resources/i18n/jituan_zh_CN.ts holds everything else. `update_translations.sh AREA`
# updates one area's catalogue only; `core` is jituan_zh_CN.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=.venv/bin/pyside6-lupdate
areas=()
for dir in jituan_desktop/gui/*/; do
    name=$(basename "$dir")
    case "$name" in widgets|__pycache__) ;; *) areas+=("$name") ;; esac
done
update_area() {
    "$LUPDATE" $(find "jituan_desktop/gui/$1" -name '*.py' | sort) \
        -ts "resources/i18n/$1_zh_CN.ts" -no-obsolete -locations none
}
update_core() {
    local prune=()
    for a in "${areas[@]}"; do prune+=(-path "jituan_desktop/gui/$a" -prune -o); done
    "$LUPDATE" $(find jituan_desktop "${prune[@]}" -name '*.py' -print | sort) \
        -ts resources/i18n/jituan_zh_CN.ts -no-obsolete -locations none
}
case "${1:-all}" in
    all) update_core; for a in "${areas[@]}"; do update_area "$a"; done ;;
    core) update_core ;;
    *) [ -d "jituan_desktop/gui/$1" ] || { echo "no such area: jituan_desktop/gui/$1" >&2; exit 2; }
       update_area "$1" ;;
esac
