"""Every colour the 首页 uses, and what it means: the legends are built from these tables, so
a colour cannot appear on the page without the legend naming it."""

from __future__ import annotations

from ...domain.messages import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor


# A quota standing's colour: the same in the progress bars, the count columns and the 状态
# column of the detail list (and on 师徒结对 → 详细).
from ..widgets.standing_colours import STANDING_COLOURS  # noqa: E402

# A row that needs attention (an overdue duty, a school falling behind): a pale red fill.
ALERT_FILL = QColor("#fde2e1")
# A duty due within the week: its text in red.
SOON_TEXT = QColor("#b00020")
# The part of a progress bar no subject stands in yet (a rule with no subject).
BAR_EMPTY = QColor("#e4e4e4")

CONTEXT = "DashboardLegend"
OVERDUE = QT_TRANSLATE_NOOP("DashboardLegend", "Pink row: overdue, its date has passed")
DUE_SOON = QT_TRANSLATE_NOOP("DashboardLegend", "Red text: due within a week")
SCHOOL_BEHIND = QT_TRANSLATE_NOOP(
    "DashboardLegend", "Pink row: a school needing attention, with no record for more than "
                       "{days} days, or half or more of its people and pairings behind or "
                       "missed")
