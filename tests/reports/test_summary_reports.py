"""The four summaries (听课节数统计表, 学期工作汇总, 联盟学期汇总, 年度结对帮扶情况汇总表) from the
small demo, read back with poppler: the font is embedded, the Chinese text and the numbers of
the services are there; an empty semester still gives a valid PDF saying so; the annual
summary's spreadsheet keeps numbers as numbers and dates as dates."""

from __future__ import annotations

import os
import re
import shutil
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reportlab.graphics import renderPDF

from jituan_desktop import i18n
from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.day_text import day_text
from jituan_desktop.domain.enums import Status
from jituan_desktop.reports import catalogue, charts
from jituan_desktop.reports.annual_summary import annual_summary_xlsx
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.report_errors import ReportError
from jituan_desktop.reports.summary_parts import local_time
from jituan_desktop.services import report_figures, setup_ops
from jituan_desktop.storage import lookups, sync_state
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count, text  # noqa: E402

TODAY = date(2026, 11, 25)
SUMMARIES = ("observation-counts", "school-semester", "alliance-semester", "annual-summary")


def zh(source: str) -> str:
    return i18n.translate("Reports", source)


def label(member) -> str:
    return i18n.translate("Labels", member.label)


def in_wrapped_cell(words: str, text: str) -> bool:
    """Whether ``text`` is printed in a table cell that may wrap: its characters in order,
    with at most the other cells' numbers and dates of the same rows between them."""
    return re.search(r"[\d年月日]*".join(re.escape(c) for c in text), words) is not None


def has_row(pdf_text: str, *cells) -> bool:
    """Whether one line of ``pdftotext -layout`` holds the cells in order, spaces between."""
    pattern = r"\s+".join(re.escape(str(c)) for c in cells if str(c) != "")
    return any(re.search(pattern, line) for line in pdf_text.splitlines())


@pytest.fixture(scope="module", autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summaries-demo")
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    # Two bundles came from 城关小学, one of them refused; the other members sent nothing.
    member = lookups.school_by_code_or_name(store, "城关小学")
    with store.transaction():
        for status in ("accepted", "refused"):
            sync_state.add_history(store, direction="received", file=f"{status}.jtb",
                                   status=status, kind="member", school=member, records=5)
    store.close()
    return folder


@pytest.fixture(scope="module")
def demo(demo_folder):
    store = Store.open(demo_folder, clock=CLOCK)
    yield store
    store.close()


@pytest.fixture(scope="module")
def pdfs(demo, tmp_path_factory):
    """Each summary rendered once, for 城关小学 where a school is asked."""
    folder = tmp_path_factory.mktemp("summaries")
    request = ReportRequest(TODAY, semester="2026-1", school="CG", year=2026)
    return {key: catalogue.render(demo, key, request, folder / f"{key}.pdf")
            for key in SUMMARIES}


def semester(store, key="2026-1"):
    return setup_ops.find_semester(store, key, TODAY)


def school(store, name="城关小学"):
    return lookups.school_by_code_or_name(store, name)


def test_the_summaries_are_in_the_catalogue_after_the_forms():
    keys = list(catalogue.KINDS)
    # The reports to the bureau follow the summaries (report_kinds.MENU).
    assert keys[-5:] == [*SUMMARIES, "quarterly-report"]
    assert catalogue.KINDS["observation-counts"].needs == ("semester", "school")
    assert catalogue.KINDS["alliance-semester"].needs == ("semester",)
    assert catalogue.KINDS["annual-summary"].needs == ("year", "school")
    titles = [catalogue.title_of(catalogue.KINDS[k]) for k in SUMMARIES]
    assert titles == ["听课节数统计表", "学期工作汇总", "联盟学期汇总", "年度结对帮扶情况汇总表"]


@pytest.mark.parametrize("key", SUMMARIES)
def test_each_summary_embeds_the_font_and_numbers_its_pages(pdfs, key):
    pdf = pdfs[key]
    assert_cjk_embedded(pdf)
    pages = page_count(pdf)
    words = flat(pdf)
    assert catalogue.title_of(catalogue.KINDS[key]) in words
    assert "实验小学教育联盟" in words  # the running header
    assert f"第1页共{pages}页" in words and f"第{pages}页共{pages}页" in words
    assert "生成日期2026年11月25日" in words
    if key != "annual-summary":  # the annual summary runs December to November instead
        assert "2026—2027学年第一学期（2026年9月1日至2027年1月31日），统计截至2026年11月25日" \
            in words


def test_observation_counts_print_compliances_numbers(demo, pdfs):
    counts = report_figures.observation_counts(demo, semester(demo), school(demo), TODAY)
    printed = text(pdfs["observation-counts"])
    assert "城关小学" in printed
    for i, r in enumerate(counts.rows, start=1):
        assert has_row(printed, i, r.subject.name, label(counts.positions[r.subject.key]),
                       r.count, r.threshold, r.short_by or "", r.expected_now,
                       label(r.status)), r.subject.name
    assert has_row(printed, zh("Sum"), counts.observed, counts.quota, counts.short)
    # those short come first: the first row is the largest shortfall
    assert counts.rows[0].short_by == max(r.short_by for r in counts.rows) > 0
    for status in Status:
        assert f"{label(status)}{counts.with_status(status)}" in flat(pdfs["observation-counts"])


def test_school_semester_prints_every_part(demo, pdfs):
    figures = report_figures.school_semester(demo, semester(demo), school(demo), TODAY)
    pdf = pdfs["school-semester"]
    printed, words = text(pdf), flat(pdf)
    for t in figures.activities:
        assert has_row(printed, label(t.type), t.count, t.teachers, t.students)
    assert has_row(printed, zh("Sum"), figures.activity_count, figures.teachers_reached,
                   figures.students_reached)
    assert f"{zh('Observation records')}{figures.observations}" in words
    assert f"{zh('Average rubric total')}{figures.average_total:g}" in words
    for occasion, n in figures.by_occasion.items():
        assert has_row(printed, label(occasion), n)
    for kind, n in figures.sessions.items():
        assert has_row(printed, label(kind), n)
    for progress in figures.rules:
        assert has_row(printed, progress.met, progress.on_track, progress.behind,
                       progress.missed, day_text(progress.due, i18n.translate))
        assert in_wrapped_cell(words, progress.rule.name)
    # whether 城关小学 held a 讲座 this semester depends on every record the random demo
    # generated before; notes, 示范课 plans and reflections it has either way
    assert all(figures.evidence_tally(i)[1] > 0 for i in ("notes", "plan", "reflection"))
    for item in ("notes", "lecture", "plan", "reflection"):
        present, applicable = figures.evidence_tally(item)
        if not applicable:
            continue
        name = {"notes": "听课笔记", "lecture": "讲座资料", "plan": "示范课教案",
                "reflection": "评课反思"}[item]
        assert has_row(printed, name, applicable, present, applicable - present)
    for e in (figures.evidence[0], figures.evidence[-1]):
        assert re.sub(r"\s+", "", e.title) in words
        assert day_text(e.day, i18n.translate) in words
    # the charts' labels are text in the PDF too
    assert "2026年9月" in words and "教学过程与方法" in words


def test_alliance_semester_prints_every_school_side_by_side(demo, pdfs):
    figures = report_figures.alliance_semester(demo, semester(demo), TODAY)
    pdf = pdfs["alliance-semester"]
    printed, words = text(pdf), flat(pdf)
    assert len(figures.schools) == 8
    for row in figures.schools:
        t = row.tally
        assert has_row(printed, row.name, t.activities, t.observations, t.pairings, t.sessions,
                       f"{row.behind} / {row.subjects}")
    for row in figures.falling_behind:
        assert f"{row.name}：" in words
    member = school(demo)
    got = figures.bundles[member]
    assert (got.accepted, got.refused) == (1, 1)
    assert has_row(printed, "城关小学", 1, 1, local_time(got.last_accepted))
    assert has_row(printed, "新民小学", 0, 0, "未收到")
    assert has_row(printed, "实验小学", 0, 0, "本校")


def test_annual_summary_prints_the_year_from_december_to_november(demo, pdfs):
    figures = report_figures.annual_summary(demo, 2026, school(demo), TODAY)
    pdf = pdfs["annual-summary"]
    printed, words = text(pdf), flat(pdf)
    assert "城关小学" in words and "统计时段2025年12月1日至2026年11月30日" in words
    assert "截止日期2026年11月30日" in words and "统计截至2026年11月25日" in words
    for source, value in (("Alliance activities (times)", figures.activity_count),
                          ("Demonstration lessons given", figures.demonstration_lessons),
                          ("Thematic lectures (times)", figures.lectures),
                          ("Teachers reached (person-times)", figures.teachers_reached),
                          ("Students reached (person-times)", figures.students_reached),
                          ("Mentor pairings during the year", figures.pairings),
                          ("of which still active", figures.pairings_active)):
        assert has_row(printed, zh(source), value), source
    assert "典型经验／亮点" in words and "盖章处" in words and "校长签字" in words


@pytest.mark.parametrize("key,request_fields", [
    ("observation-counts", dict(semester="2025-2")),
    ("school-semester", dict(semester="2025-2")),
    ("alliance-semester", dict(semester="2026-2")),
    ("annual-summary", dict(year=2030)),
])
def test_a_summary_of_nothing_is_a_valid_pdf_that_says_so(demo, tmp_path, key, request_fields):
    pdf = catalogue.render(demo, key, ReportRequest(TODAY, **request_fields),
                           tmp_path / "empty.pdf")
    assert_cjk_embedded(pdf)
    assert page_count(pdf) == 1
    words = flat(pdf)
    assert catalogue.title_of(catalogue.KINDS[key]) in words
    assert "还没有" in words and "第1页共1页" in words


def test_an_unknown_school_or_semester_is_refused_with_a_message(demo, tmp_path):
    with pytest.raises(ReportError) as refused:
        catalogue.render(demo, "school-semester", ReportRequest(TODAY, school="没有这所学校"),
                         tmp_path / "x.pdf")
    assert "没有这所学校" in refused.value.render(i18n.translate)
    with pytest.raises(ReportError):
        catalogue.render(demo, "observation-counts", ReportRequest(TODAY, semester="2026-9"),
                         tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_annual_summary_spreadsheet_keeps_numbers_and_dates(demo, tmp_path):
    request = ReportRequest(TODAY, school="城关小学", year=2026)
    figures = report_figures.annual_summary(demo, 2026, school(demo), TODAY)
    out = annual_summary_xlsx(demo, request, tmp_path / "年度汇总.xlsx")
    sheet = load_workbook(out).active
    rows = {row[0].value: [c.value for c in row[1:]] for row in sheet.iter_rows()
            if row[0].value}
    assert rows[zh("School")][0] == "城关小学"
    start, end = rows[zh("Reporting period")][:2]
    assert isinstance(start, datetime) and isinstance(end, datetime)
    assert (start.date(), end.date()) == (date(2025, 12, 1), date(2026, 11, 30))
    assert rows[zh("Counted to")][0].date() == TODAY
    for source, value in (("Alliance activities (times)", figures.activity_count),
                          ("Demonstration lessons given", figures.demonstration_lessons),
                          ("Thematic lectures (times)", figures.lectures),
                          ("Teachers reached (person-times)", figures.teachers_reached),
                          ("Students reached (person-times)", figures.students_reached),
                          ("Mentor pairings during the year", figures.pairings),
                          ("of which still active", figures.pairings_active)):
        cell = rows[zh(source)][0]
        assert type(cell) is int and cell == value, source
    for t in figures.activities:
        assert rows[label(t.type)][:3] == [t.count, t.teachers, t.students]
    assert rows[zh("Sum")][:3] == [figures.activity_count, figures.teachers_reached,
                                   figures.students_reached]
    assert zh("Highlights") in rows
    assert [p.name for p in tmp_path.iterdir()] == ["年度汇总.xlsx"]  # no temporary left


def test_annual_summary_spreadsheet_refuses_a_path_it_cannot_write(demo, tmp_path):
    request = ReportRequest(TODAY, year=2026)
    with pytest.raises(ReportError) as refused:
        annual_summary_xlsx(demo, request, tmp_path)
    assert str(tmp_path) in refused.value.render(i18n.translate)
    missing = tmp_path / "没有的文件夹" / "a.xlsx"
    with pytest.raises(ReportError) as refused:
        annual_summary_xlsx(demo, request, missing)
    assert "没有的文件夹" in refused.value.render(i18n.translate)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(ReportError) as refused:
                annual_summary_xlsx(demo, request, locked / "a.xlsx")
            assert "locked" in refused.value.render(i18n.translate)
        finally:
            locked.chmod(0o700)


def test_charts_are_vector_drawings_with_chinese_labels(demo, tmp_path):
    figures = report_figures.school_semester(demo, semester(demo), school(demo), TODAY)
    for name, drawing in (("months", charts.activities_per_month(figures.per_month)),
                          ("rubric", charts.rubric_averages(figures.rubric))):
        pdf = tmp_path / f"{name}.pdf"
        renderPDF.drawToFile(drawing, str(pdf))
        assert_cjk_embedded(pdf)
    months = flat(tmp_path / "months.pdf")
    assert [f"{m.year}年{m.month}月" in months for m, _ in figures.per_month] == \
        [True] * len(figures.per_month)
    rubric = flat(tmp_path / "rubric.pdf")
    for item in figures.rubric:
        assert item.name in rubric and f"{item.average:.1f}/{item.max_score:g}" in rubric


def test_an_empty_rubric_or_month_list_still_draws(tmp_path):
    for drawing in (charts.activities_per_month([]), charts.rubric_averages([])):
        renderPDF.drawToFile(drawing, str(tmp_path / "blank.pdf"))
        assert page_count(tmp_path / "blank.pdf") == 1


def test_demo_copy_is_not_changed_by_rendering(demo_folder, tmp_path):
    """Reports only read: the database file is byte-for-byte the same after them."""
    before = (demo_folder / DATABASE_FILE).read_bytes()
    copy = tmp_path / "copy"
    shutil.copytree(demo_folder, copy)
    store = Store.open(copy, clock=CLOCK)
    try:
        catalogue.render(store, "school-semester", ReportRequest(TODAY), tmp_path / "s.pdf")
    finally:
        store.close()
    assert before == (demo_folder / DATABASE_FILE).read_bytes()
