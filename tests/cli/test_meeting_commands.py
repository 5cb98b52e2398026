"""`jituan meetings`, `add-meeting` and `mark-decision`, run as a script runs them: a 联盟校会议
with two decisions is recorded, one is marked carried out, and each bad input is refused with
the services' message and a non-zero exit, nothing saved."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from jituan_desktop.cli import main
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lead_dir(tmp_path, capsys):
    folder = tmp_path / "lead"
    assert run(capsys, "--data-dir", folder, "init", "--role", "lead", "--alliance",
               "实验小学教育联盟", "--school", "实验小学")[0] == 0
    book = Workbook()
    book.active.append(["姓名", "性别", "学科", "职务"])
    for row in (["王建国", "男", "语文", "校长"], ["李秀英", "女", "数学", "教导主任"],
                ["张三", "男", "数学", "教师"]):
        book.active.append(row)
    book.save(tmp_path / "名册.xlsx")
    assert run(capsys, "--data-dir", folder, "roster", "import", tmp_path / "名册.xlsx")[0] == 0
    return folder


def meeting_rows(folder) -> list[dict]:
    store = Store.open(folder, clock=CLOCK)
    try:
        return store.query("SELECT * FROM meeting")
    finally:
        store.close()


def add(capsys, folder, *extra):
    return run(capsys, "--data-dir", folder, "add-meeting", "--kind", "联盟校会议",
               "--date", "2026-11-20", "--title", "11月联盟校会议", *extra)


def test_record_list_and_mark_a_decision(lead_dir, capsys):
    code, out, err = add(capsys, lead_dir, "--time", "14:30-16:00", "--place", "三楼会议室",
                         "--chair", "王建国", "--recorder", "李秀英", "--attendee", "王建国",
                         "--attendee", "李秀英", "--attendee", "张三@实验小学",
                         "--decision", "上报送教名单|李秀英|2026-11-22",
                         "--decision", "12月上旬完成送教下乡|张三|2026年12月10日")
    assert code == 0, err
    [row] = meeting_rows(lead_dir)
    assert out.strip() == f"已记录会议纪要“11月联盟校会议”：{row['uuid']}"
    assert (row["kind"], row["start_time"], row["end_time"]) == ("alliance", "14:30", "16:00")

    code, out, _ = run(capsys, "--data-dir", lead_dir, "meetings", "--json")
    [listed] = json.loads(out)
    assert (listed["id"], listed["decisions"], listed["open"]) == (row["uuid"], 2, 2)
    code, out, _ = run(capsys, "--data-dir", lead_dir, "meetings")
    assert "2026年11月20日" in out and "联盟校会议" in out and row["uuid"] in out

    code, out, _ = run(capsys, "--data-dir", lead_dir, "meetings", "--open")
    lines = out.splitlines()
    assert lines[1].startswith("2026年11月22日!") and "上报送教名单" in lines[1]
    assert lines[-1] == "共 2 项决定待落实，其中 1 项已逾期（标 !）。"

    code, out, _ = run(capsys, "--data-dir", lead_dir, "mark-decision", row["uuid"], "1",
                       "--on", "2026-11-21")
    assert code == 0 and out.strip() == "“11月联盟校会议”第 1 项决定：已落实。"
    code, out, _ = run(capsys, "--data-dir", lead_dir, "meetings", "--open", "--json")
    assert [d["text"] for d in json.loads(out)] == ["12月上旬完成送教下乡"]
    decisions = json.loads(meeting_rows(lead_dir)[0]["decisions"])
    assert (decisions[0]["state"], decisions[0]["done_on"]) == ("done", "2026-11-21")
    # Found by the words of its decisions, like every record's free text.
    code, out, _ = run(capsys, "--data-dir", lead_dir, "search", "送教下乡", "--kind", "meeting")
    assert code == 0 and out.strip() == f"2026年11月20日  11月联盟校会议  {row['uuid']}"


@pytest.mark.parametrize("extra, message", [
    ((), "请至少填写一名出席人员。"),
    (("--attendee", "张三", "--decision", "完善章程|张三|"), "第1项决定：请填写完成期限。"),
    (("--attendee", "张三", "--decision", "完善章程|张三|2026-11-01"),
     "第1项决定：完成期限早于会议日期。"),
    (("--attendee", "张三", "--time", "16:00-14:30"), "会议结束时间早于开始时间。"),
    (("--attendee", "李四"), "没有名为 李四 的教师。"),
    (("--attendee", "张三", "--decision", "甲|乙|丙|丁"),
     "决定事项请写成“内容|责任人|完成时限”：甲|乙|丙|丁"),
])
def test_bad_input_is_refused_and_nothing_saved(lead_dir, capsys, extra, message):
    code, out, err = add(capsys, lead_dir, *extra)
    assert code == 1 and out == ""
    assert message in err
    assert meeting_rows(lead_dir) == []


def test_an_unknown_kind_and_a_joint_meeting_without_the_other_school(lead_dir, capsys):
    code, _, err = run(capsys, "--data-dir", lead_dir, "add-meeting", "--kind", "picnic",
                       "--date", "2026-11-20", "--title", "X", "--attendee", "张三")
    assert code == 1 and err.startswith("未知的会议类别 picnic")
    code, _, err = run(capsys, "--data-dir", lead_dir, "add-meeting", "--kind", "joint",
                       "--date", "2026-11-20", "--title", "X", "--attendee", "张三")
    assert code == 1 and "两校领导联席会议需要另一所学校" in err
    assert meeting_rows(lead_dir) == []


def test_mark_decision_refusals(lead_dir, capsys):
    assert add(capsys, lead_dir, "--attendee", "张三",
               "--decision", "上报名单|张三|2026-11-30")[0] == 0
    uuid = meeting_rows(lead_dir)[0]["uuid"]
    code, _, err = run(capsys, "--data-dir", lead_dir, "mark-decision", uuid, "3")
    assert code == 1 and err.strip() == "会议“11月联盟校会议”共有 1 项决定：请写 1 到 1 之间的序号。"
    code, _, err = run(capsys, "--data-dir", lead_dir, "mark-decision", uuid, "1",
                       "--state", "finished")
    assert code == 1 and err.startswith("未知的落实情况 finished")
    code, _, err = run(capsys, "--data-dir", lead_dir, "mark-decision", uuid, "1",
                       "--on", "2026-12-30")
    assert code == 1 and err.strip() == "第1项决定：落实日期不能晚于今天。"
    code, _, err = run(capsys, "--data-dir", lead_dir, "mark-decision", "no-such-id", "1")
    assert code == 1 and "no-such-id" in err
    assert json.loads(meeting_rows(lead_dir)[0]["decisions"])[0]["state"] == "open"
