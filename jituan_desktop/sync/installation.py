"""Opening an installation for sync: its key file checked against the database.

``ensure_identity`` is called once a store is open and before anything is signed or sent. It
follows ``sync/identity.py``: the first key of a database is made under the database's own id;
a database copied without its key file, next to another installation's key, or restored from
a backup older than what has been sent becomes a new installation (docs/sync.md §1).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from ..storage.store import Store
from . import identity as ident
from .documents import make_certificate

KEY_MADE = "sync_key_made"  # meta: this database has had a key file (so a missing one means copied)
# meta: certificates by which each former key of this laptop vouched for the next one
SUCCESSIONS = "sync_successions"


@dataclass(frozen=True)
class OpenedIdentity:
    identity: ident.Identity
    rotated: ident.RotationReason | None = None  # why this laptop became a new installation
    former_id: str | None = None


def ensure_identity(store: Store) -> OpenedIdentity:
    """The installation's identity, made or rotated as the key file and database require."""
    data_dir = store.data_dir
    state = ident.read_key_file(data_dir)
    db_id, db_counter = store.installation_id, store.counter
    reason = ident.needs_rotation(state, db_id, db_counter,
                                  db_had_key=store.meta(KEY_MADE) == "1")
    if reason is None and state.identity is not None:
        return OpenedIdentity(state.identity)
    if reason is None:  # the first key of this database, under its own id
        made = ident.create_identity(data_dir, db_id)
        with store.transaction():
            store.set_meta(KEY_MADE, "1")
        return OpenedIdentity(made)
    new_id = str(uuid.uuid4())
    counter = ident.counter_after_rotation(state, db_id, db_counter)
    succession = None
    if reason is ident.RotationReason.RESTORED_BACKUP and store.school_uuid:
        # Only the database went back in time; the old key is intact. It vouches for the new
        # one, so the schools that trusted this laptop (members trusting their lead) can go
        # on trusting it without joining again.
        made = ident.new_identity(new_id)
        succession = make_certificate(school=store.school_uuid, installation=new_id,
                                      public_key=made.public_key, issued_at=counter,
                                      lead=state.identity)
        ident.write_identity(data_dir, made)
    else:
        # The key file first: a crash before the database commit only makes the next opening
        # rotate once more; it can never leave two laptops signing with one id.
        made = ident.create_identity(data_dir, new_id)
    with store.transaction():
        former = store.rotate_installation(new_id, counter)
        store.set_meta(KEY_MADE, "1")
        if succession is not None:
            store.set_meta(SUCCESSIONS, json.dumps(successions(store) + [succession],
                                                   ensure_ascii=False))
    return OpenedIdentity(made, reason, former)


def successions(store: Store) -> list[dict]:
    return json.loads(store.meta(SUCCESSIONS, "[]"))
