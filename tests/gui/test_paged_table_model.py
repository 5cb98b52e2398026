"""The paged model over a real demo database: pages in as the view scrolls, resets on a query."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.gui.paged_table_model import Column, PagedTableModel
from jituan_desktop.services import query_ops

COLUMNS = [Column("lesson_date", "日期"), Column("topic", "课题"),
           Column("observer_name", "听课人"), Column("total", "总分", align_right=True)]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from jituan_desktop.storage.store import Store
    store = Store.open(tmp_path_factory.mktemp("paged"))
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
