"""When reports to the bureau are due, and what a record of one must hold: the annual
summary on 30 November (004), the quarterly report ten days after its quarter (常见做法),
and every refusal of a record that cannot be true (sent before it was generated ...)."""

from __future__ import annotations

from datetime import date

import pytest

from jituan_desktop.domain.records import new_uuid
from jituan_desktop.domain.submissions import (DueState, Submission, SubmissionKind,
                                               annual_years_to_show, deadline, due_quarter,
                                               due_state, period_of, quarter_period,
                                               quarters_to_show, sent_late)
from jituan_desktop.domain.validation import problems_of

TODAY = date(2026, 11, 25)
SCHOOL = new_uuid()


def quarterly(**kw) -> Submission:
    fields = dict(school=SCHOOL, kind=SubmissionKind.QUARTERLY, year=2026, quarter=3,
                  generated_on=date(2026, 10, 8))
    fields.update(kw)
    return Submission(**fields)


def by_field(problems) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for p in problems:
        found.setdefault(p.field, []).append(p.render())
    return found


def test_quarters_run_with_the_calendar():
    assert quarter_period(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_period(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert due_quarter(date(2026, 11, 25)) == (2026, 3)
    assert due_quarter(date(2027, 2, 28)) == (2026, 4)


def test_the_quarterly_report_is_due_ten_days_after_its_quarter():
    assert deadline(SubmissionKind.QUARTERLY, 2026, 3) == date(2026, 10, 10)
    assert deadline(SubmissionKind.QUARTERLY, 2026, 4) == date(2027, 1, 10)


def test_the_annual_summary_is_due_at_the_end_of_november_for_the_year_to_then():
    assert deadline(SubmissionKind.ANNUAL, 2026) == date(2026, 11, 30)
    assert period_of(SubmissionKind.ANNUAL, 2026, None) == (date(2025, 12, 1), date(2026, 11, 30))
    assert deadline(SubmissionKind.OTHER, 2026) is None


@pytest.mark.parametrize("due, sent, today, state", [
    (date(2026, 11, 30), None, date(2026, 11, 25), DueState.DUE_SOON),
    (date(2026, 11, 30), None, date(2026, 10, 31), DueState.DUE_SOON),
    (date(2026, 11, 30), None, date(2026, 10, 30), DueState.LATER),
    (date(2026, 11, 30), None, date(2026, 12, 1), DueState.OVERDUE),
    (date(2026, 11, 30), date(2026, 12, 5), date(2026, 12, 6), DueState.SENT),
])
def test_a_report_is_sent_due_soon_overdue_or_later(due, sent, today, state):
    assert due_state(due, sent, today) is state


def test_a_report_sent_after_its_deadline_is_late():
    assert sent_late(date(2026, 10, 10), date(2026, 10, 12))
    assert not sent_late(date(2026, 10, 10), date(2026, 10, 10))


def test_the_rolling_year_of_quarters_and_the_two_summary_years():
    assert quarters_to_show(date(2026, 11, 25)) == [(2026, 4), (2026, 3), (2026, 2), (2026, 1)]
    assert quarters_to_show(date(2027, 1, 5)) == [(2027, 1), (2026, 4), (2026, 3), (2026, 2)]
    assert annual_years_to_show(date(2026, 11, 25)) == [2026, 2025]
    assert annual_years_to_show(date(2026, 12, 3)) == [2026]  # 2027's is a year away
    assert annual_years_to_show(date(2027, 8, 31)) == [2027, 2026]


def test_a_well_formed_record_passes():
    assert problems_of(quarterly(), TODAY) == []
    sent = quarterly(sent_on=date(2026, 10, 9), recipient="县教育局")
    assert problems_of(sent, TODAY) == []


def test_marking_as_sent_before_generating_is_refused():
    found = by_field(problems_of(quarterly(generated_on=None, sent_on=date(2026, 10, 9),
                                           recipient="县教育局"), TODAY))
    assert found["sent_on"] == ["A report cannot be marked as sent before it is generated."]


def test_sent_before_it_was_generated_is_refused():
    found = by_field(problems_of(quarterly(sent_on=date(2026, 10, 7), recipient="县教育局"),
                                 TODAY))
    assert found["sent_on"] == ["The date sent cannot be earlier than the date generated."]


def test_dates_in_the_future_are_refused():
    found = by_field(problems_of(quarterly(generated_on=date(2026, 11, 26)), TODAY))
    assert found["generated_on"] == ["Generated on cannot be later than today."]
    found = by_field(problems_of(quarterly(sent_on=date(2026, 11, 26), recipient="县教育局"),
                                 TODAY))
    assert found["sent_on"] == ["Sent on cannot be later than today."]


def test_a_report_sent_to_nobody_is_refused():
    found = by_field(problems_of(quarterly(sent_on=date(2026, 10, 9), recipient="  "), TODAY))
    assert found["recipient"] == ["Say whom the report was sent to."]


@pytest.mark.parametrize("quarter", [None, 0, 5, True, "3"])
def test_a_quarterly_report_needs_its_quarter(quarter):
    found = by_field(problems_of(quarterly(quarter=quarter), TODAY))
    assert found["quarter"] == ["A quarterly report needs its quarter (1 to 4)."]


def test_a_report_generated_before_its_period_began_is_refused():
    found = by_field(problems_of(quarterly(quarter=4, generated_on=date(2026, 9, 30)), TODAY))
    assert found["generated_on"] == [
        "A report cannot be generated before its period begins (1 Oct 2026)."]


def test_a_year_out_of_range_is_refused_without_a_crash():
    found = by_field(problems_of(quarterly(year=1999), TODAY))
    assert "year" in found and "generated_on" not in found
