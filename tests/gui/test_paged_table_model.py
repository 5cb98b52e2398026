"""The paged model over a real demo database: pages in as the view scrolls, resets on a query."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.day_text import day_text
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.gui.dashboard.tables import cell_text, fill, read_only_table
from jituan_desktop.gui.paged_table_model import SORT_ROLE, Column, PagedTableModel, day_column
from jituan_desktop.i18n import translate
from jituan_desktop.services import query_ops
from suite_clock import CLOCK

COLUMNS = [Column("lesson_date", "日期"), Column("topic", "课题"),
           Column("observer_name", "听课人"), Column("total", "总分", align_right=True)]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from jituan_desktop.storage.store import Store
    store = Store.open(tmp_path_factory.mktemp("paged"), clock=CLOCK)
    generate_demo(store, "small", seed=5, today=date(2026, 11, 25))
    yield store
    store.close()


def fetcher(store, query=None):
    return lambda offset, limit: query_ops.page(store, "observation", query, offset=offset,
                                                limit=limit)


def test_pages_in_until_every_row_is_loaded(qapp, demo_store):
    total = query_ops.count(demo_store, "observation")
    model = PagedTableModel(COLUMNS, fetcher(demo_store))
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total > 1000
    newest = query_ops.page(demo_store, "observation", limit=1)[0]
    assert model.data(model.index(0, 1)) == newest["topic"]
    assert model.headerData(1, Qt.Horizontal) == "课题"
    assert model.data(model.index(0, 3), Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)


def test_a_view_asks_for_the_first_page_itself_and_a_query_starts_over(qtbot, demo_store):
    model = PagedTableModel(COLUMNS, fetcher(demo_store))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3000)
    assert model.rowCount() == 100
    observer = model.row(0)["observer"]
    model.set_fetch(fetcher(demo_store, ListQuery(filters={"observer": observer})))
    model.fetchMore()
    expected = query_ops.count(demo_store, "observation", ListQuery(filters={"observer": observer}))
    assert model.rowCount() == min(expected, 100)
    assert {model.row(i)["observer"] for i in range(model.rowCount())} == {observer}


def test_a_date_column_shows_chinese_dates_and_sorts_by_the_date(qapp, chinese, demo_store):
    model = PagedTableModel([day_column("lesson_date", "日期")] + COLUMNS[1:],
                            fetcher(demo_store))
    model.fetchMore()
    stored = [model.row(i)["lesson_date"] for i in range(model.rowCount())]
    shown = [model.data(model.index(i, 0)) for i in range(model.rowCount())]
    assert all(re.fullmatch(r"20\d\d年1?\d月[123]?\d日", s) for s in shown)
    assert shown[0] == day_text(stored[0], translate)
    # Sorted through the stored value, a view orders days, not texts (10月 < 9月 as text).
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0, Qt.AscendingOrder)
    in_order = [proxy.data(proxy.index(i, 0), SORT_ROLE) for i in range(proxy.rowCount())]
    assert in_order == sorted(stored)


def test_a_dashboard_table_sorts_its_dates_as_dates(qapp, chinese):
    table = read_only_table(None, ["日期", "记录"])
    fill(table, [[date(2026, 10, 8), "乙"], [date(2026, 9, 1), "甲"], [date(2025, 12, 31), "丙"]])
    assert cell_text(table, 0, 0) == "2026年10月8日"
    table.sortItems(0, Qt.AscendingOrder)
    assert [cell_text(table, r, 1) for r in range(3)] == ["丙", "甲", "乙"]
    table.deleteLater()


def test_a_date_column_is_wide_enough_for_dates_not_yet_paged_in(qtbot, chinese):
    """A first page of short dates (2027年1月5日) must not size the column too narrow for
    the 2026年12月28日 further down: columns never elide a date."""
    short = [{"lesson_date": f"2027-01-0{d}", "topic": "《秋天》"} for d in range(1, 10)]
    model = PagedTableModel([day_column("lesson_date", "日期"), Column("topic", "课题")],
                            lambda offset, limit: short[offset:offset + limit])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.fetchMore()
    view.resizeColumnsToContents()
    assert view.fontMetrics().horizontalAdvance("2026年12月28日") < view.columnWidth(0)
