"""What a work plan must hold before it is saved (and when it arrives)."""

from __future__ import annotations

import re
from datetime import date, datetime

from .enums import ActivityType, Coded, Term
from .field_checks import EARLIEST, LONG_TEXT, MEDIUM_TEXT, SHORT_TEXT, Checker
from .meetings import MeetingKind
from .messages import QT_TRANSLATE_NOOP, Problem, Text
from .plans import Plan, PlanItem, PlanItemCategory, PlanScope
from .submissions import SubmissionKind
from .semesters import default_semester, default_semester_key, school_year_bounds

MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
ITEM_MONTH = QT_TRANSLATE_NOOP("Validation", "Item {n}: give its month.")
ITEM_MONTH_OUTSIDE = QT_TRANSLATE_NOOP(
    "Validation",
    "Item {n}: the month {month}/{year} is outside the plan's period ({start} to {end}).")
ITEM_WHAT = QT_TRANSLATE_NOOP("Validation", "Item {n}: say what is to be done.")
ITEM_CATEGORY = QT_TRANSLATE_NOOP("Validation", "Item {n} has an unknown kind: {value}.")
ITEM_WEEK = QT_TRANSLATE_NOOP("Validation", "Item {n}: the week must be between 1 and 30.")
ITEM_KIND = QT_TRANSLATE_NOOP("Validation", "Item {n}: {value} is not a kind of {category}.")
ITEM_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "Item {n}: {what} is too long (at most {limit} characters).")
ITEM_SCHOOLS = QT_TRANSLATE_NOOP("Validation", "Item {n}: its schools are not readable.")
ITEM_DONE_ON = QT_TRANSLATE_NOOP("Validation", "Item {n}: the day it was done is not a valid date.")
ITEM_DONE_AHEAD = QT_TRANSLATE_NOOP(
    "Validation", "Item {n} cannot be marked done on a day still to come ({day}).")
ITEM_DONE_EARLY = QT_TRANSLATE_NOOP(
    "Validation", "Item {n} cannot be marked done before the plan's period begins ({start}).")
ITEM_LINK = QT_TRANSLATE_NOOP("Validation", "Item {n}: the record it is linked to is not readable.")
YEAR_TOO_FAR = QT_TRANSLATE_NOOP(
    "Validation", "The school year {year}–{next} is too far ahead: a plan is written for this "
                  "school year or the next.")
DUPLICATE_ITEM = QT_TRANSLATE_NOOP("Validation", "Item {n} repeats the id of another item.")
WHAT = QT_TRANSLATE_NOOP("Validation", "what is to be done")
RESPONSIBLE = QT_TRANSLATE_NOOP("Validation", "who is responsible")
NOTE = QT_TRANSLATE_NOOP("Validation", "the note")

# The kinds an item of each category may name ('' always: any of that category).
KINDS_OF: dict[PlanItemCategory, type[Coded] | None] = {
    PlanItemCategory.ACTIVITY: ActivityType,
    PlanItemCategory.MEETING: MeetingKind,
    PlanItemCategory.DEMONSTRATION: None,
    PlanItemCategory.SUBMISSION: SubmissionKind,
    PlanItemCategory.OTHER: None,
}


def plan_bounds(plan: Plan) -> tuple[date, date]:
    """The first and last day the plan covers: its semester (default dates) or school year."""
    if plan.term is None:
        return school_year_bounds(plan.school_year)
    semester = default_semester(plan.school_year, plan.term)
    return semester.start, semester.end


def validate_plan(p: Plan, today: date) -> list[Problem]:
    c = Checker(p)
    c.choice("scope", PlanScope)
    c.reference("school")
    c.text("title", required=True, limit=MEDIUM_TEXT)
    c.integer("school_year", 2000, 2100, required=True)
    c.choice("term", Term, required=False)
    for field in ("guiding", "goals", "main_work"):
        c.text(field, limit=LONG_TEXT)
    if c.problems:
        return c.problems
    # Written ahead for the coming school year at most (the editor offers no later one).
    if p.school_year > default_semester_key(today)[0] + 1:
        c.add("school_year", YEAR_TOO_FAR, year=p.school_year, next=p.school_year + 1)
        return c.problems
    start, end = plan_bounds(p)
    seen: set[str] = set()
    for n, item in enumerate(p.items, start=1):
        if not isinstance(item, PlanItem):
            c.add("items", ITEM_WHAT, n=n)
            continue
        if item.id in seen:
            c.add("items", DUPLICATE_ITEM, n=n)
        seen.add(item.id)
        _check_item(c, n, item, start, end, today)
    return c.problems


def _check_item(c: Checker, n: int, item: PlanItem, start: date, end: date,
                today: date) -> None:
    try:
        item.category = PlanItemCategory.parse(item.category)
    except ValueError:
        c.add("items", ITEM_CATEGORY, n=n, value=item.category)
    else:
        _check_kind(c, n, item)
    if not isinstance(item.what, str) or not item.what.strip():
        c.add("items", ITEM_WHAT, n=n)
    for value, what, limit in ((item.what, WHAT, MEDIUM_TEXT),
                               (item.responsible, RESPONSIBLE, SHORT_TEXT),
                               (item.note, NOTE, MEDIUM_TEXT)):
        if isinstance(value, str) and len(value) > limit:
            c.add("items", ITEM_TOO_LONG, n=n, what=Text("Validation", what), limit=limit)
    match = MONTH_RE.match(item.month or "") if isinstance(item.month, str) else None
    if match is None:
        c.add("items", ITEM_MONTH, n=n)
    else:
        first = date(int(match[1]), int(match[2]), 1)
        if not (start.replace(day=1) <= first <= end):
            c.add("items", ITEM_MONTH_OUTSIDE, n=n, month=first.month, year=first.year,
                  start=start, end=end)
    if item.week is not None and (isinstance(item.week, bool) or not isinstance(item.week, int)
                                  or not 1 <= item.week <= 30):
        c.add("items", ITEM_WEEK, n=n)
    if not isinstance(item.schools, list) or not all(isinstance(s, str) and s
                                                     for s in item.schools):
        c.add("items", ITEM_SCHOOLS, n=n)
    if item.fulfilled_by is not None and (not isinstance(item.fulfilled_by, str)
                                          or not item.fulfilled_by.strip()):
        c.add("items", ITEM_LINK, n=n)
    done = item.done_on
    if done is not None:
        if not isinstance(done, date) or isinstance(done, datetime) or done < EARLIEST:
            c.add("items", ITEM_DONE_ON, n=n)
        elif done > today:
            c.add("items", ITEM_DONE_AHEAD, n=n, day=done)
        elif done < start:
            c.add("items", ITEM_DONE_EARLY, n=n, start=start)


def _check_kind(c: Checker, n: int, item: PlanItem) -> None:
    """The kind, when given, must be one of the category's (a meeting kind for a meeting)."""
    if item.kind in ("", None):
        item.kind = ""
        return
    kinds = KINDS_OF[item.category]
    try:
        if kinds is None:
            raise ValueError(item.kind)
        item.kind = kinds.parse(item.kind).value
    except ValueError:
        c.add("items", ITEM_KIND, n=n, value=item.kind,
              category=Text("Labels", item.category.label))
