"""Importing bundles and join requests (docs/sync.md §3–§5): verify everything, then merge
in one transaction, repeatable and in any order.

``import_paths`` never raises for a bad file: each file gets an :class:`ImportResult`
(accepted, already known, or refused with the reason naming it), and every one is kept in
the history. A refused bundle leaves the database as it was. An accepted one carries the
``Changes`` of the records it created, updated and deleted here (empty when it brought
nothing new), so that the pages refresh only those kinds. Join requests go to the lead's
side of joining (``membership.py``); a lead restored from a backup is followed through
``lead_succession.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..domain.messages import Refusal, Text, problem_data
from ..services import backup_ops
from ..services.changes import Changes
from ..storage import attachments as blobs, errors as storage_errors, lookups, sync_state
from ..storage.errors import IntegrityError, StoreError
from ..storage.merge import KINDS, MergeStats, apply_versions, summary
from ..storage.schema import KNOWN_MIGRATIONS, RECORD_TABLES
from ..storage.store import Store
from . import documents as docs
from .bundle_file import OpenBundle, bundle_files, read_bundle
from .identity import b64decode
from .installation import (acked_ahead, flag_acked_ahead, keep_lost_versions, opened_identity,
                           reissue_lost_versions, sent_from_here, trusted_lead)
from .lead_succession import (follow_restored_lead, follow_succession, former_selves,
                              keep_lead_bundle, settle_hand_back, trusted_lead_keys)
from .membership import record_join_request
from .received_checks import ReceivedChecks
from . import messages as msg
from .messages import SyncError
from .results import (ACCEPTED, INSTALLATION_APPROVED, INSTALLATION_REVOKED,
                      INSTALLATION_WAITING, JOINED, KNOWN, RECORD_KINDS, REFUSED, REVOKED,
                      SKIPPED, ImportResult)
from .standing import (ACKS, ACKS_FROM, JOIN_STATE, SEND_FULL, is_lead, own_origins,
                       require_initialised)

Progress = Callable[[int, int], None]
# Records only the lead school writes: a member's bundle carrying any is refused whole.
LEAD_TABLES = ("alliance", "school", "semester", "quota_rule")
PROGRESS_STEP = 2000
# Refusals that only mean "this file is for the other side" (shared sticks and shares hold
# every school's files): skipped, neither an error nor an entry in the history.
NOT_FOR_HERE = frozenset({msg.MEMBER_BUNDLE_AT_MEMBER, msg.LEAD_BUNDLE_AT_LEAD,
                          msg.JOIN_REQUEST_AT_MEMBER, msg.OWN_BUNDLE, msg.OWN_JOIN_REQUEST})
# Of those, this school's own files (its export, its join request), told apart on the page.
OWN_FILES = frozenset({msg.OWN_BUNDLE, msg.OWN_JOIN_REQUEST})


# -- files and folders ---------------------------------------------------------------------

def _expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; a folder gives its join requests, then its bundles."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            requests = sorted(p for p in path.glob("*.json")
                              if "_join_" in p.name and not p.name.startswith("."))
            found.extend(requests + bundle_files(path))
        else:
            found.append(path)
    return found


def import_paths(store: Store, paths: Iterable[Path | str], *,
                 progress: Progress | None = None) -> list[ImportResult]:
    """Import files and folders, each file on its own (one refused file stops nothing)."""
    try:
        files = _expand(paths)
    except Refusal as exc:  # an unreadable folder
        return [ImportResult(Path(str(next(iter(paths), ""))), REFUSED, reason=exc.problem)]
    if files:
        backup_ops.before_import(store)  # a copy to go back to (docs/backups.md)
    results = []
    for n, path in enumerate(files):
        if progress is not None:
            progress(n, len(files))
        results.append(import_file(store, path))
    if progress is not None:
        progress(len(files), len(files))
    return results


def import_file(store: Store, path: Path | str, *,
                progress: Progress | None = None) -> ImportResult:
    """One join request or bundle; refusals come back as a result, and go in the history."""
    path = Path(path)
    try:
        require_initialised(store)
        if not path.is_file():
            raise SyncError(msg.NO_SUCH_PATH, file=str(path))
        if path.suffix.lower() == ".json":
            return record_join_request(store, path, today=store.clock.today())
        return _import_bundle(store, path, progress)
    except OSError as exc:  # the data folder's disk full or gone while unpacking or copying
        return _refused(store, path, SyncError(msg.IMPORT_FAILED, file=path.name,
                                               reason=exc.strerror or str(exc)))
    except Refusal as exc:
        if exc.problem.text in NOT_FOR_HERE:
            return ImportResult(path, SKIPPED, reason=exc.problem)  # not history: not ours
        return _refused(store, path, exc)


def _refused(store: Store, path: Path, exc: Refusal) -> ImportResult:
    if exc.problem.text == storage_errors.DATABASE_BUSY:
        raise exc  # another program still holds the database: no history can be written
    with store.transaction():
        sync_state.add_history(store, direction="received", file=path.name, status=REFUSED,
                               reason=problem_data(exc.problem))
    return ImportResult(path, REFUSED, reason=exc.problem)


# -- bundles -------------------------------------------------------------------------------

def _checks(store: Store, path: Path):
    """The manifest check and the key lookup ``read_bundle`` calls before trusting anything."""
    lead = is_lead(store)
    alliance = store.meta("alliance")
    lead_installation, lead_key = trusted_lead(store)
    names = lookups.names(store, "school")

    successor: dict[str, bytes] = {}
    former_leads = {} if lead else trusted_lead_keys(store)
    # The lead's own earlier bundles (signed before its database was restored from a backup)
    # give back what it wrote since the backup.
    own_former = former_selves(store) if lead else {}

    def check_manifest(manifest: dict) -> None:
        if alliance is None or lead_key is None:
            raise SyncError(msg.BUNDLE_BEFORE_JOINING, file=path.name)
        if not lead and manifest["sender_installation"] != lead_installation:
            successor.update(follow_succession(manifest, lead_installation, lead_key))
        if manifest["alliance"] != alliance:
            raise SyncError(msg.OTHER_ALLIANCE, file=path.name)
        if lead and manifest["kind"] == "lead" and \
                manifest["sender_installation"] not in own_former:
            own = manifest["sender_installation"] == store.installation_id
            raise SyncError(msg.OWN_BUNDLE if own else msg.LEAD_BUNDLE_AT_LEAD, file=path.name)
        if not lead and manifest["kind"] == "member":
            own = manifest.get("sender_school") == store.school_uuid
            raise SyncError(msg.OWN_BUNDLE if own else msg.MEMBER_BUNDLE_AT_MEMBER,
                            file=path.name)
        newer = [n for n in manifest["schema"] if n not in KNOWN_MIGRATIONS]
        if newer:
            raise SyncError(msg.NEWER_SCHEMA, file=path.name, names=", ".join(newer)[:200])

    def trusted_key(installation: str) -> bytes | None:
        if not lead:
            if installation in successor:
                return successor[installation]
            if installation in former_leads:  # an older bundle of the lead, imported late
                return former_leads[installation]
            if installation != lead_installation:
                raise SyncError(msg.NOT_FROM_LEAD, file=path.name)
            return lead_key
        if installation in own_former:
            return own_former[installation]
        row = sync_state.installation(store, installation)
        if row is None:
            raise SyncError(msg.UNKNOWN_SIGNER, file=path.name, installation=installation)
        school = names.get(row["school"], row["school"])
        if row["state"] == INSTALLATION_REVOKED:
            raise SyncError(msg.REVOKED_SIGNER, file=path.name, installation=installation,
                            school=school)
        if row["state"] == INSTALLATION_WAITING:
            raise SyncError(msg.WAITING_SIGNER, file=path.name, school=school)
        return b64decode(row["public_key"])

    return check_manifest, trusted_key


def _owned(bundle: OpenBundle, table: str, school: str) -> Iterator[dict]:
    """A member's records, each checked to be its own school's as it is read."""
    if table in LEAD_TABLES:
        raise SyncError(msg.LEAD_RECORD, file=bundle.path.name, kind=Text("Labels", KINDS[table]))
    for record in bundle.records(table):
        if record.get("owner_school") != school:
            raise SyncError(msg.FOREIGN_RECORD, file=bundle.path.name,
                            kind=Text("Labels", KINDS[table]), ref=str(record.get("uuid"))[:40])
        yield record


def _counted(records: Iterator[dict], counter: list, total: int,
             progress: Progress | None) -> Iterator[dict]:
    for record in records:
        yield record
        counter[0] += 1
        if progress is not None and counter[0] % PROGRESS_STEP == 0:
            progress(counter[0], total)


def _import_bundle(store: Store, path: Path, progress: Progress | None) -> ImportResult:
    check_manifest, trusted_key = _checks(store, path)
    work = store.data_dir / ".import"
    with read_bundle(path, trusted_key, work_dir=work, check_manifest=check_manifest) as bundle:
        manifest = bundle.manifest
        lead = is_lead(store)
        sender = manifest["sender_school"]
        names = lookups.names(store, "school")
        result = ImportResult(path, ACCEPTED, kind=manifest["kind"], school=sender,
                              school_name=names.get(sender, ""),
                              installation=manifest["sender_installation"],
                              received=sum(manifest["counts"].values()))
        if sync_state.is_accepted_bundle(store, bundle.content_id):
            result.status = KNOWN
            with store.transaction():
                sync_state.add_history(store, direction="received", file=path.name,
                                       kind=result.kind, status=KNOWN, school=sender,
                                       installation=result.installation,
                                       content_id=bundle.content_id, records=result.received)
            return result
        own_earlier = lead and manifest["kind"] == "lead"  # signed by a former self: checked
        if lead and not own_earlier:
            signer = sync_state.installation(store, manifest["sender_installation"])
            if signer["school"] != sender:
                raise SyncError(msg.SENDER_MISMATCH, file=path.name)
        stats = _merge(store, bundle, lead and not own_earlier, progress, result.received,
                       own_earlier=own_earlier, changes=result.changes)
        result.added, result.written, result.conflicts = stats.added, stats.written, stats.conflicts
        result.school_name = lookups.names(store, "school").get(sender, "")
    return result


def _merge(store: Store, bundle: OpenBundle, lead: bool, progress: Progress | None,
           total: int, *, own_earlier: bool = False, changes: Changes) -> MergeStats:
    """``lead``: a member's bundle at the lead (ownership checked, coverage kept); else the
    lead's bundle at a member, or (``own_earlier``) the lead's own earlier bundle at the lead.
    Every record row written is named in ``changes``."""
    manifest, path = bundle.manifest, bundle.path
    sender = manifest["sender_school"]
    stats, counter, placed, newest = MergeStats(), [0], [], False
    # Every version checked as if typed in here (received_checks.py), before its step is
    # merged; the first bad one refuses the whole bundle, this transaction undoing the rest.
    checks = ReceivedChecks(store, bundle, member_at_lead=lead, own_earlier=own_earlier)
    try:
        with store.transaction():
            # A member takes the lead's word for its own installations' versions: if a copy of
            # this folder signed one with other content, the lead's is the alliance's. Equal
            # summaries (they cover content) say none differs: nothing to compare. (In the
            # transaction: the digests a summary keeps go too if the bundle is refused.)
            school = store.school_uuid
            adopt = frozenset() if lead or own_earlier or manifest["summaries"].get(
                school) == summary(store, school) else frozenset(own_origins(store))
            for table in RECORD_TABLES:
                if table not in bundle.tables:
                    continue
                records = _owned(bundle, table, sender) if lead else bundle.records(table)
                kind = RECORD_KINDS[table]
                try:
                    stats += apply_versions(
                        store, table, _counted(records, counter, total, progress),
                        written=lambda bucket, uuids, kind=kind: changes.add_all(bucket, kind,
                                                                                 uuids),
                        verify_known=lead, adopt_known=adopt,  # one content per version
                        check=lambda version, table=table: checks.version(version, table))
                except StoreError as exc:
                    raise SyncError(msg.BAD_RECORD, file=path.name, reason=exc.problem) from exc
            if stats.replaced:  # kept, to be written again under a new installation below
                keep_lost_versions(store, stats.replaced)
                flag_acked_ahead(store, store.counter)
            placed = _keep_attachments(store, bundle)
            if lead:
                _record_coverage(store, manifest)
            elif not own_earlier:
                newest = _take_lead_news(store, bundle)
            sync_state.add_history(store, direction="received", file=path.name,
                                   kind=manifest["kind"], status=ACCEPTED, school=sender,
                                   installation=manifest["sender_installation"],
                                   content_id=bundle.content_id, records=total,
                                   added=stats.added)
    except IntegrityError as exc:
        blobs.discard_blobs(store, placed)
        if "FOREIGN KEY" in str(exc):
            # Deferred references are checked at commit: a record whose parent never arrived.
            raise SyncError(msg.MISSING_PARENT, file=path.name) from exc
        # A value the schema does not allow (a missing required field, a duplicate): waiting
        # for other bundles cannot help, the sender's data is wrong.
        raise SyncError(msg.INVALID_VALUES, file=path.name) from exc
    except BaseException:
        blobs.discard_blobs(store, placed)  # their rows were rolled back with the rest
        raise
    if newest:
        keep_lead_bundle(store, path)
    if not lead and not own_earlier:
        settle_hand_back(store, manifest, path, newest=newest)
    if not lead and acked_ahead(store):
        opened_identity(store)  # a copy went back in time: a new installation before any write
        reissue_lost_versions(store)
    if progress is not None:
        progress(total, total)
    return stats


def _keep_attachments(store: Store, bundle: OpenBundle) -> list[str]:
    """Put the bundle's files in place; returns those new here (to take back on a refusal)."""
    placed = []
    for sha in bundle.attachments:
        if blobs.adopt_blob(store, bundle.attachment_path(sha), sha):
            placed.append(sha)
    return placed


def _record_coverage(store: Store, manifest: dict) -> None:
    """What the lead now holds of the sender school's installations (its acknowledgements)."""
    school = manifest["sender_school"]
    for installation, (after, through) in manifest["covers"].items():
        row = sync_state.installation(store, installation)
        if row is not None and row["school"] == school:
            sync_state.add_coverage(store, installation, after, through)


def _take_lead_news(store: Store, bundle: OpenBundle) -> bool:
    """A member keeps the lead's certificates and revocations, its acknowledgements of this
    school, and notices when the lead holds less of this school than it should."""
    manifest = bundle.manifest
    lead_installation, _key = trusted_lead(store)
    me, school = store.installation_id, store.school_uuid
    signer = manifest["sender_installation"]
    trusted = trusted_lead_keys(store)
    newest = signer == lead_installation
    if signer not in trusted:  # verified through the lead's succession certificates
        lead_installation, newest = follow_restored_lead(store, manifest), True
        trusted = trusted_lead_keys(store)

    def lead_keys(installation: str) -> bytes | None:
        return trusted.get(installation)

    for n, doc in enumerate(bundle.documents):
        source = f"{bundle.path.name}:documents/{n}.json"
        kind = doc.get("document") if isinstance(doc, dict) else None
        if kind == docs.CERTIFICATE:
            body = docs.read_certificate(doc, lead_keys, source=source)
            if (sync_state.installation(store, body["installation"]) or {}).get(
                    "state") == INSTALLATION_REVOKED:
                continue  # a revocation is final, whichever document arrives later
            sync_state.put_installation(store, installation=body["installation"],
                                        school=body["school"], public_key=body["public_key"],
                                        state=INSTALLATION_APPROVED,
                                        certificate=json.dumps(doc, ensure_ascii=False))
            if body["installation"] == me and store.meta(JOIN_STATE) != REVOKED:
                store.set_meta(JOIN_STATE, JOINED)
        elif kind == docs.REVOCATION:
            body = docs.read_revocation(doc, lead_keys, source=source)
            row = sync_state.installation(store, body["installation"])
            sync_state.put_installation(
                store, installation=body["installation"],
                school=row["school"] if row else "", public_key=row["public_key"] if row else "",
                state=INSTALLATION_REVOKED, reason=body["reason"],
                revocation=json.dumps(doc, ensure_ascii=False))
            if body["installation"] == me:
                store.set_meta(JOIN_STATE, REVOKED)
    if newest:  # an older bundle of a former lead installation brings no acknowledgements
        return _take_acks(store, manifest, lead_installation, school, me)
    return False


def _take_acks(store: Store, manifest: dict, lead_installation: str, school: str,
               me: str) -> bool:
    """Take the acknowledgements of the newest lead bundle; True when this one is it."""
    counter = int(manifest.get("sender_counter", 0)) if isinstance(
        manifest.get("sender_counter"), int) else 0
    before = json.loads(store.meta(ACKS_FROM, "[null, -1]"))
    if before[0] == lead_installation and counter < before[1]:
        return False  # an older lead bundle imported late: its acknowledgements are stale
    mine = manifest["acks"].get(school, {})
    origins = own_origins(store)
    acks = {o: int(mine.get(o, 0)) for o in origins}
    if acks.get(me, 0) > sent_from_here(store):
        # The lead holds more of this installation than ever left this folder or laptop: a
        # copy of this data folder signs as this laptop, or this folder is an older copy.
        flag_acked_ahead(store, acks[me])
    store.set_meta(ACKS, json.dumps(acks))
    store.set_meta(ACKS_FROM, json.dumps([lead_installation, counter]))
    theirs = manifest["summaries"].get(school)
    if (theirs is not None and sync_state.unacknowledged(store, school, acks) == 0
            and theirs != summary(store, school)):
        # The lead's bundle holds all it has, and it has acknowledged all we sent, yet it
        # holds other versions of this school than we do (a lead restored from a backup,
        # say): the next export sends everything again.
        store.set_meta(SEND_FULL, "1")
    return True


__all__ = ["import_paths", "import_file", "LEAD_TABLES", "NOT_FOR_HERE", "OWN_FILES"]
