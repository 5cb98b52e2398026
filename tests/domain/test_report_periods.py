"""Deadlines that look back: which year or semester a report is about when nobody says."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from jituan_desktop.domain.enums import Term
from jituan_desktop.domain.report_periods import (annual_period, due_semester,
                                                  due_summary_year, summary_year_in_progress)
from jituan_desktop.domain.semesters import default_semester


@pytest.mark.parametrize("today,year", [
    (date(2026, 11, 29), 2026),   # due tomorrow: the year in progress
    (date(2026, 11, 30), 2026),   # the deadline itself
    (date(2026, 12, 1), 2026),    # the year that just closed, not the one that began today
    (date(2026, 12, 3), 2026),
    (date(2027, 1, 31), 2026),    # all of January still looks back
    (date(2027, 2, 1), 2027),     # then the year in progress again
    (date(2027, 6, 15), 2027),
    (date(2028, 2, 29), 2028),    # a leap day
])
def test_the_annual_summary_defaults_to_the_year_due(today, year):
    assert due_summary_year(today) == year


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_the_year_due_has_its_deadline_at_most_two_months_behind_or_ahead(today):
    year = due_summary_year(today)
    start, end = annual_period(year)
    assert start <= today or today - end <= timedelta(days=62)
    assert year in (summary_year_in_progress(today), summary_year_in_progress(today) - 1)
    # Outside December and January, the year due is the one that holds today.
    if today.month not in (12, 1):
        assert start <= today <= end


@given(st.integers(min_value=2001, max_value=2098))
def test_summary_years_neither_overlap_nor_leave_a_gap(year):
    assert annual_period(year)[1] + timedelta(days=1) == annual_period(year + 1)[0]


def semesters_of(*years):
    return [default_semester(y, t) for y in years for t in (Term.FIRST, Term.SECOND)]


@pytest.mark.parametrize("today,key", [
    (date(2026, 11, 25), "2026-1"),   # inside a semester: that one
    (date(2027, 1, 31), "2026-1"),    # its last day
    (date(2027, 2, 1), "2026-1"),     # a new semester began today: the one that just ended
    (date(2027, 3, 3), "2026-1"),     # a month after it ended
    (date(2027, 3, 4), "2026-2"),     # then the one in progress
    (date(2027, 8, 15), "2026-2"),    # August, between semesters: the one that ended
])
def test_a_semester_report_defaults_to_the_semester_due(today, key):
    assert due_semester(semesters_of(2025, 2026, 2027), today).key == key


def test_in_a_holiday_between_semesters_the_one_that_ended():
    # An alliance calendar with a summer holiday: second semester to 10 July, first from 1 Sept.
    calendar = [default_semester(2026, Term.SECOND), default_semester(2027, Term.FIRST)]
    calendar[0].end = date(2027, 7, 10)
    assert due_semester(calendar, date(2027, 7, 11)).key == "2026-2"
    assert due_semester(calendar, date(2027, 8, 31)).key == "2026-2"  # the whole holiday
    # The new semester begins more than a month after the last one closed: the new one.
    assert due_semester(calendar, date(2027, 9, 1)).key == "2027-1"


def test_no_semester_begun_yet():
    assert due_semester(semesters_of(2027), date(2027, 6, 1)) is None


def test_a_deleted_semester_is_never_the_default():
    calendar = semesters_of(2026)
    calendar[0].deleted = True
    assert due_semester(calendar, date(2027, 2, 10)) == calendar[1]
