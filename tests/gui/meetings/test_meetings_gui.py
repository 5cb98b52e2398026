"""The 会议纪要 page and editor over the small demo, as a principal uses them: record a
联盟校会议 with two decisions, mark one carried out, see a refusal keep the form, and read
another school's minutes without being able to change them."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

sys.path.insert(0, str(Path(__file__).parent.parent / "activities"))
import activities_helpers as helpers  # noqa: E402
from activities_helpers import new_editor, on_db, open_row, rows, save, settled  # noqa: E402

from jituan_desktop.domain.list_query import ListQuery  # noqa: E402
from jituan_desktop.domain.meetings import DecisionState, Meeting, MeetingKind  # noqa: E402
from jituan_desktop.gui.meetings.decisions_table import (DONE_ON, DUE, FOLLOW_UP,  # noqa: E402
                                                         STATE, TEXT)
from jituan_desktop.gui.meetings.meetings_page import MeetingsPage  # noqa: E402
from jituan_desktop.services import meeting_ops, query_ops  # noqa: E402


def make_page(qtbot, ctx) -> MeetingsPage:
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def load(qtbot, ctx, uuid: str) -> Meeting | None:
    return helpers.load(qtbot, ctx, uuid, Meeting)


def meeting_count(qtbot, ctx) -> int:
    return on_db(qtbot, ctx, lambda store: query_ops.count(store, "meeting", ListQuery()))


def teachers_of(ctx, school: str, n: int):
    return [t for t in ctx.directory.teachers if t.school == school and t.active][:n]


def member_school(ctx):
    return next(s for s in ctx.directory.schools if s.uuid != ctx.directory.my_school)


def tick_school(editor, uuid: str) -> None:
    for i in range(editor.schools.count()):
        if editor.schools.item(i).data(Qt.UserRole) == uuid:
            editor.schools.item(i).setCheckState(Qt.Checked)


def add_decision(editor, text: str, follow_up: str | None, due: date | None) -> int:
    table = editor.decisions
    table.add_button.click()
    row = table.table.rowCount() - 1
    table.table.item(row, TEXT).setText(text)
    table.widget(row, FOLLOW_UP).set_uuid(follow_up)
    table.widget(row, DUE).set_optional(due)
    return row


def fill(editor, ctx) -> tuple[list, object]:
    """A 联盟校会议 with a member school and three attendees (two of ours, one of theirs)."""
    mine = ctx.directory.my_school
    head, clerk = teachers_of(ctx, mine, 2)
    member = member_school(ctx)
    (guest,) = teachers_of(ctx, member.uuid, 1)
    editor.meeting_date.set_value(date(2026, 11, 20))
    editor.start_time.setText("14:30")
    editor.end_time.setText("16:00")
    editor.place.setText("实验小学三楼会议室")
    tick_school(editor, member.uuid)
    editor.chair.set_uuid(head.uuid)
    editor.recorder.set_uuid(clerk.uuid)
    for t in (head, clerk, guest):
        editor.attendees.tick(t.uuid)
    editor.agenda.setPlainText("1. 各校汇报本月工作\n2. 部署12月送教下乡")
    editor.discussion.setPlainText("与会人员逐项研究。")
    return [head, clerk, guest], member


def test_record_an_alliance_meeting_with_two_decisions_then_mark_one_done(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    settled(qtbot, page)
    editor = new_editor(qtbot, page)
    d = demo_ctx.directory
    # Defaults: a 联盟校会议 of my school today, its title following the kind and month.
    assert editor.kind.value() is MeetingKind.ALLIANCE
    assert editor.host_school.uuid() == d.my_school
    assert editor.meeting_date.value() == demo_ctx.today()
    assert editor.title.text() == "2026年11月联盟校会议"
    assert not editor.print_button.isEnabled()  # nothing saved to print yet

    (head, clerk, guest), member = fill(editor, demo_ctx)
    assert editor.attendees.summary.text().startswith("出席 3 人：")
    add_decision(editor, "11月底前上报送教名单", clerk.uuid, date(2026, 11, 30))
    add_decision(editor, "12月上旬完成送教下乡", guest.uuid, date(2026, 12, 10))
    saved = save(qtbot, editor)

    stored = load(qtbot, demo_ctx, saved.uuid)
    assert (stored.kind, stored.title, stored.meeting_date) == (
        MeetingKind.ALLIANCE, "2026年11月联盟校会议", date(2026, 11, 20))
    others = [s.uuid for s in d.schools if s.uuid != d.my_school]
    assert stored.schools == others and stored.host_school == d.my_school  # the lead: all
    assert (stored.chair, stored.recorder) == (head.uuid, clerk.uuid)
    assert stored.attendees == [head.uuid, clerk.uuid, guest.uuid]
    assert [(x.text, x.follow_up, x.due, x.state) for x in stored.decisions] == [
        ("11月底前上报送教名单", clerk.uuid, date(2026, 11, 30), DecisionState.OPEN),
        ("12月上旬完成送教下乡", guest.uuid, date(2026, 12, 10), DecisionState.OPEN)]
    qtbot.waitUntil(lambda: saved.uuid in {r["uuid"] for r in rows(page)}, timeout=10000)
    row = next(r for r in rows(page) if r["uuid"] == saved.uuid)
    assert (row["decision_count"], row["open_count"], row["attendee_count"]) == (2, 2, 3)

    # Opened again, the first decision is marked carried out: today fills in by itself.
    again = open_row(qtbot, page, rows(page).index(row))
    assert again.decisions.table.rowCount() == 2 and not again.read_only
    again.decisions.widget(0, STATE).set_value(DecisionState.DONE)
    assert again.decisions.widget(0, DONE_ON).optional_value() == demo_ctx.today()
    save(qtbot, again)
    stored = load(qtbot, demo_ctx, saved.uuid)
    assert (stored.decisions[0].state, stored.decisions[0].done_on) == (
        DecisionState.DONE, demo_ctx.today())
    assert stored.decisions[0].id == saved.decisions[0].id  # the same decision, followed up
    still_open = on_db(qtbot, demo_ctx, lambda store: meeting_ops.open_decisions(store))
    assert [x.text for x in still_open if x.meeting_uuid == saved.uuid] == ["12月上旬完成送教下乡"]
    qtbot.waitUntil(lambda: next(r for r in rows(page) if r["uuid"] == saved.uuid)["open_count"]
                    == 1, timeout=10000)


def test_a_meeting_without_attendees_is_refused_and_the_form_kept(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    before = meeting_count(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    fill(editor, demo_ctx)
    for uuid in list(editor.attendees.attendees()):
        editor.attendees.show_school(demo_ctx.directory.teacher(uuid).school)
        editor.attendees._tick_all(False)
    assert editor.attendees.attendees() == []
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "attendees" in editor.errors.messages(), timeout=10000)
    assert editor.errors.messages()["attendees"] == "请至少填写一名出席人员。"
    assert editor.isVisible() and editor.place.text() == "实验小学三楼会议室"
    assert meeting_count(qtbot, demo_ctx) == before
    editor._dirty = False
    editor.reject()


def test_a_decision_without_a_date_is_refused_then_corrected(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    before = meeting_count(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    (head, clerk, guest), _ = fill(editor, demo_ctx)
    row = add_decision(editor, "完善联盟章程", clerk.uuid, None)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "decisions" in editor.errors.messages(), timeout=10000)
    assert editor.errors.messages()["decisions"] == "第1项决定：请填写完成期限。"
    assert editor.decisions.table.item(row, TEXT).text() == "完善联盟章程"
    assert meeting_count(qtbot, demo_ctx) == before
    editor.decisions.widget(row, DUE).set_value(date(2026, 12, 20))
    stored = load(qtbot, demo_ctx, save(qtbot, editor).uuid)
    assert stored.decisions[0].due == date(2026, 12, 20)


def test_a_decision_done_in_the_future_is_refused(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    (_, clerk, _), _ = fill(editor, demo_ctx)
    row = add_decision(editor, "上报名单", clerk.uuid, date(2026, 12, 20))
    editor.decisions.widget(row, STATE).set_value(DecisionState.DONE)
    editor.decisions.widget(row, DONE_ON).set_value(demo_ctx.today() + timedelta(days=3))
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "decisions" in editor.errors.messages(), timeout=10000)
    assert editor.errors.messages()["decisions"] == "第1项决定：落实日期不能晚于今天。"
    editor._dirty = False
    editor.reject()


def test_filters_narrow_the_list(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    everything = settled(qtbot, page)
    assert page.count_label.text() == f"共 {everything} 次会议"
    page.kind_filter.set_value(MeetingKind.JOINT)
    joint = settled(qtbot, page)
    assert 0 < joint < everything
    assert {r["kind"] for r in rows(page)} == {"joint"}
    member = member_school(demo_ctx)
    page.school_filter.setCurrentIndex(page.school_filter.findData(member.uuid))
    settled(qtbot, page)
    assert rows(page) and all(member.uuid in (r["host_school"], *json.loads(r["schools"]))
                              for r in rows(page))
    page.kind_filter.set_value(None)
    page.search.setText("理事会议")
    assert 0 < settled(qtbot, page) < everything


def test_another_schools_minutes_are_read_only(qtbot, demo_ctx, monkeypatch):
    page = make_page(qtbot, demo_ctx)
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    settled(qtbot, page)
    mine = demo_ctx.directory.my_school
    index = next(i for i, r in enumerate(rows(page)) if r["owner_school"] != mine)
    row = page.model.row(index)
    page.table.selectRow(index)
    assert not page.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.Yes)
    page.delete_current()
    assert load(qtbot, demo_ctx, row["uuid"]) is not None

    editor = open_row(qtbot, page, index)
    assert editor.read_only and editor.title.isReadOnly()
    assert demo_ctx.directory.school_name(row["owner_school"]) in editor.notice.text()
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isVisible()
    assert not editor.decisions.add_button.isVisible()
    assert not editor.decisions.widget(0, STATE).isEnabled()
    assert editor.attendees.school.isEnabled()  # the rosters can still be looked through
    assert editor.print_button.isEnabled()  # and the minutes printed
    editor.title.setText("改不了")
    editor.save()
    assert load(qtbot, demo_ctx, row["uuid"]).title == row["title"]
    editor.reject()


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_english_page_and_editor_on_an_empty_installation(qtbot, lead_ctx, english):
    page = make_page(qtbot, lead_ctx)
    assert settled(qtbot, page) == 0
    page.new_record()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    texts = [w.text() for w in page.findChildren(QLabel) + page.editor.findChildren(QLabel)]
    texts += [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    texts += [b.text() for b in page.editor.findChildren(QPushButton)]
    assert "Attendees" in texts and "Decisions" in texts and "Add decision" in texts
    assert not [t for t in texts if has_chinese(t)]
    page.editor.reject()


def test_chinese_page_has_no_english_left(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    settled(qtbot, page)
    page.new_record()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    editor = page.editor
    texts = [w.text() for w in page.findChildren(QLabel) + editor.findChildren(QLabel)]
    texts += [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    texts += [b.text() for b in editor.findChildren(QPushButton)]
    texts += [editor.decisions.table.horizontalHeaderItem(i).text() for i in range(5)]
    texts += [editor.kind.itemText(i) for i in range(editor.kind.count())]
    english = [t for t in texts if any("a" <= ch.lower() <= "z" for ch in t)]
    assert english == []
    editor.reject()


def test_an_empty_decision_row_is_left_out_but_a_half_filled_one_is_refused(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    editor = new_editor(qtbot, page)
    (_, clerk, _), _ = fill(editor, demo_ctx)
    editor.decisions.add_button.click()  # added and never filled
    assert editor.collect().decisions == []
    editor.decisions.widget(0, FOLLOW_UP).set_uuid(clerk.uuid)  # a person, nothing else
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "decisions" in editor.errors.messages(), timeout=10000)
    assert editor.errors.messages()["decisions"].startswith("第1项决定：请填写决定内容。")
    editor._dirty = False
    editor.reject()


def test_minutes_opened_and_closed_unchanged_ask_nothing(qtbot, demo_ctx):
    """Found on the walk: closing minutes that were only read (another school's, or this
    school's left untouched) asked whether to discard unsaved changes."""
    page = make_page(qtbot, demo_ctx)
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    settled(qtbot, page)
    mine = demo_ctx.directory.my_school
    for owned in (False, True):
        index = next(i for i, r in enumerate(rows(page)) if (r["owner_school"] == mine) == owned)
        editor = open_row(qtbot, page, index)
        qtbot.wait(300)  # whatever the form fills in after it shows
        editor.attendees.school.setCurrentIndex(1)  # looking through another roster
        assert not editor.dirty, "owned" if owned else "read-only"
        editor.reject()
        assert not editor.isVisible()
