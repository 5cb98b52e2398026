"""How a report to the bureau is named on screen: its kind and period, in Qt's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.submissions import SubmissionKind
from ..qt_text import label_of

def period_text(kind: SubmissionKind, year: int, quarter: int | None) -> str:
    """2026年第3季度 for a quarterly report; 2026年度 for an annual summary."""
    if kind == SubmissionKind.QUARTERLY and quarter:
        return QCoreApplication.translate("SubmissionsPage", "Quarter {quarter} of {year}").format(
            year=year, quarter=quarter)
    return QCoreApplication.translate("SubmissionsPage", "Year {year}").format(year=year)


def report_text(due) -> str:
    """理事会议重大决策季度书面汇报（2026年第3季度，实验小学）."""
    return QCoreApplication.translate("SubmissionsPage", "{report} ({period}, {school})").format(
        report=label_of(due.kind), period=period_text(due.kind, due.year, due.quarter),
        school=due.school_name)


__all__ = ["period_text", "report_text"]
