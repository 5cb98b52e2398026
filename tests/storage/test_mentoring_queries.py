"""The pairing list found by mentor or mentee names, sessions counted per kind, and the
lessons a session may link to, over a real database."""

from datetime import date

import pytest

from jituan_desktop.domain.enums import Occasion, PairingStatus, SessionKind
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import LessonObservation, MentorPairing, MentorSession, Teacher
from jituan_desktop.services import record_ops
from jituan_desktop.storage import listing, mentoring_queries

TODAY = date(2026, 11, 25)


@pytest.fixture
def pairs(lead_store):
    school = lead_store.school_uuid
    people = {}
    for name in ("张三", "李四", "王五", "赵六"):
        t = Teacher(school=school, name=name)
        record_ops.add_teacher(lead_store, t, today=TODAY)
        people[name] = t.uuid
    first = MentorPairing(mentor=people["张三"], mentee=people["李四"], start=date(2026, 3, 1))
    second = MentorPairing(mentor=people["王五"], mentee=people["赵六"], start=date(2026, 9, 2),
                           status=PairingStatus.GRADUATED, ended_on=date(2026, 11, 1))
    for p in (first, second):
        record_ops.pair_teachers(lead_store, p, today=TODAY)
    return lead_store, people, first, second


def test_search_matches_mentor_or_mentee_name_and_initials(pairs):
    store, _, first, second = pairs
    for text, expected in [("张", {first.uuid}), ("赵六", {second.uuid}), ("ls", {first.uuid}),
                           ("", {first.uuid, second.uuid}), ("孙", set())]:
        rows = mentoring_queries.pairing_page(store, ListQuery(text=text))
        assert {r["uuid"] for r in rows} == expected, text
        assert mentoring_queries.pairing_count(store, ListQuery(text=text)) == len(expected)


def test_search_keeps_the_list_filters_and_names(pairs):
    store, _, first, _ = pairs
    query = ListQuery(filters={"status": "active"}, text="")
    assert mentoring_queries.pairing_page(store, query) == listing.page(store, "pairing", query)
    rows = mentoring_queries.pairing_page(store, ListQuery(filters={"status": "graduated"},
                                                           text="张"))
    assert rows == []
    row = mentoring_queries.pairing_page(store, ListQuery(text="李四"))[0]
    assert (row["mentor_name"], row["mentee_name"]) == ("张三", "李四")


def test_search_text_with_like_wildcards_matches_literally(pairs):
    store = pairs[0]
    assert mentoring_queries.pairing_count(store, ListQuery(text="%")) == 0


def test_session_counts_per_kind_skip_deleted_and_other_days(pairs):
    store, _, first, second = pairs
    days = [date(2026, 9, 5), date(2026, 10, 5), date(2026, 8, 20)]
    sessions = [MentorSession(pairing=first.uuid, session_date=d, kind=SessionKind.DISCUSSION)
                for d in days]
    sessions.append(MentorSession(pairing=first.uuid, session_date=date(2026, 10, 6),
                                  kind=SessionKind.MENTEE_OBSERVES))
    sessions.append(MentorSession(pairing=second.uuid, session_date=date(2026, 10, 6),
                                  kind=SessionKind.MENTEE_OBSERVES))
    for s in sessions:
        record_ops.record_session(store, s, today=TODAY)
    record_ops.delete(store, MentorSession, sessions[1].uuid)
    counts = mentoring_queries.session_counts_by_kind(store, first.uuid, date(2026, 9, 1),
                                                      date(2027, 1, 31))
    assert counts == {"discussion": 1, "mentee_observes": 1}


def test_linkable_observations_are_between_the_pair(pairs):
    store, people, first, _ = pairs
    school = store.school_uuid

    def lesson(observer, teacher, **kw):
        o = LessonObservation(school=school, observer=people[observer], teacher=people[teacher],
                              lesson_date=date(2026, 10, 1), subject="语文", topic="课题",
                              occasion=Occasion.MENTORING, **kw)
        record_ops.record_observation(store, o, today=TODAY)
        return o.uuid

    mine = {lesson("张三", "李四"), lesson("李四", "张三"), lesson("王五", "赵六",
                                                                 pairing=first.uuid)}
    lesson("王五", "李四")
    rows = mentoring_queries.linkable_observations(store, first.uuid, first.mentor, first.mentee)
    assert {r["uuid"] for r in rows} == mine
