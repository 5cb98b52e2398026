"""The alliance's own duties as quotas: meetings held, reports sent, exchanges, by quarter.

Semester 2026-09-01 .. 2027-01-31, today 2026-11-25 (as in test_compliance.py). Quarters are
whole calendar quarters beginning inside the semester: October–December and, from 1 January,
January–March.
"""

from __future__ import annotations

from datetime import date

from jituan_desktop.domain.compliance import (RecordCounter, Subjects, evaluate,
                                              quarters_beginning, windows)
from jituan_desktop.domain.default_rules import default_rules
from jituan_desktop.domain.enums import ActivityType, Metric, Period, Role, Scope, Status, Term
from jituan_desktop.domain.meetings import Meeting, MeetingKind
from jituan_desktop.domain.records import Activity, Alliance, QuotaRule, School, Semester
from jituan_desktop.domain.submissions import Submission, SubmissionKind

TODAY = date(2026, 11, 25)
SEMESTER = Semester(school_year=2026, term=Term.FIRST, start=date(2026, 9, 1),
                    end=date(2027, 1, 31))
SPRING = Semester(school_year=2026, term=Term.SECOND, start=date(2027, 2, 1),
                  end=date(2027, 7, 31))
LEAD = School(name="实验小学", role=Role.LEAD)
MEMBER = School(name="希望小学")
RURAL = School(name="山区小学")
ALLIANCE = Alliance(name="实验小学教育联盟", lead_school=LEAD.uuid)
SUBJECTS = Subjects(teachers=[], pairings=[], schools=[LEAD, MEMBER, RURAL], alliance=ALLIANCE)
RULES = {r.default_key: r for r in default_rules(LEAD.uuid)}


def meeting(kind: MeetingKind, day: date, host: School = LEAD, schools=(), deleted=False):
    return Meeting(kind=kind, title="会议", meeting_date=day, host_school=host.uuid,
                   schools=[s.uuid for s in schools], deleted=deleted)


def report(kind: SubmissionKind, school: School, sent_on: date | None, *, year=2026,
           quarter=None, deleted=False):
    return Submission(school=school.uuid, kind=kind, year=year, quarter=quarter,
                      generated_on=sent_on, sent_on=sent_on, deleted=deleted)


MEETINGS = [
    meeting(MeetingKind.COUNCIL, date(2026, 9, 10)),
    meeting(MeetingKind.COUNCIL, date(2026, 11, 5)),
    meeting(MeetingKind.COUNCIL, date(2026, 10, 15), deleted=True),
    meeting(MeetingKind.ALLIANCE, date(2026, 9, 20), schools=[MEMBER, RURAL]),
    meeting(MeetingKind.ALLIANCE, date(2026, 10, 20), schools=[MEMBER, RURAL]),
    meeting(MeetingKind.ALLIANCE, date(2026, 12, 20)),  # planned: not held yet
    # 两校领导联席会议: the host listed again among the schools counts once
    meeting(MeetingKind.JOINT, date(2026, 10, 9), schools=[MEMBER, LEAD]),
    meeting(MeetingKind.OTHER, date(2026, 10, 9), schools=[RURAL]),
]
REPORTS = [
    report(SubmissionKind.QUARTERLY, LEAD, date(2026, 10, 12), quarter=3),
    report(SubmissionKind.QUARTERLY, LEAD, None, quarter=4),  # generated, not sent
    report(SubmissionKind.ANNUAL, LEAD, date(2026, 11, 20)),
    report(SubmissionKind.ANNUAL, MEMBER, date(2026, 12, 2)),  # after 30 November: late
    report(SubmissionKind.ANNUAL, RURAL, date(2026, 11, 2), deleted=True),
]
EXCHANGES = [
    Activity(host_school=LEAD.uuid, schools=[RURAL.uuid], type=ActivityType.ROTATION,
             title="骨干教师置换交流", activity_date=date(2026, 9, 1)),
    Activity(host_school=LEAD.uuid, schools=[MEMBER.uuid], type=ActivityType.LECTURE,
             title="专题讲座", activity_date=date(2026, 9, 3)),
]


def counter() -> RecordCounter:
    return RecordCounter(meetings=MEETINGS, submissions=REPORTS, activities=EXCHANGES,
                         alliance_key=ALLIANCE.uuid)


def test_quarters_begin_inside_the_semester():
    assert quarters_beginning(SEMESTER.start, SEMESTER.end) == [
        (date(2026, 10, 1), date(2026, 12, 31)), (date(2027, 1, 1), date(2027, 3, 31))]
    assert quarters_beginning(SPRING.start, SPRING.end) == [
        (date(2027, 4, 1), date(2027, 6, 30)), (date(2027, 7, 1), date(2027, 9, 30))]
    # only the quarters that have begun are judged
    assert windows(Period.QUARTER, SEMESTER, TODAY) == [(date(2026, 10, 1), date(2026, 12, 31))]
    assert len(windows(Period.QUARTER, SEMESTER, date(2027, 1, 1))) == 2


def test_meetings_count_by_kind_once_held():
    c = counter()
    span = (SEMESTER.start, TODAY)
    assert c.count(Metric.COUNCIL_MEETINGS, *span) == {ALLIANCE.uuid: 2}
    assert c.count(Metric.ALLIANCE_MEETINGS, *span) == {ALLIANCE.uuid: 2}
    assert c.count(Metric.JOINT_MEETINGS, *span) == {LEAD.uuid: 1, MEMBER.uuid: 1}
    assert c.count(Metric.COUNCIL_MEETINGS, date(2026, 10, 1), date(2026, 10, 31)) == {}


def test_monthly_council_rule():
    results = evaluate([RULES["council_meetings"]], SUBJECTS, counter(), SEMESTER, TODAY)
    assert [(r.start, r.count, r.status) for r in results] == [
        (date(2026, 9, 1), 1, Status.MET),
        (date(2026, 10, 1), 0, Status.MISSED),  # the October meeting was deleted
        (date(2026, 11, 1), 1, Status.MET)]


def test_monthly_alliance_meeting_rule_counts_only_what_was_held():
    results = evaluate([RULES["alliance_meetings"]], SUBJECTS, counter(), SEMESTER,
                       date(2026, 12, 10))
    # December's meeting is on the 20th: on the 10th the month is still open (1 * 10 // 31 = 0
    # expected yet), and it does not count before it is held
    assert [(r.start, r.count, r.status) for r in results] == [
        (date(2026, 9, 1), 1, Status.MET), (date(2026, 10, 1), 1, Status.MET),
        (date(2026, 11, 1), 0, Status.MISSED), (date(2026, 12, 1), 0, Status.ON_TRACK)]


def test_joint_meetings_per_school():
    results = {r.subject.key: r for r in evaluate([RULES["joint_meetings"]], SUBJECTS,
                                                   counter(), SEMESTER, TODAY)}
    assert {k: (r.count, r.status) for k, r in results.items()} == {
        LEAD.uuid: (1, Status.MET), MEMBER.uuid: (1, Status.MET),
        RURAL.uuid: (0, Status.ON_TRACK)}  # 86 of 153 days: 1 * 86 // 153 = 0 expected yet
    assert results[RURAL.uuid].short_by == 1
    late = {r.subject.key: r for r in evaluate([RULES["joint_meetings"]], SUBJECTS, counter(),
                                                SEMESTER, date(2027, 1, 31))}
    assert late[RURAL.uuid].status is Status.BEHIND  # the last day, still none: behind by 1
    assert late[RURAL.uuid].behind_by == 1


def test_quarterly_report_counts_when_sent():
    (result,) = evaluate([RULES["quarterly_reports"]], SUBJECTS, counter(), SEMESTER, TODAY)
    # sent on 12 October (on the third quarter): this quarter has its written report
    assert (result.start, result.end, result.count, result.status) == (
        date(2026, 10, 1), date(2026, 12, 31), 1, Status.MET)
    unsent = RecordCounter(submissions=REPORTS[1:2], alliance_key=ALLIANCE.uuid)
    (result,) = evaluate([RULES["quarterly_reports"]], SUBJECTS, unsent, SEMESTER, TODAY)
    assert (result.count, result.due) == (0, date(2026, 12, 31))


def test_annual_summary_by_30_november_per_school():
    rule = RULES["annual_summary"]
    on_time = {r.subject.key: r for r in evaluate([rule], SUBJECTS, counter(), SEMESTER, TODAY)}
    assert on_time[LEAD.uuid].status is Status.MET
    assert on_time[LEAD.uuid].due == date(2026, 11, 30)
    assert on_time[MEMBER.uuid].count == 0  # not sent yet on 25 November
    late = {r.subject.key: r for r in evaluate([rule], SUBJECTS, counter(), SEMESTER,
                                               date(2026, 12, 5))}
    # sent on 2 December: after the deadline, so the year's summary was missed
    assert (late[MEMBER.uuid].count, late[MEMBER.uuid].status) == (0, Status.MISSED)
    assert (late[RURAL.uuid].count, late[RURAL.uuid].status) == (0, Status.MISSED)
    assert late[LEAD.uuid].status is Status.MET


def test_exchanges_are_rotation_activities_per_school():
    results = {r.subject.key: r for r in evaluate([RULES["teacher_exchanges"]], SUBJECTS,
                                                   counter(), SEMESTER, TODAY)}
    assert {k: r.count for k, r in results.items()} == {LEAD.uuid: 1, MEMBER.uuid: 0,
                                                         RURAL.uuid: 1}
    assert all(r.threshold == 2 and r.end == date(2027, 8, 31) for r in results.values())


def test_results_of_monthly_and_quarterly_rules_say_which_month_or_quarter(zh):
    from jituan_desktop.domain.rule_text import subject_text, window_text
    assert window_text(Period.MONTH, date(2026, 9, 1), zh) == "2026年9月"
    assert window_text(Period.QUARTER, date(2026, 10, 1), zh) == "2026年第4季度"
    assert window_text(Period.SEMESTER, date(2026, 9, 1), zh) == ""
    assert subject_text(RULES["council_meetings"], ALLIANCE.name, date(2026, 10, 1), zh) == (
        "2026年10月")  # the alliance is the only subject: the month says which result
    monthly_school = QuotaRule(name="每月", scope=Scope.SCHOOL, metric=Metric.EXCHANGES,
                               period=Period.MONTH, threshold=1)
    assert subject_text(monthly_school, "山区小学", date(2026, 10, 1), zh) == (
        "山区小学（2026年10月）")
    assert subject_text(RULES["teacher_exchanges"], "实验小学", date(2026, 9, 1), zh) == "实验小学"
