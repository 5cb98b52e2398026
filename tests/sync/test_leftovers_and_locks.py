"""Leftovers and locks (issue 13, item 5; docs/sync.md §6), with real processes.

- An import or export killed with SIGKILL leaves its work folder in the data folder; the next
  import or export, and the next start (a store opened, a ``jituan`` command), removes it,
  but never the folder of an import or export another process is running right now, nor
  anything else a user put in the data folder.
- Another process holding a write transaction makes an import wait (the store tells whoever
  listens), and the import goes on when it is released; past the wait, the refusal names the
  database file and nothing is written.
- A read-only or full data folder gets a clear Chinese message on every command (a real
  read-only or tiny tmpfs when the tests may mount one, as root in CI; chmod otherwise).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.demo.practice import add_practice_records
from jituan_desktop.domain.records import Teacher
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.services.store_access import as_refusal
from jituan_desktop.storage import errors
from jituan_desktop.storage.errors import StoreError
from jituan_desktop.storage.schema import RECORD_TABLES
from jituan_desktop.storage.store import Store
from jituan_desktop.storage.work_folders import EXPORT_PREFIX, IMPORT_PARENT, IMPORT_PREFIX
from jituan_desktop.sync import importing
from jituan_desktop.sync.exporting import export_bundle
from jituan_desktop.sync.results import ACCEPTED, KNOWN

from conftest import TODAY
from suite_clock import CLOCK
from sync_world import make_world

REPO = Path(__file__).resolve().parents[2]
CHILD_ENV = {**os.environ, "PYTHONPATH": str(REPO), "JITUAN_LANG": "zh_CN"}

# An import or export in a process of its own. Each progress call is reported on stdout and
# then waits for a line on stdin: the test kills it there, or lets it go on. An import calls
# progress once more after its transaction committed, while its unpacked copy still exists;
# an export every 2,000 records while it writes its records files into its work folder.
CHILD = r"""
import sys
from pathlib import Path
from jituan_desktop.clock import Clock
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, importing

mode, data_dir, target = sys.argv[1:4]
store = Store.open(Path(data_dir), clock=Clock.from_environment())

def progress(done, total):
    print("progress", done, total, flush=True)
    sys.stdin.readline()

if mode == "import":
    result = importing.import_file(store, Path(target), progress=progress)
    print("done", result.status, flush=True)
else:
    result = exporting.export_bundle(store, Path(target), full=True, progress=progress)
    print("done", result.path.name, flush=True)
store.close()
"""

# Another program holding a write transaction on a database until told to let go.
HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE meta SET value = value WHERE key = 'installation_id'")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", *args], cwd=REPO, env=CHILD_ENV,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def child(mode: str, data_dir: Path, target: Path) -> subprocess.Popen:
    return start(CHILD, mode, str(data_dir), str(target))


def expect(process: subprocess.Popen, word: str) -> str:
    line = process.stdout.readline()
    if not line.startswith(word):
        process.kill()
        raise AssertionError(f"expected {word!r}, got {line!r}: {process.stderr.read()}")
    return line


def go_on(process: subprocess.Popen) -> None:
    process.stdin.write("\n")
    process.stdin.flush()


def finish(process: subprocess.Popen) -> None:
    """Let a paused child go on to its end (answering every progress call)."""
    out, err = process.communicate("\n" * 100)
    assert process.returncode == 0, err
    assert "done" in out, out + err


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        stream.close()
    assert process.returncode == -signal.SIGKILL


def work_folders(data_dir: Path) -> dict[str, list[str]]:
    """Every entry of the two places work folders live, by name."""
    imports = data_dir / IMPORT_PARENT
    return {
        "import": sorted(p.name for p in imports.iterdir()) if imports.exists() else [],
        "export": sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".export")),
    }


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


STATE_TABLES = RECORD_TABLES + ("meta", "record_version", "conflict", "sync_installation",
                                "sync_coverage", "sync_bundle", "attachment_blob")


def digest(store: Store) -> str:
    """A hash of the tables an import writes (all of them must stay as they were)."""
    found = hashlib.sha256()
    for table in STATE_TABLES:
        for row in sorted(json.dumps(r, sort_keys=True, ensure_ascii=False)
                          for r in store.query(f"SELECT * FROM {table}")):
            found.update(row.encode())
    return found.hexdigest()


@pytest.fixture
def world(tmp_path):
    """The lead and one member school with practice records, and the member's bundle."""
    made = make_world(tmp_path, {"m1": "城关小学"})
    add_practice_records(made.members["m1"], seed=1, today=TODAY)
    bundle = export_bundle(made.members["m1"], made.folder("share")).path
    yield made, bundle
    made.close()


@pytest.fixture
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield i18n.translate
    i18n.set_language(before)


# ------------------------------------------------------------------ leftovers of killed processes

def test_a_killed_import_leaves_its_copy_until_the_next_import(world):
    made, bundle = world
    lead_dir = made.lead.data_dir
    importer = child("import", lead_dir, bundle)
    expect(importer, "progress")  # committed; its unpacked copy is still there
    left = work_folders(lead_dir)["import"]
    assert len(left) == 2 and left[0].startswith(IMPORT_PREFIX), left  # folder and .lock
    kill(importer)
    leftover = lead_dir / IMPORT_PARENT / left[0]
    assert leftover.is_dir() and folder_size(leftover) > 0, "the kill left nothing to clean"

    result = importing.import_file(made.lead, bundle)  # the next import
    assert result.status == KNOWN, result.reason and result.reason.render()
    assert work_folders(lead_dir)["import"] == []


def test_a_killed_import_is_cleaned_at_the_next_start(world, capsys):
    made, bundle = world
    lead_dir = made.lead.data_dir
    importer = child("import", lead_dir, bundle)
    expect(importer, "progress")
    kill(importer)
    assert work_folders(lead_dir)["import"]
    assert main(["--data-dir", str(lead_dir), "status"]) == 0  # a command starts
    capsys.readouterr()
    assert work_folders(lead_dir)["import"] == []


def test_a_killed_export_and_a_running_one(tmp_path):
    """A member with more than 2,000 records to send. An export paused inside its work folder
    keeps it while another export runs alongside; killed, it leaves the folder (and no bundle),
    and the next start removes it."""
    made = make_world(tmp_path, {"m1": "城关小学"})
    member = made.members["m1"]
    add_practice_records(member, seed=3, today=TODAY, observations=2100)
    data_dir, share = member.data_dir, made.folder("share")
    try:
        exporter = child("export", data_dir, share)
        expect(exporter, "progress 2000")
        running = work_folders(data_dir)["export"]
        assert len(running) == 2 and running[0].startswith(EXPORT_PREFIX), running

        # Another export (this process) starts meanwhile: the running one's folder stays.
        alongside = export_bundle(member, made.folder("alongside"), full=True)
        assert alongside.records > 2000
        assert work_folders(data_dir)["export"] == running
        # ... and so does a start of the app or a command.
        Store.open(data_dir, clock=CLOCK).close()
        assert work_folders(data_dir)["export"] == running

        kill(exporter)
        leftover = data_dir / running[0]
        assert folder_size(leftover) > 0, "the killed export left no records file"
        assert list(share.iterdir()) == [], "a killed export must leave no bundle"

        assert main(["--data-dir", str(data_dir), "status"]) == 0
        assert work_folders(data_dir)["export"] == []
        # The next export after a kill writes its bundle as if nothing happened.
        again = export_bundle(member, share, full=True)
        assert again.records == alongside.records
        assert work_folders(data_dir)["export"] == []
    finally:
        made.close()


def test_a_running_import_keeps_its_folder_while_another_imports(world):
    made, bundle = world
    lead_dir = made.lead.data_dir
    importer = child("import", lead_dir, bundle)
    try:
        expect(importer, "progress")
        running = work_folders(lead_dir)["import"]
        assert len(running) == 2
        assert importing.import_file(made.lead, bundle).status == KNOWN
        Store.open(lead_dir, clock=CLOCK).close()
        assert work_folders(lead_dir)["import"] == running
        finish(importer)
    finally:
        if importer.returncode is None:
            kill(importer)
    assert work_folders(lead_dir)["import"] == []


def test_only_our_own_folders_are_removed(tmp_path, store):
    """Leftovers made the way the app before this change made them (no lock file) go; a
    user's files and folders with look-alike names stay, byte for byte."""
    data = store.data_dir
    store.close()
    imports = data / IMPORT_PARENT
    imports.mkdir()
    old_import = Path(tempfile.mkdtemp(prefix=IMPORT_PREFIX, dir=imports))
    (old_import / "records").mkdir()
    (old_import / "records" / "teacher.jsonl").write_text("{}\n")
    old_export = Path(tempfile.mkdtemp(prefix=EXPORT_PREFIX, dir=data))
    (old_export / "teacher.jsonl").write_text("{}\n")
    users = {
        data / ".export-notes": "my notes",                  # not eight characters
        data / ".export-ABCDEFGH": "capitals",               # not tempfile's alphabet
        data / "export-12345678": "no dot",
        data / ".export-12345678": "a file, not a folder",
        imports / "jituan-bundle-12345678.txt": "a suffix",
        imports / "my-bundle" / "inside.txt": "another name",
        data / "jituan-bundle-12345678" / "inside.txt": "beside the import folder",
    }
    for path, text in users.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (data / ".export-abcdefg1").mkdir()  # our name, made by hand: taken as a leftover

    Store.open(data, clock=CLOCK).close()

    assert not old_import.exists() and not old_export.exists()
    assert not (data / ".export-abcdefg1").exists()
    for path, text in users.items():
        assert path.read_text(encoding="utf-8") == text, path


# -------------------------------------------------------------------------------------- locks

def hold(database: Path) -> subprocess.Popen:
    holder = start(HOLDER, str(database))
    expect(holder, "holding")
    return holder


def release(holder: subprocess.Popen) -> None:
    out, err = holder.communicate("\n")
    assert holder.returncode == 0 and "released" in out, err


def test_an_import_waits_for_another_program_and_goes_on(world):
    """The other program lets go only once the import says it waits: no timing involved.
    Before issue 13 the import failed at once with "database is locked"."""
    made, bundle = world
    lead = made.lead
    holder = hold(lead.path)
    told = []

    def waiting(path: Path) -> None:
        told.append(path)
        release(holder)

    lead.on_lock_wait = waiting
    try:
        result = importing.import_file(lead, bundle)
    finally:
        if holder.returncode is None:
            release(holder)
    assert told == [lead.path]
    assert result.status == ACCEPTED, result.reason and result.reason.render()
    assert result.added > 0


def test_a_command_waits_and_says_so(world):
    """``jituan import`` in a process of its own, while another one holds the database: it
    prints that it waits, and goes on when the other lets go."""
    made, bundle = world
    lead_dir = made.lead.data_dir
    holder = hold(made.lead.path)
    command = subprocess.Popen(
        [sys.executable, "-c", "import sys; from jituan_desktop.cli import main; "
                               "sys.exit(main())", "--data-dir", str(lead_dir), "import",
         str(bundle)], cwd=REPO, env=CHILD_ENV, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        notice = command.stderr.readline()
        assert "等待另一个程序释放数据库" in notice and str(made.lead.path) in notice, notice
    finally:
        release(holder)
    out, err = command.communicate()
    assert command.returncode == 0, out + err
    assert "已接受" in out or "接受" in out, out


def test_an_import_refused_after_the_wait_names_the_database(world, chinese):
    made, bundle = world
    lead = made.lead
    before = digest(lead)
    lead.lock_wait_ms = 1500  # three slices: the test need not wait the app's 30 seconds
    told = []
    lead.on_lock_wait = told.append
    holder = hold(lead.path)
    try:
        with pytest.raises(StoreError) as refused:
            importing.import_file(lead, bundle)
    finally:
        release(holder)
    assert told == [lead.path]
    assert refused.value.problem.text == errors.DATABASE_BUSY
    message = refused.value.render(chinese)
    assert str(lead.path) in message and "关闭" in message, message
    assert digest(lead) == before, "a refused import wrote something"
    assert work_folders(lead.data_dir)["import"] == []
    # Once the other program is done, the same import goes through.
    assert importing.import_file(lead, bundle).status == ACCEPTED


def test_a_save_outside_an_import_waits_too(world, chinese):
    """Every use case's transaction takes the write lock first; a save that first reads
    then writes no longer fails at once."""
    made, _bundle = world
    lead = made.lead
    holder = hold(lead.path)
    told = []

    def waiting(path: Path) -> None:
        told.append(path)
        release(holder)

    lead.on_lock_wait = waiting
    try:
        with lead.transaction():
            school = lead.meta("school")
            lead.set_meta("school", school)
    finally:
        if holder.returncode is None:
            release(holder)
    assert told == [lead.path]


# ----------------------------------------------------------------- read-only and full folders

def mount_tmpfs(where: Path, options: str) -> None:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")


def unmount(where: Path) -> None:
    # Lazily: a store the in-process command opened may still hold a file there.
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def commands(data: Path, out: Path, bundle: Path) -> list[list]:
    """Commands that write (and some that only read, which need the folder writable too)."""
    return [
        ["status"],
        ["check"],
        ["export", "--to", out],
        ["import", bundle],
        ["school", "add", "新建小学"],
        ["invite", "S01", "--to", out],
        ["join", bundle, "--to", out],
        ["init", "--role", "lead", "--alliance", "另一个联盟", "--school", "另一所学校"],
        ["index"],
        ["demo"],
    ]


def assert_clear(code: int, err: str, expected: str, where: Path) -> None:
    assert code == 1, err
    assert expected in err and str(where) in err, err
    assert "意外错误" not in err and "Unexpected" not in err and "Errno" not in err, err


def test_every_command_on_a_read_only_data_folder(world, tmp_path, capsys):
    """A real read-only file system (a tmpfs remounted read-only: root alone can, and CI
    runs as root): every command says the folder is read-only, none crashes."""
    made, bundle = world
    mount = tmp_path / "ro"
    mount_tmpfs(mount, "size=64m")
    try:
        data = mount / "data"
        made.lead.close()
        shutil.copytree(made.lead.data_dir, data)
        made.lead = Store.open(made.lead.data_dir, clock=CLOCK)
        before = (data / "jituan.sqlite3").read_bytes()
        remount = subprocess.run(["mount", "-o", "remount,ro", str(mount)],
                                 capture_output=True, text=True)
        assert remount.returncode == 0, remount.stderr
        out = made.folder("out")
        for command in commands(data, out, bundle):
            code, _out, err = run(capsys, "--data-dir", data, *command)
            assert_clear(code, err, "只读", data)
        assert (data / "jituan.sqlite3").read_bytes() == before
        assert list(out.iterdir()) == []
    finally:
        unmount(mount)


def test_every_command_on_a_full_disk(world, tmp_path, capsys):
    """A tiny tmpfs filled to the last byte."""
    made, bundle = world
    mount = tmp_path / "full"
    mount_tmpfs(mount, "size=16m")
    try:
        data = mount / "data"
        made.lead.close()
        shutil.copytree(made.lead.data_dir, data)
        made.lead = Store.open(made.lead.data_dir, clock=CLOCK)
        before = (data / "jituan.sqlite3").read_bytes()
        fill(mount / "filler")
        out = made.folder("out")
        for command in commands(data, out, bundle):
            code, _out, err = run(capsys, "--data-dir", data, *command)
            assert_clear(code, err, "磁盘已满", data)
        assert (data / "jituan.sqlite3").read_bytes() == before
    finally:
        unmount(mount)


def test_an_export_when_the_disk_fills_up_while_writing(tmp_path, capsys):
    """Room to open the database, not to write the records files: the export says the disk
    is full and leaves no work folder (nor bundle) behind."""
    made = make_world(tmp_path / "world", {"m1": "城关小学"})
    add_practice_records(made.members["m1"], seed=5, today=TODAY, observations=300)
    made.close()
    mount = tmp_path / "full"
    mount_tmpfs(mount, "size=24m")
    try:
        data = mount / "m1"
        shutil.copytree(made.root / "m1", data)
        out = mount / "out"
        out.mkdir()
        fill(mount / "filler", leave=256 * 1024)
        code, _out, err = run(capsys, "--data-dir", data, "export", "--to", out, "--full")
        assert_clear(code, err, "磁盘已满", data)
        assert work_folders(data)["export"] == [] and list(out.iterdir()) == []
    finally:
        unmount(mount)


def test_a_save_when_the_disk_is_full(tmp_path, chinese):
    """The store open, the disk fills up, a teacher is saved: refused as a full disk (SQLite's
    "database or disk is full"), nothing saved; once there is room again, the same save
    goes through."""
    mount = tmp_path / "full"
    mount_tmpfs(mount, "size=16m")
    store = None
    try:
        store = Store.open(mount / "data", clock=CLOCK)
        setup_ops.init_lead(store, "城关教育联盟", "实验小学", today=TODAY)
        before = digest(store)
        fill(mount / "filler")
        teacher = Teacher(school=store.school_uuid, name="满盘老师")
        with pytest.raises(StoreError) as refused:
            record_ops.add_teacher(store, teacher, today=TODAY)
        assert refused.value.problem.text == errors.DISK_FULL
        message = refused.value.render(chinese)
        assert "磁盘已满" in message and str(store.path) in message, message
        assert digest(store) == before
        (mount / "filler").unlink()
        record_ops.add_teacher(store, teacher, today=TODAY)
        assert [t["name"] for t in store.query("SELECT name FROM teacher")] == ["满盘老师"]
    finally:
        if store is not None:
            store.close()
        unmount(mount)


def fill(path: Path, leave: int = 0) -> None:
    """Write zeros into ``path`` until only ``leave`` bytes are free on its disk."""
    free = shutil.disk_usage(path.parent).free - leave
    block = b"\0" * (1 << 20)
    with open(path, "wb") as f:
        try:
            while free > 0:
                free -= f.write(block[:min(len(block), free)])
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    assert shutil.disk_usage(path.parent).free <= leave + 4096


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions do not stop root from writing")
def test_a_data_folder_without_write_permission(world, tmp_path, capsys):
    made, bundle = world
    data = tmp_path / "locked"
    made.lead.close()
    shutil.copytree(made.lead.data_dir, data)
    made.lead = Store.open(made.lead.data_dir, clock=CLOCK)
    data.chmod(0o500)
    try:
        for command in commands(data, made.folder("out"), bundle):
            code, _out, err = run(capsys, "--data-dir", data, *command)
            assert_clear(code, err, "只读", data)
    finally:
        data.chmod(0o700)


@pytest.mark.parametrize("number, expected", [(errno.EROFS, errors.READ_ONLY),
                                              (errno.EACCES, errors.READ_ONLY),
                                              (errno.ENOSPC, errors.DISK_FULL),
                                              (errno.EDQUOT, errors.DISK_FULL)])
def test_the_app_says_the_same_as_the_command_line(number, expected, tmp_path):
    """The desktop app reads a failed job through services.store_access.as_refusal."""
    refusal = as_refusal(OSError(number, os.strerror(number), str(tmp_path)))
    assert refusal.problem.text == expected and str(tmp_path) in refusal.render()
