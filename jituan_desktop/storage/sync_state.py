"""The sync bookkeeping tables (migration 0007): installations, invitations, bundle history,
coverage. Plain rows in and out; the rules live in the sync use cases (services/sync_*.py).
"""

from __future__ import annotations

import json

from .schema import RECORD_TABLES
from .store import Store

INSTALLATION_COLUMNS = ("installation", "school", "public_key", "state", "request",
                        "certificate", "revocation", "reason", "requested_at", "approved_at",
                        "revoked_at")


# -- installations -------------------------------------------------------------------------

def installation(store: Store, installation_id: str) -> dict | None:
    rows = store.query("SELECT * FROM sync_installation WHERE installation = ?",
                       [installation_id])
    return rows[0] if rows else None


def installations(store: Store) -> list[dict]:
    return store.query("SELECT * FROM sync_installation ORDER BY school, requested_at, "
                       "installation")


def installations_by_prefix(store: Store, prefix: str) -> list[dict]:
    return store.query("SELECT * FROM sync_installation WHERE installation LIKE ? "
                       "ORDER BY installation", [prefix.replace("%", "").replace("_", "")
                                                 + "%"])


def put_installation(store: Store, **fields) -> None:
    """Insert or update one installation's row; fields not given keep their value."""
    unknown = set(fields) - set(INSTALLATION_COLUMNS)
    if unknown:
        raise ValueError(f"unknown installation fields {sorted(unknown)}")
    key = fields["installation"]
    with store.transaction():
        if installation(store, key) is None:
            names = list(fields)
            store.execute(f"INSERT INTO sync_installation ({', '.join(names)}) "
                          f"VALUES ({', '.join('?' for _ in names)})",
                          [fields[n] for n in names])
            return
        names = [n for n in fields if n != "installation"]
        if names:
            store.execute(f"UPDATE sync_installation SET {', '.join(f'{n} = ?' for n in names)} "
                          "WHERE installation = ?", [fields[n] for n in names] + [key])


# -- invitations ---------------------------------------------------------------------------

def add_invitation(store: Store, nonce: str, school: str, body: dict, expires: str) -> None:
    store.execute("INSERT INTO sync_invitation (nonce, school, body, expires, created_at) "
                  "VALUES (?, ?, ?, ?, ?)",
                  [nonce, school, json.dumps(body, ensure_ascii=False), expires, store.clock.utc_iso()])


def invitation_bodies(store: Store) -> list[dict]:
    return [json.loads(body) for (body,) in store.execute(
        "SELECT body FROM sync_invitation ORDER BY created_at").fetchall()]


def invited_schools(store: Store) -> set[str]:
    return {s for (s,) in store.execute("SELECT DISTINCT school FROM sync_invitation")}


# -- history -------------------------------------------------------------------------------

def add_history(store: Store, *, direction: str, file: str, status: str, kind: str = "",
                content_id: str | None = None, school: str | None = None,
                installation: str | None = None, records: int = 0, added: int = 0,
                reason: dict | None = None) -> None:
    store.execute(
        "INSERT INTO sync_bundle (direction, content_id, file, kind, at, school, installation, "
        "records, added, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [direction, content_id, file, kind, store.clock.utc_iso(), school, installation, records, added,
         status, json.dumps(reason, ensure_ascii=False) if reason is not None else None])


def history(store: Store, limit: int = 500, direction: str | None = None,
            kinds: tuple[str, ...] | None = None) -> list[dict]:
    """The newest entries first, of one direction and some kinds when given."""
    clauses, params = [], []
    if direction:
        clauses.append("direction = ?")
        params.append(direction)
    if kinds is not None:
        clauses.append("kind IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(kinds)))
    where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
    rows = store.query(f"SELECT * FROM sync_bundle {where}ORDER BY id DESC LIMIT ?",
                       params + [limit])
    for row in rows:
        row["reason"] = json.loads(row["reason"]) if row["reason"] else None
    return rows


def is_accepted_bundle(store: Store, content_id: str) -> bool:
    return store.execute("SELECT 1 FROM sync_bundle WHERE content_id = ? AND status = "
                         "'accepted' AND direction = 'received'", [content_id]).fetchone() is not None


def join_request_file(store: Store, installation_id: str) -> str | None:
    """The file name the installation's join request came in (for messages about it)."""
    row = store.execute("SELECT file FROM sync_bundle WHERE installation = ? AND kind = "
                        "'join_request' AND direction = 'received' ORDER BY id DESC LIMIT 1",
                        [installation_id]).fetchone()
    return row[0] if row else None


def last_received(store: Store) -> dict[str, tuple[str, int]]:
    """school -> (when, records) of its last accepted bundle."""
    rows = store.execute(
        "SELECT school, at, records FROM sync_bundle b WHERE direction = 'received' "
        "AND status = 'accepted' AND kind = 'member' AND id = (SELECT max(id) FROM sync_bundle "
        "WHERE school = b.school AND direction = 'received' AND status = 'accepted' "
        "AND kind = 'member')").fetchall()
    return {school: (at, records) for school, at, records in rows}


# -- coverage and acknowledgements ---------------------------------------------------------

def add_coverage(store: Store, installation_id: str, after: int, through: int) -> None:
    store.execute("INSERT OR IGNORE INTO sync_coverage (installation, lo, hi) VALUES (?, ?, ?)",
                  [installation_id, after, through])


def acknowledged(store: Store) -> dict[str, int]:
    """installation -> the highest counter below which every version has been received: the
    union of the covered ranges ``(after, through]``, unbroken from 0."""
    acks: dict[str, int] = {}
    for inst, lo, hi in store.execute(
            "SELECT installation, lo, hi FROM sync_coverage ORDER BY installation, lo, hi"):
        through = acks.setdefault(inst, 0)
        if lo <= through:
            acks[inst] = max(through, hi)
    return acks


def highest_versions(store: Store, origins: list[str], school: str) -> dict[str, int]:
    """origin -> the highest version it wrote of this school's records."""
    return {o: v for o, v in store.execute(
        "SELECT origin, max(version) FROM record_version WHERE owner_school = ? AND origin IN "
        "(SELECT value FROM json_each(?)) GROUP BY origin",
        [school, json.dumps(origins)]).fetchall()}


def unacknowledged(store: Store, school: str, acks: dict[str, int]) -> int:
    """How many versions of this school's records, written by the installations named in
    ``acks``, are above what the lead acknowledged."""
    return store.execute(
        "WITH ack(origin, through) AS (SELECT key, value FROM json_each(?)) "
        "SELECT count(*) FROM record_version v JOIN ack a ON a.origin = v.origin "
        "WHERE v.owner_school = ? AND v.version > a.through",
        [json.dumps(acks), school]).fetchone()[0]


# -- adopting the invited school -----------------------------------------------------------

def relabel_school(store: Store, old: str, new: str) -> None:
    """Replace one school id by another everywhere (a member adopting the school record the
    lead made for it, before anything was sent): ids are random 36-character strings, so a
    textual replacement touches exactly the references."""
    with store.transaction():
        for table in RECORD_TABLES:
            columns = [name for _cid, name, ctype, *_ in store.execute(
                f"PRAGMA table_info({table})").fetchall() if ctype.upper() == "TEXT"]
            for column in columns:
                store.execute(f'UPDATE {table} SET "{column}" = replace("{column}", ?, ?) '
                              f'WHERE instr("{column}", ?) > 0', [old, new, old])
        store.execute("UPDATE record_version SET owner_school = ? WHERE owner_school = ?",
                      [new, old])
        for table in ("record_version", "conflict"):
            store.execute(f"UPDATE {table} SET row = replace(row, ?, ?) "
                          "WHERE instr(row, ?) > 0", [old, new, old])


def drop_record(store: Store, table: str, uuid: str) -> None:
    """Remove a record and its versions outright (one that was never sent anywhere)."""
    if table not in RECORD_TABLES:
        raise ValueError(table)
    with store.transaction():
        store.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])
        store.execute("DELETE FROM record_version WHERE tbl = ? AND uuid = ?", [table, uuid])


def highest_versions_all(store: Store) -> dict[str, int]:
    """origin -> the highest version it wrote of any record (seeds left out)."""
    return dict(store.execute("SELECT origin, max(version) FROM record_version "
                              "WHERE origin != 'seed' GROUP BY origin").fetchall())


def hand_seeds_to(store: Store, school: str) -> None:
    """Seeds (records every installation writes alike, storage.merge.SEED_ORIGIN) belong to
    the alliance's lead school once a member joins, as the lead's own seeds do, so every
    replica holds them identically. Only seeds whose owner is still provisional."""
    with store.transaction():
        for table in RECORD_TABLES:
            store.execute(f"UPDATE {table} SET owner_school = ? WHERE origin_installation = ? "
                          "AND owner_school = ?", [school, "seed", "seed"])
        store.execute("UPDATE record_version SET owner_school = ? WHERE origin = ? "
                      "AND owner_school = ?", [school, "seed", "seed"])
