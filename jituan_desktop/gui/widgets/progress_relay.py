"""Progress of a job on the database thread, shown on a progress bar without touching it
from that thread.

The worker only puts (done, total) on a plain queue; a timer on the UI thread reads the
latest and moves the bar (the same route gui/task_runner.py takes for answers, because a
signal emitted from a Python thread corrupts PySide6's reference counts).
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressBar

POLL_MS = 50


class ProgressRelay(QObject):
    def __init__(self, bar: QProgressBar, parent: QObject | None = None):
        super().__init__(parent)
        self.bar = bar
        self._steps: queue.SimpleQueue[tuple[int, int]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.collect)

    def report(self, done: int, total: int) -> None:
        """The callback handed to the service; safe to call from any thread."""
        self._steps.put((done, total))

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first step says how much there is
        self.bar.show()
        self._timer.start()

    def collect(self) -> None:
        latest = None
        while True:
            try:
                latest = self._steps.get_nowait()
            except queue.Empty:
                break
        if latest is not None:
            done, total = latest
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, max(total, 1)))

    def finish(self) -> None:
        """The job answered: take the last steps, show the bar full, stop polling."""
        self._timer.stop()
        self.collect()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
