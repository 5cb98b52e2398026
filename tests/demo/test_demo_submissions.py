"""The demo's year of reports to the bureau: valid, deterministic, and showing what the page
and the 首页 must show: sent on time, one sent late, one overdue or still to come."""

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.submissions import DueState, Submission, SubmissionKind
from jituan_desktop.domain.validation import problems_of
from jituan_desktop.services import submission_ops
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK


def demo_at(folder, today: date) -> Store:
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", seed=7, today=today)
    return store


@pytest.mark.parametrize("today", [date(2026, 11, 25), date(2026, 12, 3), date(2027, 2, 28),
                                   date(2028, 3, 1)])
def test_a_year_of_reports_valid_and_varied(tmp_path, today):
    store = demo_at(tmp_path, today)
    try:
        kept = repository(store, Submission).where()
        for s in kept:
            assert problems_of(s, today) == [], s
            assert s.owner_school == s.school
        due = submission_ops.submissions_due(store, today=today)
        states = {r.state for r in due}
        assert DueState.SENT in states
        assert states & {DueState.LATER, DueState.DUE_SOON, DueState.OVERDUE}
        quarterly = [r for r in due if r.kind == SubmissionKind.QUARTERLY and r.sent_on]
        assert sum(r.late for r in quarterly) == 1  # one sent late
        assert all(r.quarter for r in quarterly)
    finally:
        store.close()


def test_in_december_one_member_is_late_and_one_has_not_sent(tmp_path):
    store = demo_at(tmp_path, date(2026, 12, 3))
    try:
        annual = [r for r in submission_ops.submissions_due(store, today=date(2026, 12, 3))
                  if r.kind == SubmissionKind.ANNUAL and r.year == 2026]
        assert len(annual) == 8
        assert sum(r.state is DueState.OVERDUE for r in annual) == 1
        assert sum(r.late for r in annual) == 1
    finally:
        store.close()


def test_the_same_seed_gives_the_same_reports(tmp_path):
    stores = [demo_at(tmp_path / str(i), date(2026, 12, 3)) for i in range(2)]
    try:
        rows = [s.query("SELECT uuid, school, kind, year, quarter, generated_on, sent_on, "
                        "sent_by FROM submission ORDER BY uuid") for s in stores]
        assert rows[0] == rows[1] and rows[0]
    finally:
        for s in stores:
            s.close()
