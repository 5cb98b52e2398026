"""Reports to the bureau through the services: what is due for whom, generating a report
keeps its real PDF with the record, marking it as sent; and every refusal (sent before it
was generated, another school's report, a quarter to come, a report already sent) leaves
the data as it was."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.domain.meetings import MeetingKind
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.submissions import DueState, Submission, SubmissionKind
from jituan_desktop.reports import submission_files
from jituan_desktop.services import setup_ops, submission_ops
from jituan_desktop.services.submission_ops import ReportPeriod
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK
from submission_world import TODAY, SubmissionWorld

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from pdf_probe import flat  # noqa: E402


@pytest.fixture
def world(store) -> SubmissionWorld:
    w = SubmissionWorld(store)
    w.quarter_of_meetings()
    return w


def rendered(error: ValidationError) -> list[str]:
    return [p.render() for p in error.problems]


def rows(store) -> list[dict]:
    return store.query("SELECT * FROM submission ORDER BY id")


def q(world, quarter=3, year=2026) -> ReportPeriod:
    return ReportPeriod(world.lead, SubmissionKind.QUARTERLY, year, quarter)


def test_the_lead_sees_every_schools_annual_summary_and_its_quarterly_reports(world):
    due = submission_ops.submissions_due(world.store, today=TODAY)
    seen = {(r.school_name, r.kind, r.year, r.quarter): r.state for r in due}
    assert seen == {
        ("实验小学", SubmissionKind.ANNUAL, 2026, None): DueState.DUE_SOON,
        ("希望小学", SubmissionKind.ANNUAL, 2026, None): DueState.DUE_SOON,
        ("实验小学", SubmissionKind.ANNUAL, 2025, None): DueState.OVERDUE,
        ("希望小学", SubmissionKind.ANNUAL, 2025, None): DueState.OVERDUE,
        ("实验小学", SubmissionKind.QUARTERLY, 2026, 1): DueState.OVERDUE,
        ("实验小学", SubmissionKind.QUARTERLY, 2026, 2): DueState.OVERDUE,
        ("实验小学", SubmissionKind.QUARTERLY, 2026, 3): DueState.OVERDUE,
        ("实验小学", SubmissionKind.QUARTERLY, 2026, 4): DueState.LATER,
    }
    assert [r.state for r in due][:4] == [DueState.OVERDUE] * 4  # most urgent first
    assert due[0].due <= due[1].due
    narrowed = submission_ops.submissions_due(world.store, school=world.member, today=TODAY)
    assert {(r.school_name, r.year) for r in narrowed} == {("希望小学", 2026), ("希望小学", 2025)}


def test_a_member_sees_only_its_own_annual_summary(tmp_path):
    member = Store.open(tmp_path / "member", clock=CLOCK)
    setup_ops.init_member(member, "希望小学", today=TODAY)
    due = submission_ops.submissions_due(member, today=TODAY)
    assert {(r.kind, r.year) for r in due} == {(SubmissionKind.ANNUAL, 2026),
                                               (SubmissionKind.ANNUAL, 2025)}
    with pytest.raises(ValidationError) as refused:
        submission_files.generate(member, ReportPeriod(member.school_uuid,
                                                       SubmissionKind.QUARTERLY, 2026, 3),
                                  today=TODAY)
    assert rendered(refused.value) == [
        "The quarterly report on council decisions is written by the lead school."]
    member.close()


def test_generating_keeps_the_pdf_with_the_record(world, zh):
    made = submission_files.generate(world.store, q(world), today=TODAY)
    record = repository(world.store, Submission).require(made.submission.uuid)
    assert record.generated_on == TODAY and record.sent_on is None
    assert record.quarter == 3 and record.owner_school == world.lead
    assert record.title == "理事会议重大决策情况的季度汇报（2026年第3季度）"
    assert [a.media_type for a in record.attachments] == ["application/pdf"]
    kept = submission_ops.kept_pdf(world.store, record.uuid)
    assert kept == made.pdf and kept.read_bytes().startswith(b"%PDF-")
    text = flat(kept)
    assert "九月理事会议" in text and "十月理事会议" not in text  # only Q3's meetings
    due = {(r.kind, r.quarter): r for r in submission_ops.submissions_due(world.store,
                                                                            today=TODAY)}
    assert due[(SubmissionKind.QUARTERLY, 3)].submission_uuid == record.uuid
    assert due[(SubmissionKind.QUARTERLY, 3)].state is DueState.OVERDUE  # generated, not sent


def test_generating_again_replaces_the_draft_in_the_same_record(world):
    first = submission_files.generate(world.store, q(world, 4), today=TODAY)
    world.meeting(MeetingKind.COUNCIL, date(2026, 11, 23), "临时理事会议")
    second = submission_files.generate(world.store, q(world, 4), today=TODAY)
    assert second.submission.uuid == first.submission.uuid
    assert len(rows(world.store)) == 1
    assert "临时理事会议" in flat(second.pdf)
    assert len(second.submission.attachments) == 1


def test_marking_as_sent_records_when_to_whom_and_by_whom(world):
    submission_files.generate(world.store, q(world), today=TODAY)
    submission_ops.mark_sent(world.store, q(world), sent_on=date(2026, 11, 25),
                             recipient="县教育局", sent_by=world.dean, today=TODAY)
    record = submission_ops.report_for(world.store, q(world))
    assert (record.sent_on, record.recipient, record.sent_by) == (
        date(2026, 11, 25), "县教育局", world.dean)
    due = {(r.kind, r.quarter): r for r in submission_ops.submissions_due(world.store,
                                                                            today=TODAY)}
    assert due[(SubmissionKind.QUARTERLY, 3)].state is DueState.SENT
    assert due[(SubmissionKind.QUARTERLY, 3)].late  # due on 10 October


def test_marking_as_sent_before_generating_is_refused_and_writes_nothing(world):
    with pytest.raises(ValidationError) as refused:
        submission_ops.mark_sent(world.store, q(world), sent_on=TODAY, recipient="县教育局",
                                 today=TODAY)
    assert rendered(refused.value) == [
        "A report cannot be marked as sent before it is generated."]
    assert rows(world.store) == []


def test_a_sent_date_before_the_generated_one_is_refused(world):
    submission_files.generate(world.store, q(world), today=TODAY)
    before = rows(world.store)
    with pytest.raises(ValidationError) as refused:
        submission_ops.mark_sent(world.store, q(world), sent_on=date(2026, 11, 24),
                                 recipient="县教育局", today=TODAY)
    assert rendered(refused.value) == [
        "The date sent cannot be earlier than the date generated."]
    with pytest.raises(ValidationError) as refused:
        submission_ops.mark_sent(world.store, q(world), sent_on=TODAY, recipient=" ",
                                 today=TODAY)
    assert rendered(refused.value) == ["Say whom the report was sent to."]
    assert rows(world.store) == before


def test_a_report_already_sent_is_not_generated_again(world):
    submission_files.generate(world.store, q(world), today=TODAY)
    submission_ops.mark_sent(world.store, q(world), sent_on=TODAY, recipient="县教育局",
                             today=TODAY)
    before = rows(world.store)
    with pytest.raises(ValidationError) as refused:
        submission_files.generate(world.store, q(world), today=TODAY)
    assert rendered(refused.value) == [
        "This report was sent on 25 Nov 2026; what went to the bureau is kept as it was and "
        "is not generated again."]
    assert rows(world.store) == before


def test_a_report_already_sent_is_not_marked_sent_again(world, zh):
    """Marking a sent report again (the 报送 page's button pressed twice, or a script run
    twice) would replace when, to whom and by whom it went with today's defaults: the
    report sent on time would read late and its sender and notes be lost. It is refused."""
    submission_files.generate(world.store, q(world), today=date(2026, 10, 5))
    submission_ops.mark_sent(world.store, q(world), sent_on=date(2026, 10, 8),
                             recipient="县教育局基民教股", sent_by=world.dean, notes="纸质稿一份",
                             today=date(2026, 10, 8))
    before = rows(world.store)
    with pytest.raises(ValidationError) as refused:
        submission_ops.mark_sent(world.store, q(world), sent_on=TODAY, recipient="县教育局",
                                 notes="", today=TODAY)
    assert [p.render(zh) for p in refused.value.problems] == [
        "该材料已于2026年10月8日记录为已报送，原记录保持不变。"]
    assert rows(world.store) == before
    due = {(r.kind, r.quarter): r for r in submission_ops.submissions_due(world.store,
                                                                            today=TODAY)}
    assert due[(SubmissionKind.QUARTERLY, 3)].sent_on == date(2026, 10, 8)
    assert not due[(SubmissionKind.QUARTERLY, 3)].late


def test_another_schools_report_is_refused(world):
    period = ReportPeriod(world.member, SubmissionKind.ANNUAL, 2026)
    with pytest.raises(ValidationError) as refused:
        submission_files.generate(world.store, period, today=TODAY)
    assert rendered(refused.value) == [
        "Each school generates and sends its own reports; this one is 希望小学's."]
    with pytest.raises(ValidationError):
        submission_ops.mark_sent(world.store, period, sent_on=TODAY, recipient="县教育局",
                                 today=TODAY)
    assert rows(world.store) == []


def test_a_quarter_to_come_is_refused_before_any_pdf_is_made(world):
    with pytest.raises(ValidationError) as refused:
        submission_files.generate(world.store, q(world, 1, 2027), today=TODAY)
    assert rendered(refused.value) == [
        "A report cannot be generated before its period begins (1 Jan 2027)."]
    assert rows(world.store) == []
    assert world.store.query("SELECT count(*) AS n FROM attachment_blob")[0]["n"] == 0


def test_the_annual_summary_is_generated_and_sent_like_the_quarterly_report(world):
    period = ReportPeriod(world.lead, SubmissionKind.ANNUAL, 2026)
    made = submission_files.generate(world.store, period, today=TODAY)
    assert flat(made.pdf)  # the existing 年度 report, kept
    submission_ops.mark_sent(world.store, period, sent_on=TODAY, recipient="县教育局",
                             today=TODAY)
    due = {(r.school, r.kind, r.year): r.state
           for r in submission_ops.submissions_due(world.store, today=TODAY)}
    assert due[(world.lead, SubmissionKind.ANNUAL, 2026)] is DueState.SENT
    assert due[(world.member, SubmissionKind.ANNUAL, 2026)] is DueState.DUE_SOON
