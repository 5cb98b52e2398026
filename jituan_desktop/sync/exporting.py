"""Writing a bundle (docs/sync.md §4–§5): what a member and the lead school send.

A member sends the versions of its own school's records that the lead has not acknowledged
(everything on request, or when the lead's summary shows it lost some); the lead sends the
whole alliance: every school's records as it merged them, the certificates and revocations,
an acknowledgement per installation and a summary per school.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from .. import __version__
from ..domain.records import Alliance, School
from ..storage import attachments as blobs, sync_state
from ..storage.merge import count_versions, origins_of, summary, version_lines
from ..storage.repositories import repository
from ..storage.schema import RECORD_TABLES
from ..storage.store import Store
from ..storage.work_folders import export_work_folder
from .bundle_file import FORMAT, write_bundle
from .file_names import bundle_file_name
from .folders import require_folder
from . import documents as docs
from .identity import Identity, record_sent
from .installation import opened_identity
from .lead_succession import hand_back, successions
from . import messages as msg
from .messages import SyncError
from .results import NOT_JOINED, ExportResult
from .standing import (SEND_FULL, is_lead, is_member, join_state, own_origins,
                       require_initialised, stored_acks)

Progress = Callable[[int, int], None]
# An attachment reference inside a version's row text (the attachments column is JSON text
# inside the row's JSON, so its quotes are escaped).
_SHA = re.compile(r'sha256\\?"\s*:\s*\\?"([0-9a-f]{64})')


def _member_plan(store: Store, full: bool) -> tuple[list[str], dict[str, int], dict]:
    origins = own_origins(store)
    after = {} if full else stored_acks(store)
    after = {o: after.get(o, 0) for o in origins}
    highest = sync_state.highest_versions(store, origins, store.school_uuid)
    covers = {o: [after[o], max(after[o], highest.get(o, 0))] for o in origins}
    covers[store.installation_id][1] = max(after[store.installation_id], store.counter)
    return origins, after, covers


def pending_count(store: Store) -> int:
    """Versions of this school's records that the lead has not acknowledged (a member)."""
    if not is_member(store) or not store.is_initialised or join_state(store) == NOT_JOINED:
        return 0  # nothing can be sent before joining (and the school record is re-made then)
    _origins, after, _covers = _member_plan(store, store.meta(SEND_FULL) == "1")
    return sync_state.unacknowledged(store, store.school_uuid, after)


def _lead_documents(store: Store, me: Identity) -> list[bytes]:
    """The certificates and revocations, each signed by the lead's present key: a lead
    restored from a backup is a new installation, and a school that joins afterwards trusts
    only the key of its invitation, never the former keys that signed the older documents."""
    found = []
    for row in sync_state.installations(store):
        for column in ("certificate", "revocation"):
            if not row[column]:
                continue
            doc = json.loads(row[column])
            if doc.get("signer") == me.installation_id:
                found.append(row[column].encode("utf-8"))
                continue
            doc = docs.sign_document(doc["document"], doc["body"], me.installation_id, me)
            found.append(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    return found


def _lead_acks(store: Store) -> dict[str, dict[str, int]]:
    acks: dict[str, dict[str, int]] = {}
    by_installation = sync_state.acknowledged(store)
    for row in sync_state.installations(store):
        acks.setdefault(row["school"], {})[row["installation"]] = by_installation.get(
            row["installation"], 0)
    return acks


def export_bundle(store: Store, folder: Path | str, *, full: bool = False,
                  progress: Progress | None = None) -> ExportResult:
    """Write this installation's next bundle into ``folder`` and return what it holds."""
    require_initialised(store)
    lead = is_lead(store)
    if not lead and join_state(store) == NOT_JOINED:
        raise SyncError(msg.NOT_JOINED)
    folder = require_folder(folder)
    me = opened_identity(store).identity
    school = repository(store, School).require(store.school_uuid)
    alliance = repository(store, Alliance).require(store.meta("alliance"))
    full = full or (not lead and store.meta(SEND_FULL) == "1")
    if lead:
        origins, after, owner = origins_of(store), {}, None
        covers = {o: [0, v] for o, v in sync_state.highest_versions_all(store).items()}
        covers[me.installation_id] = [0, store.counter]
    else:
        origins, after, covers = _member_plan(store, full)
        owner = store.school_uuid
    counts = {t: n for t, n in count_versions(store, origins, owner_school=owner,
                                              after=after).items() if n}
    total = sum(counts.values())
    manifest = {
        "format": FORMAT, "app_version": __version__, "schema": store.schema_version(),
        "kind": "lead" if lead else "member", "alliance": alliance.uuid,
        "sender_school": school.uuid, "sender_installation": me.installation_id,
        "sender_counter": store.counter, "covers": covers,
        "succession": successions(store) if lead else [],
        "acks": _lead_acks(store) if lead else {},
        "summaries": ({s.uuid: summary(store, s.uuid)
                       for s in repository(store, School).where(include_deleted=True)}
                      if lead else {school.uuid: summary(store, school.uuid)}),
    }
    own = covers[me.installation_id]
    name = bundle_file_name(alliance.code, school.code, manifest["kind"], me.installation_id,
                            own[0], own[1])
    # Locked while it exists, leftovers of killed exports removed first, and a data folder
    # found read-only or full meanwhile said so (storage/work_folders.py).
    with export_work_folder(store.data_dir) as work:
        entries, shas, done = {}, set(), 0
        for table in RECORD_TABLES:
            if not counts.get(table):
                continue
            path = Path(work) / f"{table}.jsonl"
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                for line in version_lines(store, table, origins, owner_school=owner,
                                          after=after):
                    out.write(line)
                    out.write("\n")
                    if "sha256" in line:
                        shas.update(_SHA.findall(line))
                    done += 1
                    if progress is not None and done % 2000 == 0:
                        progress(done, total)
            entries[f"records/{table}.jsonl"] = path
        for sha in sorted(shas):
            blob = blobs.blob_path(store, sha)
            if blob.is_file():  # one missing here cannot be sent; the record still travels
                entries[f"attachments/{sha}"] = blob
        if lead:
            for n, doc in enumerate(_lead_documents(store, me)):
                entries[f"documents/{n}.json"] = doc
        # Before the bundle can be seen: a restore of an older backup must then notice that
        # these versions have left (an unwritten bundle only over-states it, harmlessly).
        record_sent(store.data_dir, manifest["sender_counter"])
        written = write_bundle(folder, name, manifest, entries, me.sign)
    with store.transaction():
        if full and not lead:
            store.set_meta(SEND_FULL, "0")
        sync_state.add_history(store, direction="sent", file=written.name,
                               kind=manifest["kind"], school=school.uuid,
                               installation=me.installation_id, records=total, added=total,
                               status="accepted")
    if progress is not None:
        progress(total, total)
    attachments = sum(1 for e in entries if e.startswith("attachments/"))
    # A lead restored from a backup gets its own last bundle back, next to this one.
    returned = None if lead else hand_back(store, folder)
    return ExportResult(written, manifest["kind"], total, attachments, counts, full, returned)


__all__ = ["export_bundle", "pending_count"]
