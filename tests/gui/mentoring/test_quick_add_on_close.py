"""Closing the main window with a session typed in 师徒结对's quick-add row: it asks 保存 /
丢弃 / 取消 instead of dropping what was typed (SessionTimeline.confirm_close, asked by
MainWindow.closeEvent through the page)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.services import query_ops

from mentoring_helpers import WAIT, ask, show


@pytest.fixture
def window(qtbot, chinese, demo_store, settings):
    desktop = DesktopApp(chinese, demo_store, language="zh_CN", settings=settings)
    desktop.start()
    window = desktop.window
    qtbot.addWidget(window)
    window.show()
    yield window
    desktop.shutdown()


def quick_row_of_own_pairing(qtbot, window):
    """The mentoring page on a pairing this school may add sessions to."""
    page = window.show_page("mentoring")
    pairings = ask(qtbot, page.ctx, lambda store: query_ops.page(store, "pairing", ListQuery(
        filters={"owner_school": page.ctx.directory.my_school}), limit=5))
    show(qtbot, page, pairings[0]["uuid"])
    quick = page.detail.timeline.quick
    assert quick.isEnabled()
    return page, quick, pairings[0]["uuid"]


def sessions_titled(qtbot, page, pairing: str, topic: str) -> int:
    rows = ask(qtbot, page.ctx, lambda store: query_ops.page(
        store, "mentor_session", ListQuery(filters={"pairing": pairing}), limit=1000))
    return sum(1 for r in rows if r["topic"] == topic)


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, text, buttons, default: asked.append((title, text, buttons,
                                                                     default)) or button))
    return asked


def test_nothing_typed_closes_without_a_question(qtbot, window, monkeypatch):
    quick_row_of_own_pairing(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.Cancel)
    assert window.close() and asked == []


def test_cancel_keeps_the_window_and_the_typing(qtbot, window, monkeypatch):
    page, quick, _pairing = quick_row_of_own_pairing(qtbot, window)
    quick.topic.setText("《秋天的雨》磨课")
    asked = answer(monkeypatch, QMessageBox.Cancel)
    assert not window.close()
    assert window.isVisible() and quick.topic.text() == "《秋天的雨》磨课"
    title, text, buttons, default = asked[0]
    assert title == "指导记录尚未添加" and "《秋天的雨》磨课" in text and "保存" in text
    assert buttons == QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel
    assert default == QMessageBox.Save


def test_save_adds_the_session_then_closes(qtbot, window, monkeypatch):
    page, quick, pairing = quick_row_of_own_pairing(qtbot, window)
    quick.topic.setText("关闭前补记的交流")
    quick.minutes.setValue(30)
    answer(monkeypatch, QMessageBox.Save)
    assert window.close()
    assert sessions_titled(qtbot, page, pairing, "关闭前补记的交流") == 1


def test_save_refused_keeps_the_window_open_with_the_reason(qtbot, window, monkeypatch):
    page, quick, pairing = quick_row_of_own_pairing(qtbot, window)
    quick.session_date.set_value(page.ctx.today().replace(year=page.ctx.today().year + 1))
    quick.topic.setText("明年的交流")
    answer(monkeypatch, QMessageBox.Save)
    assert not window.close()
    qtbot.waitUntil(lambda: "session_date" in quick.errors.messages(), timeout=WAIT)
    assert quick.topic.text() == "明年的交流"
    assert sessions_titled(qtbot, page, pairing, "明年的交流") == 0


def test_discard_closes_and_saves_nothing(qtbot, window, monkeypatch):
    page, quick, pairing = quick_row_of_own_pairing(qtbot, window)
    quick.topic.setText("不要了")
    answer(monkeypatch, QMessageBox.Discard)
    assert window.close()
    assert sessions_titled(qtbot, page, pairing, "不要了") == 0


def test_switching_language_asks_too_and_cancel_keeps_window_and_language(
        qtbot, chinese, demo_store, settings, monkeypatch):
    """设置 → 语言 rebuilds the window: with a session typed, 取消 keeps it all as it was."""
    desktop = DesktopApp(chinese, demo_store, language="zh_CN", settings=settings)
    desktop.start()
    window = desktop.window
    qtbot.addWidget(window)
    window.show()
    page, quick, _pairing = quick_row_of_own_pairing(qtbot, window)
    quick.topic.setText("换语言前写下的主题")
    settings_page = window.show_page("settings")
    asked = answer(monkeypatch, QMessageBox.Cancel)
    settings_page.language_section.buttons["en"].setChecked(True)  # as a click does
    assert len(asked) == 1
    assert desktop.window is window and window.isVisible()
    assert desktop.language == "zh_CN" and settings.value("language") != "en"
    assert settings_page.language_section.buttons["zh_CN"].isChecked()
    assert quick.topic.text() == "换语言前写下的主题"
    desktop.shutdown()
