"""Helpers shared by the activities GUI tests (imported by file name: tests/gui has no
packages)."""

from jituan_desktop.domain.records import Activity
from jituan_desktop.gui.activities.activities_page import ActivitiesPage
from jituan_desktop.services import query_ops, record_ops
from jituan_desktop.storage.errors import StoreError


def on_db(qtbot, ctx, job):
    """Run ``job(store)`` on the context's database thread and wait for its answer."""
    box = {}
    ctx.run(job, lambda result: box.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in box, timeout=10000)
    return box["result"]


def make_page(qtbot, ctx) -> ActivitiesPage:
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def settled(qtbot, page) -> int:
    """Wait until the list and its count show the services' answer for the page's query;
    return that count."""
    query = page.current_query()
    expected = on_db(qtbot, page.ctx,
                     lambda store: query_ops.count(store, page.list_name, query))
    shown = min(expected, page.model.page_size)
    qtbot.waitUntil(lambda: page.model.rowCount() == shown and not page.model.loading
                    and str(expected) in page.count_label.text(), timeout=10000)
    return expected


def rows(page) -> list[dict]:
    return [page.model.row(i) for i in range(page.model.rowCount())]


def load(qtbot, ctx, uuid: str, cls=Activity):
    """The stored activity (or record of ``cls``), or None once it is deleted."""
    def job(store):
        try:
            return record_ops.get(store, cls, uuid)
        except StoreError:
            return None
    return on_db(qtbot, ctx, job)


def open_row(qtbot, page, index: int):
    """Select row ``index``, press Open and return the editor once it shows."""
    page.table.selectRow(index)
    page.edit_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    return page.editor


def new_editor(qtbot, page):
    page.new_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    return page.editor


def save(qtbot, editor) -> Activity:
    """Press Save and wait until the editor has saved and closed."""
    with qtbot.waitSignal(editor.saved, timeout=10000) as blocker:
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    return blocker.args[0]
