"""The dashboard's numbers are compliance's and the lists' own: per rule, per school, and the
latest records; the side-by-side comparison is the lead school's alone."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.enums import Scope, Status
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.quota_standing import attention_first
from jituan_desktop.domain.records import School
from jituan_desktop.services import compliance_ops, dashboard_ops, query_ops, record_ops, setup_ops
from jituan_desktop.storage import lookups
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo alliance, read only by these tests."""
    store = Store.open(tmp_path_factory.mktemp("dashboard-demo"), clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    yield store
    store.close()


def school_named(store: Store, name: str) -> str:
    return next(uuid for uuid, n in lookups.names(store, "school").items() if n == name)


def test_rules_group_compliance_and_count_its_statuses(demo):
    semester = setup_ops.current_semester(demo, TODAY)
    school = school_named(demo, "城关小学")
    board = dashboard_ops.load_dashboard(demo, semester, school=school, today=TODAY)
    results = compliance_ops.compliance(demo, semester, school=school, today=TODAY)
    assert [r for p in board.rules for r in p.results] == results
    assert any(p.behind for p in board.rules)
    for progress in board.rules:
        mine = [r for r in results if r.rule.uuid == progress.rule.uuid]
        for status in Status:
            shown = getattr(progress, status.value)
            assert shown == sum(1 for r in mine if r.status is status)
        assert progress.counts == {s: getattr(progress, s.value) for s in Status}
        order = [attention_first(r.status) for r in progress.everyone]
        assert order == sorted(order) and len(progress.everyone) == len(mine)
        assert progress.due == max(r.due for r in mine)
        assert {r.subject.key for r in progress.short} == {
            r.subject.key for r in mine if r.count < r.threshold}
        behind = [r.behind_by for r in progress.short]
        assert behind == sorted(behind, reverse=True)


def test_lead_sees_every_school_with_the_lists_counts(demo):
    semester = setup_ops.current_semester(demo, TODAY)
    board = dashboard_ops.load_dashboard(demo, semester, school=None, today=TODAY)
    assert (board.start, board.end) == (semester.start, TODAY)
    assert [row.uuid for row in board.schools] == [s.uuid for s in lookups.schools(demo)]
    results = compliance_ops.compliance(demo, semester, today=TODAY)
    for row in board.schools:
        span = dict(date_from=board.start, date_to=board.end, school=row.uuid)
        assert row.tally.observations == query_ops.count(demo, "observation", ListQuery(**span))
        assert row.tally.activities == query_ops.count(demo, "activity", ListQuery(**span))
        assert row.tally.sessions == query_ops.count(demo, "mentor_session", ListQuery(**span))
        assert row.tally.pairings == query_ops.count(demo, "pairing", ListQuery(
            school=row.uuid, date_to=board.end, filters={"status": "active"}))
        people = [r for r in results if r.subject.school == row.uuid
                  and r.rule.scope in (Scope.PERSON, Scope.PAIRING)]
        assert row.behind == len({r.subject.key for r in people
                                  if r.status in (Status.BEHIND, Status.MISSED)})
        assert row.subjects == len({r.subject.key for r in people})
        if row.tally.last_record:
            assert row.days_quiet == (board.end - row.tally.last_record).days


def test_lead_compares_schools_whichever_school_it_looks_at(demo):
    semester = setup_ops.current_semester(demo, TODAY)
    one = dashboard_ops.load_dashboard(demo, semester, school=school_named(demo, "城关小学"),
                                       today=TODAY)
    everyone = dashboard_ops.load_dashboard(demo, semester, school=None, today=TODAY)
    assert one.schools == everyone.schools


def test_recent_records_are_the_newest_that_concern_the_school(demo):
    semester = setup_ops.current_semester(demo, TODAY)
    school = school_named(demo, "城关小学")
    board = dashboard_ops.load_dashboard(demo, semester, school=school, today=TODAY)
    assert len(board.recent) == dashboard_ops.RECENT_LIMIT
    days = [r.day for r in board.recent]
    assert days == sorted(days, reverse=True)
    query = ListQuery(school=school, date_from=board.start, date_to=board.end)
    concerning = {name: {row["uuid"] for row in query_ops.page(demo, name, query, limit=10000)}
                  for name in ("observation", "mentor_session", "activity")}
    for record in board.recent:
        assert record.uuid in concerning[record.list_name]
    oldest_shown = days[-1]
    newer_left_out = [row for name in concerning for row in query_ops.page(
        demo, name, ListQuery(school=school, date_from=oldest_shown, date_to=board.end),
        limit=10000) if row["uuid"] not in {r.uuid for r in board.recent}]
    date_keys = ("lesson_date", "session_date", "activity_date")
    assert all(row[k] <= oldest_shown.isoformat() for row in newer_left_out
               for k in date_keys if k in row)


def test_a_school_without_records_is_falling_behind(lead_store):
    record_ops.save(lead_store, School(name="山区小学"), today=TODAY)
    semester = setup_ops.current_semester(lead_store, TODAY)
    board = dashboard_ops.load_dashboard(lead_store, semester, school=None, today=TODAY)
    assert board.recent == []
    assert {row.name for row in board.schools} == {"实验小学", "山区小学"}
    for row in board.schools:
        assert row.tally.last_record is None and row.days_quiet is None
        assert row.stale and row.falling_behind


def test_a_future_semester_has_an_empty_window(lead_store):
    later = [s for s in setup_ops.semesters(lead_store) if s.start > TODAY][0]
    board = dashboard_ops.load_dashboard(lead_store, later, school=None, today=TODAY)
    assert board.start == board.end == later.start


def test_a_member_installation_has_no_comparison(store):
    setup_ops.init_member(store, "城关小学", today=TODAY)
    semester = setup_ops.current_semester(store, TODAY)
    board = dashboard_ops.load_dashboard(store, semester, school=store.school_uuid, today=TODAY)
    assert board.schools is None
    # A member still on the seed rules gets them afresh each time: compare what is shown.
    def shown(progress):
        return [(p.rule.name, p.met, p.on_track, p.behind, p.missed, p.due) for p in progress]

    assert board.rules and shown(board.rules) == shown(dashboard_ops.rule_progress(
        compliance_ops.compliance(store, semester, school=store.school_uuid, today=TODAY)))


def test_a_session_written_just_now_comes_before_older_writes_of_the_same_day(tmp_path):
    """Same lesson day, different kinds: the one written last is on top."""
    from jituan_desktop.domain.enums import SessionKind
    from jituan_desktop.domain.records import MentorPairing, MentorSession
    from jituan_desktop.services import record_ops
    from jituan_desktop.storage.repositories import repository
    store = Store.open(tmp_path, clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    mine = store.school_uuid
    pairing = repository(store, MentorPairing).where("owner_school = ?", [mine])[0]
    session = MentorSession(pairing=pairing.uuid, session_date=TODAY,
                            kind=SessionKind.DISCUSSION, topic="刚刚记下的研讨")
    record_ops.record_session(store, session, today=TODAY)
    semester = setup_ops.current_semester(store, TODAY)
    board = dashboard_ops.load_dashboard(store, semester, school=mine, today=TODAY)
    assert board.recent[0].uuid == session.uuid
    store.close()
