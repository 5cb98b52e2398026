"""The 工作计划 page as a principal uses it: plan the semester with its 月份安排, be told
which item is outside the plan's period (the form kept), see where the demo plans stand, link
a late item to the record that carried it out, and read another school's plan read-only."""

from __future__ import annotations

from jituan_desktop.domain.plan_progress import ItemState
from jituan_desktop.domain.plans import Plan, PlanScope
from jituan_desktop.gui.plans.plan_items_table import KIND, STANDING, WHAT
from jituan_desktop.gui.plans.plans_page import PlansPage
from jituan_desktop.services import plan_ops, query_ops, record_ops
from jituan_desktop.domain.list_query import ListQuery


def on_db(qtbot, ctx, job):
    box = {}
    ctx.run(job, lambda result: box.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in box, timeout=10000)
    return box["result"]


def make_page(qtbot, ctx) -> PlansPage:
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    query = page.current_query()
    expected = on_db(qtbot, ctx, lambda store: query_ops.count(store, "plan", query))
    qtbot.waitUntil(lambda: page.model.rowCount() == expected and not page.model.loading,
                    timeout=10000)
    return page


def open_editor(qtbot, page, row: int | None):
    if row is None:
        page.new_button.click()
    else:
        page.table.selectRow(row)
        page.edit_button.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    return page.editor


def press_save(editor) -> None:
    editor.buttons.button(editor.buttons.StandardButton.Save).click()


def fill_row(editor, row: int, month: str, kind: str, what: str) -> None:
    table = editor.items
    table.month_combo(row).setCurrentIndex(table.month_combo(row).findData(month))
    combo = table.table.cellWidget(row, KIND)
    combo.setCurrentIndex(combo.findData(kind))
    table.table.item(row, WHAT).setText(what)


def test_the_lead_plans_the_semester_and_a_month_outside_it_is_refused(qtbot, lead_ctx):
    page = make_page(qtbot, lead_ctx)
    editor = open_editor(qtbot, page, None)
    assert editor.scope.value() is PlanScope.ALLIANCE  # the lead writes the alliance plan
    assert editor.term.currentData() == "1" and editor.school_year.currentData() == 2026
    months = editor.items.months
    assert months[0] == "2026-09" and months[-1] == "2027-01"
    editor.title.setText("2026—2027学年第一学期联盟工作计划")
    editor.guiding.setPlainText("以集团化办学为抓手，促进城乡教育均衡发展。")
    editor.items.add_button.click()
    fill_row(editor, 0, "2026-12", "meeting|alliance", "召开联盟校会议")
    editor.items.add_button.click()
    fill_row(editor, 1, "2027-01", "submission|quarterly", "向县教育局书面汇报")
    # The plan becomes a second-semester plan: January is outside it now.
    editor.term.setCurrentIndex(editor.term.findData("2"))
    assert "不在计划期限内" in editor.items.month_combo(0).currentText()
    press_save(editor)
    qtbot.waitUntil(lambda: "items" in editor.errors.messages(), timeout=10000)
    message = editor.errors.messages()["items"]
    assert "第1项：2026年12月不在计划期限（2027年2月1日至2027年7月31日）内。" in message
    assert editor.isVisible() and editor.items.table.item(0, WHAT).text() == "召开联盟校会议"
    editor.term.setCurrentIndex(editor.term.findData("1"))
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        press_save(editor)
    plan = saved.args[0]
    stored = on_db(qtbot, lead_ctx, lambda store: record_ops.get(store, Plan, plan.uuid))
    assert [(i.month, i.category.value, i.kind, i.what) for i in stored.items] == [
        ("2026-12", "meeting", "alliance", "召开联盟校会议"),
        ("2027-01", "submission", "quarterly", "向县教育局书面汇报")]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.row(0)["title"] == "2026—2027学年第一学期联盟工作计划"


def alliance_row(page) -> int:
    return next(i for i in range(page.model.rowCount())
                if page.model.row(i)["scope"] == "alliance")


def test_the_demo_plan_shows_where_each_item_stands_and_a_late_item_is_linked(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    editor = open_editor(qtbot, page, alliance_row(page))
    table = editor.items.table
    # Items marked done show at once; the others once the progress has been read.
    qtbot.waitUntil(lambda: editor.items.progress_known, timeout=10000)
    shown = {table.item(r, STANDING).text()[:3] for r in range(table.rowCount())}
    assert {"已完成", "已逾期", "待完成"} <= shown
    plan_uuid = editor.record.uuid
    progress = on_db(qtbot, demo_ctx, lambda s: plan_ops.plan_progress(s, plan_uuid))
    late = next(p for p in progress
                if p.state is ItemState.LATE and p.item.category.value == "activity")
    row = next(r for r in range(table.rowCount()) if editor.items.item_at(r).id == late.item.id)
    table.setCurrentCell(row, WHAT)
    editor.items.link_button.click()
    dialog = editor.link_dialog
    qtbot.waitUntil(lambda: dialog.records.count() > 0, timeout=10000)
    chosen = dialog.records.currentItem().data(0x0100)
    dialog.accept()
    assert table.item(row, STANDING).text().startswith("已完成")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        press_save(editor)
    progress = on_db(qtbot, demo_ctx, lambda s: plan_ops.plan_progress(s, plan_uuid))
    linked = next(p for p in progress if p.item.id == late.item.id)
    assert linked.state is ItemState.DONE and linked.fulfilled_by.uuid == chosen.uuid


def test_another_schools_plan_opens_read_only(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    row = next(i for i in range(page.model.rowCount())
               if page.model.row(i)["owner_school"] != mine)
    page.table.selectRow(row)
    assert not page.delete_button.isEnabled()
    editor = open_editor(qtbot, page, row)
    assert editor.read_only and editor.notice.isVisible() and "只有该校可以修改" in \
        editor.notice.text()
    assert not editor.items.add_button.isVisibleTo(editor)
    assert not editor.items.table.cellWidget(0, KIND).isEnabled()


def test_the_list_filters_by_school_and_plan_kind(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    total = page.model.rowCount()
    school = next(s for s in demo_ctx.directory.schools if s.uuid != demo_ctx.directory.my_school)
    page.school_filter.setCurrentIndex(page.school_filter.findData(school.uuid))
    query = page.current_query()
    expected = on_db(qtbot, demo_ctx, lambda s: query_ops.page(s, "plan", query))
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected) == 2, timeout=10000)
    assert {r["scope"] for r in expected} == {"alliance", "school"}  # its own and the alliance's
    page.school_filter.setCurrentIndex(0)
    page.scope_filter.set_value(PlanScope.SCHOOL)
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1, timeout=10000)
    assert on_db(qtbot, demo_ctx, lambda s: query_ops.count(
        s, "plan", ListQuery(text="安全检查"))) == total - 1


def test_a_plan_opened_and_closed_unchanged_asks_nothing(qtbot, demo_ctx):
    """Found on the walk: the items' standing arrives after the form shows, and writing it
    counted as an edit, so closing an untouched plan (even another school's, read-only)
    asked whether to discard unsaved changes."""
    page = make_page(qtbot, demo_ctx)
    mine = demo_ctx.directory.my_school
    for owned in (True, False):
        row = next(i for i in range(page.model.rowCount())
                   if (page.model.row(i)["owner_school"] == mine) == owned)
        editor = open_editor(qtbot, page, row)
        table = editor.items.table
        qtbot.waitUntil(lambda: editor.items.progress_known, timeout=10000)
        assert any(table.item(r, STANDING).text() for r in range(table.rowCount()))
        assert not editor.dirty, "owned" if owned else "read-only"
        editor.reject()
        assert not editor.isVisible()
