"""0006: every saved version of every record, with the version(s) it replaced, and the
conflicting heads kept for review (docs/sync.md §3).

``based_on`` is a JSON list of ``[version, origin]`` pairs: empty/NULL for a new record,
one pair for an ordinary save, every head for a conflict resolution. ``row`` is the
version's full row (every column but the local ``id``) as JSON, so any version can
become the record's row again and be relayed to other schools as received; it is NULL
for the version the record's own row holds (its content is that row: keeping it twice
would double the database), and filled in from the row before the row is replaced.
Rows already in the database become versions of their own, based on nothing.
"""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0006_version_graph"

# The record tables, parents first, as they were when this migration shipped.
RECORD_TABLES = ("alliance", "school", "teacher", "semester", "rubric_template", "pairing",
                 "activity", "observation", "mentor_session", "quota_rule")


def migrate(db: Database) -> None:
    run_script(db, """
    CREATE TABLE record_version (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
        based_on TEXT, owner_school TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), row TEXT);
    -- A version is known by its record and its (version, origin): re-imports find it here.
    CREATE UNIQUE INDEX record_version_key ON record_version(tbl, uuid, version, origin);
    -- What to send an installation that acknowledged another's counter up to some value.
    CREATE INDEX record_version_origin ON record_version(origin, version);
    -- Per-school summaries (count and digest of a school's versions).
    CREATE INDEX record_version_owner ON record_version(owner_school, uuid, version, origin);

    CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
        row TEXT NOT NULL, detected_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)));
    CREATE UNIQUE INDEX conflict_key ON conflict(tbl, uuid, version, origin);
    """)
    for table in RECORD_TABLES:
        db.execute(
            "INSERT INTO record_version (tbl, uuid, version, origin, based_on, owner_school, "
            f"deleted, row) SELECT '{table}', uuid, version, origin_installation, NULL, "
            f"owner_school, deleted, NULL FROM {table}")
