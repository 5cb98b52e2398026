"""Convergence through real bundle files (issue 4, property-based).

A joined alliance: the lead, a member school, and a school with two laptops. Each writes its
own school's records through the ordinary use cases; bundles are exported at random moments
and imported at random: some lost, some twice, out of order. Then everything is delivered
(each member exports what the lead has not acknowledged, the lead exports the alliance, every
member imports it). Every replica must hold identical records and identical conflicts, and
every version any laptop wrote must still be accounted for.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jituan_desktop.domain.enums import ActivityType
from jituan_desktop.domain.records import Activity, Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.storage import integrity, merge
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from replica_checks import accounted_for, change_record, state_of
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.importing import import_file
from jituan_desktop.sync.results import REFUSED
from suite_clock import CLOCK
from sync_world import TODAY, make_world

LAPTOPS = ("lead", "m", "a", "b")
MEMBERS = ("m", "a", "b")
KINDS = {Teacher: "teacher", Activity: "activity"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("alliance")
    world = make_world(root, {"m": "城关小学", "a": "东关小学", "b": "东关小学"})
    world.close()
    return root


def open_copy(template: Path, folder: Path) -> dict[str, Store]:
    for name in LAPTOPS:
        shutil.copytree(template / name, folder / name)
    return {name: Store.open(folder / name, clock=CLOCK) for name in LAPTOPS}


def own(store: Store, cls, deleted: bool) -> list:
    return repository(store, cls).where("owner_school = ? AND deleted = ?",
                                        [store.school_uuid, int(deleted)], order="uuid",
                                        include_deleted=True)


def write(store: Store, op: str, pick: int, text: str, written: list) -> None:
    if op == "resolve":
        mine = [c for c in merge.conflicts(store) if c["row"]["owner_school"] == store.school_uuid]
        if not mine:
            return write(store, "edit_teacher", pick, text, written)
        kept = mine[pick % len(mine)]
        version = merge.resolve_conflict(store, kept["tbl"], kept["uuid"],
                                         (kept["version"], kept["origin"]))
        written.append((kept["tbl"], kept["uuid"], version, store.installation_id))
        return
    if op == "new_teacher":
        record = Teacher(school=store.school_uuid, name=f"教师{text}")
        record_ops.add_teacher(store, record, today=TODAY)
    elif op == "new_activity":
        record = Activity(host_school=store.school_uuid, type=ActivityType.OPEN_DAY,
                          title=f"教研活动{text}", activity_date=TODAY - timedelta(days=pick))
        record_ops.record_activity(store, record, today=TODAY)
    else:
        cls = Teacher if op.endswith("teacher") else Activity
        candidates = own(store, cls, deleted=op.startswith("restore"))
        if not candidates:
            return write(store, "new_" + KINDS[cls], pick, text, written)
        record = change_record(store, candidates[pick % len(candidates)], op, text, TODAY)
    written.append((KINDS[type(record)], record.uuid, record.version,
                    record.origin_installation))


OPS = ("new_teacher", "new_activity", "edit_teacher", "edit_activity", "edit_teacher",
       "edit_activity", "delete_teacher", "delete_activity", "restore_teacher", "resolve",
       "resolve")
# The two laptops of one school write most: only they can make conflicts.
writers = st.sampled_from(["lead", "m", "a", "b", "a", "b"])
writes = st.tuples(st.just("write"), writers, st.sampled_from(OPS), st.integers(0, 20),
                   st.sampled_from(["1", "2", "甲", "乙"]))
exports = st.tuples(st.just("export"), st.sampled_from(LAPTOPS), st.booleans())
deliveries = st.tuples(st.just("deliver"), st.integers(0, 60))
actions = st.lists(st.one_of(writes, writes, exports, deliveries, deliveries),
                   min_size=10, max_size=40)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(steps=actions)
def test_bundles_lost_repeated_and_reordered_still_converge(template, steps):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = open_copy(template, folder)
        share = folder / "share"
        share.mkdir()
        written: list = []
        queue: list[tuple[str, Path]] = []  # (target laptop, bundle file)
        try:
            # Records both laptops of 东关小学 hold, so their edits can collide.
            write(stores["a"], "new_teacher", 0, "0", written)
            write(stores["a"], "new_activity", 0, "0", written)
            write(stores["m"], "new_activity", 0, "0", written)
            start = share / "start"
            start.mkdir()
            for member in MEMBERS:
                import_file(stores["lead"], export_bundle(stores[member], start).path)
            relayed = export_bundle(stores["lead"], start).path
            for member in MEMBERS:
                import_file(stores[member], relayed)
            for step in steps:
                if step[0] == "write":
                    _, who, op, pick, text = step
                    write(stores[who], op, pick, text, written)
                elif step[0] == "export":
                    _, who, full = step
                    out = share / f"{len(queue)}"
                    out.mkdir()
                    bundle = export_bundle(stores[who], out, full=full).path
                    targets = MEMBERS if who == "lead" else ("lead",)
                    queue.extend((t, bundle) for t in targets)
                elif queue:
                    target, bundle = queue[step[1] % len(queue)]
                    result = import_file(stores[target], bundle)
                    assert result.status != REFUSED, result.reason.render()
            # Everything delivered: members send what is unacknowledged, the lead relays.
            final = share / "final"
            final.mkdir()
            for member in MEMBERS:
                sent = export_bundle(stores[member], final)
                assert import_file(stores["lead"], sent.path).status != REFUSED
            lead_bundle = export_bundle(stores["lead"], final)
            for member in MEMBERS:
                assert import_file(stores[member], lead_bundle.path).status != REFUSED

            states = {name: state_of(store) for name, store in stores.items()}
            event(f"conflicts: {min(len(states['lead'][1]), 2)}")
            event(f"bundles: {min(len(queue) // 3, 3)}")
            for name in MEMBERS:
                assert states[name][0] == states["lead"][0], f"{name} holds other records"
                assert states[name][1] == states["lead"][1], f"{name} holds other conflicts"
            for name, store in stores.items():
                for table, uuid, version, origin in written:
                    assert accounted_for(store, table, uuid, version, origin), \
                        f"{name}: {table} {uuid} version {version} of {origin} is lost"
                assert integrity.check(store) == []
        finally:
            for store in stores.values():
                store.close()
