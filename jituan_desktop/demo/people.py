"""The demo alliance's schools and staff, and matching mentors with mentees.

Part of the demo generator (:mod:`.generator`); every draw comes from its seeded ``Random``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random
from uuid import UUID

from ..domain.enums import Gender, PairingKind, PairingStatus, Position, Role
from ..domain.records import MentorPairing, Record, School, Teacher
from . import content as C
from .text import CLOCK

LEADERS = (Position.PRINCIPAL, Position.VICE_PRINCIPAL, Position.SUPERVISOR)
HEAD_SUBJECTS = ("语文", "数学", "英语", "科学", "体育", "音乐", "美术")
SUBJECTS, SUBJECT_WEIGHTS = tuple(C.SUBJECT_WEIGHTS), tuple(C.SUBJECT_WEIGHTS.values())


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` into whole parts proportional to ``weights``, summing exactly."""
    scale = sum(weights)
    if not scale:
        return [0] * len(weights)
    raw = [total * w / scale for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[:total - sum(parts)]:
        parts[i] += 1
    return parts


def timestamp(rng: Random, day: date, today: date) -> str:
    """A display time on ``day`` after school hours, China time; on ``today`` itself early in
    the morning instead, so a record the user saves now is the newest of the day."""
    minute = int(rng.random() * 600)
    minute = 420 + minute // 10 if day >= today else 720 + minute
    return f"{day.isoformat()}T{CLOCK[minute]}:00+08:00"


@dataclass(eq=False)
class Person:
    record: Teacher
    school: int
    years: int  # years of teaching
    title_rank: int
    skill: float  # the total a typical lesson of theirs scores
    diligence: float  # how keen an observer they are
    busy_until: date = date.min  # end of their current pairing as a mentee
    mentoring: list[tuple[date, date]] = field(default_factory=list)

    def __post_init__(self):
        r = self.record
        self.uuid, self.position, self.subjects = r.uuid, r.position, r.subjects
        self.active = r.active
        self.grades = [C.GRADES.index(g) for g in r.grades]


@dataclass(eq=False)
class SchoolInfo:
    record: School
    index: int
    urban: bool
    classes: int
    persons: list[Person] = field(default_factory=list)
    active: list[Person] = field(default_factory=list)
    by_subject: dict[str, list[Person]] = field(default_factory=dict)


class People:
    def __init__(self, rng: Random, founded: date, *, large: bool, total: int | None):
        self.rng, self.founded = rng, founded
        names = C.SMALL_SCHOOLS + (C.LARGE_EXTRA_SCHOOLS if large else [])
        self.schools: list[SchoolInfo] = []
        for i, (name, code) in enumerate(names):
            urban = name.endswith("小学")
            record = School(uuid=self.new_uuid(), name=name, code=code,
                            role=Role.LEAD if i == 0 else Role.MEMBER)
            classes = 8 if i == 0 else rng.randint(5, 7) if urban else rng.randint(1, 3)
            self.schools.append(SchoolInfo(record, i, urban, classes))
        self.lead = self.schools[0].record
        for s in self.schools:
            self.own(s.record, self.lead.uuid, founded)
        self.weights = [2.0 if s.index == 0 else C.URBAN_SIZE if s.urban else C.RURAL_SIZE
                        for s in self.schools]
        if total is None:
            sizes = [rng.randint(26, 30) if s.index == 0 else rng.randint(21, 26) if s.urban
                     else rng.randint(15, 19) for s in self.schools]
        else:
            sizes = largest_remainder(total, self.weights)
        self.persons: list[Person] = []
        for school, size in zip(self.schools, sizes):
            self._staff(school, size)
        for p in rng.sample(self.persons, max(1, len(self.persons) // 100)):
            if p.position not in LEADERS:  # moved away: on the roster, no longer active
                p.record.active = p.active = False
        for s in self.schools:
            s.active = [p for p in s.persons if p.active]
            for p in s.active:
                s.by_subject.setdefault(p.subjects[0], []).append(p)
        self.by_uuid = {p.uuid: p for p in self.persons}

    @property
    def school_records(self) -> list[School]:
        return [s.record for s in self.schools]

    @property
    def teacher_records(self) -> list[Teacher]:
        return [p.record for p in self.persons]

    def new_uuid(self) -> str:
        return str(UUID(int=self.rng.getrandbits(128), version=4))

    def own(self, record: Record, owner: str, day: date) -> None:
        record.owner_school = owner
        record.created_at = record.updated_at = f"{day.isoformat()}T09:00:00+08:00"

    # -- staff ----------------------------------------------------------------------------
    def _staff(self, school: SchoolInfo, size: int) -> None:
        rng = self.rng
        heads = max(2, size // 9)
        positions = ([Position.PRINCIPAL] + [Position.VICE_PRINCIPAL] * (1 + (size >= 25))
                     + [Position.DEAN] + [Position.SUBJECT_HEAD] * heads
                     + [Position.HOMEROOM] * round(size * 0.3))
        if school.index == 0:  # the lead school keeps the group's 总校视导员
            positions.append(Position.SUPERVISOR)
        positions += [Position.TEACHER] * (size - len(positions))
        taken: set[str] = set()
        for i, position in enumerate(positions):
            if position in LEADERS or position is Position.DEAN:
                subject, years = rng.choice(("语文", "语文", "数学", "数学", "英语")), rng.randint(14, 32)
            elif position is Position.SUBJECT_HEAD:
                subject = HEAD_SUBJECTS[(i + school.index) % len(HEAD_SUBJECTS)]
                years = rng.randint(10, 28)
            else:
                subject = ("语文" if rng.random() < 0.62 else "数学") if position is Position.HOMEROOM \
                    else rng.choices(SUBJECTS, SUBJECT_WEIGHTS)[0]
                roll = rng.random()
                years = rng.randint(1, 5) if roll < 0.32 else rng.randint(6, 18) if roll < 0.75 \
                    else rng.randint(19, 33)
            share = 0.45 if position in LEADERS else 0.3 if subject == "体育" else 0.74
            female = rng.random() < share
            name = self._name(female, taken)
            rank = self._title_rank(years, position)
            backbone = self._backbone(years, rank, position)
            subjects = [subject]
            second = {"语文": "道德与法治", "数学": "科学"}.get(subject)
            also = 0.1 if school.urban else 0.25  # town schools are short of specialists
            if second and position not in LEADERS and rng.random() < also:
                subjects.append(second)
            record = Teacher(uuid=self.new_uuid(), school=school.record.uuid, name=name,
                             gender=Gender.FEMALE if female else Gender.MALE, subjects=subjects,
                             grades=[C.GRADES[g] for g in self._grades(subject, position)],
                             position=position, title=C.TITLES[rank], backbone=backbone)
            self.own(record, school.record.uuid, self.founded)
            skill = (77 + min(years, 22) * 0.4 + 2 * len(backbone) + 3 * (C.FAMOUS in backbone)
                     + rng.gauss(0, 2.2))
            keen = min(1.7, max(0.4, rng.gauss(1, 0.25))) * (1.2 if position in LEADERS else 1.0)
            person = Person(record, school.index, years, rank, skill, keen)
            school.persons.append(person)
            self.persons.append(person)

    def _name(self, female: bool, taken: set[str]) -> str:
        rng = self.rng
        while True:
            name = rng.choice(C.SURNAMES) + rng.choice(C.FEMALE_GIVEN if female else C.MALE_GIVEN)
            if name not in taken:
                taken.add(name)
                return name

    def _title_rank(self, years: int, position: Position) -> int:
        rng = self.rng
        if years <= 4:
            return 0
        if years <= 7:
            return rng.randint(0, 1)
        if years <= 15:
            return 1
        return 2 if rng.random() < (0.6 if position in LEADERS else 0.45) else 1

    def _backbone(self, years: int, rank: int, position: Position) -> list[str]:
        rng, flags = self.rng, []
        if years >= 8 and rng.random() < (0.6 if position is Position.SUBJECT_HEAD else 0.2):
            flags.append(C.BACKBONE)
        if years >= 15 and rng.random() < 0.1:
            flags.append(C.LEADER)
        if rank == 2 and years >= 18 and rng.random() < 0.15:
            flags.append(C.FAMOUS)
        return flags

    def _grades(self, subject: str, position: Position) -> list[int]:
        rng = self.rng
        low = 2 if subject in C.UPPER_ONLY else 0
        if subject in ("语文", "数学") or position is Position.HOMEROOM:
            return [rng.randint(low, 5)]
        first = rng.randint(low, 4)
        return list(range(first, min(6, first + rng.randint(1, 3))))

    # -- mentoring ------------------------------------------------------------------------
    def pairing(self, kind: PairingKind, begin: date, planned: date | None,
                status: PairingStatus, ended: date | None, *,
                school: int | None = None) -> MentorPairing | None:
        """A pairing of a free mentee with a senior colleague of the same subject, or None."""
        rng = self.rng
        end = ended or planned or begin + timedelta(days=3 * 365)
        for _ in range(40):
            s = self.schools[school] if school is not None else rng.choices(self.schools,
                                                                             self.weights)[0]
            wanted = kind
            if kind is PairingKind.CROSS_SCHOOL and s.urban:
                if school is None:
                    continue
                wanted = PairingKind.GREEN_BLUE
            mentee = rng.choice(s.active)
            if mentee.busy_until >= begin or not _mentee_fits(wanted, mentee):
                continue
            mentor = self._mentor(wanted, mentee, begin, end)
            if mentor is None:
                continue
            mentee.busy_until = end
            mentor.mentoring.append((begin, end))
            p = MentorPairing(uuid=self.new_uuid(), mentor=mentor.uuid, mentee=mentee.uuid,
                              subject=mentee.subjects[0], kind=wanted, start=begin,
                              planned_end=planned, goals=rng.choice(C.PAIRING_GOALS),
                              status=status, ended_on=ended,
                              end_reason=rng.choice(C.END_REASONS)
                              if status is PairingStatus.DISSOLVED else "")
            self.own(p, s.record.uuid, begin)
            return p
        return None

    def _mentor(self, kind: PairingKind, mentee: Person, begin: date, end: date) -> Person | None:
        schools = ([s for s in self.schools if s.urban and s.index != mentee.school]
                   if kind is PairingKind.CROSS_SCHOOL else [self.schools[mentee.school]])
        candidates = [
            p for s in schools for p in s.by_subject.get(mentee.subjects[0], ())
            if p is not mentee and p.years >= mentee.years + 5 and p.title_rank >= mentee.title_rank
            and (kind is not PairingKind.BACKBONE or p.record.backbone)
            and sum(1 for b, e in p.mentoring if b <= end and e >= begin) < 2]
        return self.rng.choice(candidates) if candidates else None


def _mentee_fits(kind: PairingKind, p: Person) -> bool:
    if p.position in LEADERS or p.position is Position.DEAN:
        return False
    if kind is PairingKind.GREEN_BLUE:
        return p.years <= 5
    if kind is PairingKind.BACKBONE:
        return 6 <= p.years <= 15 and not p.record.backbone
    if kind is PairingKind.HOMEROOM:
        return p.position is Position.HOMEROOM and p.years <= 10
    return p.years <= 12
