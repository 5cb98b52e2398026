"""Backup files: a consistent snapshot of the database, what a snapshot holds, and the
encrypted file a principal carries away on a USB stick (docs/backups.md).

A snapshot is made with SQLite's online backup API (the WAL's pages included) into a single
self-contained file (rollback journal) and stamped with the moment it was made
(``meta.backup_made_at``, by the store's clock). A snapshot kept inside the data folder stays
a plain SQLite file: it is no more exposed than the database beside it. A backup written
anywhere else is encrypted (:func:`encrypt_file`): teachers' evaluations are personal
information and must not be readable on a lost stick.

The encrypted format, composed of library primitives only (``cryptography``):

    header  = MAGIC (8) | format (1) | log2 n, r, p of Scrypt (3) | salt (16) | nonce prefix (7)
              | chunk size, big-endian (4)
    check   = AES-256-GCM(key, nonce = prefix | FFFFFFFF | 02, b"jituan-backup", aad = header)
    chunks  = AES-256-GCM(key, nonce = prefix | index (4, big-endian) | last (1), chunk,
              aad = header), each chunk ``chunk size`` bytes of the snapshot but the last,
              which is shorter (empty when the snapshot fills whole chunks)

The key is Scrypt(password as UTF-8, salt). ``check`` tells a wrong password from a damaged
file; the index in each nonce refuses reordered chunks and the ``last`` byte a truncated file
(the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár, as Tink uses it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.messages import QT_TRANSLATE_NOOP
from . import errors
from .errors import StoreError
from .schema import KNOWN_MIGRATIONS, RECORD_TABLES

MAGIC = b"JTBACKUP"
SQLITE_HEADER = b"SQLite format 3\x00"
FORMAT = 1
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1  # 32 MiB of memory, a fraction of a second
SALT_BYTES, PREFIX_BYTES, TAG_BYTES = 16, 7, 16
CHUNK_BYTES = 1 << 20
MAX_SCRYPT_MEMORY = 256 * 1024 ** 2
HEADER = struct.Struct(">8sBBBB16s7sI")
CHECK_TEXT = b"jituan-backup"
CHECK_BYTES = len(CHECK_TEXT) + TAG_BYTES
MADE_AT = "backup_made_at"  # meta key stamped into every snapshot
MIN_PASSWORD = 8

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Backups", "The password does not open the backup {file}. Check it and type it again "
    "(capital letters count).")
DAMAGED = QT_TRANSLATE_NOOP(
    "Backups", "The backup {file} is damaged or incomplete and cannot be restored ({reason}). "
    "Nothing was changed; use another backup.")
NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "{file} is not a Jituan Desktop backup. Choose a file ending in .jtbackup or a "
    "copy from the data folder's backups folder.")
NEWER_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "The backup {file} was made by a newer version of Jituan Desktop ({names}). "
    "Update the app, then restore it. Nothing was changed.")
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Backups", "The password must have at least {n} characters.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Backups", "The two passwords are not the same. Type the password twice, the same way.")
IN_USE = QT_TRANSLATE_NOOP(
    "Backups", "The database in {folder} is open in another program (the app, or a jituan "
    "command). Close it, then restore again. Nothing was changed.")
NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Backups", "The backup {file} is encrypted: give the password it was made with.")


class BackupError(StoreError):
    context = "Backups"


# -- snapshots -------------------------------------------------------------------------------
def snapshot(conn: sqlite3.Connection, target: Path, made_at: str | None = None) -> Path:
    """Copy the open database ``conn`` into ``target`` (written under a temporary name and
    renamed, so a file under that name is always whole). Raises OSError or sqlite3.Error."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(str(partial))
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            if made_at is not None:
                with copy:
                    copy.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value", [MADE_AT, made_at])
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return target


@dataclass(frozen=True)
class BackupFacts:
    """What a snapshot holds, read without changing it: shown before a restore."""

    made_at: str | None  # ISO UTC stamp, None for a pre-migration copy made before 0.x
    school_name: str
    school_code: str
    installation_id: str | None
    migrations: list[str]
    counts: dict[str, int] = field(default_factory=dict)  # live records per table

    @property
    def newer_migrations(self) -> list[str]:
        return [m for m in self.migrations if m not in KNOWN_MIGRATIONS]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def read_facts(path: Path, name: str | None = None, *, check: bool = True) -> BackupFacts:
    """The facts of the snapshot ``path``; a damaged file is refused (DAMAGED). ``check``:
    the whole file is read first (SQLite's quick_check), as before a restore."""
    name = name or Path(path).name
    with open(path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(NOT_A_BACKUP, file=name)
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(DAMAGED, file=name, reason=str(exc)) from exc
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0] if check else "ok"
        if verdict != "ok":
            raise BackupError(DAMAGED, file=name, reason=verdict)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables or "_sqlite_migrations" not in tables:
            raise BackupError(NOT_A_BACKUP, file=name)
        migrations = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        school_name = school_code = ""
        if meta.get("school") and "school" in tables:
            row = conn.execute("SELECT name, code FROM school WHERE uuid = ?",
                               [meta["school"]]).fetchone()
            if row:
                school_name, school_code = row
        counts = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0").fetchone()[0]
                  for t in RECORD_TABLES if t in tables}
    except sqlite3.DatabaseError as exc:
        raise BackupError(DAMAGED, file=name, reason=str(exc)) from exc
    finally:
        conn.close()
    return BackupFacts(meta.get(MADE_AT), school_name, school_code, meta.get("installation_id"),
                       migrations, counts)


# -- encryption ------------------------------------------------------------------------------
def check_new_password(password: str, again: str) -> None:
    """The password a backup is made with: long enough, typed twice the same."""
    if len(password) < MIN_PASSWORD:
        raise BackupError(PASSWORD_TOO_SHORT, n=MIN_PASSWORD)
    if password != again:
        raise BackupError(PASSWORDS_DIFFER)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> AESGCM:
    kdf = Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p)
    return AESGCM(kdf.derive(password.encode("utf-8")))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def encrypt_file(plain: Path, target: Path, password: str) -> Path:
    """Write ``plain`` encrypted with ``password`` to ``target`` (temporary name, renamed)."""
    salt, prefix = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(PREFIX_BYTES)
    header = HEADER.pack(MAGIC, FORMAT, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, prefix,
                         CHUNK_BYTES)
    aead = _key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(plain, "rb") as src, open(partial, "wb") as out:
            out.write(header)
            out.write(aead.encrypt(_nonce(prefix, 0xFFFFFFFF, False)[:-1] + b"\x02",
                                   CHECK_TEXT, header))
            index, chunk = 0, src.read(CHUNK_BYTES)
            while True:
                following = src.read(CHUNK_BYTES) if len(chunk) == CHUNK_BYTES else b""
                last = len(chunk) < CHUNK_BYTES
                out.write(aead.encrypt(_nonce(prefix, index, last), chunk, header))
                if last:
                    break
                index, chunk = index + 1, following
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return target


def decrypt_file(source: Path, target: Path, password: str) -> Path:
    """``source`` decrypted into ``target``; refuses a wrong password (WRONG_PASSWORD) and a
    damaged, truncated or reordered file (DAMAGED) and then leaves no ``target``."""
    name = Path(source).name
    try:
        with open(source, "rb") as src, open(target, "wb") as out:
            header = src.read(HEADER.size)
            if len(header) < HEADER.size:
                raise BackupError(DAMAGED, file=name, reason="header")
            magic, fmt, log2_n, r, p, salt, prefix, chunk_bytes = HEADER.unpack(header)
            if magic != MAGIC:
                raise BackupError(NOT_A_BACKUP, file=name)
            # Bounded so that a crafted header cannot ask for gigabytes of memory or time.
            if fmt != FORMAT or not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4) \
                    or 128 * r * (1 << log2_n) > MAX_SCRYPT_MEMORY \
                    or not 1024 <= chunk_bytes <= 64 * CHUNK_BYTES:
                raise BackupError(DAMAGED, file=name, reason="header")
            aead = _key(password, salt, log2_n, r, p)
            try:
                aead.decrypt(_nonce(prefix, 0xFFFFFFFF, False)[:-1] + b"\x02",
                             src.read(CHECK_BYTES), header)
            except InvalidTag:
                raise BackupError(WRONG_PASSWORD, file=name) from None
            index = 0
            while True:
                sealed = src.read(chunk_bytes + TAG_BYTES)
                last = len(sealed) < chunk_bytes + TAG_BYTES
                try:
                    out.write(aead.decrypt(_nonce(prefix, index, last), sealed, header))
                except (InvalidTag, ValueError):
                    raise BackupError(DAMAGED, file=name,
                                      reason=f"part {index + 1}") from None
                if last:
                    break
                index += 1
    except BaseException:
        with contextlib.suppress(OSError):
            Path(target).unlink(missing_ok=True)
        raise
    return target


__all__ = ["BackupError", "BackupFacts", "snapshot", "read_facts", "encrypt_file",
           "decrypt_file", "is_encrypted", "check_new_password", "MADE_AT"]
