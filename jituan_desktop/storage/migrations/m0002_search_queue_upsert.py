"""0002: search queue triggers that also work when a row is written by an upsert.

Inside a trigger, ``INSERT OR IGNORE`` takes the conflict policy of the outer statement;
under ``INSERT ... ON CONFLICT DO UPDATE`` (how repositories write) that is ABORT, so
saving a record that was still waiting in the queue failed with a UNIQUE error. Skip
the insert when the row is already queued instead of relying on a conflict clause.
"""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0002_search_queue_upsert"

# The tables whose free text is searchable, as they were when this migration shipped.
SEARCHABLE_TABLES = ("observation", "mentor_session", "activity")


def migrate(db: Database) -> None:
    for table in SEARCHABLE_TABLES:
        for event in ("INSERT", "UPDATE"):
            name = f"{table}_queue_{event.lower()}"
            run_script(db, f"""
            DROP TRIGGER IF EXISTS {name};
            CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN
                INSERT INTO search_pending (tbl, row_id) SELECT '{table}', new.id
                WHERE NOT EXISTS (SELECT 1 FROM search_pending
                                  WHERE tbl = '{table}' AND row_id = new.id);
            END;
            """)
