"""First run: who are we? The lead school, a member school, or just trying the demo.

Nothing else is asked before the user sees the app: the lead school names its alliance and
itself; a member school names itself (joining the alliance comes with sync); the demo asks
nothing. Setting up runs on the database thread; a refusal (an empty name, say) shows next to
the field and the wizard stays where it is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QLabel, QLineEdit, QRadioButton,
                               QVBoxLayout, QWizard, QWizardPage)

from ...domain.messages import ValidationError
from ...domain.records import Alliance, School
from ...domain.validation import problems_of
from ...services import setup_ops
from ..context import AppContext
from ..qt_text import error_text
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.screen_fit import fit_to_screen

LEAD, MEMBER, DEMO = "lead", "member", "demo"
PAGE_CHOICE, PAGE_LEAD, PAGE_MEMBER = 0, 1, 2


class ChoicePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Jituan Desktop"))
        self.setSubTitle(self.tr("This laptop keeps your school's lesson observations, mentor "
                                 "pairings and alliance activities. Who is using it?"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.lead = QRadioButton(self.tr("We are the lead school of an alliance"), self)
        self.member = QRadioButton(self.tr("We are a member school"), self)
        self.demo = QRadioButton(self.tr("Just try the demo (a sample alliance, kept apart "
                                         "from real records)"), self)
        for i, button in enumerate((self.lead, self.member, self.demo)):
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.lead.setChecked(True)
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())
        layout.addStretch(1)
        self.status = QLabel(self)  # "preparing the demo…", or why it could not be made
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def choice(self) -> str:
        return {0: LEAD, 1: MEMBER, 2: DEMO}[self.group.checkedId()]

    def nextId(self) -> int:
        return {LEAD: PAGE_LEAD, MEMBER: PAGE_MEMBER, DEMO: -1}[self.choice()]


class _NamesPage(QWizardPage):
    """A page of names with messages under each field."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.general = error_label(self)
        layout.addWidget(self.general)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.errors = FieldErrors(self.general)

    def nextId(self) -> int:
        return -1


class LeadPage(_NamesPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The lead school"))
        self.setSubTitle(self.tr("Name the alliance and your school as they appear on "
                                 "official documents. Member schools are added later."))
        self.alliance = QLineEdit(self)
        self.alliance.setPlaceholderText(self.tr("e.g. 城关镇实验小学教育联盟"))
        self.school = QLineEdit(self)
        self.school.setPlaceholderText(self.tr("e.g. 城关镇实验小学"))
        # The alliance's problems are reported on "name" too, so its row takes them first.
        self.errors.add_row(self.form, self.tr("Alliance name"), self.alliance, "alliance")
        self.errors.add_row(self.form, self.tr("School name"), self.school, "name")


class MemberPage(_NamesPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("A member school"))
        self.setSubTitle(self.tr("Name your school. To join the alliance afterwards, open "
                                 "Sync → Join an alliance… with the invitation file from the "
                                 "lead school."))
        self.school = QLineEdit(self)
        self.school.setPlaceholderText(self.tr("e.g. 城关小学"))
        self.errors.add_row(self.form, self.tr("School name"), self.school, "name")


class SetupWizard(QWizard):
    """Emits ``done(choice)`` once set up ("lead", "member") or when the demo was chosen."""

    done = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up Jituan Desktop"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage)
        self.choice_page = ChoicePage(self)
        self.lead_page = LeadPage(self)
        self.member_page = MemberPage(self)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_LEAD, self.lead_page)
        self.setPage(PAGE_MEMBER, self.member_page)
        self.setButtonText(QWizard.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.FinishButton, self.tr("Start"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))
        fit_to_screen(self, (620, 420))
        self.busy = False

    def choice(self) -> str:
        return self.choice_page.choice()

    def accept(self) -> None:
        """Finish: set the installation up first; close only once it worked."""
        if self.busy:
            return
        choice = self.choice()
        if choice == DEMO:
            # The wizard stays up while the demo is made: closing the last window would
            # quit the app before the main window opens.
            self.busy = True
            self.button(QWizard.FinishButton).setEnabled(False)
            self.choice_page.status.setText(self.tr("Preparing the demo alliance…"))
            self.done.emit(choice)
            return
        page = self.lead_page if choice == LEAD else self.member_page
        page.errors.clear()
        today = self.ctx.today()
        school = page.school.text()
        found = self._check_names(choice, today)
        if found:
            page.errors.show(found)
            return
        if choice == LEAD:
            alliance = self.lead_page.alliance.text()
            job = lambda store: setup_ops.init_lead(store, alliance, school, today=today)  # noqa: E731
        else:
            job = lambda store: setup_ops.init_member(store, school, today=today)  # noqa: E731
        self.busy = True
        self.button(QWizard.FinishButton).setEnabled(False)
        self.ctx.run(job, lambda _changes: self._finish(choice),
                     lambda error: self._refused(page, error))

    def _refused(self, page: _NamesPage, error: Exception) -> None:
        self.busy = False
        self.button(QWizard.FinishButton).setEnabled(True)
        if isinstance(error, ValidationError):
            page.errors.show(error.problems)
        else:
            page.errors.show_general(error_text(error))

    def _check_names(self, choice: str, today) -> list:
        """The alliance's and the school's problems, each under its own field (both records
        call their field "name", so the alliance's are renamed to its row)."""
        page = self.lead_page if choice == LEAD else self.member_page
        found = problems_of(School(name=page.school.text().strip()), today)
        if choice == LEAD:
            alliance = Alliance(name=self.lead_page.alliance.text().strip())
            found = [replace(p, field="alliance") for p in problems_of(alliance, today)] + found
        return found

    def _finish(self, choice: str) -> None:
        self.done.emit(choice)
        self.close_setup()

    def close_setup(self) -> None:
        """Set up (or the demo open): the main window has taken over."""
        self.busy = False
        super().accept()

    def demo_failed(self, text: str) -> None:
        self.busy = False
        self.button(QWizard.FinishButton).setEnabled(True)
        self.choice_page.status.setText(text)


__all__ = ["SetupWizard", "LEAD", "MEMBER", "DEMO"]
