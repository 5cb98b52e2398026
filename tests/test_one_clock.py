"""One clock (DESIGN.md §7): only jituan_desktop/clock.py reads the machine's time; every
store carries that clock; JITUAN_NOW moves it for scripts and tests."""

import ast
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from jituan_desktop.clock import ENVIRONMENT_VARIABLE, Clock, parse_start
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

PACKAGE = Path(__file__).resolve().parent.parent / "jituan_desktop"
CLOCK_MODULE = "clock.py"

# Calls that read the machine's wall clock, by the name they are reached through.
READERS = {
    ("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"),
    ("time", "ctime"), ("time", "strftime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"), ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"), ("QTime", "currentTime"),
}
# SQLite reads the clock too, given these.
SQL_READERS = ("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "'NOW'")


def clock_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.attr) in READERS:
                found.append(f"line {node.lineno}: {name}.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            hits = [s for s in SQL_READERS if s in node.value.upper().replace('"', "'")]
            if hits:
                found.append(f"line {node.lineno}: SQL {hits[0]}")
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            names = {a.name for a in node.names}
            if node.module == "time" and names & {"time", "time_ns", "localtime", "gmtime"}:
                found.append(f"line {node.lineno}: from time import {sorted(names)}")
    return found


def test_only_the_clock_module_reads_the_machines_clock():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel == CLOCK_MODULE:
            continue
        reads = clock_reads(path)
        if reads:
            offenders[rel] = reads
    assert offenders == {}, ("read the time from the store's clock (jituan_desktop/clock.py),"
                             f" not the machine: {offenders}")


# The entry points: the only modules that choose which clock the stores they open carry.
CHOOSERS = {"app.py", "cli/common.py", "self_test.py", CLOCK_MODULE}


def clock_choices(path: Path) -> list[int]:
    """Lines that make a Clock (``Clock(...)`` or ``Clock.from_environment()``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call) and (
        getattr(node.func, "id", None) == "Clock"
        or (isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", None)
            == "Clock" and node.func.attr == "from_environment"))]


def test_only_the_entry_points_choose_the_clock():
    """Storage, services, sync, reports and the GUI are handed the clock; none makes one."""
    chosen = {path.relative_to(PACKAGE).as_posix(): clock_choices(path)
              for path in sorted(PACKAGE.rglob("*.py"))}
    assert {rel for rel, lines in chosen.items() if lines} <= CHOOSERS, chosen
    assert chosen["app.py"] and chosen["cli/common.py"] and chosen["self_test.py"]


def test_the_check_sees_a_clock_read(tmp_path):
    """The scan above would see each way of reading the clock (it is not vacuous)."""
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime, time\nfrom datetime import date\n"
                      "a = date.today()\nb = datetime.datetime.now()\nc = time.time()\n"
                      "d = 'SELECT CURRENT_TIMESTAMP'\ne = \"date('now')\"\n", encoding="utf-8")
    assert len(clock_reads(sample)) == 5
    assert clock_reads(PACKAGE / CLOCK_MODULE), "the clock module itself reads the machine"


def test_a_moved_clock_starts_where_it_is_told_and_advances():
    start = datetime(2028, 2, 29, 23, 59, 59, tzinfo=timezone(timedelta(hours=8)))
    clock = Clock(start)
    first = clock.now()
    assert timedelta(0) <= first - start < timedelta(seconds=5)
    assert clock.now() >= first
    assert clock.moved
    assert clock.utc_iso().endswith("+00:00")


def test_a_day_alone_starts_in_the_morning_local_time():
    clock = Clock(date(2027, 2, 28))
    assert clock.today() == date(2027, 2, 28)
    assert clock.now().astimezone().hour == 9


def test_the_environment_moves_every_store_in_the_process_along_one_timeline(tmp_path):
    env = {ENVIRONMENT_VARIABLE: "2028-03-01"}
    a, b = Clock.from_environment(env), Clock.from_environment(env)
    assert a is b and a.today() == date(2028, 3, 1)
    first = Store.open(tmp_path / "a", clock=a)
    second = Store.open(tmp_path / "b", clock=b)
    try:
        assert first.meta("created_at") <= second.meta("created_at")
        assert first.meta("created_at").startswith("2028-03-01")
    finally:
        first.close()
        second.close()


def test_without_the_variable_the_clock_is_the_machines():
    clock = Clock.from_environment({})
    assert not clock.moved
    # The test may read the machine's clock; the app may not (above).
    assert abs(clock.now() - datetime.now(timezone.utc)) < timedelta(seconds=5)


@pytest.mark.parametrize("value", ["2027-13-01", "tomorrow", "2027/02/28", "28.2.2027T"])
def test_a_bad_value_is_refused_naming_the_variable(value):
    with pytest.raises(ValueError, match=ENVIRONMENT_VARIABLE):
        parse_start(value)


def test_the_store_opened_by_the_suite_is_on_the_suites_day(store):
    """tests/conftest.py sets JITUAN_NOW, so the suite passes on any day."""
    assert store.clock.today() == date.fromisoformat(os.environ[ENVIRONMENT_VARIABLE])


def _cli(args, env, tmp_path):
    return subprocess.run([sys.executable, "-m", "jituan_desktop", "--data-dir",
                           str(tmp_path / "data"), *args], capture_output=True, text=True,
                          env=env, check=False, timeout=120)


def test_the_command_line_reads_the_machines_clock_unless_moved(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT_VARIABLE}
    done = _cli(["init", "--role", "lead", "--alliance", "联盟", "--school", "一小"], env,
                tmp_path)
    assert done.returncode == 0, done.stderr
    store = Store.open(tmp_path / "data", create=False, clock=CLOCK)
    try:
        created = datetime.fromisoformat(store.meta("created_at"))
    finally:
        store.close()
    assert abs(created - datetime.now(timezone.utc)) < timedelta(minutes=2)


def test_the_command_line_refuses_a_bad_moved_clock_in_chinese(tmp_path):
    env = {**os.environ, ENVIRONMENT_VARIABLE: "明天", "JITUAN_LANG": "zh_CN"}
    done = _cli(["status"], env, tmp_path)
    assert done.returncode != 0
    assert ENVIRONMENT_VARIABLE in done.stderr and "日期" in done.stderr
    assert "Traceback" not in done.stderr
