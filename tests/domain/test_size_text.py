"""File sizes: bytes below 1 KB, then one decimal of KB, MB or GB (domain/size_text.py)."""

import re

from hypothesis import given, strategies as st

from jituan_desktop.domain.size_text import size_text

KB, MB, GB = 1024, 1024 ** 2, 1024 ** 3
SHAPE = re.compile(r"^(\d+\.\d) (KB|MB|GB)$")
UNIT = {"KB": KB, "MB": MB, "GB": GB}


def test_a_33_byte_attachment_shows_its_bytes_not_0_kb():
    assert size_text(33) == "33 B"
    assert size_text(0) == "0 B"
    assert size_text(1023) == "1023 B"


def test_examples_of_each_unit():
    assert size_text(1024) == "1.0 KB"
    assert size_text(2970) == "2.9 KB"
    assert size_text(3_300_000) == "3.1 MB"
    assert size_text(int(1.5 * GB)) == "1.5 GB"
    assert size_text(5000 * GB) == "5000.0 GB"  # the largest unit has no ceiling


def test_never_1024_of_a_unit():
    assert size_text(MB - 1) == "1.0 MB"
    assert size_text(GB - 1) == "1.0 GB"


def test_translated_units():
    chinese = {"{count} B": "{count} 字节"}
    assert size_text(33, lambda _c, text: chinese.get(text, text)) == "33 字节"


@given(st.integers(min_value=0, max_value=KB - 1))
def test_below_a_kilobyte_the_bytes(size):
    assert size_text(size) == f"{size} B"


@given(st.integers(min_value=KB, max_value=10_000 * GB))
def test_one_decimal_of_the_largest_unit_under_1024(size):
    match = SHAPE.match(size_text(size))
    assert match, size_text(size)
    number, unit = float(match.group(1)), match.group(2)
    assert 1.0 <= number and (number < 1024 or unit == "GB")
    # within half a tenth of the unit of the true size
    assert abs(number * UNIT[unit] - size) <= 0.05 * UNIT[unit] + 1e-9


def shown_bytes(text: str) -> float:
    number, unit = text.split(" ")
    return float(number) * UNIT.get(unit, 1)


@given(st.integers(min_value=0, max_value=10_000 * GB), st.integers(min_value=0, max_value=GB))
def test_a_bigger_file_never_shows_smaller(size, more):
    assert shown_bytes(size_text(size)) <= shown_bytes(size_text(size + more))
