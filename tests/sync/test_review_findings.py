"""Review of issue 4 (sync between schools): each test proves a bug found in review (each
was an xfail until the product code was fixed). Real data folders, real keys,
real bundle files (tests/sync/sync_world.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from sync_world import TODAY, World, lead_round, make_world

from jituan_desktop.domain.records import RubricTemplate, Teacher
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.storage import sync_state
from jituan_desktop.storage.codec import to_row
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import importing, installation, joining, membership, standing
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.identity import load_identity
from jituan_desktop.sync.results import ACCEPTED, REFUSED
from suite_clock import CLOCK


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def new_teacher(store: Store, name: str) -> Teacher:
    teacher = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, teacher, today=TODAY)
    return teacher


# ------------------------------------------------------------------------------- crafting

def unpack(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries.pop("manifest.json"))
    entries.pop("signature")
    return manifest, entries


def repack(target: Path, manifest: dict, entries: dict[str, bytes], sign) -> Path:
    """A well-formed bundle with these entries, signed by ``sign``."""
    manifest = dict(manifest)
    manifest["entries"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                           for n, d in entries.items()}
    manifest["counts"] = {n[len("records/"):-len(".jsonl")]: d.count(b"\n")
                          for n, d in entries.items() if n.startswith("records/")}
    data = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
        zf.writestr("manifest.json", data)
        zf.writestr("signature", base64.b64encode(sign(data)) + b"\n")
    return target


def jsonl(rows: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


# --------------------------------------------------------------------- trust: succession

def test_a_member_certificate_is_not_a_lead_succession(world: World, tmp_path):
    m1, m2 = world.members["m1"], world.members["m2"]
    victim = new_teacher(m2, "张老师")
    lead_round(world)  # m1 and m2 hold their certificates; the lead relays 张老师
    # m1 holds a certificate, signed by the lead's key, for its own installation and key:
    cert = json.loads(sync_state.installation(m1, m1.installation_id)["certificate"])
    lead_bundle = export_bundle(world.lead, world.folder("real_lead"))
    manifest, entries = unpack(lead_bundle.path)
    teachers = [json.loads(line) for line in entries["records/teacher.jsonl"].splitlines()]
    forged = dict(next(t for t in teachers if t["uuid"] == victim.uuid))
    forged.update(name="冒名老师", version=10 ** 9, origin_installation=m1.installation_id,
                  based_on=[[forged["version"], forged["origin_installation"]]])
    entries = {"records/teacher.jsonl": jsonl([forged])}
    manifest.update(sender_installation=m1.installation_id, sender_counter=10 ** 9,
                    succession=[cert], acks={}, covers={})
    fake = repack(tmp_path / "jituan_A01_S01_lead_fake.jtb", manifest, entries,
                  load_identity(m1.data_dir).sign)

    result = importing.import_file(m2, fake)

    assert result.status == REFUSED
    assert repository(m2, Teacher).get(victim.uuid).name == "张老师"
    assert m2.meta(standing.LEAD_INSTALLATION) == world.lead.installation_id


# ------------------------------------------------------------ ownership: seeds hijacked

def test_a_member_cannot_take_over_the_default_rubric(world: World, tmp_path):
    """The default rubric is the alliance's (the lead's) everywhere: a member can neither edit
    it before joining (its seed's owner is provisional) nor send a version claiming it."""
    from jituan_desktop.storage.errors import StoreError

    lead_school = world.lead.school_uuid
    loner = Store.open(tmp_path / "loner", clock=CLOCK)
    setup_ops.init_member(loner, "东关小学", today=TODAY)
    rubric = repository(loner, RubricTemplate).require(setup_ops.DEFAULT_RUBRIC_UUID)
    rubric.name = "东关小学自定评分表"
    with pytest.raises(StoreError):
        record_ops.save(loner, rubric, today=TODAY)
    loner.close()
    # A joined member forging its own version of the rubric (re-signed with its real key).
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    exported = export_bundle(m1, world.folder("share"))
    manifest, entries = unpack(exported.path)
    seed = repository(m1, RubricTemplate).require(setup_ops.DEFAULT_RUBRIC_UUID)
    row = {c: v for c, v in to_row(seed).items() if c != "id"}
    row.update(name="城关小学自定评分表", owner_school=m1.school_uuid, version=10 ** 6,
               origin_installation=m1.installation_id, based_on=[[1, "seed"]])
    entries["records/rubric_template.jsonl"] = jsonl([row])
    bad = repack(tmp_path / exported.path.name, manifest, entries,
                 load_identity(m1.data_dir).sign)
    result = importing.import_file(world.lead, bad)
    assert result.status == REFUSED
    kept = repository(world.lead, RubricTemplate).require(setup_ops.DEFAULT_RUBRIC_UUID)
    assert kept.owner_school == lead_school and kept.name != "城关小学自定评分表"


# ------------------------------------------------- trust: a lead restored from a backup

def _restore_lead_from_backup(world: World, before_restore) -> None:
    """The lead's database goes back to a backup taken now, after ``before_restore()``."""
    folder = world.lead.data_dir
    world.lead.close()
    shutil.copy(folder / "jituan.sqlite3", world.root / "lead_backup.sqlite3")
    world.lead = Store.open(folder, clock=CLOCK)
    before_restore()
    world.lead.close()
    for suffix in ("-wal", "-shm"):
        (folder / f"jituan.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy(world.root / "lead_backup.sqlite3", folder / "jituan.sqlite3")
    world.lead = Store.open(folder, clock=CLOCK)


def test_a_crash_while_the_restored_lead_rotates_keeps_its_succession(world: World,
                                                                      monkeypatch):
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    lead_round(world)

    def more_work():
        new_teacher(m1, "李老师")
        lead_round(world)

    _restore_lead_from_backup(world, more_work)
    real_rotate = Store.rotate_installation

    def power_cut(self, *args, **kw):
        raise KeyboardInterrupt("the power went off")

    monkeypatch.setattr(Store, "rotate_installation", power_cut)
    with pytest.raises(KeyboardInterrupt):
        installation.check_installation(world.lead)
    monkeypatch.setattr(Store, "rotate_installation", real_rotate)
    folder = world.lead.data_dir
    world.lead.close()
    world.lead = Store.open(folder, clock=CLOCK)  # the next start of the app
    installation.check_installation(world.lead)

    results = lead_round(world)
    assert results["to_m1"].status == ACCEPTED, results["to_m1"].reason


def rows(store: Store) -> dict:
    """Every record as content (the local row number left out), per table."""
    return {t: {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
                for r in store.query(f"SELECT * FROM {t}")} for t in RECORD_TABLES}


def test_a_restored_lead_and_its_members_converge_on_the_leads_own_records(world: World):
    lead_round(world)
    written = {}

    def more_work():
        written["teacher"] = new_teacher(world.lead, "赵老师")  # the lead school's own
        lead_round(world)

    _restore_lead_from_backup(world, more_work)
    installation.check_installation(world.lead)
    lead_round(world)  # the members follow the succession and set the lead's bundle aside
    # The lead imports the share folder, where a member handed its own bundle back.
    share = world.folder("share_after_restore")
    for store in world.members.values():
        export_bundle(store, share)
    results = importing.import_paths(world.lead, [share])
    assert any(r.kind == "lead" and r.status == ACCEPTED for r in results), results
    lead_round(world)
    assert repository(world.lead, Teacher).get(written["teacher"].uuid) is not None
    for store in world.members.values():
        assert rows(store) == rows(world.lead)


# --------------------------------------------------- the command line on a shared folder

def test_a_member_importing_the_shared_folder_exits_0(world: World, capsys):
    from jituan_desktop.cli import EXIT_OK, main

    share = world.folder("share")
    for laptop in ("m1", "m2"):
        new_teacher(world.members[laptop], f"{laptop}老师")
        exported = export_bundle(world.members[laptop], share)
        assert importing.import_file(world.lead, exported.path).status == ACCEPTED
    export_bundle(world.lead, share)
    m1_folder = world.members["m1"].data_dir

    code = main(["--data-dir", str(m1_folder), "import", str(share)])
    _out, err = capsys.readouterr()

    assert "m2老师" in {t.name for t in repository(world.members["m1"], Teacher).where()}
    assert code == EXIT_OK, err


# ---------------------------------------------------------------- messages to a principal

def test_a_null_field_is_not_reported_as_a_missing_earlier_bundle(world: World, tmp_path):
    from jituan_desktop.sync import messages as msg

    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    exported = export_bundle(m1, world.folder("share"))
    manifest, entries = unpack(exported.path)
    teachers = [json.loads(line) for line in entries["records/teacher.jsonl"].splitlines()]
    for t in teachers:
        t["title"] = None
    entries["records/teacher.jsonl"] = jsonl(teachers)
    bad = repack(tmp_path / exported.path.name, manifest, entries,
                 load_identity(m1.data_dir).sign)

    result = importing.import_file(world.lead, bad)

    assert result.status == REFUSED
    assert result.reason.text != msg.MISSING_PARENT, result.reason


# ------------------------------------------------------------------------- revocation

def test_a_revoked_laptop_can_join_again_with_a_new_invitation(world: World):
    m1 = world.members["m1"]
    membership.revoke(world.lead, m1.installation_id, reason="找到了丢失的电脑")
    lead_round(world)
    assert standing.join_state(m1) == "revoked"
    invitation = membership.invite(world.lead, world.schools["m1"], world.folder("again"),
                                today=TODAY)
    joined = joining.join(m1, invitation, world.folder("again_back"))
    importing.import_paths(world.lead, [joined.path])

    membership.approve(world.lead, world.schools["m1"], joined.fingerprint)
    results = lead_round(world, ["m1"])
    assert results["m1"].status == ACCEPTED, results["m1"].reason
