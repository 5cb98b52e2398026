"""A principal's restore in a real alliance: a member's encrypted backup, older than a bundle
it has since sent, restored through backup_ops (the key file kept) comes back as a new
installation, re-joins with the lead's approval and gets its later records back from the lead;
no version number is used twice (docs/backups.md, docs/sync.md §1)."""

from __future__ import annotations

import pytest

from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import backup_ops, record_ops
from jituan_desktop.storage import backups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, importing, installation, joining, membership
from jituan_desktop.sync import overview as sync_overview
from jituan_desktop.sync.results import ACCEPTED, WAITING
from suite_clock import CLOCK
from sync_world import TODAY, World, lead_round, make_world

PASSWORD = "校长的密码-2026"


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学"})
    yield w
    w.close()


def new_teacher(store: Store, name: str) -> Teacher:
    teacher = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, teacher, today=TODAY)
    return teacher


def names(store: Store, school: str) -> set[str]:
    return {t.name for t in repository(store, Teacher).where("owner_school = ?", [school])}


def test_a_restored_backup_older_than_a_sent_bundle_rejoins_and_gets_its_records_back(
        world: World):
    m1 = world.members["m1"]
    folder, school = m1.data_dir, m1.school_uuid
    new_teacher(m1, "王老师")
    lead_round(world, ["m1"])
    usb = world.folder("usb")
    made, facts = backup_ops.backup_to_folder(m1, usb, PASSWORD, PASSWORD)
    assert facts.counts["teacher"] >= 1
    later = new_teacher(m1, "李老师")  # after the backup, and sent
    lead_round(world, ["m1"])
    old_id, old_counter = m1.installation_id, m1.counter

    result = backup_ops.restore(folder, made, PASSWORD, CLOCK, current=m1,
                                after_open=installation.check_installation)
    assert result.saved_copy is not None and result.saved_copy.parent == folder / "backups"
    assert [e.kind for e in backups.entries(folder)].count(backups.RESTORE) == 1
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    assert repository(m1, Teacher).get(later.uuid) is None  # the backup predates it
    seen = sync_overview.overview(m1)
    assert seen.rotated == "restored_backup" and m1.installation_id != old_id
    assert seen.state == WAITING
    assert m1.counter >= old_counter  # no version number handed out twice
    again = new_teacher(m1, "赵老师")
    assert again.origin_installation == m1.installation_id and again.version > old_counter
    # The lead approves the laptop again (invitation, join request, fingerprint read out).
    invitation = membership.invite(world.lead, "S02", world.folder("reinvite"), today=TODAY)
    joined = joining.join(m1, invitation, world.folder("rejoin"))
    importing.import_paths(world.lead, [joined.path])
    membership.approve(world.lead, "S02", joined.fingerprint)
    results = lead_round(world, ["m1"])
    assert results["m1"].status == ACCEPTED and results["to_m1"].status == ACCEPTED
    for store in (world.lead, m1):
        assert {"王老师", "李老师", "赵老师"} <= names(store, school)


def test_a_refused_restore_leaves_the_open_store_working(world: World):
    m1 = world.members["m1"]
    usb = world.folder("usb")
    made, _ = backup_ops.backup_to_folder(m1, usb, PASSWORD, PASSWORD)
    before = names(m1, m1.school_uuid)
    with pytest.raises(backup_ops.BackupError):
        backup_ops.restore(m1.data_dir, made, "wrong password", CLOCK, current=m1,
                           after_open=installation.check_installation)
    new_teacher(m1, "孙老师")  # the store was not closed
    assert names(m1, m1.school_uuid) == before | {"孙老师"}
    assert exporting.export_bundle(m1, world.folder("share")).path.exists()
