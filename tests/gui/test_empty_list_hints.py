"""An empty list says what to do first (issue 14: the first day at a new member school), and a
search that finds nothing says so; a list with rows shows no hint. Real stores throughout."""

import re

from conftest import TODAY
from jituan_desktop.gui.observations.observations_page import ObservationsPage
from jituan_desktop.gui.teachers.teachers_page import TeachersPage
from jituan_desktop.services import setup_ops


def counted(page) -> bool:
    return (not page._search_timer.isActive() and not page._count_timer.isActive()
            and not page.model.loading and re.search(r"\d", page.count_label.text()) is not None)


def shown(qtbot, page_class, ctx):
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: counted(page), timeout=10000)
    return page


def test_a_new_member_school_is_told_how_to_fill_its_roster_and_record_a_lesson(
        qtbot, chinese, store, context_for):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    ctx = context_for(store)
    teachers = shown(qtbot, TeachersPage, ctx)
    assert teachers.model.rowCount() == 0
    hint = teachers.empty_label
    assert hint.isVisible() and "导入教师名单…" in hint.text() and "新建" in hint.text()
    observations = shown(qtbot, ObservationsPage, ctx)
    assert observations.empty_label.isVisible()
    assert "新建" in observations.empty_label.text() and "表单中" in observations.empty_label.text()


def test_a_search_that_finds_nothing_says_so_and_rows_hide_the_hint(qtbot, chinese, demo_store,
                                                                   context_for):
    page = shown(qtbot, TeachersPage, context_for(demo_store))
    assert page.model.rowCount() > 0 and not page.empty_label.isVisible()
    page.search.setText("没有这个人")
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=10000)
    assert page.empty_label.text() == "没有找到与“没有这个人”相符的记录。清空搜索框即可看到全部记录。"
    page.search.clear()
    qtbot.waitUntil(lambda: counted(page) and page.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not page.empty_label.isVisible(), timeout=10000)


def test_the_hints_are_english_in_english(qtbot, english, store, context_for):
    setup_ops.init_member(store, "Chengguan Primary", today=TODAY)
    page = shown(qtbot, TeachersPage, context_for(store))
    assert page.empty_label.text().startswith("No teachers here yet")
