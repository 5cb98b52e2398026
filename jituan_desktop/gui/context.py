"""What every page shares: the store behind the one worker thread, today, the directory of
choices, and the signals that keep pages in step after a change.

Pages never touch the store on the UI thread: they hand ``run`` a job that takes the store
and get its result back on the UI thread. A use case that changed records returns
``Changes``; ``announce`` passes them to every page so each refreshes only what it shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from ..domain.records import Record
from ..services import directory_ops, record_ops
from ..services.changes import Changes
from ..services.directory_ops import Directory
from ..services.store_access import Store, waiting_for_lock
from .main_thread_gc import collect_on_main_thread
from .qt_text import error_text
from .task_runner import TaskRunner


class AppContext(QObject):
    changed = Signal(object)  # Changes, after any save, delete or restore
    directory_loaded = Signal(object)  # Directory
    undo_offered = Signal(str, object)  # message, a function of no arguments that undoes
    failed = Signal(str)  # a message for the user about a job that failed
    # Another program holds the database and a job waits for it (emitted from the database
    # thread; Qt queues it to the UI thread): a notice, so people see why nothing moves.
    waiting = Signal(str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        collect_on_main_thread()
        self.store = store
        store.on_lock_wait = lambda path: self.waiting.emit(error_text(waiting_for_lock(path)))
        self.runner = TaskRunner(self)
        self.directory: Directory | None = None
        self._directory_requested = False

    def today(self) -> date:
        """The day forms default to and deadlines are judged by: the store's clock."""
        return self.store.clock.today()

    # -- jobs ------------------------------------------------------------------------------
    def run(self, job: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> int:
        """Run ``job(store)`` on the database thread; the callbacks run on the UI thread.

        Without ``on_error`` a failure becomes a message (``failed``), never a crash.
        """
        store = self.store
        return self.runner.run(lambda: job(store), on_done or (lambda _: None),
                               on_error or self.report)

    def run_pages(self, job: Callable[[], Any], on_done: Callable[[Any], None],
                  on_failed: Callable[[Exception], None]) -> None:
        """Load a page of a paged table on the database thread (the models' ``run``); a
        failure both stops the model and becomes a message."""
        def failed(error: Exception) -> None:
            on_failed(error)
            self.report(error)

        self.run(lambda _store: job(), on_done, failed)

    def report(self, error: Exception) -> None:
        self.failed.emit(error_text(error))

    def announce(self, changes: Changes) -> None:
        if changes and changes.kinds & directory_ops.DIRECTORY_KINDS:
            self.reload_directory()
        self.changed.emit(changes)

    # -- the directory of choices ----------------------------------------------------------
    def reload_directory(self, on_done: Callable[[Directory], None] | None = None) -> None:
        today = self.today()
        self._directory_requested = True

        def loaded(directory: Directory) -> None:
            self._directory_requested = False
            self.directory = directory
            self.directory_loaded.emit(directory)
            if on_done:
                on_done(directory)

        def failed(error: Exception) -> None:
            self._directory_requested = False  # the next page that needs it asks again
            self.report(error)

        self.run(lambda store: directory_ops.load_directory(store, today), loaded, failed)

    def with_directory(self, callback: Callable[[Directory], None]) -> None:
        """Call ``callback`` with the directory now if loaded, else as soon as it is."""
        if self.directory is not None:
            callback(self.directory)
            return

        def once(directory: Directory) -> None:
            self.directory_loaded.disconnect(once)
            callback(directory)

        self.directory_loaded.connect(once)
        if not self._directory_requested:
            self.reload_directory()

    # -- use cases shared by every page ----------------------------------------------------
    def save(self, record: Record, on_saved: Callable[[Changes], None],
             on_error: Callable[[Exception], None]) -> None:
        """Validate and write ``record``; ``on_error`` gets ValidationError with every problem."""
        today = self.today()

        def saved(changes: Changes) -> None:
            # Announced first: every page learns of the write even if the form that asked
            # for it has gone meanwhile.
            self.announce(changes)
            on_saved(changes)

        self.run(lambda store: record_ops.save(store, record, today=today), saved, on_error)

    def delete(self, cls: type[Record], uuid: str, description: str,
               on_done: Callable[[Changes], None] | None = None) -> None:
        """Tombstone a record and offer to undo it (the caller has asked for confirmation)."""
        today = self.today()

        def undo() -> None:
            self.run(lambda store: record_ops.restore(store, cls, uuid, today=today),
                     self.announce)

        def deleted(changes: Changes) -> None:
            self.announce(changes)
            self.undo_offered.emit(self.tr("Deleted: {what}").format(what=description), undo)
            if on_done:
                on_done(changes)

        self.run(lambda store: record_ops.delete(store, cls, uuid), deleted)

    def shutdown(self) -> None:
        self.runner.shutdown()

