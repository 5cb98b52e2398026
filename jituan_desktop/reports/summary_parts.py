"""What the four summaries share: the request read into a semester and school, the period
line under the title, status words, rule tables and the signing block at the end."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from ..domain.day_text import day_text, range_text, stamp_text
from ..domain.enums import Coded
from ..domain.quota_standing import STANDINGS
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import Semester
from ..domain.semesters import semester_label
from ..i18n import translate
from ..services.dashboard_ops import RuleProgress
from ..storage.store import Store
from .pdf_document import Document
from .pdf_layout import (CONTENT_WIDTH, data_table, day_width, heading, para, signature_lines,
                         stamp_box)
from .report_context import header_names, school_for, semester_for
from .report_types import ReportRequest

R = "Reports"
PERIOD = QT_TRANSLATE_NOOP("Reports", "{label} ({period})")
COUNTED_TO = QT_TRANSLATE_NOOP("Reports", "{period}, counted to {date}")
RULE = QT_TRANSLATE_NOOP("Reports", "Quota rule")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
FILLED_BY = QT_TRANSLATE_NOOP("Reports", "Filled in by")
PRINCIPAL = QT_TRANSLATE_NOOP("Reports", "Principal's signature")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
STAMP = QT_TRANSLATE_NOOP("Reports", "School seal")
NOT_YET = QT_TRANSLATE_NOOP("Reports", "Nothing has been recorded for this yet.")


def tr(text: str) -> str:
    return translate(R, text)


def label_of(value: Coded | None) -> str:
    return translate("Labels", value.label) if value is not None else ""


def semester_and_school(store: Store, request: ReportRequest) -> tuple[Semester, str]:
    """The request's semester (current when empty) and school uuid (this school when empty);
    refusals come from report_context with the foundation's messages."""
    return semester_for(store, request.semester, request.today), school_for(store,
                                                                           request.school)


def day(value) -> str:
    """A date on paper as people write it: 2026年11月25日 ("" for none)."""
    return day_text(value, translate)


def period_line(label: str, start: date, end: date, counted_to: date | None = None) -> str:
    """"2026—2027学年第一学期（2026年9月1日至2027年1月31日），统计截至2026年11月25日"."""
    text = tr(PERIOD).format(label=label, period=range_text(start, end, translate))
    if counted_to is not None and counted_to < end:
        text = tr(COUNTED_TO).format(period=text, date=day(counted_to))
    return text



def semester_line(semester: Semester, counted_to: date) -> str:
    return period_line(semester_label(semester, translate), semester.start, semester.end,
                       counted_to if counted_to >= semester.start else None)


def document(store: Store, school: str | None, title: str, subtitle: str, story: list,
             empty: bool, empty_text: str = "") -> Document:
    """A summary's document with the alliance and school in the running header; an empty
    summary keeps its title and period and says there is nothing yet."""
    left, right = header_names(store, school)
    return Document(title=title, subtitle=subtitle, header_left=left, header_right=right,
                    story=[] if empty else story, empty_text=empty_text or tr(NOT_YET))


STATUS_ORDER = STANDINGS  # one order for the four words (domain/quota_standing.py)


def rule_table(rules: list[RuleProgress]):
    """Every rule with how many of its subjects are at each status, and its due date."""
    header = [tr(RULE)] + [label_of(s) for s in STATUS_ORDER] + [tr(DUE)]
    rows = [[p.rule.name, *(str(getattr(p, s.value)) for s in STATUS_ORDER), day(p.due)]
            for p in rules]
    widths = [CONTENT_WIDTH - 4 * 16 * mm - day_width()] + [16 * mm] * 4 + [day_width()]
    return data_table(header, rows, widths, numeric=range(1, 5))


def signing_block() -> list:
    """填表人 / 校长签字 / 日期 lines and the 盖章处 box, as a filed summary ends."""
    return [signature_lines([tr(FILLED_BY), tr(DATE), tr(PRINCIPAL), tr(DATE)]),
            stamp_box(tr(STAMP))]


def section(text: str) -> list:
    """A numbered heading, moved to the next page when too little room is left under it
    for the start of what follows (never left alone at the foot of a page)."""
    return [CondPageBreak(45 * mm), heading(text)]


def note(text: str):
    return para(text, "small")


def local_time(utc_iso: str | None) -> str:
    """A stored UTC time as this computer's local date and minute, for people to read."""
    return stamp_text(utc_iso, translate)


__all__ = ["tr", "label_of", "day", "semester_and_school", "period_line", "semester_line",
           "document", "rule_table", "signing_block", "section", "note", "local_time",
           "STATUS_ORDER"]
