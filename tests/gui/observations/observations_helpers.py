"""Shared steps of the 听课记录 tests: open the page, wait for its lists and editors."""

import re
from datetime import date

from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import LessonObservation
from jituan_desktop.gui.observations.observations_page import ObservationsPage
from jituan_desktop.services import query_ops, record_ops

TODAY = date(2026, 11, 25)  # the demo's fixed today (tests/gui/conftest.py)


def shown_count(page: ObservationsPage) -> int | None:
    numbers = re.findall(r"\d+", page.count_label.text())
    return int(numbers[0]) if len(numbers) == 1 else None


def wait_for_list(qtbot, page: ObservationsPage, query: ListQuery) -> int:
    """Wait until the page shows the count the services give for ``query``; return it."""
    expected = query_ops.count(page.ctx.store, "observation", query)
    qtbot.waitUntil(lambda: not page.model.loading and shown_count(page) == expected
                    and page.model.rowCount() == min(expected, page.model.page_size),
                    timeout=10000)
    return expected


def semester_query(ctx, **kw) -> ListQuery:
    semester = ctx.directory.current_semester
    return ListQuery(date_from=semester.start, date_to=semester.end, **kw)


def open_page(qtbot, ctx) -> ObservationsPage:
    page = ObservationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    wait_for_list(qtbot, page, semester_query(ctx))
    return page


def select_row(page: ObservationsPage, predicate) -> dict:
    for i in range(page.model.rowCount()):
        row = page.model.row(i)
        if predicate(row):
            page.table.setCurrentIndex(page.model.index(i, 0))
            return row
    raise AssertionError("no row of the list matches")


def open_editor(qtbot, page: ObservationsPage, row: dict | None = None):
    page.editor = None
    if row is None:
        page.new_record()
    else:
        page.open_current()
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    editor = page.editor
    qtbot.waitUntil(lambda: not editor.links.loading, timeout=5000)
    return editor


def stored(ctx, uuid: str) -> LessonObservation:
    return record_ops.get(ctx.store, LessonObservation, uuid)
