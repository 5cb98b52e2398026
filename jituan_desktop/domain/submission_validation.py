"""What a record of a report sent to the bureau must hold before it is saved."""

from __future__ import annotations

from datetime import date

from .field_checks import LONG_TEXT, MEDIUM_TEXT, Checker
from .messages import QT_TRANSLATE_NOOP, Problem
from .submissions import Submission, SubmissionKind, period_of

QUARTER_NEEDED = QT_TRANSLATE_NOOP("Validation", "A quarterly report needs its quarter (1 to 4).")
SENT_BEFORE_GENERATED = QT_TRANSLATE_NOOP(
    "Validation", "A report cannot be marked as sent before it is generated.")
SENT_EARLIER = QT_TRANSLATE_NOOP(
    "Validation", "The date sent cannot be earlier than the date generated.")
LATER_THAN_TODAY = QT_TRANSLATE_NOOP("Validation", "{label} cannot be later than today.")
RECIPIENT_NEEDED = QT_TRANSLATE_NOOP("Validation", "Say whom the report was sent to.")
BEFORE_PERIOD = QT_TRANSLATE_NOOP(
    "Validation", "A report cannot be generated before its period begins ({start}).")


def validate_submission(s: Submission, today: date) -> list[Problem]:
    c = Checker(s)
    c.reference("school")
    c.choice("kind", SubmissionKind)
    c.integer("year", 2000, 2100, required=True)
    c.text("title", limit=MEDIUM_TEXT)
    c.text("recipient", limit=MEDIUM_TEXT)
    c.text("notes", limit=LONG_TEXT)
    if s.kind == SubmissionKind.QUARTERLY:
        if s.quarter is None or isinstance(s.quarter, bool) or not isinstance(s.quarter, int) \
                or not 1 <= s.quarter <= 4:
            c.add("quarter", QUARTER_NEEDED)
    else:
        c.integer("quarter", 1, 4)
    generated = c.day("generated_on", required=False, not_after=today,
                      after_message=LATER_THAN_TODAY)
    sent = c.day("sent_on", required=False, not_after=today, after_message=LATER_THAN_TODAY)
    if generated is not None and _period_known(s):
        start = period_of(s.kind, s.year, s.quarter)[0]
        if generated < start:
            c.add("generated_on", BEFORE_PERIOD, start=start)
    if sent is not None and s.generated_on is None:
        c.add("sent_on", SENT_BEFORE_GENERATED)
    elif sent is not None and generated is not None and sent < generated:
        c.add("sent_on", SENT_EARLIER)
    if sent is not None and not (s.recipient or "").strip():
        c.add("recipient", RECIPIENT_NEEDED)
    return c.problems


def _period_known(s: Submission) -> bool:
    """Whether year and quarter are usable to compute the period (their own checks report
    them otherwise)."""
    if isinstance(s.year, bool) or not isinstance(s.year, int) or not 2000 <= s.year <= 2100:
        return False
    if s.kind == SubmissionKind.QUARTERLY:
        return isinstance(s.quarter, int) and not isinstance(s.quarter, bool) \
            and 1 <= s.quarter <= 4
    return isinstance(s.kind, SubmissionKind)
