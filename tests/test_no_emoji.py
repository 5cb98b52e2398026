"""No emoji in anything a user reads: the UI font (WenQuanYi Micro Hei, bundled for machines
without a Chinese font) has no emoji, and Windows 7/10 school laptops draw many of them as
empty boxes. Plain words or Qt's standard icons say the same thing everywhere."""

import io
import re
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Pictographs and emoji (U+1F000 on), miscellaneous symbols and dingbats (U+2600–27BF),
# arrows and stars of U+2B00–2BFF (⭐ ⬆), and the variation selector that asks for emoji.
EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
# What people type in a roster's yes/no column (✓, ✗): read, never shown.
READ_NOT_SHOWN = {Path("jituan_desktop/reports/roster_rows.py")}


def string_literals(path: Path):
    source = path.read_text(encoding="utf-8")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE",
                                                                   -1):
            yield token.start[0], token.string


def test_no_emoji_in_the_catalogues():
    found = []
    for path in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            for text in (message.findtext("source"), message.findtext("translation")):
                if text and EMOJI.search(text):
                    found.append((path.name, text))
    assert not found, found


def test_no_emoji_in_the_sources():
    found = []
    for path in sorted((ROOT / "jituan_desktop").rglob("*.py")):
        if path.relative_to(ROOT) in READ_NOT_SHOWN:
            continue
        for line, text in string_literals(path):
            if EMOJI.search(text):
                found.append((str(path.relative_to(ROOT)), line, text))
    assert not found, found


def test_the_check_sees_emoji():
    assert EMOJI.search("⚠ 未达标") and EMOJI.search("📎 附件") and EMOJI.search("✅")
    assert not EMOJI.search("2026年12月3日 → 第3节 … “城关小学” ↑↓")
