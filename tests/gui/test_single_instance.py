"""One app per data folder (issue 14): a second jituan-desktop on the same folder brings the
first window forward and exits; one on another computer sharing the folder is refused with
that computer's name; a lock left by a killed app is taken over; the CLI works beside the app.

The second app is a real process started as the user would (``jituan-desktop --data-dir``);
the first runs in this test, with the real lock file and local socket.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.gui.single_instance import server_name
from jituan_desktop.storage import app_lock
from jituan_desktop.sync.laptop import machine_token

ROOT = Path(__file__).resolve().parents[2]

# The desktop app as started by the user, with settings of its own; any message box it shows
# is printed ("BOX: ...") and closed, as a user reading it would.
LAUNCH = textwrap.dedent("""
    import sys, tempfile
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication([])

    def close_box():
        for w in app.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                print("BOX:", w.text(), flush=True)
                w.done(0)
                return
        QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    from jituan_desktop.app import main
    raise SystemExit(main(sys.argv[1:]))
""")

# Holds the data folder's lock as an app of another computer would, until stdin closes.
HOLD = textwrap.dedent("""
    import os, sys
    from jituan_desktop.storage import app_lock
    lock = app_lock.acquire(sys.argv[1], host=app_lock.host_name(), machine=sys.argv[2],
                            pid=os.getpid(), started="2026-11-25T01:30:00+00:00")
    print("held", flush=True)
    if sys.argv[3] == "wait":
        sys.stdin.read()
    os._exit(0)  # a killed app: nothing released, the files stay behind
""")


def environment(**extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def launch(folder: Path, **env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", LAUNCH, "--lang", "zh_CN", "--data-dir",
                             str(folder)], env=environment(**env), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def hold_lock(folder: Path, machine: str, host: str, wait: bool = True) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder), machine, "wait" if wait else "exit"],
        env=environment(JITUAN_HOST_NAME=host), cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def take(folder: Path) -> app_lock.AppLock:
    return app_lock.acquire(folder, host=app_lock.host_name(), machine=machine_token(),
                            pid=os.getpid(), started="2026-11-25T08:00:00+00:00")


@pytest.fixture
def first_app(qtbot, chinese, lead_store, settings):
    """The app already running on the lead's data folder, as app.main starts it."""
    lock = take(lead_store.data_dir)
    desktop = DesktopApp(chinese, lead_store, language="zh_CN", settings=settings)
    desktop.listen_for_second_launches(lead_store.data_dir)
    desktop.start()
    qtbot.addWidget(desktop.window)
    yield desktop
    desktop.shutdown()
    lock.release()


def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, first_app, lead_store):
    window = first_app.window
    window.showMinimized()
    requests = []
    first_app.instance_server.raise_requested.connect(lambda: requests.append(1))
    # The same folder by another spelling (a trailing "/."): the same resolved folder.
    second = launch(lead_store.data_dir / ".")
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert requests == [1]
    assert not window.isMinimized() and window.isVisible()
    assert "已经打开" in out and "BOX:" not in out  # no second window, no message to close


def test_another_computer_holding_the_folder_is_named_and_the_launch_refused(qtbot, chinese,
                                                                         tmp_path):
    folder = tmp_path / "share"
    holder = hold_lock(folder, machine="another-laptop-token", host="教务处的电脑")
    try:
        second = launch(folder)
        out, err = second.communicate(timeout=60)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert second.returncode == 1
    box = next(line for line in out.splitlines() if line.startswith("BOX:"))
    assert "另一台电脑" in box and "教务处的电脑" in box and "2026年11月25日" in box
    assert not (folder / "jituan.sqlite3").exists()  # the database was never touched


def test_the_same_computer_holding_it_without_answering_is_said(qtbot, chinese, tmp_path):
    """A lock held here by a program that does not listen (one still starting, or another
    user's): said, not a silent exit."""
    folder = tmp_path / "data"
    holder = hold_lock(folder, machine=machine_token(), host=app_lock.host_name())
    try:
        second = launch(folder)
        out, err = second.communicate(timeout=90)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert second.returncode == 1
    assert any(line.startswith("BOX:") and "这台电脑" in line and "没有响应" in line
               for line in out.splitlines()), out


def test_a_lock_left_by_a_killed_app_is_taken_over_silently(tmp_path):
    folder = tmp_path / "usb-stick"
    gone = hold_lock(folder, machine="the-other-laptop", host="六年级办公室", wait=False)
    gone.wait(timeout=30)
    assert app_lock.read_holder(folder).host == "六年级办公室"  # left behind
    lock = take(folder)
    try:
        assert lock is not None and lock.held
        assert json.loads((folder / app_lock.HOLDER_FILE).read_text())["pid"] == os.getpid()
    finally:
        lock.release()


def test_the_command_line_works_while_the_app_holds_the_folder(lead_store):
    lock = take(lead_store.data_dir)
    try:
        done = subprocess.run([sys.executable, "-m", "jituan_desktop", "--data-dir",
                               str(lead_store.data_dir), "status"], env=environment(),
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        lock.release()
    assert done.returncode == 0, done.stderr
    assert "实验小学" in done.stdout


def test_the_socket_name_is_the_folder_and_the_user(tmp_path):
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path / "a")) < 60
