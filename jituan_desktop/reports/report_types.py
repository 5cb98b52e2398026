"""The two value types of the report catalogue, apart from it so report modules can name
them without importing the catalogue. Use them via ``catalogue``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReportRequest:
    """What a report is asked for; which fields matter depends on the kind (``needs``)."""

    today: date  # the day it is made: printed as 生成日期, and "now" for quotas
    id: str | None = None  # a record uuid (forms of one record)
    semester: str | None = None  # "2026-1" style key; None = the current semester
    school: str | None = None  # school code, name or uuid; None = this school
    year: int | None = None  # annual summary: the calendar year
    quarter: int | None = None  # quarterly report: 1-4 (with year); None = the last ended


@dataclass(frozen=True)
class ReportKind:
    """One printable report: its command-line key, title and the module that builds it."""

    key: str  # CLI name: observation, activity, pairing-review, observation-counts ...
    title: str  # QT_TRANSLATE_NOOP("Reports", "...") source text; translate to show it
    needs: tuple[str, ...]  # which ReportRequest fields matter: ("id",), ("semester", "school")
    record_kind: str | None  # for needs "id": "observation" / "activity" / "pairing"
    module: str  # the module of reports/ whose build(store, request) returns its Document


__all__ = ["ReportRequest", "ReportKind"]
