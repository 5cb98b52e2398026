"""Every bad input of issue 4, through the real import (docs/sync.md §3–§5).

One real alliance is built once per module in temporary folders: a lead school, two joined
members with practice records (one record carrying a real PNG), a third member whose join
request the lead imported but never approved, and a second alliance (its own lead and member).
Every bundle here is one these installations exported; hostile ones are made from them and,
where a test means to prove one later check, signed again with the sender's real key from its
data folder, so only the check the test names can refuse them.

Each test imports into a fresh copy of a receiving data folder. A refusal must name the file
in Chinese and leave every table as it was, except the history (sync_bundle), which gains the
refusal.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import struct
import uuid
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from jituan_desktop import i18n
from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.domain.records import LessonObservation, Teacher
from jituan_desktop.services import attachment_ops, record_ops, setup_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import bundle_errors as berr
from jituan_desktop.sync import exporting, importing, joining, membership
from jituan_desktop.sync import messages as smsg
from jituan_desktop.sync.identity import load_identity
from jituan_desktop.sync.results import ACCEPTED, REFUSED
from suite_clock import CLOCK

from conftest import TODAY
from sync_world import small_png

MiB = 1024 * 1024
# Every table a refused import must leave alone; sync_bundle (the history) is checked apart.
STATE_TABLES = RECORD_TABLES + ("record_version", "conflict", "sync_installation",
                                "sync_invitation", "sync_coverage", "meta", "attachment_blob")
CJK = re.compile(r"[\u4e00-\u9fff]")


# ----------------------------------------------------------------------------- the alliance

@dataclass
class Alliance:
    root: Path
    folders: dict[str, Path] = field(default_factory=dict)   # closed data folders
    bundles: dict[str, Path] = field(default_factory=dict)
    documents: dict[str, Path] = field(default_factory=dict)  # invitations, join requests
    schools: dict[str, str] = field(default_factory=dict)     # name -> school uuid
    installations: dict[str, str] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # bundle -> table counts

    def snapshot(self, store: Store, name: str) -> Path:
        """Keep a closed copy of ``store``'s folder under ``name`` (the store stays open)."""
        store.close()
        target = self.root / "snapshots" / name
        shutil.copytree(store.data_dir, target)
        return target


def _member(root: Path, lead: Store, folder: str, school: str, share: Path):
    """A member school set up, invited and joined: the store, its fingerprint, its join
    request and its invitation."""
    store = Store.open(root / folder, clock=CLOCK)
    setup_ops.init_member(store, school, today=TODAY)
    code = membership.add_school(lead, school, today=TODAY).code
    invitation = membership.invite(lead, code, share, today=TODAY)
    joined = joining.join(store, invitation, share)
    result = importing.import_file(lead, joined.path)
    assert result.status == ACCEPTED, result.reason and result.reason.render()
    return store, joined.fingerprint, joined.path, invitation


def _reopen(path: Path) -> Store:
    return Store.open(path, clock=CLOCK)


@pytest.fixture(scope="module")
def alliance(tmp_path_factory) -> Alliance:
    root = tmp_path_factory.mktemp("alliance")
    a = Alliance(root)
    share, out = root / "share", root / "out"
    share.mkdir()
    out.mkdir()

    lead = Store.open(root / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, "实验小学教育联盟", "实验小学", today=TODAY)
    m1, fp1, _, a.documents["invitation_m1"] = _member(root, lead, "m1", "城关小学", share)
    m2, fp2, _, _ = _member(root, lead, "m2", "南街小学", share)
    # A third school asked to join, but the lead never approved its laptop.
    m3, _fp3, a.documents["join_m3"], _ = _member(root, lead, "m3", "东关小学", share)
    membership.approve(lead, "城关小学", fp1)
    membership.approve(lead, "南街小学", fp2)
    for name, store in (("lead", lead), ("m1", m1), ("m2", m2), ("m3", m3)):
        a.schools[name] = store.school_uuid
        a.installations[name] = store.installation_id

    add_practice_records(m1, seed=1, today=TODAY)
    add_practice_records(m2, seed=2, today=TODAY)
    add_practice_records(m3, seed=3, today=TODAY, observations=4)
    for store, photo, red in ((m1, "m1_board.png", 200), (m2, "m2_board.png", 90)):
        observation = repository(store, LessonObservation).where()[0]
        attached = attachment_ops.attach_file(store, small_png(root / photo, red))
        record_ops.save(store, replace(observation, attachments=[attached]), today=TODAY)

    for name, store in (("m1", m1), ("m2", m2), ("m3", m3)):
        exported = exporting.export_bundle(store, out)
        assert exported.attachments == (0 if name == "m3" else 1)
        a.bundles[name] = exported.path
        a.counts[name] = exported.counts
    # The lead before any member bundle arrived: where most refusals are tried.
    a.folders["lead_base"] = a.snapshot(lead, "lead_base")
    lead = _reopen(root / "lead")
    for name in ("m1", "m2"):
        assert importing.import_file(lead, a.bundles[name]).status == ACCEPTED
    exported = exporting.export_bundle(lead, out)
    a.bundles["lead"], a.counts["lead"] = exported.path, exported.counts
    a.folders["lead_merged"] = a.snapshot(lead, "lead_merged")
    a.folders["m2"] = a.snapshot(m2, "m2")
    a.folders["m1_waiting"] = a.snapshot(m1, "m1_waiting")

    # m1 takes the lead's bundle (its certificate and acknowledgements), then edits two
    # teachers, one of them twice: its next bundle holds only those newer versions.
    m1 = _reopen(root / "m1")
    assert importing.import_file(m1, a.bundles["lead"]).status == ACCEPTED
    a.folders["m1"] = a.snapshot(m1, "m1")
    m1 = _reopen(root / "m1")
    teachers = repository(m1, Teacher).where("owner_school = ?", [m1.school_uuid])[:2]
    for n, teacher in enumerate(teachers + teachers[:1]):
        teacher = record_ops.get(m1, Teacher, teacher.uuid)
        record_ops.save(m1, replace(teacher, phone=f"1380000{n:04d}"), today=TODAY)
    exported = exporting.export_bundle(m1, out)
    a.bundles["m1_edits"], a.counts["m1_edits"] = exported.path, exported.counts
    # ... and a later bundle with a new observation of a teacher its first bundle brought.
    add_practice_records(m1, seed=4, today=TODAY, observations=3)
    exported = exporting.export_bundle(m1, out)
    a.bundles["m1_more"] = exported.path
    a.folders["m1_after"] = a.snapshot(m1, "m1_after")
    a.snapshot(m3, "m3")
    # A school set up on its own laptop that has not joined any alliance yet.
    unjoined = Store.open(root / "unjoined", clock=CLOCK)
    setup_ops.init_member(unjoined, "北关小学", today=TODAY)
    a.folders["unjoined"] = a.snapshot(unjoined, "unjoined")

    # Another alliance altogether: its lead and one joined member with records.
    other_share = root / "other_share"
    other_share.mkdir()
    lead2 = Store.open(root / "lead2", clock=CLOCK)
    setup_ops.init_lead(lead2, "城南教育集团", "城南小学", today=TODAY)
    x, fpx, _, _ = _member(root, lead2, "x", "西关小学", other_share)
    membership.approve(lead2, "西关小学", fpx)
    add_practice_records(x, seed=9, today=TODAY)
    a.bundles["other_member"] = exporting.export_bundle(x, out).path
    assert importing.import_file(lead2, a.bundles["other_member"]).status == ACCEPTED
    a.bundles["other_lead"] = exporting.export_bundle(lead2, out).path
    a.documents["other_invitation"] = membership.invite(lead2, "西关小学", other_share,
                                                     today=TODAY)
    x.close()
    lead2.close()
    return a


@pytest.fixture
def receiver(alliance, tmp_path):
    """Open a fresh copy of one of the alliance's data folders (closed at the end)."""
    opened = []

    def open_copy(name: str) -> Store:
        target = tmp_path / f"{name}_{len(opened)}"
        shutil.copytree(alliance.folders[name], target)
        store = Store.open(target, clock=CLOCK)
        opened.append(store)
        return store

    yield open_copy
    for store in opened:
        store.close()


@pytest.fixture(autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


# ------------------------------------------------------------------------------- checking

def digest(store: Store) -> dict[str, str]:
    """A hash of every row of every table a refusal must not touch."""
    found = {}
    for table in STATE_TABLES:
        rows = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False)
                      for row in store.query(f"SELECT * FROM {table}"))
        found[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return found


# Local to each replica: the row numbers (an insert order) and when a row was written here.
LOCAL_COLUMNS = ("id", "stored_at", "detected_at")


def replicated(store: Store) -> dict[str, str]:
    """The digest of what two replicas that received the same versions must hold alike."""
    found = {}
    for table in STATE_TABLES:
        rows = sorted(json.dumps({k: v for k, v in row.items() if k not in LOCAL_COLUMNS},
                                 sort_keys=True, ensure_ascii=False)
                      for row in store.query(f"SELECT * FROM {table}"))
        found[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return found


def history(store: Store) -> list[dict]:
    return store.query("SELECT * FROM sync_bundle ORDER BY id")


def blob_files(store: Store) -> set[str]:
    folder = store.attachments_dir
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def refuse(store: Store, path: Path, *expected: str, files: bool = True):
    """Import ``path``, which must be refused for one of the ``expected`` reasons with the
    database unchanged (and, with ``files``, the attachment files too), the file named in a
    Chinese message, and the refusal in the history."""
    before, blobs, seen = digest(store), blob_files(store), history(store)
    result = importing.import_file(store, path)
    assert result.status == REFUSED, f"{path.name} was {result.status}"
    reason = result.reason
    chinese = reason.render(i18n.translate)
    assert path.name in chinese, chinese
    assert CJK.search(chinese.replace(path.name, "")), chinese
    assert chinese != reason.render(), f"no Chinese translation: {reason.render()}"
    if expected:
        assert reason.text in expected, reason.render()
    assert digest(store) == before, f"{path.name}: the database changed"
    if files:
        assert blob_files(store) == blobs, f"{path.name}: attachment files changed"
    after = history(store)
    assert after[:len(seen)] == seen and len(after) == len(seen) + 1
    assert after[-1]["status"] == REFUSED and after[-1]["file"] == path.name
    assert after[-1]["direction"] == "received" and after[-1]["reason"]
    return result


# ------------------------------------------------------------------------------- crafting

def unpack(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries.pop("manifest.json"))
    entries.pop("signature")
    return manifest, entries


def canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def lines_of(data: bytes) -> int:
    return data.count(b"\n") + (not data.endswith(b"\n") and bool(data))


def repack(target: Path, manifest: dict, entries: dict[str, bytes], *, sign,
           list_entries: bool = True, manifest_bytes: bytes | None = None,
           extra: list[tuple[str, bytes]] = (),
           compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A bundle-shaped zip: ``entries`` listed in the manifest (unless told not to) with their
    real hashes and line counts, signed by ``sign`` (an Identity's sign, or a key's), and
    ``extra`` members written as they are, listed or not."""
    manifest = dict(manifest)
    if list_entries:
        manifest["entries"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                               for n, d in entries.items()}
        manifest["counts"] = {n[len("records/"):-len(".jsonl")]: lines_of(d)
                              for n, d in entries.items() if n.startswith("records/")}
    data = canonical(manifest) if manifest_bytes is None else manifest_bytes
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names; some tests mean it
        with zipfile.ZipFile(target, "w", compress) as zf:
            for name, content in list(entries.items()) + list(extra):
                zf.writestr(name, content)
            zf.writestr("manifest.json", data)
            zf.writestr("signature", base64.b64encode(sign(data)) + b"\n")
    return target


def key_of(alliance: Alliance, name: str):
    return load_identity(alliance.root / name).sign


def records(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines()]


def jsonl(rows: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def resigned(alliance: Alliance, tmp_path: Path, name: str, change, *, source: str = "m1",
             signer: str = "m1", **kw) -> Path:
    """``source``'s bundle with ``change(manifest, entries)`` applied, signed by ``signer``'s
    real key: a bundle only the check under test can refuse."""
    manifest, entries = unpack(alliance.bundles[source])
    change(manifest, entries)
    return repack(tmp_path / name, manifest, entries, sign=key_of(alliance, signer), **kw)


# ------------------------------------------------------------------------ the fixture itself

def test_the_alliance_is_real(alliance, receiver):
    """The untouched bundles are accepted where they belong: the refusals below are of the
    changes made to them, not of the set-up."""
    lead = receiver("lead_base")
    for name in ("m1", "m2"):
        result = importing.import_file(lead, alliance.bundles[name])
        assert result.status == ACCEPTED and result.added == sum(alliance.counts[name].values())
    assert len(blob_files(lead)) == 2
    member = receiver("m1_waiting")
    result = importing.import_file(member, alliance.bundles["lead"])
    assert result.status == ACCEPTED, result.reason and result.reason.render()


# ---------------------------------------------------------------------- damaged containers

def _layout(path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        start_dir = zf.start_dir
    obs = infos["records/observation.jsonl"]
    data_start = obs.header_offset + 30 + len(obs.filename.encode())
    return {"start_dir": start_dir, "obs_header": obs.header_offset,
            "obs_data": data_start, "obs_len": obs.compress_size,
            "manifest": infos["manifest.json"].header_offset,
            "signature": infos["signature"].header_offset,
            "size": path.stat().st_size}


TRUNCATIONS = {
    "empty": lambda l: 0,
    "inside the first header": lambda l: 12,
    "inside a record entry's header": lambda l: l["obs_header"] + 20,
    "inside a record entry": lambda l: l["obs_data"] + l["obs_len"] // 2,
    "before the manifest": lambda l: l["manifest"],
    "inside the signature": lambda l: l["signature"] + 40,
    "at the central directory": lambda l: l["start_dir"],
    "inside the central directory": lambda l: l["start_dir"] + 100,
    "in the last central entry": lambda l: l["size"] - 40,
    "inside the end record": lambda l: l["size"] - 10,
    "one byte short": lambda l: l["size"] - 1,
}


@pytest.mark.parametrize("where", TRUNCATIONS)
def test_truncated_bundle(alliance, receiver, tmp_path, where):
    source = alliance.bundles["m1"]
    cut = TRUNCATIONS[where](_layout(source))
    bad = tmp_path / source.name
    bad.write_bytes(source.read_bytes()[:cut])
    refuse(receiver("lead_base"), bad, berr.NOT_A_ZIP, berr.DAMAGED)


FLIPS = {
    "local header signature": lambda l: 0,
    "a record entry's name": lambda l: l["obs_header"] + 32,
    "a record entry's compressed data": lambda l: l["obs_data"] + l["obs_len"] // 3,
    "the first byte of a record entry": lambda l: l["obs_data"],
    "the manifest": lambda l: l["manifest"] + 60,
    "the signature": lambda l: l["signature"] + 45,
    "a central directory CRC": lambda l: l["start_dir"] + 16,
    "a central directory name": lambda l: l["start_dir"] + 50,
    "the end record's directory offset": lambda l: l["size"] - 5,
}


@pytest.mark.parametrize("where", FLIPS)
def test_one_byte_flipped(alliance, receiver, tmp_path, where):
    source = alliance.bundles["m1"]
    at = FLIPS[where](_layout(source))
    data = bytearray(source.read_bytes())
    data[at] ^= 0x20
    bad = tmp_path / source.name
    bad.write_bytes(bytes(data))
    refuse(receiver("lead_base"), bad)


def test_every_flipped_byte_is_refused_or_harmless(alliance, receiver, tmp_path):
    """A flip anywhere (every 97th byte) is refused with nothing changed, or, where it hits
    only what no reader uses (a timestamp in a zip header), the import is exactly the clean
    one: never a different database."""
    source = alliance.bundles["m1"]
    clean = receiver("lead_base")
    assert importing.import_file(clean, source).status == ACCEPTED
    expected = replicated(clean)
    original = source.read_bytes()
    lead = receiver("lead_base")
    untouched = digest(lead)
    accepted = []
    for at in range(0, len(original), 97):
        data = bytearray(original)
        data[at] ^= 0x01
        bad = tmp_path / f"flip_{at}.jtb"
        bad.write_bytes(bytes(data))
        result = importing.import_file(lead, bad)
        if result.status == REFUSED:
            assert bad.name in result.reason.render(i18n.translate)
            assert digest(lead) == untouched, f"refused flip at {at} changed the database"
        else:
            accepted.append(at)
            assert replicated(lead) == expected, f"accepted flip at {at} gave another database"
            lead.close()
            lead = receiver("lead_base")
    # Nearly every byte matters; the few that do not are header fields readers skip.
    assert len(accepted) < len(original) // 97 // 4, accepted


@pytest.mark.parametrize("content", [b"", "这不是同步包，是一份作业。\n".encode() * 20,
                                     b"PK\x03\x04" + b"\x00" * 200],
                         ids=["empty", "text", "zip magic only"])
def test_not_a_zip(receiver, tmp_path, content):
    bad = tmp_path / "jituan_A01_S02_member_deadbeef_0-46.jtb"
    bad.write_bytes(content)
    refuse(receiver("lead_base"), bad, berr.NOT_A_ZIP)


def test_a_renamed_text_file_among_bundles_in_a_folder(alliance, receiver, tmp_path):
    """A folder import takes the good bundles and refuses the bad file, naming it."""
    folder = tmp_path / "share"
    folder.mkdir()
    shutil.copy(alliance.bundles["m1"], folder)
    (folder / "作业.jtb").write_text("第一单元作业", encoding="utf-8")
    lead = receiver("lead_base")
    results = {r.path.name: r for r in importing.import_paths(lead, [folder])}
    assert results[alliance.bundles["m1"].name].status == ACCEPTED
    assert results["作业.jtb"].status == REFUSED
    assert "作业.jtb" in results["作业.jtb"].reason.render(i18n.translate)


def test_an_interrupted_write_is_not_imported(alliance, receiver, tmp_path):
    partial = tmp_path / (alliance.bundles["m1"].name + ".partial")
    shutil.copy(alliance.bundles["m1"], partial)
    refuse(receiver("lead_base"), partial, berr.PARTIAL)


# ------------------------------------------------------------------------ hostile containers

@pytest.mark.parametrize("entry", ["attachment", "records"])
def test_zip_bomb(alliance, receiver, tmp_path, entry):
    """A part that would unpack to over 100 times its packed size is refused unread."""
    zeros = b"\x00" * (8 * MiB) if entry == "attachment" else b"\n" * (8 * MiB)
    name = (f"attachments/{hashlib.sha256(zeros).hexdigest()}" if entry == "attachment"
            else "records/observation.jsonl")
    bad = resigned(alliance, tmp_path, "bomb.jtb", lambda m, e: e.update({name: zeros}))
    refuse(receiver("lead_base"), bad, berr.ZIP_BOMB)


def test_huge_attachment(alliance, receiver, tmp_path):
    """An attachment over the app's 20 MiB, incompressible so no ratio check is involved."""
    photo = hashlib.shake_256(b"a very large scan").digest(21 * MiB)
    name = f"attachments/{hashlib.sha256(photo).hexdigest()}"
    bad = resigned(alliance, tmp_path, "huge.jtb", lambda m, e: e.update({name: photo}))
    refuse(receiver("lead_base"), bad, berr.ENTRY_TOO_LARGE)


@pytest.mark.parametrize("name", ["../evil.jsonl", "records/../../evil.jsonl",
                                  "/tmp/evil.jsonl", "C:/evil.jsonl", "records\\..\\evil"])
@pytest.mark.parametrize("listed", [True, False], ids=["listed", "unlisted"])
def test_escaping_or_absolute_path(alliance, receiver, tmp_path, name, listed):
    payload = b'{"uuid": "x"}\n'

    def change(manifest, entries):
        if listed:
            entries[name] = payload

    bad = resigned(alliance, tmp_path, "escape.jtb", change,
                   extra=[] if listed else [(name, payload)])
    lead = receiver("lead_base")
    refuse(lead, bad, berr.UNSAFE_PATH)
    assert not (tmp_path / "evil.jsonl").exists()
    assert not any(p.name.startswith("evil") for p in lead.data_dir.rglob("*"))


@pytest.mark.parametrize("entry", ["records/observation.jsonl", "manifest.json", "signature",
                                   "attachment"])
def test_duplicate_entries(alliance, receiver, tmp_path, entry):
    """Two parts of one name: which one a reader takes would be a matter of chance."""
    manifest, entries = unpack(alliance.bundles["m1"])
    if entry == "attachment":
        entry = next(n for n in entries if n.startswith("attachments/"))
    other = b'{"uuid": "' + str(uuid.uuid4()).encode() + b'"}\n'
    bad = repack(tmp_path / "duplicate.jtb", manifest, entries, sign=key_of(alliance, "m1"),
                 extra=[(entry, entries.get(entry, other))] if entry in entries
                 else [(entry, other)])
    refuse(receiver("lead_base"), bad, berr.DUPLICATE_ENTRY)


# ----------------------------------------------------------------------- malformed content

@pytest.mark.parametrize("text", [b'{"format": "jituan-bundle/1", "kind": ', b"",
                                  b"\xff\xfe{}", b'{"a": 1, "a": 2}'],
                         ids=["cut", "empty", "not utf-8", "repeated key"])
def test_malformed_manifest_json(alliance, receiver, tmp_path, text):
    manifest, entries = unpack(alliance.bundles["m1"])
    bad = repack(tmp_path / "manifest.jtb", manifest, entries, sign=key_of(alliance, "m1"),
                 manifest_bytes=text)
    refuse(receiver("lead_base"), bad, berr.MANIFEST_NOT_JSON)


@pytest.mark.parametrize("change", ["list", "no alliance", "counts wrong", "kind unknown"])
def test_manifest_of_the_wrong_shape(alliance, receiver, tmp_path, change):
    manifest, entries = unpack(alliance.bundles["m1"])
    key = key_of(alliance, "m1")
    if change == "list":
        bad = repack(tmp_path / "shape.jtb", manifest, entries, sign=key,
                     manifest_bytes=b"[1, 2, 3]")
    else:
        manifest = dict(manifest, entries={}, counts={})
        repack(tmp_path / "tmp.jtb", manifest, entries, sign=key)  # fills entries and counts
        manifest = json.loads(zipfile.ZipFile(tmp_path / "tmp.jtb").read("manifest.json"))
        if change == "no alliance":
            del manifest["alliance"]
        elif change == "counts wrong":
            manifest["counts"]["observation"] += 1
        else:
            manifest["kind"] = "teacher"
        bad = repack(tmp_path / "shape.jtb", manifest, entries, sign=key, list_entries=False)
    # A list is JSON, but not a manifest: "not valid JSON" is what the reader says of it.
    refuse(receiver("lead_base"), bad, berr.MANIFEST_INVALID, berr.COUNT_MISMATCH,
           berr.MANIFEST_NOT_JSON)


@pytest.mark.parametrize("line", [b'{"uuid": "6b0e6f4e-0000-4000-8000-000000000001", ',
                                  b"[1, 2, 3]", b"\xff\xfe", b"null"],
                         ids=["cut object", "a list", "not utf-8", "null"])
def test_malformed_records_line(alliance, receiver, tmp_path, line):
    """Signed by the member's real key, so only the line itself can refuse it; it is the last
    line of the table, after many have been merged, which the refusal must undo."""
    def change(manifest, entries):
        entries["records/observation.jsonl"] += line + b"\n"

    bad = resigned(alliance, tmp_path, "line.jtb", change)
    refuse(receiver("lead_base"), bad, berr.MALFORMED_RECORD)


@pytest.mark.parametrize("field_change", ["unknown column", "nested value", "no uuid",
                                          "version zero", "version beyond range",
                                          "deleted twice", "based on a newer version"])
def test_record_with_bad_fields(alliance, receiver, tmp_path, field_change):
    """Well-formed JSON objects that are not record versions, each refused whole."""
    def change(manifest, entries):
        rows = records(entries["records/observation.jsonl"])
        row = dict(rows[-1], uuid=str(uuid.uuid4()))
        if field_change == "unknown column":
            row['x" TEXT); DROP TABLE teacher; --'] = 1
        elif field_change == "nested value":
            row["topic"] = {"a": 1}
        elif field_change == "no uuid":
            del row["uuid"]
        elif field_change == "version zero":
            row["version"] = 0
        elif field_change == "version beyond range":
            row["version"] = 2 ** 70
        elif field_change == "deleted twice":
            row["deleted"] = 2
        else:
            row["based_on"] = [[row["version"] + 5, row["origin_installation"]]]
        entries["records/observation.jsonl"] = jsonl(rows + [row])

    bad = resigned(alliance, tmp_path, "fields.jtb", change)
    lead = receiver("lead_base")
    refuse(lead, bad, smsg.BAD_RECORD)
    assert lead.query("SELECT count(*) AS n FROM teacher")[0]["n"] >= 0


def test_valid_signature_over_altered_content(alliance, receiver, tmp_path):
    """One record line changed (same length), the manifest and its signature kept as sent."""
    source = alliance.bundles["m1"]
    with zipfile.ZipFile(source) as zf:
        infos = zf.infolist()
        parts = {i.filename: zf.read(i) for i in infos}
    lines = parts["records/teacher.jsonl"].splitlines(keepends=True)
    lines[0] = lines[0].replace(b'"active":1', b'"active":0', 1)
    assert b'"active":0' in lines[0]
    parts["records/teacher.jsonl"] = b"".join(lines)
    bad = tmp_path / source.name
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in infos:
            zf.writestr(info.filename, parts[info.filename])
    refuse(receiver("lead_base"), bad, berr.CONTENT_MISMATCH)


def test_an_unlisted_extra_part(alliance, receiver, tmp_path):
    """A records file slipped in beside the signed ones, the manifest kept as signed."""
    manifest, entries = unpack(alliance.bundles["m1"])
    with zipfile.ZipFile(alliance.bundles["m1"]) as zf:
        signed_manifest = zf.read("manifest.json")
    extra = entries["records/teacher.jsonl"]
    bad = repack(tmp_path / "extra.jtb", manifest, entries, sign=key_of(alliance, "m1"),
                 manifest_bytes=signed_manifest, list_entries=False,
                 extra=[("records/quota_rule.jsonl", extra)])
    refuse(receiver("lead_base"), bad, berr.NOT_LISTED)
