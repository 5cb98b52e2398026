"""Fill unfinished entries of a .ts catalogue from a JSON file of {source: translation}.

    .venv/bin/python scripts/fill_translations.py resources/i18n/observations_zh_CN.ts zh.json

A key may also be "Context|source" to translate one context's entry only. Prints the
entries still unfinished afterwards and exits 1 while any remain.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(catalogue: Path, translations: dict[str, str]) -> list[tuple[str, str]]:
    tree = ET.parse(catalogue)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") is None and (translation.text or "").strip()
            text = translations.get(f"{name}|{source}", translations.get(source))
            if text and not done:
                translation.text = text
                translation.attrib.pop("type", None)
            elif not done:
                missing.append((name, source))
    with catalogue.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def main(argv: list[str]) -> int:
    catalogue, source = Path(argv[1]), Path(argv[2])
    missing = fill(catalogue, json.loads(source.read_text(encoding="utf-8")))
    for name, text in missing:
        print(f"unfinished: {name} | {text}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
