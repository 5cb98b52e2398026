"""The 首页 dashboard in one load: quota progress per rule, the latest records, and (for the
lead school) every school side by side.

The numbers come from ``compliance_ops.compliance`` and from the same lists the pages show,
so the dashboard, the reports and the lists never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum

from ..domain.compliance import RuleResult
from ..domain.duties import Duty
from ..domain.enums import ActivityType, Occasion, Role, Scope, SessionKind, Status
from ..domain.quota_standing import NEEDS_ATTENTION, attention_first, count_standings
from ..domain.list_query import ListQuery
from ..domain.messages import Refusal
from ..domain.records import MentorPairing, QuotaRule, Semester
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.school_summaries import SchoolTally, school_tallies
from ..storage.store import Store
from . import compliance_ops, duties_ops, query_ops
from .setup_ops import identity

RECENT_LIMIT = 10
STALE_DAYS = 30  # a school with no record for this long is falling behind
MANY_BEHIND_SHARE = 0.5  # ... and so is one where this share of its people is behind
SHORT_STATUSES = NEEDS_ATTENTION  # 落后 or 未完成 (domain/quota_standing.py)


@dataclass
class RuleProgress:
    """One rule's results for every subject in scope, and who is short of it."""

    rule: QuotaRule
    results: list[RuleResult]

    def _count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def met(self) -> int:
        return self._count(Status.MET)

    @property
    def on_track(self) -> int:
        return self._count(Status.ON_TRACK)

    @property
    def behind(self) -> int:
        return self._count(Status.BEHIND)

    @property
    def missed(self) -> int:
        return self._count(Status.MISSED)

    @property
    def counts(self) -> dict[Status, int]:
        """How many subjects stand at each of 达标 / 正常 / 落后 / 未完成."""
        return count_standings(self.results)

    @property
    def everyone(self) -> list[RuleResult]:
        """Every subject, who needs someone to act first: 未完成, 落后, 正常, then 达标;
        within a standing the furthest behind first."""
        return sorted(self.results, key=lambda r: (attention_first(r.status), -r.behind_by,
                                                   -r.short_by, r.subject.name, r.start))

    @property
    def due(self) -> date | None:
        """The latest due date (for a monthly rule, the current month's)."""
        return max((r.due for r in self.results), default=None)

    @property
    def short(self) -> list[RuleResult]:
        """Everyone still short of the threshold, the furthest behind first."""
        return sorted((r for r in self.results if r.short_by > 0),
                      key=lambda r: (-r.behind_by, -r.short_by, r.subject.name, r.start))


@dataclass(frozen=True)
class RecentRecord:
    list_name: str  # "observation", "mentor_session" or "activity"
    uuid: str
    day: date
    kind: Enum | None  # occasion, session kind or activity type, for its label
    title: str  # topic or title
    who: str  # observer → teacher, mentor → mentee, or the host school


@dataclass(frozen=True)
class SchoolRow:
    uuid: str
    name: str
    tally: SchoolTally
    behind: int  # people and pairings of the school behind or missed on some rule
    subjects: int  # people and pairings of the school that rules apply to
    days_quiet: int | None  # days from the last record to the window's end (None: none)

    @property
    def stale(self) -> bool:
        return self.days_quiet is None or self.days_quiet > STALE_DAYS

    @property
    def many_behind(self) -> bool:
        return self.subjects > 0 and self.behind >= self.subjects * MANY_BEHIND_SHARE

    @property
    def falling_behind(self) -> bool:
        return self.stale or self.many_behind


@dataclass
class Dashboard:
    semester: Semester
    school: str | None  # None: the whole alliance
    start: date
    end: date  # the window's last day: the semester's end, or today while it runs
    rules: list[RuleProgress]
    recent: list[RecentRecord]
    schools: list[SchoolRow] | None = field(default=None)  # lead school only
    duties: list[Duty] = field(default_factory=list)  # plan items, decisions, reports: now


def window(semester: Semester, today: date) -> tuple[date, date]:
    """What has happened of the semester: a planned activity next week is not done yet."""
    return semester.start, max(semester.start, min(semester.end, today))


def rule_progress(results: list[RuleResult]) -> list[RuleProgress]:
    """Results grouped by rule, in the rules' order."""
    grouped: dict[str, RuleProgress] = {}
    for r in results:
        grouped.setdefault(r.rule.uuid, RuleProgress(r.rule, [])).results.append(r)
    return list(grouped.values())


def recent_records(store: Store, school: str | None, start: date, end: date, *,
                   limit: int = RECENT_LIMIT) -> list[RecentRecord]:
    """The newest observations, mentor sessions and activities concerning ``school``."""
    query = ListQuery(school=school, date_from=start, date_to=end)
    teachers = lookups.names(store, "teacher")
    schools = lookups.names(store, "school")
    pairings = repository(store, MentorPairing)
    # Same-day records of different kinds are ordered by when they were written: row ids
    # of different tables say nothing about which came first.
    found: list[tuple[str, RecentRecord]] = []
    for row in query_ops.page(store, "observation", query, limit=limit):
        _add_recent(found, row, lambda: RecentRecord(
            "observation", row["uuid"], date.fromisoformat(row["lesson_date"]),
            Occasion(row["occasion"]), row["topic"],
            f"{row['observer_name'] or '?'} → {row['teacher_name'] or '?'}"))
    for row in query_ops.page(store, "mentor_session", query, limit=limit):
        try:
            pairing = pairings.get(row["pairing"])
        except Refusal:  # a pairing holding a bad value: the session still shows
            pairing = None
        who = (f"{teachers.get(pairing.mentor, '?')} → {teachers.get(pairing.mentee, '?')}"
               if pairing else "")
        _add_recent(found, row, lambda: RecentRecord(
            "mentor_session", row["uuid"], date.fromisoformat(row["session_date"]),
            SessionKind(row["kind"]), row["topic"], who))
    for row in query_ops.page(store, "activity", query, limit=limit):
        _add_recent(found, row, lambda: RecentRecord(
            "activity", row["uuid"], date.fromisoformat(row["activity_date"]),
            ActivityType(row["type"]), row["title"], schools.get(row["host_school"], "")))
    found.sort(key=lambda pair: (pair[1].day, _instant(pair[0])), reverse=True)
    return [record for _, record in found[:limit]]


def _add_recent(found: list, row: dict, make) -> None:
    """Add the record ``make`` builds from ``row``, unless its date or kind cannot be read
    (a value written by hand or by an older version: ``jituan check`` reports it)."""
    try:
        found.append((row["updated_at"] or "", make()))
    except (TypeError, ValueError):
        pass


def _instant(stamp: str) -> datetime:
    """A written-at stamp as an instant: stamps carry different offsets (+08:00 from the
    demo, +00:00 from the store), so their text does not sort in time order."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _people_behind(results: list[RuleResult]) -> tuple[dict[str, set], dict[str, set]]:
    """School -> keys of its people and pairings under rules, and of those behind."""
    subjects: dict[str, set] = {}
    behind: dict[str, set] = {}
    for r in results:
        if r.rule.scope not in (Scope.PERSON, Scope.PAIRING):
            continue
        subjects.setdefault(r.subject.school, set()).add(r.subject.key)
        if r.status in SHORT_STATUSES:
            behind.setdefault(r.subject.school, set()).add(r.subject.key)
    return subjects, behind


def school_rows(store: Store, results: list[RuleResult], start: date,
                end: date) -> list[SchoolRow]:
    """Every school of the alliance side by side; ``results`` is alliance-wide compliance."""
    tallies = school_tallies(store, start, end)
    subjects, behind = _people_behind(results)
    rows = []
    for school in lookups.schools(store):
        tally = tallies.get(school.uuid, SchoolTally())
        quiet = (end - tally.last_record).days if tally.last_record else None
        rows.append(SchoolRow(school.uuid, school.name, tally,
                              len(behind.get(school.uuid, ())),
                              len(subjects.get(school.uuid, ())), quiet))
    return rows


def load_dashboard(store: Store, semester: Semester, *, school: str | None,
                   today: date) -> Dashboard:
    """Everything the dashboard shows for ``school`` (None: the alliance) in ``semester``."""
    start, end = window(semester, today)
    results = compliance_ops.compliance(store, semester, school=school, today=today)
    dashboard = Dashboard(semester=semester, school=school, start=start, end=end,
                          rules=rule_progress(results),
                          recent=recent_records(store, school, start, end),
                          duties=duties_ops.duties(store, school=school, today=today))
    if identity(store).role is Role.LEAD:
        everyone = results if school is None else compliance_ops.compliance(
            store, semester, today=today)
        dashboard.schools = school_rows(store, everyone, start, end)
    return dashboard
