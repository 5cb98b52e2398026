"""Bundle file names (docs/sync.md §4) are valid on FAT32, exFAT and NTFS whatever the codes."""

import re
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jituan_desktop.sync.file_names import (KINDS, MAX_LENGTH, bundle_file_name,
                                            is_portable_file_name, sanitise_code)

INSTALLATION = "1a2b3c4d-0000-4000-8000-000000000000"
SHAPE = re.compile(r"jituan_([A-Za-z0-9-]+)_([A-Za-z0-9-]+)_(member|lead|invitation|join)_"
                   r"([A-Za-z0-9-]{1,8})_([0-9]+)-([0-9]+)\.jtb")


def test_the_name_of_docs_sync_md():
    name = bundle_file_name("SYXX", "S03", "member", INSTALLATION, 120, 245)
    assert name == "jituan_SYXX_S03_member_1a2b3c4d_120-245.jtb"


@settings(max_examples=300)
@given(alliance=st.text(), school=st.text(), kind=st.sampled_from(KINDS),
       counters=st.tuples(st.integers(0, 10**12), st.integers(0, 10**12)).map(sorted))
def test_any_codes_give_a_portable_name_of_the_documented_shape(alliance, school, kind, counters):
    name = bundle_file_name(alliance, school, kind, str(uuid.uuid4()), *counters)
    assert is_portable_file_name(name) and len(name) <= MAX_LENGTH
    assert name.isascii()
    match = SHAPE.fullmatch(name)
    assert match and match.group(3) == kind
    assert (int(match.group(5)), int(match.group(6))) == tuple(counters)


@pytest.mark.parametrize("code,expected", [
    ("S01", "S01"), ("实验小学", None), ("一小 / 二小", None), ("CON", "CON"),
    ("a_b", "a-b"), ("../..", None), ("S 01.", "S-01"), ("Ünïcode-9", "n-code-9")])
def test_codes_are_sanitised(code, expected):
    cleaned = sanitise_code(code)
    assert re.fullmatch(r"[A-Za-z0-9-]+", cleaned)
    if expected is not None:
        assert cleaned == expected


def test_chinese_only_codes_stay_apart():
    assert sanitise_code("一小") != sanitise_code("二小")
    assert sanitise_code("一小") == sanitise_code("一小")


def test_long_codes_are_cut_so_both_remain():
    name = bundle_file_name("A" * 300, "B" * 300, "invitation", INSTALLATION, 10**11, 10**12)
    assert len(name) <= MAX_LENGTH and "_AAAA" in name and "_BBBB" in name


@pytest.mark.parametrize("name", ["CON", "con.jtb", "NUL.txt", "COM1", "lpt9.jtb", "a.", "a ",
                                  "", "..", "a/b", "a\\b", "a:b", "名字.jtb", "a" * 121])
def test_names_no_stick_can_hold_are_not_portable(name):
    assert not is_portable_file_name(name)


def test_wrong_arguments_are_bugs():
    with pytest.raises(ValueError):
        bundle_file_name("A", "B", "holiday", INSTALLATION, 1, 2)
    with pytest.raises(ValueError):
        bundle_file_name("A", "B", "lead", INSTALLATION, 5, 2)
