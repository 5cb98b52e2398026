"""A member school joins its alliance (docs/sync.md §2 and §5a).

The member imports the invitation the lead wrote for it, adopts the alliance and the school
record the lead made for it, and writes a join request carrying this laptop's key, to be
carried back to the lead with the fingerprint read over the phone. The lead's side
(schools, invitations, approval, revocation) is ``membership.py``.
"""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..domain.enums import Role
from ..domain.records import Alliance, School
from ..services import setup_ops
from ..services.changes import Changes
from ..storage import sync_state
from ..storage.codec import to_row
from ..storage.merge import SEED_ORIGIN, apply_versions
from ..storage.store import Store
from . import documents as docs
from . import messages as msg
from .file_names import document_file_name
from .folders import write_document_into
from .installation import opened_identity, start_over
from .messages import SyncError
from .results import NOT_JOINED, RECORD_KINDS, REVOKED, WAITING, JoinResult
from .standing import JOIN_STATE, alliance, is_lead, join_state, require_initialised, trust_lead


def _seed(record, stamp: str) -> dict:
    """A record the invitation vouches for, as a seed version: it stands in until the lead's
    own version arrives, which supersedes it (storage.merge.SEED_ORIGIN)."""
    record.origin_installation, record.version = SEED_ORIGIN, 1
    record.created_at = record.updated_at = stamp
    return to_row(record)


def _adopt(store: Store, invitation: dict) -> None:
    """Become the school the lead invited: its id replaces the one this installation made for
    itself at set-up (nothing was sent under it yet), in every record, in one transaction."""
    ours, school, lead = invitation["alliance"], invitation["school"], invitation["lead_school"]
    own = store.school_uuid
    with store.transaction():
        if own != school["uuid"]:
            sync_state.drop_record(store, "school", own)
            sync_state.relabel_school(store, own, school["uuid"])
        sync_state.hand_seeds_to(store, lead["uuid"])
        stamp = store.clock.utc_iso()
        rows = {
            "alliance": _seed(Alliance(uuid=ours["uuid"], name=ours["name"],
                                       code=ours["code"], lead_school=lead["uuid"],
                                       owner_school=lead["uuid"]), stamp),
            "school": [_seed(School(uuid=s["uuid"], name=s["name"], code=s["code"], role=role,
                                    alliance=ours["uuid"], owner_school=lead["uuid"]), stamp)
                       for s, role in ((lead, Role.LEAD), (school, Role.MEMBER))],
        }
        apply_versions(store, "alliance", [rows["alliance"]])
        apply_versions(store, "school", rows["school"])
        store.set_meta("school", school["uuid"])
        store.set_meta("alliance", ours["uuid"])
        trust_lead(store, invitation["lead_installation"], invitation["lead_public_key"])


def join(store: Store, invitation_path: Path | str, folder: Path | str) -> JoinResult:
    """Import the lead's invitation and write this installation's join request to ``folder``."""
    require_initialised(store)
    if is_lead(store):
        raise SyncError(msg.NOT_MEMBER)
    path = Path(invitation_path)
    invitation = docs.read_invitation(docs.read_document_file(path), source=path.name)
    state = join_state(store)
    if state != NOT_JOINED:
        current_alliance = alliance(store)
        if current_alliance is not None and current_alliance.uuid != invitation["alliance"]["uuid"]:
            raise SyncError(msg.OTHER_ALLIANCE_JOINED, file=path.name,
                            alliance=invitation["alliance"]["name"], current=current_alliance.name)
        if store.school_uuid != invitation["school"]["uuid"]:
            me = setup_ops.identity(store).school
            raise SyncError(msg.OTHER_SCHOOL_JOINED, file=path.name,
                            school=invitation["school"]["name"], current=me.name if me else "?")
    if state == REVOKED:
        # The revoked id stays revoked everywhere; this laptop asks again under a new one.
        start_over(store)
    member = opened_identity(store).identity
    request = docs.make_join_request(invitation, member=member, app_version=__version__,
                                     schema=store.schema_version())
    name = document_file_name(invitation["alliance"]["code"], invitation["school"]["code"],
                              "join", member.installation_id)
    with store.transaction():
        _adopt(store, invitation)
        # Written inside the transaction: if the stick is gone, the school stays unjoined.
        out = write_document_into(folder, name, request)
        store.set_meta(JOIN_STATE, WAITING if state in (NOT_JOINED, WAITING, REVOKED) else state)
        sync_state.add_history(store, direction="sent", file=out.name, kind="join_request",
                               status="accepted", school=invitation["school"]["uuid"],
                               installation=member.installation_id)
    # The school's own records now carry the invited school's id: any of them may have changed.
    changes = Changes()
    for kind in RECORD_KINDS.values():
        changes.add_many("updated", kind)
    return JoinResult(out, member.fingerprint, invitation["school"]["name"],
                      invitation["alliance"]["name"], changes)


__all__ = ["join"]
