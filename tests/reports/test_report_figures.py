"""The summaries' numbers are the services' own: compliance for quotas, the dashboard's
tallies per school, the lists' counts for everything filtered by school and date."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.compliance import RecordCounter
from jituan_desktop.domain.enums import (ActivityType, Metric, Occasion, SessionKind,
                                         Status)
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import Activity, LessonObservation
from jituan_desktop.domain.report_periods import annual_period
from jituan_desktop.paths import DATABASE_FILE
from jituan_desktop.services import (attachment_ops, compliance_ops, dashboard_ops, query_ops,
                                     record_ops, report_figures, setup_ops)
from jituan_desktop.storage import lookups, sync_state
from jituan_desktop.storage.codec import from_row
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import history
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
ALL = 1_000_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figures-demo")
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    store.close()
    return folder / DATABASE_FILE


@pytest.fixture(scope="module")
def demo(demo_file):
    """The small demo, read only."""
    store = Store.open(demo_file.parent, clock=CLOCK)
    yield store
    store.close()


@pytest.fixture
def writable_demo(tmp_path, demo_file):
    folder = tmp_path / "demo"
    shutil.copytree(demo_file.parent, folder)
    store = Store.open(folder, clock=CLOCK)
    yield store
    store.close()


def semester(store, key="2026-1"):
    return setup_ops.find_semester(store, key, TODAY)


def school_named(store, name):
    return next(uuid for uuid, n in lookups.names(store, "school").items() if n == name)


def listed(store, list_name, **kw):
    return query_ops.count(store, list_name, ListQuery(**kw))


@pytest.mark.parametrize("name", ["实验小学", "城关小学", "和平中心学校"])
def test_observation_counts_are_compliances_with_those_short_first(demo, name):
    school = school_named(demo, name)
    counts = report_figures.observation_counts(demo, semester(demo), school, TODAY)
    expected = [r for r in compliance_ops.compliance(demo, semester(demo), school=school,
                                                    today=TODAY)
                if r.rule.metric is Metric.OBSERVATIONS_BY_OBSERVER]
    key = lambda r: (r.rule.uuid, r.subject.key, r.start)  # noqa: E731
    assert sorted(counts.rows, key=key) == sorted(expected, key=key)
    assert {r.subject.key for r in counts.rows} == {
        t.uuid for t in lookups.teachers(demo, school) if t.active}
    short = [r.short_by for r in counts.rows]
    first_met = short.index(0) if 0 in short else len(short)
    assert all(s > 0 for s in short[:first_met]) and not any(short[first_met:])
    assert short[:first_met] == sorted(short[:first_met], reverse=True)
    assert counts.observed == sum(r.count for r in expected)
    assert counts.short == sum(max(0, r.threshold - r.count) for r in expected)
    assert counts.short_people > 0
    assert sum(counts.with_status(s) for s in Status) == len(expected)
    # each count is the observation list filtered to the observer over the window
    row = counts.rows[0]
    assert row.count == listed(demo, "observation", filters={"observer": row.subject.key},
                               date_from=row.start, date_to=TODAY)


@pytest.mark.parametrize("name", ["实验小学", "城北小学"])
def test_school_semester_equals_the_dashboard_and_the_lists(demo, name):
    school = school_named(demo, name)
    sem = semester(demo)
    figures = report_figures.school_semester(demo, sem, school, TODAY)
    board = dashboard_ops.load_dashboard(demo, sem, school=school, today=TODAY)
    tally = next(row for row in board.schools if row.uuid == school).tally
    assert (figures.start, figures.end) == (board.start, board.end)
    assert figures.observations == tally.observations
    assert figures.activity_count == tally.activities
    assert figures.session_count == tally.sessions
    assert figures.pairings_active == tally.pairings
    assert [(p.rule.uuid, p.results) for p in figures.rules] == [
        (p.rule.uuid, p.results) for p in board.rules]
    window = dict(school=school, date_from=figures.start, date_to=figures.end)
    for occasion in Occasion:
        assert figures.by_occasion.get(occasion, 0) == listed(
            demo, "observation", filters={"occasion": occasion.value}, **window)
    for kind in ActivityType:
        shown = next((t.count for t in figures.activities if t.type is kind), 0)
        assert shown == listed(demo, "activity", filters={"type": kind.value}, **window)
    for kind in SessionKind:
        assert figures.sessions.get(kind, 0) == query_ops.count(
            demo, "mentor_session", ListQuery(filters={"kind": kind.value, "owner_school": school},
                                              date_from=figures.start, date_to=figures.end))
    rows = query_ops.page(demo, "activity", ListQuery(**window), limit=ALL)
    assert figures.teachers_reached == sum(r["teachers_reached"] for r in rows)
    assert figures.students_reached == sum(r["students_reached"] for r in rows)
    for month, n in figures.per_month:
        last = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        assert n == sum(1 for r in rows
                        if month.isoformat() <= r["activity_date"] < last.isoformat())
    assert sum(n for _, n in figures.per_month) == figures.activity_count


def test_rubric_averages_and_total_average_from_the_records(demo):
    school = school_named(demo, "城关小学")
    figures = report_figures.school_semester(demo, semester(demo), school, TODAY)
    window = ListQuery(school=school, date_from=figures.start, date_to=figures.end)
    records = [from_row(LessonObservation, r)
               for r in query_ops.page(demo, "observation", window, limit=ALL)]
    totals = [o.total for o in records if o.total is not None]
    assert figures.average_total == round(sum(totals) / len(totals), 1)
    names = [i.name for i in figures.rubric]
    assert names[:6] == ["教学目标", "教学内容", "教学过程与方法", "学生学习", "教学效果",
                         "教师素养"]
    for item in figures.rubric:
        scores = [o.scores[item.name] for o in records if item.name in o.scores]
        assert item.scored == len(scores)
        assert item.average == pytest.approx(sum(scores) / len(scores), abs=0.005)
        assert 0 < item.share <= 1


def test_evidence_checklist_covers_every_record_and_sees_what_is_attached(writable_demo,
                                                                           tmp_path):
    store = writable_demo
    school = store.school_uuid
    sem = semester(store)
    before = report_figures.school_semester(store, sem, school, TODAY)
    observed = [e for e in before.evidence if e.kind == "observation"]
    assert len(observed) == before.observations
    assert before.evidence_tally("lecture")[1] == sum(
        t.count for t in before.activities if t.type is ActivityType.LECTURE)
    demos = before.by_occasion.get(Occasion.DEMONSTRATION, 0) + sum(
        t.count for t in before.activities if t.type is ActivityType.DEMONSTRATION)
    assert before.evidence_tally("plan")[1] == demos
    # the demo attaches nothing: attach a handout to a lecture and a plan to a 示范课
    lecture = next(e for e in before.evidence if e.label is ActivityType.LECTURE)
    lesson = next(e for e in before.evidence if e.label is Occasion.DEMONSTRATION)
    assert lecture.items == {"lecture": False} and lesson.items["plan"] is False
    handout = tmp_path / "讲座课件.pptx"
    handout.write_bytes(b"PK\x03\x04 slides")
    plan = tmp_path / "IMG_2031.jpg"
    plan.write_bytes(b"\xff\xd8\xff photo of the blackboard")
    activity = record_ops.get(store, Activity, lecture.uuid)
    activity.attachments = [attachment_ops.attach_file(store, handout)]
    store_save(store, activity)
    observation = record_ops.get(store, LessonObservation, lesson.uuid)
    observation.attachments = [attachment_ops.attach_file(store, plan)]
    store_save(store, observation)
    after = report_figures.school_semester(store, sem, school, TODAY)
    found = {e.uuid: e for e in after.evidence}
    assert found[lecture.uuid].items == {"lecture": True}
    assert found[lesson.uuid].items["plan"] is False  # a photo not named as a plan
    plan_named = tmp_path / "示范课教案.jpg"
    plan_named.write_bytes(b"\xff\xd8\xff handwritten plan")
    observation.attachments.append(attachment_ops.attach_file(store, plan_named))
    store_save(store, observation)
    after = report_figures.school_semester(store, sem, school, TODAY)
    assert {e.uuid: e for e in after.evidence}[lesson.uuid].items["plan"] is True


def store_save(store, record):
    """Write a record as its owner school would (the demo's records belong to many)."""
    repository(store, type(record)).save(record)


def test_what_counts_as_a_lesson_plan():
    plan = report_figures.is_lesson_plan
    assert plan({"name": "教案.jpg", "media_type": "image/jpeg"})
    assert plan({"name": "《坐井观天》教学设计.png"})
    assert plan({"name": "x.docx"})
    assert plan({"name": "scan", "media_type": "application/pdf"})
    assert not plan({"name": "IMG_2031.jpg", "media_type": "image/jpeg"})
    assert not plan({"name": "课件.pptx"})


def test_alliance_semester_is_the_dashboards_side_by_side(demo):
    sem = semester(demo)
    figures = report_figures.alliance_semester(demo, sem, TODAY)
    board = dashboard_ops.load_dashboard(demo, sem, school=None, today=TODAY)
    assert figures.schools == board.schools
    assert len(figures.schools) == 8
    assert [p.rule.uuid for p in figures.rules] == [p.rule.uuid for p in board.rules]
    for row in figures.schools:
        per_rule = figures.behind.get(row.uuid, {})
        for progress in figures.people_rules:
            mine = [r for r in progress.results if r.subject.school == row.uuid]
            behind, subjects = per_rule.get(progress.rule.uuid, (0, 0))
            assert subjects == len({r.subject.key for r in mine})
            assert behind == len({r.subject.key for r in mine
                                  if r.status in (Status.BEHIND, Status.MISSED)})
    assert figures.falling_behind == [r for r in board.schools if r.falling_behind]
    assert figures.bundles == {}


def test_alliance_semester_lists_bundles_as_the_sync_history_does(writable_demo):
    store = writable_demo
    member = school_named(store, "城关小学")
    other = school_named(store, "新民小学")
    with store.transaction():
        for status in ("accepted", "refused", "accepted"):
            sync_state.add_history(store, direction="received", file=f"{status}.jtb",
                                   status=status, kind="member", school=member, records=3)
        sync_state.add_history(store, direction="sent", file="lead.jtb", status="accepted",
                               kind="lead", school=other)
    figures = report_figures.alliance_semester(store, semester(store), TODAY)
    entries = [e for e in history.history(store) if e.direction == "received"
               and e.kind == "member"]
    accepted = [e for e in entries if e.status == "accepted"]
    assert figures.bundles[member].accepted == len(accepted) == 2
    assert figures.bundles[member].refused == 1
    assert figures.bundles[member].last_accepted == max(e.at for e in accepted)
    assert other not in figures.bundles  # a bundle sent to it is not one received


def test_annual_summary_runs_from_december_to_the_due_date(demo):
    assert annual_period(2026) == (date(2025, 12, 1), date(2026, 11, 30))
    school = school_named(demo, "实验小学")
    figures = report_figures.annual_summary(demo, 2026, school, TODAY)
    assert (figures.start, figures.end, figures.counted_to) == (
        date(2025, 12, 1), date(2026, 11, 30), TODAY)
    window = dict(school=school, date_from=figures.start, date_to=TODAY)
    assert figures.activity_count == listed(demo, "activity", **window) > 0
    assert figures.lectures == listed(demo, "activity",
                                      filters={"type": ActivityType.LECTURE.value}, **window)
    rows = query_ops.page(demo, "activity", ListQuery(**window), limit=ALL)
    assert figures.teachers_reached == sum(r["teachers_reached"] for r in rows)
    assert figures.students_reached == sum(r["students_reached"] for r in rows)
    observations = [from_row(LessonObservation, r) for r in query_ops.page(
        demo, "observation", ListQuery(), limit=ALL)]
    counter = RecordCounter(observations=observations)
    assert figures.demonstration_lessons == counter.count(
        Metric.DEMONSTRATION_LESSONS, figures.start, TODAY).get(school, 0) > 0
    pairings = [p for p in lookups.pairings(demo) if p.start <= TODAY]
    mine = query_ops.page(demo, "pairing", ListQuery(school=school), limit=ALL)
    assert figures.pairings_active == sum(1 for p in mine if p["status"] == "active")
    assert 0 < figures.pairings_active <= figures.pairings <= len(pairings)


@pytest.mark.parametrize("key", ["2025-2", "2026-2"])
def test_a_semester_without_records_is_empty_everywhere(demo, key):
    sem = semester(demo, key)
    school = demo.school_uuid
    assert report_figures.observation_counts(demo, sem, school, TODAY).empty
    figures = report_figures.school_semester(demo, sem, school, TODAY)
    assert figures.empty and figures.evidence == [] and figures.rubric == []
    assert report_figures.alliance_semester(demo, sem, TODAY).empty
    assert report_figures.annual_summary(demo, 2030, school, TODAY).empty
    earlier = report_figures.annual_summary(demo, 2025, school, TODAY)
    assert earlier.counted_to == date(2025, 11, 30)
    assert earlier.activities == [] and earlier.pairings > 0 and not earlier.empty
