"""Attachments of a record: add a photo of the handwritten page (or a document), see it.

Files are copied into the data folder on the database thread. A photo must be an image Qt
can read; a file over the size limit, unreadable, or not an image when a photo was asked
for is refused with a message, and the record's other attachments stay as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...domain.records import MAX_ATTACHMENT_BYTES, Attachment
from ...services import attachment_ops
from ..context import AppContext
from ..qt_text import error_text, shown_size
from ..reports.output_files import file_name, temp_path
from . import file_dialogs
from .system_open import open_with_system
from .field_errors import error_label
from .screen_fit import fit_to_screen

IMAGE_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic"


class AttachmentsWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._attachments: list[Attachment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(lambda item: self.show_attachment(self.list.row(item)))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Add photo…"), self)
        self.photo_button.clicked.connect(self.choose_photo)
        self.file_button = QPushButton(self.tr("Add file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.view_button = QPushButton(self.tr("Show"), self)
        self.view_button.clicked.connect(lambda: self.show_attachment(self.list.currentRow()))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for b in (self.photo_button, self.file_button, self.view_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = error_label(self)
        layout.addWidget(self.message)

    def set_read_only(self) -> None:
        """Shown, not changed: the photos open, nothing is added or removed."""
        for button in (self.photo_button, self.file_button, self.remove_button):
            button.hide()
        self.view_button.setEnabled(True)

    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self._attachments = list(attachments)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for a in self._attachments:
            item = QListWidgetItem(f"{a.name}  ({shown_size(a.size)})")
            item.setToolTip(a.name)
            self.list.addItem(item)

    # -- adding ----------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Add a photo"), "", self.tr("Images ({patterns})").format(
                patterns=IMAGE_FILTER))
        if path:
            self.add_file(Path(path), photo=True)

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a file"))
        if path:
            self.add_file(Path(path), photo=False)

    def add_file(self, path: Path, *, photo: bool) -> None:
        """Check the file here, copy it on the database thread, then list it."""
        self.message.hide()
        problem = self.check(path, photo=photo)
        if problem:
            self._refuse(problem)
            return
        self.ctx.run(lambda store: attachment_ops.attach_file(store, path), self._added,
                     lambda error: self._refuse(error_text(error)))

    def check(self, path: Path, *, photo: bool) -> str | None:
        """Why ``path`` cannot be attached, or None."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            return self.tr("The file {name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror or str(exc))
        if size > MAX_ATTACHMENT_BYTES:
            return self.tr("The file {name} is {size_mb} MB; attachments can be at most "
                           "{limit_mb} MB.").format(name=path.name, size_mb=f"{size / 1048576:.1f}",
                                                    limit_mb=MAX_ATTACHMENT_BYTES // 1048576)
        if photo:
            reader = QImageReader(str(path))
            if not reader.canRead():
                return self.tr("{name} is not a picture this app can read. Choose a photo "
                               "(JPG, PNG …).").format(name=path.name)
        return None

    def _added(self, attachment: Attachment) -> None:
        if all(a.sha256 != attachment.sha256 for a in self._attachments):
            self._attachments.append(attachment)
            self._fill()
            self.changed.emit()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self._fill()
            self.changed.emit()

    # -- showing ---------------------------------------------------------------------------
    def show_attachment(self, row: int) -> None:
        if not 0 <= row < len(self._attachments):
            return
        attachment = self._attachments[row]
        path = attachment_ops.attachment_path(self.ctx.store, attachment)
        if not path.is_file():
            self._refuse(self.tr("The file {name} is missing from the data folder.").format(
                name=attachment.name))
            return
        if attachment.media_type.startswith("image/"):
            ImageViewer(path, attachment.name, self).exec()
        else:
            # The kept copy is named by its hash, with no extension: no program would know
            # what it is. A copy under its own name opens (or says what to do instead).
            name = Path(attachment.name)
            shown = temp_path(file_name(name.stem, suffix=name.suffix) if name.suffix
                              else file_name(name.name, suffix="").rstrip("."))
            shutil.copyfile(path, shown)
            open_with_system(self, shown)


class ImageViewer(QDialog):
    """A photo of a handwritten page, scaled to the screen, scrollable when larger."""

    def __init__(self, path: Path, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(self)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignCenter)
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.setText(self.tr("This picture cannot be shown."))
        else:
            self.image.setPixmap(pixmap.scaled(860, 2000, Qt.KeepAspectRatio,
                                               Qt.SmoothTransformation))
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        fit_to_screen(self, (900, 700))
