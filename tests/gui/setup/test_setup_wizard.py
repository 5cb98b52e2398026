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


def commit_names(qtbot, wizard, end_page):
    """下一步 on a names page sets the school up, then shows what to do first."""
    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is end_page, timeout=10000)


def test_nothing_is_preselected_and_next_waits_for_a_choice(qtbot, chinese, context_for,
                                                            store):
    _, wizard = wizard_over(qtbot, context_for, store)
    page = wizard.choice_page
    assert page.group.checkedButton() is None and wizard.choice() is None
    assert not wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is page
    page.member.setChecked(True)
    assert wizard.button(QWizard.NextButton).isEnabled()


def test_the_lead_school_names_alliance_and_school(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.lead.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.lead_page
    wizard.lead_page.alliance.setText("城关镇实验小学教育联盟")
    wizard.lead_page.school.setText("城关镇实验小学")
    commit_names(qtbot, wizard, wizard.lead_next_page)
    me = setup_ops.identity(store)
    assert me.role is Role.LEAD
    assert (me.alliance.name, me.school.name) == ("城关镇实验小学教育联盟", "城关镇实验小学")
    assert setup_ops.semesters(store) and status_ops.status(store)["school"] == "城关镇实验小学"
    # The last page says what a coordinator does first, and offers the quick start.
    steps = wizard.lead_next_page.steps.text()
    assert "添加学校…" in steps and "生成邀请…" in steps and "设置" in steps
    assert wizard.audience == "coordinator" and wizard.wants_quick_start
    assert not wizard.button(QWizard.BackButton).isEnabled()  # set up: no way back
    assert not wizard.button(QWizard.CancelButton).isVisible()  # nor anything to cancel
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.button(QWizard.FinishButton).click()
    assert finished.args == [LEAD]


def test_the_member_school_names_itself_and_learns_what_to_do_first(qtbot, chinese,
                                                                    context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.member_page
    wizard.member_page.school.setText("城关小学")
    commit_names(qtbot, wizard, wizard.member_next_page)
    me = setup_ops.identity(store)
    assert me.role is Role.MEMBER and me.school.name == "城关小学" and me.alliance is None
    page = wizard.member_next_page
    steps = page.steps.text()
    assert "教师" in steps and "导入教师名单…" in steps and "新建" in steps
    assert "加入联盟…" in steps and "邀请文件" in steps and "听课" in steps
    assert page.quick_start.text() == "完成后打开快速入门" and page.quick_start.isChecked()
    page.quick_start.setChecked(False)
    assert wizard.audience == "principal" and not wizard.wants_quick_start
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.button(QWizard.FinishButton).click()
    assert finished.args == [MEMBER] and not wizard.isVisible()


def test_closing_once_set_up_still_opens_the_app(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    wizard.member_page.school.setText("城关小学")
    commit_names(qtbot, wizard, wizard.member_next_page)
    with qtbot.waitSignal(wizard.done) as finished:
        wizard.reject()
    assert finished.args == [MEMBER]


def test_the_demo_asks_nothing_and_writes_nothing_here(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.demo.setChecked(True)
    wizard.button(QWizard.NextButton).click()
    assert wizard.currentPage() is wizard.demo_page
    finish = wizard.button(QWizard.FinishButton)
    assert finish.isVisible() and finish.isEnabled() and finish.text() == "开始使用"
    with qtbot.waitSignal(wizard.done) as finished:
        finish.click()
    assert finished.args == [DEMO]
    assert not store.is_initialised
    # Still up, saying what it does, until the app has the demo's window open.
    assert wizard.isVisible() and wizard.busy and wizard.demo_page.status.text()
    wizard.demo_failed("磁盘已满")
    assert wizard.isVisible() and not wizard.busy
    assert wizard.demo_page.status.text() == "磁盘已满"
    # Opening it in the app, through DesktopApp: tests/gui/test_main_window.py.


def test_empty_names_are_refused_next_to_their_fields_and_kept(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.lead.setChecked(True)
    wizard.next()
    wizard.lead_page.alliance.setText("   ")
    wizard.lead_page.school.setText("城关镇实验小学")
    wizard.button(QWizard.CommitButton).click()
    messages = wizard.lead_page.errors.messages()
    assert "不能为空" in messages["alliance"] and "name" not in messages
    assert wizard.currentPage() is wizard.lead_page
    assert wizard.isVisible() and wizard.lead_page.school.text() == "城关镇实验小学"
    assert not store.is_initialised
    wizard.lead_page.alliance.setText("城关镇实验小学教育联盟")
    commit_names(qtbot, wizard, wizard.lead_next_page)
    assert store.is_initialised and not wizard.lead_page.errors.messages()


def test_a_school_name_too_long_is_refused_with_the_limit(qtbot, chinese, context_for, store):
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    wizard.next()
    wizard.member_page.school.setText("很" * 200)
    wizard.button(QWizard.CommitButton).click()
    assert "60" in wizard.member_page.errors.messages()["name"]
    assert wizard.currentPage() is wizard.member_page
    assert not store.is_initialised and wizard.member_page.school.text() == "很" * 200


def test_the_quick_start_names_every_button_the_wizard_asks_for(qtbot, chinese, context_for,
                                                                 store):
    # Walk of issue 14: the guide said 填写本校名称 →“开始使用”, while the wizard shows one
    # more page (what to do first) and so one more 下一步 before 开始使用.
    from jituan_desktop.domain import quick_start
    from jituan_desktop.gui.qt_text import qt_translate
    _, wizard = wizard_over(qtbot, context_for, store)
    wizard.choice_page.member.setChecked(True)
    pressed = [wizard.button(QWizard.NextButton).text()]
    wizard.next()
    wizard.member_page.school.setText("城关小学")
    pressed.append(wizard.button(QWizard.CommitButton).text())
    commit_names(qtbot, wizard, wizard.member_next_page)
    pressed.append(wizard.button(QWizard.FinishButton).text())
    quoted = [f"“{text}”" for text in pressed]
    for audience in (quick_start.PRINCIPAL, quick_start.COORDINATOR):
        text = quick_start.guide(audience, qt_translate).steps[0].text
        at = 0
        for button in quoted:  # each in the wizard's order
            found = text.find(button, at)
            assert found >= 0, (audience, button, text)
            at = found + len(button)
