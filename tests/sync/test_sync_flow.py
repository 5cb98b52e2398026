"""The sync use cases end to end (docs/sync.md): joining, bundles both ways, acknowledgements,
lost and reordered bundles, two laptops of one school, wrong clocks, a restored backup,
revocation. Real data folders, real keys, real bundle files."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone

import pytest

from jituan_desktop.clock import Clock
from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import record_ops, setup_ops, status_ops
from jituan_desktop.storage import merge
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import (exporting, history, importing, installation, joining,
                                 membership, standing)
from jituan_desktop.sync import overview as sync_overview
from jituan_desktop.sync import messages as msg
from jituan_desktop.sync.documents import DocumentError
from jituan_desktop.sync.messages import SyncError
from jituan_desktop.sync.results import (ACCEPTED, INVITED, JOINED, KNOWN, LEAD, NOT_INVITED,
                                         REFUSED, REVOKED, WAITING)
from suite_clock import CLOCK
from sync_world import (TODAY, World, join_laptop, lead_round, make_lead, make_world,
                        small_png)


def rows(store: Store) -> dict:
    """Every record as content (the local row number left out), per table."""
    return {t: {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
                for r in store.query(f"SELECT * FROM {t}")} for t in RECORD_TABLES}


def conflict_set(store: Store) -> set:
    return {(c["tbl"], c["uuid"], c["version"], c["origin"]) for c in merge.conflicts(store)}


def new_teacher(store: Store, name: str) -> Teacher:
    teacher = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, teacher, today=TODAY)
    return teacher


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def test_every_member_sees_the_whole_alliance(world: World):
    add_practice_records(world.members["m1"], seed=1, today=TODAY)
    add_practice_records(world.members["m2"], seed=2, today=TODAY)
    results = lead_round(world)
    assert all(r.status == ACCEPTED for r in results.values()), results
    assert results["m1"].added > 0 and results["to_m1"].added > 0
    lead_rows = rows(world.lead)
    for store in world.members.values():
        assert rows(store) == lead_rows
        counts = status_ops.status(store)["counts"]
        assert counts["城关小学"]["observations"] > 0 and counts["东关小学"]["observations"] > 0
        assert sync_overview.overview(store).state == JOINED
    states = {s.name: s for s in sync_overview.school_states(world.lead, today=TODAY)}
    assert states["实验小学"].state == LEAD
    assert states["城关小学"].state == JOINED and states["城关小学"].last_received_records > 0


def test_joining_school_states_at_the_lead(tmp_path):
    w = World(tmp_path, make_lead(tmp_path))
    try:
        first = membership.add_school(w.lead, "城关小学", today=TODAY)
        second = membership.add_school(w.lead, "东关小学", today=TODAY)
        assert (first.code, second.code) == ("S02", "S03")
        states = lambda: {s.name: s.state for s in sync_overview.school_states(w.lead, today=TODAY)}
        assert states()["城关小学"] == NOT_INVITED
        join_laptop(w, "m1", "S02", "城关小学", approve=False)
        assert states()["城关小学"] == WAITING
        membership.invite(w.lead, "S03", w.folder("inv"), today=TODAY)
        assert states()["东关小学"] == INVITED
        assert sync_overview.overview(w.members["m1"]).state == WAITING
        with pytest.raises(DocumentError) as exc:
            membership.approve(w.lead, "S02", "AAAA-BBBB-CCCC-DDDD")
        assert "_join_" in exc.value.render()  # names the join request's file
        assert states()["城关小学"] == WAITING
        fp = sync_overview.overview(w.members["m1"]).fingerprint
        info = membership.approve(w.lead, "S02", fp.lower().replace("-", " "))
        assert info.state == "approved" and states()["城关小学"] == JOINED
        # The member adopted the school record the lead made for it.
        assert w.members["m1"].school_uuid == first.uuid
    finally:
        w.close()


def test_joining_refusals(world: World, tmp_path):
    m1 = world.members["m1"]
    with pytest.raises(SyncError) as exc:
        membership.add_school(world.lead, "城关小学", today=TODAY)
    assert exc.value.problem.text == msg.SCHOOL_TAKEN
    with pytest.raises(SyncError) as exc:
        membership.add_school(m1, "新学校", today=TODAY)
    assert exc.value.problem.text == msg.NOT_LEAD
    with pytest.raises(SyncError) as exc:
        membership.invite(world.lead, "S99", world.folder("x"), today=TODAY)
    assert exc.value.problem.text == msg.UNKNOWN_SCHOOL
    with pytest.raises(SyncError) as exc:
        membership.invite(world.lead, "S01", world.folder("x"), today=TODAY)
    assert exc.value.problem.text == msg.LEAD_NOT_INVITED
    invitation = membership.invite(world.lead, "S03", world.folder("x"), today=TODAY)
    before = rows(m1)
    with pytest.raises(SyncError) as exc:  # m1 already joined as 城关小学
        joining.join(m1, invitation, world.folder("y"))
    assert exc.value.problem.text == msg.OTHER_SCHOOL_JOINED and rows(m1) == before
    with pytest.raises(SyncError) as exc:
        joining.join(world.lead, invitation, world.folder("y"))
    assert exc.value.problem.text == msg.NOT_MEMBER
    with pytest.raises(SyncError) as exc:
        membership.approve(world.lead, "S02", "AAAA-BBBB-CCCC-DDDD")
    assert exc.value.problem.text == msg.NOTHING_WAITING
    with pytest.raises(SyncError) as exc:
        membership.revoke(world.lead, world.lead.installation_id)
    assert exc.value.problem.text == msg.OWN_INSTALLATION
    # A member that never joined cannot export.
    loner = Store.open(tmp_path / "loner", clock=CLOCK)
    setup_ops.init_member(loner, "西关小学", today=TODAY)
    with pytest.raises(SyncError) as exc:
        exporting.export_bundle(loner, world.folder("z"))
    assert exc.value.problem.text == msg.NOT_JOINED
    loner.close()


def test_acknowledged_records_are_not_sent_again(world: World):
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    lead_round(world, ["m1"])
    assert exporting.pending_count(m1) == 0
    teacher = new_teacher(m1, "李老师")
    assert exporting.pending_count(m1) == 1
    second = exporting.export_bundle(m1, world.folder("share2"))
    assert second.records == 1 and second.counts == {"teacher": 1}
    result = importing.import_file(world.lead, second.path)
    assert result.status == ACCEPTED and result.added == 1
    assert repository(world.lead, Teacher).get(teacher.uuid).name == "李老师"
    everything = exporting.export_bundle(m1, world.folder("share3"), full=True)
    assert everything.records > second.records


def test_a_lost_bundle_is_sent_again_and_order_does_not_matter(world: World):
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    lost = exporting.export_bundle(m1, world.folder("lost"))
    new_teacher(m1, "李老师")
    later = exporting.export_bundle(m1, world.folder("later"))
    assert later.records == 2  # nothing was acknowledged: the lost one's record goes too
    # Delivered in reverse, and the first one twice (renamed).
    assert importing.import_file(world.lead, later.path).status == ACCEPTED
    renamed = lost.path.with_name("copy_of_bundle.jtb")
    shutil.copy(lost.path, renamed)
    first = importing.import_file(world.lead, lost.path)
    assert first.status == ACCEPTED and first.added == 0  # every version already known
    assert importing.import_file(world.lead, renamed).status == KNOWN
    names = {t.name for t in repository(world.lead, Teacher).where(
        "owner_school = ?", [m1.school_uuid])}
    assert {"王老师", "李老师"} <= names


def test_two_laptops_of_one_school_conflict_the_same_way_everywhere(tmp_path):
    w = make_world(tmp_path, {"a": "城关小学", "b": "城关小学", "m2": "东关小学"})
    try:
        a, b = w.members["a"], w.members["b"]
        teacher = new_teacher(a, "王老师")
        lead_round(w)
        assert repository(b, Teacher).get(teacher.uuid).name == "王老师"
        for store, phone in ((a, "111"), (b, "222")):  # concurrent edits, offline
            record = repository(store, Teacher).get(teacher.uuid)
            record.phone = phone
            record_ops.save(store, record, today=TODAY)
        lead_round(w)
        lead_round(w)  # the second round brings b's version to a and a's to b
        expected = conflict_set(w.lead)
        assert len(expected) == 1
        for store in w.members.values():
            assert conflict_set(store) == expected
            assert rows(store) == rows(w.lead)
        # Another school sees it but cannot resolve it; it may set it aside locally.
        [seen] = history.conflict_entries(w.members["m2"])
        assert not seen.can_resolve
        history.set_aside(w.members["m2"], seen.id)
        assert history.conflict_entries(w.members["m2"]) == []
        # The school resolves it on one laptop; the resolution travels and ends it everywhere.
        [entry] = [e for e in history.conflict_entries(a) if e.can_resolve]
        assert entry.title == "王老师"
        history.keep_version(a, entry.table, entry.uuid, entry.version, entry.origin)
        lead_round(w)
        lead_round(w)
        for store in [w.lead, *w.members.values()]:
            assert conflict_set(store) == set()
            assert repository(store, Teacher).get(teacher.uuid).phone == entry.row["phone"]
    finally:
        w.close()


def test_clocks_far_off_do_not_decide(tmp_path):
    """Laptop a's clock says 2040, laptop b's 2009: b's later edit still wins everywhere,
    because versions are ordered by counters, never by the time written on them."""
    w = make_world(tmp_path, {"a": "城关小学", "b": "城关小学"})
    try:
        a, b = w.members["a"], w.members["b"]
        a.clock = Clock(datetime(2040, 1, 1, 8, tzinfo=timezone.utc))
        b.clock = Clock(datetime(2009, 6, 1, 8, tzinfo=timezone.utc))
        teacher = new_teacher(a, "王老师")
        lead_round(w)
        lead_round(w)
        record = repository(b, Teacher).get(teacher.uuid)
        record.phone = "13900000000"
        record_ops.save(b, record, today=TODAY)
        lead_round(w)
        lead_round(w)
        for store in (w.lead, a, b):
            got = repository(store, Teacher).get(teacher.uuid)
            assert (got.phone, got.updated_at[:4]) == ("13900000000", "2009")
            assert conflict_set(store) == set()
    finally:
        w.close()


def test_a_restored_backup_becomes_a_new_installation_and_loses_nothing(world: World):
    m1 = world.members["m1"]
    folder = m1.data_dir
    new_teacher(m1, "王老师")
    lead_round(world, ["m1"])
    m1.close()
    shutil.copy(folder / "jituan.sqlite3", world.root / "backup.sqlite3")
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    later = new_teacher(m1, "李老师")  # written after the backup, and sent
    lead_round(world, ["m1"])
    old_id = m1.installation_id
    m1.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy(world.root / "backup.sqlite3", folder / "jituan.sqlite3")
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    installation.check_installation(m1)  # what the app and the command line do right after opening
    assert repository(m1, Teacher).get(later.uuid) is None  # the backup predates it
    seen = sync_overview.overview(m1)
    assert seen.rotated == "restored_backup" and m1.installation_id != old_id
    assert seen.state == WAITING
    again = new_teacher(m1, "赵老师")  # edited again after the restore
    assert again.origin_installation == m1.installation_id
    bundle = exporting.export_bundle(m1, world.folder("after_restore"))
    refused = importing.import_file(world.lead, bundle.path)
    assert refused.status == REFUSED and refused.reason.text == msg.UNKNOWN_SIGNER
    # The lead approves the laptop again (a new invitation, join request, fingerprint).
    invitation = membership.invite(world.lead, "S02", world.folder("reinvite"), today=TODAY)
    joined = joining.join(m1, invitation, world.folder("rejoin"))
    importing.import_paths(world.lead, [joined.path])
    membership.approve(world.lead, "S02", joined.fingerprint)
    results = lead_round(world, ["m1"])
    assert results["m1"].status == ACCEPTED
    for store in (world.lead, m1):
        names = {t.name for t in repository(store, Teacher).where(
            "owner_school = ?", [m1.school_uuid])}
        assert {"王老师", "李老师", "赵老师"} <= names


def test_a_revoked_laptop_is_refused_and_learns_it(world: World):
    m2 = world.members["m2"]
    new_teacher(m2, "孙老师")
    before = exporting.export_bundle(m2, world.folder("before"))
    info = membership.revoke(world.lead, m2.installation_id[:8], reason="笔记本丢失")
    assert info.state == "revoked"
    result = importing.import_file(world.lead, before.path)
    assert result.status == REFUSED and result.reason.text == msg.REVOKED_SIGNER
    assert "孙老师" not in {t.name for t in repository(world.lead, Teacher).where()}
    states = {s.name: s.state for s in sync_overview.school_states(world.lead, today=TODAY)}
    assert states["东关小学"] == REVOKED
    lead_bundle = exporting.export_bundle(world.lead, world.folder("lead_out"))
    assert importing.import_file(m2, lead_bundle.path).status == ACCEPTED
    assert sync_overview.overview(m2).state == REVOKED
    entries = history.history(world.lead)
    refused = [e for e in entries if e.status == REFUSED]
    assert refused and refused[0].reason.text == msg.REVOKED_SIGNER


def test_the_lead_losing_a_schools_records_makes_it_send_everything(world: World, tmp_path):
    """The lead's summary of a school differs although it acknowledged everything (its data
    was damaged or restored): the member's next bundle carries all its records again."""
    m1 = world.members["m1"]
    for name in ("王老师", "李老师"):
        new_teacher(m1, name)
    lead_round(world, ["m1"])
    lost = repository(world.lead, Teacher).where("name = ?", ["李老师"])[0]
    with world.lead.transaction():  # the lead's copy of one record is gone
        world.lead.execute("DELETE FROM teacher WHERE uuid = ?", [lost.uuid])
        world.lead.execute("DELETE FROM record_version WHERE uuid = ?", [lost.uuid])
    lead_bundle = exporting.export_bundle(world.lead, world.folder("lead2"))
    assert importing.import_file(m1, lead_bundle.path).status == ACCEPTED
    resend = exporting.export_bundle(m1, world.folder("resend"))
    assert resend.full and resend.counts.get("teacher", 0) >= 2
    assert importing.import_file(world.lead, resend.path).status == ACCEPTED
    assert repository(world.lead, Teacher).get(lost.uuid).name == "李老师"
    again = exporting.export_bundle(m1, world.folder("after"))
    assert not again.full


def test_history_keeps_refusal_reasons_in_any_language(world: World, zh):
    junk = world.folder("junk") / "not_a_bundle.jtb"
    junk.write_text("hello")
    [result] = importing.import_paths(world.lead, [junk.parent])
    assert result.status == REFUSED
    [entry] = [e for e in history.history(world.lead) if e.file == junk.name]
    text = entry.reason.render(zh)
    assert junk.name in text and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert entry.reason.render() != text  # the English source renders too


def test_a_refusal_kept_in_the_history_writes_its_date_as_people_do(tmp_path, zh):
    """A join request answering an expired invitation is refused naming the day it expired:
    read back from the history (the 同步 page's list), that day is 2027年1月24日 as in the
    message shown when it was refused, not the ISO text 2027-01-24."""
    world = World(tmp_path, make_lead(tmp_path))
    lead = world.lead
    code = membership.add_school(lead, "城关小学", today=TODAY).code
    member = world.members["m1"] = Store.open(tmp_path / "m1", clock=CLOCK)
    setup_ops.init_member(member, "城关小学", today=TODAY)
    invitation = membership.invite(lead, code, world.folder("to_m1"), today=TODAY)
    request = joining.join(member, invitation, world.folder("from_m1")).path
    lead.clock = Clock(datetime(2027, 3, 1, 1, tzinfo=timezone.utc))  # long past the expiry
    result = importing.import_file(lead, request)
    assert result.status == REFUSED and "2027年1月24日" in result.reason.render(zh)
    [entry] = [e for e in history.history(lead) if e.status == REFUSED]
    assert "2027年1月24日" in entry.reason.render(zh)
    assert "24 Jan 2027" in entry.reason.render()  # and in English, as English writes it
    world.close()


def test_a_lead_restored_from_backup_is_still_trusted_and_gets_everything_back(world: World):
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    lead_round(world)
    folder = world.lead.data_dir
    world.lead.close()
    shutil.copy(folder / "jituan.sqlite3", world.root / "lead_backup.sqlite3")
    world.lead = Store.open(folder, clock=CLOCK)
    lost = new_teacher(m1, "李老师")
    lead_round(world)  # the lead received 李老师 and acknowledged it ...
    old_lead = world.lead.installation_id
    world.lead.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy(world.root / "lead_backup.sqlite3", folder / "jituan.sqlite3")
    world.lead = Store.open(folder, clock=CLOCK)  # ... then its database went back to the backup
    installation.check_installation(world.lead)
    assert world.lead.installation_id != old_lead
    assert repository(world.lead, Teacher).get(lost.uuid) is None
    # The members trust the new lead installation through the old key's certificate, learn
    # that the lead's acknowledgements went back, and send what it lost.
    results = lead_round(world)
    assert results["to_m1"].status == ACCEPTED, results["to_m1"].reason
    assert m1.meta(standing.LEAD_INSTALLATION) == world.lead.installation_id
    results = lead_round(world)
    assert repository(world.lead, Teacher).get(lost.uuid).name == "李老师"
    for store in world.members.values():
        assert rows(store) == rows(world.lead)


def test_a_succession_not_signed_by_the_trusted_key_is_not_followed():
    from jituan_desktop.sync.documents import make_certificate
    from jituan_desktop.sync.identity import new_identity
    from jituan_desktop.sync.lead_succession import follow_succession

    import uuid
    trusted, stranger, successor = (new_identity(str(uuid.uuid4())) for _ in range(3))
    school = str(uuid.uuid4())

    def vouch(by, succession=True):
        return make_certificate(school=school, installation=successor.installation_id,
                                public_key=successor.public_key, issued_at=9, lead=by,
                                successor_of=trusted.installation_id if succession else None)

    manifest = {"sender_installation": successor.installation_id}
    good = follow_succession({**manifest, "succession": [vouch(trusted)]},
                             trusted.installation_id, trusted.public_key)
    assert good == {successor.installation_id: successor.public_key}
    forged = vouch(stranger)
    forged["signer"] = trusted.installation_id  # claims the trusted signer, signed by another
    assert follow_succession({**manifest, "succession": [forged, vouch(stranger)]},
                             trusted.installation_id, trusted.public_key) == {}
    # A certificate the lead gave a member laptop is not a succession, though the lead signed it.
    assert follow_succession({**manifest, "succession": [vouch(trusted, succession=False)]},
                             trusted.installation_id, trusted.public_key) == {}
    assert follow_succession({**manifest, "succession": "nonsense"},
                             trusted.installation_id, trusted.public_key) == {}


def test_attachments_travel_with_their_records(world: World):
    from dataclasses import replace

    from jituan_desktop.domain.records import LessonObservation
    from jituan_desktop.services import attachment_ops
    from jituan_desktop.storage import attachments

    m1 = world.members["m1"]
    add_practice_records(m1, seed=1, today=TODAY, observations=2)
    observation = repository(m1, LessonObservation).where()[0]
    photo = attachment_ops.attach_file(m1, small_png(world.root / "board.png", 200))
    record_ops.save(m1, replace(observation, attachments=[photo]), today=TODAY)
    results = lead_round(world)
    assert all(r.status == ACCEPTED for r in results.values())
    original = attachments.blob_path(m1, photo.sha256).read_bytes()
    for store in (world.lead, world.members["m2"]):
        assert attachments.blob_path(store, photo.sha256).read_bytes() == original
        assert attachments.verify_blob(store, photo.sha256)
        [media_type] = store.execute("SELECT media_type FROM attachment_blob WHERE sha256 = ?",
                                     [photo.sha256]).fetchone()
        assert media_type == "image/png"
        got = repository(store, LessonObservation).get(observation.uuid)
        assert [a.sha256 for a in got.attachments] == [photo.sha256]


def test_a_bundle_from_an_older_app_is_upgraded(world: World):
    """An older app knew fewer migrations and wrote no pinyin initials for teachers: its
    bundle is accepted and the missing column is derived the same way everywhere."""
    import zipfile

    from jituan_desktop.storage.schema import KNOWN_MIGRATIONS
    from jituan_desktop.sync.bundle_file import write_bundle
    from jituan_desktop.sync.identity import load_identity

    m1 = world.members["m1"]
    teacher = new_teacher(m1, "张三")
    bundle = exporting.export_bundle(m1, world.folder("new_app")).path
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entries = {n: zf.read(n) for n in zf.namelist() if n.startswith("records/")}
    lines = [json.loads(line) for line in entries["records/teacher.jsonl"].splitlines()]
    for line in lines:
        del line["name_initials"]
    entries["records/teacher.jsonl"] = "".join(
        json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
    manifest = {k: v for k, v in manifest.items() if k not in ("entries", "counts")}
    manifest["schema"] = KNOWN_MIGRATIONS[:4]  # before 0005_teacher_name_initials
    manifest["app_version"] = "0.0.9"
    old = write_bundle(world.folder("old_app"), bundle.name, manifest, entries,
                       load_identity(m1.data_dir).sign)
    result = importing.import_file(world.lead, old)
    assert result.status == ACCEPTED, result.reason and result.reason.render()
    got = world.lead.execute("SELECT name_initials FROM teacher WHERE uuid = ?",
                             [teacher.uuid]).fetchone()[0]
    assert got == "zs" == m1.execute("SELECT name_initials FROM teacher WHERE uuid = ?",
                                     [teacher.uuid]).fetchone()[0]


def test_the_last_export_is_found_behind_many_refusals(world: World):
    m1 = world.members["m1"]
    sent = exporting.export_bundle(m1, world.folder("out"))
    junk = world.folder("junk")
    for n in range(30):  # a share full of broken files, each refused and kept in the history
        (junk / f"broken_{n}.jtb").write_bytes(b"not a zip")
    importing.import_paths(m1, [junk])
    overview = sync_overview.overview(m1)
    assert overview.last_export is not None and overview.last_export.file == sent.path.name
