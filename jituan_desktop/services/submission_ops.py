"""Reports to the county bureau (报送): what is due, generating a report and keeping its PDF,
and marking it as sent.

A school keeps one record per report and period (the annual summary of a year, the quarterly
report of a quarter). Generating writes the PDF (the caller's ``render``: services never
import reportlab), keeps it as the record's attachment and sets ``generated_on``; sending
sets ``sent_on``, to whom and by whom. A report already sent is not generated again: what
went to the bureau stays as it went. Each school reports for itself (004: 各学校 …), the
quarterly report is the lead school's (000: 各集团每季度向县教育局书面汇报…).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from ..domain.enums import Role
from ..domain.messages import QT_TRANSLATE_NOOP, ValidationError, problem
from ..domain.submissions import (DueState, Submission, SubmissionKind, annual_years_to_show,
                                  deadline, due_state, quarters_to_show)
from ..domain.submission_validation import SENT_BEFORE_GENERATED
from ..domain.validation import problems_of
from ..storage import attachments, errors, lookups, submission_queries
from ..storage.errors import StoreError
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes
from .setup_ops import identity

ONLY_OWN = QT_TRANSLATE_NOOP(
    "Validation", "Each school generates and sends its own reports; this one is {school}'s.")
LEAD_ONLY = QT_TRANSLATE_NOOP(
    "Validation", "The quarterly report on council decisions is written by the lead school.")
ALREADY_SENT = QT_TRANSLATE_NOOP(
    "Validation", "This report was sent on {date}; what went to the bureau is kept as it was "
                  "and is not generated again.")
ALREADY_MARKED = QT_TRANSLATE_NOOP(
    "Validation", "This report was already recorded as sent on {date}; that record is kept as "
                  "it was.")
NO_FILE = QT_TRANSLATE_NOOP("Validation", "Generating the report wrote no PDF.")
NOT_SCHEDULED = QT_TRANSLATE_NOOP(
    "Validation", "Only the quarterly report and the annual summary can be generated here.")

# Overdue first, then what is coming, then what is done: the order a principal acts in.
STATE_ORDER = {DueState.OVERDUE: 0, DueState.DUE_SOON: 1, DueState.LATER: 2, DueState.SENT: 3}


@dataclass(frozen=True)
class ReportPeriod:
    """Which report: a school's report of one kind for one year (and quarter)."""

    school: str
    kind: SubmissionKind
    year: int
    quarter: int | None = None


@dataclass(frozen=True)
class DueReport:
    school: str
    school_name: str
    kind: SubmissionKind
    year: int
    quarter: int | None
    due: date
    state: DueState
    submission_uuid: str | None
    generated_on: date | None = None
    sent_on: date | None = None

    @property
    def period(self) -> ReportPeriod:
        return ReportPeriod(self.school, self.kind, self.year, self.quarter)

    @property
    def late(self) -> bool:
        """Sent after its deadline."""
        return self.sent_on is not None and self.sent_on > self.due


@dataclass(frozen=True)
class Generated:
    submission: Submission
    pdf: Path  # the kept copy in the data folder
    changes: Changes


# -- what is due -----------------------------------------------------------------------------
def submissions_due(store: Store, *, school: str | None = None,
                    today: date | None = None) -> list[DueReport]:
    """The reports due for the last year and the one in progress, most urgent first.

    The lead school sees every school's annual summary and its own quarterly reports; a
    member its own annual summary. ``school`` narrows to one school's reports.
    """
    today = today or store.clock.today()
    me = identity(store)
    if me.school is None:
        return []
    schools = lookups.schools(store) if me.role is Role.LEAD else [me.school]
    if school:
        schools = [s for s in schools if s.uuid == school]
    wanted: list[ReportPeriod] = []
    for s in schools:
        wanted += [ReportPeriod(s.uuid, SubmissionKind.ANNUAL, y)
                   for y in annual_years_to_show(today)]
        if s.uuid == me.school.uuid and me.role is Role.LEAD:
            wanted += [ReportPeriod(s.uuid, SubmissionKind.QUARTERLY, y, q)
                       for y, q in quarters_to_show(today)]
    kept = _kept_by_period(store, {p.year for p in wanted}, school)
    names = {s.uuid: s.name for s in schools}
    rows = []
    for p in wanted:
        record = kept.get(p)
        due = deadline(p.kind, p.year, p.quarter)
        sent_on = record.sent_on if record is not None else None
        rows.append(DueReport(p.school, names.get(p.school, ""), p.kind, p.year, p.quarter,
                              due, due_state(due, sent_on, today),
                              record.uuid if record is not None else None,
                              record.generated_on if record is not None else None, sent_on))
    rows.sort(key=lambda r: (STATE_ORDER[r.state], r.due, r.school_name, str(r.kind)))
    return rows


def _kept_by_period(store: Store, years: set[int], school: str | None
                    ) -> dict[ReportPeriod, Submission]:
    kept: dict[ReportPeriod, Submission] = {}
    for s in submission_queries.of_years(store, years, school):  # oldest first: latest wins
        quarter = s.quarter if s.kind == SubmissionKind.QUARTERLY else None
        kept[ReportPeriod(s.school, s.kind, s.year, quarter)] = s
    return kept


def report_for(store: Store, period: ReportPeriod) -> Submission | None:
    return submission_queries.find(store, period.school, period.kind, period.year,
                                   period.quarter)


# -- generating ------------------------------------------------------------------------------
def _refuse_other_school(store: Store, period: ReportPeriod) -> None:
    if period.kind not in (SubmissionKind.QUARTERLY, SubmissionKind.ANNUAL):
        raise not_scheduled()
    if period.school != store.school_uuid:
        name = lookups.names(store, "school").get(period.school, period.school)
        raise ValidationError([problem("school", ONLY_OWN, school=name)])
    if period.kind == SubmissionKind.QUARTERLY and identity(store).role is not Role.LEAD:
        raise ValidationError([problem("kind", LEAD_ONLY)])


def not_scheduled() -> ValidationError:
    return ValidationError([problem("kind", NOT_SCHEDULED)])


def generate(store: Store, period: ReportPeriod, render: Callable[[Path], Path], *,
             title: str = "", today: date | None = None) -> Generated:
    """Write the report's PDF with ``render(folder) -> path`` (it names the file), keep it
    as the record's attachment (replacing an earlier draft) and set ``generated_on``.

    Refused, with nothing kept, for another school's report, a quarterly report at a
    member school, a report already sent, or a period that has not begun.
    """
    today = today or store.clock.today()
    if not store.is_initialised:
        raise StoreError(errors.NOT_INITIALISED)
    _refuse_other_school(store, period)
    record = report_for(store, period) or Submission(
        school=period.school, kind=period.kind, year=period.year, quarter=period.quarter)
    if record.sent_on is not None:
        raise ValidationError([problem("sent_on", ALREADY_SENT, date=record.sent_on)])
    record.generated_on = today
    record.title = title or record.title
    found = problems_of(record, today)
    if found:  # before the PDF is made: a report for a quarter to come is refused at once
        raise ValidationError(found)
    folder = Path(tempfile.mkdtemp(prefix="jituan-submission-"))
    try:
        written = Path(render(folder))
        if not written.is_file():
            raise ValidationError([problem("attachments", NO_FILE)])
        with store.transaction():
            attachment = attachments.add_file(store, written)
            record.attachments = [attachment]
            changes = record_ops.save(store, record, today=today)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Generated(record, attachments.blob_path(store, attachment.sha256), changes)


# -- sending ---------------------------------------------------------------------------------
def mark_sent(store: Store, period: ReportPeriod, *, sent_on: date, recipient: str,
              sent_by: str | None = None, notes: str | None = None,
              today: date | None = None) -> Changes:
    """Record that the report went to ``recipient`` on ``sent_on``; a report not generated
    yet is refused (what was sent must be the PDF kept), as are another school's and one
    already recorded as sent."""
    today = today or store.clock.today()
    with store.transaction():
        record = report_for(store, period)
        if record is None or record.generated_on is None:
            _refuse_other_school(store, period)
            raise ValidationError([problem("sent_on", SENT_BEFORE_GENERATED)])
        if record.owner_school != store.school_uuid:
            _refuse_other_school(store, period)
        if record.sent_on is not None:  # when, to whom and by whom it went stay as recorded
            raise ValidationError([problem("sent_on", ALREADY_MARKED, date=record.sent_on)])
        record.sent_on = sent_on
        record.recipient = (recipient or "").strip()
        record.sent_by = sent_by or None
        if notes is not None:
            record.notes = notes
        return record_ops.save(store, record, today=today)


def kept_pdf(store: Store, uuid: str) -> Path | None:
    """Where the PDF kept with the report is (None when nothing was generated)."""
    record = repository(store, Submission).require(uuid)
    if not record.attachments:
        return None
    return attachments.blob_path(store, record.attachments[-1].sha256)


__all__ = ["DueReport", "ReportPeriod", "Generated", "submissions_due", "report_for",
           "generate", "mark_sent", "kept_pdf"]
