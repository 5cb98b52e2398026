"""The `jituan` command line, run as users and scripts run it."""

import json
import re
import sqlite3
import subprocess
import sys

import pytest

from jituan_desktop import __version__
from jituan_desktop.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """One small demo alliance shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    return folder


def test_version_from_the_module_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "jituan_desktop", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"jituan {__version__}"


def test_init_lead_then_status_json(tmp_path, capsys):
    code, out, _ = run(
        capsys,
        "--data-dir",
        tmp_path,
        "init",
        "--role",
        "lead",
        "--alliance",
        "实验小学教育联盟",
        "--school",
        "实验小学",
    )
    assert code == 0 and "实验小学" in out
    code, out, _ = run(capsys, "--data-dir", tmp_path, "status", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["school"] == "实验小学"
    assert report["role"] == "lead"
    assert report["alliance"] == "实验小学教育联盟"
    assert report["counts"] == {
        "实验小学": {
            "teachers": 0,
            "observations": 0,
            "pairings": 0,
            "mentor_sessions": 0,
            "activities": 0,
        }
    }


def test_init_member_has_no_alliance_yet(tmp_path, capsys):
    code, _, _ = run(
        capsys, "init", "--role", "member", "--school", "城关小学", "--data-dir", tmp_path
    )
    assert code == 0
    code, out, _ = run(capsys, "status", "--json", "--data-dir", tmp_path)
    report = json.loads(out)
    assert (report["school"], report["role"], report["alliance"]) == ("城关小学", "member", None)


def test_demo_status_shows_the_alliance(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "status", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["alliance"] == "实验小学教育联盟"
    assert report["school"] == "实验小学" and report["role"] == "lead"
    expected = {
        "实验小学",
        "城关小学",
        "城北小学",
        "新民小学",
        "桂林中心学校",
        "溪南中心学校",
        "和平中心学校",
        "新桥(含吾祠)中心学校",
    }
    assert expected <= set(report["counts"])
    for name in expected:
        assert report["counts"][name]["teachers"] > 0
    assert sum(c["observations"] for c in report["counts"].values()) > 0
    assert sum(c["activities"] for c in report["counts"].values()) > 0


def test_status_counts_match_the_database(demo_dir, capsys):
    _, out, _ = run(capsys, "--data-dir", demo_dir, "status", "--json")
    counts = json.loads(out)["counts"]
    with sqlite3.connect(demo_dir / "jituan.sqlite3") as conn:
        live = conn.execute("SELECT count(*) FROM observation WHERE deleted = 0").fetchone()[0]
    assert sum(c["observations"] for c in counts.values()) == live


def test_status_in_chinese_by_default(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "status")
    assert code == 0
    assert "学校：实验小学（牵头学校）" in out and "听课记录" in out


def test_status_in_english_on_request(demo_dir, capsys):
    code, out, _ = run(capsys, "--lang", "en", "--data-dir", demo_dir, "status")
    assert code == 0
    assert "School: 实验小学 (lead school)" in out


def test_check_passes_on_the_demo(demo_dir, capsys):
    code, out, err = run(capsys, "--lang", "zh_CN", "--data-dir", demo_dir, "check")
    assert code == 0, err
    assert "数据库检查通过" in out


def test_check_reports_what_and_where(tmp_path, capsys):
    run(
        capsys,
        "--data-dir",
        tmp_path,
        "init",
        "--role",
        "lead",
        "--alliance",
        "甲联盟",
        "--school",
        "甲校",
    )
    with sqlite3.connect(tmp_path / "jituan.sqlite3") as conn:
        conn.execute("UPDATE quota_rule SET owner_school = 'nobody' WHERE id = 1")
    code, _, err = run(capsys, "--data-dir", tmp_path, "check")
    assert code == 3
    assert "quota_rule/" in err and "nobody" in err


def test_compliance_json_lists_who_is_behind(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "compliance", "--json")
    assert code == 0
    results = json.loads(out)
    assert results and {
        "rule",
        "subject",
        "count",
        "threshold",
        "short_by",
        "status",
        "due",
    } <= set(results[0])
    for r in results:
        assert r["short_by"] == max(0, r["threshold"] - r["count"])
        assert r["status"] in ("met", "on_track", "behind", "missed")


def test_compliance_table_writes_dates_as_people_do_and_json_keeps_iso(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "compliance")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2026—2027学年第一学期"  # the em dash of the policy texts
    assert "截止" in lines[1] and "2027年1月31日" in out and "2027-01-31" not in out
    _, out, _ = run(capsys, "--data-dir", demo_dir, "compliance", "--json")
    assert {r["due"] for r in json.loads(out)} >= {"2027-01-31"}


def test_search_finds_chinese_text(demo_dir, capsys):
    with sqlite3.connect(demo_dir / "jituan.sqlite3") as conn:
        topic = conn.execute("SELECT topic FROM observation WHERE deleted = 0 LIMIT 1").fetchone()[
            0
        ]
    code, out, err = run(capsys, "--data-dir", demo_dir, "search", topic)
    assert code == 0
    assert topic in out
    assert re.match(r"20\d\d年1?\d月[123]?\d日  ", out)  # the lesson's date, as written


# -- refusals: one clear line, a non-zero exit, nothing changed ----------------------------
def test_status_of_an_empty_folder_says_to_set_it_up(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", tmp_path / "nothing", "status")
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "jituan init" in err and "尚未设置" in err


def test_lead_without_alliance_is_refused(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", tmp_path, "init", "--role", "lead", "--school", "甲校")
    assert code == 1 and "联盟名称" in err
    assert not (tmp_path / "jituan.sqlite3").exists()


def test_empty_school_name_is_refused(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", tmp_path, "init", "--role", "member", "--school", " ")
    assert code == 1 and "不能为空" in err


def test_init_twice_is_refused_and_keeps_the_first(tmp_path, capsys):
    run(capsys, "--data-dir", tmp_path, "init", "--role", "member", "--school", "甲校")
    code, _, err = run(
        capsys, "--data-dir", tmp_path, "init", "--role", "member", "--school", "乙校"
    )
    assert code == 1 and "甲校" in err
    _, out, _ = run(capsys, "--data-dir", tmp_path, "status", "--json")
    assert json.loads(out)["school"] == "甲校"


def test_demo_on_a_school_already_set_up_adds_its_own_practice_records(tmp_path, capsys):
    run(capsys, "--data-dir", tmp_path, "init", "--role", "member", "--school", "甲校")
    code, out, _ = run(capsys, "--data-dir", tmp_path, "demo")
    assert code == 0 and "本校" in out
    _, out, _ = run(capsys, "--data-dir", tmp_path, "status", "--json")
    counts = json.loads(out)["counts"]
    assert list(counts) == ["甲校"]  # no other school's records, not even a roster
    assert counts["甲校"]["observations"] > 0 and counts["甲校"]["activities"] > 0
    code, out, _ = run(capsys, "--data-dir", tmp_path, "check")
    assert code == 0


def test_data_folder_that_cannot_be_written(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(
        capsys, "--data-dir", blocker / "data", "init", "--role", "member", "--school", "甲校"
    )
    assert code == 1 and "无法写入数据文件夹" in err


def test_corrupt_database_is_refused_untouched(tmp_path, capsys):
    damaged = tmp_path / "jituan.sqlite3"
    damaged.write_bytes(b"this is not a database at all" * 100)
    before = damaged.read_bytes()
    code, _, err = run(capsys, "--data-dir", tmp_path, "status")
    assert code == 1 and "已损坏" in err
    assert damaged.read_bytes() == before


def test_database_from_a_newer_version_is_refused(tmp_path, capsys):
    run(capsys, "--data-dir", tmp_path, "init", "--role", "member", "--school", "甲校")
    with sqlite3.connect(tmp_path / "jituan.sqlite3") as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('jituan', '0999_from_the_future', '2030-01-01')"
        )
    code, _, err = run(capsys, "--data-dir", tmp_path, "status")
    assert code == 1 and "请先升级" in err


def test_bad_semester_is_explained(demo_dir, capsys):
    code, _, err = run(capsys, "--data-dir", demo_dir, "compliance", "--semester", "next")
    assert code == 1 and "2026-1" in err


def test_unknown_command_is_one_line_in_chinese(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    _, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert err.startswith("命令有误")


def test_errors_never_print_a_traceback(tmp_path):
    damaged = tmp_path / "jituan.sqlite3"
    damaged.write_bytes(b"\x00" * 4096)
    result = subprocess.run(
        [sys.executable, "-m", "jituan_desktop", "--data-dir", str(tmp_path), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_check_names_each_bad_value_says_what_to_do_and_exits_3(demo_dir, tmp_path, capsys):
    """Values written by hand (or an older version): the check lists each one, in Chinese,
    with its table, record, field and what to do; the sound demo still exits 0."""
    import shutil

    folder = tmp_path / "poisoned"
    folder.mkdir()
    shutil.copy(demo_dir / "jituan.sqlite3", folder / "jituan.sqlite3")
    with sqlite3.connect(folder / "jituan.sqlite3") as conn:
        conn.execute("UPDATE observation SET lesson_date = 'not a date' WHERE id = 1")
        conn.execute("UPDATE observation SET scores = '{not json' WHERE id = 2")
        [bad_date, bad_scores] = [conn.execute(
            "SELECT uuid FROM observation WHERE id = ?", [i]).fetchone()[0] for i in (1, 2)]
    conn.close()
    code, _, err = run(capsys, "--lang", "zh_CN", "--data-dir", folder, "check")
    assert code == 3
    assert f"observation/{bad_date}" in err and "授课日期中的“not a date”无法读取" in err
    assert f"observation/{bad_scores}" in err and "评分中的“{not json”无法读取" in err
    assert "请实验小学重新录入" in err or "重新录入" in err
    assert "意外错误" not in err
    code, out, _ = run(capsys, "--lang", "zh_CN", "--data-dir", demo_dir, "check")
    assert code == 0 and "数据库检查通过" in out
