"""What every report builder asks first: which record, semester and school, and the names
for the running header. Each question answers with the record, or a :class:`ReportError`
that says what was wrong with the request.
"""

from __future__ import annotations

from ..domain.messages import Text, ValidationError
from ..domain.records import Alliance, Record, School, Semester
from ..services import setup_ops
from ..storage import lookups
from ..storage.repositories import TABLES, repository
from ..storage.store import Store
from . import report_errors
from .report_errors import ReportError


def record_for(store: Store, cls: type[Record], uuid: str | None) -> Record:
    """The live record ``uuid`` of type ``cls``; refused when missing or deleted."""
    label = Text("Labels", TABLES[cls][1])
    record = repository(store, cls).get(uuid.strip()) if uuid and uuid.strip() else None
    if record is None:
        raise ReportError(report_errors.UNKNOWN_RECORD, kind=label, ref=uuid or "")
    return record


def semester_for(store: Store, key: str | None, today) -> Semester:
    """The semester ``2026-1`` style; when ``key`` is empty, the one a report is due for."""
    if not key or not key.strip():
        return setup_ops.report_semester(store, today)
    try:
        return setup_ops.find_semester(store, key, today)
    except ValidationError as exc:
        raise ReportError(report_errors.BAD_SEMESTER, value=key) from exc


def school_for(store: Store, ref: str | None) -> str:
    """A school's uuid from its code, name or uuid; this installation's school when empty."""
    if not ref or not ref.strip():
        if not store.school_uuid:
            raise ReportError(report_errors.NOT_INITIALISED)
        return store.school_uuid
    ref = ref.strip()
    if repository(store, School).exists(ref):
        return ref
    found = lookups.school_by_code_or_name(store, ref)
    if found is None:
        raise ReportError(report_errors.UNKNOWN_SCHOOL, ref=ref)
    return found


def header_names(store: Store, school: str | None) -> tuple[str, str]:
    """(alliance name, school name) for the running header; blanks where not known yet."""
    alliance_uuid = store.meta("alliance")
    alliance = repository(store, Alliance).get(alliance_uuid) if alliance_uuid else None
    names = lookups.names(store, "school")
    return (alliance.name if alliance else "", names.get(school or "", ""))


__all__ = ["record_for", "semester_for", "school_for", "header_names"]
