"""Backups a principal can restore: the rolling set in the data folder, an encrypted backup
to a folder (a USB stick), and restoring one (docs/backups.md).

- ``before_import`` and ``daily`` are called by the entry points: the import of bundles
  (sync/importing.py) and the desktop app once its window is up
  (gui/desktop_app.py). A copy that cannot be made (a full disk)
  never stops the work it guards: it returns None, and the next one tries again.
- ``backup_to_folder`` writes an encrypted ``.jtbackup``; ``preview`` opens one (or a copy
  from the rolling set) and tells its date, school and counts; ``restore`` puts it in place
  of the database after copying the current one, keeps the key file, and opens the result
  through ``Store.open`` (an older schema is migrated, a newer one refused before anything
  changed) and the caller's ``after_open`` (the sync layer's installation check, which makes
  a restored database a new installation when it must be one).

Attachments: the rolling set holds the database only (attachment files are content-addressed,
never changed, and stay in ``attachments/``); a backup to a folder also carries the attachment
files, and a restore puts back those the data folder lacks. A restored record whose file is
missing anyway still opens; the file shows as missing (docs/backups.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from ..domain.messages import QT_TRANSLATE_NOOP
from ..storage import backup_payload, backups, restoring
from ..storage.backup_files import BackupError, BackupFacts, check_new_password, \
    encrypt_file, read_facts, snapshot
from ..storage.errors import DatabaseError, StoreError
from ..storage.schema import KNOWN_MIGRATIONS
from ..storage.store import Store

SUFFIX = ".jtbackup"
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Backups", "The backup cannot be written to {folder}: {reason}. Check that the USB stick "
    "is plugged in, not full and not write-protected.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Backups", "{folder} is not a folder.")
KIND_NAMES = {
    backups.DAILY: QT_TRANSLATE_NOOP("Backups", "daily"),
    backups.IMPORT: QT_TRANSLATE_NOOP("Backups", "before an import"),
    backups.RESTORE: QT_TRANSLATE_NOOP("Backups", "before a restore"),
    backups.MIGRATION: QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
}

# The counts a preview shows, in this order.
COUNTED = (("teacher", QT_TRANSLATE_NOOP("Backups", "teachers")),
           ("observation", QT_TRANSLATE_NOOP("Backups", "lesson observations")),
           ("activity", QT_TRANSLATE_NOOP("Backups", "activities")),
           ("mentor_session", QT_TRANSLATE_NOOP("Backups", "mentoring sessions")),
           ("plan", QT_TRANSLATE_NOOP("Backups", "plans")),
           ("meeting", QT_TRANSLATE_NOOP("Backups", "meetings")),
           ("submission", QT_TRANSLATE_NOOP("Backups", "submissions")))
COUNT_ITEM = QT_TRANSLATE_NOOP("Backups", "{n} {what}")
COUNT_SEPARATOR = QT_TRANSLATE_NOOP("Backups", ", ")


def counts_text(facts: BackupFacts, translate: Callable[[str, str], str]) -> str:
    """"12 teachers, 340 lesson observations, ..." in the reader's language."""
    separator = translate("Backups", COUNT_SEPARATOR)
    return separator.join(
        translate("Backups", COUNT_ITEM).format(n=facts.counts.get(table, 0),
                                                what=translate("Backups", label))
        for table, label in COUNTED)


@dataclass(frozen=True)
class BackupRow:
    path: Path
    kind: str
    made: datetime
    size: int
    facts: BackupFacts | None  # None when the copy cannot be read


@dataclass(frozen=True)
class BackupsOverview:
    folder: Path
    rows: list[BackupRow]  # newest first
    total_bytes: int
    budget: int


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts  # of the backup restored
    saved_copy: Path | None  # the database it replaced, in the rolling set
    migrated: bool  # an older app's backup, brought to this app's schema


# -- the rolling set -------------------------------------------------------------------------
def _rolling(store: Store, kind: str) -> Path | None:
    if not store.is_initialised:
        return None
    try:
        return backups.make_rolling(store.db.conn, store.data_dir, kind, store.clock.now())
    except StoreError:
        return None


def before_import(store: Store) -> Path | None:
    """A copy of the database before bundles are imported."""
    return _rolling(store, backups.IMPORT)


def daily(store: Store) -> Path | None:
    """The day's copy, on the first opening of the day (by the store's clock)."""
    if backups.made_today(store.data_dir, backups.DAILY, store.clock.today()):
        return None
    return _rolling(store, backups.DAILY)


def overview(store: Store) -> BackupsOverview:
    rows = []
    for entry in backups.entries(store.data_dir):
        try:
            facts = read_facts(entry.path, check=False)
        except (StoreError, OSError):
            facts = None
        rows.append(BackupRow(entry.path, entry.kind, entry.made, entry.size, facts))
    return BackupsOverview(backups.folder_of(store.data_dir), rows,
                           sum(r.size for r in rows), backups.budget(store.data_dir))


def set_budget(store: Store, value: int) -> BackupsOverview:
    backups.set_budget(store.data_dir, value, store.clock.now())
    return overview(store)


# -- to a folder -----------------------------------------------------------------------------
def _file_name(folder: Path, facts: BackupFacts, now: datetime) -> Path:
    stamp = now.astimezone().strftime("%Y%m%d-%H%M")
    school = "".join(c for c in facts.school_code if c.isalnum()) or "jituan"
    path = folder / f"{school}-backup-{stamp}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{school}-backup-{stamp}-{n}{SUFFIX}"
        n += 1
    return path


def backup_to_folder(store: Store, folder: Path | str, password: str,
                     again: str) -> tuple[Path, BackupFacts]:
    """An encrypted backup of the database and its attachment files into ``folder``; the
    plain snapshot it is made from stays in the data folder and is removed."""
    check_new_password(password, again)
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(NOT_A_FOLDER, folder=str(folder))
    now = store.clock.now()
    with restoring.work_folder(store.data_dir) as work:
        try:
            plain = snapshot(store.db.conn, work / "snapshot.sqlite3",
                             made_at=now.isoformat(timespec="seconds"))
            facts = read_facts(plain, check=False)
            payload = work / "payload.zip"
            backup_payload.pack(plain, store.attachments_dir, payload)
            plain.unlink()
        except (OSError, DatabaseError) as exc:  # the data folder's disk full, say
            raise BackupError(CANNOT_WRITE, folder=str(store.data_dir),
                              reason=getattr(exc, "strerror", None) or str(exc)) from exc
        target = _file_name(folder, facts, now)
        try:
            encrypt_file(payload, target, password)
        except OSError as exc:
            raise BackupError(CANNOT_WRITE, folder=str(folder),
                              reason=exc.strerror or str(exc)) from exc
        return target, facts


# -- restoring -------------------------------------------------------------------------------
def preview(data_dir: Path | str, source: Path | str, password: str | None) -> BackupFacts:
    """What ``source`` holds (date, school, counts), checked whole; nothing is changed."""
    with restoring.working_copy(Path(data_dir), Path(source), password) as (facts, _plain):
        return facts


def restore(data_dir: Path | str, source: Path | str, password: str | None, clock, *,
            current: Store | None = None,
            after_open: Callable[[Store], None] | None = None) -> RestoreResult:
    """Put the backup ``source`` in place of ``data_dir``'s database.

    ``current``, the store open on ``data_dir`` (if any), is closed once the backup has been
    checked, never before: a refused backup leaves it open and the database unchanged. The
    restored database is then opened with ``clock`` as any data folder is (``after_open`` runs on it) and
    closed again; the caller opens it anew.
    """
    data_dir = Path(data_dir)
    with restoring.working_copy(data_dir, Path(source), password) as (facts, plain):
        if current is not None:
            current.close()
        saved = restoring.replace_database(data_dir, plain, clock.now())
    store = Store.open(data_dir, clock=clock, create=False)
    try:
        migrated = facts.migrations != list(KNOWN_MIGRATIONS)
        if after_open is not None:
            after_open(store)
    finally:
        store.close()
    return RestoreResult(facts, saved, migrated)


__all__ = ["before_import", "daily", "overview", "set_budget", "backup_to_folder", "preview",
           "restore", "BackupRow", "BackupsOverview", "RestoreResult", "KIND_NAMES", "SUFFIX",
           "BackupError", "check_new_password", "counts_text", "COUNTED"]
