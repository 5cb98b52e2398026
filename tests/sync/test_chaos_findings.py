"""What the chaos test (test_chaos.py) found, each reproduced in a small world of its own."""

from __future__ import annotations

import shutil

from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.storage.merge import summary
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage import sync_state
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import importing, installation, membership
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.results import REFUSED
from suite_clock import CLOCK
from sync_world import TODAY, join_laptop, lead_round, make_world


def test_a_restored_lead_gets_its_records_back_though_the_first_copy_handed_back_is_lost(
        tmp_path):
    """The lead writes a teacher, sends it, and its database goes back to a backup from
    before. The members hand the lead's last bundle back next to their next export, but that
    stick is lost: they must hand it back again, not once only, or the lead never holds its
    own teacher again while every member does (the replicas differ for good, silently)."""
    world = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    try:
        lead_round(world)
        folder = world.lead.data_dir
        world.lead.close()
        shutil.copy(folder / "jituan.sqlite3", tmp_path / "lead_backup.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        teacher = Teacher(school=world.lead.school_uuid, name="赵老师")
        record_ops.add_teacher(world.lead, teacher, today=TODAY)
        lead_round(world)  # every member now holds 赵老师
        world.lead.close()
        for suffix in ("-wal", "-shm"):
            (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp_path / "lead_backup.sqlite3", folder / "jituan.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        installation.check_installation(world.lead)  # a new installation, its succession signed
        lead_round(world)  # the members follow the succession
        lost = world.folder("lost_stick")
        for store in world.members.values():
            assert export_bundle(store, lost).returned is not None  # handed back, then lost
        for n in range(2):  # the next sticks arrive: the lead imports all they hold
            stick = world.folder(f"stick_{n}")
            for store in world.members.values():
                export_bundle(store, stick)
            results = importing.import_paths(world.lead, [stick])
            assert all(r.status != REFUSED for r in results), results
            relayed = export_bundle(world.lead, world.folder(f"lead_{n}")).path
            for store in world.members.values():
                assert importing.import_file(store, relayed).status != REFUSED
        assert repository(world.lead, Teacher).get(teacher.uuid) is not None
        school = world.lead.school_uuid
        for store in world.members.values():
            assert summary(store, school) == summary(world.lead, school)
        # Once the lead shows it holds what the member holds of it, nothing more is handed back.
        assert all(export_bundle(store, world.folder("after")).returned is None
                   for store in world.members.values())
    finally:
        world.close()


def test_a_late_bundle_of_the_lead_before_its_restore_is_handed_back_too(tmp_path):
    """The lead writes a teacher and exports, but that bundle reaches the members only after
    they followed the restored lead's succession (a stick delivered late). The copy they set
    aside is older and lacks the teacher: the late bundle must be the one handed back, or
    the members hold a teacher of the lead school that the lead never gets back."""
    world = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    try:
        lead_round(world)
        folder = world.lead.data_dir
        world.lead.close()
        shutil.copy(folder / "jituan.sqlite3", tmp_path / "lead_backup.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        teacher = Teacher(school=world.lead.school_uuid, name="赵老师")
        record_ops.add_teacher(world.lead, teacher, today=TODAY)
        late = export_bundle(world.lead, world.folder("late_stick")).path
        world.lead.close()
        for suffix in ("-wal", "-shm"):
            (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp_path / "lead_backup.sqlite3", folder / "jituan.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        installation.check_installation(world.lead)
        lead_round(world)  # the members follow the succession
        for store in world.members.values():  # the late stick arrives
            assert importing.import_file(store, late).status != REFUSED
            assert repository(store, Teacher).get(teacher.uuid) is not None
        for n in range(2):
            stick = world.folder(f"stick_{n}")
            for store in world.members.values():
                export_bundle(store, stick)
            results = importing.import_paths(world.lead, [stick])
            assert all(r.status != REFUSED for r in results), results
            relayed = export_bundle(world.lead, world.folder(f"lead_{n}")).path
            for store in world.members.values():
                assert importing.import_file(store, relayed).status != REFUSED
        assert repository(world.lead, Teacher).get(teacher.uuid) is not None
        school = world.lead.school_uuid
        for store in world.members.values():
            assert summary(store, school) == summary(world.lead, school)
    finally:
        world.close()


def test_a_school_that_joins_after_the_lead_was_restored_reads_its_bundles(tmp_path):
    """The lead's database goes back to a backup (a new installation, §1); then a new school
    joins. It trusts only the key of its invitation, the lead's present one, but the lead's
    bundles carried the certificates of the other laptops as its former key had signed them:
    the new school refused every lead bundle and could never sync."""
    world = make_world(tmp_path, {"m1": "城关小学"})
    try:
        lead_round(world)
        folder = world.lead.data_dir
        world.lead.close()
        shutil.copy(folder / "jituan.sqlite3", tmp_path / "lead_backup.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        record_ops.add_teacher(world.lead, Teacher(school=world.lead.school_uuid, name="赵老师"),
                               today=TODAY)
        lead_round(world)  # something leaves after the backup: the restore must rotate
        world.lead.close()
        for suffix in ("-wal", "-shm"):
            (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp_path / "lead_backup.sqlite3", folder / "jituan.sqlite3")
        world.lead = Store.open(folder, clock=CLOCK)
        former = world.lead.installation_id
        installation.check_installation(world.lead)
        assert world.lead.installation_id != former  # the restored lead is a new installation
        code = membership.add_school(world.lead, "南街小学", today=TODAY).code
        newcomer = join_laptop(world, "m2", code, "南街小学")
        results = lead_round(world)
        assert results["to_m2"].status != REFUSED, results["to_m2"].reason.render()
        assert results["to_m1"].status != REFUSED, results["to_m1"].reason.render()
        # The newcomer knows the older laptop of the alliance through the lead's certificate.
        assert sync_state.installation(newcomer, world.members["m1"].installation_id) is not None
    finally:
        world.close()
