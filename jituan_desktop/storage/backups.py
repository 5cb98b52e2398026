"""A copy of the database before a newer app migrates it (an upgrade over older data).

``Store.open`` calls :func:`backup_before_migrating` when an existing database lacks some of
the app's migrations. The copy is made with SQLite's online backup API (a consistent
snapshot, the WAL's pages included) into ``<data folder>/backups/jituan-<last applied
migration>-<UTC timestamp>.sqlite3``, written under a temporary name and renamed, so a copy
under that name is always whole. It is an ordinary single-file database (rollback journal,
not WAL): open it with the app's ``--data-dir`` after renaming it ``jituan.sqlite3`` in a
folder of its own, or with any SQLite tool. Copies are never deleted by the app.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from . import errors
from .errors import StoreError

BACKUP_DIR = "backups"


def backup_path(data_dir: Path, schema: str, now: datetime) -> Path:
    """A name not yet taken: jituan-0003_x-20261125T081500Z.sqlite3 (-2, -3... if it is)."""
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(data_dir) / BACKUP_DIR
    path = folder / f"jituan-{schema}-{stamp}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"jituan-{schema}-{stamp}-{n}.sqlite3"
        n += 1
    return path


def backup_before_migrating(conn: sqlite3.Connection, data_dir: Path, schema: str,
                            now: datetime) -> Path:
    """Copy the open database ``conn`` (at migration ``schema``) into the backups folder.

    Refuses with the data folder's NOT_WRITABLE message when the copy cannot be made (a full
    disk, a read-only folder): the database is then left as it was, unmigrated.
    """
    target = backup_path(data_dir, schema, now)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(str(partial))
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(errors.NOT_WRITABLE, path=str(target.parent), reason=reason) from exc
    return target


def backups(data_dir: Path) -> list[Path]:
    """The copies made so far, oldest first."""
    folder = Path(data_dir) / BACKUP_DIR
    return sorted(folder.glob("jituan-*.sqlite3"), key=lambda p: p.stat().st_mtime) \
        if folder.is_dir() else []


__all__ = ["BACKUP_DIR", "backup_before_migrating", "backup_path", "backups"]
