"""`jituan report quick-start --audience X --out FILE`: the printed 快速入门 guide from the
command line, which needs no data folder; its refusals are one Chinese line and no file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.domain import quick_start

sys.path.insert(0, str(Path(__file__).parent.parent / "reports"))
from pdf_probe import assert_cjk_embedded, flat


pytestmark = pytest.mark.usefixtures("zh")  # Chinese, whatever another test left


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("audience", quick_start.AUDIENCES)
def test_writes_the_guide_without_a_data_folder(capsys, tmp_path, audience):
    out = tmp_path / f"{audience}.pdf"
    code, printed, err = run(capsys, "--data-dir", tmp_path / "never-set-up", "report",
                             "quick-start", "--audience", audience, "--out", out)
    assert code == 0, err
    guide = quick_start.guide(audience, i18n.translate)
    assert printed.strip() == f"已将{guide.title}写入 {out}。"
    assert_cjk_embedded(out)
    text = flat(out)
    assert all(step.title.replace(" ", "") in text for step in guide.steps)
    assert not (tmp_path / "never-set-up").exists() or \
        not any((tmp_path / "never-set-up").iterdir())


@pytest.mark.parametrize("args, message", [
    ((), "请用 --audience 指明是谁的指南：principal（校长）、teacher（教师）或 coordinator（联络员）。"),
    (("--audience", "parent"),
     "请用 --audience 指明是谁的指南：principal（校长）、teacher（教师）或 coordinator（联络员）。"),
    (("--audience", "teacher", "--semester", "2026-1"),
     "快速入门指南不使用 --semester，只读取 --audience。"),
    (("--audience", "teacher", "--format", "xlsx"),
     "快速入门指南不使用 --format，只读取 --audience。"),
])
def test_refusals(capsys, tmp_path, args, message):
    out = tmp_path / "guide.pdf"
    code, printed, err = run(capsys, "--data-dir", tmp_path, "report", "quick-start", *args,
                             "--out", out)
    assert code == 1 and printed == ""
    assert message in err
    assert not out.exists()


def test_audience_is_refused_for_other_reports(capsys, tmp_path):
    code, _out, err = run(capsys, "--data-dir", tmp_path, "report", "observation-counts",
                          "--audience", "teacher", "--out", tmp_path / "x.pdf")
    assert code == 1
    assert "--audience 只用于快速入门指南" in err
