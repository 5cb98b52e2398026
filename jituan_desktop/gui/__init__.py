"""The desktop interface (PySide6): the only package that imports Qt."""

from __future__ import annotations

import sys


def run(store, *, language: str = "zh_CN", argv: list[str] | None = None) -> int:
    """Start Qt, show the main window over ``store`` and run until it closes."""
    from PySide6.QtWidgets import QApplication

    from .fonts import ensure_cjk_font
    from .overview_window import OverviewWindow
    from .translation import install_translators

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("jituan-desktop")
    install_translators(app, language)
    ensure_cjk_font(app)
    window = OverviewWindow(store)
    window.show()
    return app.exec()


__all__ = ["run"]
