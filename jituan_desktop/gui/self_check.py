"""The Qt part of ``--self-test`` (jituan_desktop/self_test.py): start Qt on its platform
plugin, install the translators the app installs and report what a few strings become."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from .fonts import ensure_cjk_font
from .translation import install_translators
from .widgets.file_dialogs import QT_TEXTS

# A string of Qt's own catalogue (qtbase_zh_CN: 取消), kept out of lupdate's sight: it is Qt's
# to translate, not ours.
QT_CANCEL = ("QPlatformTheme", "Cancel")


def qt_translations(language: str = "zh_CN") -> dict[str, str]:
    """Our 'Jituan Desktop', Qt's 'Cancel' and the file dialog's '&Look in:' in
    ``language``, with the platform and font."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, language)
    font = ensure_cjk_font(app) or ""
    label = QLabel(QCoreApplication.translate("MainWindow", "Jituan Desktop"))
    label.adjustSize()  # lays the Chinese text out in the chosen font
    return {
        "ours": label.text(),
        "qtbase": QCoreApplication.translate(*QT_CANCEL),
        # Qt 6's file dialog label, which qtbase_zh_CN lacks and our catalogue translates
        "file_dialog": QCoreApplication.translate("QFileDialog", QT_TEXTS[0]),
        "font": font,
        "platform": QApplication.platformName(),
        "qt_version": pyside_version,
    }


__all__ = ["qt_translations"]
