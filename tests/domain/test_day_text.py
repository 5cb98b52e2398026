"""Dates as people write them: 2026年12月3日 shown, and every usual typed form read whole."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jituan_desktop.domain import day_text as dt
from jituan_desktop.domain.day_parsing import parse_day
from jituan_desktop.domain.enums import Term
from jituan_desktop.domain.messages import ValidationError
from jituan_desktop.domain.semesters import default_semester, school_year_label, semester_label
from jituan_desktop.i18n import load_catalogue

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


def chinese(context: str, text: str) -> str:
    return load_catalogue("zh_CN").get((context, text), text)


def refusal(text: str, **bounds) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_day(text, "lesson_date", **bounds)
    (found,) = caught.value.problems
    assert found.field == "lesson_date"
    return found.render(chinese)


def test_a_day_in_chinese_has_no_leading_zeros_and_english_stays_english():
    assert dt.day_text(date(2026, 12, 3), chinese) == "2026年12月3日"
    assert dt.day_text(date(2026, 11, 25), chinese) == "2026年11月25日"
    assert dt.day_text(date(2026, 12, 3)) == "3 Dec 2026"
    assert dt.day_text("2026-09-01", chinese) == "2026年9月1日"  # as SQL rows hold it
    assert dt.day_text(None, chinese) == "" and dt.day_text("", chinese) == ""
    assert dt.day_text("不详", chinese) == "不详"  # never hidden, never a made-up date


def test_stamps_ranges_and_days_of_the_year():
    local = datetime(2026, 12, 3, 16, 30)
    assert dt.stamp_text(local, chinese) == "2026年12月3日 16:30"
    assert dt.stamp_text(local) == "3 Dec 2026, 16:30"
    utc = datetime(2026, 12, 3, 8, 30, tzinfo=timezone.utc)
    assert dt.stamp_text(utc.isoformat(), chinese) == dt.stamp_text(utc.astimezone(), chinese)
    assert dt.stamp_text("2026-12-03T08:30:00Z", chinese) == dt.stamp_text(utc, chinese)
    assert dt.range_text(date(2026, 9, 1), date(2027, 1, 31), chinese) == \
        "2026年9月1日至2027年1月31日"
    assert dt.range_text(date(2026, 9, 1), None, chinese) == "2026年9月1日起"
    assert dt.month_day_text(11, 30, chinese) == "11月30日"
    assert dt.month_day_text(11, 30) == "30 Nov"


def test_semesters_are_named_with_the_em_dash_of_the_policy_texts():
    first = default_semester(2026, Term.FIRST)
    assert semester_label(first, chinese) == "2026\u20142027学年第一学期"
    assert semester_label(default_semester(2026, Term.SECOND), chinese) == "2026—2027学年第二学期"
    assert school_year_label(2026, chinese) == "2026—2027学年"
    assert semester_label(first) == "2026–2027 school year, first semester"


@pytest.mark.parametrize("typed", ["2025-10-08", "2025/10/8", "2025.10.8", "20251008",
                                   "2025年10月8日", "2025年10月8号", " 2025 年 10 月 8 日 ",
                                   "２０２５－１０－０８", "2025。10。8", "8 Oct 2025",
                                   "8 October 2025", "2025-10-8"])
def test_every_usual_form_gives_exactly_the_day_typed(typed):
    assert parse_day(typed) == date(2025, 10, 8)


@given(DAYS)
def test_what_is_shown_reads_back_as_the_same_day(day):
    assert parse_day(dt.day_text(day, chinese)) == day
    assert parse_day(dt.day_text(day)) == day


@given(DAYS)
def test_every_typed_form_of_a_day_reads_back_as_that_day(day):
    y, m, d = day.year, day.month, day.day
    for typed in (day.isoformat(), f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}{m:02d}{d:02d}",
                  f"{y}年{m}月{d}日"):
        assert parse_day(typed) == day


@given(st.integers(1900, 2199), st.integers(1, 12), st.integers(29, 40))
def test_a_day_past_the_end_of_its_month_is_refused_not_moved(year, month, day):
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    typed = f"{year}-{month:02d}-{day:02d}"
    if day <= last:
        assert parse_day(typed) == date(year, month, day)
    else:
        assert refusal(typed) == f"“{typed}”不是日期：{year}年{month}月只有1日到{last}日。"


def test_refusals_say_why_in_chinese():
    assert refusal("2025-02-30") == "“2025-02-30”不是日期：2025年2月只有1日到28日。"
    assert refusal("2025-13-01") == "“2025-13-01”不是日期：月份应为1到12。"
    assert "“abc”不是日期" in refusal("abc") and "2025年10月8日" in refusal("abc")
    assert refusal("") == "请填写日期，例如 2025-10-08。"
    assert refusal("1999-12-31", earliest=date(2000, 1, 1)) == \
        "1999年12月31日太早了：日期不能早于2000年1月1日。"
    assert refusal("2101-01-01", latest=date(2100, 12, 31)) == \
        "2101年1月1日太晚了：日期不能晚于2100年12月31日。"
    for typed in ("2025-10", "10/8/2025", "2025-10/08", "0000-01-01", "2025年10月", "Octo"):
        assert refusal(typed).startswith(f"“{typed}”不是日期")
