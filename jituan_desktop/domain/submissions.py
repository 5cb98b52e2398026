"""What goes to the county bureau (报送): a record of each report generated and sent.

The texts ask for a quarterly written report of the council's major decisions (000:
每季度向县教育局书面汇报理事会议的重大决策内容) and an annual summary of the pairing support
from every school (004: 各学校每年11月底前要将校校结对帮扶情况汇总后及时报送).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP
from .records import Attachment, Record
from .report_periods import annual_period, summary_year_in_progress


class SubmissionKind(Coded):
    QUARTERLY = "quarterly", QT_TRANSLATE_NOOP("Labels", "Quarterly report on council decisions")
    ANNUAL = "annual", QT_TRANSLATE_NOOP("Labels", "Annual summary of pairing support")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Other report")


@dataclass(kw_only=True)
class Submission(Record):
    school: str  # the school reporting
    kind: SubmissionKind
    year: int  # calendar year reported on
    quarter: int | None = None  # 1-4 for a quarterly report
    title: str = ""
    generated_on: date | None = None
    sent_on: date | None = None
    recipient: str = ""  # 县教育局 …
    sent_by: str | None = None  # a teacher
    notes: str = ""
    attachments: list[Attachment] = field(default_factory=list)  # the PDF as sent


# -- when each report is due -----------------------------------------------------------------
#
# The annual summary: 004, 四、實施要求 (三) 1.: 「各学校每年11月底前要将校校结对帮扶情况汇总后
# 及时报送」, so 30 November of each year, for every school (report_periods.annual_deadline).
# The quarterly report: 000, 篇八 (二) 2.: 「各集团每季度向县教育局书面汇报理事会议的重大决策
# 内容」 names no day. Common practice is to report within the first ten days after the quarter
# ends; the app uses that and says so on screen (QUARTERLY_RULE_NOTE), never as the text's rule.

QUARTERLY_GRACE_DAYS = 10  # 常见做法: due ten days after the quarter ends
ANNUAL_SHOWN_AHEAD = 92  # days: the summary year in progress is listed from September on
DUE_SOON_DAYS = 30  # a report shows as "due soon" in the last thirty days before its deadline
DEFAULT_RECIPIENT = QT_TRANSLATE_NOOP("Labels", "County education bureau")

QUARTERLY_SOURCE = QT_TRANSLATE_NOOP(
    "Labels", "000_4831cd458b4b7471.txt, 篇八 (二) 2.: 各集团每季度向县教育局书面汇报理事会议的"
              "重大决策内容。")
ANNUAL_SOURCE = QT_TRANSLATE_NOOP(
    "Labels", "004_40450cabe39de89f.txt, 四、实施要求 (三) 1.: 各学校每年11月底前要将校校结对帮扶"
              "情况汇总后及时报送我局基民教股。")
QUARTERLY_RULE_NOTE = QT_TRANSLATE_NOOP(
    "Labels", "常见做法, not set by the texts: the quarterly report is due ten days after the "
              "quarter ends.")


class DueState(Coded):
    SENT = "sent", QT_TRANSLATE_NOOP("Labels", "Sent")
    DUE_SOON = "due_soon", QT_TRANSLATE_NOOP("Labels", "Due soon")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("Labels", "Overdue")
    LATER = "later", QT_TRANSLATE_NOOP("Labels", "Not yet due")


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_period(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter."""
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end - timedelta(days=1)


def period_of(kind: SubmissionKind, year: int, quarter: int | None) -> tuple[date, date]:
    """The days a report covers: its quarter, or the annual summary's year (other reports:
    the calendar year)."""
    if kind == SubmissionKind.QUARTERLY and quarter:
        return quarter_period(year, quarter)
    if kind == SubmissionKind.ANNUAL:
        return annual_period(year)
    return date(year, 1, 1), date(year, 12, 31)


def deadline(kind: SubmissionKind, year: int, quarter: int | None = None) -> date | None:
    """When the report is due; None for a report no text schedules."""
    if kind == SubmissionKind.QUARTERLY and quarter:
        return quarter_period(year, quarter)[1] + timedelta(days=QUARTERLY_GRACE_DAYS)
    if kind == SubmissionKind.ANNUAL:
        return annual_period(year)[1]
    return None


def due_state(due: date, sent_on: date | None, today: date) -> DueState:
    if sent_on is not None:
        return DueState.SENT
    if today > due:
        return DueState.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return DueState.DUE_SOON
    return DueState.LATER


def sent_late(due: date | None, sent_on: date | None) -> bool:
    return due is not None and sent_on is not None and sent_on > due


def quarters_to_show(today: date) -> list[tuple[int, int]]:
    """(year, quarter) of the quarter in progress and the three before it, latest first: a
    rolling year, so an overdue report stays in view until it is sent or a year old."""
    year, quarter = today.year, quarter_of(today)
    out = []
    for _ in range(4):
        out.append((year, quarter))
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return out


def annual_years_to_show(today: date) -> list[int]:
    """The summary year whose deadline passed last and, in its last three months
    (ANNUAL_SHOWN_AHEAD), the year in progress: latest first."""
    current = summary_year_in_progress(today)
    ahead = (annual_period(current)[1] - today).days <= ANNUAL_SHOWN_AHEAD
    return [current, current - 1] if ahead else [current - 1]


def due_quarter(today: date) -> tuple[int, int]:
    """(year, quarter) a quarterly report is about when nobody says: the quarter that ended
    last, whose report is the one to write now."""
    year, quarter = today.year, quarter_of(today)
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)
