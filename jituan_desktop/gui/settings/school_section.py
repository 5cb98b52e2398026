"""学校与联盟: this school's name and code, its role, and the alliance.

The lead school edits the alliance's name and its own name and code; a member school edits
its name only (its code and alliance come with joining, a later sync step).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.messages import ValidationError
from ...services import settings_ops
from ...services.settings_ops import SettingsSnapshot
from ..context import AppContext
from ..qt_text import error_text, label_of
from ..widgets.field_errors import FieldErrors, error_label


class SchoolSection(QWidget):
    kinds = frozenset({"School", "Alliance"})

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_lead = False
        self.has_alliance = False
        outer = QVBoxLayout(self)
        self.general_error = error_label(self)
        outer.addWidget(self.general_error)
        form = QFormLayout()
        outer.addLayout(form)
        self.errors = FieldErrors(self.general_error)
        self.school_name = QLineEdit(self)
        self.school_code = QLineEdit(self)
        self.role = QLabel(self)
        self.alliance_name = QLineEdit(self)
        self.no_alliance = QLabel(self.tr("Not yet in an alliance"), self)
        self.errors.add_row(form, self.tr("School name"), self.school_name, "school_name")
        self.errors.add_row(form, self.tr("School code"), self.school_code, "school_code")
        form.addRow(self.tr("Role"), self.role)
        self.alliance_row = self.errors.add_row(form, self.tr("Alliance name"),
                                                self.alliance_name, "alliance_name")
        form.addRow("", self.no_alliance)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.saved_label = QLabel(self)
        bar.addWidget(self.save_button)
        bar.addWidget(self.saved_label)
        bar.addStretch(1)
        outer.addLayout(bar)
        outer.addStretch(1)
        for edit in (self.school_name, self.school_code, self.alliance_name):
            edit.textEdited.connect(lambda _: self.saved_label.clear())
            edit.returnPressed.connect(self.save)

    def show_snapshot(self, snapshot: SettingsSnapshot) -> None:
        me = snapshot.identity
        self.is_lead = snapshot.is_lead
        self.has_alliance = me.alliance is not None
        # Once a member has joined, its school record is the lead school's (it keeps the
        # alliance's roster of schools): a rename here would be refused as another's record.
        owns = me.school is not None and me.school.owner_school == me.school.uuid
        self.school_name.setText(me.school.name if me.school else "")
        self.school_name.setReadOnly(not owns and not self.is_lead)
        self.school_code.setText(me.school.code if me.school else "")
        self.school_code.setReadOnly(not self.is_lead)
        self.role.setText(label_of(me.role))
        self.alliance_name.setText(me.alliance.name if me.alliance else "")
        self.alliance_name.setReadOnly(not self.is_lead)
        self.alliance_row.setVisible(self.has_alliance)
        self.no_alliance.setVisible(not self.has_alliance)
        if self.is_lead:
            self.hint.setText(self.tr("As the lead school you name the alliance; the member "
                                      "schools receive it when they sync."))
        elif owns:
            self.hint.setText(self.tr("The school code and the alliance come from the lead "
                                      "school when this school joins."))
        else:
            self.hint.setText(self.tr("The lead school keeps the names and codes of the "
                                      "alliance's schools: ask it to change them."))
        self.save_button.setEnabled(me.school is not None and (owns or self.is_lead))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        self.saved_label.clear()
        name = self.school_name.text()
        code = self.school_code.text() if self.is_lead else None
        alliance = self.alliance_name.text() if self.is_lead and self.has_alliance else None
        today = self.ctx.today()
        self.save_button.setEnabled(False)
        self.ctx.run(lambda store: settings_ops.save_identity(
            store, school_name=name, school_code=code, alliance_name=alliance, today=today),
            self._saved, self._refused)

    def _saved(self, changes) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Saved."))
        self.ctx.announce(changes)

    def _refused(self, error: Exception) -> None:
        """Everything typed stays; each message goes next to its field."""
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            self.errors.show_general(error_text(error))


__all__ = ["SchoolSection"]
