"""Compliance: quota rules evaluated over records for a semester.

One function, :func:`evaluate`, serves the dashboard and the reports alike. It never reads
records itself: a *counter* answers "how many X per subject between two dates", so the same
evaluation runs over SQL aggregates (``storage``) or over records in memory
(:class:`RecordCounter`, used by tests and small callers), and both must agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Protocol

from .enums import (ActivityType, Metric, Occasion, PairingStatus, Period, Scope, SessionKind,
                    Status)
from .meetings import Meeting, MeetingKind
from .records import (Activity, Alliance, LessonObservation, MentorPairing, MentorSession,
                      QuotaRule, School, Semester, Teacher)
from .semesters import months_between, school_year_bounds
from .submissions import Submission, SubmissionKind, quarter_period

# Meetings counted by kind, per alliance (理事会议, 联盟校会议) or per school taking part (联席会议).
MEETING_METRICS = {Metric.COUNCIL_MEETINGS: MeetingKind.COUNCIL,
                   Metric.ALLIANCE_MEETINGS: MeetingKind.ALLIANCE,
                   Metric.JOINT_MEETINGS: MeetingKind.JOINT}
# Reports to the bureau count on the day they were sent (a report generated but not sent is
# not yet reported).
REPORT_METRICS = {Metric.QUARTERLY_REPORTS_SENT: SubmissionKind.QUARTERLY,
                  Metric.ANNUAL_REPORTS_SENT: SubmissionKind.ANNUAL}


class Counter(Protocol):
    def count(self, metric: Metric, start: date, end: date, *,
              session_kind: SessionKind | None = None) -> dict[str, int]:
        """Counts keyed by subject UUID (teacher, pairing, school or alliance)."""


@dataclass(frozen=True)
class Subject:
    """What a rule is evaluated for: a teacher, a pairing, a school or the alliance."""

    key: str
    name: str
    school: str  # the school it belongs to (for a pairing: the mentee's school)


@dataclass(frozen=True)
class RuleResult:
    rule: QuotaRule
    subject: Subject
    start: date
    end: date
    due: date
    count: int
    threshold: int
    expected_now: int
    status: Status

    @property
    def short_by(self) -> int:
        """How many more are needed to meet the rule."""
        return max(0, self.threshold - self.count)

    @property
    def behind_by(self) -> int:
        """How far below the steady pace to the due date the subject is today."""
        return max(0, self.expected_now - self.count)


def windows(period: Period, semester: Semester, today: date) -> list[tuple[date, date]]:
    if period is Period.SEMESTER:
        return [(semester.start, semester.end)]
    if period is Period.SCHOOL_YEAR:
        return [school_year_bounds(semester.school_year)]
    if period is Period.QUARTER:
        return [q for q in quarters_beginning(semester.start, semester.end) if q[0] <= today]
    # Months of the semester that have begun: a month not yet started has nothing to judge.
    return [m for m in months_between(semester.start, semester.end) if m[0] <= today]


def quarters_beginning(start: date, end: date) -> list[tuple[date, date]]:
    """Whole calendar quarters whose first day falls in [start, end].

    Not clipped to the semester: a quarter is the bureau's unit (每季度书面汇报), and with
    semesters of September–January and February–July each quarter begins in exactly one of
    them (October and January in the first, April and July in the second).
    """
    return [quarter_period(year, quarter) for year in range(start.year, end.year + 1)
            for quarter in (1, 2, 3, 4)
            if start <= quarter_period(year, quarter)[0] <= end]


def due_date(rule: QuotaRule, start: date, end: date) -> date:
    """The rule's fixed deadline inside the window (e.g. 30 November), else the window's end."""
    if rule.due_month is None:
        return end
    for year in range(start.year, end.year + 1):
        try:
            candidate = date(year, rule.due_month, rule.due_day)
        except ValueError:  # 29 February in a common year
            candidate = date(year, rule.due_month, 28)
        if start <= candidate <= end:
            return candidate
    return end


def expected_by(threshold: int, start: date, due: date, today: date) -> int:
    """The count a steady pace would have reached today (whole units, rounded down)."""
    if today >= due:
        return threshold
    if today < start:
        return 0
    elapsed = (today - start).days + 1
    total = (due - start).days + 1
    return threshold * elapsed // total


def status_of(count: int, threshold: int, expected_now: int, due: date, today: date) -> Status:
    if count >= threshold:
        return Status.MET
    if today > due:
        return Status.MISSED
    if count >= expected_now:
        return Status.ON_TRACK
    return Status.BEHIND


@dataclass
class Subjects:
    """Everything rules can be evaluated for, already narrowed to the wanted scope."""

    teachers: list[Teacher]
    pairings: list[MentorPairing]
    schools: list[School]
    alliance: Alliance | None = None
    teacher_names: dict[str, str] | None = None  # names of mentors/mentees outside the scope


def _person_subjects(rule: QuotaRule, subjects: Subjects) -> list[Subject]:
    wanted = set(rule.positions)
    return [Subject(t.uuid, t.name, t.school) for t in subjects.teachers
            if t.active and not t.deleted and (not wanted or t.position in wanted)]


def _pairing_active(p: MentorPairing, start: date, end: date) -> bool:
    if p.deleted or p.start > end:
        return False
    if p.status is PairingStatus.ACTIVE or p.ended_on is None:
        return True  # an ended pairing without an end date may have run in this window
    return p.ended_on >= start


def _pairing_subjects(subjects: Subjects, start: date, end: date) -> list[Subject]:
    names = dict(subjects.teacher_names or {})
    names.update({t.uuid: t.name for t in subjects.teachers})
    schools = {t.uuid: t.school for t in subjects.teachers}
    return [Subject(p.uuid, f"{names.get(p.mentor, '?')} → {names.get(p.mentee, '?')}",
                    schools.get(p.mentee, p.owner_school))
            for p in subjects.pairings if _pairing_active(p, start, end)]


def subjects_for(rule: QuotaRule, subjects: Subjects, start: date, end: date) -> list[Subject]:
    if rule.scope is Scope.PERSON:
        return _person_subjects(rule, subjects)
    if rule.scope is Scope.PAIRING:
        return _pairing_subjects(subjects, start, end)
    if rule.scope is Scope.SCHOOL:
        return [Subject(s.uuid, s.name, s.uuid) for s in subjects.schools if not s.deleted]
    a = subjects.alliance
    return [Subject(a.uuid, a.name, a.lead_school)] if a is not None else []


def evaluate(rules: Iterable[QuotaRule], subjects: Subjects, counter: Counter,
             semester: Semester, today: date) -> list[RuleResult]:
    """Evaluate every active rule for every subject of its scope over the semester.

    Monthly rules give one result per month that has begun; school-year rules look at the
    whole school year that holds the semester.
    """
    results: list[RuleResult] = []
    for rule in rules:
        if not rule.active or rule.deleted:
            continue
        for start, end in windows(rule.period, semester, today):
            due = due_date(rule, start, end)
            expected = expected_by(rule.threshold, start, due, today)
            # Only what has happened counts (an activity planned for next week is not done),
            # and for a fixed deadline only what came by then (a late summary is late).
            last = min(due if rule.due_month is not None else end, today)
            counts = counter.count(rule.metric, start, last,
                                   session_kind=rule.session_kind) if start <= last else {}
            for subject in subjects_for(rule, subjects, start, end):
                n = counts.get(subject.key, 0)
                results.append(RuleResult(
                    rule=rule, subject=subject, start=start, end=end, due=due, count=n,
                    threshold=rule.threshold, expected_now=expected,
                    status=status_of(n, rule.threshold, expected, due, today)))
    return results


class RecordCounter:
    """Counts over records held in memory: the reference the SQL counter must match."""

    def __init__(self, *, observations: Iterable[LessonObservation] = (),
                 sessions: Iterable[MentorSession] = (), activities: Iterable[Activity] = (),
                 meetings: Iterable[Meeting] = (), submissions: Iterable[Submission] = (),
                 alliance_key: str = ""):
        self.observations = [o for o in observations if not o.deleted]
        self.sessions = [s for s in sessions if not s.deleted]
        self.activities = [a for a in activities if not a.deleted]
        self.meetings = [m for m in meetings if not m.deleted]
        self.submissions = [s for s in submissions if not s.deleted]
        self.alliance_key = alliance_key

    def count(self, metric: Metric, start: date, end: date, *,
              session_kind: SessionKind | None = None) -> dict[str, int]:
        counts: dict[str, int] = {}

        def bump(key: str) -> None:
            counts[key] = counts.get(key, 0) + 1

        if metric is Metric.OBSERVATIONS_BY_OBSERVER:
            for o in self.observations:
                if start <= o.lesson_date <= end:
                    bump(o.observer)
        elif metric is Metric.DEMONSTRATION_LESSONS:
            # Twenty observers of one 示范课 make twenty records but one lesson.
            lessons = {(o.school, o.teacher, o.lesson_date, o.period_no, o.topic)
                       for o in self.observations
                       if o.occasion is Occasion.DEMONSTRATION and start <= o.lesson_date <= end}
            for lesson in lessons:
                bump(lesson[0])
        elif metric is Metric.ACTIVITIES_OF_SCHOOL:
            for a in self.activities:
                if start <= a.activity_date <= end:
                    for school in set(a.all_schools):
                        bump(school)
        elif metric is Metric.ACTIVITIES_OF_ALLIANCE:
            for a in self.activities:
                if start <= a.activity_date <= end:
                    bump(self.alliance_key)
        elif metric is Metric.PAIRING_SESSIONS:
            for s in self.sessions:
                if start <= s.session_date <= end and (session_kind is None or s.kind is session_kind):
                    bump(s.pairing)
        elif metric is Metric.EXCHANGES:
            for a in self.activities:
                if a.type is ActivityType.ROTATION and start <= a.activity_date <= end:
                    for school in set(a.all_schools):
                        bump(school)
        elif metric in MEETING_METRICS:
            for m in self.meetings:
                if m.kind is MEETING_METRICS[metric] and start <= m.meeting_date <= end:
                    if metric is Metric.JOINT_MEETINGS:
                        for school in set(m.all_schools):
                            bump(school)
                    else:
                        bump(self.alliance_key)
        elif metric in REPORT_METRICS:
            for r in self.submissions:
                if (r.kind is REPORT_METRICS[metric] and r.sent_on is not None
                        and start <= r.sent_on <= end):
                    # The quarterly report is the alliance's (the lead writes it for the group).
                    bump(self.alliance_key if metric is Metric.QUARTERLY_REPORTS_SENT else r.school)
        return counts
