"""The Qt part of ``--self-test`` (jituan_desktop/self_test.py): start Qt on its platform
plugin, install the translators the app installs and report what a few strings become."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from .fonts import ensure_cjk_font
from .translation import install_translators

# A string of Qt's own catalogue (qtbase_zh_CN: 取消), kept out of lupdate's sight: it is Qt's
# to translate, not ours.
QT_CANCEL = ("QPlatformTheme", "Cancel")


def qt_translations(language: str = "zh_CN") -> dict[str, str]:
    """Our 'Jituan Desktop' and Qt's 'Cancel' in ``language``, with the platform and font."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, language)
    font = ensure_cjk_font(app) or ""
    label = QLabel(QCoreApplication.translate("MainWindow", "Jituan Desktop"))
    label.adjustSize()  # lays the Chinese text out in the chosen font
    return {
        "ours": label.text(),
        "qtbase": QCoreApplication.translate(*QT_CANCEL),
        "font": font,
        "platform": QApplication.platformName(),
        "qt_version": pyside_version,
    }


__all__ = ["qt_translations"]
