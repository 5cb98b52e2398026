"""设置 page: school and alliance, semesters, rubric templates, quota rules, language, data folder.

Each test drives the real widgets over a real database and checks what the services read back.
"""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from jituan_desktop.domain.enums import Metric, Scope, Term
from jituan_desktop.domain.records import QuotaRule, RubricTemplate, Semester
from jituan_desktop.gui.settings import SettingsPage
from jituan_desktop.gui.translation import install_translators
from jituan_desktop.gui.widgets import file_dialogs
from jituan_desktop.services import compliance_ops, settings_ops, setup_ops
from jituan_desktop.storage.repositories import repository
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


def validation(text: str) -> str:
    """A domain message as the page shows it, in the current language."""
    return QCoreApplication.translate("Validation", text)


def open_page(qtbot, ctx, **kw) -> SettingsPage:
    page = SettingsPage(ctx, **kw)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10000)
    return page


def save_editor(qtbot, editor) -> None:
    """Save and wait until the editor has closed on a successful save."""
    done = []
    editor.saved.connect(done.append)
    editor.save()
    qtbot.waitUntil(lambda: bool(done) or bool(editor.errors.messages())
                    or editor.general_error.text() != "", timeout=10000)
    assert done, (editor.errors.messages(), editor.general_error.text())


def refused(qtbot, editor) -> dict[str, str]:
    """Save, expect a refusal; the messages shown next to the fields."""
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving and bool(editor.errors.messages()), timeout=10000)
    assert editor.isVisible()
    return editor.errors.messages()


@pytest.fixture
def member_ctx(qtbot, chinese, store, context_for):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    return context_for(store)


# -- school and alliance ---------------------------------------------------------------------
def test_lead_renames_the_alliance_and_it_is_saved(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    section = page.school
    assert section.alliance_name.text() == "实验小学教育联盟" and not section.alliance_name.isReadOnly()
    section.alliance_name.setText("城南教育集团")
    section.school_code.setText("S07")
    section.save_button.click()
    qtbot.waitUntil(lambda: section.saved_label.text() != "", timeout=10000)
    me = setup_ops.identity(lead_ctx.store)
    assert (me.alliance.name, me.school.code) == ("城南教育集团", "S07")


def test_empty_names_are_refused_next_to_their_fields(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    section = page.school
    section.school_name.setText("  ")
    section.alliance_name.setText("")
    section.save_button.click()
    qtbot.waitUntil(lambda: bool(section.errors.messages()), timeout=10000)
    messages = section.errors.messages()
    assert set(messages) >= {"school_name", "alliance_name"}
    assert section.school_name.text() == "  "  # the form keeps what was typed
    assert setup_ops.identity(lead_ctx.store).alliance.name == "实验小学教育联盟"


def test_member_renames_its_school_and_has_no_alliance_yet(qtbot, member_ctx):
    page = open_page(qtbot, member_ctx)
    section = page.school
    assert section.no_alliance.isVisibleTo(page) and not section.alliance_row.isVisibleTo(page)
    assert section.no_alliance.text() == "尚未加入联盟"
    assert section.school_code.isReadOnly()
    section.school_name.setText("城关第一小学")
    section.save_button.click()
    qtbot.waitUntil(lambda: section.saved_label.text() != "", timeout=10000)
    assert setup_ops.identity(member_ctx.store).school.name == "城关第一小学"


def test_a_joined_member_cannot_rename_the_school_the_lead_keeps(qtbot, chinese, tmp_path,
                                                                context_for):
    from jituan_desktop.storage.store import Store
    from jituan_desktop.sync import joining, membership

    lead = Store.open(tmp_path / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, "城关教育联盟", "实验小学", today=TODAY)
    membership.add_school(lead, "城关小学", today=TODAY)
    member = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(member, "城关小学", today=TODAY)
    joining.join(member, membership.invite(lead, "S02", tmp_path, today=TODAY), tmp_path)
    lead.close()
    page = open_page(qtbot, context_for(member))
    section = page.school
    assert section.school_name.isReadOnly() and not section.save_button.isEnabled()
    assert section.school_name.text() == "城关小学" and section.school_code.text() == "S02"
    assert "牵头学校" in section.hint.text()


# -- member: read-only ---------------------------------------------------------------------
def test_member_sees_alliance_settings_read_only(qtbot, member_ctx):
    page = open_page(qtbot, member_ctx)
    snapshot = settings_ops.load(member_ctx.store)
    assert [r.name for r in page.rules.records] == [r.name for r in snapshot.rules]
    assert page.rules.table.rowCount() == len(snapshot.rules) > 0
    for section in (page.rules, page.semesters, page.rubrics):
        buttons = (section.new_button, section.edit_button, section.delete_button)
        assert not any(b.isEnabled() for b in buttons)
        assert not section.note.isHidden() and section.note.text()
        section.table.selectRow(0)
        section.open_current()
        section.new_record()
        assert section.editor is None
    assert "牵头学校" in page.rules.note.text()


# -- semesters -------------------------------------------------------------------------------
def test_lead_adds_a_semester_after_the_last(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    before = setup_ops.semesters(lead_ctx.store)
    page.semesters.new_button.click()
    editor = page.semesters.editor
    last = max(before, key=lambda s: s.start)
    assert (editor.school_year.value(), editor.term.value()) == (last.school_year + 1, Term.FIRST.value)
    save_editor(qtbot, editor)
    qtbot.waitUntil(lambda: len(page.semesters.records) == len(before) + 1, timeout=10000)
    keys = [s.key for s in setup_ops.semesters(lead_ctx.store)]
    assert f"{last.school_year + 1}-1" in keys


def test_semester_refusals_show_next_to_fields(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    page.semesters.new_button.click()
    editor = page.semesters.editor
    editor.start.set_value(date(2027, 9, 1))
    editor.end.set_value(date(2027, 8, 1))
    messages = refused(qtbot, editor)
    assert messages["end"] == validation("The semester must end after it starts.")
    assert editor.start.value() == date(2027, 9, 1)  # nothing typed is lost
    existing = setup_ops.current_semester(lead_ctx.store, TODAY)
    editor.school_year.setValue(existing.school_year)
    editor.term.set_value(existing.term)
    editor.start.set_value(existing.start)
    editor.end.set_value(existing.end)
    messages = refused(qtbot, editor)
    assert messages["term"] == validation("This semester is already in the calendar.")
    assert "end" not in messages
    editor.reject = lambda: None  # leave without the discard prompt
    count = len([s for s in setup_ops.semesters(lead_ctx.store)
                 if (s.school_year, s.term) == (existing.school_year, existing.term)])
    assert count == 1


def test_delete_a_semester_and_undo(qtbot, lead_ctx, monkeypatch):
    page = open_page(qtbot, lead_ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.semesters.table.selectRow(0)
    doomed = page.semesters.current_record()
    with qtbot.waitSignal(lead_ctx.undo_offered, timeout=10000) as offered:
        page.semesters.delete_button.click()
    assert repository(lead_ctx.store, Semester).get(doomed.uuid) is None
    qtbot.waitUntil(lambda: doomed.uuid not in [s.uuid for s in page.semesters.records],
                    timeout=10000)
    offered.args[1]()  # Undo
    qtbot.waitUntil(lambda: doomed.uuid in [s.uuid for s in page.semesters.records],
                    timeout=10000)
    assert repository(lead_ctx.store, Semester).get(doomed.uuid) is not None


# -- rubric templates --------------------------------------------------------------------------
def _set_item(editor, row: int, name: str, score: float, bonus: bool = False) -> None:
    editor.items.item(row, editor.NAME).setText(name)
    editor.items.cellWidget(row, editor.MAX).setValue(score)
    editor.items.cellWidget(row, editor.BONUS).setChecked(bonus)


def test_lead_adds_a_rubric_template_with_items(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    page.rubrics.new_button.click()
    editor = page.rubrics.editor
    editor.name.setText("说课评价表")
    _set_item(editor, 0, "说教材", 40)
    editor.add_button.click()
    _set_item(editor, 1, "说教法", 60)
    editor.add_button.click()
    _set_item(editor, 2, "创新", 5, bonus=True)
    save_editor(qtbot, editor)
    qtbot.waitUntil(lambda: "说课评价表" in [r.name for r in page.rubrics.records],
                    timeout=10000)
    saved = next(r for r in repository(lead_ctx.store, RubricTemplate).where()
                 if r.name == "说课评价表")
    assert [(i.name, i.max_score, i.bonus) for i in saved.items] == \
        [("说教材", 40, False), ("说教法", 60, False), ("创新", 5, True)]
    assert saved.max_total == 100 and saved.template_version == 1


def test_rubric_items_need_a_name_and_a_maximum(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    page.rubrics.new_button.click()
    editor = page.rubrics.editor
    editor.name.setText("空表")
    _set_item(editor, 0, "", 10)
    messages = refused(qtbot, editor)
    assert validation("Every rubric item needs a name.") in messages["items"]
    _set_item(editor, 0, "导入", 0)
    messages = refused(qtbot, editor)
    expected = validation("The maximum score of \"{item}\" must be between 1 and 100.")
    assert messages["items"] == expected.format(item="导入")
    assert editor.items.item(0, editor.NAME).text() == "导入"
    names = [r.name for r in repository(lead_ctx.store, RubricTemplate).where()]
    assert "空表" not in names


def test_editing_items_saves_a_new_version(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    page.rubrics.table.selectRow(0)
    before = page.rubrics.current_record()
    assert page.rubrics.item_table.rowCount() == len(before.items)
    page.rubrics.edit_button.click()
    editor = page.rubrics.editor
    editor.items.cellWidget(0, editor.MAX).setValue(before.items[0].max_score + 5)
    save_editor(qtbot, editor)
    qtbot.waitUntil(lambda: page.rubrics.records[0].template_version
                    == before.template_version + 1, timeout=10000)
    stored = repository(lead_ctx.store, RubricTemplate).get(before.uuid)
    assert stored.template_version == before.template_version + 1
    assert stored.items[0].max_score == before.items[0].max_score + 5


# -- quota rules -------------------------------------------------------------------------------
def test_editing_a_threshold_changes_compliance(qtbot, demo_ctx):
    page = open_page(qtbot, demo_ctx)
    store = demo_ctx.store
    row, rule = next((i, r) for i, r in enumerate(page.rules.records)
                     if r.metric is Metric.OBSERVATIONS_BY_OBSERVER
                     and r.default_key == "observing_teachers")
    page.rules.table.selectRow(row)
    page.rules.edit_button.click()
    editor = page.rules.editor
    assert editor.threshold.value() == rule.threshold
    editor.threshold.setValue(rule.threshold + 3)
    save_editor(qtbot, editor)
    assert repository(store, QuotaRule).get(rule.uuid).threshold == rule.threshold + 3
    semester = setup_ops.current_semester(store, TODAY)
    results = [r for r in compliance_ops.compliance(store, semester, today=TODAY)
               if r.rule.uuid == rule.uuid]
    assert results and all(r.threshold == rule.threshold + 3 for r in results)
    qtbot.waitUntil(lambda: page.rules.table.item(row, 4).text() == str(rule.threshold + 3),
                    timeout=10000)


def test_the_rules_are_the_texts_rules_with_their_sources(qtbot, lead_ctx):
    """A fresh lead's 设置 lists the texts' rules, each citing its file and section; the one
    edited is marked 已修改 and the pane under the table quotes the chosen rule in full."""
    page = open_page(qtbot, lead_ctx)
    section = page.rules
    headers = [section.table.horizontalHeaderItem(c).text()
               for c in range(section.table.columnCount())]
    source_column = headers.index(QCoreApplication.translate("RulesSection", "Source"))
    row, rule = next((i, r) for i, r in enumerate(section.records)
                     if r.default_key == "observing_supervisors")
    assert section.table.item(row, 0).text() == "总校视导员每学期听课不少于80节"
    assert section.table.item(row, source_column).text() == (
        "000_4831cd458b4b7471.txt 篇六 / 三、具体工作及措施 / (4)加强听、评课督导,规范作业布置与批改")
    assert "视导员" in section.table.item(row, 5).text()  # the position it covers
    section.table.selectRow(row)
    assert "「要求总校视导员每学期听课不少于80节" in section.source.text()
    assert "每学期" in section.source.text() and "80" in section.source.text()
    common = next(i for i, r in enumerate(section.records) if r.default_key == "mentee_observes")
    assert section.table.item(common, source_column).text() == "常见做法，非文件规定"
    section.table.selectRow(row)
    section.edit_button.click()
    editor = section.editor
    assert editor.source_file.text() == "000_4831cd458b4b7471.txt"
    editor.threshold.setValue(60)
    save_editor(qtbot, editor)
    qtbot.waitUntil(lambda: section.table.item(row, 0).text().endswith("（已修改）"),
                    timeout=10000)
    assert section.table.item(row, 0).text() == "总校视导员每学期听课不少于80节（已修改）"
    assert not any(section.table.item(i, 0).text().endswith("（已修改）")
                   for i in range(section.table.rowCount()) if i != row)


def test_rule_refusals_show_next_to_fields(qtbot, lead_ctx):
    page = open_page(qtbot, lead_ctx)
    count = len(page.rules.records)
    page.rules.new_button.click()
    editor = page.rules.editor
    assert editor.scope.value() == Scope.PERSON  # chosen by the metric
    editor.threshold.setValue(0)
    editor.scope.set_value(Scope.SCHOOL)
    editor.due_month.setValue(11)
    messages = refused(qtbot, editor)
    assert set(messages) >= {"name", "threshold", "scope", "due"}
    assert messages["due"] == validation("A due date needs both a month and a day.")
    editor.name.setText("教研组长每学期听课不少于15节")
    editor.threshold.setValue(15)
    editor.scope.set_value(Scope.PERSON)
    editor.due_day.setValue(30)
    save_editor(qtbot, editor)
    qtbot.waitUntil(lambda: len(page.rules.records) == count + 1, timeout=10000)
    saved = [r for r in compliance_ops.rules(lead_ctx.store) if r.name.startswith("教研组长")]
    assert [(r.threshold, r.scope, r.due_month, r.due_day) for r in saved] == \
        [(15, Scope.PERSON, 11, 30)]


# -- language and data folder ---------------------------------------------------------------
def test_language_choice_is_asked_for_and_the_page_follows(qtbot, lead_ctx, qapp):
    page = open_page(qtbot, lead_ctx, language="zh_CN")
    assert page.language_section.buttons["zh_CN"].isChecked()
    with qtbot.waitSignal(page.language_requested, timeout=5000) as asked:
        page.language_section.buttons["en"].click()
    assert asked.args == ["en"]
    try:
        install_translators(qapp, "en")
        qtbot.waitUntil(lambda: page.tabs.tabText(0) == "School and alliance", timeout=5000)
        assert page.language_section.buttons["en"].isChecked()
        assert page.school.school_name.text() == "实验小学"  # refilled after the rebuild
    finally:
        install_translators(qapp, "zh_CN")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == QCoreApplication.translate(
        "SettingsPage", "School and alliance") != "School and alliance", timeout=5000)


def test_data_folder_is_shown_opened_and_another_chosen(qtbot, lead_ctx, settings,
                                                         tmp_path, monkeypatch):
    page = open_page(qtbot, lead_ctx, settings=settings)
    section = page.data_folder
    assert section.folder.text() == str(lead_ctx.store.data_dir)
    assert section.database.text() == str(lead_ctx.store.path)
    assert section.size_label.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    section.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(lead_ctx.store.data_dir)]
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(other))
    section.choose_button.click()
    assert settings.value("data/folder") == str(other)
    assert not section.next_start.isHidden() and str(other) in section.next_start.text()
