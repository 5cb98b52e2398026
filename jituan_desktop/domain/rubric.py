"""The lesson-evaluation rubric: items with maximum scores, the total and the grade band.

Totals and bands are always computed from the item scores, never typed by a user.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import GradeBand


@dataclass(frozen=True, kw_only=True)
class RubricItem:
    name: str
    max_score: float
    bonus: bool = False  # counted on top of the 100 points, e.g. 特色创新


# Templates are alliance data that the lead school edits, stored in the words of the
# paper form, so the seed is Chinese like any data a school would type in.
DEFAULT_RUBRIC_NAME = "课堂教学评价表（百分制）"
DEFAULT_RUBRIC_ITEMS: tuple[RubricItem, ...] = (
    RubricItem(name="教学目标", max_score=10),
    RubricItem(name="教学内容", max_score=15),
    RubricItem(name="教学过程与方法", max_score=25),
    RubricItem(name="学生学习", max_score=20),
    RubricItem(name="教学效果", max_score=20),
    RubricItem(name="教师素养", max_score=10),
    RubricItem(name="特色创新", max_score=5, bonus=True),
)

BAND_THRESHOLDS = ((90.0, GradeBand.EXCELLENT), (75.0, GradeBand.GOOD), (60.0, GradeBand.PASS))


def total_score(scores: dict[str, float]) -> float:
    # Rounded to tenths so that 0.1 + 0.2 style sums print as people wrote them.
    return round(sum(float(v) for v in scores.values()), 1)


def grade_band(total: float) -> GradeBand:
    """优秀 ≥ 90, 良好 75–89, 合格 60–74, 不合格 < 60."""
    for threshold, band in BAND_THRESHOLDS:
        if total >= threshold:
            return band
    return GradeBand.FAIL
