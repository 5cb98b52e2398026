"""A sync import says what it changed, as record operations do (services.changes.Changes):
the records created, updated and deleted in the data folder that imported the bundle, by
kind, and nothing for a bundle it already had. Real bundles between real data folders; what
changed is read from the database before and after, never from the import's own counters."""

from __future__ import annotations

import pytest

from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.domain.records import LessonObservation, Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.services.changes import BUCKETS, Changes
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import history, importing
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.results import ACCEPTED, KNOWN, RECORD_KINDS, all_changes
from sync_world import TODAY, World, make_world


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def records(store: Store) -> dict:
    """table -> uuid -> the record's row (the local row number left out)."""
    return {t: {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
                for r in store.query(f"SELECT * FROM {t}")} for t in RECORD_TABLES}


def difference(before: dict, after: dict) -> dict:
    """bucket -> kind -> uuids whose row differs: created (new here), deleted (now a
    tombstone), updated (any other change)."""
    found: dict = {}
    for table in RECORD_TABLES:
        for uuid, row in after[table].items():
            old = before[table].get(uuid)
            if row == old:
                continue
            bucket = "deleted" if row["deleted"] else "updated" if old else "created"
            found.setdefault(bucket, {}).setdefault(RECORD_KINDS[table], set()).add(uuid)
    return found


def named(changes: Changes) -> dict:
    return {bucket: {kind: set(uuids) for kind, uuids in getattr(changes, bucket).items()}
            for bucket in BUCKETS if getattr(changes, bucket)}


def imported(store: Store, path) -> tuple:
    """Import one file; returns the result and what its import really changed."""
    before = records(store)
    result = importing.import_file(store, path)
    assert result.status in (ACCEPTED, KNOWN), result.reason and result.reason.render()
    return result, difference(before, records(store))


def test_a_member_bundle_names_every_record_it_brings_to_the_lead(world: World):
    m1 = world.members["m1"]
    add_practice_records(m1, seed=1, today=TODAY, observations=5)
    bundle = export_bundle(m1, world.folder("share")).path
    result, changed = imported(world.lead, bundle)
    assert result.status == ACCEPTED and result.added > 0
    assert set(changed) == {"created"}
    assert set(changed["created"]) == {"Teacher", "LessonObservation", "MentorPairing",
                                       "MentorSession", "Activity"}
    assert named(result.changes) == changed and not result.changes.many
    # The same file again changes nothing.
    again, unchanged = imported(world.lead, bundle)
    assert again.status == KNOWN and not again.changes and unchanged == {}
    # The next bundle carries those versions again (the lead has not acknowledged them yet)
    # and one new teacher: only the teacher is named.
    newcomer = Teacher(school=m1.school_uuid, name="新老师")
    record_ops.add_teacher(m1, newcomer, today=TODAY)
    resent, changed = imported(world.lead, export_bundle(m1, world.folder("next")).path)
    assert resent.status == ACCEPTED and resent.received > resent.added == 1
    assert resent.changes == Changes(created={"Teacher": [newcomer.uuid]})
    assert named(resent.changes) == changed


def test_the_lead_bundle_names_what_another_data_folder_did_not_have(world: World):
    m1, m2 = world.members["m1"], world.members["m2"]
    add_practice_records(m1, seed=1, today=TODAY, observations=3)
    importing.import_file(world.lead, export_bundle(m1, world.folder("share")).path)
    bundle = export_bundle(world.lead, world.folder("lead_out")).path
    result, changed = imported(m2, bundle)
    assert result.status == ACCEPTED
    assert named(result.changes) == changed
    # m1's records and the alliance's own (its calendar, rules, schools) arrive at m2.
    assert {"Teacher", "LessonObservation", "Semester", "QuotaRule", "School"} <= \
        set(changed["created"])
    again, unchanged = imported(m2, bundle)
    assert again.status == KNOWN and not again.changes and unchanged == {}
    assert not all_changes([again]) and all_changes([result, again]) == result.changes


def test_edits_and_deletions_arrive_as_updated_and_deleted(world: World):
    m1 = world.members["m1"]
    add_practice_records(m1, seed=1, today=TODAY, observations=3)
    importing.import_file(world.lead, export_bundle(m1, world.folder("first")).path)
    teacher = repository(m1, Teacher).where()[0]
    teacher.phone = "13800000000"
    record_ops.save(m1, teacher, today=TODAY)
    observation = repository(m1, LessonObservation).where()[0]
    record_ops.delete(m1, LessonObservation, observation.uuid)
    result, changed = imported(world.lead, export_bundle(m1, world.folder("second")).path)
    assert result.changes == Changes(updated={"Teacher": [teacher.uuid]},
                                     deleted={"LessonObservation": [observation.uuid]})
    assert named(result.changes) == changed


def test_a_refused_bundle_changes_nothing_and_says_so(world: World):
    broken = world.folder("share") / "broken.jtb"
    broken.write_bytes(b"not a zip")
    before = records(world.lead)
    (result,) = importing.import_paths(world.lead, [broken])
    assert not result.ok and not result.changes
    assert records(world.lead) == before


def test_keeping_a_version_of_a_conflict_names_that_record(tmp_path):
    w = make_world(tmp_path, {"a": "城关小学", "b": "城关小学"})
    try:
        a, b = w.members["a"], w.members["b"]
        teacher = Teacher(school=a.school_uuid, name="王老师")
        record_ops.add_teacher(a, teacher, today=TODAY)
        _exchange(w)
        for store, phone in ((a, "111"), (b, "222")):  # the same teacher, edited offline
            record = repository(store, Teacher).get(teacher.uuid)
            record.phone = phone
            record_ops.save(store, record, today=TODAY)
        _exchange(w)
        _exchange(w)
        (entry,) = history.conflict_entries(a)
        before = records(a)
        changes = history.keep_version(a, entry.table, entry.uuid, entry.version, entry.origin)
        assert changes == Changes(updated={"Teacher": [teacher.uuid]})
        assert named(changes) == difference(before, records(a))
    finally:
        w.close()


def _exchange(w: World) -> None:
    for laptop, store in w.members.items():
        importing.import_file(w.lead, export_bundle(store, w.folder(f"out_{laptop}")).path)
    bundle = export_bundle(w.lead, w.folder("lead_out")).path
    for store in w.members.values():
        importing.import_file(store, bundle)
