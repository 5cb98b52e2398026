"""0004: the terms of each search index, so a two-character query can match every trigram
that begins with it instead of scanning every text."""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0004_search_vocabulary"

# The tables whose free text is searchable, as they were when this migration shipped.
SEARCHABLE_TABLES = ("observation", "mentor_session", "activity")


def migrate(db: Database) -> None:
    for table in SEARCHABLE_TABLES:
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts_vocab "
                   f"USING fts5vocab({table}_fts, 'row')")
