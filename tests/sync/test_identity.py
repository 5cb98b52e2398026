"""The installation key file, fingerprints and the decision to rotate (docs/sync.md §1)."""

import base64
import hashlib
import json
import os
import re
import shutil
import stat
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import given, strategies as st

from jituan_desktop.storage.store import Store
from jituan_desktop.sync import identity as ident
from jituan_desktop.sync.identity import (KEY_FILE, IdentityError, RotationReason,
                                          counter_after_rotation, create_identity, fingerprint,
                                          load_identity, needs_rotation, normalise_fingerprint,
                                          read_key_file, record_sent)
from suite_clock import CLOCK

FINGERPRINT = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def new_id() -> str:
    return str(uuid.uuid4())


def key_file_content(folder) -> dict:
    return json.loads((folder / KEY_FILE).read_text(encoding="utf-8"))


def write_key_file(folder, content) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content)
    (folder / KEY_FILE).write_text(text, encoding="utf-8")


# -- the file ----------------------------------------------------------------------------------

def test_create_and_load_round_trip(tmp_path):
    installation = new_id()
    made = create_identity(tmp_path, installation)
    loaded = load_identity(tmp_path)
    assert loaded == made
    assert loaded.installation_id == installation and loaded.sent_through == 0
    assert len(loaded.private_key) == 32 and len(loaded.public_key) == 32
    # the key pair works: a signature by the file's private key verifies with its public key
    Ed25519PublicKey.from_public_bytes(loaded.public_key).verify(loaded.sign(b"hello"), b"hello")


def test_the_file_holds_the_documented_fields(tmp_path):
    made = create_identity(tmp_path, new_id())
    content = key_file_content(tmp_path)
    assert content == {"format": "jituan-installation/1",
                       "installation_id": made.installation_id,
                       "private_key": base64.b64encode(made.private_key).decode(),
                       "public_key": base64.b64encode(made.public_key).decode(),
                       "sent_through": 0,
                       # this laptop's machine token (docs/sync.md §1), not the id itself
                       "machine": hashlib.sha256(
                           f"jituan-machine/1\n{os.environ['JITUAN_MACHINE_ID']}".encode()
                       ).hexdigest()}


def test_each_creation_makes_a_fresh_key(tmp_path):
    installation = new_id()
    first = create_identity(tmp_path / "a", installation)
    second = create_identity(tmp_path / "a", installation)
    assert first.public_key != second.public_key
    assert load_identity(tmp_path / "a") == second


@pytest.mark.skipif(os.name == "nt", reason="no file modes on Windows")
def test_only_the_owner_may_read_the_key_file(tmp_path):
    create_identity(tmp_path, new_id())
    record_sent(tmp_path, 7)  # a rewrite keeps the mode too
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600


def test_writing_leaves_no_temporary_files(tmp_path):
    create_identity(tmp_path, new_id())
    record_sent(tmp_path, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == [KEY_FILE]


def test_private_key_is_not_in_the_repr(tmp_path):
    made = create_identity(tmp_path, new_id())
    assert base64.b64encode(made.private_key).decode() not in repr(made)
    assert repr(made.private_key) not in repr(made)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(tmp_path):
    made = create_identity(tmp_path, new_id())
    before = (tmp_path / KEY_FILE).read_bytes()
    # the folder is full of a directory where the temporary file's rename must land
    os.replace(tmp_path / KEY_FILE, tmp_path / "kept")
    (tmp_path / KEY_FILE).mkdir()
    (tmp_path / KEY_FILE / "x").write_text("occupied")
    with pytest.raises(IdentityError) as refused:
        ident.write_identity(tmp_path, made)
    assert KEY_FILE in str(refused.value) and "cannot" in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert (tmp_path / "kept").read_bytes() == before


def test_create_refuses_a_malformed_installation_id(tmp_path):
    with pytest.raises(ValueError):
        create_identity(tmp_path, "not-a-uuid")
    assert not (tmp_path / KEY_FILE).exists()


# -- refusals when loading -----------------------------------------------------------------

def test_a_missing_key_file_is_refused_with_its_name(tmp_path, zh):
    with pytest.raises(IdentityError) as refused:
        load_identity(tmp_path)
    assert str(tmp_path / KEY_FILE) in str(refused.value)
    chinese = refused.value.render(zh)
    assert str(tmp_path / KEY_FILE) in chinese and CHINESE.search(chinese)


def valid_content(tmp_path):
    create_identity(tmp_path / "model", new_id())
    return key_file_content(tmp_path / "model")


def other_public_key(tmp_path):
    return base64.b64encode(create_identity(tmp_path / "other", new_id()).public_key).decode()


DAMAGES = {
    "not JSON": lambda c, t: '{"format": "jituan-installation/1", "installation',
    "not an object": lambda c, t: "[1, 2]",
    "another format": lambda c, t: {**c, "format": "jituan-installation/2"},
    "no installation id": lambda c, t: {k: v for k, v in c.items() if k != "installation_id"},
    "installation id not a uuid": lambda c, t: {**c, "installation_id": "laptop-1"},
    "private key not base64": lambda c, t: {**c, "private_key": "***"},
    "private key too short": lambda c, t: {**c, "private_key": base64.b64encode(b"x" * 16).decode()},
    "public key missing": lambda c, t: {k: v for k, v in c.items() if k != "public_key"},
    "public key of another pair": lambda c, t: {**c, "public_key": other_public_key(t)},
    "negative sent_through": lambda c, t: {**c, "sent_through": -1},
    "sent_through not a number": lambda c, t: {**c, "sent_through": "12"},
    "sent_through a boolean": lambda c, t: {**c, "sent_through": True},
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_key_file_is_refused_with_its_name(tmp_path, damage, zh):
    folder = tmp_path / "data"
    write_key_file(folder, DAMAGES[damage](valid_content(tmp_path), tmp_path))
    state = read_key_file(folder)
    assert state.identity is None and state.damage and not state.missing
    with pytest.raises(IdentityError) as refused:
        load_identity(folder)
    assert str(folder / KEY_FILE) in refused.value.render(zh)
    assert CHINESE.search(refused.value.render(zh))


def test_an_unreadable_key_file_raises_instead_of_counting_as_missing(tmp_path):
    (tmp_path / KEY_FILE).mkdir()  # reading it fails, as a permission or disk error would
    with pytest.raises(IdentityError) as refused:
        read_key_file(tmp_path)
    assert KEY_FILE in str(refused.value)


def test_a_damaged_file_is_kept_aside_when_a_new_key_is_made(tmp_path):
    write_key_file(tmp_path, "garbage")
    made = create_identity(tmp_path, new_id())
    assert (tmp_path / (KEY_FILE + ".damaged")).read_text(encoding="utf-8") == "garbage"
    assert load_identity(tmp_path) == made


# -- sent_through --------------------------------------------------------------------------------

def test_record_sent_raises_and_never_lowers(tmp_path):
    made = create_identity(tmp_path, new_id())
    assert record_sent(tmp_path, 40).sent_through == 40
    assert record_sent(tmp_path, 12).sent_through == 40
    assert record_sent(tmp_path, 41).sent_through == 41
    loaded = load_identity(tmp_path)
    assert loaded.sent_through == 41
    assert (loaded.installation_id, loaded.public_key) == (made.installation_id, made.public_key)


@pytest.mark.parametrize("counter", [-1, 2.5, "9", True, None])
def test_record_sent_refuses_a_counter_that_is_not_one(tmp_path, counter):
    create_identity(tmp_path, new_id())
    with pytest.raises(IdentityError):
        record_sent(tmp_path, counter)
    assert load_identity(tmp_path).sent_through == 0


def test_record_sent_refuses_a_folder_without_key(tmp_path):
    with pytest.raises(IdentityError):
        record_sent(tmp_path, 5)
    assert not (tmp_path / KEY_FILE).exists()


# -- fingerprints ---------------------------------------------------------------------------------

def test_fingerprint_is_stable():
    # pinned values: a fingerprint read over the phone must never change between versions
    assert fingerprint(bytes(range(32))) == "MMG4-2KLG-YQZW-NEIS"
    assert fingerprint(bytes(32)) == "MZUH-VLPY-MK6X-O3EP"


@given(st.binary(min_size=32, max_size=32))
def test_fingerprint_is_four_readable_groups_of_four(key):
    shown = fingerprint(key)
    assert FINGERPRINT.match(shown)
    assert fingerprint(key) == shown
    # typed back the way people type it, it is recognised as the same
    assert normalise_fingerprint(shown.lower().replace("-", " ")) == shown


def test_fingerprints_of_different_keys_differ(tmp_path):
    shown = {create_identity(tmp_path / str(i), new_id()).fingerprint for i in range(50)}
    assert len(shown) == 50


@pytest.mark.parametrize("typed,expected", [
    ("mmg4-2klg-yqzw-neis", "MMG4-2KLG-YQZW-NEIS"),
    (" MMG4 2KLG YQZW NEIS ", "MMG4-2KLG-YQZW-NEIS"),
    ("MZUHVLPYMK6X03EP", "MZUH-VLPY-MK6X-O3EP"),  # a zero typed for the letter O
    ("MMG4-2KLG-YQZW", None),
    ("MMG4-2KLG-YQZW-NEIS-AAAA", None),
    ("MMG4-2KLG-YQZW-NE9S", None),  # 9 is never in a fingerprint
    ("", None),
])
def test_normalise_fingerprint(typed, expected):
    assert normalise_fingerprint(typed) == expected


# -- rotation ------------------------------------------------------------------------------------

def test_no_rotation_when_file_and_database_agree(tmp_path):
    made = create_identity(tmp_path, new_id())
    record_sent(tmp_path, 10)
    state = read_key_file(tmp_path)
    assert needs_rotation(state, made.installation_id, 10) is None
    assert needs_rotation(state, made.installation_id, 25) is None


def test_rotation_when_the_key_file_is_missing(tmp_path):
    state = read_key_file(tmp_path)
    assert state.missing
    assert needs_rotation(state, new_id(), 5) is RotationReason.NO_KEY_FILE


def test_first_key_of_a_database_that_never_had_one_is_no_rotation(tmp_path):
    assert needs_rotation(read_key_file(tmp_path), new_id(), 5, db_had_key=False) is None


def test_rotation_when_the_key_file_is_damaged(tmp_path):
    write_key_file(tmp_path, "{}")
    assert needs_rotation(read_key_file(tmp_path), new_id(), 0) is RotationReason.DAMAGED_KEY_FILE


def test_rotation_when_the_key_file_names_another_installation(tmp_path):
    create_identity(tmp_path, new_id())
    assert needs_rotation(read_key_file(tmp_path), new_id(), 0) \
        is RotationReason.OTHER_INSTALLATION


def test_rotation_when_the_counter_went_back_below_what_was_sent(tmp_path):
    made = create_identity(tmp_path, new_id())
    record_sent(tmp_path, 100)
    state = read_key_file(tmp_path)
    assert needs_rotation(state, made.installation_id, 99) is RotationReason.RESTORED_BACKUP
    assert needs_rotation(state, made.installation_id, 100) is None


def test_counter_after_rotation(tmp_path):
    made = create_identity(tmp_path, new_id())
    record_sent(tmp_path, 100)
    state = read_key_file(tmp_path)
    # a restored backup continues above what it had already sent
    assert counter_after_rotation(state, made.installation_id, 60) == 100
    assert counter_after_rotation(state, made.installation_id, 130) == 130
    # another installation's file says nothing about this database
    assert counter_after_rotation(state, new_id(), 60) == 60
    assert counter_after_rotation(read_key_file(tmp_path / "none"), new_id(), 60) == 60


def test_every_rotation_reason_has_a_translated_explanation(zh):
    assert set(ident.ROTATION_TEXTS) == set(RotationReason)
    for text in ident.ROTATION_TEXTS.values():
        assert CHINESE.search(zh(ident.CONTEXT, text))


def test_rotation_decisions_on_real_data_folders(tmp_path, lead_store):
    """A data folder set up for real, then copied without its key, and restored from backup."""
    data = lead_store.data_dir
    counter = int(lead_store.meta("version_counter"))
    assert counter > 0
    create_identity(data, lead_store.installation_id)
    assert needs_rotation(read_key_file(data), lead_store.installation_id, counter) is None

    # a backup of the database alone, taken now
    backup = tmp_path / "backup"
    backup.mkdir()
    lead_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(lead_store.path, backup / lead_store.path.name)

    # the laptop works on and sends a bundle covering its newer versions
    first_new = lead_store.next_versions(5)
    record_sent(data, first_new + 4)

    # the database copied into a folder of its own: no key file there
    copied = Store.open(backup, clock=CLOCK)
    try:
        assert needs_rotation(read_key_file(backup), copied.installation_id,
                              int(copied.meta("version_counter"))) is RotationReason.NO_KEY_FILE
    finally:
        copied.close()

    # the backup restored over the laptop's folder: the key file is newer than the database
    lead_store.close()
    for suffix in ("-wal", "-shm"):
        (data / (lead_store.path.name + suffix)).unlink(missing_ok=True)
    shutil.copy2(backup / lead_store.path.name, lead_store.path)
    restored = Store.open(data, clock=CLOCK)
    try:
        restored_counter = int(restored.meta("version_counter"))
        state = read_key_file(data)
        assert needs_rotation(state, restored.installation_id, restored_counter) \
            is RotationReason.RESTORED_BACKUP
        assert counter_after_rotation(state, restored.installation_id, restored_counter) \
            == first_new + 4
    finally:
        restored.close()
