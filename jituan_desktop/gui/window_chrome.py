"""What frames every page: whose window this is, whether it is the demo, help, and what the
window remembers for each data folder.

A principal with the demo open beside the school's real data must never confuse the two, and
a coordinator at the lead school must see at a glance that this laptop writes as the lead: so
the title and the header name the school and its role, the header the semester records count
towards, and the demo says so in the title and in a banner.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QMessageBox, QSizePolicy, QToolButton,
                               QWidget)

from ..domain.enums import Role
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.semesters import semester_label
from ..services.directory_ops import Directory
from .qt_text import qt_translate
from .style import HEADER_FONT_STEP, MARGIN, SPACING, step_font

APP_TITLE = "Jituan Desktop"  # MainWindow's context translates it: 集团化办学助手
CONTEXT = "WindowChrome"
LEAD_TITLE = QT_TRANSLATE_NOOP("WindowChrome", "{school} (lead school)")
MEMBER_TITLE = QT_TRANSLATE_NOOP("WindowChrome", "{school} (member school)")
DEMO_TITLE = QT_TRANSLATE_NOOP("WindowChrome", "{app} — demo data · {who}")
TITLE = QT_TRANSLATE_NOOP("WindowChrome", "{app} — {who}")
ABOUT_TITLE = QT_TRANSLATE_NOOP("WindowChrome", "About {app}")
VERSION = QT_TRANSLATE_NOOP("WindowChrome", "Version {version}")
DATA_FOLDER = QT_TRANSLATE_NOOP("WindowChrome", "Data folder:")


class WindowHeader(QWidget):
    """「城关小学 · 成员学校 · 2026—2027学年第一学期」 across the top, and 帮助 at its right."""

    quick_start_requested = Signal()
    about_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, SPACING // 2, MARGIN, SPACING // 2)  # one line high
        layout.setSpacing(SPACING)
        self.school = QLabel(self)
        self.school.setObjectName("headerSchool")
        step_font(self.school, HEADER_FONT_STEP, bold=True)
        layout.addWidget(self.school)
        self.detail = QLabel(self)
        self.detail.setObjectName("headerDetail")
        # Never wider than the window allows: cut at a narrow window, whole in the tooltip.
        self.detail.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.detail.setMinimumWidth(0)
        layout.addWidget(self.detail, 1)
        self.notice = QLabel(self)  # what a job waits for (the status bar's message)
        self.notice.setObjectName("headerNotice")
        self.notice.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.notice.hide()
        layout.addWidget(self.notice, 1)
        self.help_button = QToolButton(self)
        self.help_button.setText(self.tr("Help"))
        self.help_button.setPopupMode(QToolButton.InstantPopup)
        self.help_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.help_button.setAutoRaise(True)
        menu = QMenu(self.help_button)
        self.quick_start_action = menu.addAction(self.tr("Quick start"))
        self.quick_start_action.setShortcut(QKeySequence.HelpContents)  # F1
        self.quick_start_action.setShortcutContext(Qt.WindowShortcut)
        self.quick_start_action.triggered.connect(self.quick_start_requested)
        self.about_action = menu.addAction(self.tr("About"))
        self.about_action.triggered.connect(self.about_requested)
        self.help_button.setMenu(menu)
        self.addAction(self.quick_start_action)  # F1 works without opening the menu
        layout.addWidget(self.help_button)

    def add_notice_widget(self, widget: QWidget) -> None:
        """A widget shown before 帮助 (the undo offer), hidden until it shows itself."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.help_button), widget)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.setVisible(bool(text))

    def show_directory(self, directory: Directory) -> None:
        self.school.setText(school_name(directory))
        parts = header_parts(directory)[1:]
        self.detail.setText(" · ".join(parts))
        self.setToolTip(" · ".join(header_parts(directory)))

    def text(self) -> str:
        """All the header says, as one line (tests and screen readers)."""
        return " · ".join(t for t in (self.school.text(), self.detail.text()) if t)


class DemoBanner(QWidget):
    """「这是演示数据，与真实记录分开保存」 under the header, on the demo only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAttribute(Qt.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, 3, MARGIN, 3)  # a strip, not a page's worth
        self.text = QLabel(self.tr("This is demo data, kept apart from real records."), self)
        self.text.setObjectName("demoBannerText")
        self.text.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout.addWidget(self.text, 1)
        self.hide()


# -- the words -----------------------------------------------------------------------------
def school_name(directory: Directory) -> str:
    school = directory.identity.school
    return school.name if school else ""


def role_text(directory: Directory) -> str:
    role = directory.identity.role
    return qt_translate("Labels", role.label) if role else ""


def header_parts(directory: Directory) -> list[str]:
    """School, role, alliance (once known) and the semester on now."""
    alliance = directory.identity.alliance
    parts = [school_name(directory), role_text(directory), alliance.name if alliance else "",
             semester_label(directory.current_semester, qt_translate)]
    return [p for p in parts if p]


def window_title(directory: Directory | None, app_title: str) -> str:
    """集团化办学助手 — 城关小学（成员学校）; the demo: 集团化办学助手 — 演示数据 · 实验小学（牵头学校）."""
    if directory is None or directory.identity.school is None:
        return app_title
    who = school_name(directory)
    role = directory.identity.role
    if role is Role.LEAD:
        who = _tr(LEAD_TITLE).format(school=who)
    elif role is Role.MEMBER:
        who = _tr(MEMBER_TITLE).format(school=who)
    if directory.identity.demo:
        return _tr(DEMO_TITLE).format(app=app_title, who=who)
    return _tr(TITLE).format(app=app_title, who=who)


def audience(directory: Directory | None) -> str:
    """Whose quick start to open: the lead's coordinator, else a member's principal."""
    lead = directory is not None and directory.identity.role is Role.LEAD
    return "coordinator" if lead else "principal"


def app_version() -> str:
    """The installed package's version (the GUI may not import the package root, which holds
    the same lookup: read when 关于 is opened, never at start-up)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jituan-desktop")
    except PackageNotFoundError:  # a source tree never installed
        return "0.0.0+source"


def show_about(parent, app_title: str, data_dir: Path) -> QMessageBox:
    """The version and the data folder, whose path can be selected and copied."""
    version = app_version()
    box = QMessageBox(QMessageBox.Information, _tr(ABOUT_TITLE).format(app=app_title),
                      "", QMessageBox.Ok, parent)
    box.setTextFormat(Qt.RichText)
    box.setText(f"<b>{app_title}</b><br>" + _tr(VERSION).format(version=version)
                + "<br><br>" + _tr(DATA_FOLDER) + f"<br>{_escape(str(data_dir))}")
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.open()
    return box


def _tr(text: str) -> str:
    return qt_translate(CONTEXT, text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- remembered per data folder ------------------------------------------------------------
class FolderState:
    """The window's size and last page, kept apart for each data folder (a group named from
    a hash of the folder's resolved path) in the user's one settings file: a new school's
    data opens on 首页, not where the demo was left. The language stays one for all."""

    def __init__(self, settings: QSettings, data_dir: Path):
        self.settings = settings
        resolved = Path(data_dir).resolve()
        digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:16]
        self.group = f"folders/{digest}"
        self.settings.setValue(f"{self.group}/path", str(resolved))  # for a person reading

    def value(self, name: str):
        value = self.settings.value(f"{self.group}/{name}")
        if value is None and name == "geometry":
            # Before the state was kept per folder: the size was shared; still a good start.
            value = self.settings.value("window/geometry")
        return value

    def set_value(self, name: str, value) -> None:
        self.settings.setValue(f"{self.group}/{name}", value)


__all__ = ["WindowHeader", "DemoBanner", "FolderState", "window_title", "header_parts",
           "audience", "show_about"]
