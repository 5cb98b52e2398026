"""Dialogs sized to the screen they open on (issue 14: a 1024×768 projector less its task
bar is 1024×728, and the 听课记录 editor's 980×820 put 保存 below the screen's edge).

``fit_to_screen(dialog, preferred)`` gives the dialog its preferred size where the screen
has room for it and the screen's available area less a margin (the window manager's title
bar and frame) where it has not, and moves it back inside that area whenever it is shown.
Every dialog the app builds goes through it; editors scroll their form instead of growing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a dialog for what the window manager adds: a title bar (about 30 px)
# and the frame; without it a dialog "as tall as the screen" still pushes its buttons off.
FRAME_MARGIN = QSize(24, 48)


def available_area(widget: QWidget) -> QRect:
    """The available area (less task bars) of the screen ``widget`` is, or will be, on."""
    owner = widget.parentWidget() or widget
    screen = owner.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room_for(widget: QWidget) -> QSize:
    """The largest size a window may take on ``widget``'s screen (its frame included)."""
    area = available_area(widget)
    return QSize(max(200, area.width() - FRAME_MARGIN.width()),
                 max(200, area.height() - FRAME_MARGIN.height()))


class _KeepOnScreen(QObject):
    """Moves the dialog inside the screen's available area each time it is shown (Qt
    centres a dialog on its parent, which can put it past the screen's edge)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Show and isinstance(watched, QWidget):
            keep_inside(watched)
        return False


def keep_inside(window: QWidget) -> None:
    area = available_area(window)
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    room = room_for(window)
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room).expandedTo(window.minimumSize()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    window.move(window.pos() + QPoint(max(x, area.x()) - frame.x(), max(y, area.y()) - frame.y()))


def fit_to_screen(dialog: QWidget, preferred: QSize | tuple[int, int] | None = None) -> QSize:
    """Size ``dialog`` to ``preferred`` (its size hint when none is given) bounded by its
    screen, and keep it inside the screen whenever it is shown; returns the size given."""
    if preferred is None:
        preferred = dialog.sizeHint()
    elif isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    room = room_for(dialog)
    size = preferred.boundedTo(room)
    # A layout's minimum may ask for more than the screen has; the screen wins (the
    # content scrolls or elides instead of pushing the buttons out of sight).
    if dialog.minimumWidth() > room.width() or dialog.minimumHeight() > room.height():
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))
    dialog.resize(size)
    if not hasattr(dialog, "_keep_on_screen"):
        dialog._keep_on_screen = _KeepOnScreen(dialog)
        dialog.installEventFilter(dialog._keep_on_screen)
    return size


__all__ = ["available_area", "fit_to_screen", "keep_inside", "room_for"]
