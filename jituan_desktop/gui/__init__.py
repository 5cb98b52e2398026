"""The desktop interface (PySide6): the only package that imports Qt."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable


def preferences() -> tuple[str | None, Path | None]:
    """The language and data folder the user chose in 设置 (None: not chosen)."""
    from .desktop_app import saved_data_folder, saved_language, user_settings
    settings = user_settings()
    return saved_language(settings), saved_data_folder(settings)


def run(store, *, language: str = "zh_CN", open_demo: Callable | None = None,
        argv: list[str] | None = None, folder: Path | None = None) -> int:
    """Start Qt, show the wizard or the main window over ``store``, run until closed.
    With ``folder`` (the data folder whose lock the app holds), a second launch on it
    brings this window forward (single_instance.py)."""
    from PySide6.QtWidgets import QApplication

    from .desktop_app import DesktopApp, user_settings
    from .fonts import ensure_cjk_font
    from .style import apply_style
    from .translation import install_translators

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("jituan-desktop")
    install_translators(app, language)
    ensure_cjk_font(app)
    apply_style(app)
    desktop = DesktopApp(app, store, language=language, settings=user_settings(),
                         open_demo=open_demo)
    if folder is not None:
        desktop.listen_for_second_launches(folder)
    desktop.start()
    try:
        return app.exec()
    finally:
        desktop.shutdown()


def bring_first_forward(folder: Path) -> bool:
    """Ask the app that holds ``folder`` on this computer to show its window; True once it
    has (this launch then has nothing more to do)."""
    from PySide6.QtWidgets import QApplication

    from .single_instance import ask_first_to_raise
    QApplication.instance() or QApplication(sys.argv[:1])  # a message may follow
    return ask_first_to_raise(folder)


def show_startup_error(text: str, language: str = "zh_CN") -> None:
    """A data folder that cannot be opened is a message box, not a silent exit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .fonts import ensure_cjk_font
    from .translation import install_translators
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, language)
    ensure_cjk_font(app)
    QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "Jituan Desktop"), text)


__all__ = ["run", "preferences", "show_startup_error", "bring_first_forward"]
