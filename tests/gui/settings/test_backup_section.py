"""设置 → 备份与恢复, driven as a principal would over real data folders: the list of copies,
a backup to a folder, a wrong password shown as a refusal, and a restore into ANOTHER data
folder after the preview (the questions answered without modal dialogs)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from jituan_desktop.gui.settings import SettingsPage
from jituan_desktop.gui.settings.backup_section import BackupSection
from jituan_desktop.services import backup_ops, setup_ops
from jituan_desktop.storage.store import DATABASE_FILE, Store
from jituan_desktop.sync.installation import check_installation
from suite_clock import CLOCK

PASSWORD = "校长的密码-2026"
TODAY = date(2026, 11, 25)


def section_over(qtbot, ctx) -> BackupSection:
    section = BackupSection(ctx)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        section.reload()
    return section


def teachers(folder) -> list[str]:
    conn = sqlite3.connect(str(folder / DATABASE_FILE))
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM teacher WHERE deleted = 0"))
    finally:
        conn.close()


def test_the_page_has_the_section_listing_the_copies(qtbot, lead_ctx, lead_store):
    backup_ops.daily(lead_store)
    page = SettingsPage(lead_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.backups.loaded, timeout=10000):
        pass
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "备份与恢复" in titles
    assert page.backups.table.rowCount() == 1
    assert page.backups.table.item(0, 1).text() == "每日备份"
    assert page.backups.table.item(0, 3).text().startswith("实验小学：")
    assert "名教师" in page.backups.table.item(0, 3).text()
    assert page.backups.budget.value() == 2


def test_backup_to_a_folder_then_restore_it_into_another_data_folder(qtbot, lead_ctx,
                                                                     lead_store, tmp_path,
                                                                     context_for):
    check_installation(lead_store)  # as the app does on opening: this laptop has its key
    section = section_over(qtbot, lead_ctx)
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(section.backed_up, timeout=20000) as made:
        section.backup_to(usb, PASSWORD, PASSWORD)
    backup = made.args[0]
    assert backup.parent == usb and "已写入备份" in section.status.text()
    # Another laptop, set up for another school.
    other = Store.open(tmp_path / "other", clock=CLOCK)
    setup_ops.init_lead(other, "北关联盟", "北关小学", today=TODAY)
    check_installation(other)
    other_ctx = context_for(other)
    there = section_over(qtbot, other_ctx)
    before = teachers(other.data_dir)
    # A wrong password: a clear refusal, nothing changed, the store still open.
    there.confirm = lambda text: (_ for _ in ()).throw(AssertionError("asked to confirm"))
    there.preview(backup, "wrong password")
    qtbot.waitUntil(lambda: not there.error.isHidden(), timeout=20000)
    assert "密码打不开" in there.error.text()
    assert teachers(other.data_dir) == before and other.meta("school") == other.school_uuid
    # The right one: the preview says date, school and counts; the user agrees.
    asked = []
    there.confirm = lambda text: asked.append(text) or True
    closed = []
    there.after_restore = lambda: closed.append(True)
    with qtbot.waitSignal(there.restored, timeout=30000) as restored:
        there.preview(backup, PASSWORD)
    [text] = asked
    assert "实验小学" in text and "名教师" in text and "替换" in text
    assert closed == [True]
    assert restored.args[0].saved_copy.parent == tmp_path / "other" / "backups"
    assert teachers(tmp_path / "other") == teachers(lead_store.data_dir)
    again = Store.open(tmp_path / "other", clock=CLOCK)
    try:
        assert again.school_uuid == lead_store.school_uuid
        # a database copied to another laptop became a new installation on opening
        assert again.installation_id != lead_store.installation_id
    finally:
        again.close()


def test_mistyped_passwords_are_refused_and_nothing_is_written(qtbot, lead_ctx, tmp_path):
    section = section_over(qtbot, lead_ctx)
    usb = tmp_path / "usb"
    usb.mkdir()
    section.backup_to(usb, PASSWORD, PASSWORD + "x")
    qtbot.waitUntil(lambda: not section.error.isHidden(), timeout=10000)
    assert "不一致" in section.error.text()
    assert list(usb.iterdir()) == []
    assert section.backup_button.isEnabled()


def test_the_password_dialog_says_what_is_wrong_before_it_closes(qtbot, chinese):
    from jituan_desktop.gui.settings.backup_section import PasswordDialog

    dialog = PasswordDialog(twice=True)
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.result() != PasswordDialog.Accepted and "8" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "!")
    dialog.accept()
    assert "不一致" in dialog.error.text()
    dialog.again.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == PasswordDialog.Accepted and dialog.values() == (PASSWORD, PASSWORD)


def test_a_restore_refused_after_the_preview_closes_the_window_and_changes_nothing(
        qtbot, lead_ctx, lead_store, tmp_path, context_for):
    """Another program holds the other laptop's database (a jituan command, say): the
    restore is refused, the records stay, and the window closes (its store is closed)."""
    section = section_over(qtbot, lead_ctx)
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(section.backed_up, timeout=20000) as made:
        section.backup_to(usb, PASSWORD, PASSWORD)
    other = Store.open(tmp_path / "other", clock=CLOCK)
    setup_ops.init_lead(other, "北关联盟", "北关小学", today=TODAY)
    holder = Store.open(tmp_path / "other", clock=CLOCK)  # the other program
    try:
        holder.execute("SELECT count(*) FROM school").fetchone()
        there = section_over(qtbot, context_for(other))
        there.confirm = lambda text: True
        there.after_restore = lambda: pytest.fail("restored although the database is in use")
        failed = []
        there.after_failed_restore = failed.append
        there.preview(made.args[0], PASSWORD)
        qtbot.waitUntil(lambda: bool(failed), timeout=30000)
        assert "另一个程序" in failed[0] and "另一个程序" in there.error.text()
        assert holder.execute("SELECT name FROM school").fetchone()[0] == "北关小学"
    finally:
        holder.close()


def test_the_app_makes_the_days_copy_once_its_window_is_up(qtbot, chinese, lead_store,
                                                            settings):
    from jituan_desktop.gui.desktop_app import DesktopApp
    from jituan_desktop.storage import backups

    desktop = DesktopApp(chinese, lead_store, language="zh_CN", settings=settings)
    desktop.start()
    qtbot.addWidget(desktop.window)
    folder = lead_store.data_dir
    qtbot.waitUntil(lambda: [e.kind for e in backups.entries(folder)] == ["daily"],
                    timeout=20000)
    first = desktop.window
    desktop.show_main()  # a new window, as after switching the language: the same day
    qtbot.addWidget(desktop.window)
    done = []
    desktop.ctx.run(lambda _store: None, done.append)  # jobs run in order
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert [e.kind for e in backups.entries(folder)] == ["daily"]
    first.close()
    desktop.shutdown()
