"""What convergence tests compare between replicas (tests/storage and tests/sync share it)."""

from __future__ import annotations

import json

from jituan_desktop.storage import merge
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store


def state_of(store: Store, *, include_resolved: bool = False) -> tuple:
    """Every record as content (the local row number left out) and the conflicts kept."""
    tables = {t: {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
                  for r in store.query(f"SELECT * FROM {t}")} for t in RECORD_TABLES}
    conflicts = {(c["tbl"], c["uuid"], c["version"], c["origin"],
                  json.dumps(c["row"], sort_keys=True))
                 for c in merge.conflicts(store, include_resolved=include_resolved)}
    return tables, conflicts


def accounted_for(store: Store, table: str, uuid: str, version: int, origin: str) -> bool:
    """A version someone wrote is still here: the winner, a kept conflict, or replaced by a
    version based on it."""
    graph = store.query("SELECT version, origin, based_on FROM record_version "
                        "WHERE tbl = ? AND uuid = ?", [table, uuid])
    if not any((g["version"], g["origin"]) == (version, origin) for g in graph):
        return False
    row = store.query(f"SELECT version, origin_installation FROM {table} WHERE uuid = ?",
                      [uuid])[0]
    if (row["version"], row["origin_installation"]) == (version, origin):
        return True
    if store.query("SELECT 1 FROM conflict WHERE tbl = ? AND uuid = ? AND version = ? "
                   "AND origin = ?", [table, uuid, version, origin]):
        return True
    return any([version, origin] in json.loads(g["based_on"] or "[]") for g in graph)


def change_record(store: Store, record, op: str, text: str, today):
    """An edit (a teacher's phone, an activity's place), a delete or a restore of one of this
    school's records, through the ordinary use cases; returns the record as now stored."""
    from jituan_desktop.domain.records import Teacher
    from jituan_desktop.services import record_ops
    from jituan_desktop.storage.repositories import repository

    cls = type(record)
    if op.startswith("edit"):
        if cls is Teacher:
            record.phone = text
        else:
            record.place = text
        record_ops.save(store, record, today=today)
    elif op.startswith("delete"):
        record_ops.delete(store, cls, record.uuid)
    else:
        record_ops.restore(store, cls, record.uuid, today=today)
    return repository(store, cls).get(record.uuid, include_deleted=True)
