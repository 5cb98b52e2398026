"""Every printable report, in menu order: what the catalogue lists without loading any of them.

A kind names the module of this package that builds it (``build(store, request)``); the
catalogue imports that module only when a report is made, so listing the kinds (the 报表
page, ``jituan report --help``) never loads reportlab. A report module takes its kind, and
so its title, from here; nothing here imports a report module, so there is no cycle.

Adding a report: write its module with a ``build`` returning a Document, and its kind below.
"""

from __future__ import annotations

from ..domain.messages import QT_TRANSLATE_NOOP
from .report_types import ReportKind

# Record forms: one record each, named by its id.
OBSERVATION = ReportKind(
    key="observation", title=QT_TRANSLATE_NOOP("Reports", "Lesson observation record"),
    needs=("id",), record_kind="observation", module="observation_form")
ACTIVITY = ReportKind(
    key="activity", title=QT_TRANSLATE_NOOP("Reports", "Alliance activity record"),
    needs=("id",), record_kind="activity", module="activity_form")
MEETING = ReportKind(
    key="meeting", title=QT_TRANSLATE_NOOP("Reports", "Meeting minutes"),
    needs=("id",), record_kind="meeting", module="meeting_minutes")
PAIRING_REVIEW = ReportKind(
    key="pairing-review", title=QT_TRANSLATE_NOOP("Reports", "Mentor pairing review"),
    needs=("id", "semester"), record_kind="pairing", module="pairing_review")
WORK_PLAN = ReportKind(
    key="work-plan", title=QT_TRANSLATE_NOOP("Reports", "Work plan"),
    needs=("id",), record_kind="plan", module="work_plan")

# Summaries.
OBSERVATION_COUNTS = ReportKind(
    key="observation-counts", title=QT_TRANSLATE_NOOP("Reports", "Lesson observation count sheet"),
    needs=("semester", "school"), record_kind=None, module="observation_counts")
SCHOOL_SEMESTER = ReportKind(
    key="school-semester", title=QT_TRANSLATE_NOOP("Reports", "Semester work summary"),
    needs=("semester", "school"), record_kind=None, module="school_semester")
ALLIANCE_SEMESTER = ReportKind(
    key="alliance-semester", title=QT_TRANSLATE_NOOP("Reports", "Alliance semester summary"),
    needs=("semester",), record_kind=None, module="alliance_semester")
ANNUAL_SUMMARY = ReportKind(
    key="annual-summary",
    title=QT_TRANSLATE_NOOP("Reports", "Annual summary of pairing and support work"),
    needs=("year", "school"), record_kind=None, module="annual_summary")

# The order of the report menu and of `jituan report --help`: record forms, then summaries.
MENU = (OBSERVATION, ACTIVITY, PAIRING_REVIEW, WORK_PLAN, MEETING, OBSERVATION_COUNTS,
        SCHOOL_SEMESTER, ALLIANCE_SEMESTER, ANNUAL_SUMMARY)
