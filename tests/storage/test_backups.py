"""A newer app over older data: Store.open copies the database into backups/ before it
migrates it, and only then (storage/backups.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest
from sqlite_utils import Database

from jituan_desktop.storage import backups
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.schema import KNOWN_MIGRATIONS, migrations
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

OLD = KNOWN_MIGRATIONS[-2]  # the last migration an older app had


def make_old_database(folder, *, keep_open=False):
    """A database as the previous version left it, with a marker row; in WAL mode like ours.
    ``keep_open``: the marker stays in the WAL (not checkpointed), the connection returned."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(folder / DATABASE_FILE))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    db = Database(conn)
    migrations.apply(db, stop_before=KNOWN_MIGRATIONS[-1])
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('marker', '旧数据')")
    if keep_open:
        return conn
    conn.close()
    return None


def schema_of(path):
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        marker = conn.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return names, marker and marker[0], mode
    finally:
        conn.close()


def test_an_older_database_is_copied_then_migrated(tmp_path):
    make_old_database(tmp_path)
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert store.schema_version() == KNOWN_MIGRATIONS
        assert store.meta("marker") == "旧数据"
    finally:
        store.close()
    [copy] = backups.backups(tmp_path)
    assert copy.parent == tmp_path / "backups"
    assert copy.name.startswith(f"jituan-{OLD}-") and copy.suffix == ".sqlite3"
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no .partial, no -wal
    names, marker, mode = schema_of(copy)
    assert names == KNOWN_MIGRATIONS[:-1]  # the data as it was before the upgrade
    assert marker == "旧数据"
    assert mode == "delete"
    # opened again: nothing left to migrate, so no second copy
    Store.open(tmp_path, clock=CLOCK).close()
    assert backups.backups(tmp_path) == [copy]


def test_the_copy_holds_what_is_still_in_the_wal(tmp_path):
    conn = make_old_database(tmp_path, keep_open=True)
    try:
        assert (tmp_path / (DATABASE_FILE + "-wal")).stat().st_size > 0
        Store.open(tmp_path, clock=CLOCK).close()
    finally:
        conn.close()
    [copy] = backups.backups(tmp_path)
    assert schema_of(copy)[1] == "旧数据"


def test_no_copy_of_a_new_or_current_database(tmp_path):
    Store.open(tmp_path, clock=CLOCK).close()  # new: nothing to keep
    Store.open(tmp_path, clock=CLOCK).close()  # current: nothing to migrate
    assert not (tmp_path / "backups").exists()
    assert backups.backups(tmp_path) == []


def test_no_backup_no_migration(tmp_path):
    """When the copy cannot be made the database is left as the older app left it."""
    make_old_database(tmp_path)
    (tmp_path / "backups").write_text("a file where the folder should be")
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path, clock=CLOCK)
    assert "backups" in str(caught.value)
    names, marker, _ = schema_of(tmp_path / DATABASE_FILE)
    assert names == KNOWN_MIGRATIONS[:-1] and marker == "旧数据"


def test_backup_names_never_collide(tmp_path):
    now = datetime(2026, 11, 25, 8, 15, tzinfo=timezone.utc)
    first = backups.backup_path(tmp_path, OLD, now)
    assert first.name == f"jituan-{OLD}-20261125T081500Z.sqlite3"
    first.parent.mkdir()
    first.write_bytes(b"")
    second = backups.backup_path(tmp_path, OLD, now)
    assert second.name == f"jituan-{OLD}-20261125T081500Z-2.sqlite3"
