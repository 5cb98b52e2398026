"""季度书面汇报 read back with poppler: the font embedded, addressed to 县教育局, the quarter's
council meetings with each decision and where it stands, the other meetings counted, the
requirement quoted from the text, the lead school's seal and date; and its refusals."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.domain.meetings import Decision, MeetingKind
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.report_errors import ReportError
from submission_world import TODAY, SubmissionWorld

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count, text  # noqa: E402



@pytest.fixture
def world(store) -> SubmissionWorld:
    w = SubmissionWorld(store)
    w.quarter_of_meetings()
    return w


def render(world, tmp_path, **kw) -> Path:
    request = ReportRequest(today=kw.pop("today", TODAY), **kw)
    return catalogue.render(world.store, "quarterly-report", request, tmp_path / "q.pdf")


def test_the_quarter_of_council_decisions_in_chinese(world, tmp_path, zh):
    pdf = render(world, tmp_path, year=2026, quarter=4)
    assert_cjk_embedded(pdf)
    assert page_count(pdf) <= 2
    words = flat(pdf)
    for expected in ("关于实验小学教育联盟理事会议重大决策情况的季度汇报",
                     "2026年第4季度（2026年10月1日至2026年12月31日），统计截至2026年11月25日",
                     "县教育局：", "一、本季度会议召开情况", "二、理事会议及重大决策",
                     "第1次理事会议：十月理事会议", "第2次理事会议：十一月理事会议",
                     "成立送教下乡讲师团", "已落实（2026年10月28日）", "待落实，已逾期", "已撤销",
                     "本季度理事会议共作出决策3项：已落实1项，待落实1项（其中1项已过完成时限），"
                     "已撤销1项。",
                     "各集团每季度向县教育局书面汇报理事会议的重大决策内容",
                     "000_4831cd458b4b7471.txt", "牵头学校（盖章）", "实验小学2026年11月25日"):
        assert expected in words, expected
    assert "九月理事会议" not in words  # Q3's
    lines = text(pdf)
    assert any("理事会议" in line and line.rstrip().endswith("2") for line in lines.splitlines())
    assert any("联盟校会议" in line and line.rstrip().endswith("1") for line in lines.splitlines())


def test_a_quarter_in_progress_reports_no_meeting_still_to_come(world, tmp_path, zh):
    """Counted to today (as the subtitle says): a 理事会议 set for 20 December has not been
    held on 25 November, so it is neither listed nor counted among the meetings held."""
    world.meeting(MeetingKind.COUNCIL, date(2026, 12, 20), "十二月理事会议", [
        Decision(text="部署寒假安全工作", follow_up=world.dean, due=date(2026, 12, 30))])
    pdf = render(world, tmp_path, year=2026, quarter=4)
    words = flat(pdf)
    assert "十二月理事会议" not in words and "部署寒假安全工作" not in words
    assert "本季度理事会议共作出决策3项" in words
    assert any("理事会议" in line and line.rstrip().endswith("2")
               for line in text(pdf).splitlines())


def test_a_quarter_without_council_meetings_says_so(world, tmp_path, zh):
    pdf = render(world, tmp_path, year=2026, quarter=2)
    assert "本季度未召开理事会议。" in flat(pdf)


def test_the_default_is_the_quarter_that_ended_last(world, tmp_path, zh):
    pdf = render(world, tmp_path)
    words = flat(pdf)
    assert "2026年第3季度" in words and "九月理事会议" in words


@pytest.mark.parametrize("kw, message", [
    (dict(year=2027, quarter=1), "2027年第1季度尚未开始，没有可汇报的内容。"),
    (dict(year=2026, quarter=5), "5不是季度：请给出 1、2、3 或 4。"),
])
def test_refusals(world, tmp_path, zh, kw, message):
    with pytest.raises(ReportError) as refused:
        render(world, tmp_path, **kw)
    assert refused.value.render(zh) == message
    assert not (tmp_path / "q.pdf").exists()


def test_one_page_kept_as_png_for_the_docs(world, tmp_path, zh):
    """The first page renders as an image (docs/reports/quarterly-report.png is made so)."""
    import subprocess

    pdf = render(world, tmp_path, year=2026, quarter=4)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page.png").stat().st_size > 10_000
