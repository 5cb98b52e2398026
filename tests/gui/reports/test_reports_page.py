"""The 报表 page over the small demo: every report of the catalogue generated from the page
into a real PDF (font and title read back by poppler), opened with the (captured) system
viewer, saved where the (captured) save dialog says; the annual summary as a workbook; and
each refusal said on the page with every choice kept."""

from pathlib import Path

import openpyxl
import pytest

from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import LessonObservation
from jituan_desktop.i18n import translate
from jituan_desktop.reports import catalogue
from jituan_desktop.gui.reports.reports_page import ReportsPage
from jituan_desktop.services import query_ops, record_ops
from reports_helpers import captured, pdf_text, squeezed  # noqa: F401 (a fixture)


def open_page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.semester.count() > 0, timeout=10000)
    return page


def choose(qtbot, page: ReportsPage, key: str) -> None:
    page.choose(key)
    if "id" in catalogue.KINDS[key].needs:
        qtbot.waitUntil(lambda: page.picker.uuid() is not None, timeout=10000)


def generate(qtbot, page: ReportsPage) -> Path:
    page.generate_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert not page.error.isVisible(), page.error.text()
    assert page.pdf is not None and page.pdf.is_file()
    return page.pdf


@pytest.mark.parametrize("key", list(catalogue.KINDS))
def test_each_report_is_generated_opened_and_saved(qtbot, demo_ctx, captured, tmp_path, key):
    page = open_page(qtbot, demo_ctx)
    choose(qtbot, page, key)
    pdf = generate(qtbot, page)
    title = translate("Reports", catalogue.KINDS[key].title)
    assert title in squeezed(pdf_text(pdf))
    assert page.open_button.isEnabled() and page.save_button.isEnabled()
    # The PDF made is a temporary copy: the page says so, and how to keep it.
    assert pdf.name in page.result.text() and "另存为…" in page.result.text()

    page.open_button.click()
    assert captured.opened == [pdf]

    captured.save_to = tmp_path / "chosen.pdf"
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved is not None, timeout=10000)
    assert captured.save_to.read_bytes() == pdf.read_bytes()
    assert captured.offered[-1].startswith(title) and captured.offered[-1].endswith(".pdf")


def test_fields_follow_the_report_and_the_name_says_what_was_chosen(qtbot, demo_ctx,
                                                                   captured, tmp_path):
    page = open_page(qtbot, demo_ctx)
    d = demo_ctx.directory
    assert [page.kinds.item(i).data(0x0100) for i in range(page.kinds.count())] == \
        list(catalogue.KINDS)
    page.choose("observation-counts")
    assert page.semester.isVisibleTo(page) and page.school.isVisibleTo(page)
    assert not page.picker.isVisibleTo(page) and not page.year.isVisibleTo(page)
    assert page.semester.currentData() == d.current_semester.key
    assert page.school.currentData() == d.my_school
    # The lead school prints any school's reports.
    assert page.school.count() == len(d.schools) and page.school.isEnabled()
    member = next(s for s in d.schools if s.name == "城关小学")
    page.school.setCurrentIndex(page.school.findData(member.uuid))
    title = translate("Reports", catalogue.KINDS["observation-counts"].title)
    assert page.default_name() == f"{title}_{d.current_semester.key}_城关小学.pdf"
    pdf = generate(qtbot, page)
    assert "城关小学" in squeezed(pdf_text(pdf))

    page.choose("annual-summary")
    assert page.year.isVisibleTo(page) and not page.semester.isVisibleTo(page)
    assert page.xlsx_button.isVisibleTo(page)
    page.choose("pairing-review")
    assert page.picker.isVisibleTo(page) and page.semester.isVisibleTo(page)
    assert not page.school.isVisibleTo(page) and not page.xlsx_button.isVisibleTo(page)


def test_a_choice_changed_after_generating_needs_a_new_pdf(qtbot, demo_ctx, captured):
    page = open_page(qtbot, demo_ctx)
    page.choose("school-semester")
    generate(qtbot, page)
    page.semester.setCurrentIndex((page.semester.currentIndex() + 1) % page.semester.count())
    assert page.pdf is None and not page.open_button.isEnabled()


def test_annual_summary_as_a_workbook(qtbot, demo_ctx, captured, tmp_path):
    page = open_page(qtbot, demo_ctx)
    page.choose("annual-summary")
    captured.save_to = tmp_path / "annual.xlsx"
    page.xlsx_button.click()
    qtbot.waitUntil(lambda: page.saved is not None, timeout=10000)
    assert not page.error.isVisible(), page.error.text()
    sheet = openpyxl.load_workbook(captured.save_to).active
    assert sheet["A1"].value == translate("Reports", catalogue.KINDS["annual-summary"].title)
    assert captured.offered[-1].endswith(f"_{page.year.value()}_实验小学.xlsx")


def test_unwritable_place_is_refused_on_the_page_and_choices_stay(qtbot, demo_ctx, captured,
                                                                   tmp_path):
    page = open_page(qtbot, demo_ctx)
    page.choose("school-semester")
    page.semester.setCurrentIndex(page.semester.count() - 1)
    chosen = page.semester.currentData()
    pdf = generate(qtbot, page)
    captured.save_to = tmp_path / "missing" / "report.pdf"
    page.save_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.error.isVisible() and str(captured.save_to.parent) in page.error.text()
    assert "不存在" in page.error.text()  # said in Chinese
    assert not captured.save_to.parent.exists()
    assert page.kind().key == "school-semester" and page.semester.currentData() == chosen
    assert page.pdf == pdf and page.save_button.isEnabled()  # try again elsewhere


def test_a_form_without_a_record_is_refused(qtbot, demo_ctx, captured):
    page = open_page(qtbot, demo_ctx)
    choose(qtbot, page, "observation")
    page.picker.search.setText("没有这样的课题xyz")
    qtbot.waitUntil(lambda: page.picker.matches.count() == 0, timeout=10000)
    page.generate_button.click()
    assert page.error.isVisible()
    assert page.error.text() == page.tr("Choose the record to print in the list first.")
    assert page.pdf is None
    assert page.picker.search.text() == "没有这样的课题xyz"  # what was typed stays


def test_a_record_deleted_meanwhile_is_refused(qtbot, demo_ctx, demo_store, captured):
    mine = demo_ctx.directory.my_school
    own = next(row for row in query_ops.page(demo_store, "observation", ListQuery(), limit=500)
               if row["owner_school"] == mine)
    page = open_page(qtbot, demo_ctx)
    choose(qtbot, page, "observation")
    page.picker.search.setText(own["topic"])
    qtbot.waitUntil(lambda: any(page.picker.matches.item(i).data(0x0100) == own["uuid"]
                                for i in range(page.picker.matches.count())), timeout=10000)
    for i in range(page.picker.matches.count()):
        if page.picker.matches.item(i).data(0x0100) == own["uuid"]:
            page.picker.matches.setCurrentRow(i)
    done = []
    demo_ctx.run(lambda store: record_ops.delete(store, LessonObservation, own["uuid"]),
                 done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    page.generate_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.error.isVisible() and own["uuid"] in page.error.text()
    assert page.pdf is None and page.picker.uuid() == own["uuid"]


@pytest.mark.parametrize("today,year,semester", [
    ("2026-12-03", 2026, "2026-1"),   # the summary due on 30 November, just closed
    ("2027-02-10", 2027, "2026-1"),   # February: the year in progress, last semester's report
    ("2027-03-20", 2027, "2026-2"),
])
def test_the_page_offers_the_period_a_report_is_due_for(qtbot, demo_store, today, year,
                                                        semester):
    from datetime import date

    from jituan_desktop.clock import Clock
    from jituan_desktop.gui.context import AppContext

    demo_store.clock = Clock(date.fromisoformat(today))
    ctx = AppContext(demo_store)
    try:
        page = open_page(qtbot, ctx)
        assert page.year.value() == year
        assert page.semester.currentData() == semester
    finally:
        ctx.shutdown()
