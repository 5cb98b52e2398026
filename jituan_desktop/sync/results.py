"""What the sync use cases answer (the CLI and the 同步 page show these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.messages import Problem
from ..services.changes import Changes
from ..storage.repositories import TABLES

# Where this installation stands in its alliance.
NOT_JOINED, WAITING, JOINED, REVOKED, LEAD = "not_joined", "waiting", "joined", "revoked", "lead"
# A member school as the lead sees it.
NOT_INVITED, INVITED = "not_invited", "invited"  # then WAITING, JOINED, REVOKED
# An installation (one laptop) as the lead sees it.
INSTALLATION_WAITING, INSTALLATION_APPROVED, INSTALLATION_REVOKED = (
    "waiting", "approved", "revoked")
# What an import did with one file. SKIPPED: a file for the other side on a shared stick or
# share (another member's bundle, the lead's own, a join request at a member): left alone.
ACCEPTED, KNOWN, REFUSED, SKIPPED = "accepted", "known", "refused", "skipped"
SENT, RECEIVED = "sent", "received"
# table -> the kind of record that Changes name (the record class, as record operations do).
RECORD_KINDS = {table: cls.__name__ for cls, (table, _label) in TABLES.items()}


@dataclass(frozen=True)
class InstallationInfo:
    installation: str
    school: str            # school uuid
    school_name: str
    fingerprint: str
    state: str             # INSTALLATION_WAITING / _APPROVED / _REVOKED
    requested_at: str | None = None   # display only (UTC ISO)
    approved_at: str | None = None
    revoked_at: str | None = None
    reason: str = ""       # the revocation's reason


@dataclass(frozen=True)
class SchoolSyncState:
    """One school of the alliance at the lead (the lead's own school included, state LEAD)."""
    school: str
    name: str
    code: str
    state: str             # LEAD, NOT_INVITED, INVITED, WAITING, JOINED, REVOKED
    installations: tuple[InstallationInfo, ...] = ()
    last_received_at: str | None = None   # last accepted bundle from this school (display)
    last_received_records: int = 0
    reported_this_month: bool = False     # an accepted bundle this calendar month


@dataclass(frozen=True)
class JoinResult:
    """What the member did with an invitation: the join request written, to carry back."""
    path: Path
    fingerprint: str       # this installation's, to read to the lead over the phone
    school_name: str
    alliance_name: str
    changes: Changes = field(default_factory=Changes)   # records relabelled to the invited school


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str              # "member" or "lead"
    records: int           # record versions in the bundle
    attachments: int
    counts: dict = field(default_factory=dict)   # table -> versions
    full: bool = False
    returned: Path | None = None   # the lead's own earlier bundle, handed back after its restore


@dataclass
class ImportResult:
    """One file of an import: accepted, already known (nothing changed) or refused (why)."""
    path: Path
    status: str                    # ACCEPTED / KNOWN / REFUSED / SKIPPED
    kind: str = ""                 # "member", "lead", "join_request"
    school: str | None = None      # sender school uuid
    school_name: str = ""
    installation: str | None = None
    received: int = 0              # record versions in the file
    added: int = 0                 # versions new here
    written: int = 0               # records whose content changed here
    conflicts: int = 0             # open conflicts among the touched records
    fingerprint: str = ""          # join requests: the key's fingerprint to compare
    reason: Problem | None = None  # why it was refused or skipped (in the user's language)
    changes: Changes = field(default_factory=Changes)  # records created, updated, deleted here

    @property
    def ok(self) -> bool:
        return self.status != REFUSED


def all_changes(results: list[ImportResult]) -> Changes:
    """What an import of several files changed, together (for the pages to refresh)."""
    changes = Changes()
    for result in results:
        changes.merge(result.changes)
    return changes


@dataclass(frozen=True)
class HistoryEntry:
    at: str                # UTC ISO, display only
    direction: str         # SENT / RECEIVED
    file: str              # file name
    kind: str              # "member", "lead", "join_request", "invitation"
    school: str | None
    school_name: str
    installation: str | None
    records: int
    status: str            # ACCEPTED / KNOWN / REFUSED (SENT bundles: ACCEPTED)
    reason: Problem | None = None


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    table: str
    kind_label: str        # source text of the record kind (translate in context "Labels")
    uuid: str
    version: int
    origin: str
    title: str             # what the record is, for the list (topic, name, title ...)
    row: dict
    detected_at: str
    resolved: bool
    can_resolve: bool      # this school owns the record


@dataclass(frozen=True)
class SyncOverview:
    role: str | None               # "lead" / "member" / None (not set up)
    state: str                     # LEAD, NOT_JOINED, WAITING, JOINED, REVOKED
    installation: str
    fingerprint: str
    alliance: str | None           # alliance name
    school: str | None             # this school's name
    pending_records: int           # own versions not yet acknowledged by the lead (member)
    conflicts: int                 # open conflicts
    last_export: HistoryEntry | None = None
    last_import: HistoryEntry | None = None
    rotated: str | None = None     # why this laptop became a new installation, if it just did
    schools: tuple[SchoolSyncState, ...] = ()   # the lead: every school of the alliance
    export_folder: str | None = None            # the folder last exported to
    # A member: the lead's last bundle showed other versions of this school than this laptop
    # holds (docs/sync.md §5); the next export sends them all again.
    differs_from_lead: bool = False
