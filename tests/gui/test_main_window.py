"""The app as a user meets it: the wizard or the main window, its navigation, shortcuts,
what it remembers, the language switch, and failures shown as messages, not crashes."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWizard

from jituan_desktop.domain.records import Teacher
from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.gui.navigation import PAGES
from jituan_desktop.services import query_ops, setup_ops
from jituan_desktop.storage import lookups
from jituan_desktop.storage.repositories import repository

TODAY = date(2026, 11, 25)


def start_app(qtbot, qapp, store, settings, language="zh_CN", open_demo=None):
    desktop = DesktopApp(qapp, store, language=language, settings=settings,
                         open_demo=open_demo)
    desktop.start()
    return desktop


def nav_texts(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_the_window_is_in_chinese_with_every_page_and_places_kept(qtbot, chinese, demo_store,
                                                                  settings):
    desktop = start_app(qtbot, chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.directory is not None)
    assert window.windowTitle() == "集团化办学助手 — 演示数据 · 实验小学（牵头学校）"
    assert nav_texts(window) == ["首页", "听课记录", "师徒结对", "联盟活动", "工作计划", "会议纪要", "报送",
                                 "教师", "同步", "报表", "设置"]
    disabled = [window.nav.item(i).text() for i in range(window.nav.count())
                if not window.nav.item(i).flags() & Qt.ItemIsEnabled]
    assert disabled == []  # every page has arrived (报表 with issue 5)
    for key, _, module, _ in PAGES:
        if module:
            assert window.show_page(key) is window.current_page()
    desktop.shutdown()


def test_it_remembers_the_last_page_and_the_window_size(qtbot, chinese, demo_store, settings):
    desktop = start_app(qtbot, chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    assert window.current_page() is window.pages["dashboard"]
    window.show_page("teachers")
    window.resize(760, 580)  # inside the offscreen screen (800×600), above the header
    window.close()
    desktop.shutdown()
    again = start_app(qtbot, chinese, demo_store, settings)
    qtbot.addWidget(again.window)
    assert again.window.current_page() is again.window.pages["teachers"]
    assert (again.window.width(), again.window.height()) == (760, 580)
    again.shutdown()


def test_ctrl_n_and_ctrl_f_go_to_the_page_on_show(qtbot, chinese, demo_store, settings):
    desktop = start_app(qtbot, chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("teachers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    window.activateWindow()
    QTest.keySequence(window, QKeySequence.Find)
    assert page.search.hasFocus()
    QTest.keySequence(window, QKeySequence.New)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None)
    assert page.editor.isVisible() and page.editor.is_new
    page.editor.reject()
    desktop.shutdown()


def test_delete_then_undo_from_the_status_bar(qtbot, chinese, demo_store, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    desktop = start_app(qtbot, chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    me = setup_ops.identity(demo_store).school.uuid
    mine = lookups.teachers(demo_store, me)[0]
    page = window.show_page("teachers")
    page.search.setText(mine.name)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.loading)
    row = next(i for i in range(page.model.rowCount()) if page.model.row(i)["uuid"] == mine.uuid)
    uuid = mine.uuid
    page.table.selectRow(row)
    page.delete_current()
    qtbot.waitUntil(lambda: window.undo_bar.isVisibleTo(window))
    assert "已删除" in window.undo_bar.text.text()
    assert repository(demo_store, Teacher).get(uuid) is None
    window.undo_bar.button.click()
    qtbot.waitUntil(lambda: repository(demo_store, Teacher).get(uuid) is not None)
    desktop.shutdown()


def test_switching_to_english_rebuilds_the_window_on_the_same_page(qtbot, chinese, demo_store,
                                                                   settings):
    desktop = start_app(qtbot, chinese, demo_store, settings)
    old = desktop.window
    old.show_page("settings").tabs.setCurrentWidget(old.pages["settings"].language_section)
    desktop.switch_language("en")
    window = desktop.window
    qtbot.addWidget(window)
    assert window is not old
    qtbot.waitUntil(lambda: window.directory is not None)
    assert window.windowTitle() == "Jituan Desktop — demo data · 实验小学 (lead school)"
    assert nav_texts(window)[:8] == ["Home", "Lesson observations", "Mentor pairings",
                                     "Alliance activities", "Work plans", "Meeting minutes",
                                     "Reports to the bureau", "Teachers"]
    assert window.current_page() is window.pages["settings"]
    page = window.pages["settings"]
    assert page.tabs.currentWidget() is page.language_section  # where the user was
    assert settings.value("language") == "en"
    desktop.switch_language("zh_CN")
    assert desktop.window.windowTitle() == "集团化办学助手 — 演示数据 · 实验小学（牵头学校）"
    desktop.shutdown()


def test_a_new_data_folder_starts_with_the_wizard_then_the_app(qtbot, chinese, store, settings):
    desktop = start_app(qtbot, chinese, store, settings)
    assert desktop.window is None and desktop.wizard.isVisible()
    wizard = desktop.wizard
    qtbot.addWidget(wizard)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    wizard.member_page.school.setText("城关小学")
    wizard.button(QWizard.CommitButton).click()  # sets the school up, then what to do first
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.member_next_page, timeout=10000)
    with qtbot.waitSignal(desktop.window_shown, timeout=10000):
        wizard.button(QWizard.FinishButton).click()
    qtbot.addWidget(desktop.window)
    assert setup_ops.identity(store).school.name == "城关小学"
    # The end page's 「完成后打开快速入门」 was left ticked: the principal's guide opens.
    from jituan_desktop.gui.help.quick_start import QuickStartWindow
    guides = desktop.window.findChildren(QuickStartWindow)
    assert len(guides) == 1 and guides[0].isVisible() and guides[0].audience() == "principal"
    desktop.shutdown()


def test_a_lead_that_unticks_the_quick_start_gets_only_the_window(qtbot, chinese, store,
                                                                  settings):
    from jituan_desktop.gui.help.quick_start import QuickStartWindow

    desktop = start_app(qtbot, chinese, store, settings)
    wizard = desktop.wizard
    qtbot.addWidget(wizard)
    wizard.choice_page.lead.setChecked(True)
    wizard.next()
    wizard.lead_page.alliance.setText("城关教育联盟")
    wizard.lead_page.school.setText("城关中心小学")
    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.lead_next_page, timeout=10000)
    wizard.lead_next_page.quick_start.setChecked(False)
    with qtbot.waitSignal(desktop.window_shown, timeout=10000):
        wizard.button(QWizard.FinishButton).click()
    qtbot.addWidget(desktop.window)
    assert desktop.window.findChildren(QuickStartWindow) == []
    desktop.shutdown()


def test_the_wizard_demo_opens_a_demo_kept_apart(qtbot, chinese, store, settings, tmp_path):
    from jituan_desktop.app import open_demo

    folder = tmp_path / "demo-folder"
    desktop = start_app(qtbot, chinese, store, settings,
                        open_demo=lambda: open_demo(folder, store.clock))
    wizard = desktop.wizard
    qtbot.addWidget(wizard)
    wizard.choice_page.demo.setChecked(True)
    wizard.button(QWizard.NextButton).click()  # issue 14: 下一步 did nothing here
    assert wizard.currentPage() is wizard.demo_page
    with qtbot.waitSignal(desktop.window_shown, timeout=30000):
        wizard.button(QWizard.FinishButton).click()
        # A window stays open the whole time, or Qt would quit with the last one closed.
        assert wizard.isVisible()
    qtbot.addWidget(desktop.window)
    assert desktop.window.isVisible() and not wizard.isVisible()
    assert not store.is_initialised  # the real data folder stays untouched
    assert desktop.ctx.store.data_dir == folder
    assert query_ops.count(desktop.ctx.store, "observation") > 1000
    desktop.shutdown()


def test_a_data_folder_that_goes_away_is_a_message_not_a_crash(qtbot, chinese, demo_store,
                                                              settings):
    desktop = start_app(qtbot, chinese, demo_store, settings)
    window = desktop.window
    qtbot.addWidget(window)
    page = window.show_page("teachers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    # As good as the USB stick pulled out. Closed on the database thread, in turn: closing a
    # connection under a running query from another thread would crash SQLite itself.
    with qtbot.waitCallback() as closed:
        desktop.ctx.run(lambda store: store.db.conn.close(), closed)
    page.search.setText("王")
    page.refresh()
    qtbot.waitUntil(lambda: window.banner.isVisibleTo(window), timeout=5000)
    assert "数据文件夹" in window.banner.text.text()
    # The window lives on: other pages still open, each failure is a message.
    assert window.show_page("observations") is window.current_page()
    desktop.shutdown()


def test_qt_own_dialog_buttons_speak_chinese(qtbot, chinese):
    from PySide6.QtWidgets import QDialogButtonBox
    box = QDialogButtonBox(QDialogButtonBox.Yes | QDialogButtonBox.No)
    qtbot.addWidget(box)
    assert "是" in box.button(QDialogButtonBox.Yes).text()
    assert "否" in box.button(QDialogButtonBox.No).text()


def test_the_bundled_font_covers_chinese(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from jituan_desktop.gui.fonts import load_bundled_font
    family = load_bundled_font()
    assert family == "WenQuanYi Micro Hei"
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "集团化办学助手听课记录师徒结对")


def test_a_data_folder_that_cannot_be_opened_is_a_message_box(qapp, chinese, tmp_path,
                                                              monkeypatch):
    """Started on a folder that is a file (a stick mounted wrong): a message, exit 1."""
    from jituan_desktop import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    assert app.main(["--data-dir", str(blocked), "--lang", "zh_CN"]) == 1
    assert len(shown) == 1 and "数据文件夹" in shown[0] and str(blocked) in shown[0]


def test_every_editor_shows_another_schools_record_read_only_alike(qtbot, demo_ctx, demo_store):
    """One way to show a record that only its own school may change: a notice naming that
    school, grey read-only fields, no Save, and Ctrl+S writes nothing."""
    from jituan_desktop.domain.records import LessonObservation
    from jituan_desktop.gui.observations.observation_editor import ObservationEditor
    foreign = repository(demo_store, LessonObservation).where(
        "owner_school != ?", [demo_store.school_uuid], order="id")[0]
    editor = ObservationEditor(demo_ctx, foreign)
    qtbot.addWidget(editor)
    editor.show()
    owner = demo_ctx.directory.school_name(foreign.owner_school)
    assert editor.read_only and editor.notice.isVisible() and owner in editor.notice.text()
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isHidden()
    assert editor.topic.isReadOnly() and not editor.teacher.isEnabled()
    assert editor.attachments.view_button.isEnabled()
    assert editor.attachments.photo_button.isHidden()
    editor.topic.setText("改过的课题")  # even a programmatic change is never saved
    QTest.keySequence(editor, QKeySequence.Save)
    assert repository(demo_store, LessonObservation).get(foreign.uuid).topic == foreign.topic
