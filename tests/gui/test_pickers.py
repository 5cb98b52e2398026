"""Choosing a teacher by typing: pinyin initials, a school's name, ↓ + Enter or Tab."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from jituan_desktop.domain.enums import Position
from jituan_desktop.gui.qt_text import qt_translate
from jituan_desktop.gui.widgets.pickers import TeacherCombo
from jituan_desktop.services.directory_ops import TeacherEntry

TEACHERS = [TeacherEntry("u1", "张三", "s1", "城关小学", "zs", Position.TEACHER, (), True),
            TeacherEntry("u2", "李明", "s1", "城关小学", "lm", Position.TEACHER, (), True),
            TeacherEntry("u3", "刘明辉", "s2", "实验小学", "lmh", Position.TEACHER, (), True),
            TeacherEntry("u4", "王五", "s2", "实验小学", "ww", Position.TEACHER, (), False)]


def combo_in_form(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    combo = TeacherCombo(form)
    combo.set_teachers(TEACHERS)
    layout.addWidget(combo)
    layout.addWidget(QLineEdit(form))
    qtbot.addWidget(form)
    form.show()
    combo.setFocus()
    return form, combo


def test_down_and_enter_in_the_list_choose_the_teacher(qtbot):
    _form, combo = combo_in_form(qtbot)
    QTest.keyClicks(combo.lineEdit(), "lmh")
    popup = combo.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 1
    QTest.keyClick(popup, Qt.Key_Down)
    QTest.keyClick(popup, Qt.Key_Return)
    qtbot.wait(20)
    assert combo.uuid() == "u3" and combo.currentText() == "刘明辉（实验小学）"


def test_initials_then_tab_take_the_first_match(qtbot):
    _form, combo = combo_in_form(qtbot)
    QTest.keyClicks(combo.lineEdit(), "zs")
    combo.lineEdit().editingFinished.emit()
    assert combo.uuid() == "u1"


def test_a_schools_name_narrows_the_list_and_who_left_is_not_offered(qtbot):
    _form, combo = combo_in_form(qtbot)
    combo.lineEdit().setText("实验")
    combo.lineEdit().textEdited.emit("实验")
    shown = combo.completer().popup().model()
    names = [shown.index(i, 0).data() for i in range(shown.rowCount())]
    assert names == ["刘明辉（实验小学）"]


def test_text_naming_nobody_keeps_the_choice_already_made(qtbot):
    _form, combo = combo_in_form(qtbot)
    combo.set_uuid("u2")
    combo.setEditText("xyz")
    combo.lineEdit().textEdited.emit("xyz")
    combo.lineEdit().editingFinished.emit()
    assert combo.uuid() == "u2" and combo.currentText() == "李明（城关小学）"


def test_a_name_not_on_the_roster_stays_in_a_teacher_field(qtbot, chinese):
    """Issue 14: a name typed that is no teacher vanished on Tab; in a TeacherField it
    stays, the field says so, and refilling the list (a teacher added) keeps it."""
    from jituan_desktop.gui.widgets.pickers import TeacherField
    form, combo = combo_in_form(qtbot)
    field = TeacherField(combo, form)
    form.layout().insertWidget(0, field)
    field.show()  # added to a form already shown
    combo.lineEdit().setText("赵六")
    combo.lineEdit().textEdited.emit("赵六")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "赵六" and combo.uuid() is None
    assert field.hint.isVisible() and field.missing.text() == "名册中没有“赵六”"
    assert field.problem("teacher").render(qt_translate) == "“赵六”不在教师名册中，请先添加"
    combo.set_teachers(TEACHERS[:2])
    assert combo.currentText() == "赵六" and field.hint.isVisible()
    combo.set_uuid("u1")
    assert combo.uuid() == "u1" and not field.hint.isVisible() and field.problem("t") is None


def test_other_pickers_still_fall_back_to_their_choice(qtbot):
    _form, combo = combo_in_form(qtbot)
    combo.set_uuid("u2")
    combo.lineEdit().setText("nobody")
    combo.lineEdit().textEdited.emit("nobody")
    combo.lineEdit().editingFinished.emit()
    assert combo.uuid() == "u2" and combo.currentText() == "李明（城关小学）"


def test_clicking_into_a_chosen_teacher_selects_it_so_typing_replaces_it(qtbot):
    # Walk of issue 14: the new form's suggested 听课人 got the typed name appended to it.
    form, combo = combo_in_form(qtbot)
    combo.set_uuid("u1")
    other = next(w for w in form.findChildren(QLineEdit) if w is not combo.lineEdit())
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5000)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=5000)
    QTest.mouseClick(combo.lineEdit(), Qt.LeftButton)
    qtbot.waitUntil(lambda: combo.lineEdit().selectedText() == "张三（城关小学）", timeout=5000)
    QTest.keyClicks(combo.lineEdit(), "lm")
    assert combo.lineEdit().text() == "lm"
    combo.lineEdit().editingFinished.emit()
    assert combo.uuid() == "u2"


def test_clicking_into_a_name_not_on_the_roster_keeps_the_cursor(qtbot):
    form, combo = combo_in_form(qtbot)
    combo.keep_unknown = True
    combo.lineEdit().setText("王小明")
    combo.lineEdit().textEdited.emit("王小明")
    combo.lineEdit().editingFinished.emit()
    other = next(w for w in form.findChildren(QLineEdit) if w is not combo.lineEdit())
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5000)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=5000)
    QTest.mouseClick(combo.lineEdit(), Qt.LeftButton)
    qtbot.waitUntil(combo.lineEdit().hasFocus, timeout=5000)
    QApplication.processEvents()  # the deferred selection, had there been one, has run
    assert not combo.lineEdit().hasSelectedText()  # a half-typed name is being corrected
