"""Errors the store reports to people: translatable text plus the parameters to fill in."""

from __future__ import annotations

import errno
from pathlib import Path
from sqlite3 import DatabaseError, IntegrityError, OperationalError  # noqa: F401 - re-exported


from ..domain.messages import QT_TRANSLATE_NOOP, Refusal

CONTEXT = "Storage"

NOT_WRITABLE = QT_TRANSLATE_NOOP("Storage", "The data folder {path} cannot be written to: {reason}")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Storage", "This database was made by a newer version of Jituan Desktop ({names}). "
    "Please update the app before opening it.")
CORRUPT = QT_TRANSLATE_NOOP(
    "Storage", "The database file {path} is damaged or is not a Jituan Desktop database: {reason}")
NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "Storage", "This data folder has not been set up yet. Run \"jituan init\" or \"jituan demo\" first.")
ALREADY_INITIALISED = QT_TRANSLATE_NOOP(
    "Storage", "This data folder is already set up for {school}.")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("Storage", "No {kind} with id {ref} exists.")
RECORD_DELETED = QT_TRANSLATE_NOOP(
    "Storage", "This record has been deleted meanwhile; restore it before changing it.")
NOT_OWNER = QT_TRANSLATE_NOOP(
    "Storage", "This record belongs to another school and can only be changed there.")
ATTACHMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Storage", "The file {name} is {size_mb} MB; attachments can be at most {limit_mb} MB.")
ATTACHMENT_UNREADABLE = QT_TRANSLATE_NOOP("Storage", "The file {name} cannot be read: {reason}")
DATA_FOLDER_GONE = QT_TRANSLATE_NOOP(
    "Storage", "The database cannot be reached ({reason}). Is the data folder still there?")

# The database or a folder that cannot take a write (issue 13: "Unexpected error: OSError").
DATABASE_BUSY = QT_TRANSLATE_NOOP(
    "Storage", "The database {path} is being changed by another program (another Jituan Desktop "
    "window or a jituan command) and was still busy after {seconds} seconds, so nothing was "
    "changed. Close the other window or wait until its work is done, then try again.")
WAITING_FOR_LOCK = QT_TRANSLATE_NOOP(
    "Storage", "Waiting for another program to release the database {path}… (another Jituan "
    "Desktop window or a jituan command is changing it; this goes on by itself once it is done)")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage", "{path} cannot be written to: the folder is read-only, or you have no permission to "
    "write there ({reason}). Nothing was changed. Use a folder you can write to (a USB stick "
    "may have a write-protect switch), or ask whoever manages this computer for write "
    "permission.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage", "{path} cannot be written to: the disk is full ({reason}). Nothing was changed. "
    "Free some space on that disk (delete files you no longer need, empty the recycle bin) "
    "or use another folder, then try again.")

# A single statement outside a transaction waits this long for a lock (SQLite's busy handler).
BUSY_TIMEOUT_MS = 5000
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def is_busy(exc: BaseException) -> bool:
    """SQLite's SQLITE_BUSY: another connection holds the lock this one needs."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == 5  # SQLITE_BUSY and its extended codes
    return "database is locked" in str(exc)


def failure_refusal(exc: BaseException, where: Path | str | None = None) -> "StoreError | None":
    """A write the file system or SQLite refused, as a message people can act on; None when
    ``exc`` is none of those (a bug: the caller re-raises it).

    ``where`` names the file or folder when ``exc`` does not: SQLite never does, and an
    ``OSError`` raised while writing into an open file has no ``filename`` either.
    """
    database = where
    if isinstance(exc, OSError):
        path = exc.filename if exc.filename is not None else (where or "")
        reason = exc.strerror or str(exc)
        if exc.errno in READ_ONLY_ERRNOS:
            return StoreError(READ_ONLY, path=str(path), reason=reason)
        if exc.errno in FULL_ERRNOS:
            return StoreError(DISK_FULL, path=str(path), reason=reason)
        return None
    if not isinstance(exc, DatabaseError):
        return None
    text, code = str(exc), (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    path = str(database or "")
    if is_busy(exc):
        return StoreError(DATABASE_BUSY, path=path, seconds=BUSY_TIMEOUT_MS // 1000)
    if code == 8 or "readonly" in text:  # SQLITE_READONLY
        return StoreError(READ_ONLY, path=path, reason=text)
    if code == 13 or "disk is full" in text:  # SQLITE_FULL
        return StoreError(DISK_FULL, path=path, reason=text)
    if code in (10, 14) or "unable to open" in text or "disk I/O" in text:  # IOERR, CANTOPEN
        return StoreError(DATA_FOLDER_GONE, reason=text)
    return None


class StoreError(Refusal):
    """A refusal or failure of the store, carrying a message people can read."""

    context = CONTEXT
