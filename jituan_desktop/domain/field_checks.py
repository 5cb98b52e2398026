"""The field checks every record validator is built from: labels of the fields, the limits,
and :class:`Checker`, which collects one record's problems field by field.

Validators of each record kind (``validation``, ``plan_validation``, ``meeting_validation``,
``submission_validation``) use these, so a message reads the same whatever the record.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP, Problem, Text, problem
from .records import Record

EARLIEST = date(2000, 1, 1)
SHORT_TEXT = 60
MEDIUM_TEXT = 200
LONG_TEXT = 5000
MAX_FUTURE_PLANNING = timedelta(days=366)
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{label} is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{label} is too long (at most {limit} characters).")
NOT_TEXT = QT_TRANSLATE_NOOP("Validation", "{label} must be text.")
NOT_DATE = QT_TRANSLATE_NOOP("Validation", "{label} is not a valid date.")
TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "{label} cannot be earlier than {earliest}.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "{label} must be a whole number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "{label} must be between {low} and {high}.")
NOT_CHOICE = QT_TRANSLATE_NOOP("Validation", "{label} has an unknown value: {value}.")

# Field labels, translated when a message is rendered.
L = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "Teacher.name": QT_TRANSLATE_NOOP("Fields", "Teacher's name"),
    "Activity.title": QT_TRANSLATE_NOOP("Fields", "Activity title"),  # not a teacher's 职称
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "school": QT_TRANSLATE_NOOP("Fields", "School"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "observer": QT_TRANSLATE_NOOP("Fields", "Observer"),
    "teacher": QT_TRANSLATE_NOOP("Fields", "Teacher"),
    "lesson_date": QT_TRANSLATE_NOOP("Fields", "Lesson date"),
    "period_no": QT_TRANSLATE_NOOP("Fields", "Period"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "grade_class": QT_TRANSLATE_NOOP("Fields", "Grade and class"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "occasion": QT_TRANSLATE_NOOP("Fields", "Occasion"),
    "lesson_type": QT_TRANSLATE_NOOP("Fields", "Lesson type"),
    "strengths": QT_TRANSLATE_NOOP("Fields", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Fields", "Weaknesses"),
    "suggestions": QT_TRANSLATE_NOOP("Fields", "Suggestions"),
    "reflection": QT_TRANSLATE_NOOP("Fields", "Reflection"),
    "mentor": QT_TRANSLATE_NOOP("Fields", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Fields", "Mentee"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end": QT_TRANSLATE_NOOP("Fields", "End date"),
    "planned_end": QT_TRANSLATE_NOOP("Fields", "Planned end"),
    "ended_on": QT_TRANSLATE_NOOP("Fields", "Ended on"),
    "goals": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "end_reason": QT_TRANSLATE_NOOP("Fields", "Reason for ending"),
    "pairing": QT_TRANSLATE_NOOP("Fields", "Pairing"),
    "session_date": QT_TRANSLATE_NOOP("Fields", "Session date"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Duration (minutes)"),
    "content": QT_TRANSLATE_NOOP("Fields", "Content"),
    "takeaway": QT_TRANSLATE_NOOP("Fields", "What the mentee took away"),
    "feedback": QT_TRANSLATE_NOOP("Fields", "Mentor feedback"),
    "next_steps": QT_TRANSLATE_NOOP("Fields", "Next steps"),
    "host_school": QT_TRANSLATE_NOOP("Fields", "Host school"),
    "type": QT_TRANSLATE_NOOP("Fields", "Activity type"),
    "activity_date": QT_TRANSLATE_NOOP("Fields", "Activity date"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Fields", "End time"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Mode"),
    "teachers_reached": QT_TRANSLATE_NOOP("Fields", "Teachers reached"),
    "students_reached": QT_TRANSLATE_NOOP("Fields", "Students reached"),
    "agenda": QT_TRANSLATE_NOOP("Fields", "Agenda"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "outcomes": QT_TRANSLATE_NOOP("Fields", "Outcomes"),
    "school_year": QT_TRANSLATE_NOOP("Fields", "School year"),
    "term": QT_TRANSLATE_NOOP("Fields", "Term"),
    "threshold": QT_TRANSLATE_NOOP("Fields", "Threshold"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "metric": QT_TRANSLATE_NOOP("Fields", "Metric"),
    "period": QT_TRANSLATE_NOOP("Fields", "Period"),
    "due": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "session_kind": QT_TRANSLATE_NOOP("Fields", "Session kind"),
    "source_text": QT_TRANSLATE_NOOP("Fields", "Source document"),
    "source_file": QT_TRANSLATE_NOOP("Fields", "Source file"),
    "source_section": QT_TRANSLATE_NOOP("Fields", "Source section"),
    "default_key": QT_TRANSLATE_NOOP("Fields", "Default rule"),
    "items": QT_TRANSLATE_NOOP("Fields", "Rubric items"),
    "scores": QT_TRANSLATE_NOOP("Fields", "Scores"),
    "activity": QT_TRANSLATE_NOOP("Fields", "Linked activity"),
    "rubric": QT_TRANSLATE_NOOP("Fields", "Rubric template"),
    "schools": QT_TRANSLATE_NOOP("Fields", "Participating schools"),
    "observation": QT_TRANSLATE_NOOP("Fields", "Linked observation"),
    "subjects": QT_TRANSLATE_NOOP("Fields", "Subjects"),
    "grades": QT_TRANSLATE_NOOP("Fields", "Grades taught"),
    "backbone": QT_TRANSLATE_NOOP("Fields", "Backbone titles"),
    "participants": QT_TRANSLATE_NOOP("Fields", "Participants"),
    "positions": QT_TRANSLATE_NOOP("Fields", "Positions"),
    "Meeting.title": QT_TRANSLATE_NOOP("Fields", "Meeting title"),
    "Plan.title": QT_TRANSLATE_NOOP("Fields", "Plan title"),
    "Submission.title": QT_TRANSLATE_NOOP("Fields", "Report title"),
    "meeting_date": QT_TRANSLATE_NOOP("Fields", "Meeting date"),
    "chair": QT_TRANSLATE_NOOP("Fields", "Chair"),
    "recorder": QT_TRANSLATE_NOOP("Fields", "Recorder"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
    "absent": QT_TRANSLATE_NOOP("Fields", "Absent"),
    "discussion": QT_TRANSLATE_NOOP("Fields", "Discussion"),
    "decisions": QT_TRANSLATE_NOOP("Fields", "Decisions"),
    "guiding": QT_TRANSLATE_NOOP("Fields", "Guiding principles"),
    "Plan.goals": QT_TRANSLATE_NOOP("Fields", "Work goals"),
    "main_work": QT_TRANSLATE_NOOP("Fields", "Main work"),
    "Plan.items": QT_TRANSLATE_NOOP("Fields", "Monthly schedule"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "quarter": QT_TRANSLATE_NOOP("Fields", "Quarter"),
    "generated_on": QT_TRANSLATE_NOOP("Fields", "Generated on"),
    "sent_on": QT_TRANSLATE_NOOP("Fields", "Sent on"),
    "recipient": QT_TRANSLATE_NOOP("Fields", "Sent to"),
    "sent_by": QT_TRANSLATE_NOOP("Fields", "Sent by"),
    # Named only when a stored value cannot be read (storage/stored_values.py).
    "attachments": QT_TRANSLATE_NOOP("Fields", "Attachments"),
    "extra": QT_TRANSLATE_NOOP("Fields", "Further details"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version number"),
}


def label(field: str, record: object = None) -> Text:
    """The field's label; a record type may word it its own way (a teacher's 姓名)."""
    if record is not None:
        specific = L.get(f"{type(record).__name__}.{field}")
        if specific:
            return Text("Fields", specific)
    return Text("Fields", L.get(field, field))


class Checker:
    """Collects problems for one record; each method checks one field."""

    def __init__(self, record: Record):
        self.record = record
        self.problems: list[Problem] = []

    def add(self, field: str, text: str, **params) -> None:
        self.problems.append(problem(field, text, **params))

    def _p(self, field: str, text: str, **params) -> Problem:
        return problem(field, text, label=label(field, self.record), **params)

    def text(self, field: str, *, required: bool = False, limit: int = MEDIUM_TEXT) -> None:
        value = getattr(self.record, field)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problems.append(self._p(field, NOT_TEXT))
        elif required and not value.strip():
            self.problems.append(self._p(field, REQUIRED))
        elif len(value) > limit:
            self.problems.append(self._p(field, TOO_LONG, limit=limit))

    def reference(self, field: str) -> None:
        value = getattr(self.record, field)
        if not isinstance(value, str) or not value.strip():
            self.problems.append(self._p(field, REQUIRED))

    def choice(self, field: str, enum: type[Coded], *, required: bool = True) -> None:
        value = getattr(self.record, field)
        if value is None:
            if required:
                self.problems.append(self._p(field, REQUIRED))
            return
        try:
            setattr(self.record, field, enum.parse(value))
        except ValueError:
            self.problems.append(self._p(field, NOT_CHOICE, value=value))

    def day(self, field: str, *, required: bool = True, not_after: date | None = None,
            after_message: str = "") -> date | None:
        value = getattr(self.record, field)
        if value is None:
            if required:
                self.problems.append(self._p(field, REQUIRED))
            return None
        if not isinstance(value, date) or isinstance(value, datetime):
            self.problems.append(self._p(field, NOT_DATE))
            return None
        if value < EARLIEST:
            self.problems.append(self._p(field, TOO_EARLY, earliest=EARLIEST))
            return None
        if not_after is not None and value > not_after:
            self.problems.append(problem(field, after_message, label=label(field, self.record)))
            return None
        return value

    def integer(self, field: str, low: int, high: int, *, required: bool = False) -> None:
        value = getattr(self.record, field)
        if value is None:
            if required:
                self.problems.append(self._p(field, REQUIRED))
            return
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.append(self._p(field, NOT_NUMBER))
        elif not low <= value <= high:
            self.problems.append(self._p(field, OUT_OF_RANGE, low=low, high=high))
