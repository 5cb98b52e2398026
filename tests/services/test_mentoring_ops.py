"""A pairing's page numbers: the quota results are compliance's own, per kind counts follow
new and deleted sessions, and the detail names what it shows."""

from datetime import date

import pytest

from jituan_desktop.domain.enums import Scope, SessionKind
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import MentorPairing, MentorSession, School, Teacher
from jituan_desktop.services import compliance_ops, mentoring_ops, record_ops, setup_ops
from jituan_desktop.storage.errors import StoreError

TODAY = date(2026, 11, 25)


@pytest.fixture
def pairing(lead_store):
    other = School(name="城关小学")
    record_ops.save(lead_store, other, today=TODAY)
    mentor = Teacher(school=lead_store.school_uuid, name="陈老师")
    mentee = Teacher(school=other.uuid, name="林老师")
    for t in (mentor, mentee):
        record_ops.add_teacher(lead_store, t, today=TODAY)
    p = MentorPairing(mentor=mentor.uuid, mentee=mentee.uuid, start=date(2026, 9, 1))
    record_ops.pair_teachers(lead_store, p, today=TODAY)
    return lead_store, p


def expected(store, p):
    semester = setup_ops.current_semester(store, TODAY)
    return {(r.rule.uuid, r.start): (r.count, r.status)
            for r in compliance_ops.compliance(store, semester, today=TODAY)
            if r.subject.key == p.uuid}


def test_detail_quota_is_compliances_own_answer(pairing):
    store, p = pairing
    semester = setup_ops.current_semester(store, TODAY)
    for day in (date(2026, 9, 10), date(2026, 10, 10)):
        record_ops.record_session(store, MentorSession(
            pairing=p.uuid, session_date=day, kind=SessionKind.MENTEE_OBSERVES), today=TODAY)
    detail = mentoring_ops.pairing_detail(store, p.uuid, semester, TODAY)
    got = {(r.rule.uuid, r.start): (r.count, r.status) for r in detail.quota}
    assert got == expected(store, p) and got
    assert all(r.rule.scope is Scope.PAIRING for r in detail.quota)
    observed = [r for r in detail.quota if r.rule.session_kind is SessionKind.MENTEE_OBSERVES]
    assert observed and all(r.count == detail.kind_counts["mentee_observes"] for r in observed)


def test_counts_follow_a_new_and_a_deleted_session(pairing):
    store, p = pairing
    semester = setup_ops.current_semester(store, TODAY)
    before = mentoring_ops.pairing_detail(store, p.uuid, semester, TODAY)
    s = MentorSession(pairing=p.uuid, session_date=TODAY, kind=SessionKind.MENTOR_OBSERVES)
    record_ops.record_session(store, s, today=TODAY)
    after = mentoring_ops.pairing_detail(store, p.uuid, semester, TODAY)
    assert after.kind_counts.get("mentor_observes", 0) == \
        before.kind_counts.get("mentor_observes", 0) + 1
    assert after.quota != before.quota
    record_ops.delete(store, MentorSession, s.uuid)
    again = mentoring_ops.pairing_detail(store, p.uuid, semester, TODAY)
    assert again.kind_counts == before.kind_counts
    assert [r.count for r in again.quota] == [r.count for r in before.quota]


def test_pairing_list_and_session_lookups(pairing):
    store, p = pairing
    assert [r["uuid"] for r in mentoring_ops.pairings_page(store, ListQuery(text="林"))] == [p.uuid]
    assert mentoring_ops.pairings_count(store, ListQuery(text="林")) == 1
    s = MentorSession(pairing=p.uuid, session_date=TODAY, kind=SessionKind.READING, topic="读书")
    record_ops.record_session(store, s, today=TODAY)
    assert mentoring_ops.session(store, s.uuid).topic == "读书"
    assert mentoring_ops.linkable_observations(store, p) == []


def test_detail_of_a_deleted_pairing_is_refused(pairing):
    store, p = pairing
    record_ops.delete(store, MentorPairing, p.uuid)
    with pytest.raises(StoreError):
        mentoring_ops.pairing_detail(store, p.uuid, setup_ops.current_semester(store, TODAY),
                                     TODAY)
