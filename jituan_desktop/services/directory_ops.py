"""Everything a form needs to offer choices: schools, teachers, semesters, rubrics.

Loaded once in one go (1,200 teachers at the lead school is a few milliseconds) and kept by
the GUI until a save changes one of these kinds; lists of records never come through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import Position, Role
from ..domain.records import MentorPairing, RubricTemplate, School, Semester
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.store import Store
from .setup_ops import Identity, current_semester, identity, report_semester, semesters

# Kinds whose change makes a loaded directory stale.
DIRECTORY_KINDS = frozenset({"School", "Teacher", "Semester", "RubricTemplate",
                             "MentorPairing", "Alliance", "QuotaRule"})


@dataclass(frozen=True)
class TeacherEntry:
    uuid: str
    name: str
    school: str
    school_name: str
    initials: str  # pinyin initials, space-separated variants: "zs" for 张三
    position: Position
    subjects: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class PairingEntry:
    uuid: str
    mentor: str
    mentee: str
    subject: str
    label: str  # "mentor → mentee", for choosing a pairing in a form
    active: bool


@dataclass
class Directory:
    identity: Identity
    schools: list[School]
    teachers: list[TeacherEntry]
    semesters: list[Semester]
    current_semester: Semester
    report_semester: Semester  # the one reports are about by default (setup_ops)
    rubrics: list[RubricTemplate]
    pairings: list[PairingEntry]
    last_observer: str | None = None
    _teacher_index: dict[str, TeacherEntry] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._teacher_index = {t.uuid: t for t in self.teachers}
        self._school_names = {s.uuid: s.name for s in self.schools}

    @property
    def my_school(self) -> str | None:
        return self.identity.school.uuid if self.identity.school else None

    @property
    def is_lead(self) -> bool:
        return self.identity.role is Role.LEAD

    def teacher(self, uuid: str | None) -> TeacherEntry | None:
        return self._teacher_index.get(uuid or "")

    def teacher_name(self, uuid: str | None) -> str:
        entry = self.teacher(uuid)
        return entry.name if entry else ""

    def school_name(self, uuid: str | None) -> str:
        return self._school_names.get(uuid or "", "")

    def semester(self, key: str) -> Semester | None:
        return next((s for s in self.semesters if s.key == key), None)


def load_directory(store: Store, today: date | None = None) -> Directory:
    today = today or store.clock.today()
    me = identity(store)
    schools = lookups.schools(store)
    school_names = {s.uuid: s.name for s in schools}
    initials = lookups.teacher_initials(store)
    teachers = [TeacherEntry(t.uuid, t.name, t.school, school_names.get(t.school, ""),
                             initials.get(t.uuid) or "", t.position, tuple(t.subjects), t.active)
                for t in lookups.teachers(store)]
    names = {t.uuid: t.name for t in teachers}
    pairings = [PairingEntry(p.uuid, p.mentor, p.mentee, p.subject,
                             f"{names.get(p.mentor, '?')} → {names.get(p.mentee, '?')}",
                             p.status.value == "active")
                for p in repository(store, MentorPairing).where(order="start DESC")]
    rubrics = repository(store, RubricTemplate).where(order="id")
    last = lookups.last_observer(store, me.school.uuid) if me.school else None
    return Directory(identity=me, schools=schools, teachers=teachers,
                     semesters=semesters(store), current_semester=current_semester(store, today),
                     report_semester=report_semester(store, today),
                     rubrics=rubrics, pairings=pairings, last_observer=last)


__all__ = ["Directory", "TeacherEntry", "PairingEntry", "DIRECTORY_KINDS", "load_directory"]
