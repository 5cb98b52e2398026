"""Practice records for a school's own installation, for training and trials.

``jituan demo`` on a data folder that is already set up cannot build a whole alliance there:
the records of other schools would be written in this school's name. It adds instead a
plausible stretch of this semester written by this school only — a few teachers when the
roster is thin, lessons observed among them, a pairing or two with their sessions, and
activities this school hosted — each saved through the ordinary use cases, so everything is
validated and versioned like a teacher's own entry. The same seed and day give the same
records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from ..domain.enums import (ActivityType, Gender, Mode, Occasion, PairingKind,
                            ParticipantRole, Position, SessionKind, Term)
from ..domain.records import (Activity, LessonObservation, MentorPairing, MentorSession,
                              Participant, Teacher)
from ..services import record_ops
from ..services.setup_ops import DEFAULT_RUBRIC_UUID, current_semester, identity
from ..storage import lookups
from ..storage.store import Store
from . import content as C
from . import text as T

MIN_TEACHERS = 8
PRACTICE_SUBJECTS = ("语文", "数学", "英语", "科学")
SESSION_KINDS = (SessionKind.MENTEE_OBSERVES, SessionKind.MENTOR_OBSERVES,
                 SessionKind.LESSON_PLANNING, SessionKind.DISCUSSION)
ACTIVITY_KINDS = (ActivityType.COLLECTIVE_PREP, ActivityType.LECTURE, ActivityType.OPEN_DAY)


@dataclass
class PracticeSummary:
    teachers: int = 0
    observations: int = 0
    pairings: int = 0
    mentor_sessions: int = 0
    activities: int = 0
    records: list[str] = field(default_factory=list, repr=False)  # uuids, newest last


def add_practice_records(store: Store, *, seed: int = 2026, today: date | None = None,
                         observations: int = 24) -> PracticeSummary:
    """Add this school's practice records, in one transaction (all or nothing)."""
    today = today or store.clock.today()
    rng = Random(seed)
    school = identity(store).school
    semester = current_semester(store, today)
    second = 1 if semester.term is Term.SECOND else 0
    days = _teaching_days(semester.start, min(today, semester.end)) or [today]
    summary = PracticeSummary()

    def save(record) -> None:
        record_ops.save(store, record, today=today)
        summary.records.append(record.uuid)

    with store.transaction():
        staff = _staff(store, school.uuid, rng, save, summary)
        for _ in range(observations):
            teacher, observer = rng.sample(staff, 2)
            save(_observation(rng, school.uuid, teacher, observer, rng.choice(days), second))
            summary.observations += 1
        for mentor, mentee in _pairs(staff, rng):
            pairing = MentorPairing(mentor=mentor.uuid, mentee=mentee.uuid,
                                    subject=_subject(mentee), kind=PairingKind.GREEN_BLUE,
                                    start=days[0], goals=rng.choice(C.PAIRING_GOALS))
            save(pairing)
            summary.pairings += 1
            for kind in SESSION_KINDS:
                save(_session(rng, pairing, mentee, kind, rng.choice(days), second))
                summary.mentor_sessions += 1
        for kind in ACTIVITY_KINDS:
            save(_activity(rng, school, staff, kind, rng.choice(days), second))
            summary.activities += 1
    return summary


def _teaching_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)
            if (start + timedelta(days=i)).weekday() < 5]


def _subject(teacher: Teacher) -> str:
    return teacher.subjects[0] if teacher.subjects else "语文"


def _grade(teacher: Teacher, rng: Random) -> int:
    """A grade index 0-5 the teacher teaches (from their grades like 四年级), else any."""
    known = [C.GRADES.index(g) for g in teacher.grades if g in C.GRADES]
    return rng.choice(known) if known else rng.randrange(6)


def _staff(store: Store, school: str, rng: Random, save, summary) -> list[Teacher]:
    """This school's active teachers, topped up with new ones when there are too few."""
    staff = [t for t in lookups.teachers(store, school) if t.active]
    taken = {t.name for t in lookups.teachers(store)}
    has_principal = any(t.position is Position.PRINCIPAL for t in staff)
    while len(staff) < MIN_TEACHERS:
        female = rng.random() < 0.7
        name = _name(rng, female, taken)
        position = Position.TEACHER if has_principal else Position.PRINCIPAL
        has_principal = True
        teacher = Teacher(school=school, name=name,
                          gender=Gender.FEMALE if female else Gender.MALE,
                          subjects=[rng.choice(PRACTICE_SUBJECTS)],
                          grades=[rng.choice(C.GRADES)], position=position,
                          title=rng.choice(C.TITLES))
        save(teacher)
        staff.append(teacher)
        summary.teachers += 1
    return staff


def _name(rng: Random, female: bool, taken: set[str]) -> str:
    given = C.FEMALE_GIVEN if female else C.MALE_GIVEN
    for _ in range(200):
        name = rng.choice(C.SURNAMES) + rng.choice(given)
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("no free practice name")  # 200 tries over thousands of names


def _pairs(staff: list[Teacher], rng: Random) -> list[tuple[Teacher, Teacher]]:
    """Up to two mentor → mentee pairs of distinct teachers of one subject where possible."""
    pool = staff[:]
    rng.shuffle(pool)
    pairs = []
    while len(pool) >= 2 and len(pairs) < 2:
        mentor = pool.pop()
        mentee = next((t for t in pool if _subject(t) == _subject(mentor)), pool[0])
        pool.remove(mentee)
        pairs.append((mentor, mentee))
    return pairs


def _observation(rng: Random, school: str, teacher: Teacher, observer: Teacher, day: date,
                 second: int) -> LessonObservation:
    subject, grade = _subject(teacher), _grade(teacher, rng)
    period = T.pick(rng.random, T.PERIODS)
    topic = T.topic(rng, subject, grade, second)
    family = C.SUBJECT_FAMILY.get(subject, "lang")
    return LessonObservation(
        school=school, observer=observer.uuid, teacher=teacher.uuid, lesson_date=day,
        period_no=period, subject=subject,
        grade_class=f"{C.GRADES[grade]}（{rng.randint(1, 4)}）班", topic=topic,
        occasion=rng.choice([Occasion.OPEN, Occasion.DROP_IN, Occasion.RESEARCH]),
        notes=T.notes(rng, period, topic), rubric=DEFAULT_RUBRIC_UUID,
        scores=T.ScoreBook(rng)(float(rng.randint(70, 95))),
        strengths=T.paragraph(rng, C.STRENGTHS, family),
        weaknesses=T.paragraph(rng, C.WEAKNESSES, family),
        suggestions=T.paragraph(rng, C.SUGGESTIONS, family), reflection=T.reflection(rng))


def _session(rng: Random, pairing: MentorPairing, mentee: Teacher, kind: SessionKind,
             day: date, second: int) -> MentorSession:
    lesson = T.topic(rng, _subject(mentee), _grade(mentee, rng), second)
    topic, content, takeaway, feedback, next_steps = T.session_text(rng, kind.value, lesson)
    return MentorSession(pairing=pairing.uuid, session_date=max(day, pairing.start), kind=kind,
                         duration_minutes=rng.choice([40, 45, 60]), topic=topic,
                         content=content, takeaway=takeaway, feedback=feedback,
                         next_steps=next_steps)


def _activity(rng: Random, school, staff: list[Teacher], kind: ActivityType, day: date,
              second: int) -> Activity:
    lead = rng.choice(staff)
    subject, grade = _subject(lead), _grade(lead, rng)
    topic = T.topic(rng, subject, grade, second)
    fill = dict(host=school.name, venue=school.name, partner=school.name, grade=C.GRADES[grade],
                subject=subject, topic=topic, theme=rng.choice(C.RESEARCH_THEMES),
                teacher=lead.name)
    title, agenda, notes, outcomes = T.activity_text(rng, kind.value, fill)
    others = [t for t in staff if t.uuid != lead.uuid]
    participants = [Participant(teacher=lead.uuid, role=ParticipantRole.SPEAKER)] + [
        Participant(teacher=t.uuid, role=ParticipantRole.OBSERVING)
        for t in rng.sample(others, min(4, len(others)))]
    extra = {"lead_preparer": lead.name, "unit": topic} \
        if kind is ActivityType.COLLECTIVE_PREP else {}
    start, end = rng.choice(C.TIME_SLOTS)
    return Activity(host_school=school.uuid, type=kind, title=title, activity_date=day,
                    start_time=start, end_time=end, place=f"{school.name}{rng.choice(C.ONSITE_ROOMS)}",
                    mode=Mode.ONSITE, participants=participants,
                    teachers_reached=len(participants), agenda=agenda, notes=notes,
                    outcomes=outcomes, extra=extra)
