"""Choosing a file or folder: the one way every page asks, in the user's language.

Where the platform has its own dialogs (Windows, macOS) they are used: they speak the
system's language and look like every other program there. Elsewhere (Linux, and the
offscreen tests) Qt draws its own, and two things would stay English in the Chinese window:

- labels whose source text changed in Qt 6 ("&Look in:", "Files of &type:") while Qt's own
  qtbase_zh_CN catalogue still translates the old texts, and the 类型 column's "Folder" (Qt 6
  moved it to QAbstractFileIconProvider, which that catalogue does not know); ours translates
  them (:data:`QT_TEXTS`, in the core catalogue);
- the size and date columns, which Qt's file model formats with the *system* locale
  (QLocale::system(), "2.90 KiB", "3 12 2026"), whatever language the app chose. A proxy
  model shows them the way every other screen of ours does (33 字节, 2.9 KB,
  2026年12月3日 16:30), and those columns are sized to their text instead of eliding it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from ...domain.messages import QT_TRANSLATE_NOOP
from ..qt_text import shown_size, shown_stamp

# Qt's texts that its qtbase_zh_CN lacks (see above); marked so lupdate puts them in the
# core catalogue under Qt's own context, where Qt's dialogs look them up.
# Qt asks for "Folder" with a disambiguation ("All other platforms"); a translator that has
# none for it falls back to the text without one, so these plain entries serve.
QT_TEXTS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
            QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
            QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
            QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
            QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"))

NATIVE = sys.platform in ("win32", "darwin")
NAME, SIZE, KIND, MODIFIED = range(4)


class ReadableFilesModel(QIdentityProxyModel):
    """Qt's file model with sizes and dates as the rest of the app writes them."""

    def data(self, index, role=Qt.DisplayRole):
        column = index.column()
        if role == Qt.DisplayRole and column in (SIZE, MODIFIED):
            files: QFileSystemModel = self.sourceModel()
            source = self.mapToSource(index)
            if column == SIZE:
                return "" if files.isDir(source) else shown_size(files.size(source))
            modified = files.lastModified(source)
            return shown_stamp(modified.toPython()) if modified.isValid() else ""
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        # Qt's catalogue calls the size column 体积 (volume); file managers say 大小.
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section == SIZE:
            return QCoreApplication.translate("FileDialogs", "Size")
        return super().headerData(section, orientation, role)


def file_dialog(parent: QWidget | None, caption: str, directory: str = "",
                filters: str = "", *, mode: str = "open") -> QFileDialog:
    """The dialog the functions below show, not yet shown (tests look inside it).
    ``mode``: open, open_many, save or folder."""
    dialog = QFileDialog(parent, caption, directory, filters)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptSave)
    elif mode == "open_many":
        dialog.setFileMode(QFileDialog.ExistingFiles)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.ExistingFile)
    if not NATIVE:
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        _make_readable(dialog)
    return dialog


def _make_readable(dialog: QFileDialog) -> None:
    dialog.setProxyModel(ReadableFilesModel(dialog))
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for column in (SIZE, KIND, MODIFIED):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.Accepted else []
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, directory: str = "",
              filters: str = "") -> str:
    """The file chosen to open, "" when cancelled."""
    chosen = _chosen(file_dialog(parent, caption, directory, filters))
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, caption: str, directory: str = "",
               filters: str = "") -> list[str]:
    """The files chosen to open, [] when cancelled."""
    return _chosen(file_dialog(parent, caption, directory, filters, mode="open_many"))


def save_file(parent: QWidget | None, caption: str, directory: str = "",
              filters: str = "") -> str:
    """Where to save (an existing file: the dialog asks before replacing it), "" when
    cancelled."""
    chosen = _chosen(file_dialog(parent, caption, directory, filters, mode="save"))
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """The folder chosen, "" when cancelled."""
    chosen = _chosen(file_dialog(parent, caption, directory, mode="folder"))
    return chosen[0] if chosen else ""


__all__ = ["open_file", "open_files", "save_file", "choose_folder", "file_dialog",
           "ReadableFilesModel"]
