"""Merging record versions received from other installations (docs/sync.md §3 and §5).

A version is known by ``(table, uuid, version, origin)``. Merging adds unknown versions to
the version graph, then settles each touched record: its **heads** are the versions no
other known version is based on; the **winner** is the head with the greatest
``(version, origin)`` and its content becomes the record's row (a tombstone too); the other
heads are kept in ``conflict`` until a version based on them arrives. Everything depends
on the set of versions only, so replicas that received the same versions agree, whatever
the order, the duplicates and the losses along the way. No wall clock is consulted.

Checks that need the bundle (who signed it, which school it speaks for) belong to the
import; this module refuses what is wrong whatever the bundle: malformed versions, and a
version claiming another owner school than the record already has (no record changes
hands, so a school cannot take over another's record by reusing its uuid).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import countOf
from typing import Callable, Iterable, Iterator

from ..domain.messages import QT_TRANSLATE_NOOP, Text
from .errors import StoreError
from .name_keys import pinyin_initials
from .repositories import TABLES
from .schema import RECORD_TABLES
from .store import Store
from .version_graph import TableSpec, current_versions, freeze_rows, row_sql, table_spec

NOT_A_TABLE = QT_TRANSLATE_NOOP("Storage", "Records of an unknown kind ({table}) were received.")
BAD_VERSION = QT_TRANSLATE_NOOP("Storage", "A {kind} record ({ref}) is malformed: {reason}.")
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Storage", "A {kind} record ({ref}) has a field {column} that this version of Jituan "
    "Desktop does not know.")
NESTED_VALUE = QT_TRANSLATE_NOOP(
    "Storage", "A {kind} record ({ref}) is malformed: its field {column} holds a list or an object.")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("Storage", "A {kind} record ({ref}) lacks the fields {columns}.")
OTHER_OWNER = QT_TRANSLATE_NOOP(
    "Storage", "The {kind} record {ref} belongs to school {owner}, but a version of it claims "
    "school {claimed}. A record never changes its school.")
NOT_YOURS_TO_RESOLVE = QT_TRANSLATE_NOOP(
    "Storage", "This conflict can only be resolved by the school the record belongs to.")
NO_SUCH_HEAD = QT_TRANSLATE_NOOP(
    "Storage", "The version to keep is not one of the record's current versions.")

# Why a version is malformed (the {reason} of BAD_VERSION).
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Storage", "it is not a JSON object")
UUID_NOT_TEXT = QT_TRANSLATE_NOOP("Storage", "its uuid is not text")
BAD_NUMBER = QT_TRANSLATE_NOOP("Storage", "its version is not a positive whole number")
NO_ORIGIN = QT_TRANSLATE_NOOP("Storage", "its installation or school is not text")
BAD_DELETED = QT_TRANSLATE_NOOP("Storage", "its deleted mark is neither 0 nor 1")
BAD_BASED_ON = QT_TRANSLATE_NOOP("Storage", "its based_on is not a list of [version, origin] pairs")
NOT_OLDER = QT_TRANSLATE_NOOP(
    "Storage", "it is based on a version that is not older than itself")
SAME_VERSION_OTHER_CONTENT = QT_TRANSLATE_NOOP(
    "Storage", "installation {installation} already sent version {version} of the {kind} "
    "record {ref} with other content. A copy of that laptop's data folder is signing as the "
    "same laptop. Nothing was imported: ask that school which laptop it uses now; the lead "
    "school then revokes installation {installation}, and the laptops still in use join "
    "again as new installations")

KINDS = {table: label for table, label in TABLES.values()}

CHUNK = 2000  # versions merged per step: bounded memory, few statements per record
# The largest version accepted: exact in any JSON reader (doubles), and far enough below
# SQLite's integer limit that counters raised to it still count on instead of overflowing.
MAX_INT = 2 ** 53 - 1
GRAPH_COLUMNS = ("based_on",)  # carried beside a version's columns, not stored in its row

Key = tuple[str, int, str]  # (uuid, version, origin)
# Told of the record rows a merge writes, a step (up to CHUNK versions) at a time:
# ``written(bucket, uuids)``, the bucket being "created" (records new here), "updated"
# (another version of a record shown here, or one restored) or "deleted" (the winner is a
# tombstone): the words of services' Changes.
Written = Callable[[str, list[str]], None]
# Told of each received version not known here yet, once it is parsed and before its step
# is merged: raises to refuse it (the import's checks of content and sync rules,
# sync/received_checks.py).
Check = Callable[["Version"], None]


@dataclass
class MergeStats:
    received: int = 0   # versions read, duplicates included
    known: int = 0      # already known (a re-import, a duplicate): nothing done
    added: int = 0      # new versions in the graph
    written: int = 0    # record rows whose content changed (a new winner)
    conflicts: int = 0  # open conflicts of the touched records after the merge
    highest_version: int = 0
    # Versions known here that arrived with other content and took it (``adopt_known``):
    # (table, uuid, version, origin, the content this replica had).
    replaced: list = field(default_factory=list)

    def __iadd__(self, other: "MergeStats") -> "MergeStats":
        for name in ("received", "known", "added", "written", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.highest_version = max(self.highest_version, other.highest_version)
        self.replaced += other.replaced
        return self


@dataclass(frozen=True)
class Version:
    uuid: str
    version: int
    origin: str
    owner: str
    deleted: int
    based_on: tuple[tuple[int, str], ...]
    row: dict

    @property
    def key(self) -> Key:
        return (self.uuid, self.version, self.origin)


def _kind(table: str) -> Text:
    return Text("Labels", KINDS[table])


def _refuse(table: str, ref, reason: str = "", text: str = BAD_VERSION, **params) -> StoreError:
    if reason:
        params["reason"] = Text("Storage", reason)
    return StoreError(text, kind=_kind(table), ref=str(ref)[:80], **params)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _based_on(table: str, raw, ref: str) -> tuple[tuple[int, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _refuse(table, ref, BAD_BASED_ON)
    pairs = []
    for pair in raw:
        if not (isinstance(pair, list) and len(pair) == 2 and _is_int(pair[0])
                and 0 < pair[0] <= MAX_INT and isinstance(pair[1], str) and pair[1]):
            raise _refuse(table, ref, BAD_BASED_ON)
        pairs.append((pair[0], pair[1]))
    return tuple(sorted(set(pairs)))


# Fields of a version that are not row columns: the graph's own, and ``id``, another
# replica's local number.
_NOT_ROW = frozenset(GRAPH_COLUMNS) | {"id"}
_PLAIN = frozenset({str, int, float, bool, type(None)})  # what JSON gives for a plain value
_PLAIN_OR_LIST = _PLAIN | {list}  # based_on is a list


# Columns computed from others (repositories.computed_columns), for versions from apps
# older than the column.
DERIVED = {"teacher": {"name_initials": lambda row: pinyin_initials(row.get("name") or "")}}


@lru_cache(maxsize=None)
def _accepted(columns: tuple[str, ...]) -> frozenset[str]:
    return frozenset(columns) | _NOT_ROW


def parse_version(spec: TableSpec, raw) -> Version:
    """One received version, checked: known columns only, plain values, sane metadata.

    Columns a version lacks (written by an older app) take the column's default, so every
    replica fills them the same way.
    """
    table = spec.table
    if not isinstance(raw, dict):
        raise _refuse(table, "?", NOT_AN_OBJECT)
    ref = raw.get("uuid") if isinstance(raw.get("uuid"), str) else "?"
    # The common case checked in bulk (100,000 versions an import); anything unusual goes
    # through the loop below, which says which field is wrong.
    types = set(map(type, raw.values()))
    if raw.keys() - _accepted(spec.columns) or not (types <= _PLAIN or (
            types <= _PLAIN_OR_LIST and countOf(map(type, raw.values()), list)
            == sum(type(raw.get(name)) is list for name in _NOT_ROW))):
        known = set(spec.columns)
        for name, value in raw.items():
            if name in _NOT_ROW:
                continue
            if name not in known:
                raise _refuse(table, ref, text=UNKNOWN_COLUMN, column=str(name)[:40])
            if value is not None and not isinstance(value, (str, int, float)):
                raise _refuse(table, ref, text=NESTED_VALUE, column=name)
    missing = sorted(c for c in spec.required if raw.get(c) is None)
    if missing:
        raise _refuse(table, ref, text=MISSING_COLUMNS, columns=", ".join(missing))
    uuid, version, origin, owner = (raw["uuid"], raw["version"], raw["origin_installation"],
                                    raw["owner_school"])
    if not isinstance(uuid, str) or not uuid:
        raise _refuse(table, ref, UUID_NOT_TEXT)
    if not _is_int(version) or not 0 < version <= MAX_INT:
        raise _refuse(table, ref, BAD_NUMBER)
    if not isinstance(origin, str) or not origin or not isinstance(owner, str) or not owner:
        raise _refuse(table, ref, NO_ORIGIN)
    deleted = raw.get("deleted", 0)
    if deleted not in (0, 1):  # True and False are 1 and 0
        raise _refuse(table, ref, BAD_DELETED)
    based_on = _based_on(table, raw.get("based_on"), ref)
    if any(v >= version for v, _ in based_on):
        # A writer's counter is above every version it has seen (Lamport), so a version is
        # always newer than those it replaced; anything else could make a cycle.
        raise _refuse(table, ref, NOT_OLDER)
    row = {c: raw[c] if c in raw else spec.defaults.get(c) for c in spec.columns}
    row["deleted"] = int(deleted)
    for column, derive in DERIVED.get(table, {}).items():
        if column not in raw:  # a column an older app did not have: every replica derives it
            row[column] = derive(row)
    return Version(uuid, version, origin, owner, int(deleted), based_on, row)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def apply_versions(store: Store, table: str, versions: Iterable[dict], *,
                    written: Written | None = None, verify_known: bool = False,
                    adopt_known: frozenset[str] = frozenset(),
                    check: Check | None = None) -> MergeStats:
    """Merge received versions of records of ``table``; call inside the import's transaction.

    Idempotent: a known ``(uuid, version, origin)`` changes nothing. Raises the counter to
    the highest version seen. Raises :class:`StoreError` on a malformed version or one that
    claims another owner school than its record has; the caller's transaction then
    undoes everything. ``written`` is told of each record row written (see ``Written``);
    ``check`` sees every version new here first (see ``Check``).
    ``verify_known``: a version already known must carry the content known (the lead
    receiving from members: no version number is ever used twice for different content,
    docs/sync.md §1); one that does not refuses the whole merge. ``adopt_known``: origins
    whose known versions take the content received when it differs (a member taking the
    lead's word for its own installations' versions, which a copy of its folder signed
    too); what this replica had is returned in ``MergeStats.replaced``.
    """
    if table not in RECORD_TABLES:
        raise StoreError(NOT_A_TABLE, table=str(table)[:40])
    stats = MergeStats()
    with store.transaction():
        spec = table_spec(store, table)
        upsert = spec.upsert_sql()
        for chunk in _chunks(versions, CHUNK):
            stats += _apply_chunk(store, spec, upsert, [parse_version(spec, v) for v in chunk],
                                  written, verify_known, adopt_known, check)
        if stats.highest_version:
            store.raise_counter(stats.highest_version)
    return stats


def _apply_chunk(store: Store, spec: TableSpec, upsert: str, parsed: list[Version],
                 written: Written | None, verify_known: bool = False,
                 adopt_known: frozenset[str] = frozenset(),
                 check: Check | None = None) -> MergeStats:
    table = spec.table
    stats = MergeStats(received=len(parsed),
                       highest_version=max((v.version for v in parsed), default=0))
    incoming: dict[Key, Version] = {}
    for v in parsed:
        incoming.setdefault(v.key, v)
    uuids = {v.uuid for v in incoming.values()}
    graph = _graph(store, table, uuids)
    new = [v for k, v in incoming.items() if (k[1], k[2]) not in graph.get(k[0], ())]
    if (verify_known or adopt_known) and len(new) < len(incoming):
        known = [v for v in incoming.values() if (v.version, v.origin) in graph.get(v.uuid, ())
                 and (verify_known or v.origin in adopt_known)]
        differing = _differing(store, spec, known)
        if differing and verify_known:
            v = differing[0][0]
            raise StoreError(SAME_VERSION_OTHER_CONTENT, installation=v.origin,
                             version=str(v.version), kind=_kind(table), ref=v.uuid[:80])
        if differing:
            stats.replaced = _adopt(store, spec, upsert, differing, written)
    stats.known = len(parsed) - len(new)
    stats.added = len(new)
    if not new:
        return stats
    if check is not None:  # a known version was checked when it first came (or was written)
        for version in new:
            check(version)
    _check_owners(store, table, new)
    stats.written, stats.conflicts = settle(store, spec, upsert, {v.uuid for v in new},
                                            new=new, graph=graph, written=written)
    return stats


def _graph(store: Store, table: str, uuids: Iterable[str]
           ) -> dict[str, dict[tuple[int, str], tuple]]:
    """``uuid -> {(version, origin): based_on pairs}`` of the versions known here."""
    graph: dict[str, dict[tuple[int, str], tuple]] = {}
    for uuid, version, origin, based_on in store.execute(
            "SELECT uuid, version, origin, based_on FROM record_version WHERE tbl = ? "
            "AND uuid IN (SELECT value FROM json_each(?))",
            [table, _json(sorted(uuids))]).fetchall():
        pairs = tuple((v, o) for v, o in json.loads(based_on)) if based_on else ()
        graph.setdefault(uuid, {})[(version, origin)] = pairs
    return graph


# -- content digests ---------------------------------------------------------------------------

def _plain(spec: TableSpec, column: str, value):
    if column in spec.real_columns and _is_int(value):
        return float(value)  # SQLite stores 3 in a REAL column as 3.0
    return value


def _content(spec: TableSpec, row: dict) -> dict:
    """A version's columns as this schema has them (a lacking one: its default)."""
    return {c: _plain(spec, c, row.get(c, spec.defaults.get(c))) for c in spec.columns}


def _differing(store: Store, spec: TableSpec, known: list[Version]) -> list[tuple[Version, dict]]:
    """Versions already known here under the same (uuid, version, origin) that say something
    else (one installation's number used twice, by a copy of a laptop's folder), each with
    the content known here."""
    table, stored = spec.table, {}
    if not known:
        return []
    for uuid, version, origin, text in store.execute(
            f"SELECT v.uuid, v.version, v.origin, {row_sql(store, table)} FROM json_each(?) k "
            "JOIN record_version v ON v.tbl = ? AND v.uuid = json_extract(k.value, '$[0]') "
            "AND v.version = json_extract(k.value, '$[1]') "
            "AND v.origin = json_extract(k.value, '$[2]')",
            [_json([list(v.key) for v in known]), table]).fetchall():
        stored[(uuid, version, origin)] = json.loads(text)
    return [(v, stored[v.key]) for v in known
            if v.key in stored and _content(spec, stored[v.key]) != _content(spec, v.row)]


def _adopt(store: Store, spec: TableSpec, upsert: str, differing: list[tuple[Version, dict]],
           written: Written | None) -> list[tuple]:
    """Give known versions the content received (where the record's row holds the version,
    the row; else the graph's copy, and a kept conflict's); returns what was here before."""
    table = spec.table
    current = current_versions(store, table, {v.uuid for v, _ in differing})
    rows, graph_rows = [], []
    for v, _before in differing:
        if current.get(v.uuid) == (v.version, v.origin):
            rows.append([v.row[c] for c in spec.columns])
        else:
            graph_rows.append((_json(v.row), table, *v.key))
    if rows:
        store.executemany(upsert, rows)
        if written is not None:
            written("updated", [r[spec.columns.index("uuid")] for r in rows])
    if graph_rows:
        store.executemany("UPDATE record_version SET row = ? WHERE tbl = ? AND uuid = ? "
                          "AND version = ? AND origin = ?", graph_rows)
    keys = [(table, *v.key) for v, _ in differing]
    store.executemany("UPDATE record_version SET content_digest = NULL WHERE tbl = ? AND "
                      "uuid = ? AND version = ? AND origin = ?", keys)
    store.executemany("UPDATE conflict SET row = ? WHERE tbl = ? AND uuid = ? AND version = ? "
                      "AND origin = ?", [(_json(v.row), *k) for (v, _), k in zip(differing, keys)])
    return [(table, *v.key, before) for v, before in differing]


def _real(value: str) -> str:
    # Floating point columns with 17 significant digits (what reads back as the same number),
    # a whole number in one (3 where 3.0 is meant) written as the float SQLite stores.
    return (f"CASE WHEN typeof({value}) IN ('real', 'integer') "
            f"THEN json(printf('%!.17g', {value})) ELSE {value} END")


def canonical_sql(store: Store, table: str) -> str:
    """SQL for the canonical content text of version ``v`` of ``table``: a JSON object of its
    columns in table order, made by SQLite alike whether the content sits in the record's row
    (the version it holds) or in ``record_version.row`` (written by another path, with other
    number formats, perhaps by an older schema lacking a column: its default then)."""
    current, stored = [], []
    for _cid, name, declared, _notnull, default, _pk in store.execute(
            f"PRAGMA table_info({table})").fetchall():
        if name == "id":
            continue
        from_row, from_json = f't."{name}"', f"json_extract(v.row, '$.\"{name}\"')"
        if default is not None:
            from_json = (f"CASE WHEN json_type(v.row, '$.\"{name}\"') IS NULL THEN {default} "
                         f"ELSE {from_json} END")
        if "REAL" in (declared or "").upper():
            from_row, from_json = _real(from_row), _real(from_json)
        current.append(f"'{name}', {from_row}")
        stored.append(f"'{name}', {from_json}")
    if len(current) > 63:  # SQLite functions take at most 127 arguments
        raise ValueError(f"{table} has too many columns for one json_object()")
    return (f"CASE WHEN v.row IS NULL THEN (SELECT json_object({', '.join(current)}) "
            f"FROM {table} t WHERE t.uuid = v.uuid) ELSE json_object({', '.join(stored)}) END")


def fill_digests(store: Store, school: str) -> None:
    """Give every version of ``school``'s records its content digest: SHA-256 (hex) of its
    canonical content text (:func:`canonical_sql`), once per version (content never changes
    once a version is known: code that rewrites stored content, a migration say, sets the
    digests it affects back to NULL)."""
    pending = {t for (t,) in store.execute(  # the partial index of 0010: none read if none
        "SELECT DISTINCT tbl FROM record_version WHERE owner_school = ? "
        "AND content_digest IS NULL", [school]).fetchall()}
    if not pending:
        return
    with store.transaction():
        for table in (t for t in RECORD_TABLES if t in pending):
            sql = None
            while True:
                rows = store.execute(
                    "SELECT v.id FROM record_version v WHERE v.tbl = ? AND v.owner_school = ? "
                    "AND v.content_digest IS NULL LIMIT ?", [table, school, CHUNK]).fetchall()
                if not rows:
                    break
                sql = sql or canonical_sql(store, table)
                texts = store.execute(
                    f"SELECT v.id, {sql} FROM record_version v "
                    "WHERE v.id IN (SELECT value FROM json_each(?))",
                    [_json([r[0] for r in rows])]).fetchall()
                store.executemany(
                    "UPDATE record_version SET content_digest = ? WHERE id = ?",
                    [(hashlib.sha256(text.encode("utf-8")).hexdigest(), row_id)
                     for row_id, text in texts])


# The origin of a seed: a record every installation writes the same way before anything has
# arrived (the default rubric under its fixed uuid), so that records made meanwhile can refer
# to it. Any version written by an installation supersedes it. A member's seeds have the
# provisional owner SEED_ORIGIN until it joins (then they pass to the lead school): the lead
# school's copy replaces them instead of being refused as another school's, while a seed a
# school owns keeps its owner like any record.
SEED_ORIGIN = "seed"


def _check_owners(store: Store, table: str, new: list[Version]) -> None:
    claimed: dict[str, str] = {}
    for v in new:
        if v.origin == SEED_ORIGIN:
            continue  # a seed's owner is provisional (see SEED_ORIGIN)
        if claimed.setdefault(v.uuid, v.owner) != v.owner:
            raise StoreError(OTHER_OWNER, ref=v.uuid, kind=_kind(table),
                             owner=claimed[v.uuid], claimed=v.owner)
    for uuid, owner, origin in store.execute(
            f"SELECT uuid, owner_school, origin_installation FROM {table} "
            "WHERE uuid IN (SELECT value FROM json_each(?))", [_json(sorted(claimed))]).fetchall():
        if owner != SEED_ORIGIN and claimed[uuid] != owner:
            raise StoreError(OTHER_OWNER, ref=uuid, kind=_kind(table), owner=owner,
                             claimed=claimed[uuid])


def heads_and_winner(versions: dict[tuple[int, str], tuple]) -> tuple[list, tuple]:
    """``versions``: ``(version, origin) -> based_on pairs`` of one record.

    Heads are the versions nobody is based on; the winner the greatest head. (Should the
    graph hold a cycle, which received versions cannot form, every version is a head:
    still the same answer on every replica.)
    """
    parents = {p for based_on in versions.values() for p in based_on}
    if any(origin != SEED_ORIGIN for _, origin in versions):
        # A seed is superseded by any real version of its record, wherever it was written.
        parents |= {k for k in versions if k[1] == SEED_ORIGIN}
    heads = sorted(k for k in versions if k not in parents) or sorted(versions)
    return heads, heads[-1]


def settle(store: Store, spec: TableSpec, upsert: str, uuids: set[str], *,
           new: list[Version] = (), graph: dict | None = None,
           written: Written | None = None) -> tuple[int, int]:
    """Add the ``new`` versions (not yet known here) to the graph, recompute heads, winner
    and conflicts of these records, and write what changed. ``graph``: what :func:`_graph`
    gave for (at least) these records, when the caller has it already; ``written`` is told
    of each row written.

    Returns (rows written, open conflicts among these records).
    """
    table = spec.table
    uuid_list = _json(sorted(uuids))
    if graph is None:
        graph = _graph(store, table, uuids)
    graph = {uuid: dict(graph.get(uuid, {})) for uuid in uuids}
    rows_at_hand = {}
    for v in new:
        graph[v.uuid][(v.version, v.origin)] = v.based_on
        rows_at_hand[v.key] = v.row
    current = {uuid: (version, origin) for uuid, version, origin in store.execute(
        f"SELECT uuid, version, origin_installation FROM {table} "
        "WHERE uuid IN (SELECT value FROM json_each(?))", [uuid_list]).fetchall()}
    stored_conflicts = {(u, v, o) for u, v, o in store.execute(
        "SELECT uuid, version, origin FROM conflict WHERE tbl = ? "
        "AND uuid IN (SELECT value FROM json_each(?))", [table, uuid_list]).fetchall()}

    def row_of(key: Key) -> dict:
        if key in rows_at_hand:
            return rows_at_hand[key]
        text = store.execute(f"SELECT {row_sql(store, table)} FROM record_version v "
                             "WHERE tbl = ? AND uuid = ? AND version = ? AND origin = ?",
                             [table, *key]).fetchone()[0]
        stored = json.loads(text)
        return {c: stored[c] if c in stored else spec.defaults.get(c) for c in spec.columns}

    winners, wanted, replaced, held = [], set(), [], set()
    buckets: dict[str, list[str]] = {}
    for uuid, versions in graph.items():
        if not versions:
            continue
        heads, winner = heads_and_winner(versions)
        if current.get(uuid) != winner:
            row = row_of((uuid, *winner))
            winners.append([row[c] for c in spec.columns])
            held.add((uuid, *winner))
            if uuid in current:
                replaced.append(uuid)
            buckets.setdefault("deleted" if row["deleted"] else
                               "updated" if uuid in current else "created", []).append(uuid)
        wanted.update((uuid, v, o) for v, o in heads if (v, o) != winner)
    if replaced:  # the versions these rows hold keep their content in the graph
        freeze_rows(store, table, replaced)
    if new:
        # After the freeze, which fills every empty content of these records: a new version
        # that becomes its record's row keeps no copy of its content in the graph (the row
        # holds it, as for a local write), the others keep theirs.
        store.executemany(
            "INSERT INTO record_version (tbl, uuid, version, origin, based_on, owner_school, "
            "deleted, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(table, v.uuid, v.version, v.origin,
              _json([list(p) for p in v.based_on]) if v.based_on else None,
              v.owner, v.deleted, None if v.key in held else _json(v.row)) for v in new])
    if winners:
        store.executemany(upsert, winners)
    gone = stored_conflicts - wanted
    if gone:
        store.executemany("DELETE FROM conflict WHERE tbl = ? AND uuid = ? AND version = ? "
                          "AND origin = ?", [(table, *k) for k in gone])
    now = store.clock.utc_iso()
    store.executemany(
        "INSERT INTO conflict (tbl, uuid, version, origin, row, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(table, *k, _json(row_of(k)), now) for k in sorted(wanted - stored_conflicts)])
    if written is not None:
        for bucket, uuids in buckets.items():
            written(bucket, uuids)
    return len(winners), len(wanted)


# -- what to send ---------------------------------------------------------------------------

def versions_since(store: Store, table: str, installation_counters: dict[str, int], *,
                   owner_school: str | None = None, page: int = CHUNK) -> Iterator[dict]:
    """Versions of ``table`` to send: those of each installation above the counter given for
    it (an acknowledgement); installations not named are sent in full, so ``{}`` sends
    everything. ``owner_school`` keeps one school's records (what a member sends).

    Each version is its row (every column but the local ``id``, as in the database) plus
    ``based_on``: a list of ``[version, origin]`` pairs, empty for a new record. Read in
    pages, in the order they became known here.
    """
    for line in version_lines(store, table, None, owner_school=owner_school,
                              after=installation_counters, page=page):
        yield json.loads(line)


def version_lines(store: Store, table: str, origins: list[str] | None, *,
                  owner_school: str | None = None, after: dict[str, int] | None = None,
                  page: int = CHUNK) -> Iterator[str]:
    """The versions of ``table`` written by ``origins`` (every installation when None),
    above ``after[origin]`` where given, as the JSON lines a bundle carries: each version's
    row plus ``based_on``. Kept as the text SQLite composes, so exporting 100,000 versions
    does not decode and re-encode every one in Python.
    """
    if table not in RECORD_TABLES:
        raise StoreError(NOT_A_TABLE, table=str(table)[:40])
    after = after or {}
    limits = _json({str(o): int(after.get(o, 0)) for o in (after if origins is None else origins)})
    # Named origins only, or (origins None) every origin, those not named from the start.
    join = "LEFT JOIN" if origins is None else "JOIN"
    owner_clause = "AND v.owner_school = ? " if owner_school is not None else ""
    sql = ("WITH ack(origin, through) AS (SELECT key, value FROM json_each(?)) "
           f"SELECT v.id, v.based_on, {row_sql(store, table)} FROM record_version v "
           f"{join} ack a ON a.origin = v.origin "
           "WHERE v.tbl = ? AND v.id > ? AND v.version > coalesce(a.through, 0) "
           f"{owner_clause}ORDER BY v.id LIMIT ?")
    last = 0
    while True:
        params = [limits, table, last] + ([owner_school] if owner_school is not None else [])
        rows = store.execute(sql, params + [page]).fetchall()
        for row_id, based_on, body in rows:
            # The row is a JSON object: close it with based_on instead of its brace.
            yield f'{body[:-1]},"based_on":{based_on or "[]"}}}'
            last = row_id
        if len(rows) < page:
            return


def count_versions(store: Store, origins: list[str], *, owner_school: str | None = None,
                   after: dict[str, int] | None = None) -> dict[str, int]:
    """table -> how many versions :func:`version_lines` would give."""
    limits = _json({o: int((after or {}).get(o, 0)) for o in origins})
    owner_clause = "AND v.owner_school = ? " if owner_school is not None else ""
    return dict(store.execute(
        "WITH ack(origin, through) AS (SELECT key, value FROM json_each(?)) "
        "SELECT v.tbl, count(*) FROM record_version v JOIN ack a ON a.origin = v.origin "
        f"WHERE v.version > a.through {owner_clause}GROUP BY v.tbl",
        [limits] + ([owner_school] if owner_school is not None else [])).fetchall())


def origins_of(store: Store, owner_school: str | None = None) -> list[str]:
    """Every installation that wrote a version (of one school's records), seeds left out:
    every installation writes those itself."""
    if owner_school is None:
        rows = store.execute("SELECT DISTINCT origin FROM record_version WHERE origin != ?",
                             [SEED_ORIGIN])
    else:
        rows = store.execute("SELECT DISTINCT origin FROM record_version WHERE owner_school = ? "
                             "AND origin != ?", [owner_school, SEED_ORIGIN])
    return sorted(o for (o,) in rows.fetchall())


def summary(store: Store, school: str) -> dict:
    """What this installation holds of one school's records, to compare with another's view
    (docs/sync.md §5): ``records`` = how many records (uuids, tombstones included) and
    ``digest`` = SHA-256 (hex) of every known version's line ``uuid:version:origin:content``
    (``content``: the SHA-256 of the version's canonical content, :func:`fill_digests`), the
    lines sorted (by code point) and joined with ``\\n``, UTF-8. Seeds are left out: every
    installation writes its own. Two replicas holding the same version numbers with
    different content differ here."""
    fill_digests(store, school)
    lines = sorted(f"{uuid}:{version}:{origin}:{digest}"
                   for uuid, version, origin, digest in store.execute(
                       "SELECT uuid, version, origin, content_digest FROM record_version "
                       "WHERE owner_school = ? AND origin != ?",
                       [school, SEED_ORIGIN]).fetchall())
    records = store.execute("SELECT count(*) FROM (SELECT DISTINCT tbl, uuid FROM "
                            "record_version WHERE owner_school = ? AND origin != ?)",
                            [school, SEED_ORIGIN]).fetchone()[0]
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return {"records": records, "digest": digest}


# -- conflicts ------------------------------------------------------------------------------

def conflicts(store: Store, table: str | None = None, *, include_resolved: bool = False
              ) -> list[dict]:
    """Conflicting versions kept for review: tbl, uuid, version, origin, row (decoded),
    detected_at (display only) and resolved (seen and set aside here; local only)."""
    clauses, params = [], []
    if table is not None:
        clauses.append("tbl = ?")
        params.append(table)
    if not include_resolved:
        clauses.append("resolved = 0")
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    rows = store.query("SELECT id, tbl, uuid, version, origin, row, detected_at, resolved "
                       f"FROM conflict{where} ORDER BY tbl, uuid, version, origin", params)
    for row in rows:
        row["row"] = json.loads(row["row"])
    return rows


def set_conflict_resolved(store: Store, conflict_id: int, resolved: bool = True) -> None:
    """Mark a kept version as seen (at a school that cannot resolve it, say); a local note
    for the review list, which changes no record and travels nowhere."""
    with store.transaction():
        store.execute("UPDATE conflict SET resolved = ? WHERE id = ?",
                      [int(resolved), conflict_id])


def resolve_conflict(store: Store, table: str, uuid: str, keep: tuple[int, str], *,
                     written: Written | None = None) -> int:
    """Resolve a record's conflict by writing, as this installation, a new version with the
    content of the head ``keep`` = ``(version, origin)``, based on every head: it becomes the
    only head everywhere it arrives. Only the owner school may. Returns the new version;
    ``written`` is told of the record's row written (see ``Written``)."""
    if table not in RECORD_TABLES:
        raise StoreError(NOT_A_TABLE, table=str(table)[:40])
    with store.transaction():
        graph = {(v, o): tuple((pv, po) for pv, po in json.loads(b)) if b else ()
                 for v, o, b in store.execute(
                     "SELECT version, origin, based_on FROM record_version "
                     "WHERE tbl = ? AND uuid = ?", [table, uuid]).fetchall()}
        heads, _winner = heads_and_winner(graph) if graph else ([], None)
        if tuple(keep) not in heads:
            raise StoreError(NO_SUCH_HEAD)
        text = store.execute(f"SELECT {row_sql(store, table)} FROM record_version v "
                             "WHERE tbl = ? AND uuid = ? AND version = ? AND origin = ?",
                             [table, uuid, *keep]).fetchone()[0]
        row = json.loads(text)
        if row["owner_school"] != store.school_uuid:
            raise StoreError(NOT_YOURS_TO_RESOLVE)
        version = store.next_versions()
        row.update(version=version, origin_installation=store.installation_id,
                   updated_at=store.clock.utc_iso(), based_on=[list(h) for h in heads])
        apply_versions(store, table, [row], written=written)
    return version


__all__ = ["MergeStats", "apply_versions", "versions_since", "version_lines",
           "count_versions", "origins_of", "summary", "canonical_sql", "fill_digests",
           "conflicts",
           "set_conflict_resolved", "resolve_conflict", "parse_version", "heads_and_winner"]
