"""The running app: the first-run wizard or the main window, the demo, the language.

Holds what outlives one window: the QApplication, the user's settings, the context over the
open database. Switching the language rebuilds the window on the same page, so every text
is translated anew, Qt's own dialogs included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from .. import i18n
from ..services.store_access import Store
from .context import AppContext
from .main_window import MainWindow
from .navigation import page_specs
from .qt_text import error_text
from .translation import install_translators

ORGANISATION = APP_NAME = "jituan-desktop"
UNDRAWN_RELEASE_MS = 500  # the database jobs of a window not drawn by then start anyway


def user_settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


class DesktopApp(QObject):
    window_shown = Signal(object)  # the MainWindow

    def __init__(self, app: QApplication, store: Store, *, language: str,
                 settings: QSettings, open_demo: Callable[[], Store] | None = None):
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.language = language
        self.open_demo = open_demo
        self.ctx = AppContext(store)
        self.window: MainWindow | None = None
        self.wizard = None
        self.instance_server = None

    def start(self) -> None:
        """The wizard on a data folder never set up, else the main window."""
        if self.ctx.store.is_initialised:
            self.show_main()
            return
        from .setup.setup_wizard import SetupWizard
        self.wizard = SetupWizard(self.ctx)
        self.wizard.done.connect(self._set_up)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()

    def _set_up(self, choice: str) -> None:
        if choice == "demo" and self.open_demo is not None:
            # Generating the demo takes a moment: on the database thread, like any job.
            self.ctx.run(lambda _store: self.open_demo(), self._demo_opened,
                         lambda error: self.wizard.demo_failed(error_text(error)))
            return
        window = self.show_main()
        if self.wizard is not None and self.wizard.wants_quick_start:
            # The wizard's last page offers the first day's steps (ticked by default).
            window.open_quick_start(self.wizard.audience)

    def _demo_opened(self, store: Store) -> None:
        self.ctx.shutdown()
        self.ctx = AppContext(store)
        self.show_main()
        self.wizard.close_setup()

    def show_main(self, page: str | None = None) -> MainWindow:
        # The first page asks for its data as it is built; the queries wait until the window
        # has been drawn, so they do not slow building and drawing it (the database thread
        # and this one share one interpreter lock). A window that is not drawn (started
        # minimised) gets its data a moment later all the same.
        runner = self.ctx.runner
        runner.hold()
        options = {"settings": dict(language=self.language, settings=self.settings)}
        self.window = MainWindow(self.ctx, page_specs(self._configure, options), self.settings)
        if page:
            self.window.show_page(page)
        # Loaded once (the first page may have asked already; a new window after a language
        # switch keeps the one it has).
        self.ctx.with_directory(lambda _directory: None)
        self.ctx.run(daily_backup)  # after the first page's queries, once a day
        self.window.drawn.connect(lambda: QTimer.singleShot(0, runner.release))
        QTimer.singleShot(UNDRAWN_RELEASE_MS, runner.release)
        self.window.show()
        self.window_shown.emit(self.window)
        return self.window

    def _configure(self, key: str, page) -> None:
        if hasattr(page, "language_requested"):
            page.language_requested.connect(self.switch_language)

    def switch_language(self, language: str) -> None:
        """Translate everything anew: rebuild the window on the page it was showing."""
        if language == self.language:
            return
        old = self.window
        page = old.current_key() if old else None
        if old is not None and not old.close():
            # A page holds typing not saved and the user chose 取消: nothing changes.
            settings_page = old.pages.get("settings")
            if settings_page is not None:
                settings_page.language_section.set_current(self.language)
            return
        self.language = language
        self.settings.setValue("language", language)
        i18n.set_language(language)
        install_translators(self.app, language)
        if old is not None:
            old.deleteLater()
        self.show_main(page)

    # -- one app per data folder (single_instance.py) -------------------------------------
    def listen_for_second_launches(self, folder: Path) -> None:
        from .single_instance import InstanceServer
        self.instance_server = InstanceServer(folder, self)
        self.instance_server.raise_requested.connect(self.bring_forward)
        self.instance_server.listen()

    def bring_forward(self) -> None:
        """Another launch on this data folder: show the window we have instead."""
        from .single_instance import bring_forward
        wizard = self.wizard if self.wizard is not None and self.wizard.isVisible() else None
        bring_forward(wizard or self.window)

    def shutdown(self) -> None:
        if self.instance_server is not None:
            self.instance_server.close()
        self.ctx.shutdown()


def daily_backup(store: Store):
    """The day's copy of the database in <data folder>/backups (docs/backups.md), made on
    the database thread once the window is up: a large database takes a second or two."""
    from ..services import backup_ops  # not loaded before the window shows

    return backup_ops.daily(store)


def saved_language(settings: QSettings) -> str | None:
    value = settings.value("language")
    return value if value in i18n.LANGUAGES else None


def saved_data_folder(settings: QSettings) -> Path | None:
    value = settings.value("data/folder")
    return Path(value) if value else None
