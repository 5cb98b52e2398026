"""0003: index the session -> observation link.

Deferred foreign keys check it per row at commit, and without an index a bulk import that
writes sessions before their observations scanned the whole table for each (377 s instead
of 10 s).
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0003_session_observation_index"


def migrate(db: Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS session_observation ON mentor_session(observation)")
