"""The installation's identity: its id and Ed25519 key in ``installation.json`` (docs/sync.md §1).

The private key lives next to the database in the data folder, never inside the database and
never in a bundle, so copying the database alone cannot copy the right to sign as this laptop.

What the store does when it opens (the integrator wires this into ``Store.open``; this module
only decides and writes the file)::

    state = read_key_file(data_dir)
    reason = needs_rotation(state, db_id, db_counter, db_had_key=<meta records a key>)
    if reason is None and state.identity is None:      # first start: the first key
        identity = create_identity(data_dir, db_id)
    elif reason is not None:                           # copied or restored: a new installation
        new_id = str(uuid.uuid4())
        counter = counter_after_rotation(state, db_id, db_counter)
        identity = create_identity(data_dir, new_id)    # file first: a crash before the
        # database commit only makes the next opening rotate once more, never reuses an id
        # then, in one transaction: meta installation_id = new_id, version_counter = counter,
        # db_id remembered as a former installation of this school.

Before a bundle leaves (before it is renamed into place), the export calls
``record_sent(data_dir, highest counter it covers)``.
"""

from __future__ import annotations

import base64
import contextlib
import binascii
import hashlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal
from . import laptop

CONTEXT = "Sync"
KEY_FILE = "installation.json"
KEY_FILE_FORMAT = "jituan-installation/1"
DAMAGED_SUFFIX = ".damaged"
KEY_SIZE = 32  # raw Ed25519 keys, private and public
FINGERPRINT_BYTES = 10  # 80 bits: 16 base32 characters, no padding

KEY_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Sync", "This data folder has no installation key file ({file}), so it cannot sign or "
    "send anything.")
KEY_FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "The installation key file {file} is damaged or is not a Jituan Desktop key file "
    "({detail}).")
KEY_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Sync", "The installation key file {file} cannot be read: {reason}")
KEY_FILE_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Sync", "The installation key file {file} cannot be written: {reason}")
BAD_COUNTER = QT_TRANSLATE_NOOP(
    "Sync", "The version counter {counter} recorded as sent is not a whole number of zero or more.")


class IdentityError(Refusal):
    """A refusal about the installation key file, carrying a message people can read."""

    context = CONTEXT


# -- encodings -----------------------------------------------------------------------------

def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: object, size: int | None = None) -> bytes:
    """Strict standard base64 (no stray characters); ``size`` checks the decoded length."""
    if not isinstance(text, str):
        raise ValueError("not a base64 string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(f"not base64: {exc}") from exc
    if size is not None and len(raw) != size:
        raise ValueError(f"{len(raw)} bytes instead of {size}")
    return raw


def is_uuid(text: object) -> bool:
    """A UUID in the canonical lower-case form the app writes (so equal ids compare equal)."""
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def public_key_of(private_key: bytes) -> bytes:
    # The raw forms, without cryptography's serialization module: it loads the SSH and PKCS
    # formats too (~30 ms), and the desktop app checks the key file before its window shows.
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


# -- fingerprints --------------------------------------------------------------------------

def fingerprint(public_key: bytes) -> str:
    """``K7QD-3MZA-X2PF-9T4B``: SHA-256 of the raw key, first 10 bytes, base32, groups of 4.

    Base32 (A–Z, 2–7) has no 0/O or 1/I pairs to confuse when read over the phone.
    """
    text = base64.b32encode(hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES]).decode()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


# Characters outside base32 that people type for ones inside it (digits read aloud).
_MISREAD = str.maketrans({"0": "O", "1": "I", "8": "B"})
_BASE32 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, spaces, dashes, 0 for O) in its shown form, or None."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_MISREAD)
    if len(compact) != 16 or not set(compact) <= _BASE32:
        return None
    return "-".join(compact[i:i + 4] for i in range(0, 16, 4))


# -- the key file ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Identity:
    """This installation: its id, its key pair and the highest counter that left in a bundle."""

    installation_id: str
    private_key: bytes = field(repr=False)
    public_key: bytes
    sent_through: int = 0
    # The machine token of the laptop this key file was made on (laptop.py); None in key
    # files written before it existed, which get it on their first opening.
    machine: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return b64encode(self.public_key)

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.private_key)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key().sign(data)


@dataclass(frozen=True)
class KeyFileState:
    """What the data folder's key file holds: an identity, nothing, or damage (why)."""

    path: Path
    identity: Identity | None = None
    damage: str | None = None

    @property
    def missing(self) -> bool:
        return self.identity is None and self.damage is None


def key_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / KEY_FILE


def parse_key_file(data: bytes) -> Identity:
    """The identity in a key file's bytes; ValueError naming what is wrong."""
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if not isinstance(content, dict):
        raise ValueError("not a JSON object")
    if content.get("format") != KEY_FILE_FORMAT:
        raise ValueError(f"format {content.get('format')!r}")
    installation_id = content.get("installation_id")
    if not is_uuid(installation_id):
        raise ValueError("installation_id")
    try:
        private_key = b64decode(content.get("private_key"), KEY_SIZE)
    except ValueError as exc:
        raise ValueError(f"private_key: {exc}") from exc
    try:
        public_key = b64decode(content.get("public_key"), KEY_SIZE)
    except ValueError as exc:
        raise ValueError(f"public_key: {exc}") from exc
    if public_key_of(private_key) != public_key:
        raise ValueError("public_key does not belong to private_key")
    sent_through = content.get("sent_through", 0)
    if type(sent_through) is not int or sent_through < 0:
        raise ValueError("sent_through")
    machine = content.get("machine")
    if machine is not None and not (isinstance(machine, str) and len(machine) == 64
                                    and set(machine) <= set("0123456789abcdef")):
        raise ValueError("machine")
    return Identity(installation_id, private_key, public_key, sent_through, machine)


def read_key_file(data_dir: Path | str) -> KeyFileState:
    """The key file's state; only a file that exists but cannot be read at all raises.

    An unreadable file (permissions, a disk error) raises rather than counting as missing:
    rotating would replace a key that may be perfectly good.
    """
    path = key_file(data_dir)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return KeyFileState(path)
    except OSError as exc:
        raise IdentityError(KEY_FILE_UNREADABLE, file=str(path), reason=exc.strerror or str(exc))
    try:
        return KeyFileState(path, identity=parse_key_file(data))
    except ValueError as exc:
        return KeyFileState(path, damage=str(exc))


def load_identity(data_dir: Path | str) -> Identity:
    """The identity to sign with; refuses a missing or damaged key file."""
    state = read_key_file(data_dir)
    if state.damage is not None:
        raise IdentityError(KEY_FILE_DAMAGED, file=str(state.path), detail=state.damage)
    if state.identity is None:
        raise IdentityError(KEY_FILE_MISSING, file=str(state.path))
    return state.identity


def key_file_bytes(identity: Identity) -> bytes:
    content = {"format": KEY_FILE_FORMAT,
               "installation_id": identity.installation_id,
               "private_key": b64encode(identity.private_key),
               "public_key": b64encode(identity.public_key),
               "sent_through": identity.sent_through}
    if identity.machine is not None:
        content["machine"] = identity.machine
    return (json.dumps(content, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``path`` so that a crash leaves either the old file or the new one, never half.

    A temporary file in the same folder, created with ``mode`` from the start (the key is
    never readable by others, not even for a moment), flushed and fsynced, renamed over the
    old one; then the folder is fsynced so the rename itself survives a power cut.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as f:
            if hasattr(os, "fchmod") and mode != 0o600:  # mkstemp already makes 0600
                with contextlib.suppress(OSError):  # FAT sticks and shares refuse modes
                    os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows; NTFS journals renames
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_identity(data_dir: Path | str, identity: Identity) -> None:
    path = key_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, key_file_bytes(identity))
    except OSError as exc:
        raise IdentityError(KEY_FILE_UNWRITABLE, file=str(path), reason=exc.strerror or str(exc))


def new_identity(installation_id: str, sent_through: int = 0) -> Identity:
    """A fresh key pair for ``installation_id``, bound to this laptop."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes_raw()
    return Identity(installation_id, private, public_key_of(private), sent_through,
                    laptop.machine_token())


def create_identity(data_dir: Path | str, installation_id: str) -> Identity:
    """A fresh key pair for ``installation_id``, written as the data folder's key file.

    A damaged key file is moved aside (``installation.json.damaged``) rather than
    overwritten, so IT staff can still look at it.
    """
    if not is_uuid(installation_id):
        raise ValueError(f"not an installation id: {installation_id!r}")
    state = read_key_file(data_dir)
    if state.damage is not None:
        try:
            os.replace(state.path, state.path.with_name(KEY_FILE + DAMAGED_SUFFIX))
        except OSError as exc:
            raise IdentityError(KEY_FILE_UNWRITABLE, file=str(state.path),
                                reason=exc.strerror or str(exc))
    identity = new_identity(installation_id)
    write_identity(data_dir, identity)
    return identity


def record_sent(data_dir: Path | str, counter: int) -> Identity:
    """Raise ``sent_through`` to ``counter`` (never lower it); returns the identity as saved.

    Call it before the bundle becomes visible, with a counter the database has committed:
    a crash after it then over-states what left, which is harmless, while the reverse could
    let a restored backup reuse version numbers that other schools have seen.
    """
    if type(counter) is not int or counter < 0:
        raise IdentityError(BAD_COUNTER, counter=repr(counter))
    identity = load_identity(data_dir)
    # The laptop's register too: a restored copy of the whole folder carries an old key
    # file, but not the register (laptop.py).
    laptop.record_sent(identity.installation_id, data_dir, counter)
    if counter <= identity.sent_through:
        return identity
    raised = replace(identity, sent_through=counter)
    write_identity(data_dir, raised)
    return raised


def bind_to_machine(data_dir: Path | str, identity: Identity) -> Identity:
    """A key file from before machine tokens existed gets this laptop's (no rotation: it has
    never been bound, so it cannot tell a copy from the original)."""
    token = laptop.machine_token()
    if identity.machine is not None or token is None:
        return identity
    bound = replace(identity, machine=token)
    write_identity(data_dir, bound)
    return bound


# -- rotation ----------------------------------------------------------------------------------

class RotationReason(str, Enum):
    """Why an opening database becomes a new installation (docs/sync.md §1)."""

    NO_KEY_FILE = "no_key_file"              # the database was copied without its key
    DAMAGED_KEY_FILE = "damaged_key_file"    # the key is lost as surely as a missing one
    OTHER_INSTALLATION = "other_installation"  # the key file belongs to another database
    RESTORED_BACKUP = "restored_backup"      # the counter went back below what was sent
    COPIED_FOLDER = "copied_folder"          # the key file was made on another laptop
    RESTORED_FOLDER = "restored_folder"      # the whole folder is older than what left here
    ACKED_AHEAD = "acked_ahead"              # the lead holds more of this id than it wrote


ROTATION_TEXTS = {
    RotationReason.NO_KEY_FILE: QT_TRANSLATE_NOOP(
        "Sync", "The installation key file was missing (the database was copied or restored "
        "without it). This laptop is now a new installation; the lead school must approve it "
        "again before its bundles are accepted."),
    RotationReason.DAMAGED_KEY_FILE: QT_TRANSLATE_NOOP(
        "Sync", "The installation key file was damaged and has been kept aside. This laptop "
        "is now a new installation; the lead school must approve it again before its bundles "
        "are accepted."),
    RotationReason.OTHER_INSTALLATION: QT_TRANSLATE_NOOP(
        "Sync", "The database and the installation key file come from different installations "
        "(one of them was copied). This laptop is now a new installation; the lead school must "
        "approve it again before its bundles are accepted."),
    RotationReason.RESTORED_BACKUP: QT_TRANSLATE_NOOP(
        "Sync", "The database is older than what this laptop has already sent (a backup was "
        "restored). This laptop is now a new installation, so its new work never reuses "
        "version numbers other schools have seen; the lead school must approve it again."),
    RotationReason.COPIED_FOLDER: QT_TRANSLATE_NOOP(
        "Sync", "This data folder was copied or moved here from another computer. The computer "
        "it came from keeps its identity; this laptop is now a new installation, so the two "
        "never sign the same version numbers. Ask the lead school to approve this laptop "
        "(join again with a new invitation); if the other computer is no longer used, the lead "
        "school can revoke its old installation."),
    RotationReason.RESTORED_FOLDER: QT_TRANSLATE_NOOP(
        "Sync", "This data folder is older than what this laptop has already sent (it was "
        "restored from an older copy). This laptop is now a new installation, so its new work "
        "never reuses version numbers other schools have seen. Ask the lead school to approve "
        "it again; its next bundle gives back the records sent since that copy."),
    RotationReason.ACKED_AHEAD: QT_TRANSLATE_NOOP(
        "Sync", "The lead school holds more records of this laptop than this laptop ever "
        "wrote: its data folder is an older copy, or a copy of it is in use elsewhere. This "
        "laptop is now a new installation, so the two never sign the same version numbers. "
        "Ask the lead school to approve it again (join again with a new invitation)."),
}


def needs_rotation(state: KeyFileState, db_installation_id: str, db_counter: int, *,
                   db_had_key: bool = True, machine: str | None = None,
                   register_sent: int = 0, acked_ahead: bool = False) -> RotationReason | None:
    """Whether the opening database must become a new installation, and why (pure).

    ``db_had_key`` says whether this database has ever had a key file (the store records the
    public key in its ``meta`` when it makes one). A database that never had one — a new
    data folder, or one from before sync existed — gets its first key under its own id: no
    version of it can have left the laptop, so nothing can collide.

    ``machine``: this laptop's token (None: unknown, nothing to compare); ``register_sent``:
    the highest counter of this id that the laptop's register says has left; ``acked_ahead``:
    a lead bundle acknowledged more of this id than the database had written.
    """
    if state.damage is not None:
        return RotationReason.DAMAGED_KEY_FILE
    if state.identity is None:
        return RotationReason.NO_KEY_FILE if db_had_key else None
    if state.identity.installation_id != db_installation_id:
        return RotationReason.OTHER_INSTALLATION
    if machine is not None and state.identity.machine not in (None, machine):
        return RotationReason.COPIED_FOLDER
    if db_counter < state.identity.sent_through:
        return RotationReason.RESTORED_BACKUP
    if db_counter < register_sent:
        return RotationReason.RESTORED_FOLDER
    if acked_ahead:
        return RotationReason.ACKED_AHEAD
    return None


def counter_after_rotation(state: KeyFileState, db_installation_id: str, db_counter: int,
                           register_sent: int = 0) -> int:
    """The counter the new installation continues from: the database's, raised to what left.

    After a restored backup the old installation's versions up to ``sent_through`` have been
    seen by this laptop (it wrote them). Lamport order asks a later edit to count above them,
    so work done after the restore wins over the lost work it replaced, which is kept as a
    conflict for review, instead of being overturned by it when the lead's bundle returns it.
    A key file of another installation says nothing about this database, so it is ignored.
    """
    identity = state.identity
    if identity is not None and identity.installation_id == db_installation_id:
        return max(db_counter, identity.sent_through, register_sent)
    return db_counter
