"""Adding a teacher from inside another form, without losing what was typed there.

A new member school starts with an empty roster, and a teacher not on it yet is the first
thing the 听课记录 form meets. The form says so (``RosterNotice``) and offers a small dialog
(name, school, subjects): the usual teacher save on the database thread, after which the
form's pickers are filled anew from the reloaded directory and the new teacher is chosen.
"""

from __future__ import annotations

import weakref
from functools import partial
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.records import Teacher
from ...services.directory_ops import Directory
from ..context import AppContext
from ..widgets.pickers import TeacherField
from ..widgets.record_editor import NOTICE_STYLE, RecordEditor
from .teacher_editor import TeacherEditor


class NewTeacherDialog(TeacherEditor):
    """The teacher editor with only what is needed now; the rest can wait for 教师. 职务
    stays: the first 听课人 added is often the principal, whose quota (校领导, 40 节) is not a
    teacher's (18 节); without it he was counted as a teacher (walk of issue 14)."""

    def __init__(self, ctx: AppContext, name: str = "", parent=None):
        super().__init__(ctx, None, parent)
        self.setWindowTitle(self.tr("Add a new teacher"))
        form = self.body.layout()
        backbone_row = next(iter(self.backbone_boxes.values())).parentWidget()
        for field in (self.gender, self.grades, self.title, backbone_row,
                      self.phone, self.active):
            form.setRowVisible(field.parentWidget(), False)  # the row add_row made for it
        self.name.setText(name)
        self.resize(480, 270)


def add_teacher(ctx: AppContext, parent, name: str,
                on_added: Callable[[str, Directory], None]) -> NewTeacherDialog:
    """Open the dialog; once saved and the directory reloaded (the save asks for that),
    ``on_added(uuid, directory)``."""
    dialog = NewTeacherDialog(ctx, name, parent)

    def saved(teacher: Teacher) -> None:
        def loaded(directory: Directory) -> None:
            ctx.directory_loaded.disconnect(loaded)
            on_added(teacher.uuid, directory)
        ctx.directory_loaded.connect(loaded)

    dialog.saved.connect(saved)
    dialog.open()
    return dialog


class RosterNotice(QWidget):
    """At the top of a form that picks teachers, while this school's roster has none: why
    its teachers are not in the pickers and how to add them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(NOTICE_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self.tr(
            "Your school's teacher roster is empty, so none of your teachers can be chosen "
            "yet. Add them on the Teachers page (Import roster… or New), or add one now."),
            self)
        self.text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a teacher…"), self)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)


class NewTeachers(QObject):
    """Lets an editor add teachers: each field's 添加为新教师…, and the notice's 添加教师…
    while this school's roster is empty. ``refresh(directory)`` fills the editor's pickers
    anew; the field that asked then chooses the new teacher. Nothing else in the form
    changes.

    A child of the editor that holds it only as its parent (and ``refresh`` weakly): a
    connection holding the editor itself would keep every closed editor alive."""

    def __init__(self, editor: RecordEditor, fields: list[TeacherField],
                 refresh: Callable[[Directory], None]):
        super().__init__(editor)
        self.fields = fields
        self.refresh = weakref.WeakMethod(refresh)
        self.dialog: NewTeacherDialog | None = None
        self.notice = RosterNotice(editor)
        editor.layout().insertWidget(0, self.notice)
        for field in fields:
            field.add_requested.connect(partial(self._add, field))
        self.notice.add_button.clicked.connect(partial(self._add, None, ""))
        self._update_notice(editor.ctx.directory)

    def _add(self, field: TeacherField | None, name: str, *_args) -> NewTeacherDialog:
        editor = self.parent()
        self.dialog = add_teacher(editor.ctx, editor, name, partial(self._added, field))
        return self.dialog

    def _added(self, field: TeacherField | None, uuid: str, directory: Directory) -> None:
        refresh = self.refresh()
        if refresh is None:  # the editor has gone meanwhile
            return
        refresh(directory)
        if field is not None:
            field.combo.set_uuid(uuid)  # chosen: the form fills in as if picked by hand
        self.parent().mark_dirty()
        self._update_notice(directory)

    def _update_notice(self, directory: Directory | None) -> None:
        # This school's own roster: a member that has joined already holds the lead's
        # teachers, yet the lesson it records first is one of its own teachers'.
        self.notice.setVisible(directory is not None and not any(
            t.active and t.school == directory.my_school for t in directory.teachers))


def offer_new_teachers(editor: RecordEditor, fields: list[TeacherField],
                       refresh: Callable[[Directory], None]) -> NewTeachers | None:
    """Let ``editor`` add teachers from its form (see NewTeachers); None when it is shown
    read-only."""
    if editor.read_only:
        return None
    return NewTeachers(editor, fields, refresh)


__all__ = ["NewTeacherDialog", "NewTeachers", "RosterNotice", "add_teacher",
           "offer_new_teachers"]
