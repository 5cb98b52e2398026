"""How a plan and its items read to people, on screen, on paper and in the command line:
the period (2026—2027学年第一学期), an item's month (2026年10月) and kind (联盟活动·同课异构),
and where an item stands (已完成：11月联盟校会议（2026年11月20日）)."""

from __future__ import annotations

from .day_text import MONTHS, day_text
from .enums import Term
from .messages import QT_TRANSLATE_NOOP, Translate, identity
from .plan_progress import MARKED, Fulfilment, ItemState
from .plan_validation import KINDS_OF
from .plans import Plan, PlanItem
from .semesters import default_semester, school_year_label, semester_label

MONTH = QT_TRANSLATE_NOOP("Dates", "{month} {year}")
KIND = QT_TRANSLATE_NOOP("Labels", "{category}: {kind}")
WEEK = QT_TRANSLATE_NOOP("Labels", "Week {n}")
DONE_BY = QT_TRANSLATE_NOOP("Labels", "{state}: {title} ({day})")
MARKED_DONE = QT_TRANSLATE_NOOP("Labels", "{state} on {day}")


def period_text(plan: Plan, translate: Translate = identity) -> str:
    """2026—2027学年第一学期, or 2026—2027学年 for a whole-year plan."""
    if plan.term is None:
        return school_year_label(plan.school_year, translate)
    return semester_label(default_semester(plan.school_year, Term.parse(plan.term)), translate)


def month_text(month: str, translate: Translate = identity) -> str:
    """"2026-10" as 2026年10月 (Oct 2026); a text that is no month as it is."""
    try:
        year, number = int(month[:4]), int(month[5:7])
        name = MONTHS[number - 1]
    except (ValueError, IndexError, TypeError):
        return str(month or "")
    return translate("Dates", MONTH).format(month=translate("Months", name), year=year)


def week_text(week: int | None, translate: Translate = identity) -> str:
    return translate("Labels", WEEK).format(n=week) if week else ""


def kind_text(item: PlanItem, translate: Translate = identity) -> str:
    """联盟活动: 同课异构; the category alone when the item names no kind of it."""
    category = translate("Labels", item.category.label)
    kinds = KINDS_OF.get(item.category)
    if not item.kind or kinds is None:
        return category
    try:
        kind = translate("Labels", kinds.parse(item.kind).label)
    except ValueError:
        kind = item.kind
    return translate("Labels", KIND).format(category=category, kind=kind)


def standing_text(state: ItemState, fulfilment: Fulfilment | None,
                  translate: Translate = identity) -> str:
    """已完成：11月联盟校会议（2026年11月20日）; 待完成; 已逾期."""
    label = translate("Labels", state.label)
    if fulfilment is None:
        return label
    day = day_text(fulfilment.day, translate)
    if fulfilment.kind == MARKED and not fulfilment.title:
        return translate("Labels", MARKED_DONE).format(state=label, day=day)
    return translate("Labels", DONE_BY).format(state=label, title=fulfilment.title, day=day)
