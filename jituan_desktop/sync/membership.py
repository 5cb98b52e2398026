"""The lead school's side of joining (docs/sync.md §2): its member schools, their
invitations, the join requests they answer with, approval and revocation.

The lead adds a member school and writes an invitation for it; the member joins with it
(``joining.py``) and carries back a join request, which the lead records (an import routes
``.json`` files here) and approves once both sides have compared the fingerprint read over
the phone; the certificate then travels in every lead bundle. A revoked laptop stays
revoked everywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from ..domain.enums import Role
from ..domain.records import School
from ..services import record_ops
from ..storage import lookups, sync_state
from ..storage.repositories import repository
from ..storage.store import Store
from . import documents as docs
from . import messages as msg
from .file_names import document_file_name
from .folders import write_document_into
from .identity import b64decode, fingerprint
from .installation import opened_identity
from .messages import SyncError
from .results import (ACCEPTED, INSTALLATION_APPROVED, INSTALLATION_REVOKED,
                      INSTALLATION_WAITING, KNOWN, ImportResult, InstallationInfo)
from .standing import alliance, is_lead, require_lead

INVITATION_DAYS = 60
_CODE = re.compile(r"^S(\d+)$")


# -- schools -------------------------------------------------------------------------------

def find_school(store: Store, ref: str) -> School:
    """A school of the alliance by uuid, code or name."""
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

def invite(store: Store, school_ref: str, folder: Path | str, *, today: date | None = None,
           valid_days: int = INVITATION_DAYS) -> Path:
    """Write the signed invitation for a member school into ``folder`` (lead only)."""
    require_lead(store)
    today = today or store.clock.today()
    school = find_school(store, school_ref)
    if school.uuid == store.school_uuid:
        raise SyncError(msg.LEAD_NOT_INVITED, school=school.name)
    lead = opened_identity(store).identity
    ours = alliance(store)
    me = repository(store, School).require(store.school_uuid)
    doc = docs.make_invitation(alliance=ours, school=school, lead_school=me, lead=lead,
                               expires=today + timedelta(days=valid_days))
    name = document_file_name(ours.code, school.code, "invitation", lead.installation_id)
    path = write_document_into(folder, name, doc)
    body = doc["body"]
    with store.transaction():
        sync_state.add_invitation(store, body["nonce"], school.uuid, body, body["expires"])
        sync_state.add_history(store, direction="sent", file=path.name, kind="invitation",
                               status="accepted", school=school.uuid)
    return path


# -- join requests -------------------------------------------------------------------------

def record_join_request(store: Store, path: Path, *, today: date) -> ImportResult:
    """Read a member's join request (lead only); its laptop then waits for approval. The
    same request again changes nothing."""
    data = docs.read_document_file(path)
    envelope = docs.open_envelope(data, path.name)
    if envelope["document"] == docs.INVITATION:
        raise SyncError(msg.INVITATION_NOT_IMPORTED, file=path.name)
    if not is_lead(store):
        own = envelope["signer"] == store.installation_id  # the request this laptop wrote
        raise SyncError(msg.OWN_JOIN_REQUEST if own else msg.JOIN_REQUEST_AT_MEMBER,
                        file=path.name)
    body, _invitation = docs.read_join_request(data, sync_state.invitation_bodies(store),
                                               today=today, source=path.name)
    names = lookups.names(store, "school")
    result = ImportResult(path, ACCEPTED, kind="join_request", school=body["school"],
                          school_name=names.get(body["school"], ""),
                          installation=body["installation"],
                          fingerprint=docs.request_fingerprint(body))
    with store.transaction():
        known = sync_state.installation(store, body["installation"])
        if known is not None:
            result.status = KNOWN
        else:
            sync_state.put_installation(
                store, installation=body["installation"], school=body["school"],
                public_key=body["public_key"], state=INSTALLATION_WAITING,
                request=json.dumps(json.loads(data), ensure_ascii=False),
                requested_at=store.clock.utc_iso())
        sync_state.add_history(store, direction="received", file=path.name,
                               kind="join_request", status=result.status,
                               school=body["school"], installation=body["installation"])
    return result


# -- laptops: approving and revoking -------------------------------------------------------

def installation_info(row: dict, names: dict[str, str]) -> InstallationInfo:
    return InstallationInfo(
        installation=row["installation"], school=row["school"],
        school_name=names.get(row["school"], row["school"]),
        fingerprint=fingerprint(b64decode(row["public_key"])), state=row["state"],
        requested_at=row["requested_at"], approved_at=row["approved_at"],
        revoked_at=row["revoked_at"], reason=row["reason"] or "")


def installations(store: Store) -> list[InstallationInfo]:
    names = lookups.names(store, "school")
    return [installation_info(row, names) for row in sync_state.installations(store)]


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
    return installation_info(sync_state.installation(store, row["installation"]),
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
    return installation_info(sync_state.installation(store, row["installation"]),
                             lookups.names(store, "school"))


__all__ = ["find_school", "add_school", "invite", "record_join_request", "installation_info",
           "installations", "approve", "revoke", "INVITATION_DAYS"]
