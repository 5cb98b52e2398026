"""Whose window this is: icons for every page, the header (school, role, semester), the title,
the demo's title and banner, help, and the window state kept for each data folder."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from jituan_desktop.app import open_demo
from jituan_desktop.domain.records import School
from jituan_desktop.gui.desktop_app import DesktopApp
from jituan_desktop.gui.navigation import PAGES
from jituan_desktop.gui.style import ACCENT, ICON_SCALES, apply_style, icon_file, page_icon
from jituan_desktop.services import setup_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
SEMESTER = "2026—2027学年第一学期"  # the tests' day, 2026-11-25


def shown(qtbot, qapp, store, settings, language="zh_CN"):
    """The app started on ``store`` and its window, once it knows whose it is."""
    desktop = DesktopApp(qapp, store, language=language, settings=settings)
    desktop.start()
    window = desktop.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.directory is not None, timeout=10000)
    return desktop, window


def test_every_page_has_an_icon_at_every_scaling_in_two_colours(qapp):
    for key, _, _, _ in PAGES:
        for scale in ICON_SCALES:
            for active in (False, True):
                assert icon_file(key, scale, active).is_file(), (key, scale, active)
        icon = page_icon(key)
        assert not icon.isNull()
        # Sharp at 150 %: a pixmap drawn for 30 pixels, not one scaled up from 20.
        assert any(size.width() == 30 for size in icon.availableSizes())


def test_the_navigation_shows_each_page_with_its_icon(qtbot, chinese, lead_store, settings):
    desktop, window = shown(qtbot, chinese, lead_store, settings)
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
    desktop.shutdown()


def test_the_lead_school_window_names_school_role_alliance_and_semester(qtbot, chinese,
                                                                        lead_store, settings):
    desktop, window = shown(qtbot, chinese, lead_store, settings)
    assert window.windowTitle() == "集团化办学助手 — 实验小学（牵头学校）"
    assert window.header.text() == f"实验小学 · 牵头学校 · 实验小学教育联盟 · {SEMESTER}"
    assert window.demo_banner.isHidden()
    desktop.shutdown()


def test_a_member_school_window_names_school_role_and_semester(qtbot, chinese, store, settings):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    desktop, window = shown(qtbot, chinese, store, settings)
    assert window.windowTitle() == "集团化办学助手 — 城关小学（成员学校）"
    assert window.header.text() == f"城关小学 · 成员学校 · {SEMESTER}"
    assert window.demo_banner.isHidden()
    desktop.shutdown()


def test_the_header_and_title_follow_a_change_in_settings(qtbot, chinese, store, settings):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    desktop, window = shown(qtbot, chinese, store, settings)
    school = repository(store, School).get(store.school_uuid)
    with qtbot.waitSignal(desktop.ctx.directory_loaded, timeout=10000):
        desktop.ctx.save(replace(school, name="城关第二小学"), lambda _changes: None,
                         lambda error: None)
    assert window.windowTitle() == "集团化办学助手 — 城关第二小学（成员学校）"
    assert window.header.text().startswith("城关第二小学 · 成员学校")
    desktop.shutdown()


def test_in_english_the_title_and_header_say_the_same(qtbot, english, lead_store, settings):
    desktop, window = shown(qtbot, english, lead_store, settings, language="en")
    assert window.windowTitle() == "Jituan Desktop — 实验小学 (lead school)"
    assert window.header.text() == ("实验小学 · Lead school · 实验小学教育联盟 · "
                                    "2026–2027 school year, first semester")
    desktop.shutdown()


def test_the_demo_says_so_in_the_title_and_a_banner(qtbot, chinese, demo_store, settings):
    desktop, window = shown(qtbot, chinese, demo_store, settings)
    assert window.windowTitle() == "集团化办学助手 — 演示数据 · 实验小学（牵头学校）"
    assert window.demo_banner.isVisibleTo(window)
    assert window.demo_banner.text.text() == "这是演示数据，与真实记录分开保存"
    desktop.shutdown()


def test_a_demo_made_before_demos_were_marked_is_marked_when_opened(qtbot, chinese, tmp_path,
                                                                    small_demo_file, settings):
    folder = tmp_path / "old-demo"
    folder.mkdir()
    (folder / small_demo_file.name).write_bytes(small_demo_file.read_bytes())
    old = Store.open(folder, clock=CLOCK)
    with old.transaction():
        old.db.execute("DELETE FROM meta WHERE key = ?", [setup_ops.DEMO_MARK])
    assert not setup_ops.identity(old).demo
    old.close()
    store = open_demo(folder, CLOCK)  # as `jituan-desktop --demo` opens it
    assert setup_ops.identity(store).demo
    desktop, window = shown(qtbot, chinese, store, settings)
    assert "演示数据" in window.windowTitle()
    desktop.shutdown()
    store.close()


def test_each_data_folder_reopens_on_its_own_page(qtbot, chinese, tmp_path, lead_store,
                                                   demo_store, settings):
    """One settings file for the user, as in real life: the demo left on 师徒结对 no longer
    opens a new school's window there."""
    demo, window = shown(qtbot, chinese, demo_store, settings)
    window.show_page("mentoring")
    window.close()
    demo.shutdown()
    lead, window = shown(qtbot, chinese, lead_store, settings)
    assert window.current_key() == "dashboard"  # a folder never opened starts on 首页
    window.show_page("teachers")
    window.close()
    lead.shutdown()
    for store, page in ((demo_store, "mentoring"), (lead_store, "teachers")):
        again, window = shown(qtbot, chinese, store, settings)
        assert window.current_key() == page
        window.close()
        again.shutdown()


def test_the_language_stays_one_for_every_data_folder(qtbot, chinese, lead_store, demo_store,
                                                      settings):
    desktop, window = shown(qtbot, chinese, lead_store, settings)
    desktop.switch_language("en")
    assert settings.value("language") == "en"
    desktop.switch_language("zh_CN")
    desktop.shutdown()
    assert settings.childKeys() == ["language"]  # global, not under a data folder's group


def test_about_shows_the_version_and_a_selectable_data_folder(qtbot, chinese, lead_store,
                                                              settings):
    from jituan_desktop import __version__

    desktop, window = shown(qtbot, chinese, lead_store, settings)
    box = window.show_about()
    qtbot.addWidget(box)
    assert box.windowTitle() == "关于集团化办学助手"
    assert f"版本 {__version__}" in box.text()
    assert str(lead_store.data_dir) in box.text()
    assert box.textInteractionFlags() & Qt.TextSelectableByMouse
    box.close()
    desktop.shutdown()


def test_the_help_menu_offers_quick_start_and_about(qtbot, chinese, lead_store, settings):
    desktop, window = shown(qtbot, chinese, lead_store, settings)
    header = window.header
    assert header.help_button.text() == "帮助"
    assert [a.text() for a in header.help_button.menu().actions()] == ["快速入门", "关于"]
    assert header.quick_start_action.shortcut().toString() == "F1"
    desktop.shutdown()


def test_the_app_style_has_one_accent_for_selection_and_default_buttons(qapp):
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        apply_style(qapp)
        assert qapp.palette().highlight().color().name() == ACCENT
        assert f"background: {ACCENT}" in qapp.styleSheet()  # default buttons
        assert "QListWidget#navigation::item:selected" in qapp.styleSheet()
    finally:  # the other tests run on Qt's plain look
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


def test_notices_and_the_undo_offer_sit_in_the_header_not_a_status_bar(qtbot, chinese,
                                                                       lead_store, settings):
    """The header costs the pages no height the status bar did not already take."""
    desktop, window = shown(qtbot, chinese, lead_store, settings)
    window.show()
    assert window.statusBar().isHidden()
    assert window.undo_bar.parent() is window.header
    desktop.ctx.waiting.emit("另一个程序正在写入数据文件夹，请稍候…")
    assert window.header.notice.isVisibleTo(window)
    assert window.header.notice.text() == "另一个程序正在写入数据文件夹，请稍候…"
    window.statusBar().clearMessage()
    assert window.header.notice.isHidden()
    desktop.shutdown()


def test_quick_start_from_the_help_menu_opens_the_guide_of_the_school_s_role(
        qtbot, chinese, lead_store, settings):
    """帮助 → 快速入门 (F1) opens the coordinator's guide at the lead school."""
    from jituan_desktop.gui.help.quick_start import QuickStartWindow

    desktop, window = shown(qtbot, chinese, lead_store, settings)
    window.header.quick_start_action.trigger()
    guides = window.findChildren(QuickStartWindow)
    assert len(guides) == 1 and guides[0].isVisible()
    assert guides[0].audience() == "coordinator"
    window.header.quick_start_action.trigger()  # asked again: the same window comes forward
    assert window.findChildren(QuickStartWindow) == guides
    desktop.shutdown()
