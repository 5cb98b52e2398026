"""`jituan export-table` and `jituan roster`, run as IT staff and scripts run them."""

from __future__ import annotations

import csv
import re

import pytest
from openpyxl import Workbook, load_workbook

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.domain.enums import Occasion
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.services import query_ops, setup_ops
from jituan_desktop.reports.table_export import KINDS
from jituan_desktop.storage import lookups
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    return folder


@pytest.fixture
def lead_dir(tmp_path, capsys):
    folder = tmp_path / "lead"
    assert run(capsys, "--data-dir", folder, "init", "--role", "lead", "--alliance",
               "实验小学教育联盟", "--school", "实验小学")[0] == 0
    return folder


def roster(path, rows):
    book = Workbook()
    book.active.append(["姓名", "性别", "学科", "职务"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# -- export-table --------------------------------------------------------------------------
def test_export_table_with_a_pages_filters(demo_dir, tmp_path, capsys):
    out = tmp_path / "听课.xlsx"
    code, stdout, _ = run(capsys, "--data-dir", demo_dir, "export-table", "observations",
                          "--out", out, "--semester", "2026-1", "--school", "城关小学",
                          "--filter", "occasion=公开课")
    store = Store.open(demo_dir, clock=CLOCK)
    semester = setup_ops.find_semester(store, "2026-1")
    expected = query_ops.count(store, "observation", ListQuery(
        filters={"occasion": Occasion.OPEN.value}, date_from=semester.start,
        date_to=semester.end, school=lookups.school_by_code_or_name(store, "CG")))
    store.close()
    assert code == 0 and stdout.strip() == f"已将 {expected} 行写入 {out}。"
    rows = list(load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == expected + 1 and rows[0][0] == "日期"
    assert {r[6] for r in rows[1:]} == {"公开课"}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_exports_as_csv(demo_dir, tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.csv"
    code, stdout, stderr = run(capsys, "--data-dir", demo_dir, "export-table", kind,
                               "--out", out)
    assert code == 0, stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) > 1 and stdout.strip() == f"已将 {len(rows) - 1} 行写入 {out}。"
    # Files are for machines: dates stay ISO, never the 2026年11月25日 of the window.
    cells = [c for r in rows[1:] for c in r]
    assert not any(re.search(r"\d年\d{1,2}月\d{1,2}日", c) for c in cells)
    if kind in ("observations", "activities", "mentor_sessions"):
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[0]) for r in rows[1:])


def test_format_follows_the_option_over_the_name(demo_dir, tmp_path, capsys):
    out = tmp_path / "teachers.dat"
    assert run(capsys, "--data-dir", demo_dir, "export-table", "teachers", "--out", out,
               "--format", "csv")[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf\xe5\xa7\x93\xe5\x90\x8d")  # BOM, 姓名


def test_export_table_refusals(demo_dir, tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "x.xlsx"
    code, _, err = run(capsys, "--data-dir", demo_dir, "export-table", "teachers",
                       "--out", missing)
    assert code == 1
    assert err.strip() == f"无法写入文件 {missing}：文件夹 {missing.parent} 不存在。"
    code, _, err = run(capsys, "--data-dir", demo_dir, "export-table", "pairings",
                       "--out", tmp_path / "p.xlsx", "--filter", "colour=red")
    assert code == 1 and err.strip() == ("表格 pairings 没有筛选条件 colour（可用：kind, mentee, "
                                         "mentor, owner_school, status）。")
    code, _, err = run(capsys, "--data-dir", demo_dir, "export-table", "pairings",
                       "--out", tmp_path / "p.xlsx", "--filter", "status=快乐")
    assert code == 1 and err.strip() == "筛选条件 status 没有取值 快乐。"
    code, _, err = run(capsys, "--data-dir", demo_dir, "export-table", "pairings",
                       "--out", tmp_path / "p.xlsx", "--school", "火星小学")
    assert code == 1 and "火星小学" in err
    assert not (tmp_path / "p.xlsx").exists()


def test_export_table_help_names_the_kinds(capsys):
    with pytest.raises(SystemExit):
        main(["export-table", "--help"])
    out = capsys.readouterr().out
    assert all(kind in out for kind in KINDS)


# -- roster --------------------------------------------------------------------------------
def test_roster_import_prints_new_teachers_and_each_refused_row(lead_dir, tmp_path, capsys):
    path = roster(tmp_path / "名册.xlsx", [["张三", "男", "数学", "班主任"],
                                           ["李四", "女", "火星语", None],
                                           [None, "女", "语文", None],
                                           ["王五", "男", "语文", "教师"]])
    code, out, err = run(capsys, "--data-dir", lead_dir, "roster", "import", path)
    assert code == 1  # a row was refused: a script must notice
    assert out.splitlines() == ["已为 实验小学 新增教师 2 人；更新 0 人，0 人无变化，2 行被拒绝。",
                                "新增：张三、王五"]
    assert err.splitlines()[0].startswith("第 3 行（李四）：未知学科“火星语”")
    assert err.splitlines()[1] == "第 4 行（?）：缺少姓名。"
    code, out, err = run(capsys, "--data-dir", lead_dir, "roster", "import", path)
    assert code == 1 and out.startswith("已为 实验小学 新增教师 0 人；更新 0 人，2 人无变化")


def test_roster_import_of_a_clean_file_exits_zero(lead_dir, tmp_path, capsys):
    path = roster(tmp_path / "名册.xlsx", [["张三", "男", "数学", "班主任"]])
    code, out, err = run(capsys, "--data-dir", lead_dir, "--lang", "en", "roster", "import",
                         path)
    assert (code, err) == (0, "")
    assert out.splitlines() == ["Imported 1 new teachers into 实验小学; updated 0, 0 unchanged, "
                                "0 rows refused.", "New: 张三"]


def test_roster_dry_run_imports_nothing(lead_dir, tmp_path, capsys):
    path = roster(tmp_path / "名册.xlsx", [["张三", "男", "数学", "班主任"]])
    code, out, _ = run(capsys, "--data-dir", lead_dir, "roster", "import", path, "--dry-run")
    assert code == 0 and out.startswith("仅检查，未导入：实验小学 将新增教师 1 人")
    store = Store.open(lead_dir, clock=CLOCK)
    assert lookups.teachers(store) == []
    store.close()


def test_roster_import_of_a_file_that_is_no_spreadsheet(lead_dir, tmp_path, capsys):
    path = tmp_path / "名册.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    code, out, err = run(capsys, "--data-dir", lead_dir, "roster", "import", path)
    assert (code, out) == (1, "")
    assert err.strip() == "文件 名册.xlsx 不是电子表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件。"


def test_roster_preview_shows_which_column_is_what(tmp_path, capsys):
    path = roster(tmp_path / "名册.xlsx", [["张三", "男", "数学", "班主任"]])
    code, out, _ = run(capsys, "roster", "preview", path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "工作表 Sheet，表头在第 1 行，共 1 行教师。"
    assert lines[2].split() == ["姓名", "姓名"] and lines[5].split() == ["职务", "职务"]


def test_roster_without_an_action_shows_its_help(capsys):
    code = main(["roster"])
    assert code == 2 and "import" in capsys.readouterr().out
    i18n.set_language("zh_CN")
