"""The 快速入门 window: the first day of the principal, the teacher and the coordinator.

One tab a user, each the numbered steps with a picture of the window for the main ones; the
text comes from domain/quick_start.py, as in the printed guide, which 打印为PDF… writes with
reports/quick_start_guide.py. The window is not modal, so the guide can stay open beside the
main window while the steps are followed; it fits a 1024×768 screen and its text scrolls.
The main window's 帮助 menu and the setup wizard open it through :func:`open_quick_start`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImageReader
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from ...domain import quick_start
from ...paths import resource_path
from ..qt_text import error_text

MAX_SIZE = (980, 700)  # fits a 1024×768 screen less its taskbar
PICTURE_WIDTH = 920  # pictures are shown at their own size (sharp); a wider one is shrunk
FILE_NAMES = {  # the suggested name of the saved guide
    quick_start.PRINCIPAL: "quick-start-principal.pdf",
    quick_start.TEACHER: "quick-start-teacher.pdf",
    quick_start.COORDINATOR: "quick-start-coordinator.pdf",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(quick_start.CONTEXT, text)


def picture_file(name: str) -> Path:
    return resource_path(quick_start.PICTURE_FOLDER, name)


def guide_html(guide: quick_start.Guide) -> str:
    """The guide as the rich text of a QTextBrowser: intro, numbered steps, pictures."""
    parts = [f"<h2>{escape(guide.title)}</h2>", f"<p>{escape(guide.intro)}</p>"]
    for number, step in enumerate(guide.steps, 1):
        parts.append(f"<h3>{number}. {escape(step.title)}</h3>")
        parts.append(f"<p>{escape(step.text)}</p>")
        if step.picture:
            path = picture_file(step.picture)
            size = QImageReader(str(path)).size()
            width = min(size.width(), PICTURE_WIDTH) if size.isValid() else PICTURE_WIDTH
            url = QUrl.fromLocalFile(str(path)).toString()
            # In a thin frame, so a picture of the window does not pass for part of it.
            parts.append(f'<table border="1" cellspacing="0" cellpadding="0" '
                         f'style="border-color: #9a9a9a; border-style: solid;"><tr><td>'
                         f'<img src="{escape(url)}" width="{width}" '
                         f'alt="{escape(step.title)}"></td></tr></table>')
    return "\n".join(parts)


class QuickStartWindow(QDialog):
    """Three guides in tabs; 打印为PDF… saves the one shown."""

    def __init__(self, parent: QWidget | None = None, audience: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr(quick_start.WINDOW_TITLE))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.choose = QLabel(_tr(quick_start.CHOOSE), self)
        layout.addWidget(self.choose)
        self.tabs = QTabWidget(self)
        self.browsers: dict[str, QTextBrowser] = {}
        for key in quick_start.AUDIENCES:
            guide = quick_start.guide(key, QCoreApplication.translate)
            browser = QTextBrowser(self.tabs)
            browser.setOpenLinks(False)
            browser.setHtml(guide_html(guide))
            self.browsers[key] = browser
            self.tabs.addTab(browser, guide.name)
        layout.addWidget(self.tabs, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Save the guide shown as an A4 PDF, to print"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        if audience is not None:
            self.show_audience(audience)
        self._fit_screen()

    def audience(self) -> str:
        return quick_start.AUDIENCES[self.tabs.currentIndex()]

    def show_audience(self, audience: str) -> None:
        if audience not in quick_start.GUIDES:
            raise ValueError(f"unknown quick start audience: {audience!r}")
        self.tabs.setCurrentIndex(quick_start.AUDIENCES.index(audience))

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = MAX_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 20)
            height = min(height, available.height() - 40)
        self.setMinimumSize(min(480, width), min(360, height))
        self.resize(width, height)

    # -- the printed guide -----------------------------------------------------------------
    def save_pdf(self) -> Path | None:
        """Ask where, then write the guide shown as an A4 PDF; the path written, or None."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the quick start guide as"), FILE_NAMES[self.audience()],
            self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> Path | None:
        from ...reports.quick_start_guide import write_guide  # reportlab: loaded when needed
        from ...reports.report_errors import ReportError

        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            written = write_guide(self.audience(), path, generated=self._today())
        except ReportError as error:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(error_text(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to {path}").format(path=written))
        return written

    def _today(self):
        """The app's day for the footer, from the window this guide was opened over; none
        when opened on its own (the wizard's), so the printout has no wrong date."""
        widget = self.parentWidget()
        while widget is not None:
            ctx = getattr(widget, "ctx", None)
            if ctx is not None and hasattr(ctx, "today"):
                return ctx.today()
            widget = widget.parentWidget()
        return None


def open_quick_start(parent: QWidget | None, audience: str | None = None) -> QDialog:
    """Show the 快速入门 window (not modal) on ``audience``'s guide ("principal", "teacher",
    "coordinator"; None: the first tab, the user chooses) and return it. A parent that
    already has the window shows that one again; an unknown audience is a ValueError."""
    # One window a parent: asked again (from the menu, say), the same one comes forward.
    existing = parent.findChildren(QuickStartWindow) if parent is not None else []
    if existing:
        window = existing[0]
        if audience is not None:
            window.show_audience(audience)
    else:
        window = QuickStartWindow(parent, audience)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["QuickStartWindow", "guide_html", "open_quick_start", "picture_file"]
