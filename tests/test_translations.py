"""The Simplified Chinese catalogue is complete, current and keeps every placeholder."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jituan_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def entries(path: Path):
    if path is None:
        for each in CATALOGUES:
            yield from entries(each)
        return
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def test_every_entry_is_translated():
    unfinished = [(c, s) for c, s, t in entries(None)
                  if t is None or t.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (t.text or "").strip()]
    assert not unfinished, f"untranslated zh_CN entries: {unfinished}"


def test_translations_keep_placeholders():
    broken = [(c, s, t.text) for c, s, t in entries(None)
              if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t.text or ""))]
    assert not broken, f"placeholders differ: {broken}"


def test_catalogue_covers_every_source_text(tmp_path):
    """Re-extract with lupdate: any text in the code but not in the catalogue fails."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing from the environment")
    sources = sorted(str(p) for p in (ROOT / "jituan_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-locations", "none"],
                   check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in entries(fresh)}
    in_catalogue = {(c, s) for c, s, _ in entries(None)}
    assert in_code, "lupdate found no source texts at all"
    missing = sorted(in_code - in_catalogue)
    assert not missing, f"run scripts/update_translations.sh and translate: {missing}"


def test_chinese_is_the_default_and_english_switches():
    source = "The lesson date cannot be later than today."
    i18n.set_language("zh_CN")
    assert i18n.translate("Validation", source) == "授课日期不能晚于今天。"
    i18n.set_language("en")
    try:
        assert i18n.translate("Validation", source) == source
    finally:
        i18n.set_language("zh_CN")
    assert i18n.DEFAULT_LANGUAGE == "zh_CN"
