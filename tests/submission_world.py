"""A lead school with a member, teachers and a quarter of meetings, for the tests of the
reports to the bureau (报送): services, the quarterly report's PDF, the page, the CLI."""

from __future__ import annotations

from datetime import date

from jituan_desktop.domain.enums import Position
from jituan_desktop.domain.meetings import Decision, DecisionState, Meeting, MeetingKind
from jituan_desktop.domain.records import School, Teacher
from jituan_desktop.services import record_ops, setup_ops

TODAY = date(2026, 11, 25)


class SubmissionWorld:
    """``store`` is the lead's (实验小学); 希望小学 is a member known to it."""

    def __init__(self, store):
        self.store = store
        setup_ops.init_lead(store, "实验小学教育联盟", "实验小学", today=TODAY)
        self.lead = store.school_uuid
        member = School(name="希望小学", code="S02")
        record_ops.save(store, member, today=TODAY)
        self.member = member.uuid
        self.principal = self.teacher("张校长", self.lead, Position.PRINCIPAL)
        self.dean = self.teacher("李主任", self.lead, Position.DEAN)
        self.guest = self.teacher("王校长", self.member, Position.PRINCIPAL)

    def teacher(self, name, school, position=Position.TEACHER) -> str:
        t = Teacher(school=school, name=name, position=position)
        record_ops.add_teacher(self.store, t, today=TODAY)
        return t.uuid

    def meeting(self, kind: MeetingKind, day: date, title: str, decisions=()) -> Meeting:
        m = Meeting(kind=kind, title=title, meeting_date=day, host_school=self.lead,
                    schools=[self.member], place="实验小学会议室", chair=self.principal,
                    recorder=self.dean, attendees=[self.principal, self.dean, self.guest],
                    agenda="研究本季度联盟教研安排", decisions=list(decisions))
        record_ops.save(self.store, m, today=TODAY)
        return m

    def quarter_of_meetings(self) -> list[Meeting]:
        """Q4 2026: two council meetings (three decisions: one done, one open past its
        date, one withdrawn) and an alliance meeting; and a council meeting of Q3."""
        return [
            self.meeting(MeetingKind.COUNCIL, date(2026, 10, 12), "十月理事会议", [
                Decision(text="成立送教下乡讲师团", follow_up=self.dean, due=date(2026, 10, 30),
                         state=DecisionState.DONE, done_on=date(2026, 10, 28)),
                Decision(text="修订成员校考核方案", follow_up=self.principal,
                         due=date(2026, 11, 20))]),
            self.meeting(MeetingKind.COUNCIL, date(2026, 11, 9), "十一月理事会议", [
                Decision(text="取消期中联考", follow_up=self.dean, due=date(2026, 11, 15),
                         state=DecisionState.DROPPED)]),
            self.meeting(MeetingKind.ALLIANCE, date(2026, 11, 16), "十一月联盟校会议"),
            self.meeting(MeetingKind.COUNCIL, date(2026, 9, 14), "九月理事会议"),
        ]
