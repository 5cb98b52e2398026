"""One vocabulary for where a subject stands against a quota rule, used by every reader.

Four words, each with one meaning: 达标 (met), 正常 (on track), 落后 (behind), 未完成
(missed). The 首页, its detail list, the reports, the spreadsheets and ``jituan compliance``
all name a standing through :class:`~.enums.Status` labels and count them with
:func:`count_standings`, so a summary's numbers are always the counts of the words shown
beside it. "Short" (not yet met) is not a standing: 正常 rows are short too, and calling
them anything but 正常 next to 落后 is what made the 首页 hard to read.
"""

from __future__ import annotations

from typing import Iterable

from .enums import Status
from .messages import QT_TRANSLATE_NOOP, Translate, identity

LABELS = "Labels"

# The order every table, legend and summary lists them in: best first.
STANDINGS = (Status.MET, Status.ON_TRACK, Status.BEHIND, Status.MISSED)
# The standings that need someone to act (the rows highlighted, "only who is behind").
NEEDS_ATTENTION = (Status.BEHIND, Status.MISSED)

MEANINGS = {
    Status.MET: QT_TRANSLATE_NOOP("Labels", "the requirement is met"),
    Status.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "not met yet, but keeping pace"),
    Status.BEHIND: QT_TRANSLATE_NOOP("Labels", "not met yet, and below the expected pace"),
    Status.MISSED: QT_TRANSLATE_NOOP("Labels", "the period ended without meeting it"),
}
COUNT = QT_TRANSLATE_NOOP("Labels", "{standing} {n}")
MEANING = QT_TRANSLATE_NOOP("Labels", "{standing}: {meaning}")
COUNT_SEPARATOR = QT_TRANSLATE_NOOP("Labels", " · ")
MEANING_SEPARATOR = QT_TRANSLATE_NOOP("Labels", "; ")


def count_standings(results: Iterable) -> dict[Status, int]:
    """How many results (anything with a ``status``) stand at each of the four words."""
    counts = {s: 0 for s in STANDINGS}
    for r in results:
        counts[r.status] += 1
    return counts


def label(status: Status, translate: Translate = identity) -> str:
    return translate(LABELS, status.label)


def meaning(status: Status, translate: Translate = identity) -> str:
    return translate(LABELS, MEANINGS[status])


def explained(status: Status, translate: Translate = identity) -> str:
    """达标：已达到要求"""
    return translate(LABELS, MEANING).format(standing=label(status, translate),
                                             meaning=meaning(status, translate))


def counts_line(counts: dict[Status, int], translate: Translate = identity) -> str:
    """达标 1 · 正常 0 · 落后 3 · 未完成 0"""
    return translate(LABELS, COUNT_SEPARATOR).join(
        translate(LABELS, COUNT).format(standing=label(s, translate), n=counts.get(s, 0))
        for s in STANDINGS)


def meanings_line(translate: Translate = identity) -> str:
    """达标：已达到要求；正常：……, the legend printed under a report's table."""
    return translate(LABELS, MEANING_SEPARATOR).join(explained(s, translate) for s in STANDINGS)


def attention_first(status: Status) -> int:
    """Sort key: 未完成, then 落后, 正常, 达标 (who needs someone to act comes first)."""
    return -STANDINGS.index(status)
