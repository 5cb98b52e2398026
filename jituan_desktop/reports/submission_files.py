"""Generating a report to the bureau: the PDF of its kind for its period, handed to
``submission_ops.generate`` to keep with the record. The GUI and ``jituan submission
generate`` both come through here, so the file kept is the one the 报表 page prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.submissions import SubmissionKind
from ..i18n import translate
from ..services import submission_ops
from ..services.submission_ops import Generated, ReportPeriod
from ..storage.store import Store
from . import catalogue
from .catalogue import ReportRequest

QUARTER_TITLE = QT_TRANSLATE_NOOP("Reports", "{title}, quarter {quarter} of {year}")
YEAR_TITLE = QT_TRANSLATE_NOOP("Reports", "{title}, {year}")

REPORT_OF = {SubmissionKind.QUARTERLY: "quarterly-report",
             SubmissionKind.ANNUAL: "annual-summary"}


def title_for(period: ReportPeriod) -> str:
    """What the record and its file are called: 理事会议重大决策季度汇报（2026年第4季度）."""
    kind = catalogue.kind_for(REPORT_OF.get(period.kind, "quarterly-report"))
    title = catalogue.title_of(kind)
    if period.kind == SubmissionKind.QUARTERLY:
        return translate("Reports", QUARTER_TITLE).format(title=title, year=period.year,
                                                          quarter=period.quarter)
    return translate("Reports", YEAR_TITLE).format(title=title, year=period.year)


def renderer(store: Store, period: ReportPeriod, today: date) -> Callable[[Path], Path]:
    """``render(folder) -> path``: the report's PDF for ``period``, written in ``folder``."""
    def render(folder: Path) -> Path:
        request = ReportRequest(today=today, year=period.year, quarter=period.quarter,
                                school=period.school)
        name = f"{title_for(period)}.pdf".replace("/", "-")
        return catalogue.render(store, REPORT_OF[period.kind], request, folder / name)
    return render


def generate(store: Store, period: ReportPeriod, *, today: date | None = None) -> Generated:
    """Make the report's PDF and keep it with its record (refusals: submission_ops)."""
    today = today or store.clock.today()
    if period.kind not in REPORT_OF:
        raise submission_ops.not_scheduled()
    return submission_ops.generate(store, period, renderer(store, period, today),
                                   title=title_for(period), today=today)


__all__ = ["generate", "renderer", "title_for", "REPORT_OF"]
