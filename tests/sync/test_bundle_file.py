"""The bundle container (docs/sync.md §4): written atomically, read with every check first.

Real zips, real Ed25519 keys, real files. Hostile bundles are crafted with zipfile and signed
by a real key, so each test proves the one check it names refuses, not the signature.
"""

import base64
import hashlib
import json
import os
import subprocess
import sys
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jituan_desktop.sync import bundle_errors as msg
from jituan_desktop.sync.bundle_file import (FORMAT, BundleError, Limits, bundle_files,
                                             is_unsafe_name, read_bundle, write_bundle)

NAME = "jituan_ALLY_S01_member_1a2b3c4d_1-3.jtb"
MiB = 1024 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Sender:
    """One installation: its key pair and the manifest fields its bundles carry."""

    def __init__(self):
        self.key = Ed25519PrivateKey.generate()
        self.public = self.key.public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw)
        self.installation = str(uuid.uuid4())
        self.school = str(uuid.uuid4())
        self.alliance = str(uuid.uuid4())

    def trusted(self, installation: str):
        return self.public if installation == self.installation else None

    def manifest(self, **changes) -> dict:
        manifest = {"format": FORMAT, "app_version": "0.1.0", "schema": ["0001_initial"],
                    "kind": "member", "alliance": self.alliance, "sender_school": self.school,
                    "sender_installation": self.installation,
                    "covers": {self.installation: [1, 3]},
                    "acks": {self.school: {self.installation: 0}},
                    "summaries": {self.school: {"records": 3, "digest": "0" * 64}}}
        manifest.update(changes)
        return manifest


def record_lines(n: int, start: int = 0) -> bytes:
    return b"".join(json.dumps({"uuid": str(uuid.UUID(int=i)), "version": i + 1,
                                "topic": f"分数的意义 第{i}课", "based_on": None},
                               ensure_ascii=False).encode() + b"\n"
                    for i in range(start, start + n))


ATTACHMENT = "照片".encode() * 300 + bytes(range(256))
ENTRIES = {"records/observation.jsonl": record_lines(3),
           f"attachments/{sha(ATTACHMENT)}": ATTACHMENT,
           "documents/1.json": json.dumps({"document": "certificate", "n": 1}).encode()}


def craft(path: Path, sender: Sender, members: list, *, manifest: dict | None = None,
          manifest_bytes: bytes | None = None, signer=None,
          compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip laid out like a bundle, with whatever members, listed and signed for real."""
    if manifest_bytes is None:
        manifest = manifest if manifest is not None else sender.manifest()
        manifest.setdefault("entries", {name: {"sha256": sha(data), "size": len(data)}
                                        for name, data in members
                                        if name not in ("manifest.json", "signature")})
        manifest.setdefault("counts", {name[8:-6]: data.count(b"\n") for name, data in members
                                       if name.startswith("records/")})
        manifest_bytes = json.dumps(manifest, ensure_ascii=False).encode()
    signature = base64.b64encode((signer or sender.key).sign(manifest_bytes))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we plant
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                zf.writestr(zipfile.ZipInfo(name), data, compress_type=compress)
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("signature", signature)
    return path


def refused(path, sender: Sender, work_dir: Path, reason: str, **kwargs) -> BundleError:
    """Read ``path``, expect a refusal for ``reason``, and check nothing is left unpacked."""
    work_dir.mkdir(exist_ok=True)
    with pytest.raises(BundleError) as caught:
        read_bundle(path, sender.trusted, work_dir=work_dir, **kwargs)
    assert caught.value.problem.text == reason, str(caught.value)
    assert Path(path).name in str(caught.value)
    assert list(work_dir.iterdir()) == []
    return caught.value


@pytest.fixture
def sender():
    return Sender()


# --------------------------------------------------------------------------- round trips

def test_round_trip_with_a_5_mb_attachment_and_10000_records(tmp_path, sender):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(5 * MiB))
    records = record_lines(10_000)
    target = tmp_path / "stick"
    target.mkdir()
    entries = {"records/observation.jsonl": records,
               f"attachments/{sha(photo.read_bytes())}": photo,
               "documents/2.json": b'{"n": 2}', "documents/10.json": b'{"n": 10}'}
    written = write_bundle(target, NAME, sender.manifest(), entries, sender.key.sign)

    assert written == target / NAME
    assert sorted(p.name for p in target.iterdir()) == [NAME]  # no .partial left
    assert bundle_files(target) == [written]
    with read_bundle(written, sender.trusted, work_dir=tmp_path / "work") as opened:
        assert opened.manifest["counts"] == {"observation": 10_000}
        assert opened.manifest["entries"]["records/observation.jsonl"] == {
            "sha256": sha(records), "size": len(records)}
        assert opened.content_id == sha(opened.manifest_bytes)
        assert opened.tables == ["observation"]
        got = list(opened.records("observation"))
        assert got == [json.loads(line) for line in records.splitlines()]
        assert got[7]["topic"] == "分数的意义 第7课"
        assert list(opened.records("teacher")) == []
        [photo_sha] = opened.attachments
        assert opened.attachment_bytes(photo_sha) == photo.read_bytes()
        assert [d["n"] for d in opened.documents] == [2, 10]  # numeric, not name, order
        unpacked = opened.attachment_path(photo_sha).parent.parent
    assert not unpacked.exists()  # closing removes the unpacked copy


def test_the_same_content_gives_the_same_bytes_and_content_id(tmp_path, sender):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    first = write_bundle(a, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    renamed = write_bundle(b, "renamed.jtb", sender.manifest(), ENTRIES, sender.key.sign)
    assert first.read_bytes() == renamed.read_bytes()
    with read_bundle(first, sender.trusted) as x, read_bundle(renamed, sender.trusted) as y:
        assert x.content_id == y.content_id


def test_writing_again_replaces_the_bundle_and_leaves_the_callers_manifest_alone(
        tmp_path, sender):
    manifest = sender.manifest()
    write_bundle(tmp_path, NAME, manifest, ENTRIES, sender.key.sign)
    entries = dict(ENTRIES, **{"records/observation.jsonl": record_lines(5)})
    write_bundle(tmp_path, NAME, manifest, entries, sender.key.sign)
    assert "entries" not in manifest and "counts" not in manifest
    with read_bundle(tmp_path / NAME, sender.trusted) as opened:
        assert len(list(opened.records("observation"))) == 5


# --------------------------------------------------------------------------- damaged files

@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory):
    sender = Sender()
    folder = tmp_path_factory.mktemp("small")
    path = write_bundle(folder, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    with read_bundle(path, sender.trusted) as opened:
        content = (opened.manifest_bytes, list(opened.records("observation")),
                   opened.attachment_bytes(sha(ATTACHMENT)), opened.documents)
    return sender, path.read_bytes(), content


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_bundle_truncated_at_any_point_is_refused(small_bundle, tmp_path_factory, data):
    sender, good, _ = small_bundle
    length = data.draw(st.one_of(st.integers(0, len(good) - 1),
                                 st.sampled_from([0, 1, 4, 30, len(good) // 2,
                                                  len(good) - 22, len(good) - 1])))
    folder = tmp_path_factory.mktemp("cut")
    cut = folder / NAME
    cut.write_bytes(good[:length])
    error = refused(cut, sender, folder / "work", msg.NOT_A_ZIP)
    assert NAME in error.render()


def test_one_byte_flipped_anywhere_never_lets_altered_content_through(small_bundle, tmp_path):
    """Every position, exhaustively: refused, or read with exactly the original content.

    What may change unnoticed carries no content: zip bookkeeping (timestamps, version and
    attribute fields, the local copies of sizes) and the end-of-block code after an entry's
    last byte of output, which the unpacker never needs to decode. Every byte of an entry's
    name and of the rest of its data is checked.
    """
    sender, good, original = small_bundle
    (tmp_path / "probe.jtb").write_bytes(good)
    with zipfile.ZipFile(tmp_path / "probe.jtb") as zf:
        guarded = set()
        for info in zf.infolist():
            local_name = info.header_offset + 30
            data_start = local_name + len(info.orig_filename) + len(info.extra)
            guarded.update(range(local_name, data_start + info.compress_size - 2))
    work = tmp_path / "work"
    accepted = []
    for position in range(len(good)):
        flipped = bytearray(good)
        flipped[position] ^= 0xFF
        path = tmp_path / NAME
        path.write_bytes(bytes(flipped))
        try:
            opened = read_bundle(path, sender.trusted, work_dir=work)
        except BundleError:
            continue
        with opened:
            assert (opened.manifest_bytes, list(opened.records("observation")),
                    opened.attachment_bytes(sha(ATTACHMENT)), opened.documents) == original
        accepted.append(position)
    assert not guarded & set(accepted)
    assert len(accepted) < len(good) // 4
    assert list(work.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"hello", os.urandom(5000), b"%PDF-1.7\n" * 50,
                                     b"PK\x03\x04" + os.urandom(100)])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, sender, content):
    path = tmp_path / NAME
    path.write_bytes(content)
    refused(path, sender, tmp_path / "work", msg.NOT_A_ZIP)


def test_a_zip_that_is_not_a_bundle_is_refused(tmp_path, sender):
    path = tmp_path / "holiday.jtb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("records/observation.jsonl", "{}\n")
    refused(path, sender, tmp_path / "work", msg.MISSING_ENTRY)


def test_a_missing_or_unreadable_file_is_refused(tmp_path, sender):
    refused(tmp_path / NAME, sender, tmp_path / "work", msg.UNREADABLE)
    (tmp_path / "folder.jtb").mkdir()
    refused(tmp_path / "folder.jtb", sender, tmp_path / "work", msg.UNREADABLE)


# --------------------------------------------------------------------------- limits

def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path, sender):
    zeros = b" " * (30 * MiB)
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", zeros)])
    refused(path, sender, tmp_path / "work", msg.ZIP_BOMB)


def test_a_huge_attachment_is_refused(tmp_path, sender):
    photo = os.urandom(20 * MiB + 1)
    path = craft(tmp_path / NAME, sender, [(f"attachments/{sha(photo)}", photo)],
                 compress=zipfile.ZIP_STORED)
    error = refused(path, sender, tmp_path / "work", msg.ENTRY_TOO_LARGE)
    assert "20.0" in str(error)


@pytest.mark.parametrize("limits", [Limits(records_file=100), Limits(total=1000),
                                    Limits(entries=4), Limits(document=10)])
def test_each_size_limit_is_applied(tmp_path, sender, limits):
    path = write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    reason = {Limits(entries=4): msg.TOO_MANY_ENTRIES,
              Limits(total=1000): msg.TOTAL_TOO_LARGE}.get(limits, msg.ENTRY_TOO_LARGE)
    refused(path, sender, tmp_path / "work", reason, limits=limits)


def test_the_writer_refuses_what_the_reader_would_refuse_by_size(tmp_path, sender):
    photo = os.urandom(1000)
    with pytest.raises(BundleError) as caught:
        write_bundle(tmp_path, NAME, sender.manifest(), {f"attachments/{sha(photo)}": photo},
                     sender.key.sign, limits=Limits(attachment=999))
    assert caught.value.problem.text == msg.ENTRY_TOO_LARGE
    assert list(tmp_path.iterdir()) == []


def test_a_bundle_that_fails_its_read_back_check_is_not_exported(tmp_path, sender):
    """Content that compresses beyond the zip-bomb ratio would be refused by every reader."""
    records = b'{"a":1}\n' * 400_000
    with pytest.raises(BundleError) as caught:
        write_bundle(tmp_path, NAME, sender.manifest(), {"records/observation.jsonl": records},
                     sender.key.sign)
    assert caught.value.problem.text == msg.WRITE_CHECK_FAILED
    assert "zip bomb" in str(caught.value) and NAME in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- names

@pytest.mark.parametrize("name", ["../evil.jsonl", "records/../../evil.jsonl", "/etc/passwd",
                                  "/records/observation.jsonl", "C:/Windows/evil",
                                  "c:evil", "records\\observation.jsonl", "..\\..\\evil",
                                  "records//observation.jsonl", "./records/observation.jsonl"])
def test_entry_names_that_escape_the_folder_are_refused(tmp_path, sender, name):
    path = craft(tmp_path / NAME, sender, [(name, b"{}\n")])
    refused(path, sender, tmp_path / "work", msg.UNSAFE_PATH)


@pytest.mark.parametrize("name", ["notes.txt", "records/Observation.jsonl", "records/",
                                  "attachments/not-a-hash", "records/observation.json",
                                  "documents/cert.json", "records/a/b.jsonl"])
def test_entries_no_bundle_holds_are_refused(tmp_path, sender, name):
    path = craft(tmp_path / NAME, sender, [(name, b"{}\n")])
    refused(path, sender, tmp_path / "work", msg.UNEXPECTED_ENTRY)


def test_unsafe_names_include_control_characters():
    assert is_unsafe_name("records/obs\x00.jsonl") and is_unsafe_name("a\nb")
    assert not is_unsafe_name("records/observation.jsonl")


@pytest.mark.parametrize("name", ["records/observation.jsonl", "manifest.json"])
def test_duplicate_entries_are_refused(tmp_path, sender, name):
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", b"{}\n"),
                                           (name, b"{}\n")])
    refused(path, sender, tmp_path / "work", msg.DUPLICATE_ENTRY)


def test_an_encrypted_entry_is_refused(tmp_path, sender):
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", b"{}\n")])
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")  # the first entry in the central directory
    data[central + 8] |= 0x01  # its "encrypted" flag
    path.write_bytes(bytes(data))
    refused(path, sender, tmp_path / "work", msg.UNSUPPORTED_ENTRY)


# --------------------------------------------------------------------------- the manifest

def test_a_manifest_that_is_not_json_is_refused(tmp_path, sender):
    path = craft(tmp_path / NAME, sender, [], manifest_bytes=b'{"format": "jituan-bundle/1",')
    refused(path, sender, tmp_path / "work", msg.MANIFEST_NOT_JSON)


def test_a_manifest_with_a_repeated_key_is_refused(tmp_path, sender):
    text = json.dumps(sender.manifest(entries={}, counts={}))[:-1] + ', "kind": "lead"}'
    path = craft(tmp_path / NAME, sender, [], manifest_bytes=text.encode())
    refused(path, sender, tmp_path / "work", msg.MANIFEST_NOT_JSON)


@pytest.mark.parametrize("field", ["app_version", "schema", "kind", "alliance", "sender_school",
                                   "sender_installation", "covers", "acks", "summaries",
                                   "entries", "counts"])
def test_a_manifest_missing_a_field_is_refused_naming_it(tmp_path, sender, field):
    manifest = sender.manifest(entries={}, counts={})
    del manifest[field]
    path = craft(tmp_path / NAME, sender, [], manifest_bytes=json.dumps(manifest).encode())
    assert field in str(refused(path, sender, tmp_path / "work", msg.MANIFEST_INVALID))


@pytest.mark.parametrize("field,value", [
    ("kind", "holiday"), ("alliance", "not-a-uuid"), ("covers", {"x": [5, 1]}),
    ("covers", {"x": [1]}), ("acks", {"s": {"i": -1}}), ("acks", {"s": {"i": True}}),
    ("summaries", {"s": {"records": 1}}), ("schema", "0001_initial"),
    ("entries", {"records/observation.jsonl": {"sha256": "00", "size": 3}}),
    ("counts", {"observation": "3"})])
def test_a_manifest_field_of_the_wrong_shape_is_refused(tmp_path, sender, field, value):
    manifest = sender.manifest(entries={}, counts={})
    manifest[field] = value
    path = craft(tmp_path / NAME, sender, [], manifest=manifest)
    assert field in str(refused(path, sender, tmp_path / "work", msg.MANIFEST_INVALID))


def test_another_format_is_refused_and_a_newer_one_asks_for_an_update(tmp_path, sender, zh):
    path = craft(tmp_path / NAME, sender, [], manifest=sender.manifest(format="zip-of-photos"))
    refused(path, sender, tmp_path / "work", msg.NOT_A_BUNDLE)
    path = craft(tmp_path / NAME, sender, [], manifest=sender.manifest(format="jituan-bundle/2"))
    error = refused(path, sender, tmp_path / "work", msg.NEWER_FORMAT)
    assert "update" in str(error)
    assert NAME in error.render(zh) and "更新" in error.render(zh)


@pytest.mark.parametrize("line", [b"not json", b"[1, 2]", b"", b"\xff\xfe{}", b'{"a": 1'])
def test_a_malformed_record_line_is_refused_with_its_line_number(tmp_path, sender, line):
    records = record_lines(2) + line + b"\n" + record_lines(1, start=5)
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", records)])
    with read_bundle(path, sender.trusted) as opened:
        with pytest.raises(BundleError) as caught:
            list(opened.records("observation"))
    assert caught.value.problem.text == msg.MALFORMED_RECORD
    assert "line 3 of records/observation.jsonl" in str(caught.value)


def test_a_malformed_document_is_refused(tmp_path, sender):
    path = craft(tmp_path / NAME, sender, [("documents/1.json", b"[not json")])
    refused(path, sender, tmp_path / "work", msg.MALFORMED_DOCUMENT)


# --------------------------------------------------------------------------- signatures

def test_an_altered_entry_under_a_valid_signature_is_refused(tmp_path, sender):
    good = record_lines(3)
    manifest = sender.manifest(entries={"records/observation.jsonl": {
        "sha256": sha(good), "size": len(good)}}, counts={"observation": 3})
    evil = good.replace(b"\xe5\x88\x86", b"\xe5\x88\x87")  # one character changed, same size
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", evil)],
                 manifest=manifest)
    refused(path, sender, tmp_path / "work", msg.CONTENT_MISMATCH)


def test_an_attachment_not_matching_its_name_is_refused(tmp_path, sender):
    photo = b"a real photo"
    path = craft(tmp_path / NAME, sender, [(f"attachments/{sha(b'another')}", photo)])
    refused(path, sender, tmp_path / "work", msg.CONTENT_MISMATCH)


def test_an_altered_manifest_keeps_no_valid_signature(tmp_path, sender):
    path = write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["covers"][sender.installation] = [1, 999]
    forged = tmp_path / "forged.jtb"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, json.dumps(manifest).encode() if name == "manifest.json" else data)
    refused(forged, sender, tmp_path / "work", msg.BAD_SIGNATURE)


def test_a_signature_by_another_key_claiming_the_sender_is_refused(tmp_path, sender):
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", b"{}\n")],
                 signer=Ed25519PrivateKey.generate())
    refused(path, sender, tmp_path / "work", msg.BAD_SIGNATURE)


def test_a_signature_that_is_not_base64_is_refused(tmp_path, sender):
    path = write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, b"not*base64!" if name == "signature" else data)
    refused(path, sender, tmp_path / "work", msg.BAD_SIGNATURE)


def test_an_unknown_signer_is_refused_naming_the_installation(tmp_path, sender):
    stranger = Sender()
    path = write_bundle(tmp_path, NAME, stranger.manifest(), ENTRIES, stranger.key.sign)
    error = refused(path, sender, tmp_path / "work", msg.UNKNOWN_SIGNER)
    assert stranger.installation in str(error)


def test_an_entry_not_in_the_manifest_is_refused(tmp_path, sender):
    manifest = sender.manifest(entries={}, counts={})
    path = craft(tmp_path / NAME, sender, [("documents/1.json", b"{}")], manifest=manifest)
    refused(path, sender, tmp_path / "work", msg.NOT_LISTED)


def test_an_entry_in_the_manifest_but_not_in_the_zip_is_refused(tmp_path, sender):
    data = record_lines(1)
    manifest = sender.manifest(entries={"records/observation.jsonl": {
        "sha256": sha(data), "size": len(data)}}, counts={"observation": 1})
    path = craft(tmp_path / NAME, sender, [], manifest=manifest)
    refused(path, sender, tmp_path / "work", msg.MISSING_ENTRY)


def test_record_counts_must_match_the_manifest(tmp_path, sender):
    manifest = sender.manifest(counts={"observation": 4})
    path = craft(tmp_path / NAME, sender, [("records/observation.jsonl", record_lines(3))],
                 manifest=manifest)
    error = refused(path, sender, tmp_path / "work", msg.COUNT_MISMATCH)
    assert "3 observation records" in str(error)


# --------------------------------------------------------------------------- writing safely

def test_partial_files_are_never_imported(tmp_path, sender):
    good = write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    partial = tmp_path / (NAME + ".partial")
    good.rename(partial)
    (tmp_path / ("._" + NAME)).write_bytes(b"\0" * 100)  # macOS companion on a FAT stick
    (tmp_path / "notes.txt").write_text("x")
    upper = write_bundle(tmp_path, "OLD.JTB", sender.manifest(), ENTRIES, sender.key.sign)
    assert bundle_files(tmp_path) == [upper]
    refused(partial, sender, tmp_path / "work", msg.PARTIAL)


def test_a_writer_failing_before_the_rename_leaves_no_importable_file(tmp_path, sender):
    def failing_sign(data: bytes) -> bytes:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, failing_sign)
    assert list(tmp_path.iterdir()) == []

    gone = tmp_path / "photo.jpg"  # an attachment missing from the data folder
    with pytest.raises(BundleError) as caught:
        write_bundle(tmp_path, NAME, sender.manifest(),
                     dict(ENTRIES, **{f"attachments/{'0' * 64}": gone}), sender.key.sign)
    assert caught.value.problem.text == msg.UNREADABLE and "photo.jpg" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


WRITER = """
import os, sys
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jituan_desktop.sync.bundle_file import write_bundle
manifest = {manifest!r}
entries = {entries!r}
def killed(data):
    os._exit(9)  # the process dies here: entries are written, the rename never happens
write_bundle(Path(sys.argv[1]), {name!r}, manifest, entries, killed)
"""


def test_a_writer_killed_before_the_rename_leaves_only_a_partial_file(tmp_path, sender):
    script = WRITER.format(manifest=sender.manifest(), entries=ENTRIES, name=NAME)
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True)
    assert run.returncode == 9, run.stderr
    assert [p.name for p in tmp_path.iterdir()] == [NAME + ".partial"]
    assert bundle_files(tmp_path) == []
    refused(tmp_path / (NAME + ".partial"), sender, tmp_path / "work", msg.PARTIAL)
    (tmp_path / "work").rmdir()

    # The next export replaces the leftover and succeeds.
    written = write_bundle(tmp_path, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    assert [p.name for p in tmp_path.iterdir()] == [NAME]
    read_bundle(written, sender.trusted).close()


def test_a_folder_that_cannot_be_written_is_reported_by_name(tmp_path, sender, zh):
    missing = tmp_path / "no-stick"
    with pytest.raises(BundleError) as caught:
        write_bundle(missing, NAME, sender.manifest(), ENTRIES, sender.key.sign)
    assert caught.value.problem.text == msg.WRITE_FAILED
    assert NAME in str(caught.value) and str(missing) in str(caught.value)
    assert NAME in caught.value.render(zh) and "无法" in caught.value.render(zh)


def test_the_writer_rejects_what_only_a_bug_could_pass(tmp_path, sender):
    with pytest.raises(ValueError):
        write_bundle(tmp_path, NAME, sender.manifest(), {"../x.jsonl": b""}, sender.key.sign)
    with pytest.raises(ValueError):
        write_bundle(tmp_path, NAME, sender.manifest(), {"manifest.json": b"{}"},
                     sender.key.sign)
    with pytest.raises(ValueError):
        write_bundle(tmp_path, NAME, sender.manifest(), {f"attachments/{'0' * 64}": b"x"},
                     sender.key.sign)
    manifest = sender.manifest()
    del manifest["covers"]
    with pytest.raises(ValueError):
        write_bundle(tmp_path, NAME, manifest, ENTRIES, sender.key.sign)
    assert list(tmp_path.iterdir()) == []


def test_refusals_read_in_chinese_naming_the_file(tmp_path, sender, zh):
    path = tmp_path / NAME
    path.write_bytes(b"hello")
    error = refused(path, sender, tmp_path / "work", msg.NOT_A_ZIP)
    assert NAME in error.render(zh) and "不是" in error.render(zh)
