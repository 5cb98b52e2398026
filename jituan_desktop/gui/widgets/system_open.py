"""Opening a file or folder with the computer's own program: the one way every page does it.

``QDesktopServices.openUrl`` returns False when no program is registered for the file (a
school laptop without a PDF viewer, a photo format nothing opens): before, that did nothing
visible. Now a message says so and gives the file's full path, selectable, with 复制路径 and
打开所在文件夹, so the user can reach the file another way (a USB stick, another computer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

PATH_WIDTH_LIMIT = 560  # px: the whole dialog stays on a 1024-pixel screen


def open_with_system(parent: QWidget | None, path: Path | str) -> bool:
    """Open ``path`` (a file or a folder) with the system's program; True when one took it.
    When none did, a non-blocking :class:`NoProgramDialog` tells the user."""
    path = Path(path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    NoProgramDialog(path, parent).open()
    return False


class NoProgramDialog(QDialog):
    """Nothing on this computer opens ``path``: where it is, to copy or to open its folder."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setAttribute(Qt.WA_DeleteOnClose)
        folder = path.is_dir()
        self.setWindowTitle(self.tr("Cannot open the folder") if folder
                            else self.tr("Cannot open the file"))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr(
            "No program on this computer could open this folder. Copy its path to open it "
            "another way.") if folder else self.tr(
            "No program on this computer opens this file (a PDF needs a PDF reader). Copy its "
            "path to open it another way, or open the folder it is in."), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.path_field = QLineEdit(str(path), self)
        self.path_field.setReadOnly(True)
        width = self.path_field.fontMetrics().horizontalAdvance(str(path)) + 24
        self.path_field.setMinimumWidth(min(width, PATH_WIDTH_LIMIT))
        self.path_field.setCursorPosition(0)
        layout.addWidget(self.path_field)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy path"), self)
        self.copy_button.clicked.connect(self.copy_path)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        self.folder_button = QPushButton(self.tr("Open containing folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ActionRole)
        # after addButton, which shows it: the parent folder of a folder would not open either
        self.folder_button.setVisible(not folder)
        self.close_button = buttons.addButton(QDialogButtonBox.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.adjustSize()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.path))
        self._say(self.tr("The path is copied: paste it (Ctrl+V) where you need it."))

    def open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent))):
            self._say(self.tr("The folder could not be opened either: copy the path and paste "
                              "it into the file manager's address bar."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.adjustSize()  # room for the new line, not squeezed out of the message above


__all__ = ["open_with_system", "NoProgramDialog"]
