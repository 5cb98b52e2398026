"""The SQL counter must agree with the in-memory reference counter on the same records, for
every metric (meetings and reports sent too); and compliance for one school narrows people, pairings and schools to it."""

from __future__ import annotations

import tempfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jituan_desktop.domain.compliance import RecordCounter
from jituan_desktop.domain.enums import (ActivityType, Metric, Occasion, Position, Scope,
                                         SessionKind, Status)
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, School, Teacher)
from jituan_desktop.domain.compliance import quarters_beginning
from jituan_desktop.domain.meetings import Meeting, MeetingKind
from jituan_desktop.domain.semesters import months_between
from jituan_desktop.domain.submissions import Submission, SubmissionKind
from jituan_desktop.services import compliance_ops, record_ops, setup_ops
from jituan_desktop.storage.counts import SqlCounter
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
STAMP = "2026-11-25T08:00:00+00:00"
SEMESTER_START, SEMESTER_END = date(2026, 9, 1), date(2027, 1, 31)
WINDOWS = ([(SEMESTER_START, SEMESTER_END), (date(2026, 9, 1), date(2027, 8, 31)),
            (date(2026, 11, 25), date(2026, 11, 25))]
           + months_between(SEMESTER_START, SEMESTER_END)
           + quarters_beginning(SEMESTER_START, SEMESTER_END))
KINDS = [None] + list(SessionKind)


class Base:
    """A lead store with three schools, six teachers and three pairings, written for real."""

    def __init__(self, store: Store):
        self.store = store
        setup_ops.init_lead(store, "联盟", "实验小学", today=TODAY)
        self.alliance = store.meta("alliance")
        lead = store.school_uuid
        others = [School(name="希望小学"), School(name="山区小学")]
        for s in others:
            record_ops.save(store, s, today=TODAY)
        self.schools = [lead] + [s.uuid for s in others]
        self.teachers = []
        for i in range(6):
            t = Teacher(school=self.schools[i % 3], name=f"教师{i}")
            record_ops.add_teacher(store, t, today=TODAY)
            self.teachers.append(t.uuid)
        self.pairings = []
        for i in range(3):
            p = MentorPairing(mentor=self.teachers[i], mentee=self.teachers[i + 3],
                              start=date(2026, 3, 1))
            record_ops.pair_teachers(store, p, today=TODAY)
            self.pairings.append(p.uuid)

    def write(self, records) -> None:
        """Write records as they are, in one transaction (the way imports and demos do)."""
        by_type: dict[type, list] = {}
        for r in records:
            r.owner_school = r.owner_school or self.store.school_uuid
            r.origin_installation = self.store.installation_id
            r.created_at = r.updated_at = STAMP
            by_type.setdefault(type(r), []).append(r)
        with self.store.transaction():
            for cls, items in by_type.items():
                first = self.store.next_versions(len(items))
                for offset, r in enumerate(items):
                    r.version = first + offset
                repository(self.store, cls).put_many(items)


def assert_counters_agree(base: Base, observations, sessions, activities, meetings=(),
                          submissions=()) -> None:
    sql = SqlCounter(base.store, alliance_key=base.alliance)
    memory = RecordCounter(observations=observations, sessions=sessions,
                           activities=activities, meetings=meetings, submissions=submissions,
                           alliance_key=base.alliance)
    for start, end in WINDOWS:
        for metric in Metric:
            kinds = KINDS if metric is Metric.PAIRING_SESSIONS else [None]
            for kind in kinds:
                expected = memory.count(metric, start, end, session_kind=kind)
                assert sql.count(metric, start, end, session_kind=kind) == expected, (
                    metric, kind, start, end)


# -- generated record sets ------------------------------------------------------------------

DAYS = st.dates(date(2026, 8, 25), date(2027, 2, 10))


def observations_strategy():
    return st.lists(st.fixed_dictionaries({
        "school": st.integers(0, 2), "observer": st.integers(0, 5),
        "teacher": st.integers(0, 5), "day": DAYS,
        "occasion": st.sampled_from([Occasion.DEMONSTRATION, Occasion.DEMONSTRATION,
                                     Occasion.OPEN, Occasion.MENTORING]),
        "period": st.sampled_from([None, 1, 2]),
        "topic": st.sampled_from(["圆的面积", "比的认识", "《桂花雨》"]),
        "deleted": st.booleans(),
    }), max_size=25)


def sessions_strategy():
    return st.lists(st.fixed_dictionaries({
        "pairing": st.integers(0, 2), "day": DAYS, "kind": st.sampled_from(list(SessionKind)),
        "deleted": st.booleans(),
    }), max_size=20)


def activities_strategy():
    return st.lists(st.fixed_dictionaries({
        "host": st.integers(0, 2), "schools": st.lists(st.integers(0, 2), max_size=4),
        "day": DAYS, "deleted": st.booleans(),
        "type": st.sampled_from([ActivityType.JOINT_RESEARCH, ActivityType.ROTATION]),
    }), max_size=12)


def meetings_strategy():
    return st.lists(st.fixed_dictionaries({
        "host": st.integers(0, 2), "schools": st.lists(st.integers(0, 2), max_size=3),
        "day": DAYS, "deleted": st.booleans(), "kind": st.sampled_from(list(MeetingKind)),
    }), max_size=10)


def submissions_strategy():
    return st.lists(st.fixed_dictionaries({
        "school": st.integers(0, 2), "sent": st.one_of(st.none(), DAYS),
        "deleted": st.booleans(), "kind": st.sampled_from(list(SubmissionKind)),
    }), max_size=8)


def meetings_of(base: Base, specs) -> list[Meeting]:
    return [Meeting(kind=m["kind"], title="会议", meeting_date=m["day"],
                    host_school=base.schools[m["host"]],
                    schools=[base.schools[i] for i in m["schools"]], deleted=m["deleted"])
            for m in specs]


def submissions_of(base: Base, specs) -> list[Submission]:
    return [Submission(school=base.schools[r["school"]], kind=r["kind"], year=2026,
                       quarter=4 if r["kind"] is SubmissionKind.QUARTERLY else None,
                       generated_on=r["sent"], sent_on=r["sent"], deleted=r["deleted"])
            for r in specs]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(observations_strategy(), sessions_strategy(), activities_strategy(),
       meetings_strategy(), submissions_strategy())
def test_sql_counter_agrees_with_the_reference(obs_specs, session_specs, activity_specs,
                                               meeting_specs, submission_specs):
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(folder, clock=CLOCK)
        try:
            base = Base(store)
            observations = [LessonObservation(
                school=base.schools[o["school"]], observer=base.teachers[o["observer"]],
                teacher=base.teachers[o["teacher"]], lesson_date=o["day"],
                period_no=o["period"], subject="数学", topic=o["topic"],
                occasion=o["occasion"], deleted=o["deleted"]) for o in obs_specs]
            sessions = [MentorSession(
                pairing=base.pairings[s["pairing"]], session_date=s["day"], kind=s["kind"],
                deleted=s["deleted"]) for s in session_specs]
            activities = [Activity(
                host_school=base.schools[a["host"]],
                schools=[base.schools[i] for i in a["schools"]],
                type=a["type"], title="联合教研", activity_date=a["day"],
                deleted=a["deleted"]) for a in activity_specs]
            meetings = meetings_of(base, meeting_specs)
            submissions = submissions_of(base, submission_specs)
            base.write(activities + observations + sessions + meetings + submissions)
            assert_counters_agree(base, observations, sessions, activities, meetings,
                                  submissions)
        finally:
            store.close()


# -- a fixed set, including tombstones made through the services ------------------------------

@pytest.fixture
def base(store):
    return Base(store)


def test_counters_agree_after_deletes_and_restores(base):
    store = base.store
    t = base.teachers
    s = base.schools
    observations = [
        LessonObservation(school=s[0], observer=t[i % 6], teacher=t[(i + 1) % 6],
                          lesson_date=date(2026, 9, 1 + i), subject="语文", topic="示范课",
                          period_no=1, occasion=Occasion.DEMONSTRATION)
        for i in range(10)]
    sessions = [MentorSession(pairing=base.pairings[i % 3], session_date=date(2026, 10, 1 + i),
                              kind=SessionKind.MENTEE_OBSERVES if i % 2 else
                              SessionKind.MENTOR_OBSERVES)
                for i in range(8)]
    activities = [Activity(host_school=s[i % 3], schools=[s[(i + 1) % 3], s[i % 3]],
                           type=ActivityType.LECTURE, title=f"讲座{i}",
                           activity_date=date(2026, 11, 1 + i)) for i in range(6)]
    for r in observations:
        record_ops.record_observation(store, r, today=TODAY)
    for r in sessions:
        record_ops.record_session(store, r, today=TODAY)
    for r in activities:
        record_ops.record_activity(store, r, today=TODAY)
    for cls, records in ((LessonObservation, observations[:4]), (MentorSession, sessions[:3]),
                         (Activity, activities[:2])):
        for r in records:
            record_ops.delete(store, cls, r.uuid)
            r.deleted = True
    record_ops.restore(store, LessonObservation, observations[0].uuid)
    observations[0].deleted = False
    assert_counters_agree(base, observations, sessions, activities)

    sql = SqlCounter(store, alliance_key=base.alliance)
    # 10 teachers' lessons on ten days, 3 deleted: 7 distinct demonstration lessons at s[0]
    assert sql.count(Metric.DEMONSTRATION_LESSONS, SEMESTER_START, SEMESTER_END) == {s[0]: 7}
    # 6 activities, 2 deleted: 4 held in November
    assert sql.count(Metric.ACTIVITIES_OF_ALLIANCE, date(2026, 11, 1),
                     date(2026, 11, 30)) == {base.alliance: 4}
    assert sql.count(Metric.ACTIVITIES_OF_ALLIANCE, date(2026, 12, 1),
                     date(2026, 12, 31)) == {}
    # activities 2..5 (i = 2, 3, 4, 5): each touches its host and the next school once
    assert sql.count(Metric.ACTIVITIES_OF_SCHOOL, date(2026, 11, 1), date(2026, 11, 30)) == {
        s[0]: 3, s[1]: 2, s[2]: 3}


# -- compliance for the lead school, narrowed to one school ----------------------------------

def test_compliance_for_one_school(lead_store):
    store = lead_store
    lead = store.school_uuid
    member = School(name="希望小学")
    record_ops.save(store, member, today=TODAY)

    def teacher(name, school, position=Position.TEACHER):
        t = Teacher(school=school, name=name, position=position)
        record_ops.add_teacher(store, t, today=TODAY)
        return t.uuid

    zhao = teacher("赵校长", lead, Position.PRINCIPAL)
    sun = teacher("孙老师", lead)
    qian = teacher("钱校长", member.uuid, Position.PRINCIPAL)
    li = teacher("李老师", member.uuid)
    zhou = teacher("周老师", member.uuid, Position.HOMEROOM)

    cross = MentorPairing(mentor=sun, mentee=li, start=date(2026, 9, 1))  # mentee at member
    local = MentorPairing(mentor=zhao, mentee=sun, start=date(2026, 9, 1))  # all at lead
    for p in (cross, local):
        record_ops.pair_teachers(store, p, today=TODAY)

    for i in range(9):  # 钱校长 observed 9 lessons, one later deleted: 8
        o = LessonObservation(school=member.uuid, observer=qian, teacher=li,
                              lesson_date=date(2026, 9, 7 + i), subject="数学", topic=f"课{i}")
        record_ops.record_observation(store, o, today=TODAY)
    record_ops.delete(store, LessonObservation, o.uuid)
    for i in range(3):  # 李老师 observed 3
        record_ops.record_observation(store, LessonObservation(
            school=lead, observer=li, teacher=sun, lesson_date=date(2026, 10, 12 + i),
            subject="数学", topic="圆的面积", occasion=Occasion.DEMONSTRATION, period_no=i + 1),
            today=TODAY)
    for i in range(5):
        record_ops.record_session(store, MentorSession(
            pairing=cross.uuid, session_date=date(2026, 9, 10 + i),
            kind=SessionKind.MENTEE_OBSERVES), today=TODAY)
    record_ops.record_activity(store, Activity(
        host_school=lead, schools=[member.uuid], type=ActivityType.OUTREACH, title="送教下乡",
        activity_date=date(2026, 10, 15)), today=TODAY)

    semester = setup_ops.find_semester(store, "2026-1", TODAY)
    results = compliance_ops.compliance(store, semester, school=member.uuid, today=TODAY)
    person = {r.subject.key: r for r in results if r.rule.scope is Scope.PERSON}
    pairing = {r.subject.key: r for r in results if r.rule.scope is Scope.PAIRING}
    school = {r.subject.key for r in results if r.rule.scope is Scope.SCHOOL}
    alliance = [r for r in results if r.rule.metric is Metric.ACTIVITIES_OF_ALLIANCE]

    assert set(person) == {qian, li, zhou}
    assert {r.subject.school for r in results if r.rule.scope is Scope.PERSON} == {member.uuid}
    # a school leader: 8 of 40, expected 40 * 86 // 153 = 22 -> behind by 14
    assert (person[qian].count, person[qian].expected_now, person[qian].short_by,
            person[qian].status) == (8, 22, 32, Status.BEHIND)
    # teacher: 3 of 18, expected 18 * 86 // 153 = 10 -> behind by 7
    assert (person[li].count, person[li].behind_by, person[li].status) == (3, 7, Status.BEHIND)
    assert (person[zhou].count, person[zhou].status) == (0, Status.BEHIND)

    assert set(pairing) == {cross.uuid}  # the mentee works at the member school
    by_rule = {r.rule.session_kind: r for r in results if r.rule.scope is Scope.PAIRING}
    assert by_rule[SessionKind.MENTEE_OBSERVES].count == 5
    assert by_rule[SessionKind.MENTEE_OBSERVES].status is Status.ON_TRACK  # 5 >= 4
    assert by_rule[SessionKind.MENTEE_OBSERVES].subject.name == "孙老师 → 李老师"
    assert by_rule[SessionKind.MENTOR_OBSERVES].count == 0

    assert school == {member.uuid}
    school_results = {r.rule.metric: r for r in results if r.rule.scope is Scope.SCHOOL}
    assert school_results[Metric.ACTIVITIES_OF_SCHOOL].count == 1
    # the demonstration lessons were taught at the lead school, not here
    assert school_results[Metric.DEMONSTRATION_LESSONS].count == 0
    # alliance-wide: September, October, November; one activity in October
    assert [(r.start.month, r.count, r.status) for r in alliance] == [
        (9, 0, Status.MISSED), (10, 1, Status.MET), (11, 0, Status.ON_TRACK)]

    everything = compliance_ops.compliance(store, semester, today=TODAY)
    everyone = {r.subject.key for r in everything if r.rule.scope is Scope.PERSON}
    assert everyone == {zhao, sun, qian, li, zhou}
    assert {r.subject.key for r in everything if r.rule.scope is Scope.PAIRING} == {
        cross.uuid, local.uuid}
    assert {r.subject.key for r in everything if r.rule.scope is Scope.SCHOOL} == {
        lead, member.uuid}
    lead_demo = next(r for r in everything if r.rule.metric is Metric.DEMONSTRATION_LESSONS
                     and r.subject.key == lead)
    assert (lead_demo.count, lead_demo.status) == (3, Status.MET)  # three periods, three lessons
