"""The one way the GUI touches the database: jobs run in order on a single worker thread.

The window never blocks on SQLite (DESIGN.md §4). A job is a plain function of no
arguments that may call services but must never touch a widget; its result or error comes
back on the main thread through the callbacks given with it. Jobs run one at a time, so
the store's single connection is never used by two threads at once.

A runner can *hold* its jobs for a moment (``hold``/``release``): the app holds them while it
builds and shows the main window, so the first page's query does not share the one
interpreter lock with drawing the window.

The worker never calls into Qt: it puts each answer on a plain queue, and a timer on the
main thread collects them while jobs are outstanding. PySide6 (6.8 and later, PYSIDE-3124)
corrupts reference counts when a signal is emitted from a Python thread, which crashed the
app ("deallocating None") after some thousand jobs; a queue read on the main thread cannot.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 4  # how often answers are collected while jobs are outstanding

Answer = tuple[int, Any, "Exception | None"]


class _Worker(threading.Thread):
    """A plain daemon thread: it never outlives the process, however the window went."""

    def __init__(self, answers: "queue.SimpleQueue[Answer]") -> None:
        super().__init__(name="jituan-database", daemon=True)
        self.jobs: "queue.Queue[tuple[int, Callable[[], Any]] | None]" = queue.Queue()
        self.answers = answers

    def run(self) -> None:
        while (item := self.jobs.get()) is not None:
            job_id, fn = item
            try:
                result, error = fn(), None
            except Exception as exc:  # handed to the caller's on_error on the main thread
                result, error = None, exc
            self.answers.put((job_id, result, error))


class TaskRunner(QObject):
    """Runs database jobs off the UI thread and calls back on it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._next_id = 0
        self._answers: "queue.SimpleQueue[Answer]" = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.collect)
        self._held: list[tuple[int, Callable[[], Any]]] | None = None
        self._worker = _Worker(self._answers)
        self._worker.start()

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None] | None = None) -> int:
        self._next_id += 1
        self._callbacks[self._next_id] = (on_done, on_error)
        if self._held is not None:
            self._held.append((self._next_id, job))
        else:
            self._worker.jobs.put((self._next_id, job))
        if not self._timer.isActive():
            self._timer.start()
        return self._next_id

    def hold(self) -> None:
        """Keep the jobs asked for from now on back until ``release`` (still in order)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the jobs held back, in the order they were asked for."""
        held, self._held = self._held or [], None
        for item in held:
            self._worker.jobs.put(item)

    @property
    def holding(self) -> bool:
        return self._held is not None

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def collect(self) -> None:
        """Hand every answer that has arrived to its callbacks (on the main thread)."""
        while True:
            try:
                job_id, result, error = self._answers.get_nowait()
            except queue.Empty:
                break
            self._deliver(job_id, result, error)
        if not self._callbacks:
            self._timer.stop()

    def _deliver(self, job_id: int, result: Any, error: Exception | None) -> None:
        on_done, on_error = self._callbacks.pop(job_id)
        try:
            if error is None:
                on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                raise error
        except RuntimeError as exc:
            # The window or dialog the answer was for was closed while the job ran (Qt has
            # deleted it): there is nothing left to show it in.
            if "already deleted" not in str(exc):
                raise

    def shutdown(self) -> None:
        """Finish the jobs already queued, then stop the thread (again: nothing to do)."""
        self.release()
        self._timer.stop()
        if not self._worker.is_alive():
            return
        self._worker.jobs.put(None)
        self._worker.join()
