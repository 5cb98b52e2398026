"""Joining an alliance (docs/sync.md §2): schools, invitations, join requests, approval,
revocation, and where this installation stands.

The lead adds a member school and writes an invitation for it; the member joins with the
invitation (it adopts the alliance and the school record the lead made for it) and writes a
join request carrying its key; the lead imports the request and approves it once both sides
have compared the fingerprint; the certificate then travels in every lead bundle.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.enums import Role
from ..domain.records import Alliance, School
from ..storage import errors, lookups, sync_state
from ..storage.codec import to_row
from ..storage.errors import StoreError
from ..storage.merge import SEED_ORIGIN, apply_versions, conflicts as open_conflicts
from ..storage.repositories import repository
from ..storage.store import Store
from . import documents as docs
from .file_names import bundle_file_name
from .identity import b64decode, b64encode, fingerprint
from .installation import OpenedIdentity, ensure_identity, start_over
from ..services import record_ops, setup_ops
from . import messages as msg
from .messages import SyncError
from .results import (INSTALLATION_APPROVED, INSTALLATION_REVOKED, INSTALLATION_WAITING,
                         INVITED, JOINED, LEAD, NOT_INVITED, NOT_JOINED, REVOKED, WAITING,
                         InstallationInfo, JoinResult, SchoolSyncState, SyncOverview)

INVITATION_DAYS = 60
JOIN_STATE = "sync_join_state"          # meta at a member: waiting / joined / revoked
LEAD_INSTALLATION = "sync_lead_installation"
LEAD_KEY = "sync_lead_key"
FORMER_LEAD_KEYS = "sync_former_lead_keys"  # meta: {installation: key} the lead signed with before
EXPORT_FOLDER = "sync_export_folder"
ROTATED = "sync_rotated"                # meta: why this laptop last became a new installation
_CODE = re.compile(r"^S(\d+)$")


# -- who we are ----------------------------------------------------------------------------

def _role(store: Store) -> str | None:
    return store.meta("role")


def require_initialised(store: Store) -> None:
    if not store.is_initialised:
        raise StoreError(errors.NOT_INITIALISED)


def require_lead(store: Store) -> None:
    require_initialised(store)
    if _role(store) != Role.LEAD.value:
        raise SyncError(msg.NOT_LEAD)


def opened_identity(store: Store) -> OpenedIdentity:
    """This installation's key (made or rotated as needed); a rotation is remembered so the
    同步 page can say why the lead must approve this laptop again."""
    opened = ensure_identity(store)
    if opened.rotated is not None:
        with store.transaction():
            store.set_meta(ROTATED, opened.rotated.value)
            if _role(store) == Role.MEMBER.value and store.meta(JOIN_STATE):
                store.set_meta(JOIN_STATE, WAITING)
    return opened


def check_installation(store: Store) -> None:
    """Call right after opening a data folder, before anything is written: a database copied
    or restored from a backup becomes a new installation now, so its next versions never
    reuse numbers other schools have already seen (docs/sync.md §1)."""
    if store.is_initialised:
        opened_identity(store)


def lead_key(store: Store) -> tuple[str | None, bytes | None]:
    """The lead installation a member trusts (from its invitation), and its key."""
    if _role(store) == Role.LEAD.value:
        me = ensure_identity(store).identity
        return me.installation_id, me.public_key
    key = store.meta(LEAD_KEY)
    return store.meta(LEAD_INSTALLATION), (b64decode(key) if key else None)


def lead_keys(store: Store) -> dict[str, bytes]:
    """Every key the lead has signed with, current and former: documents it signed before
    its laptop became a new installation still verify."""
    keys = {i: b64decode(k) for i, k in json.loads(store.meta(FORMER_LEAD_KEYS, "{}")).items()}
    installation, key = lead_key(store)
    if installation and key:
        keys[installation] = key
    return keys


def follow_lead(store: Store, installation: str, key: bytes) -> None:
    """Trust the lead's new installation (vouched for by its former key) from now on."""
    former = json.loads(store.meta(FORMER_LEAD_KEYS, "{}"))
    former[store.meta(LEAD_INSTALLATION)] = store.meta(LEAD_KEY)
    with store.transaction():
        store.set_meta(FORMER_LEAD_KEYS, json.dumps(former))
        store.set_meta(LEAD_INSTALLATION, installation)
        store.set_meta(LEAD_KEY, b64encode(key))


def join_state(store: Store) -> str:
    if _role(store) == Role.LEAD.value:
        return LEAD
    return store.meta(JOIN_STATE) or NOT_JOINED


# -- schools -------------------------------------------------------------------------------

def _alliance(store: Store) -> Alliance | None:
    uuid = store.meta("alliance")
    return repository(store, Alliance).get(uuid) if uuid else None


def find_school(store: Store, ref: str) -> School:
    ref = (ref or "").strip()
    repo = repository(store, School)
    school = repo.get(ref) if ref else None
    if school is None and ref:
        uuid = lookups.school_by_code_or_name(store, ref)
        school = repo.get(uuid) if uuid else None
    if school is None or school.deleted:
        raise SyncError(msg.UNKNOWN_SCHOOL, ref=ref)
    return school


def _next_code(schools: list[School]) -> str:
    numbers = [int(m.group(1)) for s in schools if (m := _CODE.match(s.code or ""))]
    return f"S{max(numbers, default=0) + 1:02d}"


def add_school(store: Store, name: str, *, code: str | None = None,
               today: date | None = None) -> School:
    """A member school of the alliance (lead only); its code is S02, S03 ... unless given."""
    require_lead(store)
    name, code = (name or "").strip(), (code or "").strip()
    with store.transaction():
        schools = repository(store, School).where()
        code = code or _next_code(schools)
        if any(s.name == name or s.code == code for s in schools if name):
            raise SyncError(msg.SCHOOL_TAKEN, name=name, code=code)
        school = School(name=name, code=code, role=Role.MEMBER,
                        alliance=store.meta("alliance"))
        record_ops.save(store, school, today=today)
    return school


# -- invitations ---------------------------------------------------------------------------

def _document_name(alliance_code: str, school_code: str, kind: str, installation: str) -> str:
    name = bundle_file_name(alliance_code, school_code, kind, installation, 0, 0)
    return name[: -len(".jtb")].rsplit("_", 1)[0] + ".json"


def _write(folder: Path | str, name: str, doc: dict) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(msg.NOT_A_FOLDER, folder=str(folder))
    try:
        return docs.write_document(folder, name, doc)
    except OSError as exc:
        raise SyncError(msg.WRITE_FAILED, file=name, folder=str(folder),
                        reason=exc.strerror or str(exc)) from exc


def invite(store: Store, school_ref: str, folder: Path | str, *, today: date | None = None,
           valid_days: int = INVITATION_DAYS) -> Path:
    """Write the signed invitation for a member school into ``folder`` (lead only)."""
    require_lead(store)
    today = today or store.clock.today()
    school = find_school(store, school_ref)
    if school.uuid == store.school_uuid:
        raise SyncError(msg.LEAD_NOT_INVITED, school=school.name)
    lead = opened_identity(store).identity
    alliance = _alliance(store)
    me = repository(store, School).require(store.school_uuid)
    doc = docs.make_invitation(alliance=alliance, school=school, lead_school=me, lead=lead,
                               expires=today + timedelta(days=valid_days))
    name = _document_name(alliance.code, school.code, "invitation", lead.installation_id)
    path = _write(folder, name, doc)
    body = doc["body"]
    with store.transaction():
        sync_state.add_invitation(store, body["nonce"], school.uuid, body, body["expires"])
        sync_state.add_history(store, direction="sent", file=path.name, kind="invitation",
                               status="accepted", school=school.uuid)
    return path


# -- joining (member) ----------------------------------------------------------------------

def _seed(record, stamp: str) -> dict:
    """A record the invitation vouches for, as a seed version: it stands in until the lead's
    own version arrives, which supersedes it (storage.merge.SEED_ORIGIN)."""
    record.origin_installation, record.version = SEED_ORIGIN, 1
    record.created_at = record.updated_at = stamp
    return to_row(record)


def _adopt(store: Store, invitation: dict) -> None:
    """Become the school the lead invited: its id replaces the one this installation made for
    itself at set-up (nothing was sent under it yet), in every record, in one transaction."""
    alliance, school, lead = invitation["alliance"], invitation["school"], invitation["lead_school"]
    own = store.school_uuid
    with store.transaction():
        if own != school["uuid"]:
            sync_state.drop_record(store, "school", own)
            sync_state.relabel_school(store, own, school["uuid"])
        sync_state.hand_seeds_to(store, lead["uuid"])
        stamp = store.clock.utc_iso()
        rows = {
            "alliance": _seed(Alliance(uuid=alliance["uuid"], name=alliance["name"],
                                       code=alliance["code"], lead_school=lead["uuid"],
                                       owner_school=lead["uuid"]), stamp),
            "school": [_seed(School(uuid=s["uuid"], name=s["name"], code=s["code"], role=role,
                                    alliance=alliance["uuid"], owner_school=lead["uuid"]), stamp)
                       for s, role in ((lead, Role.LEAD), (school, Role.MEMBER))],
        }
        apply_versions(store, "alliance", [rows["alliance"]])
        apply_versions(store, "school", rows["school"])
        store.set_meta("school", school["uuid"])
        store.set_meta("alliance", alliance["uuid"])
        store.set_meta(LEAD_INSTALLATION, invitation["lead_installation"])
        store.set_meta(LEAD_KEY, invitation["lead_public_key"])


def join(store: Store, invitation_path: Path | str, folder: Path | str) -> JoinResult:
    """Import the lead's invitation and write this installation's join request to ``folder``."""
    require_initialised(store)
    if _role(store) == Role.LEAD.value:
        raise SyncError(msg.NOT_MEMBER)
    path = Path(invitation_path)
    invitation = docs.read_invitation(docs.read_document_file(path), source=path.name)
    state = join_state(store)
    if state != NOT_JOINED:
        current_alliance = _alliance(store)
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
    # The version is read from the package's metadata only here: the desktop app imports
    # this module to start (check_installation) and need not pay for that before it shows.
    from .. import __version__

    request = docs.make_join_request(invitation, member=member, app_version=__version__,
                                     schema=store.schema_version())
    name = _document_name(invitation["alliance"]["code"], invitation["school"]["code"], "join",
                          member.installation_id)
    with store.transaction():
        _adopt(store, invitation)
        # Written inside the transaction: if the stick is gone, the school stays unjoined.
        out = _write(folder, name, request)
        store.set_meta(JOIN_STATE, WAITING if state in (NOT_JOINED, WAITING, REVOKED) else state)
        sync_state.add_history(store, direction="sent", file=out.name, kind="join_request",
                               status="accepted", school=invitation["school"]["uuid"],
                               installation=member.installation_id)
    return JoinResult(out, member.fingerprint, invitation["school"]["name"],
                      invitation["alliance"]["name"])


# -- approving (lead) ----------------------------------------------------------------------

def receive_join_request(store: Store, path: Path | str, *, today: date | None = None):
    """Read a member's join request (lead only); its laptop then waits for approval."""
    from .importing import record_join_request  # the import routes files; one code path
    return record_join_request(store, Path(path), today=today or store.clock.today())


def _info(row: dict, names: dict[str, str]) -> InstallationInfo:
    return InstallationInfo(
        installation=row["installation"], school=row["school"],
        school_name=names.get(row["school"], row["school"]),
        fingerprint=fingerprint(b64decode(row["public_key"])), state=row["state"],
        requested_at=row["requested_at"], approved_at=row["approved_at"],
        revoked_at=row["revoked_at"], reason=row["reason"] or "")


def installations(store: Store) -> list[InstallationInfo]:
    names = lookups.names(store, "school")
    return [_info(row, names) for row in sync_state.installations(store)]


def approve(store: Store, school_ref: str, read_out: str) -> InstallationInfo:
    """Approve the waiting laptop of a school whose key has the fingerprint read out."""
    require_lead(store)
    school = find_school(store, school_ref)
    waiting = [r for r in sync_state.installations(store)
               if r["school"] == school.uuid and r["state"] == INSTALLATION_WAITING]
    if not waiting:
        raise SyncError(msg.NOTHING_WAITING, school=school.name)
    lead = opened_identity(store).identity
    given = docs.normalise_fingerprint(read_out)
    match = [r for r in waiting if given and fingerprint(b64decode(r["public_key"])) == given]
    row = match[0] if match else waiting[-1]
    request = json.loads(row["request"])
    source = sync_state.join_request_file(store, row["installation"]) or school.name
    certificate = docs.approve_join_request(request["body"], read_out, lead=lead,
                                            issued_at=store.counter, source=source)
    with store.transaction():
        sync_state.put_installation(store, installation=row["installation"],
                                    state=INSTALLATION_APPROVED,
                                    certificate=json.dumps(certificate, ensure_ascii=False),
                                    approved_at=store.clock.utc_iso())
        if school.public_key is None:
            # The school's first approved key, for the record (the roster travels with it).
            record_ops.save(store, replace(school, public_key=request["body"]["public_key"]))
    return _info(sync_state.installation(store, row["installation"]),
                 lookups.names(store, "school"))


def revoke(store: Store, installation_ref: str, *, reason: str = "") -> InstallationInfo:
    """Refuse every later bundle signed by this installation (a stolen laptop, say)."""
    require_lead(store)
    ref = (installation_ref or "").strip().lower()
    lead = opened_identity(store).identity
    if ref and lead.installation_id.startswith(ref):
        raise SyncError(msg.OWN_INSTALLATION)
    found = sync_state.installations_by_prefix(store, ref) if len(ref) >= 8 else []
    exact = [r for r in found if r["installation"] == ref]
    found = exact or found
    if not found:
        raise SyncError(msg.NO_SUCH_INSTALLATION, ref=installation_ref)
    if len(found) > 1:
        raise SyncError(msg.AMBIGUOUS_INSTALLATION, ref=installation_ref)
    row = found[0]
    revocation = docs.make_revocation(installation=row["installation"], reason=reason.strip(),
                                      lead=lead)
    with store.transaction():
        sync_state.put_installation(store, installation=row["installation"],
                                    state=INSTALLATION_REVOKED, reason=reason.strip(),
                                    revocation=json.dumps(revocation, ensure_ascii=False),
                                    revoked_at=store.clock.utc_iso())
    return _info(sync_state.installation(store, row["installation"]),
                 lookups.names(store, "school"))


# -- where things stand --------------------------------------------------------------------

def school_states(store: Store, *, today: date | None = None) -> list[SchoolSyncState]:
    """Every school of the alliance as the lead sees it (a member gets [])."""
    if _role(store) != Role.LEAD.value:
        return []
    today = today or store.clock.today()
    month = today.strftime("%Y-%m")
    names = lookups.names(store, "school")
    by_school: dict[str, list[InstallationInfo]] = {}
    for row in sync_state.installations(store):
        by_school.setdefault(row["school"], []).append(_info(row, names))
    invited = sync_state.invited_schools(store)
    received = sync_state.last_received(store)
    result = []
    for school in sorted(repository(store, School).where(),
                         key=lambda s: (s.role is not Role.LEAD, s.code, s.name)):
        laptops = tuple(by_school.get(school.uuid, ()))
        states = {i.state for i in laptops}
        if school.uuid == store.school_uuid:
            state = LEAD
        elif INSTALLATION_APPROVED in states:
            state = JOINED
        elif INSTALLATION_WAITING in states:
            state = WAITING
        elif INSTALLATION_REVOKED in states:
            state = REVOKED
        elif school.uuid in invited:
            state = INVITED
        else:
            state = NOT_INVITED
        at, records = received.get(school.uuid, (None, 0))
        result.append(SchoolSyncState(
            school=school.uuid, name=school.name, code=school.code, state=state,
            installations=laptops, last_received_at=at, last_received_records=records,
            reported_this_month=bool(at and _local_month(at) == month)))
    return result


def _local_month(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m")
    except ValueError:
        return stamp[:7]


def set_export_folder(store: Store, folder: Path | str) -> None:
    with store.transaction():
        store.set_meta(EXPORT_FOLDER, str(folder))


def overview(store: Store, *, today: date | None = None) -> SyncOverview:
    """Where this installation stands: the 同步 page header and ``jituan status --json``."""
    from .exporting import pending_count
    from .history import history

    me = setup_ops.identity(store)
    opened = opened_identity(store) if store.is_initialised else None
    sent = history(store, limit=1, direction="sent", kinds=("member", "lead"))
    received = history(store, limit=1, direction="received", kinds=("member", "lead"))
    rotated = store.meta(ROTATED)
    return SyncOverview(
        role=me.role.value if me.role else None, state=join_state(store),
        installation=store.installation_id,
        fingerprint=opened.identity.fingerprint if opened else "",
        alliance=me.alliance.name if me.alliance else None,
        school=me.school.name if me.school else None,
        pending_records=pending_count(store) if store.is_initialised else 0,
        conflicts=len(open_conflicts(store)),
        last_export=sent[0] if sent else None, last_import=received[0] if received else None,
        rotated=rotated, schools=tuple(school_states(store, today=today)),
        export_folder=store.meta(EXPORT_FOLDER))


__all__ = ["add_school", "invite", "join", "receive_join_request", "approve", "revoke",
           "installations", "school_states", "overview", "set_export_folder", "find_school",
           "join_state", "lead_key", "opened_identity", "check_installation"]
