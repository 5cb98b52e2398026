"""The main window: a header saying whose window it is, the pages with their icons on the
left, one page at a time on the right.

Pages are built the first time they are shown, so the window opens before any list has
been read. The window remembers its size, position and last page for each data folder;
Ctrl+N and Ctrl+F go to the page on show (if it has records to create or search); Ctrl+Z
undoes the last delete; F1 opens the quick start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from ..services.directory_ops import Directory
from .context import AppContext
from .style import ICON_SIZE, NAV_FONT_STEP, page_icon, step_font
from .widgets.field_errors import ERROR_STYLE
from .window_chrome import (DemoBanner, FolderState, WindowHeader, audience, show_about,
                            window_title)

# How long the status bar says a job waits for another program (the store's longest wait).
WAITING_SHOWN_MS = 30_000

@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[AppContext], QWidget] | None  # None: a place kept for a coming page
    note: str = ""


class ErrorBanner(QWidget):
    """A failed job's message across the top of the window, until dismissed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setStyleSheet(ERROR_STYLE)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        close = QPushButton(self.tr("Dismiss"), self)
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class UndoBar(QWidget):
    """"Deleted: …  [Undo]" after a delete; Ctrl+Z does the same."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        layout.addWidget(self.text)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.button.clicked.connect(self.undo)
        layout.addWidget(self.button)
        self._undo: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.text.setText(text)
        self.show()

    def undo(self) -> None:
        if self._undo is not None:
            undo, self._undo = self._undo, None
            undo()
        self.hide()


class MainWindow(QMainWindow):
    drawn = Signal()  # once, when the window has been painted the first time

    @staticmethod
    def _first_size() -> QSize:
        """1200×800, or less on a small screen (many school laptops have 1366×768), leaving
        room for the task bar and the title bar."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1200, 800)
        room = screen.availableGeometry()
        return QSize(min(1200, room.width() - 40), min(800, room.height() - 60))

    def __init__(self, ctx: AppContext, pages: list[PageSpec], settings: QSettings):
        super().__init__()
        self.ctx = ctx
        self.settings = settings  # the user's, shared by every data folder (the language)
        self.state = FolderState(settings, ctx.store.data_dir)  # this data folder's
        self.specs = pages
        self.pages: dict[str, QWidget] = {}
        self._drawn = False
        self.directory: Directory | None = None
        self.setWindowTitle(self.tr("Jituan Desktop"))
        self.resize(self._first_size())
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = WindowHeader(body)
        self.header.quick_start_requested.connect(self.open_quick_start)
        self.header.about_requested.connect(self.show_about)
        outer.addWidget(self.header)
        self.demo_banner = DemoBanner(body)
        outer.addWidget(self.demo_banner)
        self.banner = ErrorBanner(body)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        outer.addLayout(row, 1)
        self.nav = QListWidget(body)
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        step_font(self.nav, NAV_FONT_STEP)
        for spec in pages:
            item = QListWidgetItem(page_icon(spec.key), spec.title)
            item.setData(Qt.UserRole, spec.key)
            if spec.build is None:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
                item.setToolTip(spec.note)
            self.nav.addItem(item)
        # As wide as the longest title in the language on show ("Reports to the bureau") and
        # its icon: item padding and marker (18), icon and gap (ICON_SIZE + 6), frame (6).
        widest = max((self.nav.fontMetrics().horizontalAdvance(spec.title) for spec in pages),
                     default=100)
        self.nav.setFixedWidth(widest + ICON_SIZE + 30)
        row.addWidget(self.nav)
        self.stack = QStackedWidget(body)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        # The undo offer and the notices sit in the header, not in a status bar of their
        # own: the status bar keeps the message (hidden) and the header shows it, so the
        # chrome costs the pages no more height than the status bar did (1240×680 screens).
        self.undo_bar = UndoBar(self.header)
        self.header.add_notice_widget(self.undo_bar)
        ctx.undo_offered.connect(self.undo_bar.offer)
        self.statusBar().messageChanged.connect(self.header.show_notice)
        self.statusBar().hide()
        ctx.failed.connect(self.banner.show_message)
        ctx.waiting.connect(lambda text: self.statusBar().showMessage(text, WAITING_SHOWN_MS))
        QShortcut(QKeySequence.Undo, self, activated=self.undo_bar.undo)
        QShortcut(QKeySequence.New, self, activated=lambda: self._to_page("new_record"))
        QShortcut(QKeySequence.Find, self, activated=lambda: self._to_page("focus_search"))
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.directory_loaded.connect(self.show_directory)
        if ctx.directory is not None:
            self.show_directory(ctx.directory)
        self._restore()

    # -- whose window ----------------------------------------------------------------------
    def show_directory(self, directory: Directory) -> None:
        """Title, header and demo banner from the school, role and semester (again after a
        change in 设置: the context reloads the directory and tells every page)."""
        self.directory = directory
        self.setWindowTitle(window_title(directory, self.tr("Jituan Desktop")))
        self.header.show_directory(directory)
        self.demo_banner.setVisible(directory.identity.demo)

    def open_quick_start(self, who: str | None = None) -> None:
        """The 快速入门 guide for ``who`` ("principal", "teacher", "coordinator"), or for
        this school's role."""
        from .help.quick_start import open_quick_start  # written on first use only

        open_quick_start(self, who or audience(self.directory))

    def show_about(self):
        return show_about(self, self.tr("Jituan Desktop"), self.ctx.store.data_dir)

    # -- pages -----------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Switch to the page named ``key`` (building it on first use) and return it."""
        for row, spec in enumerate(self.specs):
            if spec.key == key and spec.build is not None:
                self.nav.setCurrentRow(row)
                return self.pages[key]
        raise KeyError(key)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str | None:
        """The key of the page on show (None before the first)."""
        page = self.current_page()
        return next((key for key, built in self.pages.items() if built is page), None)

    def _show_row(self, row: int) -> None:
        spec = self.specs[row]
        if spec.build is None:
            return
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.build(self.ctx)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if hasattr(page, "activate"):
            page.activate()
        self.state.set_value("page", spec.key)

    def _to_page(self, method: str) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, method):
            getattr(page, method)()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._drawn:
            self._drawn = True
            self.drawn.emit()

    # -- remembering -----------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        key = self.state.value("page") or self.specs[0].key
        keys = [s.key for s in self.specs if s.build is not None]
        if keys:
            self.show_page(key if key in keys else keys[0])

    def closeEvent(self, event) -> None:
        # A page holding typing not yet saved (师徒结对's quick-add row) asks first.
        if not all(getattr(page, "confirm_close", lambda: True)() for page in self.pages.values()):
            event.ignore()
            return
        self.state.set_value("geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
