"""Validation of records: every rule a record must meet before it is saved.

Each ``validate_*`` function returns the list of problems found (empty when the record is
fine); :func:`validate` dispatches on the record type and raises ``ValidationError``.
Checks that need the database (does this teacher exist?) belong to the services.
"""

from __future__ import annotations

import math
from datetime import date

from .enums import Metric, PairingStatus, Scope
from .field_checks import (
    EARLIEST,
    LONG_TEXT,
    MAX_FUTURE_PLANNING,
    MEDIUM_TEXT,
    NOT_CHOICE,
    NOT_TEXT,
    SHORT_TEXT,
    TIME_RE,
    TOO_LONG,
    L,
    label,
)
from .field_checks import Checker as _Checker
from .meeting_validation import validate_meeting
from .meetings import Meeting
from .messages import QT_TRANSLATE_NOOP, Problem, Text, ValidationError, problem
from .plan_validation import validate_plan
from .plans import Plan
from .records import (
    Activity,
    Alliance,
    LessonObservation,
    MentorPairing,
    MentorSession,
    QuotaRule,
    Record,
    RubricTemplate,
    School,
    Semester,
    Teacher,
)
from .rubric import RubricItem
from .submission_validation import validate_submission
from .submissions import Submission

__all__ = [
    "EARLIEST",
    "MAX_FUTURE_PLANNING",
    "METRIC_SCOPE",
    "L",
    "label",
    "problems_of",
    "validate",
]


def validate_alliance(a: Alliance, today: date) -> list[Problem]:
    c = _Checker(a)
    c.text("name", required=True, limit=SHORT_TEXT)
    c.text("code", limit=SHORT_TEXT)
    return c.problems


def validate_school(s: School, today: date) -> list[Problem]:
    c = _Checker(s)
    c.text("name", required=True, limit=SHORT_TEXT)
    c.text("code", limit=SHORT_TEXT)
    return c.problems


def validate_teacher(t: Teacher, today: date) -> list[Problem]:
    from .enums import Gender, Position
    c = _Checker(t)
    c.reference("school")
    c.text("name", required=True, limit=30)
    c.text("title", limit=SHORT_TEXT)
    c.text("phone", limit=30)
    c.choice("position", Position)
    c.choice("gender", Gender, required=False)
    for field in ("subjects", "grades", "backbone"):
        values = getattr(t, field)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            c.add(field, NOT_TEXT, label=label(field))
    return c.problems


def validate_semester(s: Semester, today: date) -> list[Problem]:
    from .enums import Term
    c = _Checker(s)
    c.integer("school_year", 2000, 2100, required=True)
    c.choice("term", Term)
    start, end = c.day("start"), c.day("end")
    if start and end:
        if end <= start:
            c.add("end", QT_TRANSLATE_NOOP("Validation", "The semester must end after it starts."))
        elif (end - start).days > 220:
            c.add("end", QT_TRANSLATE_NOOP("Validation",
                                           "A semester cannot be longer than seven months."))
    return c.problems


def validate_rubric(r: RubricTemplate, today: date) -> list[Problem]:
    c = _Checker(r)
    c.text("name", required=True, limit=MEDIUM_TEXT)
    if not r.items:
        c.add("items", QT_TRANSLATE_NOOP("Validation", "A rubric needs at least one item."))
    names = [i.name.strip() for i in r.items if isinstance(i, RubricItem)]
    if any(not n for n in names):
        c.add("items", QT_TRANSLATE_NOOP("Validation", "Every rubric item needs a name."))
    if len(set(names)) != len(names):
        c.add("items", QT_TRANSLATE_NOOP("Validation", "Rubric item names must be unique."))
    for item in r.items:
        if not isinstance(item.max_score, (int, float)) or not 0 < item.max_score <= 100:
            c.add("items", QT_TRANSLATE_NOOP(
                "Validation", "The maximum score of \"{item}\" must be between 1 and 100."),
                item=item.name)
    return c.problems


def validate_scores(scores: dict, rubric: RubricTemplate | None, *,
                    items_known: bool = True) -> list[Problem]:
    """Each score is a number from 0 to its item's maximum, for an item of the rubric.

    ``items_known=False``: the scores were given on an earlier version of the template,
    whose items are no longer held, so only the numbers themselves are checked.
    """
    problems: list[Problem] = []
    if not scores:
        return problems
    if rubric is None and items_known:
        return [problem("scores", QT_TRANSLATE_NOOP(
            "Validation", "Scores need a rubric template."))]
    maxima = {i.name: i.max_score for i in rubric.items} if rubric is not None else {}
    for name, score in scores.items():
        if items_known and name not in maxima:
            problems.append(problem("scores", QT_TRANSLATE_NOOP(
                "Validation", "\"{item}\" is not an item of the rubric."), item=name))
        elif isinstance(score, bool) or not isinstance(score, (int, float)) \
                or not math.isfinite(score):
            problems.append(problem("scores", QT_TRANSLATE_NOOP(
                "Validation", "The score for \"{item}\" must be a number."), item=name))
        elif score < 0:
            problems.append(problem("scores", QT_TRANSLATE_NOOP(
                "Validation", "The score for \"{item}\" cannot be negative."), item=name))
        elif items_known and score > maxima[name]:
            problems.append(problem("scores", QT_TRANSLATE_NOOP(
                "Validation", "The score for \"{item}\" is above the item's maximum of {maximum}."),
                item=name, maximum=_plain(maxima[name])))
    return problems


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def validate_observation(o: LessonObservation, today: date,
                         rubric: RubricTemplate | None = None,
                         scored_on_other_version: bool = False) -> list[Problem]:
    from .enums import LessonType, Occasion
    c = _Checker(o)
    for field in ("school", "observer", "teacher"):
        c.reference(field)
    if o.observer and o.observer == o.teacher:
        c.add("observer", QT_TRANSLATE_NOOP(
            "Validation", "A teacher cannot record an observation of their own lesson."))
    c.day("lesson_date", not_after=today, after_message=QT_TRANSLATE_NOOP(
        "Validation", "The lesson date cannot be later than today."))
    c.integer("period_no", 1, 12)
    c.text("subject", required=True, limit=30)
    c.text("grade_class", limit=30)
    c.text("topic", required=True, limit=MEDIUM_TEXT)
    c.choice("occasion", Occasion)
    c.choice("lesson_type", LessonType, required=False)
    for field in ("strengths", "weaknesses", "suggestions", "reflection"):
        c.text(field, limit=LONG_TEXT)
    for note in o.notes:
        if sum(len(getattr(note, f) or "") for f in ("time", "stage", "process", "comment")) > LONG_TEXT:
            c.add("notes", TOO_LONG, label=label("notes"), limit=LONG_TEXT)
    c.problems.extend(validate_scores(o.scores, rubric, items_known=not scored_on_other_version))
    return c.problems


def validate_pairing(p: MentorPairing, today: date) -> list[Problem]:
    from .enums import PairingKind
    c = _Checker(p)
    c.reference("mentor")
    c.reference("mentee")
    if p.mentor and p.mentor == p.mentee:
        c.add("mentee", QT_TRANSLATE_NOOP("Validation", "A teacher cannot be their own mentor."))
    c.choice("kind", PairingKind)
    c.choice("status", PairingStatus)
    c.text("subject", limit=30)
    c.text("goals", limit=LONG_TEXT)
    c.text("end_reason", limit=MEDIUM_TEXT)
    start = c.day("start", not_after=today + MAX_FUTURE_PLANNING, after_message=QT_TRANSLATE_NOOP(
        "Validation", "{label} is more than a year ahead."))
    planned = c.day("planned_end", required=False)
    ended = c.day("ended_on", required=False, not_after=today, after_message=QT_TRANSLATE_NOOP(
        "Validation", "{label} cannot be later than today."))
    if start and planned and planned <= start:
        c.add("planned_end", QT_TRANSLATE_NOOP("Validation",
                                               "The planned end must be after the start."))
    if start and ended and ended < start:
        c.add("ended_on", QT_TRANSLATE_NOOP("Validation",
                                            "A pairing cannot end before it starts."))
    if p.status == PairingStatus.DISSOLVED and not (p.end_reason or "").strip():
        c.add("end_reason", QT_TRANSLATE_NOOP("Validation",
                                              "Say why the pairing was dissolved."))
    return c.problems


def validate_session(s: MentorSession, today: date,
                     pairing: MentorPairing | None = None) -> list[Problem]:
    from .enums import SessionKind
    c = _Checker(s)
    c.reference("pairing")
    c.choice("kind", SessionKind)
    day = c.day("session_date", not_after=today, after_message=QT_TRANSLATE_NOOP(
        "Validation", "The session date cannot be later than today."))
    c.integer("duration_minutes", 1, 600)
    c.text("topic", limit=MEDIUM_TEXT)
    for field in ("content", "takeaway", "feedback", "next_steps"):
        c.text(field, limit=LONG_TEXT)
    if pairing is not None and day and day < pairing.start:
        c.add("session_date", QT_TRANSLATE_NOOP(
            "Validation", "The session cannot be before the pairing started ({start})."),
            start=pairing.start)
    return c.problems


def validate_activity(a: Activity, today: date) -> list[Problem]:
    from .enums import ActivityType, Mode, ParticipantRole
    c = _Checker(a)
    c.reference("host_school")
    c.choice("type", ActivityType)
    c.choice("mode", Mode)
    c.text("title", required=True, limit=MEDIUM_TEXT)
    c.text("place", limit=MEDIUM_TEXT)
    for field in ("agenda", "notes", "outcomes"):
        c.text(field, limit=LONG_TEXT)
    c.day("activity_date", not_after=today + MAX_FUTURE_PLANNING, after_message=QT_TRANSLATE_NOOP(
        "Validation", "{label} is more than a year ahead."))
    c.integer("teachers_reached", 0, 100000)
    c.integer("students_reached", 0, 1000000)
    times = []
    for field in ("start_time", "end_time"):
        value = getattr(a, field) or ""
        if value and not TIME_RE.match(value):
            c.add(field, QT_TRANSLATE_NOOP("Validation", "{label} must look like 14:30."),
                  label=label(field))
        times.append(value if TIME_RE.match(value or "") else "")
    if all(times) and tuple(int(x) for x in times[1].split(":")) <= tuple(
            int(x) for x in times[0].split(":")):
        c.add("end_time", QT_TRANSLATE_NOOP("Validation", "The activity must end after it starts."))
    seen = set()
    for participant in a.participants:
        try:
            participant.role = ParticipantRole.parse(participant.role)
        except ValueError:
            c.add("participants", NOT_CHOICE, label=label("teacher"), value=participant.role)
        key = (participant.teacher, participant.role)
        if key in seen:
            c.add("participants", QT_TRANSLATE_NOOP(
                "Validation", "A participant is listed twice in the same role."))
        seen.add(key)
    return c.problems


# Which scope each metric counts for; a rule whose scope disagrees is refused.
METRIC_SCOPE = {
    Metric.OBSERVATIONS_BY_OBSERVER: Scope.PERSON,
    Metric.ACTIVITIES_OF_SCHOOL: Scope.SCHOOL,
    Metric.DEMONSTRATION_LESSONS: Scope.SCHOOL,
    Metric.ACTIVITIES_OF_ALLIANCE: Scope.ALLIANCE,
    Metric.PAIRING_SESSIONS: Scope.PAIRING,
    Metric.COUNCIL_MEETINGS: Scope.ALLIANCE,
    Metric.ALLIANCE_MEETINGS: Scope.ALLIANCE,
    Metric.JOINT_MEETINGS: Scope.SCHOOL,
    Metric.QUARTERLY_REPORTS_SENT: Scope.ALLIANCE,
    Metric.ANNUAL_REPORTS_SENT: Scope.SCHOOL,
    Metric.EXCHANGES: Scope.SCHOOL,
}


def validate_rule(r: QuotaRule, today: date) -> list[Problem]:
    from .enums import Period, Position, SessionKind
    c = _Checker(r)
    c.text("name", required=True, limit=MEDIUM_TEXT)
    c.text("source_text", limit=LONG_TEXT)
    c.text("source_file", limit=SHORT_TEXT)
    c.text("source_section", limit=MEDIUM_TEXT)
    c.text("default_key", limit=SHORT_TEXT)
    c.choice("scope", Scope)
    c.choice("metric", Metric)
    c.choice("period", Period)
    c.integer("threshold", 1, 1000, required=True)
    if isinstance(r.metric, Metric) and isinstance(r.scope, Scope) and METRIC_SCOPE[r.metric] != r.scope:
        c.add("scope", QT_TRANSLATE_NOOP("Validation", "This metric is counted per {scope}."),
              scope=Text("Labels", METRIC_SCOPE[r.metric].label))
    if r.metric == Metric.PAIRING_SESSIONS:
        c.choice("session_kind", SessionKind)
    try:
        r.positions = [Position.parse(p) for p in (r.positions or [])]
    except ValueError as exc:
        c.add("positions", NOT_CHOICE, label=label("position"), value=exc.args[0])
    if (r.due_month is None) != (r.due_day is None):
        c.add("due", QT_TRANSLATE_NOOP("Validation", "A due date needs both a month and a day."))
    elif r.due_month is not None:
        try:
            date(2024, int(r.due_month), int(r.due_day))  # a leap year admits 29 February
        except (TypeError, ValueError):
            c.add("due", QT_TRANSLATE_NOOP("Validation", "The due date is not a real day."))
    return c.problems


_VALIDATORS = {
    Alliance: validate_alliance,
    School: validate_school,
    Teacher: validate_teacher,
    Semester: validate_semester,
    RubricTemplate: validate_rubric,
    LessonObservation: validate_observation,
    MentorPairing: validate_pairing,
    MentorSession: validate_session,
    Activity: validate_activity,
    QuotaRule: validate_rule,
    Plan: validate_plan,
    Meeting: validate_meeting,
    Submission: validate_submission,
}


def problems_of(record: Record, today: date, **context) -> list[Problem]:
    return _VALIDATORS[type(record)](record, today, **context)


def validate(record: Record, today: date, **context) -> None:
    """Raise ``ValidationError`` listing every problem of ``record``."""
    found = problems_of(record, today, **context)
    if found:
        raise ValidationError(found)
