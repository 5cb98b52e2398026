"""The numbers of the four summary reports (听课节数统计表, 学期工作汇总, 联盟学期汇总,
年度结对帮扶情况汇总表), computed here so the PDFs only lay them out.

Quota numbers come from ``compliance_ops.compliance`` and the per-school tallies from
``dashboard_ops.school_rows``, so a printed summary never disagrees with the dashboard;
the rest are grouped reads in ``storage/report_queries.py`` over the same "concerning a
school" conditions as the lists. Windows stop at ``today``: what is planned is not done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.compliance import RuleResult
from ..domain.enums import ActivityType, Metric, Occasion, Position, Scope, SessionKind, Status
from ..domain.quota_standing import NEEDS_ATTENTION
from ..domain.records import Alliance, RubricTemplate, School, Semester
from ..domain.report_periods import annual_period
from ..domain.rubric import DEFAULT_RUBRIC_ITEMS
from ..domain.semesters import months_between
from ..storage import lookups, report_queries
from ..storage.counts import SqlCounter
from ..storage.repositories import repository
from ..storage.store import Store
from . import compliance_ops, dashboard_ops
from .dashboard_ops import RuleProgress, SchoolRow

SHORT = NEEDS_ATTENTION  # 落后 or 未完成 (domain/quota_standing.py)


def clipped(start: date, end: date, today: date) -> tuple[date, date] | None:
    """The part of [start, end] that has happened by ``today``; None before it begins."""
    if today < start:
        return None
    return start, min(end, today)


# -- 听课节数统计表 ------------------------------------------------------------------------

@dataclass
class ObservationCounts:
    """Every teacher of a school against the observation quota that applies to them."""

    school: School
    semester: Semester
    rows: list[RuleResult]  # those short first (largest shortfall first), then by name
    positions: dict[str, Position]  # teacher uuid -> position (the quota depends on it)

    @property
    def observed(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def quota(self) -> int:
        return sum(r.threshold for r in self.rows)

    @property
    def short(self) -> int:
        return sum(r.short_by for r in self.rows)

    @property
    def short_people(self) -> int:
        return sum(1 for r in self.rows if r.short_by > 0)

    def with_status(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def empty(self) -> bool:
        return self.observed == 0


def observation_counts(store: Store, semester: Semester, school: str,
                       today: date) -> ObservationCounts:
    results = [r for r in compliance_ops.compliance(store, semester, school=school, today=today)
               if r.rule.scope is Scope.PERSON
               and r.rule.metric is Metric.OBSERVATIONS_BY_OBSERVER]
    results.sort(key=lambda r: (r.short_by == 0, -r.short_by, -r.behind_by, r.subject.name,
                                r.start))
    positions = {t.uuid: t.position for t in lookups.teachers(store, school)}
    return ObservationCounts(school=_school(store, school), semester=semester, rows=results,
                             positions=positions)


# -- 学期工作汇总 --------------------------------------------------------------------------

@dataclass(frozen=True)
class TypeTally:
    type: ActivityType
    count: int
    teachers: int  # 人次
    students: int


@dataclass(frozen=True)
class ItemAverage:
    """One rubric dimension: its average score over the observations that scored it."""

    name: str
    average: float
    max_score: float
    scored: int

    @property
    def share(self) -> float:
        return self.average / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class Evidence:
    """One record of the 查验 checklist: which evidence applies (True present, False
    missing); items that do not apply to the record are absent from ``items``."""

    kind: str  # "observation" or "activity"
    uuid: str
    day: date
    label: Occasion | ActivityType
    title: str
    who: str
    items: dict[str, bool]


# The four items an inspection checks, in the order of the paper checklist.
NOTES, LECTURE_MATERIAL, LESSON_PLAN, REFLECTION = "notes", "lecture", "plan", "reflection"
EVIDENCE_ITEMS = (NOTES, LECTURE_MATERIAL, LESSON_PLAN, REFLECTION)
# A lesson plan is a document, or a file named as one (a photo "教案.jpg" of a handwritten plan).
PLAN_WORDS = ("教案", "教学设计", "lesson plan", "lesson_plan")
DOCUMENT_TYPES = ("application/pdf", "application/msword",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/vnd.oasis.opendocument.text", "application/wps-office.doc",
                  "application/wps-office.docx")
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".wps")


def is_lesson_plan(attachment: dict) -> bool:
    name = str(attachment.get("name", "")).lower()
    return (any(word in name for word in PLAN_WORDS)
            or attachment.get("media_type") in DOCUMENT_TYPES
            or name.endswith(DOCUMENT_SUFFIXES))


def _has_notes(notes: list[dict]) -> bool:
    """A 听课过程 row with something written in its 过程 or 评析 column."""
    return any(str(n.get("process", "")).strip() or str(n.get("comment", "")).strip()
               for n in notes)


@dataclass
class SchoolSemester:
    school: School
    semester: Semester
    start: date
    end: date  # the window's last day: the semester's end, or today while it runs
    activities: list[TypeTally]
    observations: int
    by_occasion: dict[Occasion, int]
    average_total: float | None
    pairings_active: int
    sessions: dict[SessionKind, int]
    rules: list[RuleProgress]
    per_month: list[tuple[date, int]]  # first day of each month of the semester -> activities
    rubric: list[ItemAverage]
    evidence: list[Evidence]

    @property
    def activity_count(self) -> int:
        return sum(t.count for t in self.activities)

    @property
    def teachers_reached(self) -> int:
        return sum(t.teachers for t in self.activities)

    @property
    def students_reached(self) -> int:
        return sum(t.students for t in self.activities)

    @property
    def session_count(self) -> int:
        return sum(self.sessions.values())

    def evidence_tally(self, item: str) -> tuple[int, int]:
        """(present, applicable) for one checklist item."""
        applicable = [e.items[item] for e in self.evidence if item in e.items]
        return sum(applicable), len(applicable)

    @property
    def empty(self) -> bool:
        return not (self.activities or self.observations or self.sessions)


def type_tallies(rows: list[dict]) -> list[TypeTally]:
    """Activities by type in the order of the type list, with 人次 summed."""
    tallies = []
    for kind in ActivityType:
        mine = [r for r in rows if r["type"] == kind.value]
        if mine:
            tallies.append(TypeTally(kind, len(mine), sum(r["teachers_reached"] for r in mine),
                                     sum(r["students_reached"] for r in mine)))
    return tallies


def rubric_averages(store: Store, start: date, end: date,
                    school: str | None) -> list[ItemAverage]:
    """Averages per dimension, in the order and with the maximums of the alliance rubric."""
    found = report_queries.rubric_item_averages(store, start, end, school)
    maxima: dict[str, float] = {}
    for template in repository(store, RubricTemplate).where(order="id"):
        for item in template.items:
            maxima.setdefault(item.name, item.max_score)
    for item in DEFAULT_RUBRIC_ITEMS:
        maxima.setdefault(item.name, item.max_score)
    ordered = [n for n in maxima if n in found] + sorted(n for n in found if n not in maxima)
    return [ItemAverage(n, round(found[n][0], 2), maxima.get(n, 0.0), found[n][1])
            for n in ordered]


def evidence(store: Store, start: date, end: date, school: str | None,
             activities: list[dict]) -> list[Evidence]:
    """The 查验 checklist: for each observation and activity, its evidence present or not.

    听课笔记: the observation has a 听课过程 row with text; 评课反思: it has a reflection;
    示范课教案: a 示范课 (an observation of that occasion, or an activity of that type) has a
    lesson plan attached, to itself or to the activity it belongs to; 讲座资料: a 讲座
    activity has any file attached."""
    found: list[Evidence] = []
    for o in report_queries.observation_evidence(store, start, end, school):
        items = {NOTES: _has_notes(o["notes"]), REFLECTION: bool(o["reflection"].strip())}
        if o["occasion"] == Occasion.DEMONSTRATION.value:
            items[LESSON_PLAN] = any(map(is_lesson_plan,
                                         o["attachments"] + o["activity_attachments"]))
        try:  # a date or occasion that cannot be read leaves the row out (jituan check)
            found.append(Evidence(
                "observation", o["uuid"], date.fromisoformat(o["lesson_date"]),
                Occasion(o["occasion"]), o["topic"],
                f"{o['observer_name'] or '?'} → {o['teacher_name'] or '?'}", items))
        except (TypeError, ValueError):
            continue
    for a in activities:
        items = {}
        if a["type"] == ActivityType.LECTURE.value:
            items[LECTURE_MATERIAL] = bool(a["attachments"])
        if a["type"] == ActivityType.DEMONSTRATION.value:
            items[LESSON_PLAN] = any(map(is_lesson_plan, a["attachments"]))
        if items:
            try:
                found.append(Evidence("activity", a["uuid"],
                                      date.fromisoformat(a["activity_date"]),
                                      ActivityType(a["type"]), a["title"], "", items))
            except (TypeError, ValueError):
                continue
    found.sort(key=lambda e: (e.day, e.kind))
    return found


def per_month(semester: Semester, activities: list[dict]) -> list[tuple[date, int]]:
    months = [(first.replace(day=1), first, last)
              for first, last in months_between(semester.start, semester.end)]
    return [(month, sum(1 for a in activities if first.isoformat() <= a["activity_date"]
                        <= last.isoformat())) for month, first, last in months]


def school_semester(store: Store, semester: Semester, school: str,
                    today: date) -> SchoolSemester:
    start, end = dashboard_ops.window(semester, today)
    happened = today >= semester.start
    acts = report_queries.activities(store, start, end, school) if happened else []
    occasions = report_queries.observations_by_occasion(store, start, end, school) \
        if happened else {}
    scored = sum(s for _, _, s in occasions.values())
    total = sum(t for _, t, _ in occasions.values())
    sessions = report_queries.session_kind_counts(store, start, end, school) if happened else {}
    _, active = report_queries.pairing_counts(store, start, end, school)
    results = compliance_ops.compliance(store, semester, school=school, today=today)
    return SchoolSemester(
        school=_school(store, school), semester=semester, start=start, end=end,
        activities=type_tallies(acts),
        observations=sum(n for n, _, _ in occasions.values()),
        by_occasion={o: occasions[o.value][0] for o in Occasion if o.value in occasions},
        average_total=round(total / scored, 1) if scored else None,
        pairings_active=active,
        sessions={k: sessions[k.value] for k in SessionKind if k.value in sessions},
        rules=dashboard_ops.rule_progress(results),
        per_month=per_month(semester, acts),
        rubric=rubric_averages(store, start, end, school) if happened else [],
        evidence=evidence(store, start, end, school, acts) if happened else [])


# -- 联盟学期汇总 --------------------------------------------------------------------------

@dataclass(frozen=True)
class Bundles:
    """Member bundles the lead received from one school."""

    accepted: int = 0
    refused: int = 0
    last_accepted: str | None = None  # UTC ISO time of the newest accepted bundle


@dataclass
class AllianceSemester:
    alliance: Alliance | None
    semester: Semester
    start: date
    end: date
    schools: list[SchoolRow]  # dashboard_ops' side-by-side rows
    rules: list[RuleProgress]  # every rule, alliance-wide
    # school uuid -> rule uuid -> (people or pairings behind or missed, subjects under it)
    behind: dict[str, dict[str, tuple[int, int]]]
    bundles: dict[str, Bundles] = field(default_factory=dict)

    @property
    def people_rules(self) -> list[RuleProgress]:
        """Rules about people and pairings: the ones a school can be behind on per head."""
        return [p for p in self.rules if p.rule.scope in (Scope.PERSON, Scope.PAIRING)]

    @property
    def falling_behind(self) -> list[SchoolRow]:
        return [row for row in self.schools if row.falling_behind]

    @property
    def empty(self) -> bool:
        return not any(row.tally.observations or row.tally.activities or row.tally.sessions
                       for row in self.schools)


def behind_per_rule(results: list[RuleResult]) -> dict[str, dict[str, tuple[int, int]]]:
    """School -> rule -> (subjects behind or missed, subjects), for person/pairing rules.

    A monthly rule gives a subject several results; the subject counts once, as behind
    when any of its months is."""
    subjects: dict[tuple[str, str], set] = {}
    short: dict[tuple[str, str], set] = {}
    for r in results:
        if r.rule.scope not in (Scope.PERSON, Scope.PAIRING):
            continue
        key = (r.subject.school, r.rule.uuid)
        subjects.setdefault(key, set()).add(r.subject.key)
        if r.status in SHORT:
            short.setdefault(key, set()).add(r.subject.key)
    table: dict[str, dict[str, tuple[int, int]]] = {}
    for (school, rule), keys in subjects.items():
        table.setdefault(school, {})[rule] = (len(short.get((school, rule), ())), len(keys))
    return table


def alliance_semester(store: Store, semester: Semester, today: date) -> AllianceSemester:
    """Every school side by side: one alliance-wide compliance run and grouped tallies."""
    start, end = dashboard_ops.window(semester, today)
    results = compliance_ops.compliance(store, semester, today=today)
    alliance_uuid = store.meta("alliance")
    received = report_queries.received_member_bundles(store)
    return AllianceSemester(
        alliance=repository(store, Alliance).get(alliance_uuid) if alliance_uuid else None,
        semester=semester, start=start, end=end,
        schools=dashboard_ops.school_rows(store, results, start, end),
        rules=dashboard_ops.rule_progress(results),
        behind=behind_per_rule(results),
        bundles={school: Bundles(b["accepted"], b["refused"], b["last_accepted"])
                 for school, b in received.items()})


# -- 年度结对帮扶情况汇总表 -----------------------------------------------------------------

@dataclass
class AnnualSummary:
    school: School
    year: int
    start: date  # the period
    end: date
    counted_to: date  # the last day counted: the period's end, or today while it runs
    activities: list[TypeTally]
    demonstration_lessons: int  # 示范课 given (observed lessons, counted as compliance does)
    pairings: int  # pairings that ran during the period
    pairings_active: int

    @property
    def activity_count(self) -> int:
        return sum(t.count for t in self.activities)

    def of_type(self, kind: ActivityType) -> int:
        return sum(t.count for t in self.activities if t.type is kind)

    @property
    def lectures(self) -> int:
        return self.of_type(ActivityType.LECTURE)

    @property
    def teachers_reached(self) -> int:
        return sum(t.teachers for t in self.activities)

    @property
    def students_reached(self) -> int:
        return sum(t.students for t in self.activities)

    @property
    def empty(self) -> bool:
        return not (self.activities or self.demonstration_lessons or self.pairings)


def annual_summary(store: Store, year: int, school: str, today: date) -> AnnualSummary:
    start, end = annual_period(year)
    window = clipped(start, end, today)
    acts, demos = [], 0
    ran = active = 0
    if window is not None:
        acts = report_queries.activities(store, window[0], window[1], school)
        demos = SqlCounter(store).count(Metric.DEMONSTRATION_LESSONS, *window).get(school, 0)
        ran, active = report_queries.pairing_counts(store, window[0], window[1], school)
    return AnnualSummary(school=_school(store, school), year=year, start=start, end=end,
                         counted_to=window[1] if window else start,
                         activities=type_tallies(acts), demonstration_lessons=demos,
                         pairings=ran, pairings_active=active)


def _school(store: Store, uuid: str) -> School:
    school = repository(store, School).get(uuid, include_deleted=True)
    return school if school is not None else School(uuid=uuid, name="")


__all__ = ["ObservationCounts", "observation_counts", "SchoolSemester", "school_semester",
           "AllianceSemester", "alliance_semester", "AnnualSummary", "annual_summary",
           "annual_period", "Evidence", "EVIDENCE_ITEMS", "is_lesson_plan", "TypeTally",
           "ItemAverage", "Bundles", "clipped"]
