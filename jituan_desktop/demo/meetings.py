"""A year of the demo alliance's meetings, as the texts ask for them and as schools keep them.

000 asks for a 理事会议 and a 联盟校会议 every month (集团每月至少召开一次理事会议 ...
牵头学校每月至少召开一次联盟校会议) and 004 for 两校领导联席会议 once or twice a semester
between the lead and each member. The demo holds most of them: a few months go without one,
and a member or two has had no joint meeting this semester, so the rules show someone behind.
Each meeting has a few decisions with who follows them up and by when; most past their date
were carried out, some were not (首页 shows those as overdue).

Draws come from a ``Random`` of this module's own, seeded from the demo's seed, so adding the
meetings changes none of the demo's other records.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from uuid import UUID

from ..domain.enums import Position
from ..domain.meetings import Decision, DecisionState, Meeting, MeetingKind
from .people import People, Person, SchoolInfo, timestamp
from .plan import HOLIDAYS

LEADERS = (Position.PRINCIPAL, Position.VICE_PRINCIPAL)
MONTHS = 12  # a year of minutes: this month and the eleven before
ROOMS = ("三楼会议室", "行政会议室", "多功能厅", "校史馆会议室")
TIMES = (("14:30", "16:00"), ("15:00", "16:30"), ("09:00", "10:30"), ("16:00", "17:30"))

# What a month's meetings are about, by calendar month: the rhythm of a school year.
MONTH_TOPICS = {
    1: "期末工作安排及学期考核总结", 2: "新学期开学准备及集团工作计划",
    3: "本学期集团工作计划落实", 4: "期中教学质量分析", 5: "教学开放周及送教下乡安排",
    6: "期末复习与学年考核", 7: "学年工作总结及暑期教师培训", 8: "新学年筹备及教师交流轮岗",
    9: "新学年集团工作计划及师徒结对", 10: "课堂教学比武及联合教研",
    11: "结对帮扶情况汇总报送及年度考核", 12: "期末质量监测及寒假工作安排",
}
COUNCIL_AGENDA = (
    "研究集团{month}月工作：{topic}",
    "统筹安排集团内教育资源和教育教学活动",
    "审议各成员学校上月工作推进情况",
)
ALLIANCE_AGENDA = (
    "各学校汇报上月工作推进情况及存在的难点问题",
    "研究{topic}",
    "部署下月联盟教研、送教下乡活动",
)
JOINT_AGENDA = (
    "总结本学期两校结对帮扶工作",
    "商定支援学校示范课、教学能手送课安排",
    "研究两校教师置换交流事宜",
)
DISCUSSION = {
    MeetingKind.COUNCIL: (
        "{chair}主持会议并传达县教育局有关会议精神。理事会成员逐一通报本校上月工作，"
        "围绕“{topic}”展开讨论。会议认为，集团各学校要坚持问题导向，统一规划、同步推进，"
        "确保各项工作落到实处。"),
    MeetingKind.ALLIANCE: (
        "{chair}主持会议。各联盟学校汇报了上月教学管理、教研活动和师资建设情况，"
        "提出了工作推进中的难点、焦点问题。与会人员围绕“{topic}”逐项研究，"
        "牵头学校就存在的问题提出了具体指导意见。"),
    MeetingKind.JOINT: (
        "{chair}主持会议。两校领导回顾了本学期结对帮扶工作，肯定了示范课、听评课和"
        "集体备课取得的成效，也指出了青年教师课堂教学能力仍需提高等问题，"
        "并就下阶段帮扶重点交换了意见。"),
}
DECISIONS = {
    MeetingKind.COUNCIL: (
        "各成员学校于{due}前报送本月工作开展情况", "集团办公室牵头修订{topic}相关方案",
        "统筹安排骨干教师到成员学校送教，{due}前完成", "整理本月理事会议重大决策事项，备季度书面汇报",
        "各学校完善结对帮扶工作档案，{due}前检查"),
    MeetingKind.ALLIANCE: (
        "{due}前各学校完成联盟集体备课安排", "牵头学校组织一次送教下乡活动",
        "各学校按要求上报听课记录统计表", "组织联盟学校同课异构活动，{due}前完成",
        "各学校落实青年教师师徒结对，报送结对名单"),
    MeetingKind.JOINT: (
        "支援学校本学期安排示范课两节", "受援学校选派青年教师跟岗学习",
        "两校各选派1名教学能手互相送课", "两校共同开展一次主题教研活动"),
}
ABSENT = ("", "", "", "{name}（外出培训，请假）", "{name}（病假）")


class MeetingPlanner:
    def __init__(self, seed: int, people: People, today: date):
        self.rng = Random(f"meetings-{seed}")
        self.people, self.today = people, today
        self.lead = people.schools[0]
        self.members = people.schools[1:]

    def plan(self) -> list[Meeting]:
        rng = self.rng
        months = self._months()
        meetings: list[Meeting] = []
        # A few months without a meeting, at least one of them this semester: behind.
        for kind, missing in ((MeetingKind.COUNCIL, 2), (MeetingKind.ALLIANCE, 3)):
            skipped = set(rng.sample(months[:-3], missing - 1)) | {rng.choice(months[-3:-1])}
            for year, month in months:
                if (year, month) in skipped:
                    continue
                day = self._day(year, month)
                if day is not None:
                    meetings.append(self._monthly(kind, day))
        meetings += self._joint_meetings()
        meetings.sort(key=lambda m: (m.meeting_date, m.kind.value))
        return meetings

    # -- when -------------------------------------------------------------------------------
    def _months(self) -> list[tuple[int, int]]:
        year, month = self.today.year, self.today.month
        found = []
        for _ in range(MONTHS):
            found.insert(0, (year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return found

    def _day(self, year: int, month: int) -> date | None:
        """A working day of the month, not after today (minutes come after the meeting)."""
        days = [date(year, month, d) for d in range(1, 29)]
        days = [d for d in days if d.weekday() < 5 and (month, d.day) not in HOLIDAYS
                and d < self.today]
        # This month's meeting may still be to come: not held is not yet missed.
        return self.rng.choice(days) if len(days) >= 3 else None

    # -- who --------------------------------------------------------------------------------
    @staticmethod
    def _leaders(school: SchoolInfo) -> list[Person]:
        return [p for p in school.active if p.position in LEADERS]

    @staticmethod
    def _dean(school: SchoolInfo) -> Person:
        return next((p for p in school.active if p.position is Position.DEAN), school.active[0])

    def _principal(self, school: SchoolInfo) -> Person:
        return (self._leaders(school) or school.active)[0]

    # -- what -------------------------------------------------------------------------------
    def _monthly(self, kind: MeetingKind, day: date) -> Meeting:
        lead = self.lead
        if kind is MeetingKind.COUNCIL:  # 理事会由集团内各学校校级领导组成
            people = self._leaders(lead) + [p for s in self.members for p in self._leaders(s)]
            title = f"{day.year}年{day.month}月集团理事会议"
            agenda = COUNCIL_AGENDA
        else:
            people = [self._principal(lead), self._dean(lead)] + [
                p for s in self.members for p in (self._principal(s), self._dean(s))]
            title = f"{day.year}年{day.month}月联盟校会议"
            agenda = ALLIANCE_AGENDA
        return self._meeting(kind, day, lead, self.members, people, title, agenda)

    def _joint_meetings(self) -> list[Meeting]:
        """Per member and semester one or two 两校领导联席会议 (004); this semester a member
        or two has not had one yet."""
        rng = self.rng
        today = self.today
        this_start = date(today.year, 9, 1) if today.month >= 8 else date(today.year, 2, 1)
        last_start = (date(this_start.year, 2, 1) if this_start.month == 9
                      else date(this_start.year - 1, 9, 1))
        late = set(rng.sample(range(len(self.members)), min(2, len(self.members))))
        found = []
        for i, member in enumerate(self.members):
            for start, end in ((last_start, this_start - timedelta(days=1)),
                               (this_start, today)):
                if start == this_start and i in late:
                    continue
                count = rng.choice((1, 1, 2))
                months = sorted({start.month + rng.randrange(0, 5) for _ in range(count)})
                for offset in months:
                    year, month = start.year + (offset - 1) // 12, (offset - 1) % 12 + 1
                    day = self._day(year, month)
                    if day is None or not start <= day <= end:
                        continue
                    host = rng.choice((self.lead, member))
                    other = member if host is self.lead else self.lead
                    people = self._leaders(self.lead) + self._leaders(member) + [self._dean(member)]
                    title = f"{self.lead.record.name}与{member.record.name}两校领导联席会议"
                    found.append(self._meeting(MeetingKind.JOINT, day, host, [other], people,
                                               title, JOINT_AGENDA))
        return found

    def _meeting(self, kind: MeetingKind, day: date, host: SchoolInfo,
                 others: list[SchoolInfo], people: list[Person], title: str,
                 agenda: tuple[str, ...]) -> Meeting:
        rng = self.rng
        topic = MONTH_TOPICS[day.month]
        chair = self._principal(host)
        recorder = self._dean(host)
        people = list(dict.fromkeys([chair, recorder] + people))
        away = rng.choice(ABSENT)
        absent = ""
        if away and len(people) > 4:
            gone = rng.choice(people[2:])
            people.remove(gone)
            absent = away.format(name=gone.record.name)
        start, end = rng.choice(TIMES)
        m = Meeting(
            uuid=str(UUID(int=rng.getrandbits(128), version=4)), kind=kind, title=title,
            meeting_date=day, host_school=host.record.uuid,
            schools=[s.record.uuid for s in others], start_time=start, end_time=end,
            place=host.record.name + rng.choice(ROOMS), chair=chair.uuid,
            recorder=recorder.uuid, attendees=[p.uuid for p in people], absent=absent,
            agenda="\n".join(f"{i}. {line.format(month=day.month, topic=topic)}"
                             for i, line in enumerate(agenda, 1)),
            discussion=DISCUSSION[kind].format(chair=chair.record.name, topic=topic),
            decisions=self._decisions(kind, day, people, topic))
        m.owner_school = host.record.uuid
        m.created_at = m.updated_at = timestamp(rng, day, self.today)
        return m

    def _decisions(self, kind: MeetingKind, day: date, people: list[Person],
                   topic: str) -> list[Decision]:
        rng = self.rng
        found = []
        for text in rng.sample(DECISIONS[kind], rng.randint(1, 3)):
            due = day + timedelta(days=rng.randint(7, 40))
            state, done_on = DecisionState.OPEN, None
            roll = rng.random()
            if due < self.today:
                # Carried out, mostly by the date, now and then a little late; the older a
                # decision, the likelier it was seen to.
                if roll < (0.92 if (self.today - due).days > 60 else 0.7):
                    state = DecisionState.DONE
                    done_on = min(self.today, day + timedelta(
                        days=rng.randint(3, (due - day).days + 6)))
                elif roll > 0.96:
                    state = DecisionState.DROPPED
            elif roll < 0.3 and day < self.today:
                state = DecisionState.DONE
                done_on = day + timedelta(days=rng.randint(1, (self.today - day).days))
            due_text = f"{due.month}月{due.day}日"
            found.append(Decision(
                id=str(UUID(int=rng.getrandbits(128), version=4)),
                text=text.format(due=due_text, topic=topic),
                follow_up=rng.choice(people[1:] or people).uuid, due=due, state=state,
                done_on=done_on))
        return found


__all__ = ["MeetingPlanner"]
