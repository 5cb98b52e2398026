"""The 联盟活动 list over the small demo alliance: columns, filters, search, delete and undo,
and other schools' activities kept read-only."""

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from activities_helpers import load, make_page, on_db, open_row, rows, settled
from jituan_desktop.domain.day_text import day_text
from jituan_desktop.domain.enums import ActivityType
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.gui.paged_table_model import SORT_ROLE
from jituan_desktop.gui.qt_text import label_of
from jituan_desktop.i18n import translate
from jituan_desktop.services import query_ops


def test_list_starts_on_the_current_semester_in_chinese(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    n = settled(qtbot, page)
    semester = demo_ctx.directory.current_semester
    query = page.current_query()
    assert (query.date_from, query.date_to) == (semester.start, semester.end)
    assert n > 0
    headers = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    assert headers == ["日期", "类型", "主题", "主办学校", "参与学校", "形式", "参与教师人次",
                       "学生人次"]
    first = page.model.row(0)
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    # The date as people write it; what the list is sorted by stays the stored ISO date.
    assert shown[0] == day_text(first["activity_date"], translate)
    assert re.fullmatch(r"20\d\d年1?\d月[123]?\d日", shown[0])
    assert page.model.data(page.model.index(0, 0), SORT_ROLE) == first["activity_date"]
    assert shown[1] == label_of(ActivityType(first["type"])) != first["type"]
    assert shown[4] == str(len(json.loads(first["schools"])))
    # Every date is inside the semester.
    assert all(semester.start.isoformat() <= r["activity_date"] <= semester.end.isoformat()
               for r in rows(page))


def test_filters_and_search_narrow_the_list(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    in_semester = settled(qtbot, page)

    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    everything = settled(qtbot, page)
    assert everything == on_db(qtbot, demo_ctx,
                               lambda store: query_ops.count(store, "activity", ListQuery()))
    assert everything >= in_semester
    # Another semester lists exactly the activities between its own start and end.
    other = next(s for s in demo_ctx.directory.semesters
                 if s.key != demo_ctx.directory.current_semester.key)
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(other.key))
    assert settled(qtbot, page) == on_db(qtbot, demo_ctx, lambda store: query_ops.count(
        store, "activity", ListQuery(date_from=other.start, date_to=other.end)))
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    settled(qtbot, page)

    page.type_filter.set_value(ActivityType.COLLECTIVE_PREP)
    of_type = settled(qtbot, page)
    assert 0 < of_type < everything
    assert {r["type"] for r in rows(page)} == {ActivityType.COLLECTIVE_PREP.value}

    school = next(s for s in demo_ctx.directory.schools if s.name == "城关小学")
    page.school_filter.setCurrentIndex(page.school_filter.findData(school.uuid))
    of_school = settled(qtbot, page)
    assert 0 < of_school < of_type
    assert all(r["host_school"] == school.uuid or school.uuid in r["schools"]
               for r in rows(page))

    # Search a word of one listed title: the list keeps only what the full-text index finds.
    word = rows(page)[0]["title"].split("：")[-1].strip("《》")[:4]
    page.search.setText(word)
    found = settled(qtbot, page)
    assert 0 < found <= of_school
    assert page.current_query().text == word


def own_row(qtbot, page) -> int:
    """Index of a row of the user's own school (showing all semesters of that school)."""
    mine = page.ctx.directory.my_school
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    page.school_filter.setCurrentIndex(page.school_filter.findData(mine))
    settled(qtbot, page)
    return next(i for i, r in enumerate(rows(page)) if r["owner_school"] == mine)


def test_delete_asks_then_undo_brings_it_back(qtbot, demo_ctx, monkeypatch):
    page = make_page(qtbot, demo_ctx)
    index = own_row(qtbot, page)
    row = page.model.row(index)
    page.table.selectRow(index)
    assert page.delete_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args) or QMessageBox.Yes)
    offers = []
    demo_ctx.undo_offered.connect(lambda message, undo: offers.append((message, undo)))
    before = settled(qtbot, page)

    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(offers), timeout=10000)
    assert asked and row["title"] in asked[0][2]
    assert load(qtbot, demo_ctx, row["uuid"]) is None
    assert settled(qtbot, page) == before - 1
    assert row["uuid"] not in {r["uuid"] for r in rows(page)}

    offers[0][1]()  # Undo
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=10000)
    assert load(qtbot, demo_ctx, row["uuid"]).title == row["title"]
    assert settled(qtbot, page) == before


def test_declining_the_confirmation_deletes_nothing(qtbot, demo_ctx, monkeypatch):
    page = make_page(qtbot, demo_ctx)
    index = own_row(qtbot, page)
    row = page.model.row(index)
    page.table.selectRow(index)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.No)
    page.delete_button.click()
    assert load(qtbot, demo_ctx, row["uuid"]) is not None


def test_another_schools_activity_is_read_only(qtbot, demo_ctx, monkeypatch):
    page = make_page(qtbot, demo_ctx)
    page.semester_filter.setCurrentIndex(page.semester_filter.findData(None))
    settled(qtbot, page)
    mine = demo_ctx.directory.my_school
    index = next(i for i, r in enumerate(rows(page)) if r["owner_school"] != mine)
    row = page.model.row(index)
    page.table.selectRow(index)
    assert not page.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.Yes)
    page.delete_current()  # even when asked directly, nothing is deleted
    assert load(qtbot, demo_ctx, row["uuid"]) is not None

    editor = open_row(qtbot, page, index)
    assert editor.read_only
    assert editor.title.text() == row["title"] and editor.title.isReadOnly()
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isVisible()
    owner = demo_ctx.directory.school_name(row["owner_school"])
    assert owner in editor.notice.text()
    assert not editor.type.isEnabled() and not editor.participants.add_button.isVisible()
    editor.title.setText("改不了")
    editor.save()  # Ctrl+S does the same: nothing happens
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
    texts += [page.type_filter.itemText(i) for i in range(page.type_filter.count())]
    texts += [b.text() for b in page.editor.findChildren(QPushButton)]
    assert "Participants" in texts and "Teachers reached" in texts
    assert not [t for t in texts if has_chinese(t)]
    page.editor.reject()
