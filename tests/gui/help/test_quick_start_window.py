"""The 快速入门 window, offscreen: opens on each user's guide, shows every step with its
picture, fits a 1024×768 screen, and saves the guide shown as a PDF."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from jituan_desktop import i18n
from jituan_desktop.domain import quick_start
from jituan_desktop.gui.help.quick_start import (MAX_SIZE, QuickStartWindow, open_quick_start,
                                                 picture_file)

sys.path.insert(0, str(Path(__file__).parents[2] / "reports"))
from pdf_probe import assert_cjk_embedded, flat


@pytest.fixture
def zh(chinese):
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield chinese
    i18n.set_language(before)


def opened(qtbot, audience=None, parent=None) -> QuickStartWindow:
    window = open_quick_start(parent, audience)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def image_sources(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


@pytest.mark.parametrize("audience", quick_start.AUDIENCES)
def test_opens_on_the_guide_asked_for_with_every_step_and_picture(qtbot, zh, audience):
    window = opened(qtbot, audience)
    assert window.isVisible() and not window.isModal()
    assert window.windowTitle() == "快速入门"
    assert window.audience() == audience
    guide = quick_start.guide(audience, i18n.translate)
    assert window.tabs.tabText(window.tabs.currentIndex()) == guide.name
    browser = window.browsers[audience]
    shown = browser.toPlainText()
    assert guide.title in shown
    for number, step in enumerate(guide.steps, 1):
        assert f"{number}. {step.title}" in shown
        assert step.text in shown
    sources = image_sources(browser.toHtml())
    assert len(sources) == sum(1 for s in guide.steps if s.picture)
    for source in sources:
        path = QUrl(source).toLocalFile()
        assert Path(path).parent == picture_file("x").parent
        assert not QImage(path).isNull(), path
        # The browser's own document has it loaded, as it draws it.
        loaded = browser.document().resource(QTextDocument.ImageResource, QUrl(source))
        assert loaded is not None and not loaded.isNull(), source


def test_without_an_audience_the_user_chooses_among_three_tabs(qtbot, zh):
    window = opened(qtbot)
    assert window.choose.text() == "您是哪一位？请选择对应的入门指南："
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == \
        ["校长（成员学校）", "教师", "牵头学校联络员"]
    assert window.audience() == quick_start.PRINCIPAL
    window.tabs.setCurrentIndex(2)
    assert window.audience() == quick_start.COORDINATOR


def test_every_guide_picture_exists_and_loads(qtbot, zh):
    for name in quick_start.pictures():
        assert not QImage(str(picture_file(name))).isNull(), name


def test_fits_a_small_screen_and_scrolls(qtbot, zh):
    window = opened(qtbot, quick_start.COORDINATOR)
    available = window.screen().availableGeometry()
    assert window.width() <= min(MAX_SIZE[0], available.width())
    assert window.height() <= min(MAX_SIZE[1], available.height())
    assert window.minimumWidth() <= 1024 - 40 and window.minimumHeight() <= 768 - 40
    # The guide is longer than the window: its text scrolls, the buttons stay.
    assert window.browsers[quick_start.COORDINATOR].verticalScrollBar().maximum() > 0
    assert window.pdf_button.isVisible() and window.close_button.isVisible()


def test_english_interface(qtbot, english):
    i18n.set_language("en")
    try:
        window = opened(qtbot, quick_start.TEACHER)
        assert window.windowTitle() == "Quick start"
        assert window.pdf_button.text() == "Save as PDF…"
        assert "Add a session with the quick-add row" in \
            window.browsers[quick_start.TEACHER].toPlainText()
    finally:
        i18n.set_language("zh_CN")


def test_unknown_audience_is_refused(qtbot, zh):
    with pytest.raises(ValueError):
        QuickStartWindow(None, "parent")


def test_save_as_pdf_writes_the_guide_shown(qtbot, zh, tmp_path, monkeypatch):
    window = opened(qtbot, quick_start.TEACHER)
    assert window.pdf_button.text() == "另存为PDF…"
    # The file dialog is Qt's, not ours: answer it as a user would, with a name without .pdf.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "指南"), "")))
    window.pdf_button.click()
    pdf = tmp_path / "指南.pdf"
    assert pdf.is_file()
    assert window.status.text() == f"已保存到 {pdf}"
    assert_cjk_embedded(pdf)
    text = flat(pdf)
    guide = quick_start.guide(quick_start.TEACHER, i18n.translate)
    assert all(step.title.replace(" ", "") in text for step in guide.steps)
    assert "生成日期" not in text  # opened on its own: no app clock, no date


def test_save_as_pdf_cancelled_writes_nothing(qtbot, zh, tmp_path, monkeypatch):
    window = opened(qtbot, quick_start.PRINCIPAL)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: ("", "")))
    assert window.save_pdf() is None
    assert window.status.text() == ""


def test_a_folder_that_is_gone_is_refused_in_chinese(qtbot, zh, tmp_path):
    window = opened(qtbot, quick_start.PRINCIPAL)
    gone = tmp_path / "U盘" / "guide.pdf"
    assert window.write_pdf(gone) is None
    assert window.status.text() == f"文件夹 {gone.parent} 不存在，报表无法保存到那里。"
    assert not gone.exists()


def test_the_footer_takes_the_day_of_the_app_it_was_opened_over(qtbot, zh, lead_ctx,
                                                               tmp_path):
    host = QWidget()
    host.ctx = lead_ctx  # as the main window carries its context
    qtbot.addWidget(host)
    window = opened(qtbot, quick_start.COORDINATOR, parent=host)
    pdf = window.write_pdf(tmp_path / "c.pdf")
    day = lead_ctx.today()
    assert f"生成日期{day.year}年{day.month}月{day.day}日" in flat(pdf)


def test_asked_again_over_the_same_window_the_guide_comes_forward(qtbot, zh):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    first = opened(qtbot, quick_start.TEACHER, parent=host)
    first.close()
    again = open_quick_start(host, quick_start.COORDINATOR)
    assert again is first and again.isVisible()
    assert again.audience() == quick_start.COORDINATOR
    assert open_quick_start(host) is first and first.audience() == quick_start.COORDINATOR
    with pytest.raises(ValueError):
        open_quick_start(host, "parent")
