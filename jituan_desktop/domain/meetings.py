"""Meetings (会议纪要): the alliance's council, member-school and joint leaders' meetings.

The texts ask for them by kind and by rhythm (000: 集团每月至少召开一次理事会议, 牵头学校每月至少
召开一次联盟校会议; 004: 每学期一至两次两校领导联席会议), and for the council's decisions to be
reported to the county bureau every quarter. A meeting's decisions live inside it: each is a
line with who follows it up, by when, and whether it was carried out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import Coded
from .messages import QT_TRANSLATE_NOOP
from .records import Attachment, Record, new_uuid


class MeetingKind(Coded):
    COUNCIL = "council", QT_TRANSLATE_NOOP("Labels", "Council meeting")
    ALLIANCE = "alliance", QT_TRANSLATE_NOOP("Labels", "Alliance schools meeting")
    JOINT = "joint", QT_TRANSLATE_NOOP("Labels", "Joint meeting of both schools' leaders")
    OTHER = "other", QT_TRANSLATE_NOOP("Labels", "Other meeting")


class DecisionState(Coded):
    OPEN = "open", QT_TRANSLATE_NOOP("Labels", "To be carried out")
    DONE = "done", QT_TRANSLATE_NOOP("Labels", "Carried out")
    DROPPED = "dropped", QT_TRANSLATE_NOOP("Labels", "Withdrawn")


@dataclass(kw_only=True)
class Decision:
    """One decision of a meeting: what, who follows it up (a teacher), by when, its state."""

    id: str = field(default_factory=new_uuid)
    text: str = ""
    follow_up: str | None = None
    due: date | None = None
    state: DecisionState = DecisionState.OPEN
    done_on: date | None = None
    note: str = ""


@dataclass(kw_only=True)
class Meeting(Record):
    kind: MeetingKind
    title: str
    meeting_date: date
    host_school: str  # the school that convened it (理事会议, 联盟校会议: the lead)
    schools: list[str] = field(default_factory=list)  # schools taking part besides the host
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair: str | None = None  # a teacher (主持人)
    recorder: str | None = None  # a teacher (记录人)
    attendees: list[str] = field(default_factory=list)  # teachers present (出席人员)
    absent: str = ""  # 缺席人员及原因, as written
    agenda: str = ""  # 会议议题
    discussion: str = ""  # 会议内容 / 讨论情况
    decisions: list[Decision] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)  # 签到表 photo ...

    @property
    def all_schools(self) -> list[str]:
        return [self.host_school] + [s for s in self.schools if s != self.host_school]
