"""The store: one SQLite file per installation, opened safely, with its installation identity.

WAL journal, foreign keys on, schema by numbered migrations. Opening refuses a folder that
cannot be written, a file that is not a healthy SQLite database, and a database made by a
newer version of the app, each with a message people can act on; none of these touches the
file. A database that lacks some of the app's migrations (older data under a newer app) is
copied into ``backups/`` before it is migrated (storage/backups.py). Use cases run inside
:meth:`Store.transaction`, one transaction each.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import tempfile
import uuid
from pathlib import Path
from typing import Callable, Iterator

from sqlite_utils import Database

from ..clock import Clock
from . import backups, errors, work_folders
from .errors import BUSY_TIMEOUT_MS, StoreError, failure_refusal, is_busy
from .schema import KNOWN_MIGRATIONS, migrations

DATABASE_FILE = "jituan.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# A transaction waits for the write lock in slices of LOCK_SLICE_MS, up to LOCK_WAIT_MS: long
# enough for another window's import of a large bundle to finish.
LOCK_SLICE_MS = 500
LOCK_WAIT_MS = 30_000


def ensure_writable(folder: Path) -> None:
    problem = write_problem(folder, create=True)
    if problem is not None:
        raise problem


def write_problem(folder: Path, *, create: bool = False) -> StoreError | None:
    """Why nothing can be written in ``folder`` (read-only, full, no permission), or None."""
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-") as probe:
            probe.write(b"\0")
            probe.flush()
    except OSError as exc:
        named = OSError(exc.errno, exc.strerror, str(folder))
        return errors.failure_refusal(named) or StoreError(
            errors.NOT_WRITABLE, path=str(folder), reason=exc.strerror or str(exc))
    return None


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets a chance to treat it as empty."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(errors.CORRUPT, path=str(path), reason="not an SQLite file")


class Store:
    """An open database in a data folder, with the installation's identity and counter."""

    def __init__(self, data_dir: Path, db: Database, clock: Clock):
        self.data_dir = data_dir
        self.db = db
        # The one clock of every use case handed this store, given by whoever opens it (the
        # app, the command line, a test): the storage layer never picks a clock of its own.
        self.clock = clock
        # One connection, used by the app's database thread and, now and then, by another
        # (a test checking what was written, a script): statements and whole transactions
        # are taken in turn, so a transaction never has another thread's statement inside
        # it. (Rows of a cursor are read after the lock is let go; SQLite's own per-connection
        # mutex keeps those reads safe.)
        self._lock = threading.RLock()
        # How long a use case waits for another process's write transaction (an import in a
        # second window, a ``jituan`` command), and whom to tell that it waits: the app and
        # the command line show a message (storage never prints).
        self.lock_wait_ms = LOCK_WAIT_MS
        self.on_lock_wait: Callable[[Path], None] | None = None

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, clock: Clock, create: bool = True) -> "Store":
        data_dir = Path(data_dir)
        path = data_dir / DATABASE_FILE
        if create:
            ensure_writable(data_dir)
        elif not path.exists():
            raise StoreError(errors.NOT_INITIALISED)
        _check_header(path)
        conn = None
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            db = Database(conn, execute_plugins=False)
            cls._refuse_newer(db)
            cls._backup_before_upgrade(db, data_dir, clock)
            migrations.apply(db)
        except BaseException as exc:
            if conn is not None:
                conn.close()  # a refused file must not stay open (and locked on Windows)
            if isinstance(exc, sqlite3.DatabaseError):
                # SQLite says "unable to open" (or "readonly") for a sound file in a folder it
                # cannot write its journal into: a read-only or full folder is said as such,
                # not as a damaged database.
                problem = write_problem(data_dir) or errors.failure_refusal(exc, path)
                if problem is None or problem.problem.text == errors.DATA_FOLDER_GONE:
                    problem = StoreError(errors.CORRUPT, path=str(path), reason=str(exc))
                raise problem from exc
            raise
        store = cls(data_dir, db, clock)
        store._ensure_installation()
        # Work folders of imports and exports killed earlier (a running one is left alone).
        work_folders.remove_data_folder_leftovers(data_dir)
        return store

    @staticmethod
    def _refuse_newer(db: Database) -> None:
        unknown = [m.name for m in migrations.applied(db) if m.name not in KNOWN_MIGRATIONS]
        if unknown:
            raise StoreError(errors.NEWER_SCHEMA, names=", ".join(unknown))

    @staticmethod
    def _backup_before_upgrade(db: Database, data_dir: Path, clock: Clock) -> None:
        """An existing database that a newer app is about to migrate is copied first."""
        applied = migrations.applied(db)
        if applied and migrations.pending(db):
            backups.backup_before_migrating(db.conn, data_dir, applied[-1].name,
                                            clock.now())

    def close(self) -> None:
        self.db.close()

    @property
    def path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    # -- identity -------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    def _ensure_installation(self) -> None:
        if self.meta("installation_id") is None:
            with self.transaction():
                self.set_meta("installation_id", str(uuid.uuid4()))
                self.set_meta("version_counter", "0")
                self.set_meta("created_at", self.clock.utc_iso())

    @property
    def installation_id(self) -> str:
        return self.meta("installation_id")

    @property
    def counter(self) -> int:
        """The highest version this installation has handed out (Lamport counter)."""
        return int(self.meta("version_counter", "0"))

    def rotate_installation(self, new_id: str, counter: int) -> str:
        """Become a new installation (a copied or restored database, docs/sync.md §1): a new
        id, the counter raised to ``counter``, the old id kept as a former installation of
        this school. Returns the old id."""
        with self.transaction():
            old = self.installation_id
            former = json.loads(self.meta("former_installations", "[]"))
            self.set_meta("former_installations", json.dumps(former + [old]))
            self.set_meta("installation_id", new_id)
            self.set_meta("version_counter", str(max(self.counter, counter)))
        return old

    @property
    def former_installations(self) -> list[str]:
        return json.loads(self.meta("former_installations", "[]"))

    @property
    def school_uuid(self) -> str | None:
        return self.meta("school")

    @property
    def is_initialised(self) -> bool:
        return self.school_uuid is not None

    def next_versions(self, n: int = 1) -> int:
        """Reserve ``n`` versions of this installation's counter; returns the first."""
        # In a transaction of its own when called outside one: an UPDATE ... RETURNING
        # opens an implicit transaction that nothing would commit.
        with self.transaction():
            rows = self.db.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'version_counter' "
                "RETURNING CAST(value AS INTEGER)", [n]).fetchall()
        return rows[0][0] - n + 1

    def raise_counter(self, at_least: int) -> None:
        """Lamport rule: after seeing version ``at_least`` (from any installation), this
        installation's next version is above it, so a save made after an import orders
        after everything imported (docs/sync.md §3)."""
        with self.transaction():
            self.db.execute(
                "UPDATE meta SET value = CAST(max(CAST(value AS INTEGER), ?) AS TEXT) "
                "WHERE key = 'version_counter'", [int(at_least)])

    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One use case, all or nothing; nested calls join the outer transaction.

        The outer transaction takes the write lock first (``BEGIN IMMEDIATE``), waiting for
        another process that holds it (see :meth:`_begin`). A deferred ``BEGIN`` would read
        first and ask for the lock at its first write, and SQLite answers that upgrade with
        "database is locked" at once, without waiting: the busy timeout cannot help a
        transaction that already read (it would deadlock with the other writer), so an
        import failed after 0.4 s whatever the timeout (issue 13).
        """
        try:
            with self._lock:
                if self.db.conn.in_transaction:
                    with self.db.atomic():  # a savepoint inside the outer transaction
                        yield self
                    return
                self._begin()
                try:
                    yield self
                except BaseException:
                    self.db.conn.rollback()  # a no-op when an error already ended it
                    raise
                try:
                    self.db.conn.execute("COMMIT")
                except BaseException:
                    self.db.conn.rollback()
                    raise
        except sqlite3.OperationalError as exc:
            failure = failure_refusal(exc, self.path)
            if failure is None:
                raise
            raise failure from exc

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, waiting up to ``lock_wait_ms`` for another process's write
        transaction to end. After the first slice of waiting, ``on_lock_wait`` (set by the
        app or the command line) is told, once, so people see why nothing moves; past the
        whole wait the refusal names the database file (nothing was written)."""
        conn, waited, told = self.db.conn, 0, False
        conn.execute(f"PRAGMA busy_timeout = {LOCK_SLICE_MS}")
        try:
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        raise
                # Waited by SQLite's own busy handler (no clock read here): counted in slices.
                waited += LOCK_SLICE_MS
                if waited >= self.lock_wait_ms:
                    raise StoreError(errors.DATABASE_BUSY, path=str(self.path),
                                     seconds=self.lock_wait_ms // 1000)
                if not told and self.on_lock_wait is not None:
                    told = True
                    self.on_lock_wait(self.path)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        with self._lock:
            return self.db.execute(sql, params)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        # The driver's executemany opens an implicit transaction that sqlite-utils never
        # commits; outside a use case's transaction it would swallow every later write.
        with self.transaction():
            return self.db.conn.executemany(sql, rows)

    def query(self, sql: str, params=()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))


def database_exists(data_dir: Path | str) -> bool:
    return (Path(data_dir) / DATABASE_FILE).exists()


__all__ = ["Store", "StoreError", "database_exists"]
