"""Every received version checked as if it were typed in here (docs/sync.md §5a).

``ReceivedChecks.version`` is handed to ``merge.apply_versions`` for each version of a bundle
not known here yet (a known one was checked when it first came), inside the import's one
transaction: the first bad version raises a ``SyncError``
naming the record (kind, a readable name and its uuid), the field and the reason, and the
transaction takes back everything. What it checks:

- the sync rules: the version's origin (the signer or its former installations in a member's
  bundle at the lead; an installation the lead vouches for in a lead bundle at a member;
  ``seed`` only from the lead), and, at the lead, a version number within
  ``counter + VERSION_STEP + versions in the bundle`` (so no counter a member sends can push
  anyone's counter to the end of its range: see ``version_bound``);
- ids that are UUIDs (the record's and the references');
- the content, decoded by the storage codec into its domain record and validated by
  ``domain.validation.problems_of`` with the context a local save builds
  (``record_ops.validation_context``), ``today`` being this laptop's day plus
  ``CLOCK_TOLERANCE``; the columns derived from the record that readers show (an
  observation's total and band) agree with it;
- the cross-school rule of the app's own save (``services/school_scope.py``).

Tombstones need only valid metadata: a deleted record's content is never shown or counted.
"""

from __future__ import annotations

import math
import re
import typing
from datetime import timedelta
from functools import lru_cache

from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Text
from ..domain.records import Activity, LessonObservation
from ..domain.meetings import Meeting
from ..domain.plans import Plan
from ..domain.validation import label, problems_of
from ..services.record_ops import REFERENCES, school_scope, validation_context
from ..storage import sync_state
from ..storage.codec import field_hints, from_row, undecodable_field
from ..storage.merge import KINDS, SEED_ORIGIN, Version
from ..storage.repositories import TABLES, computed_columns, repository
from ..storage.store import Store
from . import documents as docs
from .lead_succession import former_selves, trusted_lead_keys
from .messages import SyncError
from .standing import own_origins

# A sender whose clock runs a few days ahead (a laptop never set right) still has its
# lesson of "today" accepted; a date further ahead is a typing error or a forgery.
CLOCK_TOLERANCE = timedelta(days=7)
# How far above the lead's own counter a member's bundle may carry a version, besides one
# step per version it carries. A member's counter exceeds the lead's by at most the saves it
# made since it last took a lead bundle, all of which its bundle carries (or the alliance's
# saves since a restored lead's backup): ten million is years of an alliance's work, and
# 2**53 is still 900 million such bundles away.
VERSION_STEP = 10_000_000

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{12}$")

RECORD_REFUSED = QT_TRANSLATE_NOOP(
    "Sync", "The bundle {file} is refused: the {kind} record \"{name}\" ({ref}) is wrong in "
    "\"{field}\": {reason} Nothing was imported. Ask the school that sent it to correct this "
    "record and send a new bundle.")
# The fields of a version's sync metadata, as the message names them.
ID_FIELD = QT_TRANSLATE_NOOP("Sync", "ID")
ORIGIN_FIELD = QT_TRANSLATE_NOOP("Sync", "written by installation")
VERSION_FIELD = QT_TRANSLATE_NOOP("Sync", "version number")
SOME_FIELD = QT_TRANSLATE_NOOP("Sync", "one of its fields")
# The reasons.
NOT_A_UUID = QT_TRANSLATE_NOOP("Sync", "\"{value}\" is not a valid ID (a UUID).")
SEED_FROM_MEMBER = QT_TRANSLATE_NOOP(
    "Sync", "it claims to be one of the built-in defaults (origin \"seed\"), which only the "
    "lead school's bundles carry.")
NOT_THE_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "it was written by installation {origin}, neither the laptop that signed the "
    "bundle nor an earlier installation of that laptop's school.")
NOT_VOUCHED = QT_TRANSLATE_NOOP(
    "Sync", "it was written by installation {origin}, which the lead school has not approved.")
VERSION_TOO_HIGH = QT_TRANSLATE_NOOP(
    "Sync", "the number {version} is far above every version this alliance has written "
    "(at most {bound} is accepted here). A counter pushed that far would stop the alliance's "
    "sync.")
NOT_READABLE = QT_TRANSLATE_NOOP("Sync", "the value cannot be read.")
WRONG_TYPES = QT_TRANSLATE_NOOP("Sync", "a value has the wrong type.")
DISAGREES = QT_TRANSLATE_NOOP(
    "Sync", "the stored value {value} does not agree with the record (it should be "
    "{expected}).")

SHOWN = ("total", "band")
CLASSES = {table: cls for cls, (table, _label) in TABLES.items()}
# Fields a readable name of a record is taken from, the first one present.
NAME_FIELDS = ("name", "title", "topic")


def version_bound(counter: int, versions: int) -> int:
    """The highest version a member's bundle of ``versions`` versions may carry at a lead
    whose counter is ``counter`` (docs/sync.md §5a)."""
    return counter + VERSION_STEP + versions


class ReceivedChecks:
    """The checks of one bundle's versions. ``member_at_lead``: a member's bundle at the lead;
    ``own_earlier``: the lead's own earlier bundle at the lead (its content is checked, its
    origins are the lead's own); otherwise a lead bundle at a member."""

    def __init__(self, store: Store, bundle, *, member_at_lead: bool, own_earlier: bool):
        self.store, self.file = store, bundle.path.name
        manifest = bundle.manifest
        self.signer = manifest["sender_installation"]
        self.school = manifest["sender_school"]
        self.member_at_lead, self.own_earlier = member_at_lead, own_earlier
        self.today = store.clock.today() + CLOCK_TOLERANCE
        total = sum(n for n in manifest.get("counts", {}).values() if isinstance(n, int))
        self.bound = version_bound(store.counter, total) if member_at_lead else None
        self.covers = manifest.get("covers") if isinstance(manifest.get("covers"), dict) else {}
        self.scope = school_scope(store)
        self._origins: dict[str, tuple | None] = {}
        self._records: dict[tuple, object] = {}
        self._vouched = None if member_at_lead or own_earlier else self._lead_vouches(bundle)

    # -- who may have written it -----------------------------------------------------------

    def _lead_vouches(self, bundle) -> set[str]:
        """At a member: the installations the lead vouches for: those it certified (kept
        here, or in this very bundle), its own installations, this laptop's own, the seed."""
        store = self.store
        vouched = {row["installation"] for row in sync_state.installations(store)}
        vouched |= set(trusted_lead_keys(store)) | set(own_origins(store))
        vouched |= {self.signer, SEED_ORIGIN}
        for doc in list(bundle.documents) + list(bundle.manifest.get("succession") or []):
            body = doc.get("body") if isinstance(doc, dict) else None
            if isinstance(body, dict) and doc.get("document") in (docs.CERTIFICATE,
                                                                  docs.REVOCATION):
                # Verified (or the whole bundle refused) when the documents are taken, in
                # this same transaction.
                vouched.add(str(body.get("installation")))
            if isinstance(doc, dict) and isinstance(doc.get("signer"), str):
                vouched.add(doc["signer"])
        return vouched

    def _origin_problem(self, origin: str) -> tuple | None:
        """(text, params) of why ``origin`` cannot have written a version of this bundle."""
        if self.own_earlier:
            return None
        if not self.member_at_lead:
            return None if origin in self._vouched else (NOT_VOUCHED, {"origin": origin})
        if origin == SEED_ORIGIN:
            return SEED_FROM_MEMBER, {}
        if origin == self.signer:
            return None
        # An earlier installation of the signer (a copied or restored data folder): one the
        # signer lists as its own, known here as its school's, and never the lead's.
        row = sync_state.installation(self.store, origin)
        if (origin in self.covers and row is not None and row["school"] == self.school
                and origin != self.store.installation_id
                and origin not in former_selves(self.store)):
            return None
        return NOT_THE_SIGNER, {"origin": origin}

    # -- the check ---------------------------------------------------------------------------

    def version(self, v: Version, table: str) -> None:
        if not UUID_RE.match(v.uuid):
            self._refuse(table, v, Text("Sync", ID_FIELD), NOT_A_UUID, value=v.uuid[:40])
        if v.origin not in self._origins:
            self._origins[v.origin] = self._origin_problem(v.origin)
        if self._origins[v.origin] is not None:
            text, params = self._origins[v.origin]
            self._refuse(table, v, Text("Sync", ORIGIN_FIELD), text, **params)
        if self.bound is not None and v.version > self.bound:
            self._refuse(table, v, Text("Sync", VERSION_FIELD), VERSION_TOO_HIGH,
                         version=v.version, bound=self.bound)
        if v.deleted:
            return
        cls = CLASSES[table]
        try:
            record = from_row(cls, v.row)
        except (TypeError, AttributeError, ValueError, KeyError):
            record = None
        # The codec decodes each value once; only a refusal looks for the field to name.
        bad = (undecodable_field(cls, v.row) if record is None else
               next((f for f, shape in _containers(cls)
                     if not isinstance(getattr(record, f), shape)), None))
        if bad is not None:
            self._refuse(table, v, label(bad), NOT_READABLE)
        try:
            found = self._problems(record, v)
        except (TypeError, AttributeError, ValueError, KeyError):
            # A value of a type no editor writes (a number where text belongs, say) that
            # the validators themselves stumble on.
            self._refuse(table, v, Text("Sync", SOME_FIELD), WRONG_TYPES)
        if found:
            first = found[0]
            self._refuse(table, v, label(first.field, record), first)

    def _problems(self, record, v: Version) -> list[Problem]:
        found = [Problem(field, NOT_A_UUID, {"value": str(ref)[:40]}, "Sync")
                 for field, ref in _references(record) if not UUID_RE.match(ref)]
        if found:
            return found
        found = problems_of(record, self.today, **validation_context(
            self.store, record, self._get))
        if found:
            return found
        # The total and band reports and lists show (a teacher's initials only sort, and
        # cost a pinyin look-up each).
        derived = computed_columns(record) if isinstance(record, LessonObservation) else {}
        for column, expected in derived.items():
            if column in SHOWN and column in v.row and not _same(v.row[column], expected):
                return [Problem(column, DISAGREES, {"value": str(v.row[column])[:40],
                                                    "expected": str(expected)}, "Sync")]
        return self.scope.problems(record, v.owner)

    def _get(self, cls: type, uuid: str):
        """A record the validation needs (a rubric, a pairing), looked up once a bundle."""
        key = (cls, uuid)
        if key not in self._records:
            self._records[key] = repository(self.store, cls).get(uuid, include_deleted=True)
        return self._records[key]

    def _refuse(self, table: str, v: Version, field, reason, **params) -> None:
        if not isinstance(reason, Problem):
            reason = Problem("", reason, params, "Sync")
        name = next((v.row[f] for f in NAME_FIELDS
                     if isinstance(v.row.get(f), str) and v.row[f].strip()), v.uuid)
        raise SyncError(RECORD_REFUSED, file=self.file, kind=Text("Labels", KINDS[table]),
                        name=str(name)[:40], ref=str(v.uuid)[:40], field=field, reason=reason)


@lru_cache(maxsize=None)
def _containers(cls) -> tuple[tuple[str, type], ...]:
    """(field, list or dict) of the fields holding a list or an object."""
    return tuple((name, typing.get_origin(hint)) for name, hint in field_hints(cls).items()
                 if typing.get_origin(hint) in (list, dict))


def _references(record) -> list[tuple[str, str]]:
    """(field, id) of every reference the record holds, the empty ones left out."""
    found = []
    for field in REFERENCES.get(type(record), {}):
        value = getattr(record, field)
        for ref in value if isinstance(value, list) else [value]:
            if ref is not None and ref != "":
                found.append((field, ref if isinstance(ref, str) else repr(ref)))
    if isinstance(record, Activity):
        found += [("participants", p.teacher if isinstance(p.teacher, str) else repr(p.teacher))
                  for p in record.participants]
    if isinstance(record, Meeting):
        found += [("decisions", d.follow_up) for d in record.decisions
                  if isinstance(d.follow_up, str) and d.follow_up]
    if isinstance(record, Plan):
        found += [("items", s if isinstance(s, str) else repr(s))
                  for item in record.items for s in getattr(item, "schools", [])]
    return found


def _same(stored, expected) -> bool:
    if isinstance(expected, float) and isinstance(stored, (int, float)) \
            and not isinstance(stored, bool):
        return math.isclose(stored, expected, rel_tol=1e-9, abs_tol=1e-9)
    return stored == expected


__all__ = ["ReceivedChecks", "version_bound", "CLOCK_TOLERANCE", "VERSION_STEP"]
