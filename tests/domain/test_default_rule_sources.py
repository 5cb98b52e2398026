"""Every default quota rule quotes the policy texts (../shared/seeds/) verbatim.

A default's ``source_text`` must be found in its ``source_file``, under the 篇 and headings
its ``source_section`` names, in that order (a 篇's quote before the next 篇 begins). Whitespace
is ignored (the texts break lines inside sentences). 004 is in Traditional characters with
pinyin glosses, and the app quotes it in simplified characters without them: the file is
normalised before searching, by dropping the glosses and mapping the Traditional characters
of the quoted sentences to simplified ones. No converter library is among the dependencies,
so the mapping below is explicit and covers exactly the characters the quotes need (a quote
with an unmapped character is not found, and the test says which).

A default the texts do not set stays only if its source says so, beginning 常见做法, and it
then names no file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from jituan_desktop.domain.default_rules import COMMON_PRACTICE, DEFAULT_SPECS, default_rules
from jituan_desktop.domain.enums import Position

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT.parent / "shared" / "seeds"

# Traditional -> simplified, for the characters of the sentences and headings quoted from 004.
TRADITIONAL = ("個內兩則動務匯問圍報學實將專對導師幫強時會業機況為發確競節組結總織習聯聽腦興術討評課講"
               "議賽踐載進選針開關隊靈順領頭題風饋體龍")
SIMPLIFIED = ("个内两则动务汇问围报学实将专对导师帮强时会业机况为发确竞节组结总织习联听脑兴术讨评课讲"
              "议赛践载进选针开关队灵顺领头题风馈体龙")
TO_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)
# A pinyin gloss follows its character in ASCII brackets: 指導(dǎo).
PINYIN_GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
SPACE = re.compile(r"\s+")
NEXT_PIECE = re.compile(r"篇[一二三四五六七八九十]+:")


def normalised(text: str) -> str:
    return SPACE.sub("", PINYIN_GLOSS.sub("", text)).translate(TO_SIMPLIFIED)


@lru_cache(maxsize=None)
def seed_text(name: str) -> str:
    return normalised((SEEDS / name).read_text(encoding="utf-8"))


def find_in_order(text: str, parts: list[str]) -> list[int]:
    """Where each part is found, each after the one before; -1 from the first not found."""
    found, at = [], 0
    for part in parts:
        at = text.find(normalised(part), at)
        found.append(at)
        if at < 0:
            break
    return found


def test_the_seeds_are_there():
    assert len(list(SEEDS.glob("*.txt"))) == 5, f"the policy texts are expected in {SEEDS}"


@pytest.mark.parametrize("spec", DEFAULT_SPECS, ids=[s["key"] for s in DEFAULT_SPECS])
def test_every_default_quotes_its_source(spec):
    if spec["source_text"].startswith(COMMON_PRACTICE):
        assert not spec.get("source_file") and not spec.get("source_section")
        assert spec["source_text"].startswith("常见做法，非文件规定：")
        return
    text = seed_text(spec["source_file"])
    headings = spec["source_section"].split(" / ")
    where = find_in_order(text, headings + [spec["source_text"]])
    missing = [p for p, at in zip(headings + ["the quote"], where) if at < 0]
    assert not missing, f"{spec['key']}: not found in {spec['source_file']} in order: {missing}"
    if headings[0].startswith("篇"):
        # The quote comes before the next piece begins (篇七: after 篇六:).
        next_piece = NEXT_PIECE.search(text, where[0] + len(headings[0]))
        assert next_piece is None or where[-1] < next_piece.start(), (
            f"{spec['key']}: the quote is not under {headings[0]}")


def test_the_quotes_are_copied_not_reworded():
    """The sentences the issue names, as the texts say them (000, 004)."""
    quotes = {r.default_key: r.source_text for r in default_rules("lead")}
    assert "每学期不得低于4次" in quotes["cooperation_activities"]
    assert "总校视导员每学期听课不少于80节" in quotes["observing_supervisors"]
    assert "学校领导每学期听课不少于40节" in quotes["observing_school_leaders"]
    assert "教师每学期听课不少于18节" in quotes["observing_teachers"]
    assert "每月至少召开一次联盟校会议" in quotes["alliance_meetings"]
    assert "每月至少召开一次理事会议" in quotes["council_meetings"]
    assert "每季度向县教育局书面汇报理事会议的重大决策内容" in quotes["quarterly_reports"]
    assert "每学期一至两次" in quotes["joint_meetings"]
    assert "每个学年两次以上" in quotes["demonstration_lessons_year"]
    assert "每人不少于一节" in quotes["demonstration_lessons_semester"]
    assert "置换交流" in quotes["teacher_exchanges"]
    assert "11月底前" in quotes["annual_summary"]


def test_only_the_mentoring_quotas_are_common_practice():
    common = {s["key"] for s in DEFAULT_SPECS if s["source_text"].startswith(COMMON_PRACTICE)}
    assert common == {"mentee_observes", "mentor_observes"}


def test_the_observing_rules_cover_every_position_once():
    """视导员, 学校领导 (校长, 副校长, 教务主任) and 教师 (the rest): nobody counted twice or missed."""
    rules = [r for r in default_rules("lead") if r.default_key.startswith("observing_")]
    covered = [p for r in rules for p in r.positions]
    assert sorted(covered) == sorted(Position)
    leaders = next(r for r in rules if r.default_key == "observing_school_leaders")
    assert set(leaders.positions) == {Position.PRINCIPAL, Position.VICE_PRINCIPAL, Position.DEAN}
    assert "校长、副校长、教务主任" in leaders.name  # the rule says on screen whom it covers


def test_a_reworded_quote_is_caught():
    """The check is not vacuous: the old default's wording is in no text."""
    assert find_in_order(seed_text("000_4831cd458b4b7471.txt"), ["每学期合作交流活动不低于4次"]) == [-1]
    assert find_in_order(seed_text("000_4831cd458b4b7471.txt"), ["教师每学期听课不少于12节"]) == [-1]
