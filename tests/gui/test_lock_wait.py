"""The desktop app while another program holds the database (issue 13, item 5): a job waits,
the status bar says why, and the job goes on once the other program lets go."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from jituan_desktop.domain.records import Teacher
from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.services import query_ops, record_ops

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)

# Another program holding a write transaction until told to let go.
HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE meta SET value = value WHERE key = 'installation_id'")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_a_save_waits_for_another_program_and_the_window_says_so(qtbot, chinese, demo_store,
                                                                 settings):
    desktop = DesktopApp(chinese, demo_store, language="zh_CN", settings=settings)
    desktop.start()
    window, ctx = desktop.window, desktop.window.ctx
    qtbot.addWidget(window)
    before = query_ops.count(demo_store, "teacher")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_store.path)], cwd=REPO,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().startswith("holding")
        notices: list[str] = []

        def waiting(text: str) -> None:  # on the UI thread: let the other program go
            notices.append(window.statusBar().currentMessage())
            holder.communicate("\n")

        ctx.waiting.connect(waiting)
        saved = []
        ctx.run(lambda store: record_ops.add_teacher(
            store, Teacher(school=store.school_uuid, name="等锁老师"), today=TODAY), saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    finally:
        if holder.returncode is None:
            holder.communicate("\n")
    assert len(notices) == 1
    assert "等待另一个程序释放数据库" in notices[0] and str(demo_store.path) in notices[0]
    assert query_ops.count(demo_store, "teacher") == before + 1
    desktop.shutdown()
