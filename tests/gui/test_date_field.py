"""The date field keeps what was typed: select all, type a date in any usual form, get it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.gui.widgets.date_field import to_qdate
from jituan_desktop.gui.widgets.field_errors import FieldErrors, error_label
from jituan_desktop.gui.widgets.pickers import DateEdit

BEFORE = date(2026, 11, 25)


def field_in_form(qtbot, value=BEFORE, **kwargs):
    form = QWidget()
    layout = QFormLayout(form)
    general = error_label(form)
    errors = FieldErrors(general)
    field = DateEdit(value, form, **kwargs)
    errors.add_row(layout, "日期", field, "lesson_date")
    layout.addRow("下一项", QLineEdit(form))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form, field, errors


def type_in(qtbot, field: DateEdit, text: str) -> None:
    """Keys for what a keyboard types; 年月日 arrive as an input method commits them
    (QTest has no key for a Chinese character)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            commit = QInputMethodEvent()
            commit.setCommitString(char)
            QApplication.sendEvent(field, commit)


def type_over(qtbot, field: DateEdit, text: str) -> None:
    field.selectAll()
    type_in(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key_Return)


@pytest.mark.parametrize("typed", ["2025-10-08", "2025/10/8", "2025.10.8", "20251008",
                                   "2025年10月8日"])
def test_a_whole_date_typed_over_the_old_one_is_exactly_that_date(qtbot, chinese, typed):
    _form, field, errors = field_in_form(qtbot)
    type_over(qtbot, field, typed)
    assert field.value() == date(2025, 10, 8)  # not 2026-10-08, as QDateEdit made it
    assert field.text() == "2025年10月8日"
    assert errors.messages() == {}


def test_the_shown_date_reads_back_unchanged(qtbot, chinese):
    _form, field, _errors = field_in_form(qtbot, date(2026, 1, 5))
    assert field.text() == "2026年1月5日"
    type_over(qtbot, field, field.text())
    assert field.value() == date(2026, 1, 5)


@pytest.mark.parametrize("typed,reason", [("2025-02-30", "2025年2月只有1日到28日"),
                                          ("abc", "请写成 2025-10-08"),
                                          ("2025-13-01", "月份应为1到12"),
                                          ("1999-12-31", "不能早于2000年1月1日")])
def test_a_text_that_is_no_date_is_refused_and_the_last_date_is_kept(qtbot, chinese, typed,
                                                                     reason):
    _form, field, errors = field_in_form(qtbot)
    changes = []
    field.dateChanged.connect(changes.append)
    type_over(qtbot, field, typed)
    message = errors.messages()["lesson_date"]
    assert reason in message and "按 Esc 恢复为 2026年11月25日" in message
    assert field.text() == typed  # left as typed, to be corrected; never another date
    assert changes == []
    with pytest.raises(ValidationError) as caught:
        field.value()
    assert caught.value.problems[0].field == "lesson_date"
    qtbot.keyClick(field, Qt.Key_Escape)
    assert field.value() == BEFORE and field.text() == "2026年11月25日"
    assert errors.messages() == {}


def test_leaving_the_field_reads_it_and_a_correction_clears_the_message(qtbot, chinese):
    _form, field, errors = field_in_form(qtbot)
    type_over(qtbot, field, "2025-02-30")
    assert "lesson_date" in errors.messages()
    field.selectAll()
    qtbot.keyClicks(field, "2025-02-28")
    field.editingFinished.emit()  # what leaving the field does (offscreen has no focus)
    assert errors.messages() == {}
    assert field.value() == date(2025, 2, 28)


def test_saving_before_leaving_the_field_takes_what_was_typed(qtbot, chinese):
    _form, field, _errors = field_in_form(qtbot)
    field.selectAll()
    qtbot.keyClicks(field, "2025-10-08")  # Ctrl+S comes before any Enter or Tab
    assert field.value() == date(2025, 10, 8)


def test_the_calendar_picks_a_day_and_arrows_step_one(qtbot, chinese):
    _form, field, _errors = field_in_form(qtbot)
    qtbot.keyClick(field, Qt.Key_F4)
    popup = field._popup
    assert popup.isVisible()
    popup.calendar.clicked.emit(to_qdate(date(2026, 12, 3)))
    assert not popup.isVisible() and field.value() == date(2026, 12, 3)
    assert field.text() == "2026年12月3日"
    qtbot.keyClick(field, Qt.Key_Up)
    assert field.value() == date(2026, 12, 4)


def test_an_optional_field_may_be_emptied_but_a_required_one_may_not(qtbot, chinese):
    _form, optional, _ = field_in_form(qtbot, None, optional=True)
    assert optional.text() == "" and optional.optional_value() is None
    type_over(qtbot, optional, "2027/7/1")
    assert optional.optional_value() == date(2027, 7, 1)
    optional.selectAll()
    qtbot.keyClick(optional, Qt.Key_Delete)
    qtbot.keyClick(optional, Qt.Key_Return)
    assert optional.optional_value() is None
    _form, required, errors = field_in_form(qtbot)
    required.selectAll()
    qtbot.keyClick(required, Qt.Key_Delete)
    with pytest.raises(ValidationError):
        required.value()
    assert errors.messages()["lesson_date"].startswith("请填写日期")


def test_english_shows_and_reads_english_dates(qtbot, english):
    _form, field, _errors = field_in_form(qtbot)
    assert field.text() == "25 Nov 2026"
    type_over(qtbot, field, "2025年10月8日")
    assert field.text() == "8 Oct 2025" and field.value() == date(2025, 10, 8)


def test_a_read_only_field_offers_no_calendar(qtbot, chinese):
    _form, field, _errors = field_in_form(qtbot)
    field.setReadOnly(True)
    qtbot.keyClick(field, Qt.Key_F4)
    assert field._popup is None and not field.calendar_action.isVisible()
    assert field.value() == BEFORE
