"""Running a migration's SQL script inside the migration's transaction.

Shared by the migrations and frozen like them (tests/storage/test_migrations.py keeps its
hash): a migration that needs something else writes a new helper, never edits this one.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending!r}")
