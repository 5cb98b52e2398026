"""Installing the translators: ours (compiled from resources/i18n) and Qt's own zh_CN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Load our catalogue and Qt's for ``language``; True when ours was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    ours = QTranslator(app)
    found = ours.load(str(resource_path("i18n", f"jituan_{language}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
