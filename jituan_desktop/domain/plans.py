"""Plans (工作计划): the alliance's and each school's plan for a school year or a semester.

Shaped like the plans the texts show (000, 篇一 …): 指导思想, 工作目标, 主要工作, then 月份安排,
items by month (or teaching week). An item names the kind of record that carries it out (an
activity of a type, a meeting of a kind, a 示范课, a report to the bureau), so the plan can
say what is done, planned or late.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import Coded, Term
from .messages import QT_TRANSLATE_NOOP
from .records import Attachment, Record, new_uuid


class PlanScope(Coded):
    ALLIANCE = "alliance", QT_TRANSLATE_NOOP("Labels", "Alliance plan")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Labels", "School plan")


class PlanItemCategory(Coded):
    """Which kind of record carries an item out; ``PlanItem.kind`` narrows it (a type code)."""

    ACTIVITY = "activity", QT_TRANSLATE_NOOP("Labels", "Alliance activity")
    MEETING = "meeting", QT_TRANSLATE_NOOP("Labels", "Meeting")
    DEMONSTRATION = "demonstration", QT_TRANSLATE_NOOP("Labels", "Demonstration lesson")
    SUBMISSION = "submission", QT_TRANSLATE_NOOP("Labels", "Report to the bureau")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Other work")


@dataclass(kw_only=True)
class PlanItem:
    id: str = field(default_factory=new_uuid)
    month: str = ""  # "YYYY-MM", inside the plan's period
    week: int | None = None  # teaching week (第N周), when the plan is that precise
    category: PlanItemCategory = PlanItemCategory.ACTIVITY
    kind: str = ""  # ActivityType / MeetingKind / SubmissionKind code, '' for any
    what: str = ""  # 工作内容
    responsible: str = ""  # 负责人 / 负责部门, as written
    schools: list[str] = field(default_factory=list)  # schools it concerns ([]: all)
    fulfilled_by: str | None = None  # uuid of the record that carried it out, when linked
    done_on: date | None = None  # marked done by hand (work no record carries: 安全检查 …)
    note: str = ""


@dataclass(kw_only=True)
class Plan(Record):
    scope: PlanScope
    school: str  # the school that wrote it (an alliance plan: the lead)
    school_year: int  # 2026 is 2026-2027学年
    term: Term | None = None  # None: the whole school year
    title: str
    guiding: str = ""  # 指导思想
    goals: str = ""  # 工作目标
    main_work: str = ""  # 主要工作 / 具体措施
    items: list[PlanItem] = field(default_factory=list)  # 月份安排 / 行事历
    attachments: list[Attachment] = field(default_factory=list)
