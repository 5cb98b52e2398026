"""Issue 4's bad input, continued: signers, ownership, the wrong receiver, repeats and order,
and an import killed midway (docs/sync.md §3–§5).

The alliance, the receiving copies and the checks are those of test_import_refusals.py: a
refusal names the file in Chinese and leaves every table but the history as it was.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jituan_desktop import i18n
from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.storage.attachments import blob_path
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import bundle_errors as berr
from jituan_desktop.sync import exporting, importing, membership
from jituan_desktop.sync import messages as smsg
from jituan_desktop.sync.received_checks import version_bound
from jituan_desktop.sync.results import ACCEPTED, KNOWN, REFUSED, SKIPPED

from conftest import TODAY
from suite_clock import CLOCK
from test_import_refusals import (Alliance, alliance, blob_files, chinese, digest,  # noqa: F401
                                  history, jsonl, key_of, records, refuse, replicated, repack,
                                  receiver, resigned, unpack)

REPO = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------- signers

def test_signed_by_an_unknown_installation(alliance, receiver, tmp_path):
    """A laptop that never asked to join signs a bundle in its own name."""
    stranger = Ed25519PrivateKey.generate()
    installation = str(uuid.uuid4())

    def change(manifest, entries):
        manifest["sender_installation"] = installation
        manifest["covers"] = {installation: manifest["covers"][alliance.installations["m1"]]}

    manifest, entries = unpack(alliance.bundles["m1"])
    change(manifest, entries)
    bad = repack(tmp_path / "stranger.jtb", manifest, entries, sign=stranger.sign)
    refuse(receiver("lead_base"), bad, smsg.UNKNOWN_SIGNER)


def test_signed_by_another_key_in_a_members_name(alliance, receiver, tmp_path):
    """The member's installation id, but not its key: the signature does not verify."""
    manifest, entries = unpack(alliance.bundles["m1"])
    bad = repack(tmp_path / "forged.jtb", manifest, entries,
                 sign=Ed25519PrivateKey.generate().sign)
    refuse(receiver("lead_base"), bad, berr.BAD_SIGNATURE)


def test_signed_by_another_member_in_a_members_name(alliance, receiver, tmp_path):
    """南街小学's real key signing a bundle that names 城关小学's laptop."""
    manifest, entries = unpack(alliance.bundles["m1"])
    bad = repack(tmp_path / "impostor.jtb", manifest, entries, sign=key_of(alliance, "m2"))
    refuse(receiver("lead_base"), bad, berr.BAD_SIGNATURE)


def test_a_member_bundle_claiming_another_school(alliance, receiver, tmp_path):
    """城关小学's laptop signs a bundle saying it comes from 南街小学."""
    def change(manifest, entries):
        manifest["sender_school"] = alliance.schools["m2"]

    bad = resigned(alliance, tmp_path, "claim.jtb", change)
    refuse(receiver("lead_base"), bad, smsg.SENDER_MISMATCH)


def test_signed_by_an_unapproved_installation(alliance, receiver):
    """东关小学's join request was imported, its fingerprint never confirmed."""
    refuse(receiver("lead_base"), alliance.bundles["m3"], smsg.WAITING_SIGNER)


def test_signed_by_a_revoked_installation(alliance, receiver, tmp_path):
    """A bundle the laptop made before it was revoked and one it made after are refused;
    what the lead had already merged from it stays."""
    lead = receiver("lead_base")
    assert importing.import_file(lead, alliance.bundles["m1"]).status == ACCEPTED
    membership.revoke(lead, alliance.installations["m2"], reason="笔记本电脑失窃")
    refuse(lead, alliance.bundles["m2"], smsg.REVOKED_SIGNER)
    member = receiver("m2")  # the stolen laptop does not know; it keeps working and sending
    add_practice_records(member, seed=7, today=TODAY, observations=2)
    out = tmp_path / "out"
    out.mkdir()
    later = exporting.export_bundle(member, out).path
    refuse(lead, later, smsg.REVOKED_SIGNER)
    # Revoking the member's laptop did not take back what 城关小学 sent.
    assert lead.query("SELECT count(*) AS n FROM teacher WHERE owner_school = ?",
                      [alliance.schools["m1"]])[0]["n"] == alliance.counts["m1"]["teacher"]


# ----------------------------------------------------------------------------- ownership

def test_a_member_bundle_with_another_schools_record(alliance, receiver, tmp_path):
    """城关小学 re-signs its bundle with one of 南街小学's teachers at the end."""
    _m, theirs = unpack(alliance.bundles["m2"])
    foreign = records(theirs["records/teacher.jsonl"])[-1]

    def change(manifest, entries):
        entries["records/teacher.jsonl"] += jsonl([foreign])

    bad = resigned(alliance, tmp_path, "foreign.jtb", change)
    refuse(receiver("lead_base"), bad, smsg.FOREIGN_RECORD)


def test_a_member_taking_over_another_schools_record(alliance, receiver, tmp_path):
    """A newer version of 南街小学's teacher, relabelled as 城关小学's own: refused where
    the lead already holds that record as 南街小学's."""
    _m, theirs = unpack(alliance.bundles["m2"])
    taken = records(theirs["records/teacher.jsonl"])[0]
    taken = dict(taken, owner_school=alliance.schools["m1"], name="冒名顶替",
                 origin_installation=alliance.installations["m1"],
                 version=taken["version"] + 100,
                 based_on=[[taken["version"], taken["origin_installation"]]])

    def change(manifest, entries):
        entries["records/teacher.jsonl"] += jsonl([taken])

    bad = resigned(alliance, tmp_path, "takeover.jtb", change)
    lead = receiver("lead_merged")
    refuse(lead, bad, smsg.BAD_RECORD, smsg.FOREIGN_RECORD)
    assert lead.query("SELECT owner_school, name FROM teacher WHERE uuid = ?",
                      [taken["uuid"]])[0]["owner_school"] == alliance.schools["m2"]


@pytest.mark.parametrize("table,relabel", [("quota_rule", False), ("quota_rule", True),
                                           ("school", False), ("school", True),
                                           ("semester", True), ("alliance", True)])
def test_a_member_bundle_with_lead_records(alliance, receiver, tmp_path, table, relabel):
    """Rosters, semesters and quota rules are the lead's, even labelled as the member's own."""
    _m, lead_entries = unpack(alliance.bundles["lead"])
    rows = records(lead_entries[f"records/{table}.jsonl"])[:2]
    if relabel:
        rows = [dict(r, owner_school=alliance.schools["m1"],
                     origin_installation=alliance.installations["m1"],
                     version=r["version"] + 500,
                     based_on=[[r["version"], r["origin_installation"]]]) for r in rows]

    def change(manifest, entries):
        entries[f"records/{table}.jsonl"] = jsonl(rows)

    bad = resigned(alliance, tmp_path, f"lead_{table}.jtb", change)
    refuse(receiver("lead_merged"), bad, smsg.LEAD_RECORD)


def test_a_version_at_the_end_of_the_counter(alliance, receiver, tmp_path):
    """A new record of the member's own, with the largest version SQLite can hold: refused
    (above 2**53-1), so no bundle can bring a counter to the end of its range."""
    def change(manifest, entries):
        rows = records(entries["records/teacher.jsonl"])
        rows.append(dict(rows[-1], uuid=str(uuid.uuid4()), version=2 ** 63 - 1, name="末位"))
        entries["records/teacher.jsonl"] = jsonl(rows)

    lead = receiver("lead_base")
    refuse(lead, resigned(alliance, tmp_path, "last_version.jtb", change))


def test_the_lead_still_saves_after_a_large_version(alliance, receiver, tmp_path):
    """A large but possible version (the most the lead's bound admits, received_checks) does
    no harm: the lead's next save orders after it."""
    lead = receiver("lead_base")
    large = version_bound(lead.counter, alliance.counts["m1"]["teacher"] + 1) - 1

    def change(manifest, entries):
        rows = records(entries["records/teacher.jsonl"])
        rows.append(dict(rows[-1], uuid=str(uuid.uuid4()), version=large, name="大版本"))
        entries["records/teacher.jsonl"] = jsonl(rows)

    bad = resigned(alliance, tmp_path, "large_version.jtb", change)
    assert importing.import_file(lead, bad).status == ACCEPTED
    teacher = Teacher(school=lead.school_uuid, name="新来的老师")
    record_ops.save(lead, teacher, today=TODAY)
    assert record_ops.get(lead, Teacher, teacher.uuid).version > large


# --------------------------------------------------------------------- the wrong receiver

def test_a_bundle_from_another_alliance_at_the_lead(alliance, receiver):
    refuse(receiver("lead_base"), alliance.bundles["other_member"], smsg.OTHER_ALLIANCE)


def test_a_lead_bundle_from_another_alliance_at_a_member(alliance, receiver):
    refuse(receiver("m1"), alliance.bundles["other_lead"], smsg.OTHER_ALLIANCE)


def test_a_bundle_from_a_newer_schema(alliance, receiver, tmp_path):
    def change(manifest, entries):
        manifest["schema"] = manifest["schema"] + ["0099_lesson_videos"]

    bad = resigned(alliance, tmp_path, "newer.jtb", change)
    result = refuse(receiver("lead_base"), bad, smsg.NEWER_SCHEMA)
    assert "Please update" in result.reason.render()
    assert "更新" in result.reason.render(i18n.translate)


def skipped(store, path, expected: str) -> None:
    """A file for the other side of a shared stick: left alone with its reason, the database
    and the history unchanged (neither an error nor news)."""
    before, seen = digest(store), history(store)
    result = importing.import_file(store, path)
    assert result.status == SKIPPED and result.ok, f"{path.name} was {result.status}"
    chinese = result.reason.render(i18n.translate)
    assert result.reason.text == expected and path.name in chinese
    assert chinese != result.reason.render()
    assert digest(store) == before and history(store) == seen


def test_the_leads_own_bundle_at_the_lead(alliance, receiver):
    """Its own export met again on the share: its own file, not "a lead school's bundle"."""
    skipped(receiver("lead_merged"), alliance.bundles["lead"], smsg.OWN_BUNDLE)


def test_a_members_own_bundle_at_that_member(alliance, receiver):
    skipped(receiver("m1"), alliance.bundles["m1"], smsg.OWN_BUNDLE)


def test_a_member_bundle_at_a_member(alliance, receiver):
    skipped(receiver("m2"), alliance.bundles["m1"], smsg.MEMBER_BUNDLE_AT_MEMBER)


def test_a_lead_bundle_signed_by_a_member(alliance, receiver, tmp_path):
    """城关小学 dresses its own bundle as the lead's to feed 南街小学."""
    def change(manifest, entries):
        manifest["kind"] = "lead"

    bad = resigned(alliance, tmp_path, "fake_lead.jtb", change)
    refuse(receiver("m2"), bad, smsg.NOT_FROM_LEAD)


def test_a_join_request_at_a_member(alliance, receiver):
    skipped(receiver("m1"), alliance.documents["join_m3"], smsg.JOIN_REQUEST_AT_MEMBER)


def test_a_bundle_at_a_school_that_has_not_joined(alliance, receiver):
    refuse(receiver("unjoined"), alliance.bundles["lead"])


def test_a_bundle_at_a_school_that_has_not_joined_changes_nothing(alliance, receiver):
    """Refused with its own reason, in Chinese, and nothing changed."""
    store = receiver("unjoined")
    before = digest(store)
    result = importing.import_file(store, alliance.bundles["lead"])
    assert result.status == REFUSED and result.reason.text == smsg.BUNDLE_BEFORE_JOINING
    assert result.reason.render(i18n.translate) != result.reason.render()
    assert digest(store) == before


@pytest.mark.parametrize("where", ["lead_base", "m1"])
def test_an_invitation_passed_to_import(alliance, receiver, where):
    refuse(receiver(where), alliance.documents["invitation_m1"], smsg.INVITATION_NOT_IMPORTED)


def test_an_invitation_of_another_alliance_passed_to_import(alliance, receiver):
    refuse(receiver("m1"), alliance.documents["other_invitation"],
           smsg.INVITATION_NOT_IMPORTED)


# ------------------------------------------------------------------------ positive repeats

def test_the_same_bundle_twice(alliance, receiver):
    lead = receiver("lead_base")
    first = importing.import_file(lead, alliance.bundles["m1"])
    assert first.status == ACCEPTED and first.added == sum(alliance.counts["m1"].values())
    after_first, blobs = digest(lead), blob_files(lead)
    again = importing.import_file(lead, alliance.bundles["m1"])
    assert again.status == KNOWN and again.added == 0
    assert digest(lead) == after_first and blob_files(lead) == blobs
    assert history(lead)[-1]["status"] == KNOWN


def test_a_renamed_copy(alliance, receiver, tmp_path):
    lead = receiver("lead_base")
    assert importing.import_file(lead, alliance.bundles["m1"]).status == ACCEPTED
    before = digest(lead)
    copy = tmp_path / "城关小学 11月 (副本).jtb"
    shutil.copy(alliance.bundles["m1"], copy)
    assert importing.import_file(lead, copy).status == KNOWN
    assert digest(lead) == before


def test_bundles_in_reverse_order(alliance, receiver):
    """城关小学's first bundle and its later edits, in order and the other way round."""
    first, edits = alliance.bundles["m1"], alliance.bundles["m1_edits"]
    assert set(alliance.counts["m1_edits"]) == {"teacher"}
    in_order = receiver("lead_base")
    for path in (first, edits):
        assert importing.import_file(in_order, path).status == ACCEPTED
    reverse = receiver("lead_base")
    for path in (edits, first):
        result = importing.import_file(reverse, path)
        assert result.status == ACCEPTED, result.reason.render()
    assert replicated(reverse) == replicated(in_order)
    # The edits won in both: an older version never overwrote a newer one.
    phones = {r["phone"] for r in reverse.query(
        "SELECT phone FROM teacher WHERE owner_school = ?", [alliance.schools["m1"]])}
    assert {"13800000001", "13800000002"} <= phones


def test_a_later_bundle_before_the_one_it_builds_on(alliance, receiver):
    """Its new observation refers to teachers the first bundle brings: refused with nothing
    changed, then accepted once the first bundle is in; the same end as in order."""
    first, later = alliance.bundles["m1"], alliance.bundles["m1_more"]
    lead = receiver("lead_base")
    refuse(lead, later, smsg.MISSING_PARENT)
    assert importing.import_file(lead, first).status == ACCEPTED
    assert importing.import_file(lead, later).status == ACCEPTED
    in_order = receiver("lead_base")
    for path in (first, later):
        assert importing.import_file(in_order, path).status == ACCEPTED
    assert replicated(lead) == replicated(in_order)


def _without_teachers(alliance: Alliance, tmp_path: Path) -> Path:
    def change(manifest, entries):
        del entries["records/teacher.jsonl"]

    return resigned(alliance, tmp_path, "orphans.jtb", change)


def test_a_bundle_without_the_teachers_its_records_name(alliance, receiver, tmp_path):
    """Refused at commit (references are checked then), after every record and its
    attachment went in: the transaction undoes them all."""
    refuse(receiver("lead_base"), _without_teachers(alliance, tmp_path), smsg.MISSING_PARENT,
           files=False)


def test_a_bundle_refused_at_commit_leaves_no_attachment_file(alliance, receiver, tmp_path):
    refuse(receiver("lead_base"), _without_teachers(alliance, tmp_path), smsg.MISSING_PARENT)


# ---------------------------------------------------------------------- a killed import

# The import in a process of its own, so it can be killed as a power cut or a closed laptop
# lid would stop it. Its progress callback is called from inside the import's transaction
# every 2,000 records; it reports each call on stdout and then waits as long as it is told (a
# slow screen redrawing its progress bar), so a kill after a report lands inside the transaction.
CHILD = r"""
import sys, time
from pathlib import Path
from jituan_desktop.storage.store import Store
from jituan_desktop.clock import Clock
from jituan_desktop.sync import importing

store = Store.open(Path(sys.argv[1]), clock=Clock.from_environment())

def progress(done, total):
    print("progress", done, total, flush=True)
    if done < total:
        time.sleep(float(sys.argv[3]))

result = importing.import_file(store, Path(sys.argv[2]), progress=progress)
print("done", result.status, flush=True)
"""


def start_import(data_dir: Path, bundle: Path, pause: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(bundle), str(pause)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()


def own_counts(store: Store, school: str) -> dict[str, int]:
    return {t: store.query(f"SELECT count(*) AS n FROM {t} WHERE owner_school = ?",
                           [school])[0]["n"] for t in RECORD_TABLES}


@pytest.fixture(scope="module")
def big(alliance, tmp_path_factory):
    """城关小学 with a few thousand records more, and its full bundle."""
    root = tmp_path_factory.mktemp("big")
    shutil.copytree(alliance.folders["m1_after"], root / "m1")
    member = Store.open(root / "m1", clock=CLOCK)
    add_practice_records(member, seed=11, today=TODAY, observations=5000)
    (root / "out").mkdir()
    exported = exporting.export_bundle(member, root / "out", full=True)
    assert exported.records > 5000 and exported.attachments == 1
    counts = own_counts(member, member.school_uuid)
    member.close()
    return exported.path, counts


def _state(data_dir: Path) -> tuple[dict, list, dict]:
    store = Store.open(data_dir, clock=CLOCK)
    try:
        return digest(store), history(store), replicated(store)
    finally:
        store.close()


def test_an_import_killed_inside_its_transaction(alliance, big, tmp_path):
    """Killed at several points inside the transaction: nothing of it stays, not even in the
    history; the next import is accepted and the data is whole."""
    bundle, sent = big
    data = tmp_path / "lead"
    shutil.copytree(alliance.folders["lead_base"], data)
    before = _state(data)[:2]
    for delay in (0.0, 0.05, 0.2):
        child = start_import(data, bundle, pause=2.0)
        line = child.stdout.readline()
        assert line.startswith("progress"), line + child.stderr.read()
        time.sleep(delay)
        kill(child)
        assert child.returncode == -signal.SIGKILL
        assert _state(data)[:2] == before, f"a kill {delay}s into the transaction left a trace"
    store = Store.open(data, clock=CLOCK)
    try:
        result = importing.import_file(store, bundle)
        assert result.status == ACCEPTED, result.reason and result.reason.render()
        assert own_counts(store, alliance.schools["m1"]) == sent
        assert store.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
        assert store.query("PRAGMA foreign_key_check") == []
        assert len(blob_files(store)) == 1
    finally:
        store.close()


def test_an_import_killed_at_any_moment_is_all_or_nothing(alliance, big, tmp_path):
    """Kills at moments nobody chose (the import runs at full speed): each leaves either
    the database as it was or the whole bundle merged, never a part; importing again then
    ends where an uninterrupted import ends."""
    bundle, sent = big
    reference = tmp_path / "reference"
    shutil.copytree(alliance.folders["lead_base"], reference)
    store = Store.open(reference, clock=CLOCK)
    assert importing.import_file(store, bundle).status == ACCEPTED
    store.close()
    whole = _state(reference)[2]
    data = tmp_path / "lead"
    shutil.copytree(alliance.folders["lead_base"], data)
    nothing = _state(data)[2]
    for delay in (0.0, 0.05, 0.2, 0.5, 1.0, 2.0):
        child = start_import(data, bundle, pause=0.0)
        line = child.stdout.readline()
        time.sleep(delay)
        kill(child)
        state = _state(data)[2]
        assert state in (nothing, whole), f"a kill {delay}s after {line!r} left a part"
        if state == whole:
            break
    store = Store.open(data, clock=CLOCK)
    try:
        result = importing.import_file(store, bundle)
        assert result.status in (ACCEPTED, KNOWN), result.reason and result.reason.render()
        assert replicated(store) == whole
        assert store.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
        assert store.query("PRAGMA foreign_key_check") == []
    finally:
        store.close()


def test_a_file_left_by_a_killed_import_is_registered_by_the_next(alliance, big, tmp_path):
    """A kill after the attachment was put in place but before the commit leaves the file
    without its row; the next import of the bundle must still end as an uninterrupted one
    (the kill test above hits this only when its timing falls in that moment)."""
    bundle, _sent = big
    reference = tmp_path / "reference"
    shutil.copytree(alliance.folders["lead_base"], reference)
    store = Store.open(reference, clock=CLOCK)
    assert importing.import_file(store, bundle).status == ACCEPTED
    (sha,) = blob_files(store)
    content = blob_path(store, sha).read_bytes()
    store.close()
    whole = _state(reference)[2]
    data = tmp_path / "lead"
    shutil.copytree(alliance.folders["lead_base"], data)
    store = Store.open(data, clock=CLOCK)
    try:
        orphan = blob_path(store, sha)
        orphan.parent.mkdir(parents=True, exist_ok=True)
        orphan.write_bytes(content)  # what the killed import left behind
        assert importing.import_file(store, bundle).status == ACCEPTED
        assert replicated(store) == whole
        assert store.query("SELECT sha256 FROM attachment_blob") == [{"sha256": sha}]
    finally:
        store.close()
