"""The settings of this computer rather than of the alliance: language and data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ...services.settings_ops import DataFolder, SettingsSnapshot
from ..qt_text import shown_size
from ..widgets import file_dialogs
from ..widgets.system_open import open_with_system

# Each language is named in itself, so whoever reads only one of them finds theirs.
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
DATA_FOLDER_KEY = "data/folder"


class LanguageSection(QWidget):
    requested = Signal(str)  # "zh_CN" or "en"

    def __init__(self, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.language = language
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language of the interface:"), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:
            button = QRadioButton(name, self)
            self.buttons[code] = button
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, code=code: self._toggled(on, code))
        note = QLabel(self.tr("The window switches at once; the choice is kept for the next "
                              "start."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.set_current(language)

    def set_current(self, language: str) -> None:
        """Show ``language`` as the current one (without asking for it again)."""
        self.language = language
        button = self.buttons.get(language)
        if button is not None and not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    def _toggled(self, on: bool, code: str) -> None:
        # A slot returns None: PySide has been seen to mis-count a returned bool.
        if on and code != self.language:
            self.language = code
            self.requested.emit(code)


class DataFolderSection(QWidget):
    kinds: frozenset[str] = frozenset()

    def __init__(self, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.data: DataFolder | None = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.folder = QLabel(self)
        self.database = QLabel(self)
        self.size_label = QLabel(self)
        self.attachments = QLabel(self)
        for label in (self.folder, self.database):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)  # to copy the path
            label.setWordWrap(True)
        form.addRow(self.tr("Data folder"), self.folder)
        form.addRow(self.tr("Database file"), self.database)
        form.addRow(self.tr("Database size"), self.size_label)
        form.addRow(self.tr("Attachments"), self.attachments)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in file manager"), self)
        self.open_button.clicked.connect(self.open_folder)
        self.choose_button = QPushButton(self.tr("Use another folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        bar.addWidget(self.open_button)
        bar.addWidget(self.choose_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.next_start = QLabel(self)
        self.next_start.setWordWrap(True)
        outer.addWidget(self.next_start)
        outer.addStretch(1)
        self._show_choice()

    def show_snapshot(self, snapshot: SettingsSnapshot) -> None:
        self.data = snapshot.data
        self.folder.setText(str(self.data.folder))
        self.database.setText(str(self.data.database))
        self.size_label.setText(shown_size(self.data.database_bytes))
        self.attachments.setText(shown_size(self.data.attachments_bytes))
        self._show_choice()

    def open_folder(self) -> None:
        if self.data is not None:
            open_with_system(self, self.data.folder)

    def choose_folder(self) -> None:
        start = str(self.data.folder) if self.data else ""
        chosen = file_dialogs.choose_folder(self, self.tr("Choose the data folder"), start)
        if not chosen:
            return
        self.settings.setValue(DATA_FOLDER_KEY, str(Path(chosen)))
        self.settings.sync()
        self._show_choice()

    def _show_choice(self) -> None:
        chosen = self.settings.value(DATA_FOLDER_KEY)
        current = str(self.data.folder) if self.data else None
        if chosen and chosen != current:
            self.next_start.setText(self.tr(
                "From the next start the data folder will be: {folder}").format(folder=chosen))
            self.next_start.show()
        else:
            self.next_start.hide()


__all__ = ["LanguageSection", "DataFolderSection", "LANGUAGES", "DATA_FOLDER_KEY"]
