"""Work plans of the demo: the alliance's plan for the school year and each school's plan
for the semester, shaped like the plans of the texts (000, 篇一 …: 指导思想, 工作目标, 主要
工作, 月份安排), so that some items are done, some planned and some late.

Items are written from the demo's own activities and 示范课 (an item of a month the school
had one is done), plus items no record carries out (安全检查: marked done, one left late),
and the meetings and reports the texts require (done once such records exist). Draws come
from a generator of its own, so adding plans changes none of the demo's other records.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from uuid import UUID

from ..domain.enums import ActivityType, Occasion, Term
from ..domain.meetings import MeetingKind
from ..domain.plan_progress import item_order, month_end, month_key
from ..domain.plan_validation import plan_bounds
from ..domain.plans import Plan, PlanItem, PlanItemCategory as C, PlanScope
from ..domain.records import Activity
from ..domain.semesters import (default_semester, default_semester_key, months_between,
                                school_year_bounds)
from ..domain.submissions import SubmissionKind
from . import content

ALLIANCE_GUIDING = (
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，按照县教育局集团化办学工作"
    "的部署，坚持“资源共享、优势互补、捆绑发展、共同提高”的原则，充分发挥牵头学校的示范引领作用，"
    "在管理、教研、师资、文化等方面深度融合，促进联盟内城乡学校优质均衡发展。")
ALLIANCE_GOALS = (
    "1、健全联盟理事会议和联盟校会议制度，做到管理同谋、计划同盘、资源共享、信息互通。\n"
    "2、定期开展合作交流活动，每学期不少于4次，送教下乡、同课异构、联合教研常态化。\n"
    "3、推进“青蓝工程”，跨校师徒结对，促进青年教师专业成长。\n"
    "4、按时向县教育局书面汇报理事会议的重大决策内容，11月底前报送校校结对帮扶情况汇总。")
ALLIANCE_MAIN_WORK = (
    "（一）建立集团理事会议制度。理事会由联盟内各学校校级领导组成，每月至少召开一次理事会议，"
    "研究联盟发展规划、工作目标、工作计划等。\n"
    "（二）开展联合教研。以学科为单位组织集体备课、同课异构、磨课研讨，牵头学校骨干教师定期到"
    "成员学校上示范课。\n"
    "（三）推进教师交流。选派骨干教师、优秀教师与成员校青年教师置换交流。\n"
    "（四）加强过程管理。各校按月落实月份安排，学期末对照计划检查总结。")
SCHOOL_GUIDING = (
    "本学期，我校在联盟统一部署下，以课程改革为核心，以提高教育教学质量为中心，以教师专业发展为"
    "重点，积极参与联盟各项活动，借助牵头学校的优质资源，提升学校管理和教学水平。")
SCHOOL_GOALS = (
    "1、落实教学常规管理，教师每学期听课不少于18节，学校领导每学期听课不少于40节。\n"
    "2、积极参加联盟合作交流活动，做好青年教师培养工作。\n"
    "3、落实安全目标责任制，确保校园安全。")
SCHOOL_MAIN_WORK = (
    "1、加强教学常规管理，开展推门听课和教学检查。\n"
    "2、组织教师参加联盟集体备课、同课异构和联合教研活动。\n"
    "3、做好师徒结对工作，师徒互相听课、评课，学期末上汇报课。\n"
    "4、落实安全工作，每月开展校园安全检查。")
ACTIVITY_WORK = {
    ActivityType.COLLECTIVE_PREP: "组织{subject}学科集体备课",
    ActivityType.LESSON_POLISHING: "开展{subject}磨课研讨",
    ActivityType.SAME_TOPIC: "开展{subject}同课异构活动",
    ActivityType.OUTREACH: "送教下乡",
    ActivityType.PRINCIPAL_FORUM: "举办校长论坛",
    ActivityType.HOMEROOM_EXCHANGE: "召开班主任工作交流会",
    ActivityType.OPEN_DAY: "举办教学开放日",
    ActivityType.LECTURE: "举办专题讲座",
    ActivityType.JOINT_RESEARCH: "开展{subject}联合教研",
    ActivityType.DEMONSTRATION: "骨干教师上示范课",
    ActivityType.ROTATION: "教师交流轮岗",
    ActivityType.STUDENT_EXCHANGE: "开展学生手拉手活动",
}
RESPONSIBLE = ("教导处", "校长室", "教研组", "德育处", "联盟办公室")
SUBJECTS = ("语文", "数学", "英语")


class PlanWriter:
    """Plans for the demo's schools, from its activities and 示范课 (the demo's plan of
    observations: tuples whose first fields are the day, the uuid ... and the occasion)."""

    def __init__(self, demo):
        self.demo, self.today, self.people = demo, demo.today, demo.people
        self.rng = Random(demo.today.toordinal())
        self.lead = self.people.lead.uuid
        self.year, self.term = default_semester_key(self.today)
        self.semester = default_semester(self.year, self.term)
        self.activities: list[Activity] = demo.activities
        self.demonstrations: dict[tuple[str, str], bool] = {}
        for day, _uuid, _observer, teacher, venue, _lesson, occasion, *_ in demo.obs_plan:
            if occasion is Occasion.DEMONSTRATION:
                school = self.people.schools[venue if venue is not None else teacher.school]
                self.demonstrations[(school.record.uuid, month_key(day))] = True

    def plans(self) -> list[Plan]:
        plans = [self._alliance_plan()]
        plans += [self._school_plan(s.record) for s in self.people.schools]
        for plan in plans:
            for item in plan.items:  # items made by the domain come with random ids
                item.id = self.new_uuid()
            day = min(self.today, plan_bounds(plan)[0] + timedelta(days=9))
            self.people.own(plan, plan.school, day)
        return plans

    # -- the alliance plan for the year ----------------------------------------------------
    def _alliance_plan(self) -> Plan:
        start, end = school_year_bounds(self.year)
        months = [month_key(first) for first, _ in months_between(start, end)
                  if first.month not in (2, 8)]  # winter and summer holidays
        items = [PlanItem(month=months[0], week=1, category=C.OTHER, what="制定联盟年度工作计划，"
                          "报县教育局审核备案", responsible="联盟办公室",
                          done_on=self._marked(months[0], 10))]
        for month in months:
            items.append(PlanItem(month=month, category=C.MEETING, kind=MeetingKind.COUNCIL.value,
                                  what="召开理事会议，研究联盟当月工作", responsible="理事会"))
            items.append(PlanItem(month=month, category=C.MEETING, kind=MeetingKind.ALLIANCE.value,
                                  what="召开联盟校会议，部署当月工作", responsible="联盟办公室"))
        for month, quarter in (("01", 4), ("04", 1), ("07", 2), ("10", 3)):
            year = self.year if month == "10" else self.year + 1
            items.append(PlanItem(month=f"{year}-{month}", category=C.SUBMISSION,
                                  kind=SubmissionKind.QUARTERLY.value,
                                  what=f"向县教育局书面汇报第{quarter}季度理事会议重大决策",
                                  responsible="联盟办公室"))
        items.append(PlanItem(month=f"{self.year}-11", category=C.SUBMISSION,
                              kind=SubmissionKind.ANNUAL.value,
                              what="11月底前报送校校结对帮扶情况汇总", responsible="联盟办公室"))
        items += self._activity_items(self.lead, alliance=True)
        return Plan(uuid=self.new_uuid(), scope=PlanScope.ALLIANCE, school=self.lead,
                    school_year=self.year, term=None,
                    title=f"{self.year}—{self.year + 1}学年{content.ALLIANCE_NAME}工作计划",
                    guiding=ALLIANCE_GUIDING, goals=ALLIANCE_GOALS,
                    main_work=ALLIANCE_MAIN_WORK, items=sorted(items, key=item_order))

    # -- each school's plan for the semester -----------------------------------------------
    def _school_plan(self, school) -> Plan:
        months = [month_key(first) for first, _ in
                  months_between(self.semester.start, self.semester.end)]
        items = [PlanItem(month=months[0], week=1, category=C.OTHER,
                          what="制定学期工作计划，落实各项开学工作", responsible="校长室",
                          done_on=self._marked(months[0], 8))]
        # 校园安全检查 every month: marked done when it was, one month left unmarked (late).
        forgotten = self.rng.choice(months[:-2]) if len(months) > 2 else None
        for month in months:
            done = None if month == forgotten else self._marked(month, 5)
            items.append(PlanItem(month=month, category=C.OTHER, what="校园安全检查",
                                  responsible="总务处", done_on=done))
        items += self._activity_items(school.uuid, alliance=False)
        shown = sorted({m for (s, m) in self.demonstrations if s == school.uuid})
        for month in (shown[:1] or months[1:2]):
            items.append(PlanItem(month=month, category=C.DEMONSTRATION,
                                  what="骨干教师上校级示范课", responsible="教导处"))
        if months[-1] >= f"{self.year}-11" and months[0] <= f"{self.year}-11":
            items.append(PlanItem(month=f"{self.year}-11", category=C.SUBMISSION,
                                  kind=SubmissionKind.ANNUAL.value,
                                  what="11月底前报送本校校校结对帮扶情况汇总",
                                  responsible="校长室"))
        term = "第一学期" if self.term is Term.FIRST else "第二学期"
        title = f"{self.year}—{self.year + 1}学年{term}{school.name}集团化办学工作计划"
        return Plan(uuid=self.new_uuid(), scope=PlanScope.SCHOOL, school=school.uuid,
                    school_year=self.year, term=self.term, title=title,
                    guiding=SCHOOL_GUIDING, goals=SCHOOL_GOALS, main_work=SCHOOL_MAIN_WORK,
                    items=sorted(items, key=item_order))

    # -- items from the activities -----------------------------------------------------------
    def _activity_items(self, school: str, *, alliance: bool) -> list[PlanItem]:
        """Activities of the semester the school hosted or joined (done), one of a type it
        had none of in a past month (late), and two in months to come (planned)."""
        rng, items = self.rng, []
        # An alliance item for all schools is carried out by any school's activity.
        concerning = [a for a in self.activities
                      if self.semester.start <= a.activity_date <= self.semester.end
                      and (alliance or school in a.all_schools)]
        held = [a for a in concerning if not alliance or a.host_school == school]
        for a in rng.sample(held, min(len(held), 4 if alliance else 3)):
            schools = [] if alliance else [school]
            if alliance and a.schools:
                schools = [s for s in a.schools if s != a.host_school][:2]
            subject = next((s for s in SUBJECTS if s in a.title), None)
            items.append(self._activity_item(month_key(a.activity_date), a.type, schools,
                                             subject))
        had = {(month_key(a.activity_date), a.type) for a in concerning}
        # A busy alliance may have held every type in some month: only months that lack one.
        past = [m for m in self._months() if month_end(m) < self.today
                and any((m, t) not in had for t in ActivityType)]
        for month in rng.sample(past, min(len(past), 1)):
            missing = [t for t in ActivityType if (month, t) not in had]
            if missing:  # a month that had every type of activity leaves none to be late
                items.append(self._activity_item(month, rng.choice(missing),
                                                 [] if alliance else [school]))
        coming = [m for m in self._months() if month_end(m) >= self.today]
        for month in coming[:2]:
            kind = rng.choice((ActivityType.SAME_TOPIC, ActivityType.COLLECTIVE_PREP,
                               ActivityType.OUTREACH, ActivityType.JOINT_RESEARCH))
            items.append(self._activity_item(month, kind, [] if alliance else [school]))
        return items

    def _activity_item(self, month: str, kind: ActivityType, schools: list[str],
                       subject: str | None = None) -> PlanItem:
        what = ACTIVITY_WORK[kind].format(subject=subject or self.rng.choice(SUBJECTS))
        return PlanItem(month=month, category=C.ACTIVITY, kind=kind.value, what=what,
                        responsible=self.rng.choice(RESPONSIBLE), schools=schools)

    def new_uuid(self) -> str:
        """From this writer's generator: the demo's own draws stay as they were."""
        return str(UUID(int=self.rng.getrandbits(128), version=4))

    def _months(self) -> list[str]:
        return [month_key(first) for first, _ in
                months_between(self.semester.start, self.semester.end)]

    def _marked(self, month: str, day: int) -> date | None:
        """A mark by hand on ``day`` of ``month``, when that day has come."""
        marked = date(int(month[:4]), int(month[5:7]), day)
        return marked if marked <= self.today else None

