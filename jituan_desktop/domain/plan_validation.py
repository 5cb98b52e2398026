"""What a work plan must hold before it is saved (and when it arrives)."""

from __future__ import annotations

import re
from datetime import date

from .enums import Term
from .field_checks import LONG_TEXT, MEDIUM_TEXT, Checker
from .messages import QT_TRANSLATE_NOOP, Problem
from .plans import Plan, PlanItemCategory, PlanScope
from .semesters import default_semester, school_year_bounds

MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
ITEM_MONTH = QT_TRANSLATE_NOOP("Validation", "Item {n}: give its month.")
ITEM_MONTH_OUTSIDE = QT_TRANSLATE_NOOP(
    "Validation", "Item {n}: {month} is outside the plan's period ({start} to {end}).")
ITEM_WHAT = QT_TRANSLATE_NOOP("Validation", "Item {n}: say what is to be done.")
ITEM_CATEGORY = QT_TRANSLATE_NOOP("Validation", "Item {n} has an unknown kind: {value}.")
ITEM_WEEK = QT_TRANSLATE_NOOP("Validation", "Item {n}: the week must be between 1 and 30.")


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
    start, end = plan_bounds(p)
    for n, item in enumerate(p.items, start=1):
        try:
            item.category = PlanItemCategory.parse(item.category)
        except ValueError:
            c.add("items", ITEM_CATEGORY, n=n, value=item.category)
        if not isinstance(item.what, str) or not item.what.strip():
            c.add("items", ITEM_WHAT, n=n)
        match = MONTH_RE.match(item.month or "") if isinstance(item.month, str) else None
        if match is None:
            c.add("items", ITEM_MONTH, n=n)
        else:
            first = date(int(match[1]), int(match[2]), 1)
            if not (start.replace(day=1) <= first <= end):
                c.add("items", ITEM_MONTH_OUTSIDE, n=n, month=first, start=start, end=end)
        if item.week is not None and (isinstance(item.week, bool) or not isinstance(item.week, int)
                                      or not 1 <= item.week <= 30):
            c.add("items", ITEM_WEEK, n=n)
    return c.problems
