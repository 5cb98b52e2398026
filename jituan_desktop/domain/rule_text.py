"""How a quota rule reads to people: where it comes from, and what it asks, in one line each.

Shared by 设置 (gui/settings) and ``jituan compliance --rules`` so both cite a rule alike.
"""

from __future__ import annotations

from datetime import date

from .day_text import MONTHS
from .enums import Period, Scope
from .messages import QT_TRANSLATE_NOOP, Translate, identity
from .records import QuotaRule
from .rule_upgrade import shows_as_edited
from .submissions import quarter_of

RULES = "Rules"
EDITED = QT_TRANSLATE_NOOP("Rules", "edited")
COMMON_PRACTICE_NOTE = QT_TRANSLATE_NOOP("Rules", "common practice, not set by the texts")
NO_SOURCE = QT_TRANSLATE_NOOP("Rules", "no source given")
REQUIREMENT = QT_TRANSLATE_NOOP("Rules", "{period}: {metric}, at least {threshold}, per {scope}")
MONTH_WINDOW = QT_TRANSLATE_NOOP("Rules", "{month} {year}")
QUARTER_WINDOW = QT_TRANSLATE_NOOP("Rules", "Q{quarter} {year}")
SUBJECT_IN_WINDOW = QT_TRANSLATE_NOOP("Rules", "{subject}, {window}")


def source_citation(rule: QuotaRule, translate: Translate = identity) -> str:
    """Which text and section the rule quotes: ``000_….txt 篇六 / 三、…``."""
    if rule.source_file:
        return " ".join(part for part in (rule.source_file, rule.source_section) if part)
    if rule.source_text.startswith("常见做法"):
        return translate(RULES, COMMON_PRACTICE_NOTE)
    return "" if rule.source_text else translate(RULES, NO_SOURCE)


def requirement(rule: QuotaRule, translate: Translate = identity) -> str:
    """What the rule asks, from its fields: 每学期：听课节数，不少于 80，按人."""
    return translate(RULES, REQUIREMENT).format(
        period=translate("Labels", rule.period.label), metric=translate("Labels", rule.metric.label),
        threshold=rule.threshold, scope=translate("Labels", rule.scope.label))


def edited_mark(rule: QuotaRule, translate: Translate = identity) -> str:
    """已修改 for a shipped default the lead school changed, else nothing."""
    return translate(RULES, EDITED) if shows_as_edited(rule) else ""


def window_text(period: Period, start: date, translate: Translate = identity) -> str:
    """Which month or quarter a result of a monthly or quarterly rule is for: 2026年9月,
    2026年第4季度; "" for a semester or a school year (one result per subject)."""
    if period is Period.MONTH:
        return translate(RULES, MONTH_WINDOW).format(
            month=translate("Months", MONTHS[start.month - 1]), year=start.year)
    if period is Period.QUARTER:
        return translate(RULES, QUARTER_WINDOW).format(quarter=quarter_of(start),
                                                      year=start.year)
    return ""


def subject_text(rule: QuotaRule, subject_name: str, start: date,
                 translate: Translate = identity) -> str:
    """Who a result is for, and for which month or quarter when a rule has several: the
    alliance's monthly rule is short once per month, so the month alone says it (2026年9月)."""
    window = window_text(rule.period, start, translate)
    if not window:
        return subject_name
    if rule.scope is Scope.ALLIANCE:
        return window
    return translate(RULES, SUBJECT_IN_WINDOW).format(subject=subject_name, window=window)
