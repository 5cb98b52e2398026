"""Installing the translators: ours (compiled from resources/i18n, the core catalogue and one
per GUI area) and Qt's own zh_CN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..i18n import catalogue_paths

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
    found = False
    for path in catalogue_paths(language, ".qm"):
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            found = found or path.name.startswith("jituan_")
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
