"""导入教师名单 from the 教师 page: a real .xlsx built here, previewed with its guessed mapping
(corrected in a combo box), imported — the good rows in the database, each bad row shown
with its row number and reason — and imported again without adding anyone twice."""

from openpyxl import Workbook

from jituan_desktop.gui.qt_text import qt_translate
from jituan_desktop.gui.teachers.teachers_page import TeachersPage
from jituan_desktop.reports.roster_import import preview
from jituan_desktop.storage import lookups

HEADER = ["序号", "姓名", "性别", "任教学科", "职务", "备注"]
ROWS = [
    [1, "测试甲", "女", "语文", "班主任", "13800138000"],
    [2, "测试乙", "男", "数学", "教师", "13900139000"],
    [3, "测试丙", "女", "炼丹术", "教师", ""],  # no such subject: refused
    [4, None, "男", "英语", "教师", ""],  # no name: refused
    [5, "测试丁", "男", "科学", "教导主任", ""],
]
BAD_ROWS = {5: "炼丹术", 6: None}  # file row number (title, header, then rows) -> a word its reason must quote


def roster_file(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["城关小学教师花名册"])  # a title above the header, as schools keep it
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def open_dialog(qtbot, ctx, school: str):
    page = TeachersPage(ctx)
    qtbot.addWidget(page)
    page.school_filter.setCurrentIndex(page.school_filter.findData(school))
    page.roster_button.click()
    qtbot.waitUntil(lambda: page.roster_button.dialog is not None, timeout=10000)
    dialog = page.roster_button.dialog
    qtbot.addWidget(dialog)
    return page, dialog


def names_in(store, school: str) -> list[str]:
    return [t.name for t in lookups.teachers(store, school)]


def test_roster_is_previewed_mapped_and_imported(qtbot, demo_ctx, demo_store, tmp_path):
    school = next(s.uuid for s in demo_ctx.directory.schools if s.name == "城关小学")
    before = names_in(demo_store, school)
    path = roster_file(tmp_path / "花名册.xlsx")
    page, dialog = open_dialog(qtbot, demo_ctx, school)
    assert dialog.school.currentData() == school  # the school the page shows
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    guessed = preview(path)
    assert dialog.mapping() == guessed.mapping and dialog.mapping()["name"] == 1
    assert dialog.sample.rowCount() == len(ROWS)
    assert dialog.sample.verticalHeaderItem(0).text() == "3"  # the file's own row numbers
    # The 备注 column holds phone numbers: say so in its combo box.
    dialog.set_column("phone", 5)
    assert dialog.mapping()["phone"] == 5

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    result = dialog.result
    assert sorted(result.imported) == ["测试丁", "测试乙", "测试甲"]
    assert dialog.refused.rowCount() == len(BAD_ROWS) and dialog.refused.isVisibleTo(dialog)
    for r, (row, word) in enumerate(sorted(BAD_ROWS.items())):
        assert dialog.refused.item(r, 0).text() == str(row)
        reason = dialog.refused.item(r, 2).text()
        assert reason == result.refused[r].reason(qt_translate)
        assert word is None or word in reason
    assert "名" in dialog.refused.item(1, 2).text()  # the missing name, said in Chinese
    assert str(len(result.imported)) in dialog.summary.text()
    after = names_in(demo_store, school)
    assert sorted(set(after) - set(before)) == ["测试丁", "测试乙", "测试甲"]
    phones = {t.name: t.phone for t in lookups.teachers(demo_store, school)}
    assert phones["测试甲"] == "13800138000"

    # The same file again adds no one.
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.result is not result,
                    timeout=10000)
    assert dialog.result.imported == [] and dialog.result.unchanged == 3
    assert sorted(names_in(demo_store, school)) == sorted(after)


def test_not_a_spreadsheet_is_refused_with_a_message(qtbot, demo_ctx, tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    _page, dialog = open_dialog(qtbot, demo_ctx, demo_ctx.directory.my_school)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "photo.xlsx" in dialog.error.text() and "电子表格" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and dialog.preview is None


def test_without_a_name_column_the_import_waits(qtbot, demo_ctx, tmp_path):
    path = roster_file(tmp_path / "r.xlsx")
    _page, dialog = open_dialog(qtbot, demo_ctx, demo_ctx.directory.my_school)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.set_column("name", None)
    assert not dialog.import_button.isEnabled() and dialog.import_button.toolTip()
    dialog.set_column("name", 1)
    assert dialog.import_button.isEnabled()
