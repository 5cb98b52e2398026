"""The app's lists as tables for a spreadsheet: what is on screen, in the user's words.

Each list a page shows (observations, pairings, mentor sessions, activities, teachers) and
the dashboard's tables (quota compliance; every school side by side) is defined here once as
columns: a translated header, a cell type (text, date, whole number, number) and how to get
the cell from a row. Rows come from the same :class:`~jituan_desktop.domain.list_query.ListQuery`
the page uses, so an export holds exactly the rows on screen; enum codes become their labels
and references become names. Rows are streamed, never collected: a lead school's 100,000
observations are written as they are read (``reports.spreadsheets`` writes the file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable, Iterator

from ..domain.compliance import RuleResult
from ..domain.enums import (ActivityType, Coded, GradeBand, Gender, Mode, Occasion, PairingKind,
                            PairingStatus, Position, SessionKind, Status, Term)
from ..domain.list_query import ListQuery
from ..domain.meetings import MeetingKind
from ..domain.messages import QT_TRANSLATE_NOOP, Translate
from ..domain.plans import PlanScope
from ..domain.semesters import school_year_label
from ..domain.records import Semester
from ..domain.rule_text import subject_text
from ..domain.submissions import SubmissionKind, deadline, sent_late
from ..domain.table_titles import TABLE_TITLES
from ..i18n import translate as default_translate
from ..services import compliance_ops, dashboard_ops
from ..storage import list_export, lookups
from ..storage.store import Store

CONTEXT = "Tables"
TEXT, DATE, INT, NUMBER = "text", "date", "int", "number"

# Which list of storage.listing each kind of table reads.
LIST_OF = {"observations": "observation", "pairings": "pairing",
           "mentor_sessions": "mentor_session", "activities": "activity",
           "teachers": "teacher", "plans": "plan",
           "meetings": "meeting",
           "submissions": "submission"}
KINDS = (*LIST_OF, "compliance", "schools")
# The columns of its table each list's cells are made of (the display names come besides).
READ_COLUMNS = {
    "observations": ("lesson_date", "period_no", "subject", "grade_class", "topic", "occasion",
                     "total", "band"),
    "pairings": ("subject", "kind", "start", "status"),
    "mentor_sessions": ("session_date", "kind", "topic", "duration_minutes", "content"),
    "activities": ("activity_date", "type", "title", "mode", "teachers_reached",
                   "students_reached"),
    "meetings": ("meeting_date", "kind", "title", "start_time", "end_time", "place"),
    "teachers": ("name", "gender", "subjects", "grades", "position", "title", "backbone",
                 "phone", "active"),
    "plans": ("school_year", "term", "scope", "title"),
    "submissions": ("kind", "year", "quarter", "title", "generated_on", "sent_on",
                    "recipient"),
}
# Tables whose rows are one semester's (the dashboard's); the lists take a date range.
SEMESTER_TABLES = frozenset({"compliance", "schools"})

TITLES = TABLE_TITLES
ACTIVE = QT_TRANSLATE_NOOP("Tables", "Active")
LEFT = QT_TRANSLATE_NOOP("Tables", "Left")
WHOLE_YEAR = QT_TRANSLATE_NOOP("Tables", "Whole year")
LATE = QT_TRANSLATE_NOOP("Tables", "Sent late")
ON_TIME = QT_TRANSLATE_NOOP("Tables", "On time")


@dataclass(frozen=True)
class Column:
    header: str  # English source text, context "Tables"
    type: str  # TEXT, DATE, INT or NUMBER: the spreadsheet cell's type
    value: Callable[[object], object]  # the cell from a row (None: an empty cell)
    width: int = 12  # in Excel's units (a digit's width; a Chinese character takes two)


@dataclass
class Table:
    """A table ready to write: translated title and headers, and rows of typed cells."""

    kind: str
    title: str
    headers: list[str]
    types: list[str]
    widths: list[int]
    rows: Iterable[list]  # streamed: iterate once
    total: int | None = None  # the number of rows, when known before they are read


# -- cell makers ---------------------------------------------------------------------------
def _day(key: str) -> Callable[[dict], date | None]:
    def cell(row: dict):
        text = row.get(key)
        try:
            return date.fromisoformat(text[:10]) if text else None
        except (TypeError, ValueError):  # a stored value that is no date: an empty cell
            return None
    return cell


def _text(key: str) -> Callable[[dict], str]:
    return lambda row: row.get(key) or ""


def _number(key: str) -> Callable[[dict], object]:
    return lambda row: row.get(key)


def _joined(key: str) -> Callable[[dict], str]:
    """A JSON list column (subjects, grades ...) as 语文、数学."""
    def cell(row: dict) -> str:
        try:
            values = json.loads(row.get(key) or "[]")
        except ValueError:
            return ""
        return "、".join(str(v) for v in values) if isinstance(values, list) else ""
    return cell


def _time_span(row: dict) -> str:
    """14:30–16:00, or whichever end is known."""
    return "–".join(t for t in (row.get("start_time"), row.get("end_time")) if t)


class _Labels:
    """Enum codes as their labels in the chosen language, each translated once."""

    def __init__(self, translate: Translate):
        self.translate = translate
        self._cache: dict[tuple[type, str], str] = {}

    def of(self, enum: type[Coded], code) -> str:
        if code is None or code == "":
            return ""
        key = (enum, code)
        if key not in self._cache:
            try:
                self._cache[key] = self.translate("Labels", enum.parse(code).label)
            except ValueError:  # a code from a newer app: shown as stored, like the pages do
                self._cache[key] = str(code)
        return self._cache[key]

    def column(self, key: str, enum: type[Coded]) -> Callable[[dict], str]:
        return lambda row: self.of(enum, row.get(key))


# -- the lists -----------------------------------------------------------------------------
def _list_columns(kind: str, labels: _Labels) -> list[Column]:
    """The columns of each list page, in the page's order; the sessions' table adds the
    pairing (the page shows one pairing's timeline, a spreadsheet every pairing's)."""
    t = labels.translate
    if kind == "observations":
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Date"), DATE, _day("lesson_date"), 11),
            Column(QT_TRANSLATE_NOOP("Tables", "Period"), INT, _number("period_no"), 6),
            Column(QT_TRANSLATE_NOOP("Tables", "Teacher (taught)"), TEXT,
                   _text("teacher_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Subject"), TEXT, _text("subject"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Grade and class"), TEXT, _text("grade_class"), 12),
            Column(QT_TRANSLATE_NOOP("Tables", "Topic"), TEXT, _text("topic"), 34),
            Column(QT_TRANSLATE_NOOP("Tables", "Occasion"), TEXT,
                   labels.column("occasion", Occasion), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Observer"), TEXT, _text("observer_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT, _text("school_name"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Total score"), NUMBER, _number("total"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Grade band"), TEXT,
                   labels.column("band", GradeBand), 8),
        ]
    if kind == "pairings":
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Mentor"), TEXT, _text("mentor_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Mentee"), TEXT, _text("mentee_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Subject"), TEXT, _text("subject"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Pairing kind"), TEXT,
                   labels.column("kind", PairingKind), 14),
            Column(QT_TRANSLATE_NOOP("Tables", "Start date"), DATE, _day("start"), 11),
            Column(QT_TRANSLATE_NOOP("Tables", "Status"), TEXT,
                   labels.column("status", PairingStatus), 8),
        ]
    if kind == "mentor_sessions":
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Date"), DATE, _day("session_date"), 11),
            Column(QT_TRANSLATE_NOOP("Tables", "Mentor"), TEXT, _text("mentor_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Mentee"), TEXT, _text("mentee_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Session kind"), TEXT,
                   labels.column("kind", SessionKind), 16),
            Column(QT_TRANSLATE_NOOP("Tables", "Session topic"), TEXT, _text("topic"), 30),
            Column(QT_TRANSLATE_NOOP("Tables", "Minutes"), INT, _number("duration_minutes"), 7),
            Column(QT_TRANSLATE_NOOP("Tables", "Content"), TEXT, _text("content"), 50),
        ]
    if kind == "activities":
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Date"), DATE, _day("activity_date"), 11),
            Column(QT_TRANSLATE_NOOP("Tables", "Activity type"), TEXT,
                   labels.column("type", ActivityType), 16),
            Column(QT_TRANSLATE_NOOP("Tables", "Activity title"), TEXT, _text("title"), 40),
            Column(QT_TRANSLATE_NOOP("Tables", "Host school"), TEXT,
                   _text("host_school_name"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Participating schools"), TEXT,
                   _text("school_names"), 44),
            Column(QT_TRANSLATE_NOOP("Tables", "Mode"), TEXT, labels.column("mode", Mode), 6),
            Column(QT_TRANSLATE_NOOP("Tables", "Teachers reached"), INT,
                   _number("teachers_reached"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Students reached"), INT,
                   _number("students_reached"), 8),
        ]
    if kind == "meetings":
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Date"), DATE, _day("meeting_date"), 11),
            Column(QT_TRANSLATE_NOOP("Tables", "Meeting kind"), TEXT,
                   labels.column("kind", MeetingKind), 16),
            Column(QT_TRANSLATE_NOOP("Tables", "Meeting title"), TEXT, _text("title"), 36),
            Column(QT_TRANSLATE_NOOP("Tables", "Time"), TEXT, _time_span, 12),
            Column(QT_TRANSLATE_NOOP("Tables", "Place"), TEXT, _text("place"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Convened by"), TEXT,
                   _text("host_school_name"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Participating schools"), TEXT,
                   _text("school_names"), 40),
            Column(QT_TRANSLATE_NOOP("Tables", "Chair"), TEXT, _text("chair_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Recorder"), TEXT, _text("recorder_name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Attendees"), INT, _number("attendee_count"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Decisions"), INT, _number("decision_count"), 8),
            Column(QT_TRANSLATE_NOOP("Tables", "Decisions to be carried out"), INT,
                   _number("open_count"), 10),
        ]
    if kind == "teachers":
        active, left = t(CONTEXT, ACTIVE), t(CONTEXT, LEFT)
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "Name"), TEXT, _text("name"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT, _text("school_name"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Gender"), TEXT,
                   labels.column("gender", Gender), 6),
            Column(QT_TRANSLATE_NOOP("Tables", "Subjects taught"), TEXT, _joined("subjects"), 14),
            Column(QT_TRANSLATE_NOOP("Tables", "Grades taught"), TEXT, _joined("grades"), 14),
            Column(QT_TRANSLATE_NOOP("Tables", "Position"), TEXT,
                   labels.column("position", Position), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Professional title"), TEXT, _text("title"), 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Backbone titles"), TEXT, _joined("backbone"), 14),
            Column(QT_TRANSLATE_NOOP("Tables", "Phone"), TEXT, _text("phone"), 13),
            Column(QT_TRANSLATE_NOOP("Tables", "Status"), TEXT,
                   lambda row: active if row.get("active") else left, 6),
        ]
    if kind == "plans":
        whole_year = t(CONTEXT, WHOLE_YEAR)
        return [
            Column(QT_TRANSLATE_NOOP("Tables", "School year"), TEXT,
                   lambda row: school_year_label(row["school_year"], t), 14),
            Column(QT_TRANSLATE_NOOP("Tables", "Term"), TEXT,
                   lambda row: labels.of(Term, row.get("term")) or whole_year, 10),
            Column(QT_TRANSLATE_NOOP("Tables", "Plan"), TEXT,
                   labels.column("scope", PlanScope), 12),
            Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT, _text("school_name"), 20),
            Column(QT_TRANSLATE_NOOP("Tables", "Plan title"), TEXT, _text("title"), 40),
            Column(QT_TRANSLATE_NOOP("Tables", "Items"), INT, _number("item_count"), 7),
        ]
    if kind == "submissions":
        return _submission_columns(labels)
    raise ValueError(kind)


def _submission_columns(labels: _Labels) -> list[Column]:
    """报送: which report, its deadline, when it was generated and sent, and whether late."""
    t = labels.translate
    late, on_time = t(CONTEXT, LATE), t(CONTEXT, ON_TIME)

    def due(row: dict) -> date | None:
        try:
            return deadline(SubmissionKind.parse(row.get("kind")), row.get("year"),
                            row.get("quarter"))
        except (ValueError, TypeError):
            return None

    def timeliness(row: dict) -> str:
        sent = _day("sent_on")(row)
        if sent is None or due(row) is None:
            return ""
        return late if sent_late(due(row), sent) else on_time

    return [
        Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT, _text("school_name"), 20),
        Column(QT_TRANSLATE_NOOP("Tables", "Report"), TEXT,
               labels.column("kind", SubmissionKind), 24),
        Column(QT_TRANSLATE_NOOP("Tables", "Year"), INT, _number("year"), 7),
        Column(QT_TRANSLATE_NOOP("Tables", "Quarter"), INT, _number("quarter"), 6),
        Column(QT_TRANSLATE_NOOP("Tables", "Title"), TEXT, _text("title"), 40),
        Column(QT_TRANSLATE_NOOP("Tables", "Due date"), DATE, due, 11),
        Column(QT_TRANSLATE_NOOP("Tables", "Generated on"), DATE, _day("generated_on"), 11),
        Column(QT_TRANSLATE_NOOP("Tables", "Sent on"), DATE, _day("sent_on"), 11),
        Column(QT_TRANSLATE_NOOP("Tables", "Sent to"), TEXT, _text("recipient"), 14),
        Column(QT_TRANSLATE_NOOP("Tables", "Sent by"), TEXT, _text("sent_by_name"), 10),
        Column(QT_TRANSLATE_NOOP("Tables", "On time"), TEXT, timeliness, 8),
    ]


# -- the dashboard's tables ----------------------------------------------------------------
def _compliance_columns(labels: _Labels, school_names: dict[str, str]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Tables", "Rule"), TEXT, lambda r: r.rule.name, 24),
        # A monthly or quarterly rule has a row per month or quarter: say which.
        Column(QT_TRANSLATE_NOOP("Tables", "Counted for"), TEXT,
               lambda r: subject_text(r.rule, r.subject.name, r.start, labels.translate), 14),
        Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT,
               lambda r: school_names.get(r.subject.school, ""), 18),
        Column(QT_TRANSLATE_NOOP("Tables", "Done"), INT, lambda r: r.count, 7),
        Column(QT_TRANSLATE_NOOP("Tables", "Quota"), INT, lambda r: r.threshold, 7),
        Column(QT_TRANSLATE_NOOP("Tables", "Short by"), INT, lambda r: r.short_by, 7),
        Column(QT_TRANSLATE_NOOP("Tables", "Behind pace by"), INT, lambda r: r.behind_by, 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Status"), TEXT,
               lambda r: labels.of(Status, r.status), 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Due date"), DATE, lambda r: r.due, 11),
    ]


def _school_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Tables", "School"), TEXT, lambda s: s.name, 20),
        Column(QT_TRANSLATE_NOOP("Tables", "Activities"), INT, lambda s: s.tally.activities, 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Observations"), INT,
               lambda s: s.tally.observations, 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Pairings"), INT, lambda s: s.tally.pairings, 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Mentor sessions"), INT,
               lambda s: s.tally.sessions, 8),
        Column(QT_TRANSLATE_NOOP("Tables", "Last record"), DATE,
               lambda s: s.tally.last_record, 11),
        Column(QT_TRANSLATE_NOOP("Tables", "People and pairings behind"), INT,
               lambda s: s.behind, 10),
        Column(QT_TRANSLATE_NOOP("Tables", "People and pairings under rules"), INT,
               lambda s: s.subjects, 10),
    ]


def _cells(columns: list[Column], items: Iterable) -> Iterator[list]:
    getters = [c.value for c in columns]
    for item in items:
        yield [get(item) for get in getters]


def _table(kind: str, columns: list[Column], items: Iterable, total: int | None,
           translate: Translate) -> Table:
    return Table(kind=kind, title=translate(CONTEXT, TITLES[kind]),
                 headers=[translate(CONTEXT, c.header) for c in columns],
                 types=[c.type for c in columns], widths=[c.width for c in columns],
                 rows=_cells(columns, items), total=total)


def list_query(store: Store, kind: str, *, semester: Semester | None = None,
               school: str | None = None, text: str = "",
               filters: dict[str, str] | None = None) -> ListQuery:
    """The query a page builds from its filter bar: a semester is its date range, a school
    means records that concern it (where the page offers it; teachers filter on their
    school)."""
    query = ListQuery(filters=dict(filters or {}), text=text or "")
    if kind == "teachers":
        if school:
            query.filters["school"] = school
    else:
        query.school = school
    if semester is not None and kind == "plans":
        # Plans have no date: a semester means the plans of its school year.
        query.filters["school_year"] = str(semester.school_year)
    elif semester is not None and kind in LIST_OF and kind != "teachers":
        query.date_from, query.date_to = semester.start, semester.end
    return query


def table(store: Store, kind: str, query: ListQuery | None = None, *,
          semester: Semester | None = None, today: date | None = None,
          behind_only: bool = False, translate: Translate = default_translate) -> Table:
    """The table of ``kind`` (one of :data:`KINDS`), its rows streamed.

    Lists take the page's ``query`` as it is. The dashboard's tables take ``semester``
    (default: the current one) and ``query.school`` (None: the whole alliance);
    ``behind_only`` keeps the compliance rows of those behind or past the due date.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    query = query or ListQuery()
    labels = _Labels(translate)
    if kind in LIST_OF:
        name = LIST_OF[kind]
        return _table(kind, _list_columns(kind, labels),
                      list_export.iter_rows(store, name, query, columns=READ_COLUMNS[kind]),
                      list_export.row_count(store, name, query), translate)
    today = today or store.clock.today()
    if semester is None:
        from .setup_ops import current_semester
        semester = current_semester(store, today)
    if kind == "compliance":
        results: list[RuleResult] = compliance_ops.compliance(store, semester,
                                                              school=query.school, today=today)
        if behind_only:
            results = [r for r in results if r.status in dashboard_ops.SHORT_STATUSES]
        columns = _compliance_columns(labels, lookups.names(store, "school"))
        return _table(kind, columns, results, len(results), translate)
    start, end = dashboard_ops.window(semester, today)
    everyone = compliance_ops.compliance(store, semester, today=today)
    rows = dashboard_ops.school_rows(store, everyone, start, end)
    if query.school:
        rows = [r for r in rows if r.uuid == query.school]
    return _table(kind, _school_columns(), rows, len(rows), translate)


__all__ = ["KINDS", "LIST_OF", "SEMESTER_TABLES", "Column", "Table", "table", "list_query",
           "TEXT", "DATE", "INT", "NUMBER"]
