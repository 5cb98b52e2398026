"""Full-text search over the free-text fields, in Chinese.

FTS5 with the trigram tokenizer finds any substring of three or more characters. Indexing
is a hundred times dearer than storing a record (DESIGN.md §8), so writes only queue a row
in ``search_pending`` and :func:`index_pending` drains the queue in resumable batches.
A search combines the index with a plain scan of the rows still queued; two-character
queries use the trigrams that begin with them, one-character queries scan the index's text.
"""

from __future__ import annotations

import json
from typing import Callable

from .schema import SEARCHABLE
from .store import Store


def _flatten(value) -> str:
    """Text of a column: JSON lists/objects (process notes, extra fields) become their strings."""
    if not value:
        return ""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        parts: list[str] = []

        def walk(node):
            if isinstance(node, dict):
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
            elif isinstance(node, str) and node:
                parts.append(node)
        walk(parsed)
        return " ".join(parts)
    return str(value)


def body_of(table: str, row: dict) -> str:
    # The closing newline gives the last two characters a trigram of their own, so every
    # two-character substring begins some trigram (see _indexed_part).
    return "\n".join(t for t in (_flatten(row[c]) for c in SEARCHABLE[table]) if t) + "\n"


def pending_count(store: Store) -> int:
    return store.execute("SELECT count(*) FROM search_pending").fetchone()[0]


def index_pending(store: Store, *, batch: int = 2000, max_batches: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Index queued rows, one transaction per batch, so an interruption loses little.

    Returns the number of rows indexed. ``progress(done, remaining)`` is called per batch.
    """
    done = 0
    batches = 0
    while max_batches is None or batches < max_batches:
        with store.transaction():
            queued = store.query("SELECT tbl, row_id FROM search_pending LIMIT ?", [batch])
            if not queued:
                break
            by_table: dict[str, list[int]] = {}
            for q in queued:
                by_table.setdefault(q["tbl"], []).append(q["row_id"])
            for table, ids in by_table.items():
                cols = ", ".join(["id", "deleted"] + [f'"{c}"' for c in SEARCHABLE[table]])
                marks = ",".join("?" * len(ids))
                rows = store.query(f"SELECT {cols} FROM {table} WHERE id IN ({marks})", ids)
                store.executemany(f"DELETE FROM {table}_fts WHERE rowid = ?", [(i,) for i in ids])
                store.executemany(
                    f"INSERT INTO {table}_fts (rowid, body) VALUES (?, ?)",
                    [(r["id"], body_of(table, r)) for r in rows if not r["deleted"]])
                store.executemany("DELETE FROM search_pending WHERE tbl = ? AND row_id = ?",
                                  [(table, i) for i in ids])
        done += len(queued)
        batches += 1
        if progress:
            progress(done, pending_count(store))
    return done


def like_pattern(query: str) -> str:
    """``%query%`` for ``LIKE ... ESCAPE '\\'``, the query's own % and _ taken literally."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Columns holding JSON (process notes, type-specific fields): only their values are text.
JSON_COLUMNS = frozenset({("observation", "notes"), ("activity", "extra"), ("plan", "items"),
                          ("meeting", "decisions")})
ESCAPE = "ESCAPE '\\'"


def _scan_condition(table: str) -> str:
    """Plain scan of a row's text columns, alias ``t``; one ``?`` per column."""
    parts = []
    for column in SEARCHABLE[table]:
        if (table, column) in JSON_COLUMNS:
            # Malformed JSON (by hand, by damage) is skipped: json_tree would stop the scan.
            parts.append(f'EXISTS (SELECT 1 FROM json_tree(CASE WHEN json_valid(t."{column}") '
                         f"""THEN t."{column}" ELSE '[]' END) j """
                         f"WHERE j.type = 'text' AND j.value LIKE ? {ESCAPE})")
        else:
            parts.append(f't."{column}" LIKE ? {ESCAPE}')
    return "(" + " OR ".join(parts) + ")"


def _indexed_part(table: str, query: str) -> tuple[str, list]:
    """Indexed rows containing ``query``.

    Three or more characters: a trigram phrase match. Two characters: every indexed
    trigram that begins with them, looked up in the index's vocabulary and matched at once
    (each occurrence begins a trigram, thanks to the closing newline of every body). One
    character: a scan of the index's flattened text, read newest first by the caller.
    """
    not_queued = f"rowid NOT IN (SELECT row_id FROM search_pending WHERE tbl = '{table}')"
    if len(query) == 1:
        return (f"SELECT rowid FROM {table}_fts WHERE body LIKE ? {ESCAPE} AND {not_queued}",
                [like_pattern(query)])
    if len(query) == 2:
        terms = ("(SELECT coalesce(group_concat('\"' || replace(term, '\"', '\"\"') || '\"', "
                 f"' OR '), '\"\"') FROM {table}_fts_vocab WHERE term >= ? AND term < ?)")
        prefix = query.lower()  # the index folds ASCII case
        return (f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH {terms} "
                f"AND {not_queued}", [prefix, prefix + chr(0x10FFFF)])
    phrase = '"' + query.replace('"', '""') + '"'
    return (f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? AND {not_queued}",
            [phrase])


def _queued_part(table: str, query: str) -> tuple[str, list]:
    """Rows still waiting for the indexer, scanned directly."""
    return (f"SELECT t.id FROM search_pending p JOIN {table} t ON t.id = p.row_id "
            f"WHERE p.tbl = '{table}' AND t.deleted = 0 AND {_scan_condition(table)}",
            [like_pattern(query)] * len(SEARCHABLE[table]))


def matching_ids_sql(table: str, query: str) -> tuple[str, list]:
    """SQL selecting the ids of rows of ``table`` whose text contains ``query``.

    Meant to be used as ``id IN (<sql>)`` inside a larger filtered, paged query.
    """
    query = query.strip()
    indexed, indexed_params = _indexed_part(table, query)
    queued, queued_params = _queued_part(table, query)
    # Disjoint by construction (indexed rows exclude queued ones), so no de-duplication.
    return f"{indexed} UNION ALL {queued}", indexed_params + queued_params


# Above this many matches a word is "common": a list reads its rows in its own order and
# checks each one, which finds a page of hits at once, instead of gathering every match.
COMMON_MATCHES = 1000


def is_common(store: Store, table: str, query: str) -> bool:
    """Whether ``query`` matches many rows; one-character queries always count as common
    (the index cannot narrow them, and the first keystroke is usually a common character)."""
    query = query.strip()
    if len(query) < 2:
        return True
    sql, params = _indexed_part(table, query)
    found = store.execute(f"SELECT count(*) FROM ({sql} LIMIT {COMMON_MATCHES})",
                          params).fetchone()[0]
    return found >= COMMON_MATCHES


def row_condition_sql(table: str, query: str) -> tuple[str, list]:
    """A condition on one row of ``table`` (by its own name): its text contains ``query``.

    For lists read in their own order that stop at a page: the indexed text of the row is
    looked up by id (the index keeps a copy); rows still queued for the indexer are scanned.
    """
    query = query.strip()
    queued, queued_params = _queued_part(table, query)
    pending = f"SELECT row_id FROM search_pending WHERE tbl = '{table}'"
    return (f"(({table}.id NOT IN ({pending}) AND (SELECT c0 FROM {table}_fts_content c "
            f"WHERE c.id = {table}.id) LIKE ? {ESCAPE}) OR {table}.id IN ({queued}))",
            [like_pattern(query)] + queued_params)


def search(store: Store, table: str, query: str, *, limit: int = 100) -> list[int]:
    """Ids of live rows of ``table`` containing ``query``, newest first.

    The index is read newest first and stops at ``limit``, so a common word answers at
    once; only a rare one-character query reads the whole index. The index holds live rows
    only (a delete queues its row and the indexer drops it), and the queued scan skips
    tombstones, so nothing found needs a second look.
    """
    query = query.strip()
    if not query:
        return []
    indexed, params = _indexed_part(table, query)
    ids = {r[0] for r in store.execute(f"{indexed} ORDER BY rowid DESC LIMIT ?",
                                       params + [limit]).fetchall()}
    queued, params = _queued_part(table, query)
    ids.update(r[0] for r in store.execute(queued, params).fetchall())
    return sorted(ids, reverse=True)[:limit]


def matching_rows(store: Store, table: str, query: str, *, limit: int = 100) -> list[dict]:
    """The rows themselves, newest first, for callers that show or decode them."""
    ids = search(store, table, query, limit=limit)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return store.query(f"SELECT * FROM {table} WHERE id IN ({marks}) ORDER BY id DESC", ids)
