"""The rolling set in <data>/backups: made before imports, daily and before a restore, by the
store's clock; kept to the last 10 plus the newest of each of 12 months, and within the size
budget, pre-migration copies counted (storage/backups.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from jituan_desktop.clock import Clock
from jituan_desktop.services import backup_ops
from jituan_desktop.storage import backups
from jituan_desktop.storage.backups import BackupEntry, plan_removals
from jituan_desktop.storage.store import Store

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

START = datetime(2026, 1, 5, 1, 0, tzinfo=timezone.utc)


def entry(tmp_path, kind, made, size=100):
    return BackupEntry(tmp_path / f"{kind}-{made:%Y%m%d%H%M}", kind, made, size)


def test_the_last_ten_and_one_a_month_for_a_year_are_kept(tmp_path):
    found = [entry(tmp_path, backups.DAILY, START + timedelta(days=d)) for d in range(400)]
    found.reverse()  # newest first
    now = found[0].made
    removed = {e.path for e in plan_removals(found, now, budget=10 ** 12)}
    kept = [e for e in found if e.path not in removed]
    assert kept[:10] == found[:10]
    months = {(e.made.astimezone().year, e.made.astimezone().month) for e in kept[10:]}
    assert len(kept) == 10 + len(months) and len(months) <= 12
    # the newest of each month kept, nothing older than a year
    assert min(e.made for e in kept) > now - timedelta(days=366)


def test_the_budget_removes_the_oldest_first_migration_copies_counted_newest_never(tmp_path):
    old_migration = entry(tmp_path, backups.MIGRATION, START, size=500)
    rolling = [entry(tmp_path, backups.IMPORT, START + timedelta(hours=h), size=100)
               for h in range(1, 6)]
    found = sorted([old_migration, *rolling], key=lambda e: e.made, reverse=True)
    now = found[0].made
    assert plan_removals(found, now, budget=1000) == []  # 500 + 5 * 100
    removed = plan_removals(found, now, budget=400)
    assert removed[0] == old_migration  # the oldest, whatever its kind
    assert sum(e.size for e in found if e not in removed) <= 400
    # a budget smaller than the newest copy keeps the newest all the same
    assert [e for e in found if e not in plan_removals(found, now, budget=1)] == [found[0]]


def test_real_copies_are_made_before_imports_and_once_a_day(lead_store):
    folder = lead_store.data_dir
    assert backup_ops.daily(lead_store) is not None
    assert backup_ops.daily(lead_store) is None  # the same day: one is enough
    made = backup_ops.before_import(lead_store)
    assert made is not None and made.name.startswith("jituan-auto-import-")
    next_day = Store.open(folder, clock=Clock(lead_store.clock.now() + timedelta(days=1)))
    try:
        assert backup_ops.daily(next_day) is not None
        kinds = [e.kind for e in backups.entries(folder)]
        assert sorted(kinds) == ["daily", "daily", "import"]
        ov = backup_ops.overview(next_day)
        assert ov.total_bytes == sum(r.size for r in ov.rows) > 0
        assert all(r.facts.school_name == "实验小学" for r in ov.rows)
        assert ov.budget == backups.DEFAULT_BUDGET
    finally:
        next_day.close()


def test_a_smaller_budget_trims_the_real_set_at_once_and_is_kept(lead_store):
    """Real files: three old copies of 30 MB (sparse) and today's real one, then a 50 MB
    limit: the oldest go until the set fits, the newest stays, the limit is remembered."""
    folder = backups.folder_of(lead_store.data_dir)
    folder.mkdir()
    for day in (1, 2, 3):
        with (folder / f"jituan-auto-daily-202611{day:02d}T010000Z.sqlite3").open("wb") as f:
            f.truncate(30 * 1024 ** 2)
    newest = backup_ops.daily(lead_store)
    assert len(backups.entries(lead_store.data_dir)) == 4  # 2 GB: nothing removed
    ov = backup_ops.set_budget(lead_store, backups.MIN_BUDGET)
    assert ov.budget == backups.MIN_BUDGET == backups.budget(lead_store.data_dir)
    assert [r.path.name for r in ov.rows] == [newest.name,
                                              "jituan-auto-daily-20261103T010000Z.sqlite3"]
    assert ov.total_bytes <= backups.MIN_BUDGET


def test_an_import_makes_a_copy_first(tmp_path):
    """The one call in sync/importing.py: a world's lead imports a member's join request."""
    from sync_world import make_world

    world = make_world(tmp_path, {"m1": "城关小学"})
    try:
        kinds = [e.kind for e in backups.entries(world.lead.data_dir)]
        assert kinds == [backups.IMPORT]
    finally:
        world.close()
