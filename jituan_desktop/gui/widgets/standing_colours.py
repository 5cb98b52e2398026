"""The colour of each quota standing (达标 / 正常 / 落后 / 未完成), one table for every page that
shows one (首页, 师徒结对 → 详细), so a word never has two colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...domain.enums import Status

# Dark enough to read as text on white, distinct in hue.
STANDING_COLOURS = {
    Status.MET: QColor("#1b7f3b"),       # green
    Status.ON_TRACK: QColor("#3b78c2"),  # blue
    Status.BEHIND: QColor("#d9730d"),    # orange
    Status.MISSED: QColor("#b00020"),    # red
}
