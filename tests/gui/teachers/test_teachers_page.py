"""The 教师 page over real databases: add, edit, refusals, leaving, delete + undo, search and
filters, each checked against what the services say is stored."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from conftest import TODAY, open_context
from jituan_desktop.domain.enums import Position
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import Teacher
from jituan_desktop.domain.validation import problems_of
from jituan_desktop.gui.qt_text import qt_translate
from jituan_desktop.gui.translation import install_translators
from jituan_desktop.gui.teachers.teachers_page import TeachersPage
from jituan_desktop.gui.teachers.value_list_field import ValueListField, split_values
from jituan_desktop.services import query_ops, record_ops, setup_ops
from jituan_desktop.storage.errors import StoreError


# -- helpers -------------------------------------------------------------------------------
def settled(page) -> bool:
    return (not page._search_timer.isActive() and not page.model.loading
            and re.search(r"\d", page.count_label.text()) is not None)


def open_page(qtbot, ctx) -> TeachersPage:
    page = TeachersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: settled(page), timeout=10000)
    return page


def wait_refreshed(qtbot, page) -> None:
    qtbot.waitUntil(lambda: settled(page), timeout=10000)


def shown_count(page) -> int:
    return int(re.search(r"\d+", page.count_label.text()).group())


def all_rows(qtbot, page) -> list[dict]:
    """Every row of the list, paging in until the model has them all."""
    def complete() -> bool:
        if page.model.loading:
            return False
        if page.model.canFetchMore():
            page.model.fetchMore()
            return False
        return True
    qtbot.waitUntil(complete, timeout=10000)
    return [page.model.row(i) for i in range(page.model.rowCount())]


def wait_listed(qtbot, page, uuid: str, listed: bool = True) -> None:
    """Wait until the list, refreshed after a change, does (or does not) show ``uuid``."""
    def done() -> bool:
        if not settled(page):
            return False
        if page.model.canFetchMore():
            page.model.fetchMore()
            return False
        shown = {page.model.row(i)["uuid"] for i in range(page.model.rowCount())}
        return (uuid in shown) == listed
    qtbot.waitUntil(done, timeout=10000)


def select(qtbot, page, uuid: str) -> dict:
    for i, row in enumerate(all_rows(qtbot, page)):
        if row["uuid"] == uuid:
            page.table.selectRow(i)
            return row
    raise AssertionError(f"{uuid} is not in the list")


def live(store, uuid: str) -> Teacher | None:
    """The teacher as stored now, None while deleted."""
    try:
        return record_ops.get(store, Teacher, uuid)
    except StoreError:
        return None


def own_teacher(store) -> dict:
    """A teacher the installation's school entered (so it may change them)."""
    return query_ops.page(store, "teacher", ListQuery(
        filters={"school": store.school_uuid, "active": "1"}), limit=1)[0]


def open_editor(qtbot, page, row=None):
    page.editor = None
    if row is None:
        page.new_record()
    else:
        select(qtbot, page, row["uuid"])
        page.open_current()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    return page.editor


# -- adding and editing ----------------------------------------------------------------------
def test_add_a_teacher_with_defaults_and_ticked_values(qtbot, lead_ctx):
    store = lead_ctx.store
    page = open_page(qtbot, lead_ctx)
    before = shown_count(page)
    editor = open_editor(qtbot, page)
    assert editor.school.currentData() == store.school_uuid  # my school by default
    assert editor.position.value() == Position.TEACHER and editor.active.isChecked()
    assert editor.focusWidget() is editor.name  # the school is chosen; type the name
    editor.name.setText("张三")
    editor.subjects.buttons["语文"].click()
    editor.subjects.buttons["数学"].click()
    editor.grades.line.setText("三年级，四年级")
    editor.grades.line.textEdited.emit(editor.grades.line.text())
    editor.backbone_boxes["骨干教师"].setChecked(True)
    editor.title.setEditText("一级教师")
    editor.phone.setText("13800000000")
    assert editor.grades.buttons["四年级"].isChecked()  # typing ticks what it names
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        editor.buttons.button(QDialogButtonBox.Save).click()
    stored = record_ops.get(store, Teacher, saved.args[0].uuid)
    assert (stored.name, stored.school, stored.subjects, stored.grades) == \
        ("张三", store.school_uuid, ["语文", "数学"], ["三年级", "四年级"])
    assert (stored.backbone, stored.title, stored.phone, stored.active) == \
        (["骨干教师"], "一级教师", "13800000000", True)
    wait_refreshed(qtbot, page)
    assert shown_count(page) == before + 1 == query_ops.count(store, "teacher", page.current_query())
    assert "张三" in [r["name"] for r in all_rows(qtbot, page)]


def test_edit_a_teacher_of_my_school(qtbot, demo_ctx):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    row = own_teacher(store)
    editor = open_editor(qtbot, page, row)
    assert editor.name.text() == row["name"]
    editor.name.setText(row["name"] + "林")
    editor.name.textEdited.emit(editor.name.text())
    editor.position.set_value(Position.SUBJECT_HEAD)
    editor.subjects.buttons["信息技术"].click()
    assert editor.dirty
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = record_ops.get(store, Teacher, row["uuid"])
    assert stored.name == row["name"] + "林"
    assert stored.position is Position.SUBJECT_HEAD and "信息技术" in stored.subjects
    wait_refreshed(qtbot, page)
    assert select(qtbot, page, row["uuid"])["name"] == stored.name


def test_another_schools_teacher_opens_read_only(qtbot, demo_ctx):
    store = demo_ctx.store
    foreign = query_ops.page(store, "teacher", ListQuery(filters={"active": "1"}), limit=200)
    foreign = next(r for r in foreign if r["owner_school"] != store.school_uuid)
    page = open_page(qtbot, demo_ctx)
    select(qtbot, page, foreign["uuid"])
    assert not page.delete_button.isEnabled() and not page.active_button.isEnabled()
    editor = open_editor(qtbot, page, foreign)
    assert editor.read_only and editor.notice.isVisible()
    assert foreign["school_name"] in editor.notice.text()
    assert editor.buttons.button(QDialogButtonBox.Save).isHidden()
    assert editor.name.isReadOnly()
    editor.save()  # Ctrl+S reaches a read-only form too: nothing happens
    assert not editor.saving and editor.isVisible()


# -- refusals ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["", "   ", "张" * 31], ids=["empty", "blank", "too-long"])
def test_a_refused_name_is_shown_next_to_the_field_and_the_form_kept(qtbot, lead_ctx, name):
    store = lead_ctx.store
    page = open_page(qtbot, lead_ctx)
    before = query_ops.count(store, "teacher")
    editor = open_editor(qtbot, page)
    editor.name.setText(name)
    editor.subjects.buttons["英语"].click()
    editor.phone.setText("0591-1234567")
    editor.save()
    qtbot.waitUntil(lambda: "name" in editor.errors.messages() and not editor.saving,
                    timeout=10000)
    expected = [p.render(qt_translate) for p in problems_of(
        Teacher(school=store.school_uuid, name=name.strip()), TODAY) if p.field == "name"]
    assert editor.errors.messages()["name"] == "\n".join(expected)
    assert editor.isVisible()
    assert (editor.name.text(), editor.subjects.value(), editor.phone.text()) == \
        (name, ["英语"], "0591-1234567")
    assert query_ops.count(store, "teacher") == before


# -- leaving, deleting ---------------------------------------------------------------------
def test_mark_as_left_hides_the_teacher_until_asked_and_back_again(qtbot, demo_ctx):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    row = own_teacher(store)
    select(qtbot, page, row["uuid"])
    page.active_button.click()
    wait_listed(qtbot, page, row["uuid"], listed=False)
    assert not record_ops.get(store, Teacher, row["uuid"]).active
    assert shown_count(page) == query_ops.count(store, "teacher", page.current_query())
    page.show_inactive.setChecked(True)
    wait_refreshed(qtbot, page)
    assert "active" not in page.current_query().filters
    shown = select(qtbot, page, row["uuid"])
    status = page.model.index(page.table.currentIndex().row(), len(page.columns()) - 1)
    assert status.data() == qt_translate("TeacherChoices", "Left")
    assert not shown["active"]
    assert page.active_button.text() == page.tr("Mark as teaching again")
    page.active_button.click()
    qtbot.waitUntil(lambda: record_ops.get(store, Teacher, row["uuid"]).active, timeout=10000)
    # Gone from the pickers while away, back once teaching again.
    qtbot.waitUntil(lambda: demo_ctx.directory.teacher(row["uuid"]).active, timeout=10000)


def test_the_editor_marks_a_teacher_as_left(qtbot, demo_ctx):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    row = own_teacher(store)
    editor = open_editor(qtbot, page, row)
    editor.active.setChecked(False)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    assert not record_ops.get(store, Teacher, row["uuid"]).active
    qtbot.waitUntil(lambda: demo_ctx.directory.teacher(row["uuid"]).active is False,
                    timeout=10000)


def test_delete_asks_then_undo_restores(qtbot, demo_ctx, monkeypatch):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    row = own_teacher(store)
    select(qtbot, page, row["uuid"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.Yes)
    with qtbot.waitSignal(demo_ctx.undo_offered, timeout=10000) as offered:
        page.delete_button.click()
    assert asked and row["name"] in asked[0][2]
    assert live(store, row["uuid"]) is None
    wait_listed(qtbot, page, row["uuid"], listed=False)
    offered.args[1]()  # the Undo button's action
    wait_listed(qtbot, page, row["uuid"])
    assert live(store, row["uuid"]).name == row["name"]


# -- search and filters --------------------------------------------------------------------
def test_search_finds_a_teacher_by_pinyin_initials(qtbot, demo_ctx):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    target = query_ops.page(store, "teacher", ListQuery(filters={"active": "1"}), limit=1)[0]
    initials = target["name_initials"].split()[0]
    page.search.setText(initials)
    wait_refreshed(qtbot, page)
    found = all_rows(qtbot, page)
    assert target["uuid"] in {r["uuid"] for r in found}
    assert all(initials in r["name_initials"] or initials in r["name"] for r in found)
    assert shown_count(page) == len(found) < query_ops.count(store, "teacher")
    page.search.setText(target["name"])
    wait_refreshed(qtbot, page)
    assert target["uuid"] in {r["uuid"] for r in all_rows(qtbot, page)}


def test_filters_narrow_the_list(qtbot, demo_ctx):
    store = demo_ctx.store
    page = open_page(qtbot, demo_ctx)
    assert page.school_filter.currentData() is None  # the lead school sees every school
    everyone = shown_count(page)
    assert everyone == query_ops.count(store, "teacher", ListQuery(filters={"active": "1"}))
    school = next(s for s in demo_ctx.directory.schools if s.name == "城关小学")
    page.school_filter.setCurrentIndex(page.school_filter.findData(school.uuid))
    wait_refreshed(qtbot, page)
    in_school = query_ops.count(store, "teacher", ListQuery(
        filters={"school": school.uuid, "active": "1"}))
    assert shown_count(page) == in_school < everyone
    assert {r["school"] for r in all_rows(qtbot, page)} == {school.uuid}
    page.position_filter.set_value(Position.HOMEROOM)
    wait_refreshed(qtbot, page)
    homeroom = query_ops.count(store, "teacher", ListQuery(
        filters={"school": school.uuid, "position": "homeroom", "active": "1"}))
    assert shown_count(page) == homeroom < in_school
    assert {r["position"] for r in all_rows(qtbot, page)} == {"homeroom"}


# -- a member school -----------------------------------------------------------------------
def test_a_member_school_sees_and_adds_to_its_own_roster(qtbot, chinese, store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    record_ops.add_teacher(store, Teacher(school=store.school_uuid, name="李四"), today=TODAY)
    ctx = open_context(qtbot, store)
    try:
        page = open_page(qtbot, ctx)
        assert page.school_filter.currentData() == store.school_uuid
        assert [r["name"] for r in all_rows(qtbot, page)] == ["李四"]
        editor = open_editor(qtbot, page)
        assert [editor.school.itemData(i) for i in range(editor.school.count())] == \
            [store.school_uuid]
        assert not editor.school.isEnabled()
        editor.reject()
    finally:
        ctx.shutdown()


def test_the_page_speaks_chinese_by_default_and_english_when_asked(qtbot, chinese, lead_store):
    ctx = open_context(qtbot, lead_store)
    try:
        page = open_page(qtbot, ctx)
        assert page.model.headerData(0, Qt.Horizontal) == "姓名"
        assert page.school_filter.itemText(0) == "全部学校"
        install_translators(chinese, "en")
        english = TeachersPage(ctx)
        qtbot.addWidget(english)
        assert english.model.headerData(0, Qt.Horizontal) == "Name"
        assert english.school_filter.itemText(0) == "All schools"
    finally:
        ctx.shutdown()


def test_a_list_of_values_is_typed_or_ticked(qtbot):
    field = ValueListField(["语文", "数学", "英语"])
    qtbot.addWidget(field)
    assert split_values("语文，数学、 英语;语文 信息技术") == ["语文", "数学", "英语", "信息技术"]
    field.line.setText("数学、信息技术")
    field.line.textEdited.emit(field.line.text())
    assert field.buttons["数学"].isChecked() and not field.buttons["语文"].isChecked()
    with qtbot.waitSignal(field.edited):
        field.buttons["数学"].click()
    field.buttons["英语"].click()
    assert field.value() == ["信息技术", "英语"]  # a value without a button is kept
    field.set_value(["语文"])
    assert [v for v, b in field.buttons.items() if b.isChecked()] == ["语文"]
