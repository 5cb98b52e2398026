"""冲突 tab: two laptops of one school edit the same teacher offline; after two rounds of
bundles every installation holds the same conflict. The school's own laptop keeps a version;
another school only sets it aside. Real data folders and bundles, driven through the page."""

from datetime import date

import pytest

from jituan_desktop.domain.records import Teacher
from jituan_desktop.gui.sync import SyncPage
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.services.changes import Changes
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, history, importing, joining, membership
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
LAPTOPS = {"a": "城关小学", "b": "城关小学", "other": "东关小学"}


def exchange(tmp_path, lead: Store, members: dict[str, Store]) -> None:
    """Every member exports, the lead imports all, exports, and every member imports."""
    for store in members.values():
        importing.import_file(lead, exporting.export_bundle(store, tmp_path / "share").path)
    bundle = exporting.export_bundle(lead, tmp_path / "lead_out")
    for store in members.values():
        importing.import_file(store, bundle.path)


@pytest.fixture
def alliance(tmp_path):
    """A lead, two laptops of 城关小学 and one of 东关小学, with one conflict on a teacher."""
    for folder in ("share", "lead_out", "stick"):
        (tmp_path / folder).mkdir()
    lead = Store.open(tmp_path / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, "城关教育联盟", "实验小学", today=TODAY)
    members, codes = {}, {}
    for laptop, school in LAPTOPS.items():
        if school not in codes:
            codes[school] = membership.add_school(lead, school).code
        store = Store.open(tmp_path / laptop, clock=CLOCK)
        setup_ops.init_member(store, school, today=TODAY)
        invitation = membership.invite(lead, codes[school], tmp_path / "stick", today=TODAY)
        joined = joining.join(store, invitation, tmp_path / "stick")
        importing.import_paths(lead, [joined.path])
        membership.approve(lead, codes[school], joined.fingerprint)
        members[laptop] = store
    teacher = Teacher(school=members["a"].school_uuid, name="王老师")
    record_ops.add_teacher(members["a"], teacher, today=TODAY)
    exchange(tmp_path, lead, members)
    for laptop, phone in (("a", "111"), ("b", "222")):  # the same teacher, edited offline
        record = repository(members[laptop], Teacher).get(teacher.uuid)
        record.phone = phone
        record_ops.save(members[laptop], record, today=TODAY)
    exchange(tmp_path, lead, members)
    exchange(tmp_path, lead, members)
    yield members, teacher
    for store in (lead, *members.values()):
        store.close()


def open_page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10000)
    return page


def test_the_owner_keeps_a_version_and_the_others_hear_of_it(qtbot, chinese, alliance,
                                                              context_for):
    members, teacher = alliance
    page = open_page(qtbot, context_for(members["a"]))
    (entry,) = history.conflict_entries(members["a"])
    assert entry.can_resolve and page.header.conflicts.text() == "1"
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts)) == "冲突（1）"
    assert page.conflicts.table.item(0, 1).text() == entry.title == "王老师"
    page.conflicts.table.selectRow(0)
    assert page.conflicts.keep_button.isEnabled() and not page.conflicts.aside_button.isEnabled()
    with qtbot.waitSignal(page.ctx.changed, timeout=10000) as changed:
        page.conflicts.keep_button.click()
    assert changed.args[0] == Changes(updated={"Teacher": [teacher.uuid]})  # that one only
    qtbot.waitUntil(lambda: page.conflicts.table.rowCount() == 0, timeout=10000)
    assert history.conflict_entries(members["a"]) == []
    kept = repository(members["a"], Teacher).get(teacher.uuid)
    assert kept.phone == entry.row["phone"]
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts)) == "冲突"


def test_another_school_only_sets_it_aside(qtbot, chinese, alliance, context_for):
    members, _teacher = alliance
    page = open_page(qtbot, context_for(members["other"]))
    (entry,) = history.conflict_entries(members["other"])
    assert not entry.can_resolve
    page.conflicts.table.selectRow(0)
    assert page.conflicts.aside_button.isEnabled() and not page.conflicts.keep_button.isEnabled()
    assert page.conflicts.table.item(0, 4).text() == "否（其他学校的记录）"
    page.conflicts.aside_button.click()
    qtbot.waitUntil(lambda: page.conflicts.table.rowCount() == 0, timeout=10000)
    assert history.conflict_entries(members["other"]) == []
