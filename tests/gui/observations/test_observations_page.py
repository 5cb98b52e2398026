"""The 听课记录 list over the small demo alliance: filters, search, delete and undo."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from jituan_desktop.domain.enums import Occasion
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.semesters import semester_label
from jituan_desktop.gui.context import AppContext
from jituan_desktop.gui.qt_text import label_of, qt_translate
from jituan_desktop.services import query_ops

from observations_helpers import TODAY, shown_count, open_page, select_row, semester_query, wait_for_list


def test_list_opens_on_the_current_semester_in_chinese(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    semester = demo_ctx.directory.current_semester
    assert page.semester.currentText() == semester_label(semester, qt_translate)
    headers = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    assert headers == ["日期", "节次", "授课人", "学科", "年级班级", "课题", "开课形式", "听课人",
                       "授课学校", "总分", "等级"]
    first = page.model.row(0)
    expected = query_ops.page(demo_ctx.store, "observation", semester_query(demo_ctx), limit=1)[0]
    assert first["uuid"] == expected["uuid"]
    occasion_cell = page.model.index(0, 6).data()
    assert occasion_cell == label_of(Occasion(expected["occasion"]))


def test_all_semesters_shows_every_observation(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    page.semester.setCurrentIndex(page.semester.findData(None))
    wait_for_list(qtbot, page, ListQuery())


def test_each_filter_narrows_the_list_as_the_services_count(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    d = demo_ctx.directory
    everything = query_ops.count(demo_ctx.store, "observation", semester_query(demo_ctx))
    chengguan = next(s.uuid for s in d.schools if s.name == "城关小学")
    page.school.set_uuid(chengguan)
    by_school = wait_for_list(qtbot, page, semester_query(demo_ctx, filters={"school": chengguan}))
    assert 0 < by_school < everything

    row = page.model.row(0)
    page.observer.set_uuid(row["observer"])
    query = semester_query(demo_ctx, filters={"school": chengguan, "observer": row["observer"]})
    assert 0 < wait_for_list(qtbot, page, query) <= by_school
    page.observer.set_uuid(None)

    page.teacher.set_uuid(row["teacher"])
    wait_for_list(qtbot, page, semester_query(demo_ctx, filters={"school": chengguan,
                                                       "teacher": row["teacher"]}))
    page.teacher.set_uuid(None)

    page.subject.set_uuid("语文")
    page.occasion.set_value(Occasion.DROP_IN)
    query = semester_query(demo_ctx, filters={"school": chengguan, "subject": "语文",
                                          "occasion": "drop_in"})
    wait_for_list(qtbot, page, query)
    assert all(page.model.row(i)["occasion"] == "drop_in" and page.model.row(i)["subject"]
               == "语文" for i in range(page.model.rowCount()))


def test_the_school_filter_and_column_are_both_the_school_taught_at(qtbot, demo_ctx):
    """Filtering by 城关小学 shows only rows whose 授课学校 is 城关小学, even where 城关小学's
    own staff observed a lesson elsewhere (those are found by the observer)."""
    page = open_page(qtbot, demo_ctx)
    page.semester.setCurrentIndex(page.semester.findData(None))
    wait_for_list(qtbot, page, ListQuery())
    d = demo_ctx.directory
    chengguan = next(s.uuid for s in d.schools if s.name == "城关小学")
    column = next(i for i in range(page.model.columnCount())
                  if page.model.headerData(i, Qt.Horizontal) == "授课学校")
    assert page.school.lineEdit().placeholderText() == "全部授课学校"
    assert "授课学校" in page.school.toolTip()
    observed_elsewhere = query_ops.count(demo_ctx.store, "observation", ListQuery(
        filters={"owner_school": chengguan})) - query_ops.count(
        demo_ctx.store, "observation", ListQuery(filters={"owner_school": chengguan,
                                                          "school": chengguan}))
    assert observed_elsewhere > 0  # the demo has the rows that used to slip in

    page.school.set_uuid(chengguan)
    shown = wait_for_list(qtbot, page, ListQuery(filters={"school": chengguan}))
    assert shown > 0
    while page.model.rowCount() < shown:  # every page of rows, not only the first
        page.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)
    cells = {page.model.index(i, column).data() for i in range(page.model.rowCount())}
    assert cells == {"城关小学"}


def test_observer_filter_finds_teachers_by_pinyin_initials(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    row = page.model.row(0)
    entry = demo_ctx.directory.teacher(row["observer"])
    page.observer.setFocus()
    page.observer.lineEdit().setText(entry.initials.split()[0])
    page.observer.lineEdit().textEdited.emit(page.observer.lineEdit().text())
    page.observer.lineEdit().editingFinished.emit()
    chosen = page.observer.uuid()
    assert chosen is not None
    assert demo_ctx.directory.teacher(chosen).initials.split()[0] == entry.initials.split()[0]
    wait_for_list(qtbot, page, semester_query(demo_ctx, filters={"observer": chosen}))


def test_search_as_you_type_in_chinese(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    everything = query_ops.count(demo_ctx.store, "observation", semester_query(demo_ctx))
    topic = page.model.row(0)["topic"]
    word = topic.strip("《》")[:2]
    page.search.setText(word[0])  # one character is enough to search
    one = wait_for_list(qtbot, page, semester_query(demo_ctx, text=word[0]))
    page.search.setText(word)
    two = wait_for_list(qtbot, page, semester_query(demo_ctx, text=word))
    assert 0 < two <= one <= everything
    assert page.model.row(0)["uuid"] in {r["uuid"] for r in query_ops.page(
        demo_ctx.store, "observation", semester_query(demo_ctx, text=word), limit=100)}


def test_delete_asks_then_undo_restores(qtbot, demo_ctx, monkeypatch):
    page = open_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    row = select_row(page, lambda r: r["owner_school"] == mine)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    offers = []
    demo_ctx.undo_offered.connect(lambda text, undo: offers.append((text, undo)))
    before = query_ops.count(demo_ctx.store, "observation", semester_query(demo_ctx))
    page.delete_current()
    qtbot.waitUntil(lambda: bool(offers), timeout=5000)
    assert row["topic"] in asked[0]
    assert wait_for_list(qtbot, page, semester_query(demo_ctx)) == before - 1
    assert row["uuid"] not in {r["uuid"] for r in query_ops.page(
        demo_ctx.store, "observation", semester_query(demo_ctx), limit=before)}

    offers[0][1]()  # the undo bar's action
    qtbot.waitUntil(lambda: shown_count(page) == before, timeout=5000)
    assert wait_for_list(qtbot, page, semester_query(demo_ctx)) == before
    assert row["uuid"] in {r["uuid"] for r in query_ops.page(
        demo_ctx.store, "observation", semester_query(demo_ctx), limit=before)}


def test_page_speaks_english_when_asked(qtbot, english, demo_store):
    ctx = AppContext(demo_store)
    try:
        with qtbot.waitSignal(ctx.directory_loaded, timeout=10000):
            ctx.reload_directory()
        page = open_page(qtbot, ctx)
        headers = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
        assert headers[:3] == ["Date", "Period", "Teacher"]
        assert page.semester.currentText() == semester_label(ctx.directory.current_semester)
        assert page.occasion.itemText(0) == "Any occasion"
    finally:
        ctx.shutdown()
