"""Where generated files go and how people get at them: a private temporary folder for PDFs to
look at, the system viewer to open them (widgets/system_open.py), a save dialog with a sensible name, and a copy to
the chosen place (atomic, refused in the user's language when the place is not writable).

Shared by the 报表 page, the 打印 buttons of the editors and the 导出 buttons of the lists.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from ..widgets import file_dialogs
from ..widgets.system_open import open_with_system

# Characters Windows refuses in file names, and whitespace runs that make names awkward.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_SPACES = re.compile(r"\s+")
NAME_LIMIT = 120  # characters: long topics must not hit the 255-byte limit of file systems

_temp_folder: Path | None = None
_last_folder: dict[str, str] = {}  # the folder last saved to, per kind of file


def temp_folder() -> Path:
    """One folder per run for PDFs to look at; removed when the app quits (a viewer that
    still holds a file on Windows only keeps that file)."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _temp_folder = Path(tempfile.mkdtemp(prefix="jituan-print-"))
        atexit.register(shutil.rmtree, _temp_folder, True)
    return _temp_folder


def file_name(*parts: str, suffix: str) -> str:
    """``听课节数统计表_2026-1_城关小学.pdf`` from its parts, safe on every file system."""
    words = [_SPACES.sub(" ", _FORBIDDEN.sub(" ", str(p))).strip() for p in parts]
    stem = "_".join(w for w in words if w)[:NAME_LIMIT].strip(" .") or "report"
    return f"{stem}.{suffix.lstrip('.')}"


def temp_path(name: str) -> Path:
    """A fresh path in the temporary folder (a second print of the same form does not
    overwrite the one still open in the viewer)."""
    folder = Path(tempfile.mkdtemp(dir=temp_folder()))
    return folder / name


def copy_file(source: Path, target: Path) -> Path:
    """Copy a generated file to where the user chose (on the database thread: it may be a
    slow USB stick); refused with a message naming the path when it cannot be written."""
    # Imported here: the spreadsheets module loads openpyxl (~200 ms), and every page with
    # an export button imports this module before it shows.
    from ...reports.spreadsheets import atomic_output

    with atomic_output(target) as temp:
        shutil.copyfile(source, temp)
    return target


def default_folder(kind: str) -> str:
    return _last_folder.get(kind) or QStandardPaths.writableLocation(
        QStandardPaths.DocumentsLocation) or str(Path.home())


def remember_folder(kind: str, path: str) -> None:
    _last_folder[kind] = str(Path(path).parent)


class OutputDialogs(QObject):
    """The dialogs these flows share; a QObject so their texts are translated."""

    def ask_save_path(self, parent: QWidget, name: str, fmt: str) -> str:
        """The file to write ``name`` to, chosen by the user ("" when cancelled)."""
        filters = {"pdf": self.tr("PDF document (*.pdf)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV, UTF-8 (*.csv)")}
        start = str(Path(default_folder(fmt)) / name)
        path = file_dialogs.save_file(parent, self.tr("Save as"), start, filters[fmt])
        if path and not path.lower().endswith("." + fmt):
            path += "." + fmt
        if path:
            remember_folder(fmt, path)
        return path

    def notice(self, parent: QWidget, text: str, *, warning: bool = False,
               open_path: Path | None = None) -> QMessageBox:
        """A message that does not block the window; with ``open_path``, an Open button."""
        box = QMessageBox(QMessageBox.Warning if warning else QMessageBox.Information,
                          self.tr("Problem") if warning else self.tr("Done"), text,
                          QMessageBox.Close, parent)
        if open_path is not None:
            button = box.addButton(self.tr("Open"), QMessageBox.ActionRole)
            button.clicked.connect(lambda: open_with_system(parent, open_path))
        box.open()
        return box


__all__ = ["OutputDialogs", "temp_folder", "temp_path", "file_name", "copy_file",
           "default_folder", "remember_folder"]
