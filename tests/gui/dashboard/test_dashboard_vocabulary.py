"""首页 says what it means (issue 14): one word per standing (达标 / 正常 / 落后 / 未完成) and
its counts, the same on the page, in ``jituan compliance`` and in a printed report; a legend
on the page for every colour; each rule's tooltip quoting its source; progress text beside
its bar, never over it, at the widths of 1024×768 and 1366×768."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import TODAY

from jituan_desktop import i18n
from jituan_desktop.cli import main as cli_main
from jituan_desktop.domain.enums import Status
from jituan_desktop.domain.quota_standing import STANDINGS
from jituan_desktop.gui.dashboard.colours import STANDING_COLOURS
from jituan_desktop.gui.dashboard.dashboard_page import DashboardPage
from jituan_desktop.gui.dashboard.standing_bar import StandingBar
from jituan_desktop.gui.dashboard.tables import cell_text, colours_used
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest

WORDS = {Status.MET: "达标", Status.ON_TRACK: "正常", Status.BEHIND: "落后",
         Status.MISSED: "未完成"}
PRINCIPAL_RULE = "学校领导（校长、副校长、教务主任）每学期听课不少于40节"
# The page's width at each screen: less the page list on the left and the window's frame.
PAGE_WIDTHS = {"1024×768": 1024 - 150, "1366×768": 1366 - 150}
PAGE_HEIGHT = 768 - 40 - 80  # less the taskbar, the title bar and the header


def open_page(qtbot, ctx, size=(1200, 800)) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.show()
    return page


def look_at(qtbot, page, name: str) -> None:
    uuid = next(s.uuid for s in page.ctx.directory.schools if s.name == name)
    if page.school_combo.currentData() == uuid:
        return
    with qtbot.waitSignal(page.loaded, timeout=20000,
                          check_params_cb=lambda d: d.school == uuid):
        page.choose_school(uuid)


def numbers(text: str) -> dict[str, int]:
    """达标 19 · 正常 16 · 落后 16 · 未完成 3 -> {"达标": 19, ...}"""
    found = dict((word, int(n)) for word, n in re.findall(r"(达标|正常|落后|未完成) (\d+)", text))
    assert set(found) == set(WORDS.values()), text
    return found


def detail_words(page) -> dict[str, str]:
    """Name -> the standing word the detail list writes for the chosen rule."""
    table = page.rules_view.detail
    return {cell_text(table, r, 0): cell_text(table, r, 1) for r in range(table.rowCount())}


@pytest.fixture
def ctx(qtbot, chinese, demo_store, context_for):
    return context_for(demo_store)


def test_the_summary_counts_the_words_of_the_table(qtbot, ctx):
    page = open_page(qtbot, ctx)
    view = page.rules_view
    summary = numbers(view.summary.text())
    # the words in the detail list, rule by rule, added up ...
    written = {w: 0 for w in WORDS.values()}
    for row in range(view.rules.rowCount()):
        view.select_row(row)
        words = [cell_text(view.detail, r, 1) for r in range(view.detail.rowCount())]
        assert set(words) <= set(WORDS.values()), words
        for word in words:
            written[word] += 1
        # ... the rule's own title and columns count the same words
        assert numbers(view.detail_title.text()) == {w: words.count(w) for w in WORDS.values()}
        assert [int(cell_text(view.rules, row, c)) for c in range(2, 6)] == [
            words.count(WORDS[s]) for s in STANDINGS]
    assert written == summary
    assert sum(summary.values()) > 0 and summary["达标"] > 0 and summary["落后"] > 0
    met_by_all = sum(1 for p in view.progress if p.met == len(p.results))
    assert f"全员达标的指标 {met_by_all}/{len(view.progress)} 条" in view.summary.text()
    # the headers name the four words, and none of the words that were confused with them
    headers = [view.rules.horizontalHeaderItem(c).text() for c in range(view.rules.columnCount())]
    assert headers[2:6] == ["达标", "正常", "落后", "未完成"]
    shown = " ".join([view.summary.text(), view.detail_title.text(), *headers])
    assert "未达标" not in shown and "进度正常" not in shown and "已完成" not in shown


def test_every_colour_on_the_page_is_in_a_visible_legend(qtbot, ctx):
    page = open_page(qtbot, ctx)
    look_at(qtbot, page, "城关小学")
    view = page.rules_view
    assert view.legend.isVisible()
    for word in WORDS.values():
        assert f"{word}：" in view.legend.plain_text()
    bars = [view.rules.cellWidget(r, 1) for r in range(view.rules.rowCount())]
    used = colours_used(view.rules) | {STANDING_COLOURS[status].name() for bar in bars
                                       for status, _ in bar.segments()}
    for row in range(view.rules.rowCount()):
        view.select_row(row)
        used |= colours_used(view.detail)
    assert used and used <= view.legend.colours(), used - view.legend.colours()
    assert len(used) >= 3, used  # the demo has subjects 达标, 正常 and 落后 at least

    duties = page.duties_view
    assert duties.legend.isVisible()
    assert colours_used(duties.table) and colours_used(duties.table) <= duties.legend.colours()
    assert "粉红底：已逾期" in duties.legend.plain_text()

    page.tabs.setCurrentWidget(page.schools_box)  # the lead school's 各校对比
    schools = page.schools_view
    look_at(qtbot, page, "城关小学")
    assert schools.legend.isVisible() and schools.falling_behind()
    assert colours_used(schools.table) <= schools.legend.colours()
    assert "粉红底：需关注的学校" in schools.legend.plain_text()
    assert "30 天没有记录" in schools.legend.plain_text()


def test_a_rules_tooltip_quotes_its_source_with_file_and_section(qtbot, ctx):
    page = open_page(qtbot, ctx)
    view = page.rules_view
    cited = [p for p in view.progress if p.rule.source_file and p.rule.source_text]
    assert cited, "the demo's rules quote the seed texts"
    for p in cited:
        row = view.progress.index(p)
        for column in (0, 6):
            tip = view.rules.item(row, column).toolTip()
            assert f"“{p.rule.source_text}”" in tip  # verbatim
            assert p.rule.source_file in tip and p.rule.source_section in tip
        view.select_row(row)
        assert p.rule.source_text in view.detail_title.toolTip()
    assert "原文" in view.rules.horizontalHeaderItem(0).toolTip()  # says where to look
    single = next(p for p in view.progress if len(p.results) == 1)
    bar = view.rules.cellWidget(view.progress.index(single), 1)
    assert (f"完成/要求：{single.results[0].count}/{single.results[0].threshold}"
            in bar.toolTip())


@pytest.mark.parametrize("screen", PAGE_WIDTHS)
def test_progress_text_stays_beside_its_bar(qtbot, ctx, screen):
    page = open_page(qtbot, ctx, (PAGE_WIDTHS[screen], PAGE_HEIGHT))
    qtbot.wait(50)  # let the layout settle at the new size
    table = page.rules_view.rules
    assert table.rowCount() > 0
    for row in range(table.rowCount()):
        bar = table.cellWidget(row, 1)
        assert isinstance(bar, StandingBar)
        text, body = bar.text_rect(), bar.bar_rect()
        assert not text.intersects(body), (screen, row)
        assert body.width() >= 30 and body.right() < text.left()
        assert bar.fontMetrics().horizontalAdvance(bar.text()) <= text.width()
        assert bar.rect().contains(text) and bar.rect().contains(body)
        # the bar fills its cell and no more: nothing drawn over the next column
        assert bar.width() <= table.columnWidth(1)


def test_the_cli_and_a_report_say_the_same_words_as_the_page(qtbot, ctx, demo_store,
                                                            capsys, tmp_path):
    page = open_page(qtbot, ctx)
    look_at(qtbot, page, "城关小学")
    view = page.rules_view
    view.select_row(next(r for r, p in enumerate(view.progress)
                         if p.rule.name == PRINCIPAL_RULE))
    on_page = detail_words(page)
    assert len(set(on_page.values())) >= 2, on_page

    before = i18n.language()
    try:
        assert cli_main(["--data-dir", str(demo_store.data_dir), "compliance",
                         "--school", "城关小学"]) == 0
        out = capsys.readouterr().out
        pdf = tmp_path / "counts.pdf"
        i18n.set_language("zh_CN")
        request = ReportRequest(TODAY, semester=ctx.directory.current_semester.key,
                                school="城关小学")
        box = {}
        ctx.run(lambda store: catalogue.render(store, "observation-counts", request, pdf),
                lambda path: box.setdefault("path", path),
                lambda error: box.setdefault("error", error))
        qtbot.waitUntil(lambda: bool(box), timeout=30000)
        assert "error" not in box, box.get("error")
    finally:
        i18n.set_language(before)
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                             capture_output=True, text=True).stdout

    cli_rows = [line for line in out.splitlines() if PRINCIPAL_RULE[:8] in line]
    for name, word in on_page.items():
        cli = [line for line in cli_rows if f" {name} " in f" {line} "]
        assert len(cli) == 1, (name, cli_rows)
        # the CLI writes the word, and for a subject short of the rule how many are missing
        assert re.search(rf"\s{word}(（还差 \d+）)?\s", cli[0] + " "), (name, cli[0])
        report = [line for line in printed.splitlines() if name in line]
        assert report and report[0].split()[-1] == word, (name, report)
    # the CLI's closing line and the page count the words alike
    assert numbers(out.strip().splitlines()[-1])
    assert numbers(page.rules_view.summary.text()) == numbers(out.strip().splitlines()[-1])
    # and the report explains them as the legend does
    flat = "".join(printed.split())
    for entry in view.legend.entries:
        assert "".join(entry.text.split()) in flat, entry.text
