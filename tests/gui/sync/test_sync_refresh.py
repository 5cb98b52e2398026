"""After an import on the 同步 page, only the pages that show what the bundle brought load
again: the page announces the import's Changes instead of "every kind changed". A real
member bundle carrying one activity, imported at the lead through the page."""

from datetime import date

import pytest

from jituan_desktop.domain.enums import ActivityType
from jituan_desktop.domain.records import Activity
from jituan_desktop.gui.activities.activities_page import ActivitiesPage
from jituan_desktop.gui.observations.observations_page import ObservationsPage
from jituan_desktop.gui.sync import SyncPage
from jituan_desktop.gui.teachers.teachers_page import TeachersPage
from jituan_desktop.services import record_ops, setup_ops
from jituan_desktop.services.changes import Changes
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import exporting, importing, joining, membership
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@pytest.fixture
def activity_bundle(tmp_path):
    """The lead, and a bundle from its member 城关小学 that carries one new activity."""
    for folder in ("stick", "share"):
        (tmp_path / folder).mkdir()
    lead = Store.open(tmp_path / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, "城关教育联盟", "实验小学", today=TODAY)
    member = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(member, "城关小学", today=TODAY)
    code = membership.add_school(lead, "城关小学").code
    joined = joining.join(member, membership.invite(lead, code, tmp_path / "stick",
                                                    today=TODAY), tmp_path / "stick")
    importing.import_paths(lead, [joined.path])
    membership.approve(lead, code, joined.fingerprint)
    activity = Activity(host_school=member.school_uuid, schools=[member.school_uuid],
                        type=ActivityType.OUTREACH, title="送教下乡", activity_date=TODAY)
    record_ops.record_activity(member, activity, today=TODAY)
    bundle = exporting.export_bundle(member, tmp_path / "share").path
    member.close()
    yield lead, bundle, activity
    lead.close()


def idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)


def test_an_import_reloads_only_the_pages_that_show_what_it_brought(qtbot, chinese,
                                                                    activity_bundle,
                                                                    context_for):
    lead, bundle, activity = activity_bundle
    ctx = context_for(lead)
    sync = SyncPage(ctx)
    pages = {"teachers": TeachersPage(ctx), "observations": ObservationsPage(ctx),
             "activities": ActivitiesPage(ctx)}
    for widget in (sync, *pages.values()):
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: sync.snapshot is not None, timeout=10000)
    idle(qtbot, ctx)
    assert pages["activities"].model.rowCount() == 0
    reloads = dict.fromkeys(pages, 0)
    for name, page in pages.items():
        page.model.modelReset.connect(lambda name=name: reloads.__setitem__(name,
                                                                           reloads[name] + 1))

    with qtbot.waitSignal(ctx.changed, timeout=20000) as changed, \
            qtbot.waitSignal(sync.transfer.imported, timeout=20000):
        sync.transfer.import_paths([bundle])
    assert changed.args[0] == Changes(created={"Activity": [activity.uuid]})
    idle(qtbot, ctx)
    assert reloads == {"teachers": 0, "observations": 0, "activities": 1}
    qtbot.waitUntil(lambda: pages["activities"].model.rowCount() == 1, timeout=10000)
    assert pages["activities"].model.row(0)["title"] == "送教下乡"

    # The same bundle again changes nothing: nothing is announced, no page reloads.
    with qtbot.assertNotEmitted(ctx.changed), \
            qtbot.waitSignal(sync.transfer.imported, timeout=20000) as again:
        sync.transfer.import_paths([bundle])
    assert [r.status for r in again.args[0]] == ["known"]
    idle(qtbot, ctx)
    assert reloads == {"teachers": 0, "observations": 0, "activities": 1}
