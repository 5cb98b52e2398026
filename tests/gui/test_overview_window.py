"""The overview window over a real database, offscreen, in Chinese."""

from datetime import date

import pytest

from jituan_desktop.domain.enums import Position
from jituan_desktop.domain.records import LessonObservation, Teacher
from jituan_desktop.gui.fonts import ensure_cjk_font
from jituan_desktop.gui.overview_window import OverviewWindow
from jituan_desktop.gui.translation import install_translators
from jituan_desktop.services import record_ops, setup_ops

TODAY = date(2026, 11, 25)


@pytest.fixture
def chinese(qapp):
    assert install_translators(qapp, "zh_CN"), "compile resources/i18n/jituan_zh_CN.qm first"
    yield qapp
    install_translators(qapp, "zh_CN")


def cells(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_window_shows_school_counts_and_who_is_behind(qtbot, chinese, lead_store):
    school = setup_ops.identity(lead_store).school.uuid
    head = Teacher(school=school, name="王校长", position=Position.PRINCIPAL)
    teacher = Teacher(school=school, name="李老师")
    for t in (head, teacher):
        record_ops.add_teacher(lead_store, t, today=TODAY)
    record_ops.record_observation(lead_store, LessonObservation(
        school=school, observer=head.uuid, teacher=teacher.uuid, lesson_date=date(2026, 11, 2),
        subject="语文", topic="秋天的雨"), today=TODAY)

    window = OverviewWindow(lead_store, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert window.windowTitle() == "集团化办学助手"
    assert "实验小学（牵头学校）" in window.heading.text()
    assert cells(window.counts) == [["实验小学", "2", "1", "0", "0", "0"]]
    behind = {(row[0], row[1]): row for row in cells(window.behind)}
    assert behind[("校长每学期听课不少于14节", "王校长")][2] == "1/14"
    assert behind[("教师每学期听课不少于12节", "李老师")][3] == "12"
    assert "2026-2027学年第一学期" in window.behind_title.text()


def test_unset_folder_explains_how_to_start(qtbot, chinese, store):
    window = OverviewWindow(store, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert "尚未设置" in window.heading.text()
    assert window.counts.isHidden()


def test_a_cjk_font_is_chosen(chinese):
    assert ensure_cjk_font(chinese) is not None


def test_the_bundled_font_covers_simplified_chinese(chinese):
    from PySide6.QtGui import QFontDatabase

    from jituan_desktop.gui.fonts import load_bundled_font

    family = load_bundled_font()
    assert family is not None
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_the_window_loads_off_the_ui_thread(qtbot, chinese, lead_store, monkeypatch):
    import threading

    from jituan_desktop.services import status_ops

    threads = []
    real_status = status_ops.status

    def watched(store):
        threads.append(threading.get_ident())
        return real_status(store)

    monkeypatch.setattr(status_ops, "status", watched)  # records the thread, then the real call
    window = OverviewWindow(lead_store, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert threads and threading.get_ident() not in threads
    assert window.counts.rowCount() == 1
