"""0010: a digest of each known version's content, so that the summary two replicas compare
covers what a version says, not only its name ``(uuid, version, origin)`` (docs/sync.md §5).

``content_digest`` is the SHA-256 (hex) of the version's canonical content, filled in when a
summary first needs it (storage/merge.py): a version's content never changes once it is
known, so the digest is computed once per version and replica. NULL means "not yet"; the
partial index finds those without reading the versions already digested. The per-school index
of 0006 grows the table name and the digest, so a summary reads the index alone (it is a
prefix of the new one, which answers every query the old one did).
"""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0010_version_digest"


def migrate(db: Database) -> None:
    run_script(db, """
    ALTER TABLE record_version ADD COLUMN content_digest TEXT;
    CREATE INDEX record_version_undigested ON record_version(owner_school, tbl)
        WHERE content_digest IS NULL;
    DROP INDEX record_version_owner;
    CREATE INDEX record_version_owner_content
        ON record_version(owner_school, uuid, version, origin, tbl, content_digest);
    """)
