"""A deterministic demo alliance: schools, teachers, observations, pairings and activities.

``generate_demo(store, "small")`` fills a fresh store with one semester of an 8-school
alliance, at varied progress toward the quotas so that the dashboard has something to say;
``"large"`` writes the benchmark alliance (20 schools, 1,200 teachers, 100,000 observations,
30,000 mentor sessions and 5,000 activities over six semesters). The same seed and the same
``today`` always give the same rows. The demo installation is the lead school's laptop, which
has received every member's records; each record is owned by the school that writes it.

Helpers: :mod:`.people` (schools, staff, mentor matching), :mod:`.activities`, :mod:`.plan`
(the calendar and the planner both share), :mod:`.text` (composed texts and scores),
:mod:`.writer` (fast bulk rows), with the vocabulary in :mod:`.content` and :mod:`.topics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random
from typing import Iterable

from ..domain.default_rules import default_rules
from ..domain.enums import (Metric, Occasion, PairingKind, PairingStatus, Position, Role, SessionKind,
                            Term)
from ..domain.records import (Alliance, LessonObservation, MentorPairing, MentorSession,
                              RubricTemplate)
from ..domain.rubric import DEFAULT_RUBRIC_ITEMS, DEFAULT_RUBRIC_NAME
from ..domain.semesters import default_semester
from ..storage.store import Store
from . import content as C
from . import text as T
from .activities import ActivityPlanner
from .meetings import MeetingPlanner
from .people import People, Person, largest_remainder, timestamp
from .plan import Window, semester_keys, teaching_days
from .plans import PlanWriter
from .submissions import demo_submissions
from .writer import write_records

SCALES = ("small", "large")
LARGE = dict(teachers=1200, observations=100_000, sessions=30_000, activities=5_000,
             pairings=600, semesters=6)
OBSERVE_KINDS = (SessionKind.MENTEE_OBSERVES, SessionKind.MENTOR_OBSERVES)
OTHER_KINDS = (SessionKind.LESSON_PLANNING, SessionKind.LESSON_POLISHING, SessionKind.DISCUSSION,
               SessionKind.READING, SessionKind.PAPER, SessionKind.CLASS_MANAGEMENT)
OTHER_WEIGHTS = (3, 2, 3, 1, 1, 2)
DURATIONS = {SessionKind.MENTEE_OBSERVES: (40, 60), SessionKind.MENTOR_OBSERVES: (40, 60),
             SessionKind.LESSON_PLANNING: (45, 90), SessionKind.LESSON_POLISHING: (60, 90),
             SessionKind.DISCUSSION: (30, 60), SessionKind.READING: (30, 60),
             SessionKind.PAPER: (45, 90), SessionKind.CLASS_MANAGEMENT: (30, 60),
             SessionKind.SUMMARY: (60, 90)}
PAIRING_KINDS = (PairingKind.GREEN_BLUE, PairingKind.BACKBONE, PairingKind.CROSS_SCHOOL,
                 PairingKind.HOMEROOM)
PAIRING_KIND_WEIGHTS = (55, 15, 15, 15)
LEADERS = (Position.PRINCIPAL, Position.VICE_PRINCIPAL, Position.SUPERVISOR)


def observing_quotas() -> dict[Position, int]:
    """Each position's lessons to observe per semester, as the default rules set them."""
    return {position: rule.threshold for rule in default_rules("")
            if rule.metric is Metric.OBSERVATIONS_BY_OBSERVER for position in rule.positions}


@dataclass
class DemoSummary:
    """How many records of each kind the demo wrote."""

    schools: int
    teachers: int
    observations: int
    pairings: int
    mentor_sessions: int
    activities: int
    semesters: int
    meetings: int = 0


def generate_demo(store: Store, scale: str = "small", *, seed: int = 2026,
                  today: date | None = None) -> DemoSummary:
    """Fill a fresh, not yet initialised store with the demo alliance, in one transaction."""
    if scale not in SCALES:
        raise ValueError(f"unknown demo scale {scale!r}; use one of {', '.join(SCALES)}")
    if store.is_initialised:
        raise ValueError("the store already belongs to a school; use an empty data folder")
    demo = _Demo(Random(seed), today or store.clock.today(), large=scale == "large", seed=seed)
    demo.plan()
    with store.transaction():
        store.set_meta("school", demo.people.lead.uuid)
        store.set_meta("role", Role.LEAD.value)
        store.set_meta("alliance", demo.alliance.uuid)
        store.set_meta("demo", scale)  # setup_ops.DEMO_MARK: its windows say it is the demo
        write_records(store, demo.fixed_records(), demo.bulk_records())
    return demo.summary


class _Demo:
    def __init__(self, rng: Random, today: date, *, large: bool, seed: int = 2026):
        self.rng, self.today, self.large, self.seed = rng, today, large, seed
        self.obs_plan: list[tuple] = []  # (day, uuid, observer, teacher, venue, lesson, ...)
        self.session_plan: list[tuple] = []
        self.scores = T.ScoreBook(rng)

    # -- planning -------------------------------------------------------------------------
    def plan(self) -> None:
        rng, today = self.rng, self.today
        keys = semester_keys(today, LARGE["semesters"] if self.large else 2)
        self.semesters = [default_semester(y, t) for y, t in keys]
        self.windows = [Window(s, teaching_days(s, today)) for s in self.semesters]
        if not self.large:  # one semester of records: the current one, once it has begun
            current = self.windows[-1]
            self.windows = [current if len(current.days) >= 10 else self.windows[-2]]
        self.founded = self.semesters[0].start - timedelta(days=10)
        self.people = People(rng, self.founded, large=self.large,
                             total=LARGE["teachers"] if self.large else None)
        lead = self.people.lead
        self.alliance = Alliance(uuid=self.people.new_uuid(), name=C.ALLIANCE_NAME,
                                 code=C.ALLIANCE_CODE, lead_school=lead.uuid)
        for school in self.people.school_records:
            school.alliance = self.alliance.uuid
        self.rubric = RubricTemplate(uuid=self.people.new_uuid(), name=DEFAULT_RUBRIC_NAME,
                                     items=list(DEFAULT_RUBRIC_ITEMS))
        self.rules = default_rules(lead.uuid)
        for rule in self.rules:  # records made by the domain come with random UUIDs
            rule.uuid = self.people.new_uuid()
        for record in [self.alliance, self.rubric, *self.rules]:
            self.people.own(record, lead.uuid, self.founded)
        for sem in self.semesters:
            sem.uuid = self.people.new_uuid()
            self.people.own(sem, lead.uuid, min(sem.start - timedelta(days=10), today))
        self.pace: dict[str, float] = {}
        self.pairings = self._pairings()
        self._sessions()
        self.activities = ActivityPlanner(self).plan(LARGE["activities"] if self.large else None)
        self._demonstrations()
        self._fill()
        # A draw stream of their own: the meetings change none of the records above.
        self.meetings = MeetingPlanner(self.seed, self.people, today).plan()
        self.obs_plan.sort(key=lambda p: p[0])
        self.session_plan.sort(key=lambda p: p[0])
        # A Random of their own: the observations are drawn from self.rng as they are written.
        self.submissions = demo_submissions(Random(self.people.lead.uuid), self.people, today)
        self.plans = PlanWriter(self).plans()  # last: it draws from a generator of its own

    def lesson(self, teacher: Person, window: Window, venue: int | None = None,
               period: int | None = None) -> tuple:
        """(subject, grade index, class number, topic, period) of a lesson ``teacher`` gives."""
        rng, r = self.rng, self.rng.random
        subjects = teacher.subjects
        subject = subjects[0] if len(subjects) == 1 or r() < 0.8 else subjects[1]
        grade = T.pick(r, teacher.grades)
        school = self.people.schools[teacher.school if venue is None else venue]
        return (subject, grade, 1 + int(r() * school.classes),
                T.topic(rng, subject, grade, window.second), period or T.pick(r, T.PERIODS))

    def observe(self, day: date, observer: Person, teacher: Person, occasion: Occasion,
                lesson: tuple, *, venue: int | None = None, activity: str | None = None,
                pairing: str | None = None) -> str:
        uuid = self.people.new_uuid()
        self.obs_plan.append((day, uuid, observer, teacher,
                              teacher.school if venue is None else venue, lesson, occasion,
                              activity, pairing))
        return uuid

    # -- mentoring ------------------------------------------------------------------------
    def _pairings(self) -> list[MentorPairing]:
        rng, today = self.rng, self.today
        specs = []  # (begin, planned end, status, ended on, school)
        if self.large:  # started over the window and the two semesters before, mostly lately
            keys = semester_keys(today, LARGE["semesters"] + 2)
            for index in sorted(rng.choices(range(len(keys)), (1, 1, 2, 2, 3, 3, 3, 3),
                                            k=LARGE["pairings"])):
                begin = teaching_days(default_semester(*keys[index]), date.max)[rng.randint(3, 8)]
                span = rng.choices((2, 4, 6), (1, 3, 6))[0]
                while index + span < 3:  # end inside the window at the earliest
                    span += 2
                planned = self._term_end(keys[index], span - 1)
                if rng.random() < 0.06 and begin < today:
                    last = min(planned, today)
                    span_days = (last - begin).days
                    ended = begin + timedelta(days=rng.randint(min(30, span_days), span_days))
                    specs.append((begin, planned, PairingStatus.DISSOLVED, ended, None))
                elif planned < today:
                    specs.append((begin, planned, PairingStatus.GRADUATED, planned, None))
                else:
                    specs.append((begin, planned, PairingStatus.ACTIVE, None, None))
        else:
            days = self.windows[0].days
            for school in self.people.schools:
                for _ in range(rng.randint(3, 5)):
                    roll = rng.random()
                    if roll < 0.08 or roll > 0.94:  # completed or dissolved this semester
                        back = 2 if roll < 0.08 else 1
                        begin = days[0].replace(year=days[0].year - back)
                        ended = days[rng.randrange(len(days) // 3, len(days) - 1)]
                        planned = ended if back == 2 else date(begin.year + 3, 7, 10)
                        status = PairingStatus.GRADUATED if back == 2 else PairingStatus.DISSOLVED
                        specs.append((begin, planned, status, ended, school.index))
                        continue
                    begin = days[min(len(days) - 1, rng.randint(3, 8))] if roll < 0.6 \
                        else days[0].replace(year=days[0].year - rng.randint(1, 2))
                    planned = date(max(begin.year + rng.randint(1, 3) + (begin.month >= 8),
                                       self.windows[0].semester.school_year + 1), 7, 10)
                    specs.append((begin, planned, PairingStatus.ACTIVE, None, school.index))
        pairings = []
        for begin, planned, status, ended, school in specs:
            kind = rng.choices(PAIRING_KINDS, PAIRING_KIND_WEIGHTS)[0]
            p = self.people.pairing(kind, begin, planned, status, ended, school=school)
            if p is not None:
                pairings.append(p)
                self.pace[p.uuid] = rng.uniform(0.6, 1.3)
        return pairings

    def _term_end(self, key: tuple[int, Term], steps: int) -> date:
        year, term = key
        for _ in range(steps):
            year, term = (year, Term.SECOND) if term is Term.FIRST else (year + 1, Term.FIRST)
        return teaching_days(default_semester(year, term), date.max)[-1]

    def _sessions(self) -> None:
        rng, people = self.rng, self.people
        slots = []  # (pairing, window, days)
        for p in self.pairings:
            last = p.ended_on or self.today
            for w in self.windows:
                days = [d for d in w.days if p.start <= d <= last]
                if days:
                    slots.append((p, w, days))
        if self.large:
            weights = [len(days) * self.pace[p.uuid] for p, _, days in slots]
            counts = largest_remainder(LARGE["sessions"], weights)
        else:
            counts = None
        for i, (p, w, days) in enumerate(slots):
            kinds = self._slot_kinds(w, days, counts[i] if counts else None)
            mentor, mentee = people.by_uuid[p.mentor], people.by_uuid[p.mentee]
            for kind in kinds:
                if kind is SessionKind.SUMMARY:
                    due = [d for d in days if (d.month, d.day) <= (11, 30) and d.month >= 9]
                    day = rng.choice(due or days)
                else:
                    day = rng.choice(days)
                obs, lesson = None, None
                if kind in OBSERVE_KINDS:
                    teacher, observer = ((mentor, mentee) if kind is OBSERVE_KINDS[0]
                                         else (mentee, mentor))
                    lesson = self.lesson(teacher, w)
                    if rng.random() < 0.5:
                        obs = self.observe(day, observer, teacher, Occasion.MENTORING, lesson,
                                           pairing=p.uuid)
                topic = lesson[3] if lesson else T.topic(rng, p.subject, rng.choice(
                    mentee.grades), w.second)
                self.session_plan.append((day, people.new_uuid(), p, kind, obs, topic))

    def _slot_kinds(self, w: Window, days: list[date], n: int | None) -> list[SessionKind]:
        rng = self.rng
        # The yearly summary is due on 30 November: written in the first semester, in a small
        # demo only once November has come.
        season = self.large or self.today >= date(self.today.year, 11, 1) or self.today.month < 8
        summary = w.second == 0 and season and rng.random() < (0.8 if self.large else 0.5)
        if n is None:  # small: paced against today's share of the semester, some behind
            sem = w.semester
            frac = min(1.0, ((self.today - sem.start).days + 1) / ((sem.end - sem.start).days + 1))
            frac *= len(days) / max(1, len(w.days))
            pace = rng.choice((1.9, 1.45, 1.1, 1.0, 0.85, 0.5, 0.3))
            mentee = round(8 * frac * pace * rng.uniform(0.9, 1.1))
            mentor = round(7 * frac * pace * rng.uniform(0.9, 1.1))
            others = rng.randint(1, 4)
        else:
            summary = summary and n >= 4
            rest = n - summary
            mentee = round(rest * rng.uniform(0.42, 0.52))
            mentor = min(rest - mentee, round(rest * rng.uniform(0.36, 0.44)))
            others = rest - mentee - mentor
        kinds = [OBSERVE_KINDS[0]] * mentee + [OBSERVE_KINDS[1]] * mentor
        kinds += rng.choices(OTHER_KINDS, OTHER_WEIGHTS, k=others)
        return kinds + [SessionKind.SUMMARY] * summary

    # -- observations ---------------------------------------------------------------------
    def _demonstrations(self) -> None:
        """School 示范课: several colleagues watch the same lesson of a strong teacher."""
        rng = self.rng
        for w in (w for w in self.windows if w.days):
            for school in self.people.schools:
                for _ in range(rng.choices((0, 1, 2), (25, 40, 35))[0]):
                    staff = school.active
                    teacher = max(rng.sample(staff, min(4, len(staff))), key=lambda p: p.skill)
                    day, lesson = rng.choice(w.days), self.lesson(teacher, w)
                    watchers = [p for p in rng.sample(staff, min(len(staff), 7))
                                if p is not teacher]
                    for observer in watchers[:rng.randint(3, 6)]:
                        self.observe(day, observer, teacher, Occasion.DEMONSTRATION, lesson)

    def _fill(self) -> None:
        """Everyday observations, up to each observer's pace (small) or the total (large)."""
        rng, people = self.rng, self.people
        observers = [p for p in people.persons if p.active]
        done: dict[tuple[int, str], int] = {}
        for day, _, observer, *_ in self.obs_plan:
            key = (self._window_of(day), observer.uuid)
            done[key] = done.get(key, 0) + 1
        if self.large:
            budget = largest_remainder(LARGE["observations"] - len(self.obs_plan),
                                       [len(w.days) for w in self.windows])
            for wi, w in enumerate(self.windows):
                weights = [p.diligence * rng.uniform(0.8, 1.2) for p in observers]
                for observer in rng.choices(observers, weights, k=budget[wi]):
                    self._everyday(w, observer)
            return
        w = self.windows[0]
        sem = w.semester
        frac = min(1.0, ((self.today - sem.start).days + 1) / ((sem.end - sem.start).days + 1))
        quotas = observing_quotas()
        for observer in observers:
            threshold = quotas.get(observer.position, 18)
            roll = rng.random()
            if roll < 0.18:
                target = threshold + rng.randint(0, 3) if frac >= 0.4 else \
                    round(threshold * frac * 1.6)
            elif roll < 0.6:
                target = round(threshold * frac * rng.uniform(1.0, 1.3) + 0.5)
            else:
                target = int(threshold * frac * rng.uniform(0.25, 0.9))
            for _ in range(target - done.get((0, observer.uuid), 0)):
                self._everyday(w, observer)

    def _window_of(self, day: date) -> int:
        for i, w in enumerate(self.windows):
            if w.semester.start <= day <= w.semester.end:
                return i
        return -1

    def _everyday(self, w: Window, observer: Person) -> None:
        r, people, pick = self.rng.random, self.people, T.pick
        school = people.schools[observer.school]
        if r() < 0.1:  # across the alliance, a colleague of the same subject
            other = pick(r, [s for s in people.schools if s is not school])
            pool = other.by_subject.get(observer.subjects[0]) or other.active
        elif observer.position in LEADERS or r() < 0.35:
            pool = school.active
        else:
            pool = school.by_subject.get(observer.subjects[0]) or school.active
        teacher = pick(r, pool)
        while teacher is observer:
            teacher = pick(r, school.active)
        occasions = (T.LEADER_OCCASIONS if observer.position in LEADERS
                     else T.YOUNG_OCCASIONS if teacher.years <= 3 else T.OCCASIONS)
        self.observe(pick(r, w.days), observer, teacher, pick(r, occasions),
                     self.lesson(teacher, w))

    # -- output ---------------------------------------------------------------------------
    def fixed_records(self) -> list:
        return [self.alliance, *self.people.school_records, *self.semesters, self.rubric,
                *self.rules, *self.people.teacher_records, *self.pairings, *self.activities,
                *self.plans, *self.meetings, *self.submissions]

    def bulk_records(self) -> list[Iterable]:
        """Observations then mentor sessions, composed as they are written."""
        return [map(self._observation, self.obs_plan), map(self._session, self.session_plan)]

    def _observation(self, plan: tuple) -> LessonObservation:
        rng = self.rng
        day, uuid, observer, teacher, venue, lesson, occasion, activity, pairing = plan
        subject, grade, class_no, topic, period = lesson
        base = round(min(98.0, max(62.0, rng.gauss(teacher.skill, 4.5))) * 2) / 2
        family = C.SUBJECT_FAMILY[subject]
        o = LessonObservation(
            uuid=uuid, school=self.people.schools[venue].record.uuid, observer=observer.uuid,
            teacher=teacher.uuid, lesson_date=day, period_no=period, subject=subject,
            grade_class=f"{C.GRADES[grade]}（{class_no}）班", topic=topic,
            lesson_type=T.pick(rng.random, T.LESSON_TYPES.get(subject, T.LESSON_TYPES[""])),
            occasion=occasion, activity=activity, pairing=pairing,
            notes=T.notes(rng, period, topic), rubric=self.rubric.uuid, rubric_version=1,
            scores=self.scores(base), strengths=T.paragraph(rng, C.STRENGTHS, family),
            weaknesses=T.paragraph(rng, C.WEAKNESSES, family),
            suggestions=T.paragraph(rng, C.SUGGESTIONS, family),
            reflection=T.reflection(rng) if rng.random() < 0.85 else "")
        o.owner_school = self.people.schools[observer.school].record.uuid
        o.created_at = o.updated_at = timestamp(rng, day, self.today)
        return o

    def _session(self, plan: tuple) -> MentorSession:
        rng = self.rng
        day, uuid, pairing, kind, obs, topic = plan
        low, high = DURATIONS[kind]
        texts = T.session_text(rng, kind.value, topic)
        s = MentorSession(uuid=uuid, pairing=pairing.uuid, session_date=day, kind=kind,
                          duration_minutes=rng.randrange(low, high + 1, 5), topic=texts[0],
                          content=texts[1], takeaway=texts[2], feedback=texts[3],
                          next_steps=texts[4], observation=obs)
        s.owner_school = pairing.owner_school
        s.created_at = s.updated_at = timestamp(rng, day, self.today)
        return s

    @property
    def summary(self) -> DemoSummary:
        return DemoSummary(schools=len(self.people.schools),
                           teachers=len(self.people.teacher_records),
                           observations=len(self.obs_plan), pairings=len(self.pairings),
                           mentor_sessions=len(self.session_plan),
                           activities=len(self.activities), semesters=len(self.semesters),
                           meetings=len(self.meetings))
