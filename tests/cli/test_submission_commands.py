"""`jituan submission` as a script runs it: what is due, generate, mark as sent, list, and
the export of the list; each refusal is one line on stderr with exit 1 and nothing written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK
from submission_world import SubmissionWorld

sys.path.insert(0, str(Path(__file__).parent.parent / "reports"))
from pdf_probe import assert_cjk_embedded, flat  # noqa: E402


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


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "lead"
    store = Store.open(folder, clock=CLOCK)
    SubmissionWorld(store).quarter_of_meetings()
    store.close()
    return folder


def submissions(folder) -> list[dict]:
    store = Store.open(folder, clock=CLOCK)
    try:
        return store.query("SELECT * FROM submission ORDER BY id")
    finally:
        store.close()


def test_due_lists_each_school_and_period_with_its_state(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", "due")
    assert code == 0, err
    assert "希望小学" in out and "已逾期" in out and "理事会议重大决策季度书面汇报" in out
    assert "常见做法，非文件规定" in out


def test_generate_then_sent_then_list_and_export(capsys, data_dir, tmp_path):
    copy = tmp_path / "q3.pdf"
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", "generate", "quarterly",
                         "--year", 2026, "--quarter", 3, "--out", copy)
    assert code == 0, err
    assert_cjk_embedded(copy)
    assert "关于实验小学教育联盟理事会议重大决策情况的季度汇报" in flat(copy)
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", "sent", "quarterly",
                         "--year", 2026, "--quarter", 3, "--by", "李主任")
    assert code == 0, err
    assert "已记录于" in out and "县教育局" in out
    [row] = submissions(data_dir)
    assert row["sent_on"] == row["generated_on"] and row["recipient"] == "县教育局"
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", "list")
    assert code == 0 and row["uuid"] in out and "2026年第3季度" in out
    sheet = tmp_path / "sent.xlsx"
    code, out, err = run(capsys, "--data-dir", data_dir, "export-table", "submissions",
                         "--out", sheet)
    assert code == 0, err
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    header = rows[1] if rows[0][0] == "报送记录" else rows[0]
    assert "逾期报送" in [cell for r in rows for cell in r]  # due 10 October, sent later
    assert "报送日期" in header


def test_marking_as_sent_before_generating_is_refused(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", "sent", "annual",
                         "--year", 2026)
    assert code == 1
    assert err.strip() == "材料尚未生成，不能标记为已报送。"
    assert submissions(data_dir) == []


@pytest.mark.parametrize("args, message", [
    (("generate", "quarterly", "--year", 2026), "季度汇报需要用 --quarter 指明季度（1至4）。"),
    (("generate", "annual", "--year", 2026, "--quarter", 2), "只有季度汇报才需要 --quarter。"),
    (("generate", "quarterly", "--year", 2027, "--quarter", 1),
     "材料所属期间尚未开始（2027年1月1日开始），不能生成。"),
    (("sent", "annual", "--year", 2026, "--by", "无此人"), "本校没有唯一一位名为无此人的教师。"),
])
def test_bad_requests_are_refused_in_one_line(capsys, data_dir, args, message):
    code, out, err = run(capsys, "--data-dir", data_dir, "submission", *args)
    assert code == 1
    assert err.strip() == message
    assert submissions(data_dir) == []
