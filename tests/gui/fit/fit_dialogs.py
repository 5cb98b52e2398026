"""The editors and dialogs the fit test opens besides the list pages' own editors
(``fit_windows.GROUPS["dialogs"]``): each is opened the way the app opens it, on the demo of
the lead school, and checked by ``session.problems`` (the session of ``fit_windows``).

A dialog the app shows with ``exec()`` (a question, a password) blocks until answered: those
are checked from a timer that fires inside their event loop, then answered with Cancel.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

Check = Callable[[object, str], list[str]]


def _close(dialog: QWidget) -> None:
    if hasattr(dialog, "_dirty"):
        dialog._dirty = False  # what the probe typed is not worth a question
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def _shown(session, name: str, dialog: QWidget | None) -> list[str]:
    """Show ``dialog`` (if the app has not yet), check it, close it."""
    if dialog is None:
        return [f"{name}: no dialog opened"]
    try:
        if not dialog.isVisible():
            dialog.open() if isinstance(dialog, QDialog) else dialog.show()
        session.settle()
        if not dialog.isVisible():
            return [f"{name}: the dialog did not show"]
        return session.problems(dialog, name)
    finally:
        _close(dialog)
        session.settle()


def dialog_check(open_dialog: Callable[[object], QWidget | None]) -> Check:
    """``open_dialog(session)`` opens the dialog (or builds it) and returns it."""
    def check(session, name: str) -> list[str]:
        return _shown(session, name, open_dialog(session))
    return check


def modal_check(trigger: Callable[[object], None], kind: type = QMessageBox) -> Check:
    """``trigger(session)`` makes the app ask something with ``exec()`` (a ``kind``); the
    question is checked while it is open, then cancelled."""
    def check(session, name: str) -> list[str]:
        found: list[str] = []
        tries = [0]
        older = QApplication.topLevelWidgets()  # kept, so that their ids stay theirs
        before = set(map(id, older))  # an older message is not the question

        def probe() -> None:
            shown = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible() and id(w) not in before]
            box = shown[-1] if shown else None
            if box is None:
                tries[0] += 1
                if tries[0] < 500:  # the question is not open yet: look again soon
                    QTimer.singleShot(20, probe)
                else:
                    found.append(f"{name}: no dialog opened")
                return
            found.extend(session.problems(box, name))
            cancel = None
            if isinstance(box, QMessageBox):
                cancel = box.escapeButton() or next(
                    (b for b in box.buttons() if box.buttonRole(b) == QMessageBox.RejectRole),
                    None)
            if cancel is not None:
                cancel.click()
            else:
                box.reject()

        QTimer.singleShot(0, probe)
        trigger(session)
        session.settle()
        return found
    return check


# -- 师徒结对: the session editor, opened as the page opens it (the pairing editor is an
# "editors" entry) -----
def _mentoring(session):
    page = session.window.show_page("mentoring")
    session.settle()
    return page


def _first_pairing(session, own: bool = False):
    """The page showing its first pairing (``own``: the first this school records)."""
    page = _mentoring(session)
    for row in range(page.pairings.model.rowCount()):
        page.pairings.table.selectRow(row)
        wait_until(session, lambda: page.detail.timeline.pairing is not None
                   and page.detail.timeline.pairing.uuid == page.chosen)
        if not own or page.detail.timeline.quick.isEnabled():
            return page
    raise LookupError("the demo has no pairing " + ("of this school" if own else "to open"))


def wait_until(session, condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    end = time.monotonic() + timeout_s
    session.settle()
    while not condition() and time.monotonic() < end:
        session.settle(0.05)


def session_details(session):
    """详细… on the quick-add row of a pairing's timeline: the full session form."""
    page = _first_pairing(session, own=True)
    timeline = page.detail.timeline
    timeline.quick.topic.setText("示范课研讨")
    timeline.quick.details_button.click()
    session.settle()
    return getattr(timeline, "editor", None)


def open_session(session):
    page = _first_pairing(session)
    timeline = page.detail.timeline
    if timeline.model.rowCount() == 0:
        raise LookupError("the demo's first pairing has no session")
    timeline.table.selectRow(0)
    timeline.open_current()
    session.settle()
    return getattr(timeline, "editor", None)


# -- 设置: the settings tables' editors and the backup's password ---------------------------
def settings_editor(section: str, existing: bool):
    def open_(session):
        page = session.window.show_page("settings")
        session.settle()
        table = getattr(page, section)
        page.tabs.setCurrentWidget(table)
        session.settle()
        if existing:
            table.open_current()
        else:
            table.new_record()
        session.settle()
        return getattr(table, "editor", None)
    return open_


def password(twice: bool):
    def open_(session):
        from jituan_desktop.gui.settings.backup_section import PasswordDialog
        page = session.window.show_page("settings")
        return PasswordDialog(page.backups, twice=twice)
    return open_


# -- 报送, 同步, 教师, 工作计划 ---------------------------------------------------------------
def mark_sent(session):
    """标记为已报送… on a report due (the page asks for it once the report is generated)."""
    from jituan_desktop.gui.submissions.mark_sent_dialog import MarkSentDialog
    page = session.window.show_page("submissions")
    session.settle()
    if not page.due.reports:
        raise LookupError("the demo has no report due")
    due = next((r for r in page.due.reports if r.generated_on is not None),
               page.due.reports[0])
    page.dialog = MarkSentDialog(session.ctx, due, page)
    return page.dialog


def school_dialog(kind: str):
    def open_(session):
        from jituan_desktop.gui.sync.school_dialogs import (AddSchoolDialog, ApproveDialog,
                                                            RevokeDialog)
        page = session.window.show_page("sync")
        session.settle()
        panel = page.schools
        if kind == "add":
            return AddSchoolDialog(session.ctx, panel)
        members = [s for s in panel.states if s.school != session.ctx.directory.my_school]
        if not members:
            raise LookupError("the demo has no member school")
        cls = ApproveDialog if kind == "approve" else RevokeDialog
        return cls(session.ctx, members[0], panel)
    return open_


ROSTER = "序号,姓名,性别,任教学科,职务,备注\n" + "".join(
    f"{i},测试{i},女,语文,教师,\n" for i in range(1, 30)) + "30,,男,炼丹术,教师,没有名字\n"


def roster_import(loaded: bool):
    def open_(session):
        page = session.window.show_page("teachers")
        session.settle()
        dialog = page.roster_button.open_dialog()
        if loaded:
            path = Path(tempfile.mkdtemp(prefix="fit-roster-")) / "花名册.csv"
            path.write_text(ROSTER, encoding="utf-8")
            dialog.load_file(path)
            session.settle()
        return dialog
    return open_


def link_record(session):
    page = session.window.show_page("plans")
    session.settle()
    if page.model.rowCount() == 0:
        raise LookupError("the demo has no plan")
    page.table.selectRow(0)
    page.open_current()
    session.settle()
    editor = page.editor
    try:
        editor.link_item(0)
        session.settle()
        return editor.link_dialog
    finally:
        QTimer.singleShot(0, lambda: _close(editor))  # once the link dialog is checked


def image_viewer(session):
    from jituan_desktop.gui.widgets.attachments_widget import ImageViewer
    path = Path(tempfile.mkdtemp(prefix="fit-photo-")) / "听课笔记.png"
    picture = QPixmap(1200, 1600)  # a phone's photo of a handwritten page, upright
    picture.fill(QColor("white"))
    picture.save(str(path))
    return ImageViewer(path, "听课笔记.png", session.window)


def first_run_wizard(session, name: str) -> list[str]:
    """The wizard as a first start shows it: the app on an empty data folder (an app of its
    own beside the session's), each of its pages in turn."""
    from jituan_desktop.clock import Clock
    from jituan_desktop.gui.desktop_app import DesktopApp
    from jituan_desktop.storage.store import Store
    store = Store.open(Path(tempfile.mkdtemp(prefix="fit-empty-")),
                       clock=Clock.from_environment())
    desktop = DesktopApp(session.app, store, language=session.language,
                         settings=session.settings)
    desktop.start()
    wizard = desktop.wizard
    try:
        if wizard is None or not wizard.isVisible():
            return [f"{name}: no wizard on an empty data folder"]
        found = session.problems(wizard, f"{name} (choice)")
        for button, title in ((wizard.choice_page.lead, "lead school"),
                              (wizard.choice_page.member, "member school")):
            button.setChecked(True)
            wizard.next()
            session.settle()
            found += session.problems(wizard, f"{name} ({title})")
            wizard.back()
        return found
    finally:
        if wizard is not None:
            wizard.rejected.disconnect()  # closing it here must not quit the probe
            wizard.hide()
        desktop.shutdown()
        store.close()
        session.settle()


# -- messages the app builds itself -------------------------------------------------------
def unsaved_question(session):
    page = session.window.show_page("observations")
    session.settle()
    page.new_record()
    session.settle()
    editor = page.editor
    editor.topic.setText("《秋天的雨》")
    editor.mark_dirty()
    try:
        editor.reject()  # asks 保存 / 不保存 / 取消; the probe answers 取消
    finally:
        QTimer.singleShot(0, lambda: _close(editor))


def output_notice(session):
    """Nothing opens the report just made: where it is, to copy (gui/widgets/system_open)."""
    from jituan_desktop.gui.widgets.system_open import NoProgramDialog
    page = session.window.show_page("reports")
    dialog = NoProgramDialog(Path(tempfile.gettempdir()) / "jituan" / "报表" /
                             "2026-2027学年第一学期 实验小学教育联盟 听课记录汇总表.pdf", page)
    dialog.open()
    return dialog


def restore_question(session):
    page = session.window.show_page("settings")
    page.backups._confirm("恢复备份将替换本机的全部记录。" * 6)


DIALOGS: list[tuple[str, Check]] = [
    ("mentoring session details editor", dialog_check(session_details)),
    ("open mentoring session editor", dialog_check(open_session)),
    ("new semester editor", dialog_check(settings_editor("semesters", False))),
    ("open semester editor", dialog_check(settings_editor("semesters", True))),
    ("new rubric editor", dialog_check(settings_editor("rubrics", False))),
    ("open rubric editor", dialog_check(settings_editor("rubrics", True))),
    ("new rule editor", dialog_check(settings_editor("rules", False))),
    ("open rule editor", dialog_check(settings_editor("rules", True))),
    ("backup password (new)", dialog_check(password(True))),
    ("backup password (open)", dialog_check(password(False))),
    ("mark-sent dialog", dialog_check(mark_sent)),
    ("add-school dialog", dialog_check(school_dialog("add"))),
    ("approve dialog", dialog_check(school_dialog("approve"))),
    ("revoke dialog", dialog_check(school_dialog("revoke"))),
    ("roster import dialog", dialog_check(roster_import(False))),
    ("roster import dialog with a file", dialog_check(roster_import(True))),
    ("plan link-record dialog", dialog_check(link_record)),
    ("photo viewer", dialog_check(image_viewer)),
    ("setup wizard", first_run_wizard),
    ("unsaved-changes question", modal_check(unsaved_question)),
    ("restore question", modal_check(restore_question)),
    ("no-viewer notice", dialog_check(output_notice)),
]
