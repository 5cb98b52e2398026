"""Per-school tallies equal the counts of the lists filtered to each school, over one window;
records of another school, tombstones, planned records and ended pairings are weighed right."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.enums import ActivityType, PairingStatus, SessionKind
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, School, Teacher)
from jituan_desktop.services import record_ops
from jituan_desktop.storage import listing, lookups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.school_summaries import SchoolTally, school_tallies
from jituan_desktop.storage.store import Store

TODAY = date(2026, 11, 25)
START, END = date(2026, 9, 1), date(2026, 11, 25)
STAMP = "2026-11-25T08:00:00+00:00"


def put(store: Store, *records) -> None:
    """Write records as given, owners included (the way a bundle import does)."""
    with store.transaction():
        for r in records:
            r.owner_school = r.owner_school or store.school_uuid
            r.origin_installation = store.installation_id
            r.created_at = r.updated_at = STAMP
            r.version = store.next_versions(1)
            repository(store, type(r)).put_many([r])


@pytest.fixture
def world(lead_store):
    """The lead school, two members, a teacher at each and a pairing across two schools."""
    store = lead_store
    lead = store.school_uuid
    a, b = School(name="城关小学"), School(name="山区小学")
    for s in (a, b):
        record_ops.save(store, s, today=TODAY)
    teachers = {}
    for school, name in ((lead, "张三"), (a.uuid, "李四"), (b.uuid, "王五")):
        t = Teacher(school=school, name=name)
        record_ops.add_teacher(store, t, today=TODAY)
        teachers[name] = t.uuid
    return store, {"lead": lead, "a": a.uuid, "b": b.uuid}, teachers


def list_counts(store: Store, school: str, start: date, end: date) -> dict[str, int]:
    def n(name: str, **kw) -> int:
        return listing.count(store, name, ListQuery(school=school, **kw))

    return {"observations": n("observation", date_from=start, date_to=end),
            "activities": n("activity", date_from=start, date_to=end),
            "sessions": n("mentor_session", date_from=start, date_to=end),
            "pairings": n("pairing", date_to=end, filters={"status": "active"})}


def as_counts(tally: SchoolTally) -> dict[str, int]:
    return {"observations": tally.observations, "activities": tally.activities,
            "sessions": tally.sessions, "pairings": tally.pairings}


def test_each_record_counts_for_every_school_it_concerns_once(world):
    store, schools, teachers = world
    lead, a, b = schools["lead"], schools["a"], schools["b"]
    pairing = MentorPairing(mentor=teachers["张三"], mentee=teachers["李四"],
                            start=date(2026, 3, 1))
    ended = MentorPairing(mentor=teachers["张三"], mentee=teachers["王五"],
                          start=date(2026, 3, 1), status=PairingStatus.GRADUATED,
                          ended_on=date(2026, 10, 1))
    later = MentorPairing(mentor=teachers["李四"], mentee=teachers["王五"],
                          start=date(2026, 12, 1))
    put(store, pairing, ended, later)
    put(store,
        # Taught at a, observed by the lead's teacher and written by the lead: both count it.
        LessonObservation(school=a, observer=teachers["张三"], teacher=teachers["李四"],
                          lesson_date=date(2026, 10, 8), subject="数学", topic="圆的面积"),
        # Written by a about its own lesson.
        LessonObservation(school=a, observer=teachers["李四"], teacher=teachers["李四"],
                          lesson_date=date(2026, 11, 2), subject="数学", topic="比的认识",
                          owner_school=a),
        # Outside the window, and a tombstone: neither counts.
        LessonObservation(school=b, observer=teachers["王五"], teacher=teachers["王五"],
                          lesson_date=date(2026, 8, 30), subject="语文", topic="桂花雨",
                          owner_school=b),
        LessonObservation(school=b, observer=teachers["王五"], teacher=teachers["王五"],
                          lesson_date=date(2026, 10, 1), subject="语文", topic="桂花雨",
                          owner_school=b, deleted=True),
        # Hosted by the lead with a listed twice (as host's guest and again): once each.
        Activity(host_school=lead, schools=[a, a, lead], type=ActivityType.JOINT_RESEARCH,
                 title="联合教研", activity_date=date(2026, 9, 20)),
        # Planned after the window's end: not done yet.
        Activity(host_school=b, schools=[a], type=ActivityType.OUTREACH, title="送教下乡",
                 activity_date=date(2026, 12, 3), owner_school=b),
        MentorSession(pairing=pairing.uuid, session_date=date(2026, 11, 20),
                      kind=SessionKind.MENTEE_OBSERVES))
    tallies = school_tallies(store, START, END)
    for school in (lead, a, b):
        assert as_counts(tallies.get(school, SchoolTally())) == list_counts(
            store, school, START, END), school
    assert as_counts(tallies[a]) == {"observations": 2, "activities": 1, "sessions": 0,
                                     "pairings": 1}
    assert tallies[lead].last_record == date(2026, 11, 20)
    assert tallies[a].last_record == date(2026, 11, 2)
    assert b not in tallies  # nothing of b in the window: its ended and later pairings neither


def test_a_school_without_records_is_absent(world):
    store, schools, _ = world
    assert school_tallies(store, START, END) == {}


def test_tallies_equal_the_lists_on_the_demo_alliance(store):
    generate_demo(store, "small", today=TODAY)
    tallies = school_tallies(store, START, END)
    school_uuids = list(lookups.names(store, "school"))
    assert any(t.observations for t in tallies.values())
    for school in school_uuids:
        tally = tallies.get(school, SchoolTally())
        assert as_counts(tally) == list_counts(store, school, START, END), school
        newest = [listing.page(store, name, ListQuery(school=school, date_from=START,
                                                      date_to=END), limit=1)
                  for name in ("observation", "mentor_session", "activity")]
        days = [date.fromisoformat(rows[0][column]) for rows, column in zip(
            newest, ("lesson_date", "session_date", "activity_date")) if rows]
        assert tally.last_record == (max(days) if days else None)
