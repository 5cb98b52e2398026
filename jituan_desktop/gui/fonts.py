"""Making sure Chinese never shows as boxes: use a system CJK font, else the bundled one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import resource_path

PREFERRED = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "SimHei", "SimSun")


def ensure_cjk_font(app: QApplication) -> str | None:
    """Pick a family that covers Simplified Chinese; returns its name, or None if none."""
    families = set(QFontDatabase.families(QFontDatabase.SimplifiedChinese))
    for family in PREFERRED:
        if family in families:
            return _use(app, family)
    bundled = load_bundled_font()
    if bundled:
        return _use(app, bundled)
    if families:
        return _use(app, sorted(families)[0])
    return None


def load_bundled_font() -> str | None:
    """Register the CJK font shipped in resources/fonts; returns its family name."""
    fonts_dir = resource_path("fonts")
    for path in sorted(fonts_dir.glob("*.tt[fc]")) if fonts_dir.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            return QFontDatabase.applicationFontFamilies(font_id)[0]
    return None


def _use(app: QApplication, family: str) -> str:
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family
