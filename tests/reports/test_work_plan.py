"""工作计划 on paper: the texts' shape (title, 一、指导思想 二、工作目标 三、主要工作
四、月份安排), the month table with who is responsible and where each item stands, the
Chinese font embedded; and a plan id that is missing or unknown is refused."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.domain.enums import Term
from jituan_desktop.domain.meetings import Meeting, MeetingKind
from jituan_desktop.domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from jituan_desktop.domain.records import School, Teacher
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.report_errors import ReportError
from jituan_desktop.services import record_ops

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count  # noqa: E402

TODAY = date(2026, 11, 25)


def autumn_plan(store) -> Plan:
    east = School(name="东关小学", code="S02")
    record_ops.save(store, east, today=TODAY)
    head = Teacher(school=store.school_uuid, name="王校长")
    record_ops.save(store, head, today=TODAY)
    record_ops.save(store, Meeting(kind=MeetingKind.ALLIANCE, title="十一月联盟校会议",
                                   meeting_date=date(2026, 11, 20), host_school=store.school_uuid,
                                   attendees=[head.uuid]), today=TODAY)
    plan = Plan(scope=PlanScope.ALLIANCE, school=store.school_uuid, school_year=2026,
                term=Term.FIRST, title="2026—2027学年第一学期联盟工作计划",
                guiding="以集团化办学为抓手，发挥牵头学校的示范引领作用。\n促进城乡教育均衡发展。",
                goals="1、每学期合作交流活动不少于4次。",
                main_work="（一）建立理事会议制度，集团每月至少召开一次理事会议。",
                items=[
                    PlanItem(month="2026-09", week=1, category=PlanItemCategory.OTHER,
                             what="制定联盟工作计划", responsible="联盟办公室"),
                    PlanItem(month="2026-10", category=PlanItemCategory.ACTIVITY,
                             kind="same_topic", what="同课异构活动", responsible="教导处",
                             schools=[east.uuid]),
                    PlanItem(month="2026-11", category=PlanItemCategory.MEETING,
                             kind="alliance", what="召开联盟校会议", responsible="王校长"),
                    PlanItem(month="2027-01", category=PlanItemCategory.SUBMISSION,
                             kind="quarterly", what="向县教育局书面汇报", responsible="校长室"),
                ])
    record_ops.save(store, plan, today=TODAY)
    return plan


def test_the_work_plan_prints_in_the_shape_of_the_texts(lead_store, tmp_path, zh):
    plan = autumn_plan(lead_store)
    pdf = catalogue.render(lead_store, "work-plan", ReportRequest(today=TODAY, id=plan.uuid),
                           tmp_path / "plan.pdf")
    assert_cjk_embedded(pdf)
    words = flat(pdf)
    for expected in ("2026—2027学年第一学期联盟工作计划", "实验小学教育联盟", "一、指导思想",
                     "二、工作目标", "三、主要工作", "四、月份安排", "月份", "周次", "工作内容",
                     "负责人", "完成情况", "以集团化办学为抓手", "促进城乡教育均衡发展",
                     "集团每月至少召开一次理事会议", "2026年9月", "第1周", "制定联盟工作计划",
                     "涉及学校：东关小学", "联盟活动：同课异构",
                     "已完成：十一月联盟校会议", "2026年11月20日", "已逾期", "待完成",
                     "负责人签字", f"第1页共{page_count(pdf)}页"):
        assert expected in words, expected


def test_a_work_plan_needs_the_id_of_a_plan(lead_store, zh):
    with pytest.raises(ReportError) as refused:
        catalogue.build(lead_store, "work-plan", ReportRequest(today=TODAY))
    assert "工作计划" in refused.value.render(zh)
    with pytest.raises(ReportError):
        catalogue.build(lead_store, "work-plan", ReportRequest(today=TODAY, id="nothing"))
