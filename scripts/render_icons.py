"""Render the navigation's line icons (resources/icons/pages/*.svg) to PNGs.

    .venv/bin/python scripts/render_icons.py

The SVGs are the sources, drawn by hand on a 24-unit grid with one stroke width. The app
loads PNGs, not SVGs: the installer leaves QtSvg out (build.spec), and a few small PNGs
cost less than a Qt module. Each icon is rendered in two colours (the page list's text,
and the accent for the page on show) at the sizes 125 %, 150 % and 200 % scaling ask for,
so it stays sharp on a 1920×1080 laptop at 150 % too. Run it again after changing an SVG or
the colours in gui/style.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLDER = ROOT / "resources" / "icons" / "pages"


def main() -> None:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from jituan_desktop.gui.style import ACCENT, ICON_COLOUR, ICON_SIZE, ICON_SCALES, icon_file

    app = QGuiApplication.instance() or QGuiApplication([])
    for source in sorted(FOLDER.glob("*.svg")):
        svg = source.read_text(encoding="utf-8")
        for active, colour in ((False, ICON_COLOUR), (True, ACCENT)):
            renderer = QSvgRenderer(QByteArray(svg.replace("#000000", colour).encode()))
            for scale in ICON_SCALES:
                side = round(ICON_SIZE * scale)
                image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
                image.fill(Qt.transparent)
                painter = QPainter(image)
                painter.setRenderHint(QPainter.Antialiasing)
                renderer.render(painter)
                painter.end()
                target = icon_file(source.stem, scale, active)
                image.save(str(target), "PNG")
        print("rendered", source.stem)
    del app


if __name__ == "__main__":
    main()
