"""打印: the paper form of the record on screen (听课记录表, 联盟活动登记表, 师徒结对考核表),
made on the database thread into a temporary PDF and opened with the system's viewer — or,
where there is none, saved where the user says.

Other pages add the button with one call: ``add_to_editor(editor, "observation", parts)``
in a record editor, or ``print_button(...)`` placed where they like.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from ...reports import catalogue
from ...reports.catalogue import ReportRequest
from ..context import AppContext
from ..qt_text import error_text, qt_translate
from ..widgets.system_open import open_with_system
from .output_files import OutputDialogs, copy_file, file_name, temp_path


class RecordPrinter(QObject):
    """Prints one kind of record form; ``printed`` says which PDF went to the viewer."""

    printed = Signal(object)  # Path of the PDF opened (or saved, when there is no viewer)
    failed = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, parent: QWidget, kind: str):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.busy = False
        self.dialogs = OutputDialogs(self)
        self.last_notice = None  # the message box shown last (tests read it)

    def title(self) -> str:
        return qt_translate("Reports", catalogue.kind_for(self.kind).title)

    def print_record(self, uuid: str | None, *, semester: str | None = None,
                     parts: tuple = ()) -> None:
        """Make the form of record ``uuid`` (for ``semester``, where the form needs one)."""
        if self.busy:
            return
        if not uuid:
            self._failed_text(self.tr("Save the record first: the form is printed from what "
                                      "is saved."))
            return
        self.busy = True
        kind, request = self.kind, ReportRequest(today=self.ctx.today(), id=uuid,
                                                 semester=semester or None)
        target = temp_path(file_name(self.title(), *parts, suffix="pdf"))
        self.ctx.run(lambda store: catalogue.render(store, kind, request, target),
                     self._made, self._failed)

    def _made(self, path: Path) -> None:
        self.busy = False
        if open_with_system(self.parent(), path):
            self.printed.emit(path)
            return
        # No viewer on this machine: the message says where the file is; it is also kept
        # where the user wants it.
        target = self.dialogs.ask_save_path(self.parent(), path.name, "pdf")
        if target:
            self.ctx.run(lambda _store: copy_file(path, Path(target)),
                         self.printed.emit, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._failed_text(error_text(error))

    def _failed_text(self, text: str) -> None:
        self.last_notice = self.dialogs.notice(self.parent(), text, warning=True)
        self.failed.emit(text)

    def button(self, uuid_of: Callable[[], str | None],
               semester_of: Callable[[], str | None] = lambda: None,
               parts_of: Callable[[], tuple] = tuple) -> QPushButton:
        """A 打印 button printing the record ``uuid_of()`` names."""
        button = QPushButton(self.tr("Print…"), self.parent())
        button.setToolTip(self.tr("Print the {form} of the saved record: it opens as a PDF "
                                  "to print or save.").format(form=self.title()))
        self._sources = (uuid_of, semester_of, parts_of)
        button.clicked.connect(self._clicked)
        return button

    def _clicked(self) -> None:
        uuid_of, semester_of, parts_of = self._sources
        self.print_record(uuid_of(), semester=semester_of(), parts=parts_of())


def print_button(ctx: AppContext, parent: QWidget, kind: str,
                 uuid_of: Callable[[], str | None],
                 semester_of: Callable[[], str | None] = lambda: None,
                 parts_of: Callable[[], tuple] = tuple) -> QPushButton:
    """A 打印 button for another page; its printer lives as long as ``parent``."""
    printer = RecordPrinter(ctx, parent, kind)
    button = printer.button(uuid_of, semester_of, parts_of)
    button.printer = printer  # tests and callers reach the printer through the button
    return button


def _record_parts(record) -> tuple:
    """What a form's file is named after: the record's date and topic or title."""
    if record is None:
        return ()
    return tuple(str(getattr(record, name)) for name in
                 ("lesson_date", "activity_date", "meeting_date", "topic", "title") if getattr(record, name, ""))


def add_to_editor(editor, kind: str) -> QPushButton:
    """Put a 打印 button among a record editor's buttons; a new record has nothing saved to
    print yet, so the button waits for the first save (the editor closes on saving)."""
    # Weak: a connection holding the editor would keep a closed editor alive for ever.
    ref = weakref.ref(editor)

    def record():
        return ref().record if ref() is not None else None

    button = print_button(editor.ctx, editor, kind,
                          lambda: record().uuid if record() is not None else None,
                          parts_of=lambda: _record_parts(record()))
    editor.buttons.addButton(button, QDialogButtonBox.ActionRole)
    button.setEnabled(not editor.is_new)
    editor.print_button = button
    return button


def add_to_pairing_view(view, layout) -> QPushButton:
    """师徒结对考核表 for the pairing a PairingDetailView shows, for the semester it shows."""
    ref = weakref.ref(view)

    def parts() -> tuple:
        shown = ref()
        d, p = shown.ctx.directory, shown.pairing
        names = (f"{d.teacher_name(p.mentor)}-{d.teacher_name(p.mentee)}"
                 if d is not None and p is not None else "")
        return names, shown.semester.currentData() or ""

    button = print_button(view.ctx, view, "pairing-review", lambda: ref().uuid,
                          lambda: ref().semester.currentData(), parts)
    layout.addWidget(button)
    view.print_button = button
    return button


__all__ = ["RecordPrinter", "print_button", "add_to_editor", "add_to_pairing_view"]
