"""The first-run wizard's three paths, driven through its real widgets over real databases."""

from PySide6.QtWidgets import QWizard

from jituan_desktop.domain.enums import Role
from jituan_desktop.gui.setup.setup_wizard import DEMO, LEAD, MEMBER, SetupWizard
from jituan_desktop.services import setup_ops, status_ops


def wizard_over(qtbot, context_for, store):
    ctx = context_for(store)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return ctx, wizard


def test_the_lead_school_names_alliance_and_school(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.lead.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.lead_page
    wizard.lead_page.alliance.setText("城关镇实验小学教育联盟")
    wizard.lead_page.school.setText("城关镇实验小学")
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.button(QWizard.FinishButton).click()
    assert finished.args == [LEAD]
    me = setup_ops.identity(store)
    assert me.role is Role.LEAD
    assert (me.alliance.name, me.school.name) == ("城关镇实验小学教育联盟", "城关镇实验小学")
    assert setup_ops.semesters(store) and status_ops.status(store)["school"] == "城关镇实验小学"


def test_the_member_school_names_itself(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.member_page
    wizard.member_page.school.setText("城关小学")
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.button(QWizard.FinishButton).click()
    assert finished.args == [MEMBER]
    me = setup_ops.identity(store)
    assert me.role is Role.MEMBER and me.school.name == "城关小学" and me.alliance is None


def test_the_demo_asks_nothing_and_writes_nothing_here(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.demo.setChecked(True)
    assert wizard.choice_page.nextId() == -1
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.accept()
    assert finished.args == [DEMO]
    assert not store.is_initialised
    # Still up, saying what it does, until the app has the demo's window open.
    assert wizard.isVisible() and wizard.busy and wizard.choice_page.status.text()
    wizard.demo_failed("磁盘已满")
    assert wizard.isVisible() and not wizard.busy
    assert wizard.choice_page.status.text() == "磁盘已满"


def test_empty_names_are_refused_next_to_their_fields_and_kept(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.next()
    wizard.lead_page.alliance.setText("   ")
    wizard.lead_page.school.setText("城关镇实验小学")
    wizard.button(QWizard.FinishButton).click()
    messages = wizard.lead_page.errors.messages()
    assert "不能为空" in messages["alliance"] and "name" not in messages
    assert wizard.isVisible() and wizard.lead_page.school.text() == "城关镇实验小学"
    assert not store.is_initialised
    wizard.lead_page.alliance.setText("城关镇实验小学教育联盟")
    with qtbot.waitSignal(wizard.done):
        wizard.button(QWizard.FinishButton).click()
    assert store.is_initialised and not wizard.lead_page.errors.messages()


def test_a_school_name_too_long_is_refused_with_the_limit(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    wizard.member_page.school.setText("很" * 200)
    wizard.button(QWizard.FinishButton).click()
    assert "60" in wizard.member_page.errors.messages()["name"]
    assert not store.is_initialised and wizard.member_page.school.text() == "很" * 200
