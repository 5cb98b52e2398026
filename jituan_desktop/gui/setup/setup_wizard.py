"""First run: who are we? The lead school, a member school, or just trying the demo.

Nothing else is asked before the user sees the app: the lead school names its alliance and
itself; a member school names itself (joining the alliance comes with sync); the demo asks
nothing. Setting up runs on the database thread when the names page is left (下一步); a
refusal (an empty name, say) shows next to the field and the wizard stays where it is. Once
set up, the last page says what to do first, so the first day has no dead end, and offers
the 快速入门 (``wants_quick_start``, ``audience``); the demo's page says what the demo is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout, QWizard, QWizardPage)

from ...domain.messages import ValidationError
from ...domain.records import Alliance, School
from ...domain.validation import problems_of
from ...services import setup_ops
from ..context import AppContext
from ..qt_text import error_text
from ..widgets.field_errors import FieldErrors, error_label
from ..widgets.screen_fit import fit_to_screen

LEAD, MEMBER, DEMO = "lead", "member", "demo"
PAGE_CHOICE, PAGE_LEAD, PAGE_MEMBER, PAGE_DEMO, PAGE_LEAD_NEXT, PAGE_MEMBER_NEXT = range(6)
# Who the 快速入门 is written for, by the path taken.
AUDIENCE = {LEAD: "coordinator", MEMBER: "principal", DEMO: "principal"}


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
        # Nothing is chosen up front: most schools are members, yet a preselected answer
        # (it used to be the lead school) is taken by whoever clicks 下一步 without reading,
        # and the role cannot be changed afterwards. 下一步 waits for a choice.
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())
        layout.addStretch(1)

    def choice(self) -> str | None:
        return {0: LEAD, 1: MEMBER, 2: DEMO}.get(self.group.checkedId())

    def isComplete(self) -> bool:
        return self.choice() is not None

    def validatePage(self) -> bool:
        return self.choice() is not None  # QWizard.next() itself asks no isComplete

    def nextId(self) -> int:
        # The demo has a page of its own (with 开始): a choice page whose next page
        # depends on the choice keeps 下一步 however the choice changes, and with no next
        # page 下一步 did nothing at all.
        # Never -1 here: QWizard decides at the page's start whether it is the last one.
        return {LEAD: PAGE_LEAD, DEMO: PAGE_DEMO}.get(self.choice(), PAGE_MEMBER)


class DemoPage(QWizardPage):
    """What the demo is, before it is made; 开始 opens it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Try the demo"))
        self.setSubTitle(self.tr("A sample alliance with a lead school, member schools, "
                                 "teachers, observations and mentor pairings, kept in a "
                                 "folder of its own: nothing here is written to your real "
                                 "records. When the app starts again, this wizard comes back "
                                 "to set up your school."))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.status = QLabel(self)  # "preparing the demo…", or why it could not be made
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def nextId(self) -> int:
        return -1


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
        # Leaving this page sets the school up: no way back to change the role afterwards.
        self.setCommitPage(True)

    def validatePage(self) -> bool:
        return self.wizard().set_up_from(self)


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

    def nextId(self) -> int:
        return PAGE_LEAD_NEXT


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

    def nextId(self) -> int:
        return PAGE_MEMBER_NEXT


class _FirstStepsPage(QWizardPage):
    """Set up: what to do first, step by step, and whether to open the 快速入门."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.RichText)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.quick_start = QCheckBox(self.tr("Open the quick start guide when done"), self)
        self.quick_start.setChecked(True)
        layout.addWidget(self.quick_start)

    def set_steps(self, title: str, steps: list[str]) -> None:
        self.setTitle(title)
        # A subtitle keeps the header the same as on the pages before.
        self.setSubTitle(self.tr("The quick start guide shows these steps with pictures; "
                                 "it is also under Help → Quick start."))
        self.steps.setText("<ol>" + "".join(f"<li style='margin-bottom:6px'>{step}</li>"
                                            for step in steps) + "</ol>")

    def nextId(self) -> int:
        return -1


class MemberNextPage(_FirstStepsPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_steps(self.tr("Your school is set up: what to do first"), [
            self.tr("<b>Add your school's teachers.</b> Open <i>Teachers</i> and click "
                    "<i>Import roster…</i> to read a spreadsheet, or <i>New</i> to "
                    "add them one by one."),
            self.tr("<b>Join the alliance.</b> Ask the lead school for your school's "
                    "invitation file (on a USB stick, say), then open <i>Sync</i> and click "
                    "<i>Join an alliance…</i>."),
            self.tr("<b>Record your first observation.</b> Open <i>Observations</i> and "
                    "click <i>New</i>."),
        ])


class LeadNextPage(_FirstStepsPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_steps(self.tr("Your alliance is set up: what to do first"), [
            self.tr("<b>Add the member schools.</b> Open <i>Sync</i> and click <i>Add "
                    "school…</i> for each school of the alliance."),
            self.tr("<b>Invite them.</b> Select a school on <i>Sync</i> and click <i>Write "
                    "invitation…</i>; give the file to that school (a USB stick or a "
                    "message): it joins with it, then sends its files back."),
            self.tr("<b>Check the rules.</b> Open <i>Settings</i> → <i>Quota rules</i>: how "
                    "many lessons each teacher observes per semester and the mentoring rules "
                    "(the rubric is under <i>Rubric templates</i>)."),
            self.tr("<b>Add your own teachers.</b> Open <i>Teachers</i> and click "
                    "<i>Import roster…</i> or <i>New</i>."),
        ])


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
        self.demo_page = DemoPage(self)
        self.lead_next_page = LeadNextPage(self)
        self.member_next_page = MemberNextPage(self)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_LEAD, self.lead_page)
        self.setPage(PAGE_MEMBER, self.member_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_LEAD_NEXT, self.lead_next_page)
        self.setPage(PAGE_MEMBER_NEXT, self.member_next_page)
        self.setButtonText(QWizard.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.CommitButton, self.tr("Next"))
        self.setButtonText(QWizard.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.FinishButton, self.tr("Start"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))
        fit_to_screen(self, (620, 420))
        self.busy = False
        self.set_up_as: str | None = None  # LEAD or MEMBER once the database says so

    def choice(self) -> str | None:
        return self.choice_page.choice()

    @property
    def audience(self) -> str:
        """Whom the 快速入门 offered at the end is for: "coordinator" (the lead school),
        "principal" (a member school, and the demo)."""
        return AUDIENCE.get(self.choice() or MEMBER, "principal")

    @property
    def wants_quick_start(self) -> bool:
        """Whether the 快速入门 should open after the wizard (the end page's check box)."""
        page = {LEAD: self.lead_next_page, MEMBER: self.member_next_page}.get(self.choice())
        return page is not None and page.quick_start.isChecked()

    def set_up_from(self, page: _NamesPage) -> bool:
        """Leaving a names page: set the installation up first, then go on to what to do
        first (``validatePage`` answers False until the database thread has done it)."""
        if self.set_up_as is not None:
            return True
        if self.busy:
            return False
        choice = LEAD if page is self.lead_page else MEMBER
        page.errors.clear()
        today = self.ctx.today()
        school = page.school.text()
        found = self._check_names(choice, today)
        if found:
            page.errors.show(found)
            return False
        if choice == LEAD:
            alliance = self.lead_page.alliance.text()
            job = lambda store: setup_ops.init_lead(store, alliance, school, today=today)  # noqa: E731
        else:
            job = lambda store: setup_ops.init_member(store, school, today=today)  # noqa: E731
        self.busy = True
        self.button(QWizard.CommitButton).setEnabled(False)
        self.ctx.run(job, lambda _changes: self._set_up(choice),
                     lambda error: self._refused(page, error))
        return False

    def _set_up(self, choice: str) -> None:
        self.busy = False
        self.set_up_as = choice
        self.button(QWizard.CommitButton).setEnabled(True)
        self.setOption(QWizard.NoCancelButton)  # set up: there is nothing left to cancel
        self.next()  # validatePage now lets it through

    def accept(self) -> None:
        """开始 on the last page: open the app (the demo once it is made)."""
        if self.busy:
            return
        choice = self.choice()
        if choice == DEMO:
            # The wizard stays up while the demo is made: closing the last window would
            # quit the app before the main window opens.
            self.busy = True
            self.button(QWizard.FinishButton).setEnabled(False)
            self.demo_page.status.setText(self.tr("Preparing the demo alliance…"))
            self.done.emit(choice)
            return
        if self.set_up_as is not None:
            self._finish(self.set_up_as)

    def reject(self) -> None:
        """Closed once set up: the school exists, so the app opens all the same (quitting
        would leave a set-up school that the next start opens without a word)."""
        if self.busy:
            return
        if self.set_up_as is not None:
            self._finish(self.set_up_as)
            return
        super().reject()

    def _refused(self, page: _NamesPage, error: Exception) -> None:
        self.busy = False
        self.button(QWizard.CommitButton).setEnabled(True)
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
        self.demo_page.status.setText(text)


__all__ = ["SetupWizard", "LEAD", "MEMBER", "DEMO"]
