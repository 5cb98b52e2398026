"""The version graph of the records: every version this installation knows, and what it replaced.

Each local write (a save through a repository, or a bulk ``put``) adds its version to
``record_version`` in the same transaction as the row, with ``based_on`` = the version the
row held before (docs/sync.md §3). The content of the version a record's row holds is that
row (``record_version.row`` stays NULL); it is copied into the graph, by SQL, only when the
row is about to be replaced. A bulk write of 100,000 new rows therefore costs one small
``INSERT ... SELECT`` per chunk and no second copy of the data.
Merging versions received from other schools is :mod:`storage.merge`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Protocol

from .schema import RECORD_TABLES

# Lists of keys are bound as one JSON parameter (json_each), whatever their length.
LOCAL_COLUMNS = frozenset({"id"})  # never part of a version: each replica numbers its rows


class Executes(Protocol):
    def execute(self, sql: str, params=()): ...


def _table_info(conn: Executes, table: str) -> list[tuple]:
    _check(table)
    return conn.execute(f"PRAGMA table_info({table})").fetchall()


@dataclass(frozen=True)
class TableSpec:
    """What merging needs to know about a record table's columns."""

    table: str
    columns: tuple[str, ...]         # every column but the local id, in table order
    required: frozenset[str]         # NOT NULL without a default: a version must carry them
    defaults: dict                   # column -> default value, for versions of older schemas
    real_columns: frozenset[str]

    def upsert_sql(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c != "uuid")
        return (f"INSERT INTO {self.table} ({cols}) VALUES ({marks}) "
                f"ON CONFLICT(uuid) DO UPDATE SET {updates}")


def table_spec(conn: Executes, table: str) -> TableSpec:
    columns, required, defaults, real = [], set(), {}, set()
    for _cid, name, declared, notnull, default, _pk in _table_info(conn, table):
        if name in LOCAL_COLUMNS:
            continue
        columns.append(name)
        if default is not None:
            # Our own schema's default expressions ('', '[]', 0 ...): let SQLite evaluate them.
            defaults[name] = conn.execute(f"SELECT {default}").fetchone()[0]
        elif notnull:
            required.add(name)
        else:
            defaults[name] = None
        if "REAL" in (declared or "").upper():
            real.add(name)
    return TableSpec(table, tuple(columns), frozenset(required), defaults, frozenset(real))


def row_json_sql(conn: Executes, table: str, alias: str = "") -> str:
    """A ``json_object(...)`` of a row's columns (the local id left out).

    Floating point columns are written with 17 significant digits so that the version's
    content reads back as the very same number (SQLite's own JSON keeps only 15).
    """
    prefix = f"{alias}." if alias else ""
    parts = []
    for _cid, name, declared, _notnull, _default, _pk in _table_info(conn, table):
        if name in LOCAL_COLUMNS:
            continue
        column = f'{prefix}"{name}"'
        if "REAL" in (declared or "").upper():
            column = (f"CASE typeof({column}) WHEN 'real' THEN json(printf('%!.17g', {column})) "
                      f"ELSE {column} END")
        parts.append(f"'{name}', {column}")
    if len(parts) > 63:  # SQLite functions take at most 127 arguments
        raise ValueError(f"{table} has too many columns for one json_object()")
    return f"json_object({', '.join(parts)})"


def _check(table: str) -> None:
    if table not in RECORD_TABLES:  # the name is put into SQL: only our own tables
        raise ValueError(f"not a record table: {table!r}")


def freeze_rows(conn: Executes, table: str, uuids: Iterable[str]) -> None:
    """Before these records' rows are replaced: give the versions they hold their content
    (kept NULL while the row itself holds it)."""
    _check(table)
    conn.execute(f"UPDATE record_version SET row = (SELECT {row_json_sql(conn, table, 't')} "
                 f"FROM {table} t WHERE t.uuid = record_version.uuid) "
                 "WHERE tbl = ? AND row IS NULL AND uuid IN (SELECT value FROM json_each(?))",
                 [table, json.dumps(list(uuids))])


def row_sql(conn: Executes, table: str, alias: str = "v") -> str:
    """SQL for the JSON content of version ``alias``: its own, or its record's row."""
    _check(table)
    return (f"coalesce({alias}.row, (SELECT {row_json_sql(conn, table, 't')} FROM {table} t "
            f"WHERE t.uuid = {alias}.uuid))")


def current_versions(conn: Executes, table: str, uuids: Iterable[str]) -> dict[str, tuple]:
    """``uuid -> (version, origin)`` of the rows these records hold now (missing: new)."""
    _check(table)
    rows = conn.execute(f"SELECT uuid, version, origin_installation FROM {table} "
                        "WHERE uuid IN (SELECT value FROM json_each(?))",
                        [json.dumps(list(uuids))]).fetchall()
    return {uuid: (version, origin) for uuid, version, origin in rows}


def record_written(conn: Executes, table: str, based_on: dict[str, tuple | None]) -> None:
    """Add the rows just written for these records to the graph, as versions based on
    ``based_on[uuid]`` (the ``(version, origin)`` the row held before, or None if new).

    Call in the transaction of the write, after :func:`freeze_rows` of the records that
    already had a row. A version already known (a row put again as it was) stays as it is.
    """
    _check(table)
    links = {uuid: [list(prev)] if prev is not None else None for uuid, prev in based_on.items()}
    conn.execute("INSERT OR IGNORE INTO record_version (tbl, uuid, version, origin, based_on, "
                 f"owner_school, deleted, row) SELECT '{table}', t.uuid, t.version, "
                 "t.origin_installation, j.value, t.owner_school, t.deleted, NULL "
                 f"FROM json_each(?) j JOIN {table} t ON t.uuid = j.key", [json.dumps(links)])


def previous_for(written: Iterable[tuple[str, int, str]],
                 before: dict[str, tuple]) -> dict[str, tuple | None]:
    """``based_on`` of each written ``(uuid, version, origin)``: what the row held before,
    unless the row was put again unchanged (a version is never based on itself)."""
    result = {}
    for uuid, version, origin in written:
        prev = before.get(uuid)
        result[uuid] = prev if prev is not None and tuple(prev) != (version, origin) else None
    return result


__all__ = ["TableSpec", "table_spec", "row_json_sql", "row_sql", "freeze_rows",
           "current_versions", "record_written", "previous_for"]
