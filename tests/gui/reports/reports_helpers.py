"""What the 报表 tests share: the system viewer and the save dialog captured instead of
opened, and the text of a PDF as poppler reads it."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from jituan_desktop.gui.widgets import file_dialogs


class Captured:
    """The files handed to the system viewer and the names the save dialog offered."""

    def __init__(self):
        self.opened: list[Path] = []
        self.offered: list[str] = []
        self.save_to: Path | None = None  # what the save dialog answers (None: cancel)
        self.viewer = True  # whether a viewer "exists"


@pytest.fixture
def captured(monkeypatch) -> Captured:
    seen = Captured()

    def open_url(url) -> bool:
        seen.opened.append(Path(url.toLocalFile()))
        return seen.viewer

    def save_name(_parent, _caption, start, _filters, *args, **kwargs):
        seen.offered.append(Path(start).name)
        return str(seen.save_to) if seen.save_to else ""

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(file_dialogs, "save_file", save_name)
    return seen


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def squeezed(text: str) -> str:
    """Text without the spaces layout puts between CJK characters."""
    return "".join(text.split())
