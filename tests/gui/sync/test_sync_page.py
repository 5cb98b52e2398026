"""同步 page: a lead and a member installation in two real data folders, driven through the
page as the two schools would — add a school, invite, join, import the join request, approve
with the fingerprint read over the phone, export, import — and every refusal shown.

File choosers are Qt's static methods, monkeypatched to answer as a user would.
"""

import re
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar

from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.gui.qt_text import qt_translate
from jituan_desktop.gui.sync import SyncPage
from jituan_desktop.gui.widgets import file_dialogs
from jituan_desktop.gui.widgets.progress_relay import ProgressRelay
from jituan_desktop.gui.sync.schools_panel import NOT_REPORTED
from jituan_desktop.services import setup_ops
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import history as sync_history
from jituan_desktop.sync import membership as sync_membership
from jituan_desktop.sync import overview as sync_overview
from jituan_desktop.sync import results as st
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
MEMBER = "城关小学"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def member_store(tmp_path):
    store = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(store, MEMBER, today=TODAY)
    yield store
    store.close()


@pytest.fixture
def folders(tmp_path):
    made = {name: tmp_path / name for name in ("stick", "share")}
    for folder in made.values():
        folder.mkdir()
    return made


def open_page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10000)
    return page


def settled(qtbot, page) -> None:
    """Wait until the page has no job outstanding and has read its snapshot again."""
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0 and not page._reload_pending,
                    timeout=10000)


def choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(folder))


def choose_files(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(p) for p in paths])


def row_of(page, name: str) -> int:
    return next(i for i, s in enumerate(page.schools.states) if s.name == name)


def add_school(qtbot, page, name: str, code: str = ""):
    page.schools.add_button.click()
    dialog = page.schools.dialog
    dialog.name.setText(name)
    dialog.code.setText(code)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    return dialog


def invite(qtbot, monkeypatch, page, name: str, folder: Path) -> Path:
    page.schools.table.selectRow(row_of(page, name))
    choose_folder(monkeypatch, folder)
    before = set(folder.iterdir())
    page.schools.invite_button.click()
    qtbot.waitUntil(lambda: set(folder.iterdir()) != before, timeout=10000)
    settled(qtbot, page)
    (invitation,) = set(folder.iterdir()) - before
    assert str(invitation) in page.schools.message.text()
    return invitation


def join(qtbot, monkeypatch, page, invitation: Path, folder: Path):
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(invitation))
    choose_folder(monkeypatch, folder)
    assert page.header.join_button.isVisibleTo(page)
    with qtbot.waitSignal(page.joined, timeout=10000) as joined:
        page.header.join_button.click()
    settled(qtbot, page)
    return joined.args[0]


def import_files(qtbot, monkeypatch, page, *paths: Path) -> list:
    choose_files(monkeypatch, *paths)
    with qtbot.waitSignal(page.transfer.imported, timeout=20000) as done:
        page.transfer.files_button.click()
    settled(qtbot, page)
    return done.args[0]


def approve(qtbot, page, name: str, typed: str):
    page.schools.table.selectRow(row_of(page, name))
    page.schools.approve_button.click()
    dialog = page.schools.dialog
    dialog.fingerprint.setText(typed)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    settled(qtbot, page)
    return dialog


@pytest.fixture
def pages(qtbot, chinese, lead_store, member_store, context_for):
    lead_ctx, member_ctx = context_for(lead_store), context_for(member_store)
    return open_page(qtbot, lead_ctx), open_page(qtbot, member_ctx)


@pytest.fixture
def joined(qtbot, monkeypatch, pages, folders):
    """The lead added and invited 城关小学, the member joined, the lead imported the request."""
    lead, member = pages
    add_school(qtbot, lead, MEMBER)
    settled(qtbot, lead)
    invitation = invite(qtbot, monkeypatch, lead, MEMBER, folders["stick"])
    result = join(qtbot, monkeypatch, member, invitation, folders["stick"])
    (received,) = import_files(qtbot, monkeypatch, lead, result.path)
    return lead, member, result, received


def test_the_whole_walk_from_invitation_to_an_accepted_bundle(qtbot, monkeypatch, joined,
                                                              folders):
    lead, member, result, received = joined
    # The member shows the fingerprint it wrote into the join request, large, to read out.
    fingerprint = sync_overview.overview(member.ctx.store).fingerprint
    assert result.fingerprint == fingerprint == member.header.fingerprint.text()
    told = member.header.joined.text()
    assert fingerprint in told and str(result.path) in told
    assert member.header.state.text() == "等待牵头学校批准"
    assert not member.header.join_button.isVisibleTo(member)
    # The lead sees the join request with the same fingerprint, the school waiting.
    assert received.status == st.ACCEPTED and received.kind == "join_request"
    assert fingerprint in lead.transfer.table.item(0, 2).text()
    row = row_of(lead, MEMBER)
    assert lead.schools.table.item(row, 2).text() == "等待批准"
    assert lead.schools.approve_button.isEnabled()

    dialog = approve(qtbot, lead, MEMBER, fingerprint.lower().replace("-", " "))
    assert not dialog.isVisible()
    waiting = [i for i in sync_membership.installations(lead.ctx.store) if i.school_name == MEMBER]
    assert [i.state for i in waiting] == [st.INSTALLATION_APPROVED]
    assert lead.schools.table.item(row_of(lead, MEMBER), 2).text() == "已加入"
    # The import's result no longer asks to check by phone and approve: it says it is done.
    qtbot.waitUntil(lambda: "已批准" in lead.transfer.table.item(0, 2).text(), timeout=10000)
    assert "电话" not in lead.transfer.table.item(0, 2).text()
    assert fingerprint in lead.transfer.table.item(0, 2).text()

    # The member records something and exports it to the shared folder.
    add_practice_records(member.ctx.store, today=TODAY, observations=3)
    member.reload()
    settled(qtbot, member)
    pending = sync_overview.overview(member.ctx.store).pending_records
    assert pending > 0 and member.header.pending.text() == str(pending)
    member.transfer.folder.setEditText(str(folders["share"]))
    with qtbot.waitSignal(member.transfer.exported, timeout=20000) as exported:
        member.transfer.export_button.click()
    bundle = exported.args[0].path
    assert bundle.parent == folders["share"] and bundle.is_file()
    assert str(bundle) in member.transfer.export_result.text()
    assert "交给牵头学校" in member.transfer.export_result.text()  # what to do with it
    settled(qtbot, member)
    assert sync_overview.overview(member.ctx.store).export_folder == str(folders["share"])
    assert member.transfer.folder.itemText(0) == str(folders["share"])  # offered first next time
    bar = member.transfer.export_progress
    assert bar.isVisibleTo(member) and bar.value() == bar.maximum()

    # The lead imports the whole share folder; other pages hear that records changed.
    choose_folder(monkeypatch, folders["share"])
    with qtbot.waitSignal(lead.ctx.changed, timeout=20000) as changed, \
            qtbot.waitSignal(lead.transfer.imported, timeout=20000) as imported:
        lead.transfer.folder_button.click()
    assert {"LessonObservation", "Teacher"} <= changed.args[0].kinds
    (accepted,) = [r for r in imported.args[0] if r.path.name == bundle.name]
    assert accepted.status == st.ACCEPTED and accepted.added > 0
    settled(qtbot, lead)
    entries = sync_history.history(lead.ctx.store)
    assert any(e.file == bundle.name and e.status == st.ACCEPTED for e in entries)
    shown = [[lead.history.table.item(r, c).text() for c in range(7)]
             for r in range(lead.history.table.rowCount())]
    assert any(row[2] == MEMBER and row[5] == "已接受" and bundle.name in row[6]
               for row in shown)
    # Times as people write them, in this computer's time: 2026年11月25日 16:30.
    stamp = re.compile(r"20\d\d年1?\d月[123]?\d日 \d\d:\d\d")
    assert all(stamp.fullmatch(row[0]) for row in shown)
    # Reported this month now, so no longer highlighted.
    row = row_of(lead, MEMBER)
    assert lead.schools.table.item(row, 5).background() != NOT_REPORTED
    assert stamp.fullmatch(lead.schools.table.item(row, 3).text())


def test_a_wrong_fingerprint_is_refused_and_the_typed_text_stays(qtbot, joined):
    lead, _member, result, _ = joined
    wrong = next(f for f in ("AAAA-BBBB-CCCC-DDDD", "ZZZZ-ZZZZ-ZZZZ-ZZZZ")
                 if f != result.fingerprint)
    dialog = approve(qtbot, lead, MEMBER, wrong)
    assert dialog.isVisible() and dialog.fingerprint.text() == wrong
    message = dialog.general_error.text() or " ".join(dialog.errors.messages().values())
    assert CHINESE.search(message)
    with pytest.raises(Exception) as refused:
        sync_membership.approve(lead.ctx.store, MEMBER, wrong)
    assert message == refused.value.render(qt_translate)
    waiting = [i for i in sync_membership.installations(lead.ctx.store) if i.school_name == MEMBER]
    assert [i.state for i in waiting] == [st.INSTALLATION_WAITING]
    dialog.reject()


def test_a_damaged_file_is_refused_in_chinese_naming_the_file(qtbot, monkeypatch, pages,
                                                                tmp_path):
    lead, _member = pages
    damaged = tmp_path / "坏掉的文件.jtb"
    damaged.write_bytes(b"PK\x03\x04 this is not a whole bundle")
    (result,) = import_files(qtbot, monkeypatch, lead, damaged)
    assert result.status == st.REFUSED
    shown = lead.transfer.table.item(0, 2).text()
    assert shown == result.reason.render(qt_translate)
    assert damaged.name in shown and CHINESE.search(shown)
    assert lead.transfer.table.item(0, 1).text() == "被拒绝"
    assert "1" in lead.transfer.summary.text() and lead.transfer.summary.isVisibleTo(lead)
    assert lead.transfer.table.item(0, 0).foreground().color().name() == "#b00020"


def test_a_school_added_is_announced_and_reaches_the_directory(qtbot, pages):
    """Pages that choose among schools (filters, reports, 首页) learn of a new one."""
    lead, _member = pages
    with qtbot.waitSignal(lead.ctx.changed, timeout=10000) as announced:
        add_school(qtbot, lead, MEMBER)
    changes = announced.args[0]
    assert changes.kinds == {"School"}
    (uuid,) = changes.created["School"]
    qtbot.waitUntil(lambda: lead.ctx.directory is not None
                    and lead.ctx.directory.school_name(uuid) == MEMBER, timeout=10000)


def test_a_school_named_twice_is_refused_in_the_dialog(qtbot, pages):
    lead, _member = pages
    add_school(qtbot, lead, MEMBER)
    settled(qtbot, lead)
    row = row_of(lead, MEMBER)
    assert lead.schools.table.item(row, 2).text() == "未邀请"
    assert lead.schools.table.item(row, 0).background() == NOT_REPORTED
    dialog = add_school(qtbot, lead, MEMBER)
    assert dialog.isVisible() and dialog.name.text() == MEMBER
    shown = dialog.general_error.text() or " ".join(dialog.errors.messages().values())
    assert MEMBER in shown and CHINESE.search(shown)
    assert [s.name for s in sync_overview.school_states(lead.ctx.store)].count(MEMBER) == 1
    dialog.reject()


def test_revoking_a_laptop_asks_first_and_is_saved(qtbot, monkeypatch, joined):
    lead, _member, result, _ = joined
    approve(qtbot, lead, MEMBER, result.fingerprint)
    lead.schools.table.selectRow(row_of(lead, MEMBER))
    lead.schools.revoke_button.click()
    dialog = lead.schools.dialog
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.Yes))
    dialog.reason.setText("笔记本丢失")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    settled(qtbot, lead)
    assert asked and not dialog.isVisible()
    (info,) = [i for i in sync_membership.installations(lead.ctx.store) if i.school_name == MEMBER]
    assert info.state == st.INSTALLATION_REVOKED and info.reason == "笔记本丢失"
    assert lead.schools.table.item(row_of(lead, MEMBER), 2).text() == "已撤销"
    qtbot.waitUntil(lambda: "已撤销" in lead.transfer.table.item(0, 2).text(), timeout=10000)


def test_member_before_joining_cannot_export_and_the_lead_has_no_join_button(pages):
    lead, member = pages
    assert member.header.state.text() == "未加入"
    assert member.header.join_button.isVisibleTo(member)
    assert not member.transfer.export_button.isEnabled()
    assert member.tabs.indexOf(member.schools) < 0
    assert lead.header.state.text() == "牵头学校"
    assert not lead.header.join_button.isVisibleTo(lead)
    assert lead.tabs.indexOf(lead.schools) >= 0


def test_the_page_speaks_english_on_request(qtbot, english, lead_store, member_store,
                                            context_for):
    member = open_page(qtbot, context_for(member_store))
    lead = open_page(qtbot, context_for(lead_store))
    assert member.header.state.text() == "Not joined"
    assert member.header.join_button.text() == "Join an alliance…"
    assert lead.tabs.tabText(lead.tabs.indexOf(lead.schools)) == "Member schools"
    texts = [lead.tabs.tabText(i) for i in range(lead.tabs.count())]
    texts += [lead.schools.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert not any(CHINESE.search(t) for t in texts), texts
    assert QCoreApplication.translate("SyncLabels", "Joined") == "Joined"


def test_progress_reported_from_another_thread_reaches_the_bar(qtbot):
    bar = QProgressBar()
    qtbot.addWidget(bar)
    relay = ProgressRelay(bar)
    relay.start()
    worker = threading.Thread(target=lambda: [relay.report(i, 10) for i in range(1, 4)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bar.value() == 3, timeout=5000)
    assert bar.maximum() == 10
    relay.finish()
    assert bar.value() == bar.maximum()


# -- rough edges found walking the page with a mouse (docs/sync.md §8) ----------------------

def test_the_approve_dialog_takes_typing_in_its_field_and_tabs_to_ok(qtbot, joined):
    lead = joined[0]
    lead.schools.table.selectRow(row_of(lead, MEMBER))
    lead.schools.approve_button.click()
    dialog = lead.schools.dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.fingerprint, timeout=5000)
    after = dialog.fingerprint.nextInFocusChain()  # what Tab reaches next
    while not (after.focusPolicy() & Qt.TabFocus and after.isVisibleTo(dialog)):
        after = after.nextInFocusChain()
    assert after is dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.reject()


def test_another_schools_invitation_asks_before_joining_and_no_joins_nothing(
        qtbot, monkeypatch, pages, folders):
    lead, member = pages
    add_school(qtbot, lead, "南街小学")
    settled(qtbot, lead)
    invitation = invite(qtbot, monkeypatch, lead, "南街小学", folders["stick"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.No))
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(invitation))
    choose_folder(monkeypatch, folders["stick"])
    member.header.join_button.click()
    settled(qtbot, member)
    assert len(asked) == 1 and "南街小学" in asked[0] and MEMBER in asked[0]
    assert sync_overview.overview(member.ctx.store).state == st.NOT_JOINED
    assert not list(folders["stick"].glob("*_join_*"))
    assert member.header.notice.isVisibleTo(member)  # tells how to join


def test_files_for_the_other_side_on_a_stick_are_left_alone_not_refused(
        qtbot, monkeypatch, joined, folders):
    lead, member, result, _ = joined
    approve(qtbot, lead, MEMBER, result.fingerprint)
    lead.transfer.folder.setEditText(str(folders["stick"]))
    with qtbot.waitSignal(lead.transfer.exported, timeout=20000) as exported:
        lead.transfer.export_button.click()
    settled(qtbot, lead)
    assert "成员学校" in lead.transfer.export_result.text()  # one file for every school
    # The stick holds the invitation, the join request and the lead's bundle.
    choose_folder(monkeypatch, folders["stick"])
    with qtbot.waitSignal(member.transfer.imported, timeout=20000) as imported:
        member.transfer.folder_button.click()
    settled(qtbot, member)
    results = imported.args[0]
    skipped = [r for r in results if r.status == st.SKIPPED]
    assert skipped and not any(r.status == st.REFUSED for r in results)
    assert any(r.path == exported.args[0].path and r.status == st.ACCEPTED for r in results)
    table = member.transfer.table
    for row, r in enumerate(results):
        if r.status == st.SKIPPED:
            # The member's own join request is its own file, not another school's.
            own = r.path == result.path
            assert table.item(row, 1).text() == ("本校的文件" if own else "非本校文件")
            assert table.item(row, 0).foreground().color().name() != "#b00020"
    assert "被拒绝" not in member.transfer.summary.text()
    assert str(len(skipped)) in member.transfer.summary.text()


def test_a_member_that_has_joined_no_longer_shows_joining_steps_and_knows_its_own_bundle(
        qtbot, monkeypatch, joined, folders):
    """Issue 14: after joining, the member still said "give this file to the lead school…",
    and its own bundle, met again on the stick, read 非本校文件."""
    lead, member, result, _ = joined
    assert member.header.joined.isVisibleTo(member)  # waiting: the request is the step
    approve(qtbot, lead, MEMBER, result.fingerprint)
    lead.transfer.folder.setEditText(str(folders["share"]))
    with qtbot.waitSignal(lead.transfer.exported, timeout=20000):
        lead.transfer.export_button.click()
    settled(qtbot, lead)
    (from_lead,) = [r for r in import_files(qtbot, monkeypatch, member,
                                            *sorted(folders["share"].iterdir()))
                    if r.status == st.ACCEPTED]
    assert sync_overview.overview(member.ctx.store).state == st.JOINED
    assert member.header.state.text() == "已加入"
    assert not member.header.joined.isVisibleTo(member)
    assert "交给牵头学校" not in member.header.notice.text()
    assert not member.header.join_button.isVisibleTo(member)

    # Its own export next to the lead's bundle on the share: imported as a folder, its
    # bundle is "this school's own file", neither refused nor another school's.
    add_practice_records(member.ctx.store, today=TODAY, observations=1)
    member.reload()
    settled(qtbot, member)
    member.transfer.folder.setEditText(str(folders["share"]))
    with qtbot.waitSignal(member.transfer.exported, timeout=20000) as exported:
        member.transfer.export_button.click()
    settled(qtbot, member)
    own_bundle = exported.args[0].path
    choose_folder(monkeypatch, folders["share"])
    with qtbot.waitSignal(member.transfer.imported, timeout=20000) as imported:
        member.transfer.folder_button.click()
    settled(qtbot, member)
    results = imported.args[0]
    (mine,) = [r for r in results if r.path == own_bundle]
    assert mine.status == st.SKIPPED and not any(r.status == st.REFUSED for r in results)
    table = member.transfer.table
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == own_bundle.name)
    assert table.item(row, 1).text() == "本校的文件"
    assert "本校导出" in table.item(row, 2).text()
    assert "1 个文件是本校导出的" in member.transfer.summary.text()
    assert "非本校" not in member.transfer.summary.text()


def test_a_member_is_told_when_the_lead_holds_other_versions_of_its_records(
        qtbot, joined, capsys):
    """The import sets the flag when the lead's bundle shows another summary of this school
    though everything sent was acknowledged (importing._take_acks); the page and
    ``jituan status`` say what it means and what to do."""
    from jituan_desktop.cli.main import main
    from jituan_desktop.sync.standing import SEND_FULL

    _lead, member, _result, _received = joined
    assert not member.header.notice.text().startswith("牵头学校保存的本校记录")
    done = []
    member.ctx.run(lambda store: store.set_meta(SEND_FULL, "1"), done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10000)
    member.reload()
    settled(qtbot, member)
    notice = member.header.notice
    assert notice.isVisibleTo(member)
    assert notice.text().startswith("牵头学校保存的本校记录与本机不一致")
    assert "请导出同步包并交给牵头学校" in notice.text()
    assert sync_overview.overview(member.ctx.store).differs_from_lead
    assert main(["--data-dir", str(member.ctx.store.data_dir), "status"]) == 0
    assert "牵头学校保存的本校记录与本机不一致" in capsys.readouterr().out
