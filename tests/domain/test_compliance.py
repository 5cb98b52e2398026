"""Quota evaluation over records held in memory, against numbers worked out by hand.

The semester is 2026-09-01 .. 2027-01-31 (153 days) and today is 2026-11-25, the 86th day
of it. Pro-rata expectations are threshold * 86 // 153:
    14 -> 7,  12 -> 6,  8 -> 4,  7 -> 3,  4 -> 2.
The school year 2026-09-01 .. 2027-08-31 has 365 days: threshold 2 -> 172 // 365 = 0.
The annual summary is due 2026-11-30, 91 days after 2026-09-01 inclusive: 1 * 86 // 91 = 0.
"""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.compliance import (RecordCounter, Subjects, due_date, evaluate,
                                              expected_by, status_of, windows)
from jituan_desktop.domain.default_rules import default_rules
from jituan_desktop.domain.enums import (ActivityType, Metric, Occasion, PairingStatus, Period,
                                         Position, Role, Scope, SessionKind, Status, Term)
from jituan_desktop.domain.rule_upgrade import V0_1_BY_NAME
from jituan_desktop.domain.records import (Activity, Alliance, LessonObservation,
                                           MentorPairing, MentorSession, QuotaRule, School,
                                           Semester, Teacher)

TODAY = date(2026, 11, 25)
SEMESTER = Semester(school_year=2026, term=Term.FIRST, start=date(2026, 9, 1),
                    end=date(2027, 1, 31))
SPRING = Semester(school_year=2025, term=Term.SECOND, start=date(2026, 2, 1),
                  end=date(2026, 7, 31))
NEXT = Semester(school_year=2026, term=Term.SECOND, start=date(2027, 2, 1),
                end=date(2027, 7, 31))

LEAD = School(name="实验小学", code="S01", role=Role.LEAD)
MEMBER = School(name="希望小学", code="S02")
RURAL = School(name="山区小学", code="S03")
CLOSED = School(name="已撤并小学", code="S04", deleted=True)
SCHOOLS = [LEAD, MEMBER, RURAL, CLOSED]
ALLIANCE = Alliance(name="实验小学教育联盟", lead_school=LEAD.uuid)

ZHAO = Teacher(school=LEAD.uuid, name="赵校长", position=Position.PRINCIPAL)
QIAN = Teacher(school=MEMBER.uuid, name="钱副校长", position=Position.VICE_PRINCIPAL)
ZHOU = Teacher(school=RURAL.uuid, name="周校长", position=Position.PRINCIPAL)
SUN = Teacher(school=LEAD.uuid, name="孙老师", position=Position.TEACHER)
LI = Teacher(school=MEMBER.uuid, name="李老师", position=Position.TEACHER)
WU = Teacher(school=MEMBER.uuid, name="吴老师", position=Position.HOMEROOM)
ZHENG = Teacher(school=MEMBER.uuid, name="郑老师", position=Position.TEACHER, active=False)
WANG = Teacher(school=RURAL.uuid, name="王老师", position=Position.TEACHER, deleted=True)
FENG = Teacher(school=RURAL.uuid, name="冯老师", position=Position.SUBJECT_HEAD)
TEACHERS = [ZHAO, QIAN, ZHOU, SUN, LI, WU, ZHENG, WANG, FENG]


def subjects(pairings=()) -> Subjects:
    return Subjects(teachers=TEACHERS, pairings=list(pairings), schools=SCHOOLS,
                    alliance=ALLIANCE)


def obs(observer: Teacher, teacher: Teacher, day: date, *, school: School | None = None,
        occasion: Occasion = Occasion.OPEN, period: int | None = 1, topic: str = "课题",
        deleted: bool = False) -> LessonObservation:
    school = school or next(s for s in SCHOOLS if s.uuid == teacher.school)
    return LessonObservation(school=school.uuid, observer=observer.uuid, teacher=teacher.uuid,
                             lesson_date=day, period_no=period, subject="数学", topic=topic,
                             occasion=occasion, deleted=deleted)


def days(n: int, first: date = date(2026, 9, 2)) -> list[date]:
    """n distinct school days inside the semester before today."""
    assert n <= 80
    return [date.fromordinal(first.toordinal() + i) for i in range(n)]


def by_subject(results) -> dict[str, object]:
    keyed = {r.subject.key: r for r in results}
    assert len(keyed) == len(results), "one result per subject"
    return keyed


def person_rule(threshold: int, positions: list[Position], period=Period.SEMESTER) -> QuotaRule:
    return QuotaRule(name="听课", scope=Scope.PERSON, metric=Metric.OBSERVATIONS_BY_OBSERVER,
                     period=period, threshold=threshold, positions=positions)


# -- the small helpers ----------------------------------------------------------------------

def test_expected_by_is_pro_rata_inclusive_of_today():
    start, end = SEMESTER.start, SEMESTER.end
    assert expected_by(14, start, end, TODAY) == 7
    assert expected_by(12, start, end, TODAY) == 6
    assert expected_by(8, start, end, TODAY) == 4
    assert expected_by(7, start, end, TODAY) == 3
    assert expected_by(4, start, end, TODAY) == 2
    # the first day already counts as one day elapsed: 153 * 1 // 153 = 1
    assert expected_by(153, start, end, start) == 1
    assert expected_by(14, start, end, date(2026, 8, 31)) == 0  # not started
    assert expected_by(14, start, end, end) == 14  # due today
    assert expected_by(14, start, end, date(2027, 3, 1)) == 14  # past due


def test_status_of():
    due = date(2026, 11, 30)
    assert status_of(14, 14, 7, due, TODAY) is Status.MET
    assert status_of(15, 14, 14, due, date(2026, 12, 5)) is Status.MET
    assert status_of(7, 14, 7, due, TODAY) is Status.ON_TRACK
    assert status_of(6, 14, 7, due, TODAY) is Status.BEHIND
    assert status_of(13, 14, 14, due, due) is Status.BEHIND  # on the due day: still time
    assert status_of(13, 14, 14, due, date(2026, 12, 1)) is Status.MISSED


def test_windows():
    assert windows(Period.SEMESTER, SEMESTER, TODAY) == [(date(2026, 9, 1), date(2027, 1, 31))]
    assert windows(Period.SCHOOL_YEAR, SEMESTER, TODAY) == [(date(2026, 9, 1),
                                                             date(2027, 8, 31))]
    assert windows(Period.SCHOOL_YEAR, SPRING, TODAY) == [(date(2025, 9, 1), date(2026, 8, 31))]
    # only months that have begun: September, October, November
    assert windows(Period.MONTH, SEMESTER, TODAY) == [
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 10, 31)),
        (date(2026, 11, 1), date(2026, 11, 30))]
    assert windows(Period.MONTH, SEMESTER, date(2026, 12, 1))[-1] == (date(2026, 12, 1),
                                                                      date(2026, 12, 31))
    assert len(windows(Period.MONTH, SPRING, TODAY)) == 6
    assert windows(Period.MONTH, NEXT, TODAY) == []


def test_due_dates():
    annual = next(r for r in default_rules(LEAD.uuid) if r.default_key == "annual_summary")
    assert (annual.due_month, annual.due_day) == (11, 30)
    assert due_date(annual, date(2026, 9, 1), date(2027, 8, 31)) == date(2026, 11, 30)
    assert due_date(annual, date(2025, 9, 1), date(2026, 8, 31)) == date(2025, 11, 30)
    # a deadline outside the window falls back to the window's end
    assert due_date(annual, date(2026, 2, 1), date(2026, 7, 31)) == date(2026, 7, 31)
    no_due = person_rule(14, [Position.PRINCIPAL])
    assert due_date(no_due, SEMESTER.start, SEMESTER.end) == date(2027, 1, 31)
    leap = QuotaRule(name="二月底", scope=Scope.SCHOOL, metric=Metric.ACTIVITIES_OF_SCHOOL,
                     period=Period.SCHOOL_YEAR, threshold=1, due_month=2, due_day=29)
    assert due_date(leap, date(2026, 9, 1), date(2027, 8, 31)) == date(2027, 2, 28)
    assert due_date(leap, date(2027, 9, 1), date(2028, 8, 31)) == date(2028, 2, 29)


# -- people -------------------------------------------------------------------------------

def principal_observations():
    records = []
    records += [obs(ZHAO, SUN, d) for d in days(14)]  # 14 in the semester
    records += [obs(QIAN, LI, d) for d in days(7)]  # 7
    records += [obs(ZHOU, FENG, d) for d in days(6)]  # 6 ...
    records.append(obs(ZHOU, FENG, date(2026, 8, 31)))  # ... one the day before it starts
    records.append(obs(ZHOU, FENG, date(2027, 2, 1)))  # ... one the day after it ends
    records.append(obs(ZHOU, FENG, date(2026, 10, 8), deleted=True))  # ... one deleted
    records.append(obs(SUN, LI, date(2026, 10, 9)))  # a teacher's, not a principal's
    return records


def test_principal_quota():
    rule = person_rule(14, [Position.PRINCIPAL, Position.VICE_PRINCIPAL])
    counter = RecordCounter(observations=principal_observations())
    results = by_subject(evaluate([rule], subjects(), counter, SEMESTER, TODAY))
    assert set(results) == {ZHAO.uuid, QIAN.uuid, ZHOU.uuid}

    zhao, qian, zhou = results[ZHAO.uuid], results[QIAN.uuid], results[ZHOU.uuid]
    assert (zhao.count, zhao.short_by, zhao.expected_now, zhao.status) == (14, 0, 7, Status.MET)
    assert (qian.count, qian.short_by, qian.expected_now, qian.status) == (
        7, 7, 7, Status.ON_TRACK)
    assert qian.behind_by == 0
    assert (zhou.count, zhou.short_by, zhou.expected_now, zhou.status) == (
        6, 8, 7, Status.BEHIND)
    assert zhou.behind_by == 1
    assert zhou.subject.name == "周校长"
    assert zhou.subject.school == RURAL.uuid
    for r in (zhao, qian, zhou):
        assert (r.start, r.end, r.due, r.threshold) == (
            date(2026, 9, 1), date(2027, 1, 31), date(2027, 1, 31), 14)


def test_teacher_quota_filters_positions_inactive_and_deleted():
    records = [obs(SUN, LI, d) for d in days(6)]
    records += [obs(WU, LI, d) for d in days(12)]
    records += [obs(ZHENG, LI, d) for d in days(12)]  # inactive: no quota
    records += [obs(WANG, FENG, d) for d in days(3)]  # deleted teacher: no quota
    records += [obs(ZHAO, SUN, d) for d in days(20)]  # a principal: another rule
    rule = person_rule(12, [Position.DEAN, Position.SUBJECT_HEAD, Position.HOMEROOM,
                            Position.TEACHER])
    counter = RecordCounter(observations=records)
    results = by_subject(evaluate([rule], subjects(), counter, SEMESTER, TODAY))
    assert set(results) == {SUN.uuid, LI.uuid, WU.uuid, FENG.uuid}
    assert (results[SUN.uuid].count, results[SUN.uuid].status) == (6, Status.ON_TRACK)
    assert results[SUN.uuid].expected_now == 6
    assert (results[LI.uuid].count, results[LI.uuid].short_by, results[LI.uuid].behind_by,
            results[LI.uuid].status) == (0, 12, 6, Status.BEHIND)
    assert (results[WU.uuid].count, results[WU.uuid].status) == (12, Status.MET)
    assert (results[FENG.uuid].count, results[FENG.uuid].status) == (0, Status.BEHIND)


def test_rule_without_positions_applies_to_every_active_teacher():
    rule = person_rule(1, [])
    results = evaluate([rule], subjects(), RecordCounter(), SEMESTER, TODAY)
    assert {r.subject.key for r in results} == {
        ZHAO.uuid, QIAN.uuid, ZHOU.uuid, SUN.uuid, LI.uuid, WU.uuid, FENG.uuid}


def test_past_semester_is_met_or_missed():
    records = [obs(ZHAO, SUN, date(2026, 3, 2 + i)) for i in range(14)]
    records += [obs(QIAN, LI, date(2026, 5, 10 + i)) for i in range(13)]
    rule = person_rule(14, [Position.PRINCIPAL, Position.VICE_PRINCIPAL])
    results = by_subject(evaluate([rule], subjects(), RecordCounter(observations=records),
                                  SPRING, TODAY))
    assert (results[ZHAO.uuid].count, results[ZHAO.uuid].status) == (14, Status.MET)
    assert (results[QIAN.uuid].count, results[QIAN.uuid].expected_now,
            results[QIAN.uuid].short_by, results[QIAN.uuid].status) == (
        13, 14, 1, Status.MISSED)
    assert (results[ZHOU.uuid].count, results[ZHOU.uuid].status) == (0, Status.MISSED)


def test_semester_not_yet_begun_is_on_track_with_nothing_expected():
    rule = person_rule(14, [Position.PRINCIPAL])
    results = evaluate([rule], subjects(), RecordCounter(), NEXT, TODAY)
    assert {(r.count, r.expected_now, r.status) for r in results} == {(0, 0, Status.ON_TRACK)}


def test_inactive_or_deleted_rules_are_skipped():
    off = person_rule(14, [Position.PRINCIPAL])
    off.active = False
    gone = person_rule(14, [Position.PRINCIPAL])
    gone.deleted = True
    assert evaluate([off, gone], subjects(), RecordCounter(), SEMESTER, TODAY) == []


# -- schools and the alliance -------------------------------------------------------------

def activities():
    return [
        Activity(host_school=LEAD.uuid, schools=[MEMBER.uuid], type=ActivityType.COLLECTIVE_PREP,
                 title="四年级数学集体备课", activity_date=date(2026, 9, 18)),
        # the host also listed among the participating schools: counted once for it
        Activity(host_school=MEMBER.uuid, schools=[MEMBER.uuid, LEAD.uuid],
                 type=ActivityType.SAME_TOPIC, title="同课异构", activity_date=date(2026, 9, 25)),
        Activity(host_school=LEAD.uuid, type=ActivityType.LECTURE, title="专题讲座",
                 activity_date=date(2026, 11, 10)),
        Activity(host_school=LEAD.uuid, schools=[RURAL.uuid], type=ActivityType.OUTREACH,
                 title="送教下乡（已删除）", activity_date=date(2026, 11, 1), deleted=True),
        Activity(host_school=RURAL.uuid, type=ActivityType.OPEN_DAY, title="暑期开放日",
                 activity_date=date(2026, 8, 28)),
        Activity(host_school=RURAL.uuid, type=ActivityType.OPEN_DAY, title="春季开放日",
                 activity_date=date(2027, 2, 3)),
    ]


def test_activities_of_school():
    counter = RecordCounter(activities=activities(), alliance_key=ALLIANCE.uuid)
    assert counter.count(Metric.ACTIVITIES_OF_SCHOOL, SEMESTER.start, SEMESTER.end) == {
        LEAD.uuid: 3, MEMBER.uuid: 2}
    rule = QuotaRule(name="每学期联盟合作交流活动不少于4次", scope=Scope.SCHOOL,
                     metric=Metric.ACTIVITIES_OF_SCHOOL, period=Period.SEMESTER, threshold=4)
    results = by_subject(evaluate([rule], subjects(), counter, SEMESTER, TODAY))
    assert set(results) == {LEAD.uuid, MEMBER.uuid, RURAL.uuid}  # the closed school is gone
    lead, member, rural = results[LEAD.uuid], results[MEMBER.uuid], results[RURAL.uuid]
    assert (lead.count, lead.short_by, lead.expected_now, lead.status) == (
        3, 1, 2, Status.ON_TRACK)
    assert (member.count, member.short_by, member.status) == (2, 2, Status.ON_TRACK)
    assert (rural.count, rural.short_by, rural.behind_by, rural.status) == (
        0, 4, 2, Status.BEHIND)
    assert rural.subject.name == "山区小学" and rural.subject.school == RURAL.uuid


def test_monthly_alliance_rule():
    rule = QuotaRule(name="联盟活动原则上每月一次", scope=Scope.ALLIANCE,
                     metric=Metric.ACTIVITIES_OF_ALLIANCE, period=Period.MONTH, threshold=1)
    counter = RecordCounter(activities=activities(), alliance_key=ALLIANCE.uuid)
    results = evaluate([rule], subjects(), counter, SEMESTER, TODAY)
    assert [(r.start, r.end, r.due, r.count, r.expected_now, r.status) for r in results] == [
        (date(2026, 9, 1), date(2026, 9, 30), date(2026, 9, 30), 2, 1, Status.MET),
        (date(2026, 10, 1), date(2026, 10, 31), date(2026, 10, 31), 0, 1, Status.MISSED),
        (date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 30), 1, 0, Status.MET),
    ]
    assert {r.subject.key for r in results} == {ALLIANCE.uuid}
    assert results[0].subject.name == "实验小学教育联盟"


def test_monthly_rule_with_nothing_done_yet():
    rule = QuotaRule(name="每月一次", scope=Scope.ALLIANCE, metric=Metric.ACTIVITIES_OF_ALLIANCE,
                     period=Period.MONTH, threshold=1)
    results = evaluate([rule], subjects(), RecordCounter(alliance_key=ALLIANCE.uuid),
                       SEMESTER, TODAY)
    # November has run 25 of 30 days: 1 * 25 // 30 = 0 expected, so still on track
    assert [(r.count, r.expected_now, r.status) for r in results] == [
        (0, 1, Status.MISSED), (0, 1, Status.MISSED), (0, 0, Status.ON_TRACK)]


def test_alliance_rule_without_an_alliance_has_no_subject():
    rule = QuotaRule(name="每月一次", scope=Scope.ALLIANCE, metric=Metric.ACTIVITIES_OF_ALLIANCE,
                     period=Period.MONTH, threshold=1)
    no_alliance = Subjects(teachers=TEACHERS, pairings=[], schools=SCHOOLS, alliance=None)
    assert evaluate([rule], no_alliance, RecordCounter(activities=activities()),
                    SEMESTER, TODAY) == []


def demonstration_observations():
    records = [
        # one 示范课 at the lead school, three observers: one lesson
        obs(ZHAO, SUN, date(2026, 10, 20), occasion=Occasion.DEMONSTRATION, period=2,
            topic="圆的面积"),
        obs(WU, SUN, date(2026, 10, 20), occasion=Occasion.DEMONSTRATION, period=2,
            topic="圆的面积"),
        obs(QIAN, SUN, date(2026, 10, 20), occasion=Occasion.DEMONSTRATION, period=2,
            topic="圆的面积"),
        # a second one there
        obs(ZHAO, SUN, date(2026, 11, 12), occasion=Occasion.DEMONSTRATION, period=3,
            topic="比的认识"),
        # at the member school: the same topic twice in two periods is two lessons
        obs(QIAN, LI, date(2026, 10, 22), occasion=Occasion.DEMONSTRATION, period=1,
            topic="分数的初步认识"),
        obs(WU, LI, date(2026, 10, 22), occasion=Occasion.DEMONSTRATION, period=1,
            topic="分数的初步认识"),
        obs(QIAN, LI, date(2026, 10, 22), occasion=Occasion.DEMONSTRATION, period=2,
            topic="分数的初步认识"),
        # an open lesson is not a demonstration lesson
        obs(QIAN, LI, date(2026, 11, 2), occasion=Occasion.OPEN, topic="小数的意义"),
        # at the rural school, no period noted, two observers: one lesson
        obs(ZHOU, FENG, date(2026, 9, 15), occasion=Occasion.DEMONSTRATION, period=None,
            topic="认识钟表"),
        obs(QIAN, FENG, date(2026, 9, 15), occasion=Occasion.DEMONSTRATION, period=None,
            topic="认识钟表"),
        # last school year, and a deleted one: not counted
        obs(ZHAO, SUN, date(2026, 8, 25), occasion=Occasion.DEMONSTRATION, topic="暑期示范"),
        obs(ZHOU, FENG, date(2026, 10, 10), occasion=Occasion.DEMONSTRATION, topic="删除",
            deleted=True),
        # taught at the member school by a lead-school teacher: counted where it was taught
        obs(LI, SUN, date(2026, 11, 16), school=MEMBER, occasion=Occasion.DEMONSTRATION,
            topic="送教：百分数"),
    ]
    return records


def test_demonstration_lessons_are_distinct_lessons():
    counter = RecordCounter(observations=demonstration_observations())
    assert counter.count(Metric.DEMONSTRATION_LESSONS, date(2026, 9, 1), date(2027, 8, 31)) == {
        LEAD.uuid: 2, MEMBER.uuid: 3, RURAL.uuid: 1}
    rule = next(r for r in default_rules(LEAD.uuid)
                if r.metric is Metric.DEMONSTRATION_LESSONS)
    assert (rule.period, rule.threshold) == (Period.SCHOOL_YEAR, 2)
    results = by_subject(evaluate([rule], subjects(), counter, SEMESTER, TODAY))
    lead, member, rural = results[LEAD.uuid], results[MEMBER.uuid], results[RURAL.uuid]
    assert (lead.count, lead.status) == (2, Status.MET)
    assert (member.count, member.status) == (3, Status.MET)
    assert (rural.count, rural.short_by, rural.expected_now, rural.status) == (
        1, 1, 0, Status.ON_TRACK)
    assert (rural.start, rural.end, rural.due) == (
        date(2026, 9, 1), date(2027, 8, 31), date(2027, 8, 31))


def test_observations_by_observer_count_every_record():
    counter = RecordCounter(observations=demonstration_observations())
    counts = counter.count(Metric.OBSERVATIONS_BY_OBSERVER, SEMESTER.start, SEMESTER.end)
    assert counts == {ZHAO.uuid: 2, WU.uuid: 2, QIAN.uuid: 5, ZHOU.uuid: 1, LI.uuid: 1}


# -- pairings -------------------------------------------------------------------------------

P_ACTIVE = MentorPairing(mentor=SUN.uuid, mentee=LI.uuid, start=date(2026, 3, 1))
P_GRADUATED_BEFORE = MentorPairing(mentor=ZHAO.uuid, mentee=WU.uuid, start=date(2025, 9, 1),
                                   status=PairingStatus.GRADUATED, ended_on=date(2026, 6, 30))
P_DISSOLVED_DURING = MentorPairing(mentor=QIAN.uuid, mentee=SUN.uuid, start=date(2026, 2, 20),
                                   status=PairingStatus.DISSOLVED, ended_on=date(2026, 10, 10),
                                   end_reason="师傅调离")
P_NOT_STARTED = MentorPairing(mentor=WU.uuid, mentee=LI.uuid, start=date(2027, 3, 1))
P_DELETED = MentorPairing(mentor=ZHAO.uuid, mentee=SUN.uuid, start=date(2026, 9, 1),
                          deleted=True)
P_ENDED_FIRST_DAY = MentorPairing(mentor=SUN.uuid, mentee=WU.uuid, start=date(2025, 9, 1),
                                  status=PairingStatus.GRADUATED, ended_on=date(2026, 9, 1))
PAIRINGS = [P_ACTIVE, P_GRADUATED_BEFORE, P_DISSOLVED_DURING, P_NOT_STARTED, P_DELETED,
            P_ENDED_FIRST_DAY]


def sess(p: MentorPairing, kind: SessionKind, day: date, deleted: bool = False):
    return MentorSession(pairing=p.uuid, kind=kind, session_date=day, deleted=deleted)


def sessions():
    records = [sess(P_ACTIVE, SessionKind.MENTEE_OBSERVES, d) for d in days(5)]
    records.append(sess(P_ACTIVE, SessionKind.MENTEE_OBSERVES, date(2026, 8, 20)))  # before
    records.append(sess(P_ACTIVE, SessionKind.MENTEE_OBSERVES, date(2026, 10, 30), True))
    records += [sess(P_ACTIVE, SessionKind.MENTOR_OBSERVES, d) for d in days(2)]
    records += [sess(P_ACTIVE, SessionKind.LESSON_PLANNING, d) for d in days(3)]
    records.append(sess(P_ACTIVE, SessionKind.SUMMARY, date(2026, 11, 20)))
    # a pairing that ended before the semester still has stray sessions: not a subject
    records += [sess(P_GRADUATED_BEFORE, SessionKind.MENTEE_OBSERVES, d) for d in days(3)]
    return records


def test_pairing_session_counts():
    counter = RecordCounter(sessions=sessions())
    start, end = SEMESTER.start, SEMESTER.end
    assert counter.count(Metric.PAIRING_SESSIONS, start, end,
                         session_kind=SessionKind.MENTEE_OBSERVES) == {
        P_ACTIVE.uuid: 5, P_GRADUATED_BEFORE.uuid: 3}
    assert counter.count(Metric.PAIRING_SESSIONS, start, end,
                         session_kind=SessionKind.MENTOR_OBSERVES) == {P_ACTIVE.uuid: 2}
    assert counter.count(Metric.PAIRING_SESSIONS, start, end) == {
        P_ACTIVE.uuid: 11, P_GRADUATED_BEFORE.uuid: 3}


def test_pairing_rules():
    rules = [r for r in default_rules(LEAD.uuid)
             if r.metric is Metric.PAIRING_SESSIONS and r.period is Period.SEMESTER]
    mentee_rule = next(r for r in rules if r.session_kind is SessionKind.MENTEE_OBSERVES)
    mentor_rule = next(r for r in rules if r.session_kind is SessionKind.MENTOR_OBSERVES)
    assert (mentee_rule.threshold, mentor_rule.threshold) == (8, 7)
    counter = RecordCounter(sessions=sessions())

    results = by_subject(evaluate([mentee_rule], subjects(PAIRINGS), counter, SEMESTER, TODAY))
    # ended before the semester, starting after it, deleted: not subjects
    assert set(results) == {P_ACTIVE.uuid, P_DISSOLVED_DURING.uuid, P_ENDED_FIRST_DAY.uuid}
    active = results[P_ACTIVE.uuid]
    assert (active.count, active.short_by, active.expected_now, active.status) == (
        5, 3, 4, Status.ON_TRACK)
    assert active.subject.name == "孙老师 → 李老师"
    assert active.subject.school == MEMBER.uuid  # the mentee's school
    dissolved = results[P_DISSOLVED_DURING.uuid]
    assert (dissolved.count, dissolved.short_by, dissolved.behind_by, dissolved.status) == (
        0, 8, 4, Status.BEHIND)
    assert dissolved.subject.school == LEAD.uuid

    results = by_subject(evaluate([mentor_rule], subjects(PAIRINGS), counter, SEMESTER, TODAY))
    active = results[P_ACTIVE.uuid]
    assert (active.count, active.short_by, active.expected_now, active.behind_by,
            active.status) == (2, 5, 3, 1, Status.BEHIND)


def test_pairing_names_from_outside_the_scope():
    only_li = Subjects(teachers=[LI], pairings=[P_ACTIVE], schools=[MEMBER],
                       teacher_names={SUN.uuid: "孙老师"})
    rule = next(r for r in default_rules(LEAD.uuid)
                if r.session_kind is SessionKind.MENTEE_OBSERVES)
    (result,) = evaluate([rule], only_li, RecordCounter(), SEMESTER, TODAY)
    assert result.subject.name == "孙老师 → 李老师"
    unnamed = Subjects(teachers=[LI], pairings=[P_ACTIVE], schools=[MEMBER])
    (result,) = evaluate([rule], unnamed, RecordCounter(), SEMESTER, TODAY)
    assert result.subject.name == "? → 李老师"


@pytest.mark.parametrize("today,active_status,dissolved_status,expected", [
    (TODAY, Status.MET, Status.ON_TRACK, 0),  # 1 * 86 // 91 = 0
    (date(2026, 11, 30), Status.MET, Status.BEHIND, 1),  # due today
    (date(2026, 12, 1), Status.MET, Status.MISSED, 1),  # past due
])
def test_annual_summary_due_30_november(today, active_status, dissolved_status, expected):
    # v0.1's default (a pairing summary due 30 November) still evaluates as it did
    rule = QuotaRule(**V0_1_BY_NAME["结对帮扶年度总结11月30日前报送"])
    counter = RecordCounter(sessions=sessions())
    results = by_subject(evaluate([rule], subjects(PAIRINGS), counter, SEMESTER, today))
    # the window is the school year, so the pairing starting in March 2027 is in it too
    assert set(results) == {P_ACTIVE.uuid, P_DISSOLVED_DURING.uuid, P_ENDED_FIRST_DAY.uuid,
                            P_NOT_STARTED.uuid}
    active, dissolved = results[P_ACTIVE.uuid], results[P_DISSOLVED_DURING.uuid]
    assert (active.start, active.end, active.due) == (
        date(2026, 9, 1), date(2027, 8, 31), date(2026, 11, 30))
    assert (active.count, active.status) == (1, active_status)
    assert (dissolved.count, dissolved.expected_now, dissolved.status) == (
        0, expected, dissolved_status)


def test_all_seed_rules_together():
    """The whole seed policy over one small semester: how many results, and who is short."""
    counter = RecordCounter(observations=principal_observations(), sessions=sessions(),
                            activities=activities(), alliance_key=ALLIANCE.uuid)
    results = evaluate(default_rules(LEAD.uuid), subjects(PAIRINGS), counter, SEMESTER, TODAY)
    per_rule: dict[str, int] = {}
    for r in results:
        per_rule[r.rule.name] = per_rule.get(r.rule.name, 0) + 1
    assert per_rule == {
        "学校领导（校长、副校长、教务主任）每学期听课不少于40节": 3,  # 赵, 钱, 周
        "教师（教研组长、班主任、任课教师）每学期听课不少于18节": 4,  # 孙, 李, 吴, 冯
        # (no 总校视导员 on the roster: that rule has nobody to measure)
        "每学期合作交流活动不得低于4次": 3,  # three live schools
        "结对学校原则上每月开展一次活动": 3,  # September, October, November
        "牵头学校每月至少召开一次联盟校会议": 3,
        "集团每月至少召开一次理事会议": 3,
        "每季度向县教育局书面汇报理事会议的重大决策内容": 1,  # October's quarter has begun
        "每学期召开一至两次两校领导联席会议": 3,
        "每个学年上示范课两次以上": 3,
        "每学期选派教学能手上示范课，每人不少于一节": 3,
        "每年至少选派2名骨干教师、优秀教师进行置换交流": 3,
        "各学校每年11月底前报送结对帮扶情况汇总": 3,
        "徒弟每学期听师傅课不少于8节": 3,  # three pairings live in the semester
        "师傅每学期听徒弟课不少于7节": 3,
    }
    missed = [(r.rule.name, r.start) for r in results if r.status is Status.MISSED]
    # no meetings recorded: September and October are missed, November still has time
    assert missed == [("结对学校原则上每月开展一次活动", date(2026, 10, 1)),
                      ("牵头学校每月至少召开一次联盟校会议", date(2026, 9, 1)),
                      ("牵头学校每月至少召开一次联盟校会议", date(2026, 10, 1)),
                      ("集团每月至少召开一次理事会议", date(2026, 9, 1)),
                      ("集团每月至少召开一次理事会议", date(2026, 10, 1))]


def test_school_year_of_agrees_with_its_bounds():
    from jituan_desktop.domain.semesters import school_year_bounds, school_year_of
    for day in (date(2026, 8, 31), date(2026, 9, 1), date(2027, 1, 15), date(2027, 7, 31)):
        start, end = school_year_bounds(school_year_of(day))
        assert start <= day <= end
