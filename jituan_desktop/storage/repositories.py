"""Repositories: reading and writing one record type each, tombstones included.

``save`` stamps the sync metadata (this installation, its next counter value, display times);
``put`` writes a record exactly as given, for bulk generation, which carries metadata of
its own. Both add the written version to the version graph in the same transaction
(storage/version_graph.py); versions from other schools are merged by storage/merge.py.
Deletes are tombstones: the row stays, ``deleted = 1``.
"""

from __future__ import annotations

import logging
from typing import Generic, Iterable, TypeVar

from ..domain.field_checks import L as FIELD_LABELS
from ..domain.messages import QT_TRANSLATE_NOOP, Text
from ..domain.records import (Activity, Alliance, LessonObservation, MentorPairing,
                              MentorSession, QuotaRule, Record, RubricTemplate, School,
                              Semester, Teacher)
from ..domain.meetings import Meeting
from ..domain.plans import Plan
from ..domain.submissions import Submission
from . import errors, version_graph
from .codec import UndecodableValue, field_hints, from_row, row_encoder
from .errors import StoreError
from .name_keys import pinyin_initials
from .store import Store

R = TypeVar("R", bound=Record)
log = logging.getLogger(__name__)

# Record type -> table, and the label used in messages about it.
TABLES: dict[type, tuple[str, str]] = {
    Alliance: ("alliance", QT_TRANSLATE_NOOP("Labels", "Alliance")),
    School: ("school", QT_TRANSLATE_NOOP("Labels", "School")),
    Teacher: ("teacher", QT_TRANSLATE_NOOP("Labels", "Teacher")),
    Semester: ("semester", QT_TRANSLATE_NOOP("Labels", "Semester")),
    RubricTemplate: ("rubric_template", QT_TRANSLATE_NOOP("Labels", "Rubric template")),
    MentorPairing: ("pairing", QT_TRANSLATE_NOOP("Labels", "Mentor pairing")),
    Activity: ("activity", QT_TRANSLATE_NOOP("Labels", "Activity")),
    LessonObservation: ("observation", QT_TRANSLATE_NOOP("Labels", "Lesson observation")),
    MentorSession: ("mentor_session", QT_TRANSLATE_NOOP("Labels", "Mentor session")),
    QuotaRule: ("quota_rule", QT_TRANSLATE_NOOP("Labels", "Quota rule")),
    Plan: ("plan", QT_TRANSLATE_NOOP("Labels", "Work plan")),
    Meeting: ("meeting", QT_TRANSLATE_NOOP("Labels", "Meeting minutes")),
    Submission: ("submission", QT_TRANSLATE_NOOP("Labels", "Report sent to the bureau")),
}


# Columns stored beside a record's fields, derived from it so lists can filter and sort.
COMPUTED_COLUMNS: dict[type, tuple[str, ...]] = {
    LessonObservation: ("total", "band"),
    Teacher: ("name_initials",),
}


def computed_columns(record: Record) -> dict:
    """Columns derived from the record, stored so lists can filter and sort on them."""
    if isinstance(record, LessonObservation):
        band = record.band
        return {"total": record.total, "band": band.value if band else None}
    if isinstance(record, Teacher):
        return {"name_initials": pinyin_initials(record.name or "")}
    return {}


class Repository(Generic[R]):
    def __init__(self, store: Store, cls: type[R]):
        self.store = store
        self.cls = cls
        self.table, self.label = TABLES[cls]
        self.columns = list(field_hints(cls))
        self._extra = list(COMPUTED_COLUMNS.get(cls, ()))
        self._all_columns = self.columns + self._extra
        self._encode = row_encoder(cls)
        cols = ", ".join(f'"{c}"' for c in self._all_columns)
        marks = ", ".join("?" for _ in self._all_columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in self._all_columns if c != "uuid")
        self._upsert_sql = (f"INSERT INTO {self.table} ({cols}) VALUES ({marks}) "
                            f"ON CONFLICT(uuid) DO UPDATE SET {updates}")
        self._select = f"SELECT * FROM {self.table}"

    # -- reading --------------------------------------------------------------------------
    def get(self, uuid: str, *, include_deleted: bool = False) -> R | None:
        sql = f"{self._select} WHERE uuid = ?" + ("" if include_deleted else " AND deleted = 0")
        rows = self.store.query(sql, [uuid])
        return self._decoded(rows[0]) if rows else None

    def require(self, uuid: str) -> R:
        record = self.get(uuid)
        if record is None:
            raise StoreError(errors.UNKNOWN_RECORD, kind=Text("Labels", self.label), ref=uuid)
        return record

    def exists(self, uuid: str) -> bool:
        row = self.store.execute(
            f"SELECT 1 FROM {self.table} WHERE uuid = ? AND deleted = 0", [uuid]).fetchone()
        return row is not None

    def local_id(self, uuid: str) -> int | None:
        row = self.store.execute(f"SELECT id FROM {self.table} WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def by_local_id(self, local_id: int) -> R | None:
        rows = self.store.query(f"{self._select} WHERE id = ? AND deleted = 0", [local_id])
        return self._decoded(rows[0]) if rows else None

    def where(self, clause: str = "", params: Iterable = (), *, order: str = "id",
              include_deleted: bool = False) -> list[R]:
        conditions = [] if include_deleted else ["deleted = 0"]
        if clause:
            conditions.append(f"({clause})")
        sql = self._select + (" WHERE " + " AND ".join(conditions) if conditions else "")
        sql += f" ORDER BY {order}"
        return decoded_records(self.cls, self.store.query(sql, list(params)), self.table)

    def _decoded(self, row: dict) -> R:
        """One asked-for record: a value that cannot be read is refused in words, naming
        the record and field (never a traceback)."""
        try:
            return from_row(self.cls, row)
        except UndecodableValue as exc:
            raise StoreError(errors.UNREADABLE_RECORD, kind=Text("Labels", self.label),
                             ref=row.get("uuid"), field=field_label(self.cls, exc.field),
                             reason=Text("Integrity", exc.reason)) from exc

    def count(self, clause: str = "", params: Iterable = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE deleted = 0"
        if clause:
            sql += f" AND ({clause})"
        return self.store.execute(sql, list(params)).fetchone()[0]

    def stored_rows(self) -> int:
        """Every row of the table, tombstones and rows that cannot be read included (which
        :meth:`where` leaves out): a use case that rewrites what it read can tell."""
        return self.store.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    # -- writing --------------------------------------------------------------------------
    def _row_values(self, record: R) -> list:
        values = self._encode(record)
        if self._extra:
            computed = computed_columns(record)
            values.extend(computed[c] for c in self._extra)
        return values

    def put(self, record: R) -> R:
        """Write the record with the metadata it carries (bulk generation, tests)."""
        self.put_many([record])
        return record

    def put_many(self, records: Iterable[R]) -> int:
        """Write records with the metadata they carry, each as a version of its own in the
        version graph (based on what the row held before, if anything)."""
        records = list(records)
        rows = [self._row_values(r) for r in records]
        with self.store.transaction():
            before = version_graph.current_versions(self.store, self.table,
                                                    [r.uuid for r in records])
            if before:
                version_graph.freeze_rows(self.store, self.table, before)
            self.store.executemany(self._upsert_sql, rows)
            version_graph.record_written(self.store, self.table, version_graph.previous_for(
                ((r.uuid, r.version, r.origin_installation) for r in records), before))
        return len(rows)

    def save(self, record: R, *, owner_school: str | None = None) -> R:
        """Stamp the record as a new version written by this installation, based on the
        version it replaces, then write it."""
        with self.store.transaction():
            now = self.store.clock.utc_iso()
            existing = self.get(record.uuid, include_deleted=True)
            if existing is not None:
                record.created_at = existing.created_at
                record.owner_school = existing.owner_school
                based_on = (existing.version, existing.origin_installation)
            else:
                record.created_at = record.created_at or now
                record.owner_school = (record.owner_school or owner_school
                                       or self.store.school_uuid or "")
                based_on = None
            record.updated_at = now
            record.origin_installation = self.store.installation_id
            record.version = self.store.next_versions()
            if existing is not None:
                version_graph.freeze_rows(self.store, self.table, [record.uuid])
            self.store.execute(self._upsert_sql, self._row_values(record))
            version_graph.record_written(self.store, self.table, {record.uuid: based_on})
        return record

    def tombstone(self, uuid: str) -> R:
        return self._mark_deleted(uuid, True)

    def restore(self, uuid: str) -> R:
        return self._mark_deleted(uuid, False)

    def _mark_deleted(self, uuid: str, deleted: bool) -> R:
        record = self.get(uuid, include_deleted=True)
        if record is None:
            raise StoreError(errors.UNKNOWN_RECORD, kind=Text("Labels", self.label), ref=uuid)
        record.deleted = deleted
        return self.save(record)


def field_label(cls: type, field: str) -> Text:
    """A field's label as forms show it (a plan's items are its 月份安排)."""
    return Text("Fields", FIELD_LABELS.get(f"{cls.__name__}.{field}")
                or FIELD_LABELS.get(field, field))


def decoded_records(cls: type[R], rows: Iterable[dict], table: str, *,
                    warn: bool = True) -> list[R]:
    """The records of ``rows``; a row holding a value that cannot be read is left out with a
    logged warning, so one bad value never stops a list, report or count
    (``jituan check`` reports it)."""
    records = []
    for row in rows:
        try:
            records.append(from_row(cls, row))
        except UndecodableValue as exc:
            if warn:
                log.warning("Skipped %s %s: %s holds %r (%s)", table, row.get("uuid"), exc.field,
                            exc.value, exc.reason)
    return records


def repository(store: Store, cls: type[R]) -> Repository[R]:
    return Repository(store, cls)
