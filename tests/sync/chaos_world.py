"""The chaos test's world (issue 13 item 6): five laptops in real data folders, a seeded
driver writing through the use cases, and a post office that loses, duplicates, reorders
and delays the bundles. ``tests/sync/test_chaos.py`` runs it and asserts the outcome.

Every choice comes from one ``random.Random(seed)`` (the records' uuids too), so a seed
makes the same choices on every run. The installations' ids are made when the alliance is
set up, so which of two concurrent versions wins (the greater origin on a tie of counters)
may differ between runs: the figures of a seed vary a little, the assertions do not.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from jituan_desktop.domain.enums import ActivityType, SessionKind
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, Teacher)
from jituan_desktop.services import record_ops
from jituan_desktop.storage import merge, sync_state
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.repositories import TABLES, repository
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import importing, installation, joining, membership
from jituan_desktop.sync import laptop as laptop_ids
from jituan_desktop.sync import messages as msg
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.identity import load_identity
from jituan_desktop.sync.results import ACCEPTED, KNOWN, REFUSED
from suite_clock import CLOCK
from sync_world import TODAY

DB_FILE = "jituan.sqlite3"
# Laptop -> school: a lead school, three member schools, and 东关小学 with two laptops
# (a and b): only two laptops of one school can write concurrent versions of one record.
LAPTOPS = {"m1": "城关小学", "m2": "南街小学", "a": "东关小学", "b": "东关小学"}
NAMES = ("lead", *LAPTOPS)
MEMBERS = tuple(LAPTOPS)
# Who writes how often: the two laptops of 东关小学 most, so their edits collide.
WRITERS = ("lead", "m1", "m2", "a", "b", "a", "b", "a", "b")
KINDS = {Teacher: "teacher", MentorPairing: "pairing", MentorSession: "mentor_session",
         LessonObservation: "observation", Activity: "activity"}


@dataclass
class Fate:
    """How many bundle copies the post lost, sent twice, held back for rounds, and
    delivered after a later bundle of the same sender to the same target."""

    lost: int = 0
    duplicated: int = 0
    delayed: int = 0
    reordered: int = 0


@dataclass
class Figures:
    """What a run did, for the assertions and for docs/sync.md §9."""

    operations: Counter = field(default_factory=Counter)
    refused_by_use_case: Counter = field(default_factory=Counter)
    bundles: int = 0            # bundle files exported
    full_bundles: int = 0       # of which 全部重新发送 (every own record)
    deliveries: int = 0         # imports of a bundle (a duplicate counts twice)
    fate: Fate = field(default_factory=Fate)
    refused_unapproved: int = 0  # the restored laptop's bundles before the lead approved it
    refused_missing_parent: int = 0  # at a restored lead, before its records came back
    refused_former_lead: int = 0  # the restored lead's older bundles at a laptop joined since
    conflicts_made: set = field(default_factory=set)  # distinct versions ever in conflict
    restored: int = 0
    restored_laptop: str = ""
    handed_back: int = 0        # lead bundles a member handed back to a restored lead
    restore_rotated: bool = False  # a new installation, approved again by the lead
    discarded_by_restore: int = 0  # written after the backup and never delivered anywhere
    rounds_to_converge: int = 0


@dataclass
class Letter:
    due: int          # the round it arrives in
    seq: int          # export order of its sender
    sender: str
    target: str
    path: Path


def bundle_versions(path: Path) -> set[tuple[str, str, int, str]]:
    """(table, uuid, version, origin) of every record version a bundle file carries."""
    found = set()
    with zipfile.ZipFile(path) as bundle:
        for name in bundle.namelist():
            if name.startswith("records/") and name.endswith(".jsonl"):
                table = name[len("records/"):-len(".jsonl")]
                for line in bundle.read(name).decode("utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        found.add((table, row["uuid"], row["version"],
                                   row["origin_installation"]))
    return found


class ChaosWorld:
    """Opened copies of a joined alliance (``template``: folders made by sync_world)."""

    def __init__(self, template: Path, root: Path, seed: int):
        self.root = root
        self.seed = seed
        self.rng = random.Random(seed)
        self.stores: dict[str, Store] = {}
        for name in NAMES:
            shutil.copytree(template / name, root / name)
            self.stores[name] = Store.open(root / name, clock=CLOCK)
        self.codes = {name: membership.find_school(self.lead, school).code
                      for name, school in LAPTOPS.items()}
        self.figures = Figures()
        # Every version any laptop wrote: (table, uuid, version, origin) -> laptop.
        self.written: dict[tuple[str, str, int, str], str] = {}
        self.discarded: set[tuple[str, str, int, str]] = set()
        self.mail: list[Letter] = []
        self.carried: dict[Path, set] = {}   # bundle -> the versions it carries
        self.seq = Counter()                 # bundles exported per sender
        self.delivered_seq: dict[tuple[str, str], int] = {}
        self.exports = 0
        self.waiting: set[str] = set()       # laptops the lead must approve again
        self.former_lead_ids: set[str] = set()  # the lead's ids before a restore
        self.joined_since_lead_restore: set[str] = set()
        self.members = list(MEMBERS)

    @property
    def lead(self) -> Store:
        return self.stores["lead"]

    def new_uuid(self) -> str:
        """A record's uuid drawn from the seed: the driver's picks (which follow uuid order)
        are then the same on every run of a seed."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def close(self) -> None:
        for store in self.stores.values():
            store.close()

    # -- writing through the use cases -----------------------------------------------------

    def own(self, store: Store, cls, *, deleted: bool = False) -> list:
        return repository(store, cls).where("owner_school = ? AND deleted = ?",
                                            [store.school_uuid, int(deleted)], order="uuid",
                                            include_deleted=True)

    def note(self, laptop: str, store: Store, cls, ref: str) -> None:
        row = repository(store, cls).get(ref, include_deleted=True)
        self.written[(KINDS[cls], ref, row.version, row.origin_installation)] = laptop

    def write(self, laptop: str) -> None:
        """One random use case on this laptop's own school's records."""
        store, rng = self.stores[laptop], self.rng
        op = rng.choice(OPERATIONS)
        try:
            done = op(self, laptop, store, rng)
        except (ValidationError, StoreError) as exc:
            # A use case saying no (a pairing's dates, say) is the app working: counted.
            self.figures.refused_by_use_case[f"{op.__name__}: {type(exc).__name__}"] += 1
            return
        self.figures.operations[done or op.__name__] += 1

    # -- the post --------------------------------------------------------------------------

    def export(self, laptop: str, round_no: int, *, full: bool = False) -> None:
        """Export a bundle and hand a copy to the post for each target, each with its fate."""
        store = self.stores[laptop]
        self.exports += 1
        folder = self.root / "post" / f"{self.exports:04d}_{laptop}"
        folder.mkdir(parents=True)
        exported = export_bundle(store, folder, full=full)
        path = exported.path
        self.figures.bundles += 1
        self.figures.full_bundles += full
        self.carried[path] = bundle_versions(path)
        self.seq[laptop] += 1
        for target in (self.members if laptop == "lead" else ("lead",)):
            self._post(Letter(round_no + 1, self.seq[laptop], laptop, target, path))
        if exported.returned is not None:
            # A restored lead's last bundle, handed back by a member next to its own.
            self.figures.handed_back += 1
            self.carried[exported.returned] = bundle_versions(exported.returned)
            self._post(Letter(round_no + 1, self.seq[laptop], laptop, "lead",
                              exported.returned))

    def _post(self, letter: Letter) -> None:
        roll = self.rng.random()
        if roll < 0.15:
            self.figures.fate.lost += 1
            return
        if roll < 0.30:
            self.figures.fate.duplicated += 1
            later = Letter(letter.due + self.rng.randint(0, 6), letter.seq, letter.sender,
                           letter.target, letter.path)
            self.mail.append(later)
        elif roll < 0.45:
            self.figures.fate.delayed += 1
            letter.due += self.rng.randint(3, 8)
        self.mail.append(letter)

    def deliver(self, round_no: int) -> None:
        """Import this round's letters in a random order; a late one is reordered."""
        due = [m for m in self.mail if m.due <= round_no]
        self.mail = [m for m in self.mail if m.due > round_no]
        self.rng.shuffle(due)
        for letter in due:
            key = (letter.sender, letter.target)
            if letter.seq < self.delivered_seq.get(key, 0):
                self.figures.fate.reordered += 1
            self.delivered_seq[key] = max(letter.seq, self.delivered_seq.get(key, 0))
            self.receive(letter.target, letter.path)

    def receive(self, target: str, path: Path) -> None:
        store = self.stores[target]
        result = importing.import_file(store, path)
        self.figures.deliveries += 1
        if result.status == REFUSED:
            signer = json.loads(zipfile.ZipFile(path).read("manifest.json"))[
                "sender_installation"]
            if target == "lead" and signer in self._unapproved_ids():
                self.figures.refused_unapproved += 1  # approved again later, then resent
                return
            if target == "lead" and self.figures.restored_laptop == "lead" and \
                    result.reason.text == msg.MISSING_PARENT:
                # A lead restored from a backup lacks, until a member hands its last bundle
                # back, records of one laptop that another laptop's records refer to: the
                # bundle waits (it is not acknowledged, so it is sent again).
                self.figures.refused_missing_parent += 1
                return
            if signer in self.former_lead_ids and target in self.joined_since_lead_restore \
                    and result.reason.text == msg.NOT_FROM_LEAD:
                # A laptop that joined after the lead was restored trusts only the new lead
                # key; the former one's late bundles hold nothing the new lead does not send.
                self.figures.refused_former_lead += 1
                return
            raise AssertionError(f"{path.name} refused at {target}: "
                                 f"{result.reason.render()}")
        assert result.status in (ACCEPTED, KNOWN), result.status
        self.figures.conflicts_made |= {(c["tbl"], c["uuid"], c["version"], c["origin"])
                                        for c in merge.conflicts(store, include_resolved=True)}

    def _unapproved_ids(self) -> set[str]:
        return {self.stores[name].installation_id for name in self.waiting}

    # -- a data folder restored from an older copy of its database --------------------------

    def back_up(self, laptop: str) -> Path:
        """Copy the database file aside (the laptop's app closed meanwhile)."""
        store = self.stores[laptop]
        folder = store.data_dir
        store.close()
        backup = self.root / f"{laptop}_backup.sqlite3"
        shutil.copy(folder / DB_FILE, backup)
        self.stores[laptop] = Store.open(folder, clock=CLOCK)
        self.backup_mark = len(self.written)
        self.backup_counter = self.stores[laptop].counter
        return backup

    def restore(self, laptop: str, backup: Path) -> None:
        """Put the old database back, keep installation.json, open it as the app does.

        If a bundle left after the backup with a higher counter (``sent_through``), it
        becomes a new installation (docs/sync.md §1): a member waits for the lead's
        approval, a restored lead's old key signs its succession. Otherwise nothing it wrote
        since the backup was seen anywhere, and it goes on as it was."""
        store = self.stores[laptop]
        folder, old_id = store.data_dir, store.installation_id
        sent_after_backup = load_identity(folder).sent_through > self.backup_counter
        store.close()
        for suffix in ("-wal", "-shm"):
            (folder / f"{DB_FILE}{suffix}").unlink(missing_ok=True)
        shutil.copy(backup, folder / DB_FILE)
        store = self.stores[laptop] = Store.open(folder, clock=CLOCK)
        installation.check_installation(store)
        rotated = store.installation_id != old_id
        assert rotated == sent_after_backup, (rotated, sent_after_backup)
        self.figures.restored += 1
        self.figures.restored_laptop = laptop
        self.figures.restore_rotated = rotated
        if rotated and laptop != "lead":
            self.waiting.add(laptop)  # a restored lead's old key vouches for its new one
        if laptop == "lead" and rotated:
            self.former_lead_ids.add(old_id)
        if laptop == "lead":
            # A lead restored from a backup has forgotten the laptops it approved since
            # (here the whole-folder copy): their principals ask to join again.
            self.waiting |= {name for name, other in self.stores.items() if name != "lead"
                             and sync_state.installation(store, other.installation_id) is None}
        # What the laptop wrote after the backup survives only where it was delivered (the
        # lead) or on its way there; the rest went with the replaced database.
        on_the_way = set().union(*(self.carried[m.path] for m in self.mail))
        others = [s for name, s in self.stores.items() if name != laptop]
        for key, writer in list(self.written.items())[self.backup_mark:]:
            if writer == laptop and key not in on_the_way and \
                    not any(known(other, key) for other in others):
                self.discarded.add(key)
        self.figures.discarded_by_restore = len(self.discarded)

    def approve_again(self, laptop: str) -> None:
        """What the app requires of a restored laptop that became a new installation: a new
        invitation, its join request, and the lead's approval with the fingerprint read
        over the phone."""
        if laptop not in self.waiting:
            return
        store, code = self.stores[laptop], self.codes[laptop]
        stick = self.root / f"rejoin_{laptop}_{self.exports}"
        self.exports += 1
        stick.mkdir()
        invitation = membership.invite(self.lead, code, stick, today=TODAY)
        joined = joining.join(store, invitation, stick)
        [received] = importing.import_paths(self.lead, [joined.path])
        assert received.status == ACCEPTED, received.reason
        membership.approve(self.lead, code, joined.fingerprint)
        self.waiting.discard(laptop)
        if self.former_lead_ids:
            self.joined_since_lead_restore.add(laptop)

    # -- the quiet phase -------------------------------------------------------------------

    def quiet_round(self) -> None:
        """Every member exports what the lead has not acknowledged, the lead imports them
        in order, exports the alliance, and every member imports it: nothing lost."""
        for laptop in self.members:
            folder = self.root / "quiet" / f"{self.exports:04d}_{laptop}"
            self.exports += 1
            folder.mkdir(parents=True)
            exported = export_bundle(self.stores[laptop], folder)
            if exported.returned is not None:  # a restored lead's bundle comes back first
                self.figures.handed_back += 1
                self.receive("lead", exported.returned)
            self.receive("lead", exported.path)
        folder = self.root / "quiet" / f"{self.exports:04d}_lead"
        self.exports += 1
        folder.mkdir(parents=True)
        relayed = export_bundle(self.lead, folder).path
        for laptop in self.members:
            self.receive(laptop, relayed)


def known(store: Store, key: tuple[str, str, int, str]) -> bool:
    return store.execute("SELECT 1 FROM record_version WHERE tbl = ? AND uuid = ? AND "
                         "version = ? AND origin = ?", list(key)).fetchone() is not None


# -- the use cases the driver picks from ------------------------------------------------------
# Each returns the name counted in the figures; a record it needs but cannot find makes it
# create one instead, so every step writes something.

def new_teacher(world: ChaosWorld, laptop: str, store: Store, rng: random.Random) -> str:
    teacher = Teacher(uuid=world.new_uuid(), school=store.school_uuid, name=f"教师{rng.randint(1, 9999)}",
                      subjects=[rng.choice(["语文", "数学", "英语"])])
    record_ops.add_teacher(store, teacher, today=TODAY)
    world.note(laptop, store, Teacher, teacher.uuid)
    return "new_teacher"


def edit_teacher(world, laptop, store, rng) -> str:
    teachers = world.own(store, Teacher)
    if not teachers:
        return new_teacher(world, laptop, store, rng)
    teacher = rng.choice(teachers)
    if rng.random() < 0.3:
        record_ops.set_teacher_active(store, teacher.uuid, not teacher.active, today=TODAY)
        world.note(laptop, store, Teacher, teacher.uuid)
        return "teacher_left_or_back"
    teacher.phone = f"139{rng.randint(0, 99999999):08d}"
    record_ops.save(store, teacher, today=TODAY)
    world.note(laptop, store, Teacher, teacher.uuid)
    return "edit_teacher"


def _delete(world, laptop, store, rng, cls) -> str | None:
    records = world.own(store, cls)
    if not records:
        return None
    ref = rng.choice(records).uuid
    record_ops.delete(store, cls, ref)
    world.note(laptop, store, cls, ref)
    return f"delete_{KINDS[cls]}"


def delete_any(world, laptop, store, rng) -> str:
    cls = rng.choice(list(KINDS))
    return _delete(world, laptop, store, rng, cls) or new_teacher(world, laptop, store, rng)


def restore_any(world, laptop, store, rng) -> str:
    cls = rng.choice(list(KINDS))
    gone = world.own(store, cls, deleted=True)
    if not gone:
        return edit_teacher(world, laptop, store, rng)
    ref = rng.choice(gone).uuid
    record_ops.restore(store, cls, ref, today=TODAY)
    world.note(laptop, store, cls, ref)
    return f"restore_{KINDS[cls]}"


def _two_teachers(world, store, rng) -> list | None:
    teachers = [t for t in world.own(store, Teacher) if t.active]
    return rng.sample(teachers, 2) if len(teachers) >= 2 else None


def new_pairing(world, laptop, store, rng) -> str:
    pair = _two_teachers(world, store, rng)
    if pair is None:
        return new_teacher(world, laptop, store, rng)
    pairing = MentorPairing(uuid=world.new_uuid(), mentor=pair[0].uuid, mentee=pair[1].uuid, subject="语文",
                            start=TODAY - timedelta(days=rng.randint(20, 60)))
    record_ops.pair_teachers(store, pairing, today=TODAY)
    world.note(laptop, store, MentorPairing, pairing.uuid)
    return "new_pairing"


def edit_pairing(world, laptop, store, rng) -> str:
    pairings = world.own(store, MentorPairing)
    if not pairings:
        return new_pairing(world, laptop, store, rng)
    pairing = rng.choice(pairings)
    pairing.goals = f"目标{rng.randint(1, 999)}"
    record_ops.save(store, pairing, today=TODAY)
    world.note(laptop, store, MentorPairing, pairing.uuid)
    return "edit_pairing"


def new_session(world, laptop, store, rng) -> str:
    pairings = world.own(store, MentorPairing)
    if not pairings:
        return new_pairing(world, laptop, store, rng)
    session = MentorSession(uuid=world.new_uuid(), pairing=rng.choice(pairings).uuid, kind=SessionKind.DISCUSSION,
                            session_date=TODAY - timedelta(days=rng.randint(0, 15)),
                            topic=f"交流{rng.randint(1, 999)}")
    record_ops.record_session(store, session, today=TODAY)
    world.note(laptop, store, MentorSession, session.uuid)
    return "new_session"


def edit_session(world, laptop, store, rng) -> str:
    sessions = world.own(store, MentorSession)
    if not sessions:
        return new_session(world, laptop, store, rng)
    session = rng.choice(sessions)
    session.takeaway = f"收获{rng.randint(1, 999)}"
    record_ops.save(store, session, today=TODAY)
    world.note(laptop, store, MentorSession, session.uuid)
    return "edit_session"


def new_observation(world, laptop, store, rng) -> str:
    pair = _two_teachers(world, store, rng)
    if pair is None:
        return new_teacher(world, laptop, store, rng)
    observation = LessonObservation(uuid=world.new_uuid(), school=store.school_uuid, observer=pair[0].uuid,
                                    teacher=pair[1].uuid, subject="数学",
                                    lesson_date=TODAY - timedelta(days=rng.randint(0, 30)),
                                    topic=f"课题{rng.randint(1, 999)}")
    record_ops.record_observation(store, observation, today=TODAY)
    world.note(laptop, store, LessonObservation, observation.uuid)
    return "new_observation"


def edit_observation(world, laptop, store, rng) -> str:
    observations = world.own(store, LessonObservation)
    if not observations:
        return new_observation(world, laptop, store, rng)
    observation = rng.choice(observations)
    observation.strengths = f"亮点{rng.randint(1, 999)}"
    record_ops.save(store, observation, today=TODAY)
    world.note(laptop, store, LessonObservation, observation.uuid)
    return "edit_observation"


def new_activity(world, laptop, store, rng) -> str:
    activity = Activity(uuid=world.new_uuid(), host_school=store.school_uuid, type=ActivityType.OPEN_DAY,
                        title=f"教研活动{rng.randint(1, 999)}",
                        activity_date=TODAY - timedelta(days=rng.randint(0, 30)))
    record_ops.record_activity(store, activity, today=TODAY)
    world.note(laptop, store, Activity, activity.uuid)
    return "new_activity"


def edit_activity(world, laptop, store, rng) -> str:
    activities = world.own(store, Activity)
    if not activities:
        return new_activity(world, laptop, store, rng)
    activity = rng.choice(activities)
    activity.place = f"{rng.randint(1, 9)}楼会议室"
    record_ops.save(store, activity, today=TODAY)
    world.note(laptop, store, Activity, activity.uuid)
    return "edit_activity"


def resolve(world, laptop, store, rng) -> str:
    mine = [c for c in merge.conflicts(store) if c["row"]["owner_school"] == store.school_uuid]
    if not mine:
        return edit_teacher(world, laptop, store, rng)
    kept = rng.choice(mine)
    version = merge.resolve_conflict(store, kept["tbl"], kept["uuid"],
                                     (kept["version"], kept["origin"]))
    world.written[(kept["tbl"], kept["uuid"], version, store.installation_id)] = laptop
    return "resolve_conflict"


# Edits weigh most: they are what collides.
OPERATIONS = (new_teacher, edit_teacher, edit_teacher, edit_teacher, delete_any, restore_any,
              new_pairing, edit_pairing, new_session, edit_session, new_observation,
              edit_observation, edit_observation, new_activity, edit_activity, edit_activity,
              resolve, resolve)
assert all(cls in TABLES for cls in KINDS)


# -- the whole-folder copy (issue 13 item 3) ---------------------------------------------------
# A WHOLE data folder (the database and installation.json together) copied to a second laptop:
# sync/laptop.py's machine token tells the copy, which becomes a new installation at opening.
WHOLE_FOLDER_COPY = True


def copy_whole_folder(world: ChaosWorld, laptop: str, copy: str) -> None:
    """Copy ``laptop``'s whole data folder (database and installation.json) to a new laptop
    ``copy`` of the same school, open it as the app does, and make it take part."""
    source = world.stores[laptop]
    folder = source.data_dir
    source.close()
    shutil.copytree(folder, world.root / copy)
    world.stores[laptop] = Store.open(folder, clock=CLOCK)
    # The copy opens on another computer (the suite's machine id is set in tests/conftest.py).
    here = os.environ[laptop_ids.MACHINE_ID_ENV]
    os.environ[laptop_ids.MACHINE_ID_ENV] = f"{here}-copy-{copy}"
    try:
        store = world.stores[copy] = Store.open(world.root / copy, clock=CLOCK)
        installation.check_installation(store)
    finally:
        os.environ[laptop_ids.MACHINE_ID_ENV] = here
    # The copy is a new installation of the same school, waiting for the lead's approval like
    # a restored laptop; the original keeps its identity.
    assert store.installation_id != world.stores[laptop].installation_id
    world.codes[copy] = world.codes[laptop]
    world.members.append(copy)
    world.waiting.add(copy)
