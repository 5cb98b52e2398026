"""The app's look: Qt's Fusion style, one calm blue accent, and the page icons.

One accent colour marks what is chosen or what comes next: the page on show, the selected
rows, the button Enter presses (the dialog's default), progress bars. Everything else keeps
Fusion's neutral greys, so a page's own colours (late in red, the demo banner in amber) stand
out. The stylesheet touches the window's own chrome (header, banner, navigation) and the
push buttons, never a page's layout. Every push button has the same box (padding and border),
default or not: a button that becomes the default (Enter presses it) keeps its size, and Qt
sizes a button before it knows it will be the default.

Fusion draws the same on every system, and sharp at any scaling: it paints with vectors, and
the page icons come as PNGs at 1×, 1.25×, 1.5× and 2× (scripts/render_icons.py makes them
from the hand-drawn SVGs beside them).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from ..paths import resource_path

ACCENT = "#1f6fb2"  # a calm blue: selection, default buttons, progress
ACCENT_DARK = "#175a92"
ACCENT_SOFT = "#e4eef8"  # the page on show in the navigation
ICON_COLOUR = "#4a5668"  # the page icons, as the navigation's text
MUTED = "#5f6b7a"  # secondary text: the header's role and semester
LINE = "#d5dce4"  # borders between the chrome's parts
NAV_BACKGROUND = "#f3f5f8"
DEMO_BACKGROUND = "#fff4d6"
DEMO_TEXT = "#7a5400"

ICON_SIZE = 20  # logical pixels, in the navigation
ICON_SCALES = (1.0, 1.25, 1.5, 2.0)  # the scalings school laptops use

# Spacing and type, in one place: the chrome's margins, and point sizes above the app's font.
MARGIN = 12
SPACING = 8
NAV_FONT_STEP = 1
HEADER_FONT_STEP = 3

STYLESHEET = f"""
QWidget#header {{ background: #ffffff; border-bottom: 1px solid {LINE}; }}
QLabel#headerDetail {{ color: {MUTED}; }}
QLabel#headerNotice {{ color: {DEMO_TEXT}; }}
QWidget#demoBanner {{ background: {DEMO_BACKGROUND}; border-bottom: 1px solid #e8c96a; }}
QLabel#demoBannerText {{ color: {DEMO_TEXT}; }}
QListWidget#navigation {{
    background: {NAV_BACKGROUND}; border: none; border-right: 1px solid {LINE}; outline: 0;
}}
QListWidget#navigation::item {{
    padding: 7px 6px; border-left: 3px solid transparent; color: #2b3441;
}}
QListWidget#navigation::item:hover {{ background: #e8edf3; }}
QListWidget#navigation::item:selected {{
    background: {ACCENT_SOFT}; color: {ACCENT}; border-left: 3px solid {ACCENT};
}}
QListWidget#navigation::item:disabled {{ color: #9aa4b0; }}
QPushButton {{
    background: #fbfcfd; color: #1f2933; border: 1px solid #b9c3ce; border-radius: 3px;
    padding: 3px 12px;  /* as tall as Fusion's buttons and fields: no page grows */
}}
QPushButton:hover {{ background: #eef3f8; border-color: #9fb0c2; }}
QPushButton:pressed {{ background: #dde6f0; }}
QPushButton:checked {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; color: {ACCENT}; }}
QPushButton:disabled {{ color: #9aa4b0; background: #f3f5f7; border-color: #d5dce4; }}
QPushButton:default {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT_DARK}; }}
QPushButton:default:hover {{ background: #2a7cc1; }}
QPushButton:default:pressed {{ background: {ACCENT_DARK}; }}
QPushButton:default:disabled {{ background: #a9c3dd; border-color: #a9c3dd; }}
QPushButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right; right: -6px;
}}
"""


def apply_style(app: QApplication) -> None:
    """Fusion, the accent in the palette (selections, progress bars, links) and the
    chrome's stylesheet; called once, before the first window."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = app.style().standardPalette()
    accent = QColor(ACCENT)
    for group in (QPalette.Active, QPalette.Inactive):
        palette.setColor(group, QPalette.Highlight, accent)
        palette.setColor(group, QPalette.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.Link, accent)
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def step_font(widget: QWidget, step: int, bold: bool = False) -> None:
    """The widget's font ``step`` points above the app's (type sizes follow the system's)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() + step)
    font.setBold(bold)
    widget.setFont(font)


def icon_file(key: str, scale: float, active: bool = False) -> Path:
    """Where the PNG of page ``key`` at ``scale`` lives (scripts/render_icons.py writes it)."""
    suffix = "" if scale == 1 else f"@{scale:g}x"
    return resource_path("icons", "pages", f"{key}{'-active' if active else ''}{suffix}.png")


@lru_cache(maxsize=None)
def page_icon(key: str) -> QIcon:
    """The navigation icon of page ``key``: grey, and in the accent when its page is on show
    (the Selected mode); an empty icon for a page without one."""
    icon = QIcon()
    for active, mode in ((False, QIcon.Normal), (True, QIcon.Selected)):
        for scale in ICON_SCALES:
            path = icon_file(key, scale, active)
            if path.is_file():
                icon.addFile(str(path), mode=mode)
    return icon


__all__ = ["ACCENT", "apply_style", "page_icon", "icon_file", "step_font"]
