"""The 报送 page as a principal uses it: what is due in Chinese, 生成… makes and opens the
quarterly report and keeps it, 标记为已报送… records the sending (refused before the report
is generated, and for a date before it was), and another school's reports stay read-only."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from jituan_desktop.domain.submissions import DueState, SubmissionKind
from jituan_desktop.gui.submissions.submissions_page import SubmissionsPage
from jituan_desktop.services import submission_ops
from submission_world import SubmissionWorld


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    seen: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: seen.append(Path(url.toLocalFile())) or True)
    return seen


@pytest.fixture
def page(qtbot, chinese, store, context_for):
    w = SubmissionWorld(store)
    w.quarter_of_meetings()
    ctx = context_for(store)
    page = SubmissionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 740)
    page.world = w
    qtbot.waitUntil(lambda: page.due.table.rowCount() == 8, timeout=10000)
    return page


def row_of(page, kind, year, quarter=None, school=None) -> int:
    for i, r in enumerate(page.due.reports):
        if (r.kind, r.year, r.quarter) == (kind, year, quarter) and \
                (school is None or r.school == school):
            return i
    raise AssertionError("no such row")


def cells(page, row) -> list[str]:
    return [page.due.table.item(row, c).text() for c in range(page.due.table.columnCount())]


def select(page, kind, year, quarter=None, school=None):
    row = row_of(page, kind, year, quarter, school)
    page.due.table.selectRow(row)
    return page.due.reports[row]


def state_of(page, kind, year, quarter=None, school=None) -> DueState:
    return page.due.reports[row_of(page, kind, year, quarter, school)].state


def test_what_is_due_reads_in_chinese(page):
    headers = [page.due.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["学校", "报送材料", "期间", "截止日期", "状态", "报送日期"]
    row = row_of(page, SubmissionKind.QUARTERLY, 2026, 3)
    assert cells(page, row)[:5] == ["实验小学", "理事会议重大决策季度书面汇报", "2026年第3季度",
                                    "2026年10月10日", "已逾期"]
    assert "常见做法，非文件规定" in page.due.note.text()
    assert "各学校每年11月底前要将校校结对帮扶情况汇总后及时报送" in page.due.note.text()


def test_generate_then_mark_as_sent(qtbot, page, opened):
    select(page, SubmissionKind.QUARTERLY, 2026, 4)
    page.due.generate_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "十月理事会议" in "".join(text.split())
    assert opened[0].name == "理事会议重大决策情况的季度汇报（2026年第4季度）.pdf"
    qtbot.waitUntil(lambda: page.due.current() is not None
                    and page.due.current().generated_on is not None, timeout=10000)
    assert page.due.sent_button.isEnabled()
    page.due.sent_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.recipient.text() == "县教育局"
    dialog.sent_by.set_uuid(page.world.dean)
    with qtbot.waitSignal(dialog.sent, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: state_of(page, SubmissionKind.QUARTERLY, 2026, 4)
                    is DueState.SENT, timeout=10000)
    record = submission_ops.report_for(page.ctx.store, page.due.current().period)
    assert (record.sent_on, record.recipient, record.sent_by) == (
        date(2026, 11, 25), "县教育局", page.world.dean)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.row(0)["uuid"] == record.uuid
    # Sent: not generated again nor marked sent again (which would put today's date and
    # defaults over what was recorded); the button says why; the kept PDF still opens.
    assert not page.due.generate_button.isEnabled()
    assert not page.due.sent_button.isEnabled()
    assert page.due.sent_button.toolTip() == "已报送：已报送的材料保持原样。"
    page.due.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert opened[1].read_bytes() == opened[0].read_bytes()


def test_marking_as_sent_before_generating_says_why(qtbot, page):
    select(page, SubmissionKind.QUARTERLY, 2026, 2)
    assert page.due.sent_button.isEnabled()
    page.due.sent_button.click()
    assert page.dialog is None
    notice = page.last_notice
    assert isinstance(notice, QMessageBox) and notice.icon() == QMessageBox.Warning
    assert notice.text() == "材料尚未生成，不能标记为已报送。"


def test_a_sent_date_before_the_generated_one_stays_in_the_dialog(qtbot, page, opened):
    select(page, SubmissionKind.QUARTERLY, 2026, 3)
    page.due.generate_button.click()
    qtbot.waitUntil(lambda: page.due.current() is not None
                    and page.due.current().generated_on is not None, timeout=20000)
    page.due.sent_button.click()
    dialog = page.dialog
    dialog.sent_on.setText("2026-11-20")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "sent_on" in dialog.errors.messages(), timeout=10000)
    assert dialog.errors.messages()["sent_on"] == "报送日期不能早于生成日期。"
    assert dialog.isVisible()
    assert submission_ops.report_for(page.ctx.store, page.due.current().period).sent_on is None


def test_another_schools_report_is_read_only(page):
    report = select(page, SubmissionKind.ANNUAL, 2026, school=page.world.member)
    assert report.school_name == "希望小学"
    assert not page.due.generate_button.isEnabled()
    assert not page.due.sent_button.isEnabled()
    assert "希望小学" in page.due.sent_button.toolTip()


def test_a_report_recorded_without_a_pdf_says_so(qtbot, page, opened):
    from jituan_desktop.domain.submissions import Submission
    from jituan_desktop.services import record_ops

    kept = Submission(school=page.world.lead, kind=SubmissionKind.QUARTERLY, year=2026,
                      quarter=1, generated_on=date(2026, 4, 3), sent_on=date(2026, 4, 8),
                      recipient="县教育局")
    page.ctx.run(lambda store: record_ops.save(store, kept, today=date(2026, 11, 25)),
                 page.ctx.announce)
    qtbot.waitUntil(lambda: state_of(page, SubmissionKind.QUARTERLY, 2026, 1)
                    is DueState.SENT, timeout=10000)
    select(page, SubmissionKind.QUARTERLY, 2026, 1)
    page.due.open_button.click()
    qtbot.waitUntil(lambda: page.last_notice is not None, timeout=10000)
    assert page.last_notice.text() == "这份报送记录没有保存PDF：登记时未附文件。"
    assert opened == []
