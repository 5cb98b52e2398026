"""The summaries' charts, drawn with reportlab's own graphics (no image files, no matplotlib):
vector drawings that print sharp and keep their Chinese labels as copyable text.

    activities_per_month(months)   bars: activities in each month of the semester
    rubric_averages(items)         horizontal bars: each rubric dimension's average as a
                                   share of its maximum, labelled "8.3/10"
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..domain.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from ..services.report_figures import ItemAverage
from .pdf_fonts import cjk_font
from .pdf_layout import CONTENT_WIDTH, number

MONTH = QT_TRANSLATE_NOOP("Reports", "{month}/{year}")
ACTIVITIES_AXIS = QT_TRANSLATE_NOOP("Reports", "Number of activities")
SHARE_AXIS = QT_TRANSLATE_NOOP("Reports", "Average as a share of the maximum (%)")

BAR = colors.Color(0.30, 0.45, 0.65)  # a mid blue that still reads when photocopied grey
GRID = colors.Color(0.8, 0.8, 0.8)


def _label_font(axis_labels, size: float = 8) -> None:
    axis_labels.fontName = cjk_font()
    axis_labels.fontSize = size


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in the CJK font: its default (Helvetica) would be put
    in the PDF unembedded even though no text uses it."""
    drawing = Drawing(width, height)
    drawing.initialFontName = cjk_font()
    drawing.initialFontSize = 8
    return drawing


def _step(top: int) -> int:
    """A value-axis step giving at most about six whole-number gridlines."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if top / step <= 6:
            return step
    return 1000


def activities_per_month(months: Sequence[tuple[date, int]], *,
                         width: float = CONTENT_WIDTH, height: float = 55 * mm) -> Drawing:
    """A bar per month (first day of the month -> activities), the count above each bar."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 10 * mm
    chart.width, chart.height = width - 20 * mm, height - 18 * mm
    counts = [n for _, n in months] or [0]
    chart.data = [counts]
    chart.categoryAxis.categoryNames = [
        translate("Reports", MONTH).format(month=m.month, year=m.year) for m, _ in months]
    _label_font(chart.categoryAxis.labels)
    top = max(counts)
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.valueStep = step
    _label_font(chart.valueAxis.labels)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = cjk_font()
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(0, height - 5 * mm, translate("Reports", ACTIVITIES_AXIS),
                       fontName=cjk_font(), fontSize=8))
    return drawing


def rubric_averages(items: Sequence[ItemAverage], *, width: float = CONTENT_WIDTH) -> Drawing:
    """One bar per rubric dimension, its length the average's share of the item maximum
    (so a 10-point and a 25-point item compare), labelled with the average itself."""
    row = 7 * mm
    label_width = 34 * mm
    height = row * max(len(items), 1) + 16 * mm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 10 * mm
    chart.width, chart.height = width - label_width - 22 * mm, row * max(len(items), 1)
    # reportlab draws the first category at the bottom: reverse to read top-down.
    ordered = list(reversed(items))
    chart.data = [[round(100 * i.share, 1) for i in ordered] or [0]]
    chart.categoryAxis.categoryNames = [i.name for i in ordered] or [""]
    _label_font(chart.categoryAxis.labels, 8.5)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    _label_font(chart.valueAxis.labels)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelArray = [[f"{i.average:.1f}/{number(i.max_score)}" for i in ordered] or [""]]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = cjk_font()
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(label_width, height - 5 * mm, translate("Reports", SHARE_AXIS),
                       fontName=cjk_font(), fontSize=8))
    return drawing


__all__ = ["activities_per_month", "rubric_averages"]
