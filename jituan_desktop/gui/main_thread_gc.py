"""Python's garbage collector, run on the main thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed. The
database thread allocates a lot (a demo, an import), so it would collect the Qt wrappers of
closed windows and dialogs there, and Qt objects destroyed off the GUI thread crash the
process (a segmentation fault seen in the tests). Automatic collection is switched off and a
timer on the main thread collects instead, by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_installed: "MainThreadCollector | None" = None


class MainThreadCollector(QObject):
    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()
        app.aboutToQuit.connect(gc.enable)

    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_main_thread() -> None:
    """Install the collector once per application (idempotent)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None or (_installed is not None and _installed.parent() is app):
        return
    _installed = MainThreadCollector(app)
