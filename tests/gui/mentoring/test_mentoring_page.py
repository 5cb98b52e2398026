"""The 师徒结对 page over real databases: pairings created and refused in the editor,
sessions added by quick add (keystrokes) and by the full form, the quota numbers equal to
compliance's, delete and undo, and another school's records read-only."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jituan_desktop.clock import Clock
from jituan_desktop.domain.enums import PairingStatus, SessionKind, Status
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import MentorPairing, MentorSession, Teacher
from jituan_desktop.gui.qt_text import label_of
from jituan_desktop.services import compliance_ops, mentoring_ops, query_ops, record_ops

from mentoring_helpers import WAIT, ask, listed, open_page, quota_cells, show

TODAY = date(2026, 11, 25)  # the contexts' fixed today


@pytest.fixture
def ctx(qtbot, lead_ctx):
    """A lead school with four teachers and no pairing yet."""
    for name in ("张三", "李四", "王五", "赵六"):
        ask(qtbot, lead_ctx, lambda store, name=name: record_ops.add_teacher(
            store, Teacher(school=store.school_uuid, name=name, subjects=["语文"]), today=TODAY))
    with qtbot.waitSignal(lead_ctx.directory_loaded, timeout=WAIT):
        lead_ctx.reload_directory()
    return lead_ctx


def teacher(ctx, name):
    return next(t.uuid for t in ctx.directory.teachers if t.name == name)


def sessions_of(qtbot, ctx, pairing):
    return ask(qtbot, ctx, lambda store: query_ops.page(
        store, "mentor_session", ListQuery(filters={"pairing": pairing})))


def make_pairing(qtbot, ctx, mentor="张三", mentee="李四"):
    p = MentorPairing(mentor=teacher(ctx, mentor), mentee=teacher(ctx, mentee),
                      start=TODAY - timedelta(days=60))
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        ctx.save(p, lambda _: None, pytest.fail)
    return p


def one_session_chosen(qtbot, ctx):
    """A pairing with one session, shown on the page with that session selected."""
    p = make_pairing(qtbot, ctx)
    s = MentorSession(pairing=p.uuid, session_date=TODAY, kind=SessionKind.DISCUSSION,
                      topic="研讨")
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        ctx.save(s, lambda _: None, pytest.fail)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    timeline = page.detail.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=WAIT)
    timeline.table.selectRow(0)
    return p, s, timeline


def test_new_pairing_from_the_editor(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.new_record()
    editor = page.editor
    assert editor.start.value() == TODAY and editor.status.value() == PairingStatus.ACTIVE
    editor.mentor.set_uuid(teacher(ctx, "张三"))
    editor.mentee.set_uuid(teacher(ctx, "李四"))
    assert editor.subject.text() == "语文"  # suggested from the mentee's subject
    editor.goals.setPlainText("站稳讲台")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(QDialogButtonBox.Save).click()
    rows = ask(qtbot, ctx, lambda store: mentoring_ops.pairings_page(store))
    assert [(r["mentor_name"], r["mentee_name"], r["goals"]) for r in rows] == \
        [("张三", "李四", "站稳讲台")]
    qtbot.waitUntil(lambda: page.detail.pairing is not None, timeout=WAIT)
    assert "张三" in page.detail.title.text() and "李四" in page.detail.title.text()
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 1, timeout=WAIT)


@pytest.mark.parametrize("mentee", ["张三", None])
def test_refused_pairing_shows_the_message_next_to_the_mentee(qtbot, ctx, mentee):
    page = open_page(qtbot, ctx)
    page.new_record()
    editor = page.editor
    editor.mentor.set_uuid(teacher(ctx, "张三"))
    editor.mentee.set_uuid(teacher(ctx, mentee) if mentee else None)
    editor.subject.setText("数学")
    editor.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: "mentee" in editor.errors.messages(), timeout=WAIT)
    assert editor.isVisible() and editor.subject.text() == "数学"
    assert editor.mentor.uuid() == teacher(ctx, "张三")
    assert ask(qtbot, ctx, lambda store: mentoring_ops.pairings_count(store)) == 0


def test_dissolving_asks_for_a_reason(qtbot, ctx):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    editor = page.open_pairing(p)
    assert not editor.reason_row.isVisibleTo(editor)
    editor.status.set_value(PairingStatus.DISSOLVED)
    assert editor.reason_row.isVisibleTo(editor)
    editor.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: "end_reason" in editor.errors.messages(), timeout=WAIT)
    editor.end_reason.setText("调动")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(QDialogButtonBox.Save).click()
    saved = ask(qtbot, ctx, lambda store: record_ops.get(store, MentorPairing, p.uuid))
    assert (saved.status, saved.end_reason, saved.ended_on) == \
        (PairingStatus.DISSOLVED, "调动", TODAY)


def test_quick_add_by_keystrokes_keeps_the_kind(qtbot, ctx):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    quick = page.detail.timeline.quick
    assert quick.session_date.value() == TODAY
    quick.kind.set_value(SessionKind.LESSON_POLISHING)
    quick.topic.setText("《秋天的雨》磨课")
    quick.minutes.setValue(45)
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        qtbot.keyClick(quick.topic, Qt.Key_Return)
    [row] = sessions_of(qtbot, ctx, p.uuid)
    assert (row["topic"], row["kind"], row["duration_minutes"], row["session_date"]) == \
        ("《秋天的雨》磨课", "lesson_polishing", 45, TODAY.isoformat())
    assert quick.topic.text() == "" and quick.kind.value() == SessionKind.LESSON_POLISHING
    qtbot.waitUntil(lambda: page.detail.timeline.model.rowCount() == 1, timeout=WAIT)
    quick.topic.setText("第二次")
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        qtbot.keyClick(quick.minutes, Qt.Key_Enter)
    assert [r["kind"] for r in sessions_of(qtbot, ctx, p.uuid)] == ["lesson_polishing"] * 2


def test_quick_add_left_open_overnight_dates_the_session_today(qtbot, ctx):
    """The row's date is today's until someone changes it: a page built yesterday (a
    laptop that slept overnight with the page open) dates this morning's session today,
    not the day the page was built; a date someone chose stays as chosen."""
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    quick = page.detail.timeline.quick
    assert quick.session_date.value() == TODAY
    tomorrow = TODAY + timedelta(days=1)
    ctx.store.clock = Clock(tomorrow)  # the next morning
    quick.topic.setText("晨会后交流")
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        qtbot.keyClick(quick.topic, Qt.Key_Return)
    [row] = sessions_of(qtbot, ctx, p.uuid)
    assert row["session_date"] == tomorrow.isoformat()
    assert quick.session_date.text() == "2026年11月26日"  # what was saved is what is shown
    chosen = TODAY - timedelta(days=3)
    quick.session_date.set_value(chosen)  # a batch from last week's notebook
    ctx.store.clock = Clock(tomorrow + timedelta(days=1))
    quick.topic.setText("补记上周的交流")
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        qtbot.keyClick(quick.topic, Qt.Key_Return)
    assert sorted(r["session_date"] for r in sessions_of(qtbot, ctx, p.uuid)) == \
        [chosen.isoformat(), tomorrow.isoformat()]


def test_refused_quick_add_keeps_what_was_typed(qtbot, ctx):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    quick = page.detail.timeline.quick
    tomorrow = TODAY + timedelta(days=1)
    quick.session_date.set_value(tomorrow)
    quick.kind.set_value(SessionKind.READING)
    quick.topic.setText("读《给教师的建议》")
    qtbot.keyClick(quick.topic, Qt.Key_Return)
    qtbot.waitUntil(lambda: "session_date" in quick.errors.messages(), timeout=WAIT)
    assert "今天" in quick.errors.messages()["session_date"]
    assert (quick.session_date.value(), quick.kind.value(), quick.topic.text()) == \
        (tomorrow, SessionKind.READING, "读《给教师的建议》")
    assert sessions_of(qtbot, ctx, p.uuid) == []


def test_a_stray_enter_in_an_empty_quick_row_records_nothing(qtbot, ctx):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    quick = page.detail.timeline.quick
    quick.minutes.setValue(30)
    qtbot.keyClick(quick.topic, Qt.Key_Return)
    assert "回车" in quick.errors.messages()["topic"]
    assert quick.minutes.value() == 30
    ask(qtbot, ctx, lambda store: None)  # anything queued has run
    assert sessions_of(qtbot, ctx, p.uuid) == []


def test_session_by_the_full_form_carries_the_quick_row(qtbot, ctx):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    timeline = page.detail.timeline
    timeline.quick.kind.set_value(SessionKind.MENTOR_OBSERVES)
    timeline.quick.topic.setText("听徒弟上《找春天》")
    timeline.quick.details_button.click()
    editor = timeline.editor
    assert editor.topic.text() == "听徒弟上《找春天》"
    assert editor.kind.value() == SessionKind.MENTOR_OBSERVES
    editor.content.setPlainText("导入环节过长")
    editor.takeaway.setPlainText("学会了设计问题链")
    editor.feedback.setPlainText("注意评价语")
    editor.next_steps.setPlainText("下周再上一次")
    editor.duration.setValue(40)
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(QDialogButtonBox.Save).click()
    [row] = sessions_of(qtbot, ctx, p.uuid)
    saved = ask(qtbot, ctx, lambda store: mentoring_ops.session(store, row["uuid"]))
    assert (saved.topic, saved.kind, saved.content, saved.takeaway, saved.feedback,
            saved.next_steps, saved.duration_minutes) == (
        "听徒弟上《找春天》", SessionKind.MENTOR_OBSERVES, "导入环节过长", "学会了设计问题链",
        "注意评价语", "下周再上一次", 40)
    assert timeline.quick.topic.text() == ""


def test_editing_a_session_and_a_refusal_in_the_form(qtbot, ctx):
    p, s, timeline = one_session_chosen(qtbot, ctx)
    timeline.open_current()
    qtbot.waitUntil(lambda: getattr(timeline, "editor", None) is not None, timeout=WAIT)
    editor = timeline.editor
    editor.session_date.set_value(p.start - timedelta(days=1))
    editor.buttons.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: "session_date" in editor.errors.messages(), timeout=WAIT)
    editor.session_date.set_value(TODAY)
    editor.topic.setText("研讨：作业设计")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(QDialogButtonBox.Save).click()
    assert ask(qtbot, ctx, lambda store: mentoring_ops.session(store, s.uuid)).topic == \
        "研讨：作业设计"


def test_delete_and_undo_a_session(qtbot, ctx, monkeypatch):
    p, s, timeline = one_session_chosen(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(ctx.undo_offered, timeout=WAIT) as offered:
        timeline.delete_button.click()
    assert sessions_of(qtbot, ctx, p.uuid) == []
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 0, timeout=WAIT)
    _, undo = offered.args
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        undo()
    assert [r["uuid"] for r in sessions_of(qtbot, ctx, p.uuid)] == [s.uuid]
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=WAIT)


def test_delete_a_pairing_and_undo(qtbot, ctx, monkeypatch):
    p = make_pairing(qtbot, ctx)
    page = open_page(qtbot, ctx)
    show(qtbot, page, p.uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(ctx.undo_offered, timeout=WAIT) as offered:
        page.detail.delete_button.click()
    assert ask(qtbot, ctx, lambda store: mentoring_ops.pairings_count(store)) == 0
    qtbot.waitUntil(lambda: page.detail.pairing is None, timeout=WAIT)
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        offered.args[1]()
    assert ask(qtbot, ctx, lambda store: mentoring_ops.pairings_count(store)) == 1


def test_search_by_name_or_initials_and_status_filter(qtbot, ctx):
    make_pairing(qtbot, ctx)
    make_pairing(qtbot, ctx, "王五", "赵六")
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 2, timeout=WAIT)
    page.focus_search()
    page.pairings.search.setText("zl")
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 1, timeout=WAIT)
    assert page.pairings.model.row(0)["mentee_name"] == "赵六"
    page.pairings.search.clear()
    page.pairings.status_filter.set_value(PairingStatus.GRADUATED)
    qtbot.waitUntil(lambda: listed(page) == 0, timeout=WAIT)
    assert page.pairings.model.rowCount() == 0


def test_quota_counts_equal_compliance_and_follow_a_new_session(qtbot, demo_ctx):
    ctx = demo_ctx
    semester = ctx.directory.current_semester
    mine = ask(qtbot, ctx, lambda store: mentoring_ops.pairings_page(
        store, ListQuery(filters={"status": "active"}, school=store.school_uuid)))
    pairing = next(r["uuid"] for r in mine if r["owner_school"] == ctx.directory.my_school)

    def expected():
        results = ask(qtbot, ctx, lambda store: compliance_ops.compliance(
            store, semester, today=TODAY))
        return {r.rule.name: f"{r.count} / {r.threshold}" for r in results
                if r.subject.key == pairing}

    page = open_page(qtbot, ctx)
    show(qtbot, page, pairing)
    before = expected()
    assert before and {row[2]: row[3] for row in quota_cells(page) if row[3]} == before
    quick = page.detail.timeline.quick
    quick.kind.set_value(SessionKind.MENTEE_OBSERVES)
    quick.topic.setText("听师傅上课")
    with qtbot.waitSignal(ctx.changed, timeout=WAIT):
        qtbot.keyClick(quick.topic, Qt.Key_Return)
    after = expected()
    assert after != before
    qtbot.waitUntil(lambda: {row[2]: row[3] for row in quota_cells(page) if row[3]} == after,
                    timeout=WAIT)
    counts = ask(qtbot, ctx, lambda store: mentoring_ops.pairing_detail(
        store, pairing, semester, TODAY)).kind_counts
    row = next(r for r in quota_cells(page) if r[0] == label_of(SessionKind.MENTEE_OBSERVES))
    assert row[1] == str(counts["mentee_observes"])


def test_another_schools_pairing_is_read_only(qtbot, demo_ctx):
    ctx = demo_ctx
    rows = ask(qtbot, ctx, lambda store: mentoring_ops.pairings_page(store))
    row = next(r for r in rows if r["owner_school"] != ctx.directory.my_school)
    page = open_page(qtbot, ctx)
    show(qtbot, page, row["uuid"])
    assert not page.detail.delete_button.isEnabled()
    page.detail.edit_button.click()
    editor = page.editor
    assert editor.read_only and not editor.buttons.button(QDialogButtonBox.Save).isVisible()
    assert not editor.mentor.isEnabled() and editor.goals.isReadOnly()
    editor.save()  # Ctrl+S does nothing on a read-only form
    assert not editor.saving


def test_the_quota_standing_stays_in_view_on_a_1024_pixel_screen(qtbot, demo_ctx):
    # Walk of issue 14: at 1024×768 the quota's 状态 column lay beyond the table's right
    # edge (the long sentence "落后：… 还差 7 次，截止 …" widened it); only its first glyph showed.
    ctx = demo_ctx
    mine = ask(qtbot, ctx, lambda store: mentoring_ops.pairings_page(
        store, ListQuery(filters={"status": "active"}, school=store.school_uuid)))
    pairing = next(r["uuid"] for r in mine if r["owner_school"] == ctx.directory.my_school)
    page = open_page(qtbot, ctx)
    page.resize(860, 680)  # the page's share of a 1024×768 window
    show(qtbot, page, pairing)
    table = page.detail.quota
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=WAIT)
    header, width = table.horizontalHeader(), table.viewport().width()
    status = 4
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= width
    standings = {label_of(s) for s in Status}
    for row in range(table.rowCount()):
        item = table.item(row, status)
        if item.text():
            assert item.text() in standings
            assert item.toolTip().startswith(item.text())  # the whole sentence, then the rule
            assert table.item(row, 2).text() in item.toolTip()


def test_the_goals_box_starts_beside_its_label(qtbot, ctx):
    # Walk of issue 14: capped at 140 px, the box sat in the middle of its tall row, about
    # 90 px below its label 目标, with a gap above and below it.
    page = open_page(qtbot, ctx)
    page.new_record()
    editor = page.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    label = editor.form.labelForField(editor.goals_row)
    body = label.parentWidget()
    box_top = editor.goals.mapTo(body, editor.goals.rect().topLeft()).y()
    assert abs(box_top - label.geometry().top()) <= 8
    status_label = editor.form.labelForField(editor.status.parentWidget())
    box_bottom = editor.goals.mapTo(body, editor.goals.rect().bottomLeft()).y()
    assert status_label.geometry().top() - box_bottom <= 40  # no empty band below the box
