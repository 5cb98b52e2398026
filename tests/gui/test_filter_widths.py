"""The 学期 boxes show their choice whole also on a page built before the semesters arrived
(the app opened on that page after a restart: 听课记录 read "2026—2027学年第").

Qt measures a combo box's least width once, on the box still empty; the pages measure again
when the choices arrive (widgets.semester_school_filters.keep_choices_whole).
"""

import pytest

from jituan_desktop.gui.activities.activities_page import ActivitiesPage
from jituan_desktop.gui.context import AppContext
from jituan_desktop.gui.dashboard.dashboard_page import DashboardPage
from jituan_desktop.gui.meetings.meetings_page import MeetingsPage
from jituan_desktop.gui.observations.observations_page import ObservationsPage

COMBO_ARROW = 20  # pixels a combo box needs beside its text at the least (frame, arrow)

PAGES = {"observations": (ObservationsPage, "semester"),
         "activities": (ActivitiesPage, "semester_filter"),
         "meetings": (MeetingsPage, "semester_filter"),
         "dashboard": (DashboardPage, "semester_combo")}


@pytest.fixture
def fresh_ctx(demo_store):
    """A context whose directory (the semesters) is not loaded yet, as at start-up."""
    ctx = AppContext(demo_store)
    yield ctx
    ctx.shutdown()


@pytest.mark.parametrize("key", sorted(PAGES))
def test_semester_box_keeps_room_for_its_longest_choice(qtbot, chinese, fresh_ctx, key):
    cls, attribute = PAGES[key]
    assert fresh_ctx.directory is None
    page = cls(fresh_ctx)
    qtbot.addWidget(page)
    page.show()  # laid out, so measured, while its boxes are still empty
    combo = getattr(page, attribute)
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10000)
    longest = max((combo.itemText(i) for i in range(combo.count())),
                  key=combo.fontMetrics().horizontalAdvance)
    need = combo.fontMetrics().horizontalAdvance(longest) + COMBO_ARROW
    least = max(combo.minimumWidth(), combo.minimumSizeHint().width())
    assert least >= need, f"{key}: the box may shrink to {least} px, {longest!r} needs {need}"
