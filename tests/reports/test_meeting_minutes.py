"""The 会议纪要 PDF from a meeting recorded over a real database, read back with poppler: the
font is embedded, the head fields, 出席人员 by school, 议题, 会议内容, each decision with its
责任人 and 完成时限, and the two signature lines are there; a missing id is refused."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.domain.meetings import Decision, DecisionState, Meeting, MeetingKind
from jituan_desktop.domain.records import School, Teacher
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.report_errors import ReportError
from jituan_desktop.services import attachment_ops, meeting_ops, record_ops

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count  # noqa: E402

TODAY = date(2026, 11, 25)


@pytest.fixture
def minutes(lead_store, tmp_path) -> Meeting:
    store = lead_store
    sheet = tmp_path / "签到表.jpg"
    sheet.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200 * 1024))
    signed = attachment_ops.attach_file(store, sheet)
    member = School(name="城关小学", code="CG")
    record_ops.save(store, member, today=TODAY)

    def teacher(name, school):
        t = Teacher(school=school, name=name)
        record_ops.add_teacher(store, t, today=TODAY)
        return t.uuid

    head, clerk = teacher("王建国", store.school_uuid), teacher("李秀英", store.school_uuid)
    chen = teacher("陈志明", member.uuid)
    m = Meeting(kind=MeetingKind.ALLIANCE, title="2026年11月联盟校会议",
                meeting_date=date(2026, 11, 20), start_time="14:30", end_time="16:00",
                place="实验小学三楼会议室", host_school=store.school_uuid,
                schools=[member.uuid], chair=head, recorder=clerk,
                attendees=[head, clerk, chen], absent="赵老师（外出培训）",
                agenda="1. 各校汇报本月工作\n2. 部署12月送教下乡",
                discussion="王建国主持会议，各校逐一汇报。",
                decisions=[Decision(text="11月底前上报送教名单", follow_up=clerk,
                                    due=date(2026, 11, 30), state=DecisionState.DONE,
                                    done_on=date(2026, 11, 24)),
                           Decision(text="12月上旬完成送教下乡", follow_up=chen,
                                    due=date(2026, 12, 10))],
                attachments=[signed])
    meeting_ops.record_meeting(store, m, today=TODAY)
    return m


def test_the_minutes_print_every_part_and_the_signature_lines(lead_store, minutes, tmp_path,
                                                               zh):
    pdf = catalogue.render(lead_store, "meeting", ReportRequest(today=TODAY, id=minutes.uuid),
                           tmp_path / "minutes.pdf")
    assert_cjk_embedded(pdf)
    assert page_count(pdf) == 1
    text = flat(pdf)
    for words in ("会议纪要", "2026年11月联盟校会议", "会议类别", "联盟校会议", "会议时间",
                  "2026年11月20日14:30–16:00", "会议地点", "实验小学三楼会议室", "主持人",
                  "王建国", "记录人", "李秀英", "召开学校", "出席人员", "实验小学：王建国、李秀英",
                  "城关小学：陈志明", "共3人出席", "缺席人员", "赵老师（外出培训）", "会议议题",
                  "2.部署12月送教下乡", "会议内容", "决定事项", "责任人", "完成时限", "落实情况",
                  "11月底前上报送教名单", "2026年11月30日", "2026年11月24日已落实",
                  "12月上旬完成送教下乡", "2026年12月10日", "待落实", "签到表.jpg",
                  "主持人（签字）", "记录人（签字）"):
        assert words in text, words


def test_minutes_without_decisions_say_so(lead_store, minutes, tmp_path, zh):
    minutes.decisions = []
    meeting_ops.record_meeting(lead_store, minutes, today=TODAY)
    pdf = catalogue.render(lead_store, "meeting", ReportRequest(today=TODAY, id=minutes.uuid),
                           tmp_path / "minutes.pdf")
    assert "本次会议未形成决定事项。" in flat(pdf)


def test_minutes_need_a_meeting(lead_store, tmp_path, zh):
    with pytest.raises(ReportError) as missing:
        catalogue.render(lead_store, "meeting", ReportRequest(today=TODAY),
                         tmp_path / "m.pdf")
    assert "会议" in missing.value.render(zh)
    with pytest.raises(ReportError):
        catalogue.render(lead_store, "meeting", ReportRequest(today=TODAY, id="no-such"),
                         tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()
