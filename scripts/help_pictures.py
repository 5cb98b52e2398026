"""The pictures of the 快速入门 guides (resources/help/*.png), made from the real app.

    Xvfb :93 -screen 0 1024x768x24 &
    DISPLAY=:93 .venv/bin/python scripts/help_pictures.py [resources/help]

Runs the app in Chinese on a real (virtual) screen, with the window at 1024×768 as on a
classroom projector: the small demo alliance seen from its lead school, a member school just
set up (城关小学, not yet in the alliance), and the first-run wizard (its first page and the lead's
names). Each picture is the part
of the window a step talks about, saved as a small PNG. The demo is generated for a fixed day,
so the pictures change only when the app does. The guide's text names each picture
(jituan_desktop/domain/quick_start.py); tests/gui/help checks that every one exists.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)
SCREEN = (1024, 768)
TASKBAR = 40  # what a school laptop's taskbar leaves of the screen's height


def settle(app, seconds: float = 1.2) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


class Camera:
    """Saves the part of a window a step is about, cropped to ``widgets``' bounding box."""

    def __init__(self, app, out: Path):
        self.app = app
        self.out = out
        self.saved: list[Path] = []

    def shoot(self, name: str, window, *widgets, margin: int = 6, max_height: int = 0) -> None:
        from PySide6.QtCore import QPoint, QRect

        self.app.processEvents()
        picture = window.grab()
        if widgets or max_height:
            area = picture.rect()
            if widgets:
                area = QRect()
            for widget in widgets:
                top_left = widget.mapTo(window, QPoint(0, 0))
                area = area.united(QRect(top_left, widget.size()))
            if widgets:
                area = area.adjusted(-margin, -margin, margin, margin)
            area = area.intersected(picture.rect())
            if max_height and area.height() > max_height:
                area.setHeight(max_height)
            picture = picture.copy(area)
        path = self.out / f"{name}.png"
        picture.save(str(path), "PNG", 0)  # 0: smallest file
        self.saved.append(path)
        print(f"{path.name}: {picture.width()}×{picture.height()}")


    def shoot_parts(self, name: str, window, *parts) -> None:
        """Bands of one widget, ``(widget, top, bottom)`` in its own coordinates, stacked with
        a grey line between them (a long page whose middle is empty)."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QColor, QPainter, QPixmap

        self.app.processEvents()
        whole = window.grab()
        bands = []
        for widget, top, bottom in parts:
            origin = widget.mapTo(window, QPoint(0, 0))
            bands.append(whole.copy(QRect(origin.x(), origin.y() + top, widget.width(),
                                          bottom - top)))
        width = max(b.width() for b in bands)
        picture = QPixmap(width, sum(b.height() for b in bands) + 3 * (len(bands) - 1))
        picture.fill(QColor("#9a9a9a"))
        painter = QPainter(picture)
        y = 0
        for band in bands:
            painter.drawPixmap(0, y, band)
            y += band.height() + 3
        painter.end()
        path = self.out / f"{name}.png"
        picture.save(str(path), "PNG", 0)
        self.saved.append(path)
        print(f"{path.name}: {picture.width()}×{picture.height()}")


def _main_window(app, store, settings, language: str = "zh_CN"):
    from jituan_desktop.gui.desktop_app import DesktopApp

    desktop = DesktopApp(app, store, language=language, settings=settings)
    desktop.start()
    window = desktop.window
    window.move(0, 0)
    window.resize(SCREEN[0], SCREEN[1] - TASKBAR)
    settle(app)
    return desktop, window


def wizard_pictures(app, camera: Camera, folder: Path, clock) -> None:
    """The first-run wizard: the choice of role, a member school's and the lead's names."""
    from jituan_desktop.gui.context import AppContext
    from jituan_desktop.gui.setup import setup_wizard
    from jituan_desktop.storage.store import Store

    store = Store.open(folder / "fresh", clock=clock)
    ctx = AppContext(store)
    wizard = setup_wizard.SetupWizard(ctx)
    wizard.move(0, 0)
    wizard.resize(600, 330)
    wizard.show()
    settle(app)
    choice = wizard.page(setup_wizard.PAGE_CHOICE)
    choice.member.setChecked(True)
    settle(app, 0.3)
    # The wizard's title and choices; its empty lower half and buttons say nothing.
    camera.shoot("wizard-choice", wizard, max_height=175)
    choice.lead.setChecked(True)
    wizard.next()
    settle(app, 0.5)
    edits = wizard.currentPage().findChildren(setup_wizard.QLineEdit)
    for edit, text in zip(edits, ("实验小学教育联盟", "实验小学")):
        edit.setText(text)
    settle(app, 0.3)
    camera.shoot("wizard-lead", wizard, max_height=150)
    wizard.hide()
    wizard.deleteLater()
    ctx.shutdown()


def member_pictures(app, camera: Camera, folder: Path, clock, settings) -> None:
    """A member school just set up: its empty roster and the 同步 page before joining."""
    from jituan_desktop.services import setup_ops
    from jituan_desktop.storage.store import Store

    store = Store.open(folder / "member", clock=clock)
    setup_ops.init_member(store, "城关小学", today=TODAY)
    desktop, window = _main_window(app, store, settings)
    teachers = window.show_page("teachers")
    settle(app)
    camera.shoot("member-teachers", window, teachers, max_height=260)
    sync = window.show_page("sync")
    settle(app)
    camera.shoot("member-join", window, sync.header)
    window.close()
    desktop.shutdown()


def lead_pictures(app, camera: Camera, folder: Path, clock, settings) -> None:
    """The demo alliance at its lead school, 实验小学."""
    from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox

    from jituan_desktop.demo.generator import generate_demo
    from jituan_desktop.services import query_ops
    from jituan_desktop.storage.store import Store

    store = Store.open(folder / "demo", clock=clock)
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    desktop, window = _main_window(app, store, settings)

    home = window.show_page("dashboard")
    settle(app, 2.5)
    camera.shoot("home", window, home)
    camera.shoot("home-schools", window, home.schools_box)


    observations = window.show_page("observations")
    settle(app, 1.5)
    observations.new_record()
    settle(app, 1.0)
    editor = observations.editor
    if editor is not None:
        editor.move(0, 0)
        editor.resize(900, SCREEN[1] - TASKBAR)  # pictures at most 912 pixels wide
        settle(app, 0.6)
        header = [box for box in editor.findChildren(QGroupBox) if box.title() == "授课信息"]
        for edit, text in ((editor.grade_class, "三年级（2）班"),):
            edit.setText(text)
        camera.shoot("observation-editor", editor, *(header[:1] or [editor]))
        scroll_to_rubric(app, editor)
        for spin, value in zip(editor.rubric.findChildren(QDoubleSpinBox), (9, 13, 22, 18, 17, 9, 3)):
            spin.setValue(value)
        settle(app, 0.3)
        camera.shoot("observation-rubric", editor, editor.rubric)
        camera.shoot("observation-buttons", editor, *editor_buttons(editor))
        editor._dirty = False
        editor.reject()
        settle(app, 0.3)

    sync = window.show_page("sync")
    settle(app, 1.5)
    sync.tabs.setCurrentWidget(sync.transfer)
    settle(app, 0.5)
    camera.shoot("sync-transfer", window, sync.tabs, max_height=330)
    sync.tabs.setCurrentWidget(sync.schools)
    settle(app, 0.5)
    camera.shoot("sync-schools", window, sync.tabs, max_height=300)
    approve_picture(app, camera, desktop, window, sync)

    settings_page = window.show_page("settings")
    settle(app)
    tabs = settings_page.findChild(sys.modules["PySide6.QtWidgets"].QTabWidget)
    for i in range(tabs.count()):
        if tabs.tabText(i) == "考核指标":
            tabs.setCurrentIndex(i)
    settle(app, 1.0)
    camera.shoot("settings-rules", window, tabs, max_height=360)

    submissions = window.show_page("submissions")
    settle(app, 1.5)
    camera.shoot("submissions", window, submissions, max_height=304)

    reports = window.show_page("reports")
    settle(app)
    for title, name in (("联盟学期汇总", "reports-alliance"), ("年度结对帮扶情况汇总表", "reports-annual")):
        for row in range(reports.kinds.count()):
            if reports.kinds.item(row).text() == title:
                reports.kinds.setCurrentRow(row)
        settle(app, 0.5)
        # The choice at the top and the buttons at the foot, without the empty middle.
        camera.shoot_parts(name, window, (reports, 0, 215),
                           (reports, reports.generate_button.y() - 8, reports.height()))

    # Last: at the time of writing this page widens the window (issue 14, item 2).
    mentoring = window.show_page("mentoring")
    settle(app)
    own = [i for i in range(mentoring.pairings.model.rowCount())
           if mentoring.pairings.model.row(i)["owner_school"] == store.school_uuid]
    mentoring.pairings.table.selectRow(own[0] if own else 0)
    settle(app, 1.5)
    mentoring.detail.timeline.quick.topic.setText("听课反馈")
    settle(app, 0.3)
    camera.shoot("mentoring-pairing", window, mentoring.detail)
    camera.shoot("mentoring-quick-add", window, mentoring.detail.timeline, max_height=250)
    window.close()
    desktop.shutdown()


def approve_picture(app, camera: Camera, desktop, window, sync) -> None:
    """批准…: the dialog the lead types the fingerprint into (opened for 城关小学 as if its join
    request had come; the picture is taken before anything is approved)."""
    from jituan_desktop.gui.sync.school_dialogs import ApproveDialog

    school = next(s for s in sync.schools.states if s.name == "城关小学")
    dialog = ApproveDialog(desktop.ctx, school, window)
    dialog.fingerprint.setText("AX7M-7LEG-DRKA-23D2")
    dialog.show()
    settle(app, 0.3)
    dialog.fingerprint.deselect()
    settle(app, 0.3)
    camera.shoot("sync-approve", dialog)
    dialog.reject()


def scroll_to_rubric(app, editor) -> None:
    from PySide6.QtWidgets import QScrollArea

    area = editor.findChild(QScrollArea)
    if area is not None:
        area.ensureWidgetVisible(editor.rubric)
    settle(app, 0.4)


def editor_buttons(editor) -> list:
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    box = editor.findChild(QDialogButtonBox)
    if box is not None:
        return [box]
    return [b for b in editor.findChildren(QPushButton) if b.text() in ("保存", "打印…", "取消")]


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jituan_desktop import i18n
    from jituan_desktop.clock import Clock
    from jituan_desktop.gui.fonts import ensure_cjk_font
    from jituan_desktop.gui.translation import install_translators

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="jituan-help-"))
    clock = Clock(TODAY)
    app = QApplication([])
    ensure_cjk_font(app)
    i18n.set_language("zh_CN")
    install_translators(app, "zh_CN")
    camera = Camera(app, out)
    settings = QSettings(str(folder / "ui.ini"), QSettings.IniFormat)
    wizard_pictures(app, camera, folder, clock)
    member_pictures(app, camera, folder, clock, settings)
    lead_pictures(app, camera, folder, clock, settings)
    total = sum(p.stat().st_size for p in camera.saved)
    print(f"{len(camera.saved)} pictures, {total / 1024:.0f} KB, in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "resources" / "help"))
