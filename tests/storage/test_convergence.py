"""Convergence of the merge (docs/sync.md §3), property-based.

A simulated alliance: a lead, a member school, and a school with two laptops. Each writes
its own school's teachers and activities through the ordinary use cases (creates, edits,
deletes, restores), while bundles between members and the lead are made at random moments
and delivered at random: some lost, some twice, out of order. Then everything is delivered.
Every replica must then hold identical rows and identical conflict sets, and every version
any school wrote must still be accounted for: the winner, a kept conflict, or replaced by a
version based on it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jituan_desktop.domain.enums import ActivityType, Role
from jituan_desktop.domain.records import Activity, School, Teacher
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.storage import integrity, merge, search
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK
from replica_checks import accounted_for, change_record, state_of

TODAY = date(2026, 11, 25)
LEAD, MEMBER, LAPTOP_A, LAPTOP_B = range(4)
NAMES = ("lead", "member", "laptop_a", "laptop_b")
KINDS = {Teacher: "teacher", Activity: "activity"}


@dataclass
class Replica:
    store: Store
    school: str
    written: list = field(default_factory=list)  # (table, uuid, version, origin) it wrote


@dataclass
class Bundle:
    target: int
    versions: dict  # table -> list of version dicts


def deliver(versions: dict, store: Store) -> None:
    """One import: every table in one transaction."""
    with store.transaction():
        for table in RECORD_TABLES:
            merge.apply_versions(store, table, versions.get(table, []))


def export(source: Replica, target: Replica, acked: bool) -> dict:
    """A member sends its school's versions; the lead relays everything. ``acked``: only
    what the target has not acknowledged (its highest counter per installation), else all."""
    acks = {}
    if acked:
        acks = {origin: through for origin, through in target.store.execute(
            "SELECT origin, max(version) FROM record_version GROUP BY origin").fetchall()}
    owner = None if source is None or source.school == LEAD_SCHOOL[0] else source.school
    return {table: list(merge.versions_since(source.store, table, acks, owner_school=owner))
            for table in RECORD_TABLES}


LEAD_SCHOOL: list[str] = [""]  # the lead school of the example being run


def set_up(folder: Path) -> list[Replica]:
    lead = Store.open(folder / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, "实验小学教育联盟", "实验小学", today=TODAY)
    LEAD_SCHOOL[0] = lead.school_uuid
    alliance = lead.meta("alliance")
    schools = []
    with lead.transaction():  # the lead adds its member schools (their roster entries)
        for name in ("二小", "三小"):
            school = School(name=name, role=Role.MEMBER, alliance=alliance)
            repository(lead, School).save(school)
            schools.append(school.uuid)
    replicas = [Replica(lead, lead.school_uuid)]
    everything = {t: list(merge.versions_since(lead, t, {})) for t in RECORD_TABLES}
    for name, school in zip(NAMES[1:], (schools[0], schools[1], schools[1])):
        store = Store.open(folder / name, clock=CLOCK)
        with store.transaction():
            store.set_meta("school", school)
            store.set_meta("role", Role.MEMBER.value)
            store.set_meta("alliance", alliance)
        deliver(everything, store)  # what joining gives a member
        replicas.append(Replica(store, school))
    return replicas


def own_records(replica: Replica, cls, deleted: bool) -> list:
    return repository(replica.store, cls).where(
        "owner_school = ? AND deleted = ?", [replica.school, int(deleted)],
        order="uuid", include_deleted=True)


def write(replica: Replica, op: str, pick: int, text: str) -> None:
    store = replica.store
    if op == "new_teacher":
        record = Teacher(school=replica.school, name=f"教师{text}")
        record_ops.add_teacher(store, record, today=TODAY)
    elif op == "resolve":
        mine = [c for c in merge.conflicts(store) if c["row"]["owner_school"] == replica.school]
        if not mine:
            return write(replica, "edit_teacher", pick, text)
        kept = mine[pick % len(mine)]
        table, uuid = kept["tbl"], kept["uuid"]
        heads = [(kept["version"], kept["origin"])] + [
            (row["version"], row["origin_installation"]) for row in store.query(
                f"SELECT version, origin_installation FROM {table} WHERE uuid = ?", [uuid])]
        version = merge.resolve_conflict(store, table, uuid, heads[pick % 2])
        replica.written.append((table, uuid, version, store.installation_id))
        return
    elif op == "new_activity":
        record = Activity(host_school=replica.school, type=ActivityType.OPEN_DAY,
                          title=f"教研活动{text}", activity_date=TODAY - timedelta(days=pick))
        record_ops.record_activity(store, record, today=TODAY)
    else:
        cls = Teacher if op.endswith("teacher") else Activity
        candidates = own_records(replica, cls, deleted=op.startswith("restore"))
        if not candidates:  # nothing to change yet: make something instead
            return write(replica, "new_" + KINDS[cls], pick, text)
        record = change_record(store, candidates[pick % len(candidates)], op, text, TODAY)
    replica.written.append((KINDS[type(record)], record.uuid, record.version,
                            record.origin_installation))


OPS = ("new_teacher", "new_activity", "edit_teacher", "edit_activity", "edit_teacher",
       "edit_activity", "delete_teacher", "delete_activity", "restore_teacher",
       "restore_activity", "resolve", "resolve")
# The two laptops of one school write most: only they can make conflicts.
writers = st.sampled_from([LEAD, MEMBER, LAPTOP_A, LAPTOP_B, LAPTOP_A, LAPTOP_B])
writes = st.tuples(st.just("write"), writers, st.sampled_from(OPS), st.integers(0, 20),
                   st.sampled_from(["1", "2", "3", "甲", "乙"]))
# A bundle made now and delivered later, or never, or twice.
exports = st.tuples(st.just("export"), st.integers(1, 3), st.booleans(), st.booleans())
deliveries = st.tuples(st.just("deliver"), st.integers(0, 50))
# Members and the lead exchanging bundles at once, both ways (both laptops of a school:
# afterwards they hold the same records, and their next edits of them are concurrent).
round_trips = st.tuples(st.just("round_trip"), st.sampled_from([(MEMBER,), (LAPTOP_A,), (LAPTOP_B,),
                                                               (LAPTOP_A, LAPTOP_B)]),
                       st.booleans())
actions = st.lists(st.one_of(writes, writes, writes, exports, deliveries, round_trips),
                   min_size=15, max_size=50)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(actions)
def test_replicas_converge_and_lose_nothing(steps):
    with tempfile.TemporaryDirectory() as folder:
        replicas = set_up(Path(folder))
        try:
            # A start every school shares: some records of each, delivered everywhere, so
            # that the random edits below often touch the same records on both laptops.
            for who, op in ((LAPTOP_A, "new_teacher"), (LAPTOP_A, "new_activity"),
                            (LAPTOP_B, "new_teacher"), (MEMBER, "new_teacher"),
                            (LEAD, "new_activity")):
                write(replicas[who], op, 0, "0")
            steps = [("round_trip", (MEMBER, LAPTOP_A, LAPTOP_B), False)] + list(steps)
            queue: list[Bundle] = []
            for step in steps:
                if step[0] == "write":
                    _, who, op, pick, text = step
                    write(replicas[who], op, pick, text)
                elif step[0] == "export":
                    _, member, to_lead, acked = step
                    source, target = (member, LEAD) if to_lead else (LEAD, member)
                    queue.append(Bundle(target, export(replicas[source], replicas[target],
                                                       acked)))
                elif step[0] == "round_trip":
                    _, members, acked = step
                    for source, target in ([(m, LEAD) for m in members]
                                           + [(LEAD, m) for m in members]):
                        deliver(export(replicas[source], replicas[target], acked),
                                replicas[target].store)
                elif queue:
                    bundle = queue[step[1] % len(queue)]
                    deliver(bundle.versions, replicas[bundle.target].store)
            # Then everything is delivered: every member to the lead, the lead to every member.
            for member in (MEMBER, LAPTOP_A, LAPTOP_B):
                deliver(export(replicas[member], replicas[LEAD], False), replicas[LEAD].store)
            for member in (MEMBER, LAPTOP_A, LAPTOP_B):
                deliver(export(replicas[LEAD], replicas[member], False), replicas[member].store)

            states = [state_of(r.store, include_resolved=True) for r in replicas]
            for name, state in zip(NAMES[1:], states[1:]):
                assert state[0] == states[0][0], f"{name} holds other rows than the lead"
                assert state[1] == states[0][1], f"{name} holds other conflicts than the lead"
            written = [w for r in replicas for w in r.written]
            for r in replicas:
                for table, uuid, version, origin in written:
                    assert accounted_for(r.store, table, uuid, version, origin), \
                        f"{table} {uuid} version {version} of {origin} is lost"
                assert integrity.check(r.store) == []
                search.index_pending(r.store)
                live = {u for u, row in states[0][0]["activity"].items() if not row["deleted"]}
                found = {row["uuid"] for row in search.matching_rows(r.store, "activity", "教研活动",
                                                                     limit=1000)}
                assert found == live
        finally:
            for r in replicas:
                r.store.close()
