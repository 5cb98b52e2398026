"""Migrations, once shipped, never change (issue 11).

Each migration module's text has its SHA-256 recorded in migration_hashes.json: an edited
migration fails here, and so does a new one until its hash is recorded. A migration imports
no module of the app (live code changes; what a migration does must not), and a database
left at an older migration still opens and ends up as a new one would.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from import_graph import PACKAGE, imported_names
from jituan_desktop.storage import name_keys
from jituan_desktop.storage.migrations import (KNOWN_MIGRATIONS, MODULES, migrations,
                                               m0005_teacher_name_initials as m0005)
from jituan_desktop.storage.schema import RECORD_TABLES, SEARCHABLE
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

FOLDER = PACKAGE / "storage" / "migrations"
HASHES = Path(__file__).with_name("migration_hashes.json")
# Helpers the migrations share, frozen like them (hashed by module name).
HELPERS = ("sql_script",)
NEVER_EDITED = "a shipped migration is never edited: add the next one"

# Names as recorded in the users' databases: never renamed, never reordered.
SHIPPED = ["0001_initial", "0002_search_queue_upsert", "0003_session_observation_index",
           "0004_search_vocabulary", "0005_teacher_name_initials", "0006_version_graph",
           "0007_sync_state"]

# Teachers' names for 0005: heteronyms (单, 曾, 覃, 朝, 乐), a compound surname, Latin letters
# (ignored), spaces around, a name whose variants pass the cap of 32.
NAMES = ["张三", "单雄信", "曾小贤", "欧阳娜娜", "Anna李", "  陈丽 ", "覃单朝乐", "乐都", "Zoë"]


def frozen_modules() -> dict[str, Path]:
    """Every frozen module: a migration by its name (file m0001_initial.py is 0001_initial),
    a helper by its module name."""
    found = {path.stem[1:]: path for path in FOLDER.glob("m[0-9][0-9][0-9][0-9]_*.py")}
    found.update({name: FOLDER / f"{name}.py" for name in HELPERS})
    return dict(sorted(found.items()))


def text_hash(path: Path) -> str:
    """SHA-256 of the file's text with line endings normalised (a Windows checkout converts
    them; that is no edit)."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded() -> dict[str, str]:
    return json.loads(HASHES.read_text(encoding="utf-8"))


# -- the migrations and their names ------------------------------------------------------------
def test_every_migration_module_is_applied_in_order():
    files = [name for name in frozen_modules() if name not in HELPERS]
    assert [m.NAME for m in MODULES] == files == KNOWN_MIGRATIONS, \
        "list every module of storage/migrations in MODULES, in order, NAME matching its file"
    assert [m.name for m in migrations.pending(Database(memory=True))] == KNOWN_MIGRATIONS


def test_shipped_names_never_change():
    assert KNOWN_MIGRATIONS[: len(SHIPPED)] == SHIPPED


# -- never edited ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(frozen_modules()))
def test_a_shipped_migration_is_never_edited(name):
    path = frozen_modules()[name]
    expected = recorded().get(name)
    assert expected is not None, (
        f"{path.name} has no recorded hash: once it is final, add "
        f'"{name}": "{text_hash(path)}" to {HASHES.name} (from then on it is never edited)')
    assert text_hash(path) == expected, f"{path.name} changed: {NEVER_EDITED}"


def test_no_shipped_migration_is_removed_or_renamed():
    gone = sorted(set(recorded()) - set(frozen_modules()))
    assert not gone, f"{gone} shipped and are gone: {NEVER_EDITED}"


def test_the_hash_ignores_line_endings_only(tmp_path):
    unix, windows, edited = (tmp_path / n for n in ("unix.py", "windows.py", "edited.py"))
    unix.write_bytes(b"NAME = '0001'\nX = 1\n")
    windows.write_bytes(b"NAME = '0001'\r\nX = 1\r\n")
    edited.write_bytes(b"NAME = '0001'\nX = 2\n")
    assert text_hash(unix) == text_hash(windows) != text_hash(edited)


# -- no live code ------------------------------------------------------------------------------
def app_imports(path: Path, relpath: str) -> set[str]:
    """The modules of ours a migration module imports, the frozen helpers aside."""
    helpers = {f"jituan_desktop.storage.migrations.{h}" for h in HELPERS}
    return {n for n in imported_names(path, relpath)
            if (n == "jituan_desktop" or n.startswith("jituan_desktop.")) and n not in helpers}


@pytest.mark.parametrize("name", list(frozen_modules()))
def test_a_migration_calls_no_live_app_code(name):
    path = frozen_modules()[name]
    bad = app_imports(path, path.relative_to(PACKAGE).as_posix())
    assert not bad, (f"migration {name} imports {sorted(bad)}: copy what it needs into the "
                     "migration (standard library, sqlite-utils and other libraries only)")


def test_the_import_check_sees_live_code(tmp_path):
    """A planted import of live code, lazy inside the function as 0005's used to be."""
    planted = tmp_path / "m9999_planted.py"
    planted.write_text("from .sql_script import run_script\nimport json\n\n"
                       "def migrate(db):\n    from ..name_keys import pinyin_initials\n"
                       "    import jituan_desktop.domain.enums\n", encoding="utf-8")
    found = app_imports(planted, "storage/migrations/m9999_planted.py")
    assert found == {"jituan_desktop.storage.name_keys", "jituan_desktop.domain.enums"}


# -- 0005 computes what the app computes today -------------------------------------------------
def test_the_frozen_initials_are_the_apps_of_today():
    for name in NAMES:
        assert m0005.pinyin_initials(name) == \
            name_keys.pinyin_initials(name), name
    assert len(name_keys.pinyin_initials("覃单朝乐").split()) == name_keys.MAX_VARIANTS


def test_a_database_at_0004_migrates_with_the_initials_of_today(tmp_path):
    db = Database(tmp_path / DATABASE_FILE)
    migrations.apply(db, stop_before="0005_teacher_name_initials")
    assert [m.name for m in migrations.applied(db)] == SHIPPED[:4]
    sync = dict(owner_school="s-1", origin_installation="i-1", version=1,
                created_at="2025-09-01T08:00:00Z", updated_at="2025-09-01T08:00:00Z")
    with db.atomic():
        db["school"].insert(dict(uuid="s-1", name="实验小学", role="lead", **sync))
        for n, name in enumerate(NAMES):
            db["teacher"].insert(dict(uuid=f"t-{n}", school="s-1", name=name,
                                      position="teacher", **sync))
    db.close()

    store = Store.open(tmp_path, clock=CLOCK)
    try:
        assert store.schema_version() == KNOWN_MIGRATIONS
        got = {r["name"]: r["name_initials"]
               for r in store.query("SELECT name, name_initials FROM teacher")}
    finally:
        store.close()
    assert got == {name: name_keys.pinyin_initials(name) for name in NAMES}
    assert got["张三"] == "zs" and "sxx" in got["单雄信"].split()


# -- the live description of the schema agrees with what the migrations built ------------------
def test_the_schema_constants_describe_the_migrated_database(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        tables = {r["name"]: {c[1] for c in store.execute(f"PRAGMA table_info({r['name']})")}
                  for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        store.close()
    for table, columns in SEARCHABLE.items():
        assert f"{table}_fts" in tables and set(columns) <= tables[table], table
    versioned = {t for t, cols in tables.items() if {"uuid", "origin_installation"} <= cols}
    assert versioned == set(RECORD_TABLES), "RECORD_TABLES lists every record table"
