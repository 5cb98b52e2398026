"""One identity, one laptop (issue 13 item 3, docs/sync.md §1): a whole data folder (database
and installation.json together) copied to a second laptop, or restored on the same laptop from
an older copy, is caught before it writes or sends anything and becomes a new installation
that joins again and gets its records back; a copy that slips past both (another folder of
the same laptop) is caught by the lead, which never lets one version number name two
contents; and the summaries replicas compare cover content. Real folders, keys and bundles."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import replace

import pytest

from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.storage import merge
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, importing, installation, joining, laptop, membership
from jituan_desktop.sync import messages as msg
from jituan_desktop.sync import overview as sync_overview
from jituan_desktop.sync.identity import ROTATION_TEXTS, RotationReason, read_key_file
from jituan_desktop.sync.results import ACCEPTED, KNOWN, REFUSED, WAITING
from suite_clock import CLOCK
from sync_world import TODAY, World, make_world

FIRST, SECOND = "suite-laptop-1", "suite-laptop-2"


@contextlib.contextmanager
def on_laptop(machine: str):
    """Run as another computer: the machine id a key file is bound to (sync/laptop.py)."""
    before = os.environ[laptop.MACHINE_ID_ENV]
    os.environ[laptop.MACHINE_ID_ENV] = machine
    try:
        yield
    finally:
        os.environ[laptop.MACHINE_ID_ENV] = before


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path, {"m1": "城关小学", "m2": "东关小学"})
    yield w
    w.close()


def new_teacher(store: Store, name: str) -> Teacher:
    teacher = Teacher(school=store.school_uuid, name=name)
    record_ops.add_teacher(store, teacher, today=TODAY)
    return teacher


def rename(store: Store, uuid: str, name: str) -> Teacher:
    teacher = repository(store, Teacher).require(uuid)
    record_ops.save(store, replace(teacher, name=name), today=TODAY)
    return repository(store, Teacher).require(uuid)


def rows(store: Store) -> dict:
    """Every record as content (the local row number left out), per table."""
    return {t: {r["uuid"]: {k: v for k, v in r.items() if k != "id"}
                for r in store.query(f"SELECT * FROM {t}")} for t in RECORD_TABLES}


def version_contents(store: Store) -> dict[tuple, str]:
    """(table, uuid, version, origin) -> the digest of its content, every version but seeds."""
    for (school,) in store.execute("SELECT DISTINCT owner_school FROM record_version").fetchall():
        merge.fill_digests(store, school)
    return {(t, u, v, o): d for t, u, v, o, d in store.execute(
        "SELECT tbl, uuid, version, origin, content_digest FROM record_version "
        "WHERE origin != 'seed'").fetchall()}


def assert_one_content_per_version(*stores: Store) -> None:
    seen: dict[tuple, set[str]] = {}
    for store in stores:
        for key, digest in version_contents(store).items():
            seen.setdefault(key, set()).add(digest)
    assert {k: d for k, d in seen.items() if len(d) > 1} == {}


def assert_converged(lead: Store, *members: Store) -> None:
    assert_one_content_per_version(lead, *members)
    for member in members:
        assert rows(member) == rows(lead)
        assert version_contents(member) == version_contents(lead)
        assert merge.summary(member, member.school_uuid) == merge.summary(lead,
                                                                          member.school_uuid)


def lead_dump(store: Store) -> dict:
    """What a refusal must leave alone: the records and their version graph."""
    return {"rows": rows(store), "graph": store.query(
        "SELECT tbl, uuid, version, origin, based_on, deleted, row FROM record_version "
        "ORDER BY tbl, uuid, version, origin")}


def join_again(world: World, store: Store, code: str, machine: str = FIRST) -> None:
    """The lead approves a laptop that became a new installation (a new invitation)."""
    invitation = membership.invite(world.lead, code, world.folder("reinvite"), today=TODAY)
    with on_laptop(machine):
        joined = joining.join(store, invitation, world.folder("rejoin"))
    [request] = importing.import_paths(world.lead, [joined.path])
    assert request.status == ACCEPTED
    membership.approve(world.lead, code, joined.fingerprint)


def send(world: World, store: Store, machine: str = FIRST):
    with on_laptop(machine):
        bundle = exporting.export_bundle(store, world.folder("share"))
    return importing.import_file(world.lead, bundle.path)


def fetch(world: World, *stores_and_machines: tuple[Store, str]) -> None:
    bundle = exporting.export_bundle(world.lead, world.folder("lead_out"))
    for store, machine in stores_and_machines:
        with on_laptop(machine):
            result = importing.import_file(store, bundle.path)
        # (an unchanged lead bundle imported again is "already imported")
        assert result.status in (ACCEPTED, KNOWN), result.reason and result.reason.render()


def everyone_round(world: World, extra: tuple[Store, str] | None = None) -> None:
    laptops = [(world.members["m1"], FIRST), (world.members["m2"], FIRST)]
    laptops += [extra] if extra else []
    for store, machine in laptops:
        result = send(world, store, machine)  # (nothing new since the last: already known)
        assert result.status in (ACCEPTED, KNOWN), result.reason and result.reason.render()
    fetch(world, *laptops)


# -- a whole folder copied to a second laptop ---------------------------------------------------

def test_a_folder_copied_to_another_laptop_becomes_a_new_installation(world: World, zh):
    m1 = world.members["m1"]
    teacher = new_teacher(m1, "王老师")
    everyone_round(world)
    folder, old_id = m1.data_dir, m1.installation_id
    m1.close()
    copy = shutil.copytree(folder, world.root / "second_laptop")  # database and key file
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    installation.check_installation(m1)
    assert m1.installation_id == old_id  # the laptop it came from keeps its identity

    with on_laptop(SECOND):
        second = Store.open(copy, clock=CLOCK)
        assert second.installation_id == old_id  # nothing has run yet
        installation.check_installation(second)  # what the app and the CLI do at opening
        seen = sync_overview.overview(second)
    assert seen.rotated == RotationReason.COPIED_FOLDER.value and seen.state == WAITING
    assert second.installation_id != old_id and old_id in second.former_installations
    assert "复制" in zh("Sync", ROTATION_TEXTS[RotationReason.COPIED_FOLDER])
    # Its key file is now bound to the second laptop, with a key of its own.
    assert read_key_file(copy).identity.installation_id == second.installation_id
    assert read_key_file(copy).identity.public_key != read_key_file(folder).identity.public_key

    # Both laptops edit the same teacher: the same counter value, but never the same signer.
    first_edit = rename(m1, teacher.uuid, "王老师（一）")
    with on_laptop(SECOND):
        second_edit = rename(second, teacher.uuid, "王老师（二）")
    assert first_edit.version == second_edit.version
    assert {first_edit.origin_installation, second_edit.origin_installation} == {
        old_id, second.installation_id}

    before = lead_dump(world.lead)
    refused = send(world, second, SECOND)  # not approved yet: refused, nothing written
    assert refused.status == REFUSED and refused.reason.text == msg.UNKNOWN_SIGNER
    assert lead_dump(world.lead) == before

    join_again(world, second, "S02", SECOND)
    everyone_round(world, (second, SECOND))
    everyone_round(world, (second, SECOND))
    # The two edits are concurrent: a conflict, kept alike everywhere; nothing was lost.
    for store in (world.lead, m1, second):
        names = {t.name for t in repository(store, Teacher).where(
            "owner_school = ?", [m1.school_uuid])}
        assert names & {"王老师（一）", "王老师（二）"}
        kept = {(c["uuid"], c["row"]["name"]) for c in merge.conflicts(store, "teacher")}
        assert len(kept) == 1 and kept <= {(teacher.uuid, "王老师（一）"),
                                           (teacher.uuid, "王老师（二）")}
    assert_converged(world.lead, m1, world.members["m2"], second)
    second.close()


# -- a whole folder restored on the same laptop from an older copy ---------------------------

def test_a_folder_restored_from_an_older_copy_becomes_a_new_installation(world: World):
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    everyone_round(world)
    folder = m1.data_dir
    m1.close()
    older = shutil.copytree(folder, world.root / "older_copy")  # database and key file
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    later = new_teacher(m1, "李老师")  # written after the copy, and sent
    everyone_round(world)
    old_id, sent = m1.installation_id, m1.counter
    m1.close()
    shutil.rmtree(folder)
    shutil.copytree(older, folder)  # the whole folder back, its installation.json too
    assert read_key_file(folder).identity.sent_through < sent  # the key file cannot tell

    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    installation.check_installation(m1)
    seen = sync_overview.overview(m1)
    assert seen.rotated == RotationReason.RESTORED_FOLDER.value and seen.state == WAITING
    assert m1.installation_id != old_id and m1.counter >= sent
    assert repository(m1, Teacher).get(later.uuid) is None  # the copy predates it
    again = new_teacher(m1, "赵老师")
    assert again.origin_installation == m1.installation_id and again.version > sent

    before = lead_dump(world.lead)
    refused = send(world, m1)
    assert refused.status == REFUSED and refused.reason.text == msg.UNKNOWN_SIGNER
    assert lead_dump(world.lead) == before
    join_again(world, m1, "S02")
    everyone_round(world)
    everyone_round(world)
    for store in (world.lead, m1):  # 李老师 came back from the lead
        names = {t.name for t in repository(store, Teacher).where(
            "owner_school = ?", [m1.school_uuid])}
        assert {"王老师", "李老师", "赵老师"} <= names
    assert_converged(world.lead, m1, world.members["m2"])


def test_a_restored_folder_never_signs_as_the_old_installation(world: World):
    """Even a use case run without the check at opening (a script): the export rotates
    first, so no bundle of the restored copy is ever signed under the old id."""
    m1 = world.members["m1"]
    everyone_round(world)
    folder = m1.data_dir
    m1.close()
    older = shutil.copytree(folder, world.root / "older_copy")
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    new_teacher(m1, "李老师")
    everyone_round(world)
    old_id = m1.installation_id
    m1.close()
    shutil.rmtree(folder)
    shutil.copytree(older, folder)
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    bundle = exporting.export_bundle(m1, world.folder("straight_away"))
    assert old_id not in bundle.path.name and m1.installation_id != old_id
    assert m1.meta("sync_rotated") == RotationReason.RESTORED_FOLDER.value


# -- a copy the laptop cannot see: the lead refuses the second content ------------------------

def test_the_lead_refuses_a_version_number_signed_twice_with_other_content(world: World, zh):
    m1 = world.members["m1"]
    teacher = new_teacher(m1, "王老师")
    everyone_round(world)
    folder, signer = m1.data_dir, m1.installation_id
    m1.close()
    # Another folder of the same laptop: same machine, and nothing has left from that folder
    # yet, so neither the key file nor the register can tell it from the original.
    copy = shutil.copytree(folder, world.root / "same_laptop_copy")
    m1 = world.members["m1"] = Store.open(folder, clock=CLOCK)
    other = Store.open(copy, clock=CLOCK)
    installation.check_installation(other)
    assert other.installation_id == signer
    mine, theirs = rename(m1, teacher.uuid, "王老师甲"), rename(other, teacher.uuid, "王老师乙")
    assert (mine.version, mine.origin_installation) == (theirs.version, theirs.origin_installation)

    assert send(world, m1).status == ACCEPTED
    before = lead_dump(world.lead)
    refused = send(world, other)
    assert refused.status == REFUSED and refused.reason.text == msg.BAD_RECORD
    assert refused.reason.params["reason"].text == merge.SAME_VERSION_OTHER_CONTENT
    text = refused.reason.render()
    assert signer in text and teacher.uuid in text
    assert signer in refused.reason.render(zh)
    assert lead_dump(world.lead) == before  # nothing of it was written
    assert_one_content_per_version(world.lead, m1)

    # The summaries cover content: the lead's view of the school differs from the copy's,
    # though both hold the same version numbers.
    assert {k[1:] for k in version_contents(world.lead) if k[0] == "teacher"} >= {
        (teacher.uuid, theirs.version, signer)}
    assert merge.summary(world.lead, m1.school_uuid) != merge.summary(other, m1.school_uuid)
    assert merge.summary(world.lead, m1.school_uuid) == merge.summary(m1, m1.school_uuid)

    # The original goes on and the lead acknowledges more of the installation than ever left
    # the copy: the copy becomes a new installation right after taking the lead's bundle.
    rename(m1, teacher.uuid, "王老师丙")
    assert send(world, m1).status == ACCEPTED
    fetch(world, (other, FIRST))
    assert other.installation_id != signer
    assert other.meta("sync_rotated") == RotationReason.ACKED_AHEAD.value
    assert sync_overview.overview(other).state == WAITING
    # It took the lead's content for the number both signed, and wrote its own edit again
    # as a new version of its new installation: one content per version, nothing lost.
    assert_one_content_per_version(world.lead, m1, other)
    again = repository(other, Teacher).require(teacher.uuid)
    assert again.origin_installation == other.installation_id and again.name == "王老师乙"

    join_again(world, other, "S02")
    everyone_round(world, (other, FIRST))
    everyone_round(world, (other, FIRST))
    assert_converged(world.lead, m1, world.members["m2"], other)
    # Its edit and the original's later one are concurrent: a conflict, alike everywhere.
    for store in (world.lead, m1, other):
        heads = {repository(store, Teacher).require(teacher.uuid).name} | {
            c["row"]["name"] for c in merge.conflicts(store, "teacher")}
        assert heads == {"王老师乙", "王老师丙"}
    other.close()


def test_a_known_version_with_the_same_content_is_still_accepted(world: World):
    """A member sending everything again (全部重新发送) re-sends versions the lead knows:
    the same content, so nothing is refused and nothing changes."""
    m1 = world.members["m1"]
    new_teacher(m1, "王老师")
    everyone_round(world)
    before = lead_dump(world.lead)
    with on_laptop(FIRST):
        bundle = exporting.export_bundle(m1, world.folder("full"), full=True)
    result = importing.import_file(world.lead, bundle.path)
    assert result.status == ACCEPTED and result.added == 0
    assert lead_dump(world.lead) == before


# -- pieces ------------------------------------------------------------------------------------

def test_a_key_file_from_before_machine_tokens_is_bound_without_rotation(world: World):
    m1 = world.members["m1"]
    key = m1.data_dir / "installation.json"
    data = json.loads(key.read_text(encoding="utf-8"))
    data.pop("machine")
    key.write_text(json.dumps(data), encoding="utf-8")
    old_id = m1.installation_id
    with on_laptop(SECOND):  # whichever laptop opens it first: it was never bound
        installation.check_installation(m1)
        assert read_key_file(m1.data_dir).identity.machine == laptop.machine_token()
    assert m1.installation_id == old_id and m1.meta("sync_rotated") is None


def test_the_register_lives_outside_the_data_folder_and_only_rises(world: World):
    m1 = world.members["m1"]
    everyone_round(world)
    path = laptop.register_file()
    assert path is not None and m1.data_dir not in path.parents
    sent = laptop.sent_through(m1.installation_id, m1.data_dir)
    assert sent == read_key_file(m1.data_dir).identity.sent_through > 0
    laptop.record_sent(m1.installation_id, m1.data_dir, sent - 1)
    assert laptop.sent_through(m1.installation_id, m1.data_dir) == sent
    path.write_text("not json", encoding="utf-8")  # damaged: it starts again, nothing breaks
    assert laptop.sent_through(m1.installation_id, m1.data_dir) == 0
    installation.check_installation(m1)  # the key file puts back what it knows
    assert laptop.sent_through(m1.installation_id, m1.data_dir) == sent


def test_a_versions_digest_is_the_same_in_its_row_and_in_the_graph(world: World):
    """The digest of a version whose content sits in its record's row equals the digest of
    the same version once a later save has moved its content into the version graph."""
    m1 = world.members["m1"]
    teacher = new_teacher(m1, "王老师")
    first = version_contents(m1)[("teacher", teacher.uuid, teacher.version,
                                  teacher.origin_installation)]
    rename(m1, teacher.uuid, "王老师二")
    with m1.transaction():
        m1.execute("UPDATE record_version SET content_digest = NULL")
    assert m1.execute("SELECT row IS NOT NULL FROM record_version WHERE uuid = ? AND "
                      "version = ?", [teacher.uuid, teacher.version]).fetchone()[0] == 1
    assert version_contents(m1)[("teacher", teacher.uuid, teacher.version,
                                 teacher.origin_installation)] == first
