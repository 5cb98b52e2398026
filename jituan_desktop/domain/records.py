"""The records of an alliance, as plain dataclasses.

Every record carries the sync metadata of DESIGN.md §5 (``SyncMeta`` fields): a stable
UUID, the owner school (the only school that may write it), the installation that wrote
this version and that installation's counter. Timestamps are for display only.
References between records are UUID strings.
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date

from .enums import (ActivityType, Gender, LessonType, Mode, Occasion, PairingKind,
                    PairingStatus, Period, ParticipantRole, Position, Role, Scope,
                    SessionKind, Term, Metric)
from .rubric import RubricItem, grade_band, total_score


def new_uuid() -> str:
    return str(_uuid.uuid4())


@dataclass(kw_only=True)
class Record:
    uuid: str = field(default_factory=new_uuid)
    owner_school: str = ""
    origin_installation: str = ""
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted: bool = False


@dataclass(kw_only=True)
class Alliance(Record):
    name: str
    code: str = ""
    lead_school: str = ""


@dataclass(kw_only=True)
class School(Record):
    name: str
    code: str = ""
    role: Role = Role.MEMBER
    alliance: str | None = None
    public_key: str | None = None


@dataclass(kw_only=True)
class Teacher(Record):
    school: str
    name: str
    gender: Gender | None = None
    subjects: list[str] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)
    position: Position = Position.TEACHER
    title: str = ""
    backbone: list[str] = field(default_factory=list)  # 骨干 / 学科带头人 / 名师
    active: bool = True
    phone: str = ""


@dataclass(kw_only=True)
class Semester(Record):
    school_year: int  # the calendar year the school year starts in: 2026 is 2026-2027学年
    term: Term
    start: date
    end: date

    @property
    def key(self) -> str:
        return f"{self.school_year}-{self.term.value}"


@dataclass(kw_only=True)
class RubricTemplate(Record):
    name: str
    template_version: int = 1
    items: list[RubricItem] = field(default_factory=list)

    @property
    def max_total(self) -> float:
        return sum(i.max_score for i in self.items if not i.bonus)


@dataclass(kw_only=True)
class ProcessNote:
    """One row of the paper 听课本: time, stage of the lesson, what happened, comment."""

    time: str = ""
    stage: str = ""
    process: str = ""
    comment: str = ""


# The largest file a record may carry (DESIGN §3: size limits enforced with a clear message);
# the editors check it before sending, the store on adding, a bundle's reader on import.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(kw_only=True)
class Attachment:
    """A file kept by content hash in the data folder; records hold these inline."""

    sha256: str
    name: str
    media_type: str = "application/octet-stream"
    size: int = 0


@dataclass(kw_only=True)
class LessonObservation(Record):
    school: str  # where the lesson was taught
    observer: str
    teacher: str
    lesson_date: date
    period_no: int | None = None  # 节次
    subject: str = ""
    grade_class: str = ""
    topic: str = ""
    lesson_type: LessonType | None = None
    occasion: Occasion = Occasion.OPEN
    activity: str | None = None
    pairing: str | None = None
    notes: list[ProcessNote] = field(default_factory=list)
    rubric: str | None = None
    rubric_version: int | None = None
    scores: dict[str, float] = field(default_factory=dict)
    strengths: str = ""
    weaknesses: str = ""
    suggestions: str = ""
    reflection: str = ""
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def total(self) -> float | None:
        return total_score(self.scores) if self.scores else None

    @property
    def band(self):
        return grade_band(self.total) if self.scores else None


@dataclass(kw_only=True)
class MentorPairing(Record):
    mentor: str
    mentee: str
    subject: str = ""
    kind: PairingKind = PairingKind.GREEN_BLUE
    start: date
    planned_end: date | None = None
    goals: str = ""
    status: PairingStatus = PairingStatus.ACTIVE
    ended_on: date | None = None
    end_reason: str = ""


@dataclass(kw_only=True)
class MentorSession(Record):
    pairing: str
    session_date: date
    kind: SessionKind
    duration_minutes: int | None = None
    topic: str = ""
    content: str = ""
    takeaway: str = ""
    feedback: str = ""
    next_steps: str = ""
    observation: str | None = None
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(kw_only=True)
class Participant:
    teacher: str
    role: ParticipantRole = ParticipantRole.OBSERVING


@dataclass(kw_only=True)
class Activity(Record):
    host_school: str
    schools: list[str] = field(default_factory=list)  # participating schools besides the host
    type: ActivityType
    title: str
    activity_date: date
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    mode: Mode = Mode.ONSITE
    participants: list[Participant] = field(default_factory=list)
    teachers_reached: int = 0  # 人次
    students_reached: int = 0
    agenda: str = ""
    notes: str = ""
    outcomes: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # type-specific fields
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def all_schools(self) -> list[str]:
        return [self.host_school] + [s for s in self.schools if s != self.host_school]


@dataclass(kw_only=True)
class QuotaRule(Record):
    name: str
    scope: Scope
    metric: Metric
    period: Period
    threshold: int
    positions: list[Position] = field(default_factory=list)  # person rules: who it applies to
    session_kind: SessionKind | None = None  # pairing rules: which sessions count
    due_month: int | None = None  # a fixed deadline inside the period, e.g. 30 November
    due_day: int | None = None
    source_text: str = ""  # the policy's sentence, quoted verbatim
    source_file: str = ""  # the policy file it is quoted from
    source_section: str = ""  # the 篇 / heading of that file it is under
    default_key: str = ""  # the shipped default it started as (domain.default_rules), if any
    active: bool = True
