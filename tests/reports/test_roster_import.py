"""Roster import: the Excel and CSV files schools keep, good and bad, through the real import.

Every file is built here as a school's secretary would have saved it (a merged title over
the header, padded two-character names, phone numbers stored as numbers, GBK from an old
Excel), imported into a real database, and the teachers read back from it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook

from jituan_desktop import i18n
from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.enums import Gender, Position
from jituan_desktop.domain.records import School, Teacher
from jituan_desktop.reports import spreadsheets
from jituan_desktop.reports.roster_import import RosterError, import_roster, preview
from jituan_desktop.services import setup_ops
from jituan_desktop.storage import lookups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
HEADER = ["序号", "姓 名", "性别", "任教学科", "职称", "职务", "任教年级", "联系电话", "骨干"]
GOOD = [
    [1, "王　芳", "女", "语文、道德与法治", "中小学一级教师", "班主任", "三年级", 13800138000, "是"],
    [2, "欧阳建国", "男", "数学", "高级教师", "教导主任", "五年级/六年级", None, None],
    [3, "李娜", "女", "英语", "二级教师", None, "四年级", "13900001111", "学科带头人"],
]


@pytest.fixture(autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield i18n.translate
    i18n.set_language(before)


def write_xlsx(path, rows, *, merges=()):
    book = Workbook()
    sheet = book.active
    sheet.title = "教师名册"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def with_title(rows):
    """A title merged across the columns and a line saying when, above the header."""
    return [["实验小学2026-2027学年教师花名册"], ["填表日期：2026年9月1日"], HEADER, *rows]


def teachers_of(store, school=None) -> dict[str, Teacher]:
    return {t.name: t for t in lookups.teachers(store, school or store.school_uuid)}


def messages(result) -> dict[int, str]:
    return {r.row: r.message(i18n.translate) for r in result.refused}


# -- reading the file ----------------------------------------------------------------------
def test_header_found_under_a_merged_title(tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", with_title(GOOD), merges=["A1:I1", "A2:I2"])
    found = preview(path)
    assert found.header_row == 3
    assert found.mapping == {"name": 1, "gender": 2, "subjects": 3, "title": 4, "position": 5,
                             "grades": 6, "phone": 7, "backbone": 8}
    assert found.row_count == 3
    assert found.rows[0] == (4, ["1", "王　芳", "女", "语文、道德与法治", "中小学一级教师",
                                 "班主任", "三年级", "13800138000", "是"])
    assert found.messages(i18n.translate) == ["不导入的列：序号。"]


def test_imports_what_each_column_says(lead_store, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", with_title(GOOD), merges=["A1:I1"])
    result = import_roster(lead_store, path, today=TODAY)
    assert result.imported == ["王芳", "欧阳建国", "李娜"] and not result.refused
    assert result.changes.created["Teacher"]
    t = teachers_of(lead_store)
    wang = t["王芳"]  # the padding space of a two-character name is gone
    assert (wang.gender, wang.subjects, wang.title, wang.position, wang.grades, wang.phone,
            wang.backbone) == (Gender.FEMALE, ["语文", "道德与法治"], "一级教师",
                               Position.HOMEROOM, ["三年级"], "13800138000", ["骨干教师"])
    assert t["欧阳建国"].position is Position.DEAN
    assert t["欧阳建国"].grades == ["五年级", "六年级"]
    assert t["李娜"].position is Position.TEACHER and t["李娜"].backbone == ["学科带头人"]
    assert all(x.school == lead_store.school_uuid and x.active for x in t.values())


def test_rows_numbered_in_advance_but_empty_are_blank(lead_store, tmp_path):
    template = with_title(GOOD) + [[n, None, None, None, None, None, None, None, None]
                                   for n in range(4, 51)] + [["制表人：张老师"]]
    path = write_xlsx(tmp_path / "模板.xlsx", template)
    assert preview(path).row_count == 3
    result = import_roster(lead_store, path, today=TODAY)
    assert len(result.imported) == 3 and not result.refused


def test_group_headers_merged_over_two_rows(lead_store, tmp_path):
    rows = [["姓名", "性别", "联系方式", None], [None, None, "手机", "邮箱"],
            ["张伟", "男", 13700000000, "zw@example.cn"]]
    path = write_xlsx(tmp_path / "two-rows.xlsx", rows, merges=["A1:A2", "B1:B2", "C1:D1"])
    found = preview(path)
    assert found.mapping == {"name": 0, "gender": 1, "phone": 2}
    assert [n for n, _ in found.rows] == [3]
    # As the GUI imports: with the preview's header row and mapping, handed back.
    result = import_roster(lead_store, path, found.mapping, header_row=found.header_row,
                           today=TODAY)
    assert result.imported == ["张伟"] and not result.refused
    assert teachers_of(lead_store)["张伟"].phone == "13700000000"


# -- importing twice -----------------------------------------------------------------------
def test_importing_the_same_file_twice_adds_no_one(lead_store, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", with_title(GOOD))
    import_roster(lead_store, path, today=TODAY)
    again = import_roster(lead_store, path, today=TODAY)
    assert (again.imported, again.updated, again.unchanged) == ([], [], 3)
    assert not again.changes
    assert len(teachers_of(lead_store)) == 3


def test_a_changed_row_updates_the_teacher(lead_store, tmp_path):
    import_roster(lead_store, write_xlsx(tmp_path / "a.xlsx", with_title(GOOD)), today=TODAY)
    before = teachers_of(lead_store)["李娜"]
    changed = [row[:] for row in GOOD]
    changed[2][4] = "一级教师"  # promoted
    changed[2][7] = None  # an empty cell leaves what is known
    result = import_roster(lead_store, write_xlsx(tmp_path / "b.xlsx", with_title(changed)),
                           today=TODAY)
    assert (result.imported, result.updated, result.unchanged) == ([], ["李娜"], 2)
    after = teachers_of(lead_store)["李娜"]
    assert after.uuid == before.uuid and after.title == "一级教师"
    assert after.phone == "13900001111"


def test_an_exported_roster_imports_as_it_is(lead_store, tmp_path):
    import_roster(lead_store, write_xlsx(tmp_path / "a.xlsx", with_title(GOOD)), today=TODAY)
    for fmt in ("xlsx", "csv"):
        out = tmp_path / f"export.{fmt}"
        spreadsheets.export_table(lead_store, "teachers", out)
        result = import_roster(lead_store, out, today=TODAY)
        assert (result.imported, result.updated, result.unchanged, result.refused) == \
            ([], [], 3, [])


# -- bad rows ------------------------------------------------------------------------------
def test_bad_rows_are_refused_one_by_one_and_good_rows_go_in(lead_store, tmp_path):
    rows = [
        [1, "张三", "男", "数学", None, None, None, None, None],
        [2, None, "女", "语文", None, None, None, None, None],
        [3, "李四", "男", "火星语", None, None, None, None, None],
        [4, "王五", "男", "语文", None, "德育主任", None, None, None],
        [5, "张三", "男", "语文", None, None, None, None, None],
        [6, "赵六", "不详", "语文", None, None, None, None, None],
        [7, "司马" * 16, "男", "语文", None, None, None, None, None],
        [8, "制表人：钱七", None, None, None, None, None, None, None],
        [9, "孙八", "女", "信息科技", None, "副校长兼教务主任", None, None, None],
    ]
    result = import_roster(lead_store, write_xlsx(tmp_path / "bad.xlsx", with_title(rows)),
                           today=TODAY)
    assert result.imported == ["张三", "孙八"]
    got = messages(result)
    assert got[5] == "第 5 行（?）：缺少姓名。"
    assert got[6].startswith("第 6 行（李四）：未知学科“火星语”（可用学科：语文、数学")
    assert got[7] == ("第 7 行（王五）：未知职务“德育主任”（可用职务：校长、副校长、教务主任、"
                      "教研组长、班主任、教师、视导员）。")
    assert got[8] == "第 8 行（张三）：张三 已在本文件第 4 行出现。"
    assert got[9] == "第 9 行（赵六）：未知性别“不详”：请填写“男”或“女”。"
    assert "30" in got[10]  # the app's own validation: a name of at most 30 characters
    assert got[11] == "第 11 行（制表人：钱七）：“制表人：钱七”不像是人的姓名。"
    assert set(teachers_of(lead_store)) == {"张三", "孙八"}
    sun = teachers_of(lead_store)["孙八"]
    assert sun.subjects == ["信息技术"] and sun.position is Position.VICE_PRINCIPAL


def test_dry_run_checks_everything_and_writes_nothing(lead_store, tmp_path):
    rows = GOOD + [[4, "李四", "男", "火星语", None, None, None, None, None]]
    result = import_roster(lead_store, write_xlsx(tmp_path / "a.xlsx", with_title(rows)),
                           dry_run=True, today=TODAY)
    assert result.dry_run and result.imported == ["王芳", "欧阳建国", "李娜"]
    assert [r.row for r in result.refused] == [7]
    assert teachers_of(lead_store) == {} and not result.changes


def test_a_teacher_another_school_keeps_is_refused_not_overwritten(tmp_path):
    store = Store.open(tmp_path / "demo", clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    chengguan = lookups.school_by_code_or_name(store, "城关小学")
    someone = lookups.teachers(store, chengguan)[0]
    rows = [["姓名", "职称"], [someone.name, "正高级教师"], ["新来的", "二级教师"]]
    result = import_roster(store, write_xlsx(tmp_path / "cg.xlsx", rows), school=chengguan,
                           today=TODAY)
    assert result.imported == ["新来的"]
    assert [r.row for r in result.refused] == [2]
    owned_elsewhere = i18n.translate(
        "Storage", "This record belongs to another school and can only be changed there.")
    assert owned_elsewhere != "This record belongs to another school and can only be changed " \
        "there."
    assert messages(result)[2] == f"第 2 行（{someone.name}）：{owned_elsewhere}"
    assert repository(store, Teacher).get(someone.uuid).title == someone.title
    store.close()


def test_rows_of_another_school_are_refused(lead_store, tmp_path):
    rows = [["姓名", "学校"], ["张三", "实验小学"], ["李四", "城关小学"]]
    result = import_roster(lead_store, write_xlsx(tmp_path / "s.xlsx", rows), today=TODAY)
    assert result.imported == ["张三"]
    assert messages(result)[3] == "第 3 行（李四）：此行是 城关小学 的教师，不是 实验小学 的。"


def test_a_member_imports_only_its_own_roster(store, tmp_path):
    setup_ops.init_member(store, "城北小学", today=TODAY)
    other = School(name="城关小学", owner_school="lead")
    repository(store, School).put(other)
    path = write_xlsx(tmp_path / "a.xlsx", with_title(GOOD))
    with pytest.raises(RosterError) as caught:
        import_roster(store, path, school=other.uuid, today=TODAY)
    assert caught.value.render(i18n.translate) == \
        "只有牵头学校可以导入其他学校的名单；城北小学 只能导入本校名单。"
    assert import_roster(store, path, today=TODAY).imported == ["王芳", "欧阳建国", "李娜"]


# -- CSV encodings -------------------------------------------------------------------------
NAMES = ["欧阳娜娜", "诸葛亮", "司马懿", "龚琳娜", "褚橙"]


def write_csv(path, encoding, delimiter=","):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(["姓名", "性别", "学科", "职称"])
    for name in NAMES:
        writer.writerow([name, "女", "语文", "一级教师"])
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def test_gbk_csv_from_old_excel_is_read_without_garbling(lead_store, tmp_path):
    path = write_csv(tmp_path / "名册.csv", "gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = import_roster(lead_store, path, today=TODAY)
    assert result.imported == NAMES
    assert set(teachers_of(lead_store)) == set(NAMES)


def test_damaged_utf8_is_refused_rather_than_read_as_gbk(lead_store, tmp_path):
    path = write_csv(tmp_path / "名册.csv", "utf-8")
    data = path.read_bytes()
    cut = data.index("诸".encode("utf-8")) + 1  # one byte of a character lost
    path.write_bytes(data[:cut] + data[cut + 1:])
    assert refusal(path) == ("无法识别 名册.csv 的文字编码（既不是 UTF-8 也不是 GBK）。请在 Excel "
                             "中另存为“CSV UTF-8”后重新导入。")
    assert teachers_of(lead_store) == {}


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ","), ("utf-8", ","),
                                                ("utf-16", "\t"), ("gb18030", ";")])
def test_csv_in_every_encoding_excel_writes(lead_store, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "名册.csv", encoding, delimiter)
    assert import_roster(lead_store, path, today=TODAY).imported == NAMES


# -- files that are no roster --------------------------------------------------------------
def refusal(path) -> str:
    with pytest.raises(RosterError) as caught:
        preview(path)
    store = Store.open(path.parent / "db", clock=CLOCK)
    with pytest.raises(RosterError):
        import_roster(store, path, today=TODAY)
    store.close()
    return caught.value.render(i18n.translate)


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_a_picture_renamed_xlsx(tmp_path):
    path = tmp_path / "名册.xlsx"
    path.write_bytes(PNG)
    assert refusal(path) == ("文件 名册.xlsx 不是电子表格：请导入 Excel 工作簿（.xlsx）或 CSV "
                             "文件。")


def test_password_protected_or_old_xls(tmp_path):
    path = tmp_path / "名册.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    message = refusal(path)
    assert ".xls" in message and "密码" in message and "另存为" in message


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "名册.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    assert refusal(path).startswith("文件 名册.xlsx 不是可读取的 Excel 工作簿")


def test_an_empty_file(tmp_path):
    path = tmp_path / "名册.csv"
    path.write_bytes(b"")
    assert refusal(path) == "文件 名册.csv 是空的。"


def test_an_empty_workbook(tmp_path):
    path = tmp_path / "名册.xlsx"
    Workbook().save(path)
    assert refusal(path) == "文件 名册.xlsx 中没有任何行。"


def test_a_header_but_no_rows(lead_store, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", with_title([]), merges=["A1:I1"])
    assert "文件 名册.xlsx 只有表头，下面没有教师。" in preview(path).messages(i18n.translate)
    with pytest.raises(RosterError) as caught:
        import_roster(lead_store, path, today=TODAY)
    assert caught.value.render(i18n.translate) == "文件 名册.xlsx 只有表头，下面没有教师。"


def test_no_header_row_then_a_mapping(lead_store, tmp_path):
    rows = [["教工名", "教授科目"], ["张三", "数学"], ["李四", "语文"]]
    path = write_xlsx(tmp_path / "名册.xlsx", rows)
    found = preview(path)
    assert found.mapping == {} and found.messages(i18n.translate)[0].startswith(
        "前 10 行中没有找到表头")
    with pytest.raises(RosterError):
        import_roster(lead_store, path, today=TODAY)
    result = import_roster(lead_store, path, {"name": 0, "subjects": 1}, header_row=1,
                           today=TODAY)
    assert result.imported == ["张三", "李四"]
    assert teachers_of(lead_store)["张三"].subjects == ["数学"]


def test_a_mapping_that_names_no_such_column(lead_store, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", with_title(GOOD))
    with pytest.raises(RosterError) as caught:
        import_roster(lead_store, path, {"name": 99, "shoe_size": 2}, today=TODAY)
    assert "name=99" in str(caught.value) and "shoe_size=2" in str(caught.value)


# -- size ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_ten_thousand_rows(lead_store, tmp_path):
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平婷雪梅兰华"
    names = [s + g1 + g2 for s in surnames for g1 in given for g2 in given][:10_000]
    subjects = ("语文", "数学", "英语", "科学", "体育")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("名册")
    sheet.append(["姓名", "性别", "学科", "联系电话"])
    for i, name in enumerate(names):
        sheet.append([name, "男女"[i % 2], subjects[i % 5], 13000000000 + i])
    path = tmp_path / "万人.xlsx"
    book.save(path)
    result = import_roster(lead_store, path, today=TODAY)
    assert len(result.imported) == 10_000 and not result.refused
    stored = teachers_of(lead_store)
    assert len(stored) == 10_000
    assert stored[names[9_999]].phone == str(13000000000 + 9_999)
    assert stored[names[3]].subjects == ["科学"]
    again = import_roster(lead_store, path, today=TODAY)
    assert again.unchanged == 10_000 and not again.imported
