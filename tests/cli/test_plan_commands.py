"""`jituan plan …` as a script uses it: write a plan and its items, see where they stand,
mark one done, export the list; a month outside the plan, or an alliance plan at a member,
is refused on stderr with a non-zero status and nothing written."""

from __future__ import annotations

import csv
import json

import pytest

from jituan_desktop.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lead(tmp_path, capsys):
    folder = tmp_path / "lead"
    assert run(capsys, "--data-dir", folder, "init", "--role", "lead", "--alliance",
               "实验小学教育联盟", "--school", "实验小学")[0] == 0
    return folder


def test_a_script_writes_a_plan_and_sees_where_it_stands(lead, capsys, tmp_path):
    d = ("--data-dir", lead)
    code, out, _ = run(capsys, *d, "plan", "add", "--scope", "alliance", "--year", 2026,
                       "--term", 1, "--title", "2026—2027学年第一学期联盟工作计划",
                       "--guiding", "以集团化办学为抓手")
    assert code == 0
    plan = out.strip()
    code, out, _ = run(capsys, *d, "plan", "add-item", plan, "--month", "2026-10",
                       "--what", "校园安全检查", "--responsible", "总务处")
    item = out.strip()
    assert code == 0
    assert run(capsys, *d, "plan", "add-item", plan, "--month", "2026-12", "--category",
               "meeting", "--kind", "alliance", "--what", "召开联盟校会议")[0] == 0
    code, out, err = run(capsys, *d, "plan", "add-item", plan, "--month", "2027-03",
                         "--what", "春季运动会")
    assert code == 1 and "2027年3月不在计划期限" in err and out == ""
    code, out, _ = run(capsys, *d, "plan", "show", plan, "--json")
    shown = json.loads(out)
    assert [(i["what"], i["state"]) for i in shown] == [("校园安全检查", "late"),
                                                       ("召开联盟校会议", "planned")]
    code, out, _ = run(capsys, *d, "plan", "done", plan, item, "--on", "2026-10-09")
    assert code == 0 and "2026年10月9日" in out
    code, out, _ = run(capsys, *d, "plan", "show", plan)
    assert "已完成（2026年10月9日）" in out and "会议：联盟校会议" in out
    code, out, _ = run(capsys, *d, "plan", "list")
    assert "2026—2027学年第一学期" in out and "联盟工作计划" in out and plan in out
    sheet = tmp_path / "plans.csv"
    assert run(capsys, *d, "export-table", "plans", "--out", sheet,
               "--filter", "scope=联盟工作计划")[0] == 0
    with sheet.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["学年", "学期", "计划类别", "学校", "计划标题", "项目数"]
    assert rows[1] == ["2026—2027学年", "第一学期", "联盟工作计划", "实验小学",
                       "2026—2027学年第一学期联盟工作计划", "2"]


def test_a_member_cannot_write_the_alliance_plan(tmp_path, capsys):
    folder = tmp_path / "member"
    assert run(capsys, "--data-dir", folder, "init", "--role", "member",
               "--school", "东关小学")[0] == 0
    code, out, err = run(capsys, "--data-dir", folder, "plan", "add", "--scope", "alliance",
                         "--year", 2026, "--title", "联盟计划")
    assert code == 1 and "只能由牵头学校制订" in err
    code, out, _ = run(capsys, "--data-dir", folder, "plan", "list", "--json")
    assert json.loads(out) == []
