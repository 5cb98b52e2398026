"""The backups kept inside the data folder (``<data folder>/backups/``): copies made before a
migration, and the rolling set made before every import, once a day the app is used and
before a restore (docs/backups.md).

Every copy is a snapshot by SQLite's online backup API (storage/backup_files.py): a
consistent file, the WAL's pages included, written under a temporary name and renamed, an
ordinary single-file SQLite database. Names carry the kind and the moment by the store's
clock (UTC), which orders them (never the files' modification times):

- ``jituan-<last applied migration>-<stamp>.sqlite3``: before a newer app migrated it;
- ``jituan-auto-<daily|import|restore>-<stamp>.sqlite3``: the rolling set.

The set is bounded (:func:`plan_removals`): the last :data:`KEEP_LAST` rolling copies plus
the newest of each of the last :data:`KEEP_MONTHS` months, and then all copies together,
pre-migration ones included, within the size budget the user sets in 设置 (kept in
``backups/settings.json`` so that it survives a restore); the newest copy is never removed.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from . import errors
from .backup_files import snapshot
from .errors import StoreError

BACKUP_DIR = "backups"
SETTINGS_FILE = "settings.json"
MIGRATION = "migration"
DAILY, IMPORT, RESTORE = "daily", "import", "restore"
ROLLING_KINDS = (DAILY, IMPORT, RESTORE)
KEEP_LAST = 10
KEEP_MONTHS = 12
DEFAULT_BUDGET = 2 * 1024 ** 3  # 2 GB
MIN_BUDGET = 50 * 1024 ** 2
NAME = re.compile(r"^jituan-(?:auto-(?P<kind>daily|import|restore)|(?P<schema>\d{4}_\w+?))"
                  r"-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str  # MIGRATION or one of ROLLING_KINDS
    made: datetime  # aware, UTC
    size: int

    @property
    def rolling(self) -> bool:
        return self.kind != MIGRATION


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _stamp(now: datetime) -> str:
    return now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.sqlite3"
        n += 1
    return path


def backup_path(data_dir: Path, schema: str, now: datetime) -> Path:
    """A name not yet taken: jituan-0003_x-20261125T081500Z.sqlite3 (-2, -3... if it is)."""
    return _free_name(folder_of(data_dir), f"jituan-{schema}-{_stamp(now)}")


def _copy(conn: sqlite3.Connection, target: Path, now: datetime) -> Path:
    """Refuses with the data folder's NOT_WRITABLE message when the copy cannot be made (a
    full disk, a read-only folder); nothing is left behind then."""
    try:
        return snapshot(conn, target, made_at=now.isoformat(timespec="seconds"))
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(errors.NOT_WRITABLE, path=str(target.parent), reason=reason) from exc


def backup_before_migrating(conn: sqlite3.Connection, data_dir: Path, schema: str,
                            now: datetime) -> Path:
    """Copy the open database ``conn`` (at migration ``schema``) into the backups folder; the
    database is left as it was, unmigrated, when that fails."""
    # Not trimmed here: a budget is applied by the next rolling backup, never on the way to
    # migrating (the copy just made is the one that matters most then).
    return _copy(conn, backup_path(data_dir, schema, now), now)


def make_rolling(conn: sqlite3.Connection, data_dir: Path, kind: str, now: datetime) -> Path:
    """A rolling copy of ``kind`` (DAILY, IMPORT, RESTORE), then the set trimmed."""
    assert kind in ROLLING_KINDS
    made = _copy(conn, _free_name(folder_of(data_dir), f"jituan-auto-{kind}-{_stamp(now)}"),
                 now)
    trim(data_dir, now)
    return made


def entries(data_dir: Path) -> list[BackupEntry]:
    """The copies in the backups folder, newest first (by the moment in their names)."""
    folder = folder_of(data_dir)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if not match or not path.is_file():
                continue
            made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=timezone.utc)
            with contextlib.suppress(OSError):
                found.append(BackupEntry(path, match["kind"] or MIGRATION, made,
                                         path.stat().st_size))
    return sorted(found, key=lambda e: (e.made, e.path.name), reverse=True)


def backups(data_dir: Path) -> list[Path]:
    """The copies made so far, oldest first."""
    return [e.path for e in reversed(entries(data_dir))]


def made_today(data_dir: Path, kind: str, today: date) -> bool:
    """Whether a copy of ``kind`` was made on ``today`` (the laptop's local date)."""
    return any(e.kind == kind and e.made.astimezone().date() == today
               for e in entries(data_dir))


def _month(d: datetime) -> tuple[int, int]:
    local = d.astimezone()
    return local.year, local.month


def plan_removals(found: list[BackupEntry], now: datetime, budget: int, *,
                  keep_last: int = KEEP_LAST, months: int = KEEP_MONTHS) -> list[BackupEntry]:
    """The copies to remove from ``found`` (newest first): rolling copies beyond the last
    ``keep_last`` that are not the newest of one of the last ``months`` months, then, while
    the whole set is over ``budget`` bytes, the oldest copies of any kind but the newest."""
    rolling = [e for e in found if e.rolling]
    keep = set(e.path for e in rolling[:keep_last])
    year, month = _month(now)
    wanted = set()
    for i in range(months):
        m = month - 1 - i
        wanted.add((year + m // 12, m % 12 + 1))
    seen_months: set[tuple[int, int]] = set()
    for entry in rolling:  # newest first: the first seen of a month is its newest
        ym = _month(entry.made)
        if ym in wanted and ym not in seen_months:
            seen_months.add(ym)
            keep.add(entry.path)
    removals = [e for e in rolling if e.path not in keep]
    remaining = [e for e in found if e not in removals]
    total = sum(e.size for e in remaining)
    for entry in reversed(remaining[1:]):  # oldest first, never the newest
        if total <= budget:
            break
        removals.append(entry)
        total -= entry.size
    return removals


def trim(data_dir: Path, now: datetime) -> list[Path]:
    """Remove what :func:`plan_removals` says; returns the removed paths."""
    removed = []
    for entry in plan_removals(entries(data_dir), now, budget(data_dir)):
        with contextlib.suppress(OSError):  # one that cannot go is tried again next time
            entry.path.unlink()
            removed.append(entry.path)
    return removed


# -- the budget ------------------------------------------------------------------------------
def budget(data_dir: Path) -> int:
    try:
        value = json.loads((folder_of(data_dir) / SETTINGS_FILE).read_text("utf-8"))["budget"]
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_BUDGET
    return value if type(value) is int and value >= MIN_BUDGET else DEFAULT_BUDGET


def set_budget(data_dir: Path, value: int, now: datetime) -> list[Path]:
    """Keep the backups within ``value`` bytes from now on (trimmed at once)."""
    folder = folder_of(data_dir)
    target = folder / SETTINGS_FILE
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps({"budget": int(max(value, MIN_BUDGET))}), "utf-8")
        partial.replace(target)
    except OSError as exc:
        raise StoreError(errors.NOT_WRITABLE, path=str(folder),
                         reason=exc.strerror or str(exc)) from exc
    return trim(data_dir, now)


__all__ = ["BACKUP_DIR", "BackupEntry", "backup_before_migrating", "backup_path", "backups",
           "entries", "make_rolling", "made_today", "plan_removals", "trim", "budget",
           "set_budget", "DEFAULT_BUDGET", "ROLLING_KINDS", "DAILY", "IMPORT", "RESTORE",
           "MIGRATION"]
