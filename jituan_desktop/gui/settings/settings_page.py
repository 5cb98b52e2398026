"""设置: one tab per thing to set, filled from one snapshot read on the database thread.

The alliance's settings (school and alliance, semesters, rubric templates, quota rules) are
edited by the lead school and shown read-only at a member; language and data folder belong
to this computer. After a save anywhere, only the sections showing the changed kinds are
refilled, so a half-typed school name survives a semester being added.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services import settings_ops
from ...services.changes import Changes
from ...services.settings_ops import SettingsSnapshot
from ..context import AppContext
from .backup_section import BackupSection
from .preferences_sections import DataFolderSection, LanguageSection
from .rubrics_section import RubricsSection
from .rules_section import RulesSection
from .school_section import SchoolSection
from .semesters_section import SemestersSection


class SettingsPage(QWidget):
    language_requested = Signal(str)  # "zh_CN" or "en"; the window re-translates itself
    loaded = Signal(object)  # SettingsSnapshot, each time the sections have been filled

    def __init__(self, ctx: AppContext, parent=None, *, language: str = "zh_CN",
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.language = language
        self.settings = settings
        self.snapshot: SettingsSnapshot | None = None
        self.tabs: QTabWidget | None = None
        self._rebuild_pending = False
        self._layout = QVBoxLayout(self)
        self._build()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _build(self) -> None:
        """The tabs in the current language (built again when the language changes)."""
        # The tab on show survives a rebuild, and a new window after a language switch.
        saved = self.settings.value("settings/tab", 0) if self.settings is not None else 0
        current = self.tabs.currentIndex() if self.tabs is not None else int(saved or 0)
        if self.tabs is not None:
            self.tabs.hide()
            self.tabs.deleteLater()
        self.tabs = QTabWidget(self)
        self.school = SchoolSection(self.ctx, self.tabs)
        self.semesters = SemestersSection(self.ctx, self.tabs)
        self.rubrics = RubricsSection(self.ctx, self.tabs)
        self.rules = RulesSection(self.ctx, self.tabs)
        self.language_section = LanguageSection(self.language, self.tabs)
        self.language_section.requested.connect(self._language_chosen)
        self.data_folder = DataFolderSection(self.settings, self.tabs)
        self.backups = BackupSection(self.ctx, self.tabs)
        for widget, title in ((self.school, self.tr("School and alliance")),
                              (self.semesters, self.tr("Semesters")),
                              (self.rubrics, self.tr("Rubric templates")),
                              (self.rules, self.tr("Quota rules")),
                              (self.language_section, self.tr("Language")),
                              (self.data_folder, self.tr("Data folder")),
                              (self.backups, self.tr("Backup and restore"))):
            self.tabs.addTab(widget, title)
        self.tabs.setCurrentIndex(current)
        if self.settings is not None:
            self.tabs.currentChanged.connect(
                lambda index: self.settings.setValue("settings/tab", index))
        self._layout.addWidget(self.tabs)
        if self.snapshot is not None:
            self._fill(self.snapshot, self.sections())

    def sections(self) -> list[QWidget]:
        """The sections filled from the snapshot."""
        return [self.school, self.semesters, self.rubrics, self.rules, self.data_folder,
                self.backups]

    # -- loading ---------------------------------------------------------------------------
    def reload(self, kinds: set[str] | None = None) -> None:
        """Read the snapshot again; refill the sections showing ``kinds`` (None: all)."""
        def loaded(snapshot: SettingsSnapshot) -> None:
            self.snapshot = snapshot
            chosen = [s for s in self.sections()
                      if kinds is None or s.kinds & kinds or s in (self.data_folder,
                                                                   self.backups)]
            self._fill(snapshot, chosen)

        self.ctx.run(settings_ops.load, loaded)

    def _fill(self, snapshot: SettingsSnapshot, sections: list[QWidget]) -> None:
        for section in sections:
            section.show_snapshot(snapshot)
        self.loaded.emit(snapshot)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & settings_ops.SETTINGS_KINDS:
            self.reload(changes.kinds)

    def activate(self) -> None:
        """Shown again: the database may have grown meanwhile."""
        if self.snapshot is not None:
            self.reload(set())

    # -- language --------------------------------------------------------------------------
    def _language_chosen(self, language: str) -> None:
        self.language = language
        self.language_requested.emit(language)

    def set_language(self, language: str) -> None:
        """The window switched to ``language`` (also when switched from elsewhere)."""
        self.language = language
        self.language_section.set_current(language)

    def changeEvent(self, event) -> None:
        # Installing translators sends one event per catalogue: rebuild once, afterwards.
        if event.type() == QEvent.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild)  # dropped if the page goes first
        super().changeEvent(event)

    def _rebuild(self) -> None:
        self._rebuild_pending = False
        self._build()


__all__ = ["SettingsPage"]
