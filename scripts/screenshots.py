"""Screenshots of every page, and of the editors, on the small demo, in Chinese and English.

    Xvfb :99 -screen 0 1366x900x24 &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py docs/screenshots

Runs the real app on a real (virtual) screen, opens each page as a user would, waits for its
data, and saves what the window shows. The demo is generated for a fixed day, so the
pictures change only when the app does.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)
PAGES = ("dashboard", "observations", "mentoring", "activities", "teachers", "settings")


def settle(app, seconds: float = 1.5) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot_editor(app, page, school: str, width: int, path: Path) -> None:
    """Open the first of the school's own records on ``page`` and picture its editor."""
    page.table.selectRow(next(i for i in range(page.model.rowCount())
                              if page.model.row(i)["owner_school"] == school))
    page.open_current()
    settle(app)
    if page.editor is not None:
        page.editor.resize(width, 780)
        settle(app, 0.5)
        page.editor.grab().save(str(path))
        page.editor._dirty = False
        page.editor.reject()


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jituan_desktop import i18n
    from jituan_desktop.demo.generator import generate_demo
    from jituan_desktop.gui.desktop_app import DesktopApp
    from jituan_desktop.gui.fonts import ensure_cjk_font
    from jituan_desktop.gui.translation import install_translators
    from jituan_desktop.services import query_ops
    from jituan_desktop.clock import Clock
    from jituan_desktop.storage.store import Store

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="jituan-shots-"))
    # The one clock starts on the demo's day, so the pictures change only when the app does.
    store = Store.open(folder, clock=Clock(TODAY))
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    app = QApplication([])
    font = ensure_cjk_font(app)
    print("font:", font)
    settings = QSettings(str(folder / "ui.ini"), QSettings.IniFormat)
    for language in ("zh_CN", "en"):
        i18n.set_language(language)
        install_translators(app, language)
        desktop = DesktopApp(app, store, language=language, settings=settings)
        desktop.start()
        window = desktop.window
        window.resize(1280, 800)
        window.move(0, 0)
        for key in PAGES:
            page = window.show_page(key)
            settle(app)
            if key == "mentoring":  # a pairing chosen: its sessions and quota counts
                page.pairings.table.selectRow(0)
                settle(app)
            window.grab().save(str(out / f"{key}-{language}.png"))
        for key, name, width in (("observations", "observation-editor", 1000),
                                 ("activities", "activity-editor", 900)):
            shoot_editor(app, window.show_page(key), store.school_uuid, width,
                         out / f"{name}-{language}.png")
        window.close()
        desktop.shutdown()
    print("saved to", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
