"""Qt's own dialogs in the Chinese window: every visible text Chinese, file sizes and dates
as the rest of the app writes them (widgets/file_dialogs.py, translation.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QFileDialog, QHeaderView,
                               QInputDialog, QLabel, QMessageBox, QTreeView, QWidget, QWizard,
                               QWizardPage)

from jituan_desktop.gui.widgets.file_dialogs import file_dialog

# Letters allowed in a Chinese text: units and key names, which Chinese software keeps too.
ALLOWED = re.compile(r"\b(KB|MB|GB|Ctrl|Alt|Shift|Del|Esc|F\d+|PDF)\b")
PATTERNS = re.compile(r"\([^)]*\*[^)]*\)")  # a filter's file patterns: (*.pdf)


def visible_texts(widget: QWidget) -> list[str]:
    """Labels, buttons (and their tooltips), combo items, header sections, action texts."""
    texts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts += [button.text(), button.toolTip()]
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget):
            texts += [combo.itemText(i) for i in range(combo.count())]
    for header in widget.findChildren(QHeaderView):
        if header.isVisibleTo(widget) and header.model() is not None:
            texts += [str(header.model().headerData(i, header.orientation()))
                      for i in range(header.count())]
    for action in widget.actions() + [a for w in widget.findChildren(QWidget)
                                      for a in w.actions()]:
        texts.append(action.text())
    return [t for t in texts if t]


def english(texts: list[str], *paths) -> list[str]:
    found = []
    for text in texts:
        rest = text
        for path in paths:
            rest = rest.replace(str(path), "")
        rest = ALLOWED.sub("", PATTERNS.sub("", rest))
        if re.search(r"[A-Za-z]{2,}", rest):
            found.append(text)
    return found


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "听课记录.pdf").write_bytes(b"x" * 33)
    (tmp_path / "教案.docx").write_bytes(b"x" * 3000)
    (tmp_path / "照片").mkdir()
    return tmp_path


def rows_by_name(view: QTreeView) -> dict[str, list[str]]:
    model, root = view.model(), view.rootIndex()
    return {model.index(r, 0, root).data(): [model.index(r, c, root).data() for c in range(4)]
            for r in range(model.rowCount(root))}


@pytest.mark.parametrize("mode", ["open", "open_many", "save", "folder"])
def test_file_dialogs_are_chinese_with_readable_sizes(qtbot, chinese, folder, mode):
    dialog = file_dialog(None, "选择文件", str(folder), "PDF 文件 (*.pdf);;所有文件 (*)",
                         mode=mode)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.Detail)
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisibleTo(dialog))
    expected = 1 if mode == "folder" else 2  # 照片 alone, or the files of the first filter
    qtbot.waitUntil(lambda: len(rows_by_name(view)) >= expected, timeout=10000)

    texts = visible_texts(dialog)
    assert "查找范围(&L)：" in texts  # Qt 6's "&Look in:", missing from qtbase_zh_CN
    assert english(texts, folder) == []
    header = [view.model().headerData(i, view.header().orientation()) for i in range(4)]
    assert header == ["名称", "大小", "类型", "修改日期"]
    rows = rows_by_name(view)
    assert rows["照片"][1] == ""  # a folder has no size
    assert rows["照片"][2] == "文件夹"  # not Qt 6's untranslated "Folder"
    assert "年" in rows["照片"][3] and "月" in rows["照片"][3]  # 2026年12月3日 16:30
    if mode in ("open", "save"):
        assert rows["听课记录.pdf"][1] == "33 字节"  # not "33 bytes" nor "0 KB"
    if mode == "save":
        assert "文件类型(&T)：" in texts


def test_file_dialog_columns_show_whole_sizes_and_dates(qtbot, chinese, folder):
    dialog = file_dialog(None, "选择文件", str(folder), "所有文件 (*)")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.Detail)
    dialog.resize(640, 420)  # Qt's own dialog at its usual size
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisibleTo(dialog))
    qtbot.waitUntil(lambda: len(rows_by_name(view)) == 3, timeout=10000)
    qtbot.waitUntil(lambda: view.header().sectionSize(3) > 0, timeout=5000)
    metrics, model, root = view.fontMetrics(), view.model(), view.rootIndex()
    for row in range(model.rowCount(root)):
        for column in (1, 3):
            text = model.index(row, column, root).data() or ""
            assert metrics.horizontalAdvance(text) <= view.header().sectionSize(column), text


def test_message_box_buttons_are_chinese(qtbot, chinese):
    buttons = (QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel | QMessageBox.Discard
               | QMessageBox.Close | QMessageBox.Ok | QMessageBox.Save)
    box = QMessageBox(QMessageBox.Question, "确认", "要删除这条记录吗？", buttons)
    qtbot.addWidget(box)
    box.show()
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 7 and english(texts) == [], texts
    assert box.button(QMessageBox.Yes).text().startswith("是")


def test_input_dialog_and_wizard_buttons_are_chinese(qtbot, chinese):
    ask = QInputDialog()
    qtbot.addWidget(ask)
    ask.setLabelText("学校名称")
    ask.show()
    assert english(visible_texts(ask)) == []
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    texts = [wizard.buttonText(b) for b in (QWizard.BackButton, QWizard.NextButton,
                                           QWizard.FinishButton, QWizard.CancelButton)]
    assert english(texts) == [], texts


def test_english_window_keeps_qt_english(qtbot, english, folder):
    dialog = file_dialog(None, "Choose", str(folder), "All files (*)")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "&Look in:" in visible_texts(dialog)
