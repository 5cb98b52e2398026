"""Opening an installation for sync: its key file checked against the database.

``check_installation`` is called once a store is open and before anything is written, and
``opened_identity`` before anything is signed or sent. They follow ``sync/identity.py``: the
first key of a database is made under the database's own id; a database copied without its
key file, next to another installation's key, or restored from a backup older than what has
been sent becomes a new installation (docs/sync.md §1). So does a whole data folder (database
and key file) copied to another laptop (its key file names another machine) or restored from
an older copy (this laptop's register says more has left), and one whose lead acknowledges
more of it than ever left it (``flag_acked_ahead``, from the import). A restored lead's old
key vouches for the new one (``lead_succession.py``).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..storage.merge import apply_versions
from ..storage.store import Store
from . import identity as ident, laptop
from .lead_succession import certify_successor, remember_former_self
from .results import WAITING
from .standing import JOIN_STATE, ROTATED, invited_lead, is_lead, is_member

KEY_MADE = "sync_key_made"  # meta: this database has had a key file (so a missing one means copied)
NEXT_SUFFIX = ".next"
# meta: [installation id, counter] when a lead bundle acknowledged more of this installation
# than ever left this data folder or laptop: the next opening of the identity rotates.
ACKED_AHEAD = "sync_acked_ahead"
# meta: [[table, uuid, version, origin, content], ...] of this laptop's versions that a copy
# signed too and the lead took from the copy: written again as new versions once rotated.
LOST_VERSIONS = "sync_lost_versions"
# Reasons whose old key is this very laptop's, intact: it vouches for the new one. A folder
# copied to another laptop is *another* laptop, so its key never certifies a successor.
_SUCCEEDS = (ident.RotationReason.RESTORED_BACKUP, ident.RotationReason.RESTORED_FOLDER)


@dataclass(frozen=True)
class OpenedIdentity:
    identity: ident.Identity
    rotated: ident.RotationReason | None = None  # why this laptop became a new installation
    former_id: str | None = None


def ensure_identity(store: Store) -> OpenedIdentity:
    """The installation's identity, made or rotated as the key file and database require."""
    data_dir = store.data_dir
    _finish_rotation(store)
    state = ident.read_key_file(data_dir)
    db_id, db_counter = store.installation_id, store.counter
    register_sent, acked = laptop.sent_through(db_id, data_dir), acked_ahead(store)
    reason = ident.needs_rotation(state, db_id, db_counter,
                                  db_had_key=store.meta(KEY_MADE) == "1",
                                  machine=laptop.machine_token(), register_sent=register_sent,
                                  acked_ahead=acked > 0)
    if reason is None and state.identity is not None:
        current = ident.bind_to_machine(data_dir, state.identity)
        if current.sent_through > register_sent:  # a register made after this key file
            laptop.record_sent(db_id, data_dir, current.sent_through)
        return OpenedIdentity(current)
    if reason is None:  # the first key of this database, under its own id
        made = ident.create_identity(data_dir, db_id)
        with store.transaction():
            store.set_meta(KEY_MADE, "1")
        return OpenedIdentity(made)
    new_id = str(uuid.uuid4())
    counter = ident.counter_after_rotation(state, db_id, db_counter, max(register_sent, acked))
    made = ident.new_identity(new_id)
    old = state.identity if state.identity is not None and \
        state.identity.installation_id == db_id else None
    succession = None
    if reason in _SUCCEEDS and old is not None and store.school_uuid:
        # Only the database went back in time; the old key is intact. It vouches for the new
        # one, so the schools that trusted this laptop (members trusting their lead) can go
        # on trusting it without joining again.
        succession = certify_successor(old, school=store.school_uuid, installation=new_id,
                                       public_key=made.public_key, issued_at=counter)
    former = _rotate(store, made, counter, succession=succession, old=old)
    return OpenedIdentity(made, reason, former)


def acked_ahead(store: Store) -> int:
    """The counter a lead bundle acknowledged beyond what left here (0: none), for the
    installation this database is now."""
    try:
        installation, through = json.loads(store.meta(ACKED_AHEAD) or "[null, 0]")
    except (ValueError, TypeError):
        return 0
    return through if installation == store.installation_id and type(through) is int else 0


def sent_from_here(store: Store) -> int:
    """The highest counter of this installation known to have left: by this data folder's
    key file or by this laptop's register."""
    state = ident.read_key_file(store.data_dir)
    mine = state.identity is not None and state.identity.installation_id == store.installation_id
    return max(state.identity.sent_through if mine else 0,
               laptop.sent_through(store.installation_id, store.data_dir))


def flag_acked_ahead(store: Store, through: int) -> None:
    """Call inside the import's transaction: the lead acknowledged ``through`` of this
    installation, more than ever left here, so another copy of this data folder signs as
    this laptop, or this one is an older copy. The rotation follows the commit
    (``opened_identity``), before anything else is written or sent."""
    store.set_meta(ACKED_AHEAD, json.dumps([store.installation_id, int(through)]))


def keep_lost_versions(store: Store, replaced: list[tuple]) -> None:
    """Call inside the import's transaction: the content this laptop had for versions whose
    number a copy of its folder also signed (the lead's content replaced it). The latest of
    each record is kept to be written again (``reissue_lost_versions``)."""
    latest: dict[tuple, list] = {(t, u): [t, u, v, o, row] for t, u, v, o, row in
                                 json.loads(store.meta(LOST_VERSIONS) or "[]")}
    for table, uuid, version, origin, row in replaced:
        if (table, uuid) not in latest or latest[(table, uuid)][2] < version:
            latest[(table, uuid)] = [table, uuid, version, origin, row]
    store.set_meta(LOST_VERSIONS, json.dumps(list(latest.values()), ensure_ascii=False))


def reissue_lost_versions(store: Store) -> None:
    """Write each kept content again as a new version of this (new) installation, based on
    the version the lead took instead: nothing this laptop wrote is lost; where others
    edited the record since, it is a conflict to review like any other."""
    pending = json.loads(store.meta(LOST_VERSIONS) or "[]")
    if not pending or any(origin == store.installation_id for _t, _u, _v, origin, _r in pending):
        return  # nothing kept, or not rotated yet: never under the number the copy used
    with store.transaction():
        for table, _uuid, version, origin, row in pending:
            row.update(version=store.next_versions(), origin_installation=store.installation_id,
                       updated_at=store.clock.utc_iso(), based_on=[[version, origin]])
            apply_versions(store, table, [row])
        store.set_meta(LOST_VERSIONS, "[]")


def start_over(store: Store) -> ident.Identity:
    """This laptop becomes a new installation on purpose (one the lead revoked, joining
    again): its old id stays revoked everywhere, the new one asks to be approved."""
    made = ident.new_identity(str(uuid.uuid4()))
    _rotate(store, made, store.counter)
    return made


def _rotate(store: Store, made: ident.Identity, counter: int, *, succession: dict | None = None,
            old: ident.Identity | None = None) -> str:
    """Switch the database to ``made``'s id; returns the former id."""
    # The new key goes beside the old one until the database has committed the rotation: a
    # power cut in between leaves the old key (and so the succession) intact, and the next
    # opening finishes or forgets the half-done rotation (_finish_rotation).
    pending = next_key_file(store.data_dir)
    try:
        ident.write_atomically(pending, ident.key_file_bytes(made))
    except OSError as exc:
        raise ident.IdentityError(ident.KEY_FILE_UNWRITABLE, file=str(pending),
                                  reason=exc.strerror or str(exc)) from exc
    with store.transaction():
        former = store.rotate_installation(made.installation_id, counter)
        store.set_meta(KEY_MADE, "1")
        if old is not None:
            remember_former_self(store, old, succession)
    _finish_rotation(store)
    return former


def next_key_file(data_dir) -> Path:
    return ident.key_file(data_dir).with_name(ident.KEY_FILE + NEXT_SUFFIX)


def _finish_rotation(store: Store) -> None:
    """A new key written beside the old one: in place if the database took the rotation
    (its id is the new key's), else forgotten (the database never committed it)."""
    pending = next_key_file(store.data_dir)
    if not pending.exists():
        return
    try:
        made = ident.parse_key_file(pending.read_bytes())
    except (OSError, ident.IdentityError):
        made = None
    if made is None or made.installation_id != store.installation_id:
        pending.unlink(missing_ok=True)
        return
    current = ident.read_key_file(store.data_dir)
    try:
        if current.damage is not None:  # kept aside for IT staff, as create_identity does
            os.replace(current.path, current.path.with_name(ident.KEY_FILE + ident.DAMAGED_SUFFIX))
        os.replace(pending, ident.key_file(store.data_dir))
    except OSError as exc:
        raise ident.IdentityError(ident.KEY_FILE_UNWRITABLE, file=str(pending),
                                  reason=exc.strerror or str(exc)) from exc


def opened_identity(store: Store) -> OpenedIdentity:
    """This installation's key (made or rotated as needed); a rotation is remembered so the
    同步 page can say why the lead must approve this laptop again."""
    opened = ensure_identity(store)
    if opened.rotated is not None:
        with store.transaction():
            store.set_meta(ROTATED, opened.rotated.value)
            if is_member(store) and store.meta(JOIN_STATE):
                store.set_meta(JOIN_STATE, WAITING)
    return opened


def check_installation(store: Store) -> None:
    """Call right after opening a data folder, before anything is written: a database copied
    or restored from a backup becomes a new installation now, so its next versions never
    reuse numbers other schools have already seen (docs/sync.md §1)."""
    if store.is_initialised:
        opened_identity(store)
        reissue_lost_versions(store)  # after a crash between an import and its rotation


def trusted_lead(store: Store) -> tuple[str | None, bytes | None]:
    """The lead installation this laptop trusts, and its key: its own at the lead, the one
    from its invitation (or the successor it followed) at a member."""
    if is_lead(store):
        me = ensure_identity(store).identity
        return me.installation_id, me.public_key
    return invited_lead(store)


__all__ = ["OpenedIdentity", "ensure_identity", "start_over", "opened_identity",
           "check_installation", "trusted_lead", "sent_from_here", "flag_acked_ahead",
           "acked_ahead", "keep_lost_versions", "reissue_lost_versions", "ACKED_AHEAD"]
