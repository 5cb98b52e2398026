"""The words a teacher's record takes: subjects, grades, titles and backbone titles.

They are stored as the Chinese words of the schools' own paperwork (they travel to the other
schools and print on their forms), so they are data, not interface text. Subjects are a
closed list — quotas, forms and the observation filters group by them, and a misspelt
subject would silently start a group of its own — while titles and grades are kept as
written. Rosters kept in Excel use older and longer names for the same subject (品德与社会,
体育与健康, 信息科技): those map to the one word the app uses.
"""

from __future__ import annotations

import re

# Compulsory-education subjects (义务教育课程方案), primary first: an alliance may take in a
# 九年一贯制 school, so the junior-secondary subjects are known too.
SUBJECTS = ("语文", "数学", "英语", "科学", "道德与法治", "音乐", "美术", "体育", "信息技术",
            "劳动", "综合实践活动", "心理健康", "书法", "物理", "化学", "生物", "历史", "地理")

SUBJECT_ALIASES = {
    "品德与社会": "道德与法治", "品德与生活": "道德与法治", "思想品德": "道德与法治",
    "思品": "道德与法治", "道法": "道德与法治", "政治": "道德与法治",
    "体育与健康": "体育", "体育与保健": "体育",
    "信息科技": "信息技术", "信息": "信息技术", "计算机": "信息技术",
    "英文": "英语", "外语": "英语",
    "综合实践": "综合实践活动", "劳动教育": "劳动", "心理": "心理健康",
    "心理健康教育": "心理健康", "生物学": "生物",
}

GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
          "七年级", "八年级", "九年级")

# 职称 since the 2015 reform; older rosters say 小学高级教师 etc. and are kept as written.
TITLES = ("正高级教师", "高级教师", "一级教师", "二级教师", "三级教师", "未定级")

BACKBONE_TITLES = ("骨干教师", "学科带头人", "名师")
BACKBONE_ALIASES = {"骨干": "骨干教师", "带头人": "学科带头人"}

_SPLIT = re.compile(r"[、,，;；/／|｜\s]+")
_DIGITS = dict(zip("123456789", "一二三四五六七八九"))


def split_values(text: str) -> list[str]:
    """"语文、数学" (or with commas, slashes or spaces) as ["语文", "数学"]."""
    return [part for part in _SPLIT.split(text or "") if part]


def canonical_subject(text: str) -> str | None:
    """The app's word for a subject as a roster writes it; None when it is no subject."""
    word = (text or "").strip()
    if word in SUBJECTS:
        return word
    return SUBJECT_ALIASES.get(word)


def canonical_grade(text: str) -> str:
    """"3年级" as 三年级; any other grade (初一, 高二 ...) as written."""
    word = (text or "").strip()
    if len(word) == 3 and word[0] in _DIGITS and word.endswith("年级"):
        return _DIGITS[word[0]] + "年级"
    return word


def canonical_title(text: str) -> str:
    """"中小学一级教师" (the full official name) as 一级教师; other titles as written."""
    word = (text or "").strip()
    if word.startswith("中小学") and word[3:] in TITLES:
        return word[3:]
    return word


def canonical_backbone(text: str) -> str:
    word = (text or "").strip()
    return BACKBONE_ALIASES.get(word, word)
