"""A bad stored value never poisons a reader (issue 13, item 2).

A database can hold values the app would never write (an older version, sqlite3 by hand,
damage). Each case writes one such value straight into a real demo database with sqlite3,
then calls every reader family through its public entry point: ``jituan check`` must report
the value (table, record, field, what to do; exit 3), and lists, exports, reports, search,
compliance and the dashboard must answer without an exception (a record that was asked for
by id and cannot be read is refused in words that point to ``jituan check``).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from jituan_desktop.cli import main
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.services import dashboard_ops, query_ops, setup_ops
from jituan_desktop.storage import list_export
from jituan_desktop.storage.integrity import check
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from sync_world import make_world  # noqa: E402

# One observation of the lead school in this semester: the one the reports print.
OBS = ("(SELECT id FROM observation WHERE deleted = 0 AND lesson_date >= '2026-09-01' AND "
       "school = (SELECT value FROM meta WHERE key = 'school') ORDER BY id LIMIT 1)")
FIRST = "(SELECT min(id) FROM {table})"

# case -> (table, row id expression, assignment, Chinese words the check's finding holds)
CASES = {
    "date_text": ("observation", OBS, "lesson_date = 'not a date'", "不是 2026-09-01 这样的日期"),
    "date_far_future": ("observation", OBS, "lesson_date = '2999-01-01'", "授课日期不能晚于今天"),
    "scores_not_json": ("observation", OBS, "scores = '{not json'", "不是每个评价项目对应一个数字"),
    "scores_wrong_shape": ("observation", OBS, "scores = '[1,2,3]'", "不是每个评价项目对应一个数字"),
    "score_not_number": ("observation", OBS, "scores = '{\"教学目标\":\"x\"}'",
                         "不是每个评价项目对应一个数字"),
    "total_disagrees": ("observation", OBS, "total = 3, band = 'poor'", "与各项评分不符"),
    "total_not_number": ("observation", OBS, "total = 'abc'", "与各项评分不符"),
    "uuid_not_uuid": ("observation", OBS, "uuid = 'not-a-uuid'", "不是有效的 UUID"),
    "reference_not_uuid": ("observation", OBS, "teacher = 'nobody'", "不存在的记录"),
    "unknown_enum": ("observation", OBS, "occasion = 'bogus'", "不是本应用认识的取值"),
    "empty_required_text": ("observation", OBS, "topic = ''", "课题不能为空"),
    "blob_in_text": ("observation", OBS, "topic = X'00ff'", "不是文字"),
    "notes_not_json": ("observation", OBS, "notes = 'oops'", "不是应有内容的 JSON 列表"),
    "teacher_position": ("teacher", FIRST, "position = 'bogus'", "不是本应用认识的取值"),
    "teacher_subjects": ("teacher", FIRST, "subjects = '语文'", "不是应有内容的 JSON 列表"),
    "pairing_start": ("pairing", FIRST, "start = 'soon'", "不是 2026-09-01 这样的日期"),
    "session_kind": ("mentor_session", FIRST, "kind = 'bogus'", "不是本应用认识的取值"),
    "activity_schools": ("activity", FIRST, "schools = 'nope'", "不是应有内容的 JSON 列表"),
    "plan_items_not_json": ("plan", FIRST, "items = 'nope'", "月份安排中的“nope”无法读取"),
    "plan_items_wrong_shape": ("plan", FIRST, "items = '[1,2]'", "不是应有内容的 JSON 列表"),
    "meeting_decisions_not_json": ("meeting", FIRST, "decisions = 'nope'", "会议决定事项"),
    "meeting_date": ("meeting", FIRST, "meeting_date = 'soon'", "不是 2026-09-01 这样的日期"),
    "submission_kind": ("submission", FIRST, "kind = 'bogus'", "不是本应用认识的取值"),
    "rule_metric": ("quota_rule", FIRST, "metric = 'bogus'", "不是本应用认识的取值"),
    "rubric_items": ("rubric_template", FIRST, "items = 'nope'", "不是应有内容的 JSON 列表"),
    "semester_start": ("semester", FIRST, "start = 'soon'", "不是 2026-09-01 这样的日期"),
    "school_role": ("school", "(SELECT id FROM school WHERE role = 'member' LIMIT 1)",
                    "role = 'bogus'", "不是本应用认识的取值"),
}

# Reader families through the command line: lists and exports, reports, search, compliance.
def _export(kind: str, suffix: str = "xlsx") -> list[str]:
    return ["export-table", kind, "--out", "{out}/" + kind + "." + suffix]


def _report(kind: str, *extra: str) -> list[str]:
    return ["report", kind, *extra, "--out", "{out}/" + kind + ".pdf"]


# The readers of each table's records (a bad rule, semester, school or rubric reaches every
# reader, so those cases run them all).
READERS = {
    "observation": [_export("observations"), _export("observations", "csv"),
                    _report("observation", "--id", "{observation}"),
                    _report("observation-counts"), _report("school-semester"),
                    ["search", "教学"], ["compliance"], ["status"]],
    "teacher": [_export("teachers"), _export("compliance"), _export("schools"),
                _report("observation-counts"), ["compliance"]],
    "pairing": [_export("pairings"), _export("compliance"), _report("school-semester"),
                ["compliance"]],
    "mentor_session": [_export("mentor_sessions"), _report("school-semester"), ["compliance"]],
    "activity": [_export("activities"), _export("compliance"), _report("school-semester"),
                 _report("annual-summary"), ["plan", "list"], ["compliance"]],
    "plan": [_export("plans"), ["plan", "list"], _report("work-plan", "--id", "{plan}")],
    "meeting": [_export("meetings"), ["meetings"], ["meetings", "--open"],
                _report("meeting", "--id", "{meeting}"), _report("quarterly-report"),
                ["search", "会议", "--kind", "meeting"]],
    "submission": [_export("submissions"), ["submission", "list"], ["submission", "due"]],
}
EVERY_READER = [
    ["status"], ["conflicts"], ["compliance"], ["search", "教学"],
    *[_export(kind) for kind in ("observations", "pairings", "mentor_sessions", "activities",
                                 "teachers", "plans", "meetings", "submissions", "compliance",
                                 "schools")],
    *[_report(kind) for kind in ("observation-counts", "school-semester", "alliance-semester",
                                 "annual-summary", "quarterly-report")],
    _report("observation", "--id", "{observation}"),
    ["plan", "list"], ["meetings", "--open"], ["submission", "list"], ["submission", "due"],
]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    return folder / "jituan.sqlite3"


def poisoned(demo_file: Path, folder: Path, case: str) -> tuple[Path, dict]:
    """A copy of the demo with the case's one bad value, written with sqlite3 as a person
    or an older version would; returns the folder and the ids the readers ask for."""
    folder.mkdir()
    shutil.copy(demo_file, folder / "jituan.sqlite3")
    table, row, assignment, _ = CASES[case]
    with sqlite3.connect(folder / "jituan.sqlite3") as conn:
        ids = {name: conn.execute(sql).fetchone()[0] for name, sql in {
            "observation": f"SELECT uuid FROM observation WHERE id = {OBS}",
            "plan": "SELECT uuid FROM plan ORDER BY id LIMIT 1",
            "meeting": "SELECT uuid FROM meeting ORDER BY id LIMIT 1"}.items()}
        changed = conn.execute(
            f"UPDATE {table} SET {assignment} WHERE id = {row.format(table=table)}").rowcount
    conn.close()
    assert changed == 1
    return folder, ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_reports_the_bad_value_with_what_to_do(demo_file, tmp_path, capsys, case):
    folder, _ = poisoned(demo_file, tmp_path / "data", case)
    code, _, err = run(capsys, "--lang", "zh_CN", "--data-dir", folder, "check")
    table, _, _, words = CASES[case]
    assert code == 3, err
    assert "意外错误" not in err
    assert words in err
    assert f"{table}/" in err or f"{table}#" in err


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_reader_crashes_on_the_bad_value(demo_file, tmp_path, capsys, case):
    folder, ids = poisoned(demo_file, tmp_path / "data", case)
    table = CASES[case][0]
    before = _rows(folder, table)
    for argv in READERS.get(table, EVERY_READER):
        argv = [a.format(out=tmp_path, **ids) for a in argv]
        code, _, err = run(capsys, "--lang", "zh_CN", "--data-dir", folder, *argv)
        assert "意外错误" not in err and "数据库无法使用" not in err, (argv, err)
        # A report of one record that cannot be read says so and points to the check.
        assert code == 0 or "jituan check" in err or "找不到" in err, (argv, err)
    # Readers read: the bad value is left for the check and for people to correct.
    assert _rows(folder, table) == before


def _rows(folder: Path, table: str) -> list:
    with sqlite3.connect(folder / "jituan.sqlite3") as conn:
        rows = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize("case", ["date_text", "unknown_enum", "activity_schools",
                                  "meeting_decisions_not_json", "plan_items_not_json",
                                  "teacher_position", "rule_metric"])
def test_lists_and_dashboard_keep_the_readable_rows(demo_file, tmp_path, case):
    folder, _ = poisoned(demo_file, tmp_path / "data", case)
    store = Store.open(folder, clock=CLOCK, create=False)
    try:
        for name in query_ops.LIST_NAMES:
            shown = query_ops.page(store, name, ListQuery(), limit=5000)
            assert len(shown) == query_ops.count(store, name, ListQuery())
            exported = list(list_export.iter_rows(store, name, ListQuery()))
            assert len(exported) == len(shown)
        semester = setup_ops.current_semester(store, CLOCK.today())
        dashboard = dashboard_ops.load_dashboard(store, semester, school=None,
                                                 today=CLOCK.today())
        assert dashboard.rules  # the alliance's rules still show their progress
        assert query_ops.search(store, "observation", "教学", limit=50)
    finally:
        store.close()


def test_a_list_row_that_cannot_be_decoded_still_shows_its_readable_fields(demo_file, tmp_path):
    folder, ids = poisoned(demo_file, tmp_path / "data", "date_text")
    store = Store.open(folder, clock=CLOCK, create=False)
    try:
        rows = [r for r in list_export.iter_rows(store, "observation", ListQuery())
                if r["uuid"] == ids["observation"]]
        assert rows and rows[0]["lesson_date"] == "not a date" and rows[0]["topic"]
    finally:
        store.close()


def test_the_sound_demo_checks_sound(demo_file, tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(demo_file, folder / "jituan.sqlite3")
    code, out, err = run(capsys, "--lang", "zh_CN", "--data-dir", folder, "check")
    assert code == 0, err
    assert "数据库检查通过" in out


def test_a_member_checks_sound_from_joining_until_its_first_lead_bundle(tmp_path):
    """Issue 13's false alarm: the member holds its school and the lead school as seeds
    (each version 1 of its own record), which is no reuse of a version number."""
    world = make_world(tmp_path, {"cg": "城关小学"})
    try:
        member = world.members["cg"]
        seeds = member.execute("SELECT count(*) FROM school WHERE origin_installation = 'seed' "
                               "AND version = 1").fetchone()[0]
        assert seeds >= 2  # the state the false alarm came from
        assert [f.problem.render() for f in check(member)] == []
        assert [f.problem.render() for f in check(world.lead)] == []
    finally:
        world.close()
