"""`jituan backup --to DIR`, `jituan restore FILE` and `jituan backups`, as a principal's IT
helper runs them: a backup of the small demo restored into ANOTHER data folder holds the same
records and renders a report; every refusal (a wrong password, a damaged file, no --yes, a
newer app's backup) leaves the target database byte for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.storage import backups
from jituan_desktop.storage.backup_files import MAGIC, is_encrypted
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

PASSWORD = "校长的密码-2026"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("backup-demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "small", "--no-index"]) == 0
    return folder


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\n", "utf-8")
    return path


@pytest.fixture
def backup_file(demo_dir, tmp_path, password_file, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "--data-dir", demo_dir, "backup", "--to", usb,
                         "--password-file", password_file)
    assert code == 0, err
    [made] = usb.iterdir()
    assert made.suffix == ".jtbackup" and str(made) in out
    return made


def counts(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(folder / DATABASE_FILE))
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0").fetchone()[0]
                for t in RECORD_TABLES}
    finally:
        conn.close()


def digest(folder: Path) -> str:
    """The database's whole content (a dump: the command line's own connections may fold
    the WAL into the file at any time, which changes its bytes but not what it holds)."""
    conn = sqlite3.connect(str(folder / DATABASE_FILE))
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def other_folder(tmp_path, capsys) -> Path:
    """Another laptop's data folder, already set up for another school."""
    folder = tmp_path / "other"
    assert run(capsys, "--data-dir", folder, "init", "--role", "lead", "--alliance", "北关联盟",
               "--school", "北关小学")[0] == 0
    return folder


def test_a_backup_restores_into_another_data_folder(demo_dir, backup_file, password_file,
                                                     tmp_path, capsys):
    plain = backup_file.read_bytes()
    assert plain.startswith(MAGIC) and "实验小学".encode() not in plain  # nothing readable
    assert b"SQLite format 3" not in plain
    target = other_folder(tmp_path, capsys)
    code, out, err = run(capsys, "--data-dir", target, "restore", backup_file,
                         "--password-file", password_file, "--yes")
    assert code == 0, err
    assert "实验小学" in out and "教师" in out  # the preview: school and counts
    assert counts(target) == counts(demo_dir)
    # the folder's own database was kept first
    [saved] = [e for e in backups.entries(target) if e.kind == backups.RESTORE]
    conn = sqlite3.connect(str(saved.path))
    assert conn.execute("SELECT name FROM school").fetchone()[0] == "北关小学"
    conn.close()
    # a copied database in another folder is a new installation
    assert "新的安装" in out
    code, out, err = run(capsys, "--data-dir", target, "report", "alliance-semester",
                         "--semester", "2026-1", "--out", tmp_path / "r.pdf")
    assert code == 0, err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = run(capsys, "--data-dir", target, "check")
    assert code == 0, out + err


def test_the_backups_command_lists_the_rolling_set(demo_dir, backup_file, password_file,
                                                    tmp_path, capsys):
    target = other_folder(tmp_path, capsys)
    assert run(capsys, "--data-dir", target, "restore", backup_file, "--password-file",
               password_file, "--yes")[0] == 0
    code, out, err = run(capsys, "--data-dir", target, "backups")
    assert code == 0, err
    assert "恢复前" in out and "jituan-auto-restore-" in out and "2.0 GB" in out


def test_a_wrong_password_is_refused_and_nothing_changes(backup_file, tmp_path, capsys):
    target = other_folder(tmp_path, capsys)
    before = digest(target)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-password", "utf-8")
    code, out, err = run(capsys, "--data-dir", target, "restore", backup_file,
                         "--password-file", wrong, "--yes")
    assert code == 1 and "密码" in err and "打不开" in err
    assert digest(target) == before
    assert not list(target.glob(".restore-*")) and not (target / "backups").exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "cut-last-part", "scrypt-bomb"])
def test_a_damaged_backup_is_refused_and_nothing_changes(backup_file, password_file, tmp_path,
                                                         capsys, damage):
    data = bytearray(backup_file.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "cut-last-part":  # whole parts removed: no part is marked the last one
        data = data[: 39 + 29 + (1 << 20) + 16]
    else:  # a header asking Scrypt for 2^30 × 1 KiB of memory
        data[9] = 30
    broken = tmp_path / "broken.jtbackup"
    broken.write_bytes(bytes(data))
    target = other_folder(tmp_path, capsys)
    before = digest(target)
    code, out, err = run(capsys, "--data-dir", target, "restore", broken,
                         "--password-file", password_file, "--yes")
    assert code == 1 and "已损坏" in err, err
    assert digest(target) == before
    assert not list(target.glob(".restore-*"))


def test_without_yes_and_without_a_terminal_nothing_changes(backup_file, password_file,
                                                            tmp_path, capsys):
    target = other_folder(tmp_path, capsys)
    before = digest(target)
    code, out, err = run(capsys, "--data-dir", target, "restore", backup_file,
                         "--password-file", password_file)
    assert code == 1 and "--yes" in err and "实验小学" in out
    assert digest(target) == before


def test_a_file_that_is_no_backup_is_refused(tmp_path, capsys):
    target = other_folder(tmp_path, capsys)
    before = digest(target)
    stray = tmp_path / "notes.txt"
    stray.write_text("听课笔记", "utf-8")
    code, out, err = run(capsys, "--data-dir", target, "restore", stray, "--yes")
    assert code == 1 and "不是" in err
    assert digest(target) == before


def test_a_short_or_mistyped_new_password_is_refused(demo_dir, tmp_path, capsys):
    short = tmp_path / "short.txt"
    short.write_text("1234", "utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "--data-dir", demo_dir, "backup", "--to", usb,
                         "--password-file", short)
    assert code == 1 and "8" in err
    assert list(usb.iterdir()) == []
    assert not list(demo_dir.glob(".restore-*"))


def test_a_newer_apps_backup_is_refused_and_an_older_one_is_migrated(demo_dir, tmp_path,
                                                                     capsys):
    """Plain copies from a backups folder restore too (no password: they never left it)."""
    store = Store.open(demo_dir, clock=CLOCK)
    try:
        newer = backups.make_rolling(store.db.conn, tmp_path / "copies", backups.DAILY,
                                     CLOCK.now())
    finally:
        store.close()
    conn = sqlite3.connect(str(newer))
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('jituan', '0099_from_the_future', '2027-01-01')")
    conn.close()
    target = other_folder(tmp_path, capsys)
    before = digest(target)
    code, out, err = run(capsys, "--data-dir", target, "restore", newer, "--yes")
    assert code == 1 and "更新" in err and "0099_from_the_future" in err
    assert digest(target) == before
    # An older app's copy: the last migration taken back out, as the older app left it.
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(str(newer))
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0099_from_the_future'")
    conn.close()
    older.write_bytes(newer.read_bytes())
    assert not is_encrypted(older)
    code, out, err = run(capsys, "--data-dir", target, "restore", older, "--yes")
    assert code == 0, err
    assert counts(target) == counts(demo_dir)


def test_a_database_open_in_another_program_is_not_replaced(backup_file, password_file,
                                                            tmp_path, capsys):
    """The app still open on the folder would go on writing to the replaced file."""
    target = other_folder(tmp_path, capsys)
    app = Store.open(target, clock=CLOCK)  # the desktop app, say
    try:
        app.execute("SELECT count(*) FROM teacher").fetchone()
        before = digest(target)
        code, out, err = run(capsys, "--data-dir", target, "restore", backup_file,
                             "--password-file", password_file, "--yes")
        assert code == 1 and "另一个程序" in err, err
        assert digest(target) == before
        assert app.execute("SELECT name FROM school").fetchone()[0] == "北关小学"
    finally:
        app.close()
    assert not (target / "backups").exists()
