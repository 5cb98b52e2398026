"""Putting a backup in the database's place, and the working copies a backup is read from.

A backup is never opened where it lies: it is decrypted or copied into a working folder
inside the data folder (``.restore-*``, the same disk as the database, so the final rename is
atomic and the plain text never leaves the data folder), checked there, and only then moved
over ``jituan.sqlite3``. Working folders left by a killed restore are removed by the next one.
The current database is first copied into the rolling set (kind ``restore``). The key file
(``installation.json``) is never touched: the store's opening then decides whether the
restored database is a new installation (docs/sync.md §1).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import zipfile
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from . import backup_payload, backups, errors
from .backup_files import DAMAGED, IN_USE, MADE_AT, BackupError, BackupFacts, NEEDS_PASSWORD, \
    NEWER_BACKUP, decrypt_file, is_encrypted, read_facts
from .errors import StoreError
from .store import DATABASE_FILE, ensure_writable
from .work_folders import said_work_folder

WORK_PREFIX = ".restore-"
PAYLOAD = "payload"  # the decrypted backup, beside the database taken out of it


def work_folder(data_dir: Path) -> contextlib.AbstractContextManager[Path]:
    """A locked work folder ``.restore-XXXXXXXX`` in ``data_dir``, removed at the end; those
    a killed backup or restore left are removed first, never one another process is using
    (storage/work_folders.py). A read-only or full data folder is said as such."""
    return said_work_folder(Path(data_dir), WORK_PREFIX)


@contextlib.contextmanager
def working_copy(data_dir: Path, source: Path, password: str | None) -> \
        Iterator[tuple[BackupFacts, Path]]:
    """The backup ``source`` as a plain, checked database in a working folder of
    ``data_dir``, with its facts; the folder is removed afterwards. Refuses (BackupError) a
    wrong password, a damaged file, a file that is no backup, and a newer app's backup."""
    data_dir, source = Path(data_dir), Path(source)
    ensure_writable(data_dir)
    with work_folder(data_dir) as work:
        plain, payload = work / DATABASE_FILE, work / PAYLOAD
        try:
            if is_encrypted(source):
                if not password:
                    raise BackupError(NEEDS_PASSWORD, file=source.name)
                decrypt_file(source, payload, password)
                if backup_payload.is_packed(payload):  # the database and its attachments
                    try:
                        backup_payload.unpack_database(payload, plain)
                    except (ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
                        raise BackupError(DAMAGED, file=source.name, reason=str(exc)) from exc
                else:
                    payload.replace(plain)
            else:
                shutil.copyfile(source, plain)
        except OSError as exc:
            raise StoreError(errors.NOT_WRITABLE if exc.filename == str(plain) else
                             errors.ATTACHMENT_UNREADABLE, path=str(data_dir), name=source.name,
                             reason=exc.strerror or str(exc)) from exc
        facts = read_facts(plain, source.name)
        match = backups.NAME.match(source.name)
        if facts.made_at is None and match:  # a copy made before snapshots were stamped
            made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=timezone.utc)
            facts = replace(facts, made_at=made.isoformat(timespec="seconds"))
        if facts.newer_migrations:
            raise BackupError(NEWER_BACKUP, file=source.name,
                              names=", ".join(facts.newer_migrations))
        yield facts, plain


def _take_over(data_dir: Path) -> None:
    """Refuse while another program has the database open: it would go on writing to the
    replaced file. Leaving WAL mode needs the only connection, so it tells (and folds the
    WAL into the file, which the copy below then reads whole)."""
    current = Path(data_dir) / DATABASE_FILE
    if not current.exists():
        return
    conn = sqlite3.connect(str(current), timeout=0)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(IN_USE, folder=str(data_dir)) from exc
    except sqlite3.DatabaseError:
        pass  # damaged: copied byte for byte below
    finally:
        conn.close()


def _safety_copy(data_dir: Path, now: datetime) -> Path | None:
    """The current database into the rolling set before it is replaced; a database SQLite
    cannot read any more is copied byte for byte."""
    current = Path(data_dir) / DATABASE_FILE
    if not current.exists():
        return None
    try:
        conn = sqlite3.connect(str(current))
        try:
            return backups.make_rolling(conn, data_dir, backups.RESTORE, now)
        finally:
            conn.close()
    except StoreError:
        raise
    except sqlite3.Error:
        target = backups.folder_of(data_dir) / \
            f"jituan-auto-{backups.RESTORE}-{now.strftime('%Y%m%dT%H%M%SZ')}.sqlite3"
        try:
            shutil.copyfile(current, target)
        except OSError as exc:
            raise StoreError(errors.NOT_WRITABLE, path=str(target.parent),
                             reason=exc.strerror or str(exc)) from exc
        return target


def replace_database(data_dir: Path, plain: Path, now: datetime) -> Path | None:
    """Put the checked working copy ``plain`` in place of the data folder's database (which
    no store may hold open), and the attachment files of its backup that the data folder
    lacks. Returns the copy made of the database it replaced."""
    data_dir = Path(data_dir)
    _take_over(data_dir)
    saved = _safety_copy(data_dir, now)
    with sqlite3.connect(str(plain)) as conn:  # the stamp of a snapshot is not data
        conn.execute("DELETE FROM meta WHERE key = ?", [MADE_AT])
    conn.close()
    target = data_dir / DATABASE_FILE
    try:
        # The old database's journal must never be replayed onto the restored one; its
        # content is in the copy just made.
        for suffix in ("-wal", "-shm", "-journal"):
            (data_dir / (DATABASE_FILE + suffix)).unlink(missing_ok=True)
        plain.replace(target)
        payload = plain.with_name(PAYLOAD)
        if payload.exists():
            # After the database: a file a record names may be missing (docs/backups.md §3),
            # a database missing while its files are back would be worse.
            backup_payload.restore_attachments(payload, data_dir / "attachments")
    except OSError as exc:
        raise StoreError(errors.NOT_WRITABLE, path=str(data_dir),
                         reason=exc.strerror or str(exc)) from exc
    return saved


__all__ = ["working_copy", "replace_database", "work_folder", "WORK_PREFIX"]
