"""0007: what this installation knows about the alliance's installations and bundles.

``sync_installation``: every laptop that asked to join (the lead) or that the lead
certified or revoked (a member), with the signed documents as received. ``sync_invitation``:
the lead's outstanding invitations (a join request must answer one). ``sync_bundle``: the
history of every bundle and joining document sent and received, accepted or refused and
why. ``sync_coverage``: which counter ranges of each installation the lead has merged,
from which its acknowledgements are computed (the highest unbroken counter).
"""

from __future__ import annotations

from sqlite_utils import Database

from .sql_script import run_script

NAME = "0007_sync_state"


def migrate(db: Database) -> None:
    run_script(db, """
    CREATE TABLE sync_installation (
        installation TEXT PRIMARY KEY, school TEXT NOT NULL, public_key TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'approved', 'revoked')),
        request TEXT, certificate TEXT, revocation TEXT, reason TEXT NOT NULL DEFAULT '',
        requested_at TEXT, approved_at TEXT, revoked_at TEXT);
    CREATE INDEX sync_installation_school ON sync_installation(school);

    CREATE TABLE sync_invitation (
        nonce TEXT PRIMARY KEY, school TEXT NOT NULL, body TEXT NOT NULL,
        expires TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX sync_invitation_school ON sync_invitation(school);

    CREATE TABLE sync_bundle (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        content_id TEXT, file TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,
        school TEXT, installation TEXT, records INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, reason TEXT);
    CREATE INDEX sync_bundle_content ON sync_bundle(content_id, status);
    CREATE INDEX sync_bundle_school ON sync_bundle(school, direction, at);

    CREATE TABLE sync_coverage (
        installation TEXT NOT NULL, lo INTEGER NOT NULL, hi INTEGER NOT NULL,
        PRIMARY KEY (installation, lo, hi)) WITHOUT ROWID;
    """)
