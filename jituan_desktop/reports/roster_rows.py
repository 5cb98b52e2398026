"""How a roster file is read: its header row, which column is what, and each row's values.

Rosters are kept by hand, each school its own way: a title merged over the columns above the
header, group headers over two rows (联系方式 over 手机 | 邮箱), column names old and new
(任教学科, 所教学科, 科目), positions written as a school says them (教导主任 for 教务主任,
副校长兼教务主任), phone numbers stored as numbers. This module turns that into the fields of
a teacher, or the reasons a row cannot be one; :mod:`roster_import` does the importing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.enums import Gender, Position
from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Text
from ..domain.records import School
from ..domain.teacher_vocabulary import (SUBJECTS, canonical_backbone, canonical_grade,
                                         canonical_subject, canonical_title, split_values)
from ..domain.validation import L as FIELD_SOURCES
from ..i18n import load_catalogue
from .roster_reading import Grid, cell_text

HEADER_SEARCH_ROWS = 10  # the header is within the first rows, under a title or two

# The fields a roster can fill, in the order the mapping dialog offers them.
FIELDS = ("name", "gender", "subjects", "grades", "position", "title", "phone", "backbone",
          "school", "active")
STATUS_LABEL = QT_TRANSLATE_NOOP("Reports", "Status (active or left)")
FIELD_LABELS = {f: Text("Fields", FIELD_SOURCES["Teacher.name" if f == "name" else f])
                for f in FIELDS if f != "active"}
FIELD_LABELS["active"] = Text("Reports", STATUS_LABEL)

# Column names as rosters write them (compared without spaces, "*" and brackets), and the
# headers of the app's own export, so an exported roster imports as it is.
HEADER_NAMES = {
    "name": ("姓名", "教师姓名", "名字", "姓名/name", "name", "teachername", "teacher'sname"),
    "gender": ("性别", "gender", "sex"),
    "subjects": ("学科", "任教学科", "所教学科", "教学学科", "科目", "任教科目", "教学科目",
                 "subject", "subjects", "subjectstaught"),
    "grades": ("年级", "任教年级", "所教年级", "任教班级", "grade", "grades", "gradestaught"),
    "position": ("职务", "岗位", "行政职务", "现任职务", "position", "post"),
    "title": ("职称", "专业技术职称", "专业技术职务", "现职称", "title", "professionaltitle"),
    "phone": ("电话", "手机", "联系电话", "手机号", "手机号码", "联系方式", "电话号码",
              "phone", "mobile", "telephone", "tel"),
    "backbone": ("骨干", "骨干教师", "骨干称号", "骨干/名师", "荣誉称号", "backbone",
                 "backbonetitles"),
    "school": ("学校", "所在学校", "单位", "工作单位", "学校名称", "school"),
    "active": ("状态", "在职状态", "在职情况", "status"),
}
_ALIASES = {alias: f for f, names in HEADER_NAMES.items() for alias in names}
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]$")
_IGNORED = re.compile(r"[\s\u3000*＊:：]")

POSITION_SYNONYMS = {
    Position.PRINCIPAL: ("执行校长", "校长兼书记", "书记兼校长", "书记、校长"),
    Position.DEAN: ("教导主任", "教务处主任", "教导处主任", "教学主任", "教务副主任",
                    "教导副主任"),
    Position.SUBJECT_HEAD: ("学科组长", "备课组长", "教研组组长"),
    Position.TEACHER: ("老师", "任课教师", "专任教师", "科任教师", "任课老师", "教员"),
    Position.SUPERVISOR: ("总校视导员", "集团视导员", "教学视导员"),
}
GENDER_WORDS = {"男": Gender.MALE, "男性": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
                "女": Gender.FEMALE, "女性": Gender.FEMALE, "f": Gender.FEMALE,
                "female": Gender.FEMALE}
ACTIVE_WORDS = {"在职": True, "在岗": True, "正常": True, "是": True, "active": True,
                "离职": False, "已离职": False, "调离": False, "退休": False, "已退休": False,
                "否": False, "left": False, "inactive": False}
YES = frozenset({"是", "√", "✓", "✔", "y", "yes", "1", "true"})
NO = frozenset({"否", "无", "×", "✗", "n", "no", "0", "false", "-", "—", "/"})

MISSING_NAME = QT_TRANSLATE_NOOP("Reports", "The name is missing.")
NOT_A_NAME = QT_TRANSLATE_NOOP("Reports", "\"{value}\" does not look like a person's name.")
UNKNOWN_SUBJECT = QT_TRANSLATE_NOOP("Reports", "Unknown subject \"{value}\" (known subjects: "
                                               "{known}).")
UNKNOWN_POSITION = QT_TRANSLATE_NOOP("Reports", "Unknown position \"{value}\" (known positions: "
                                                "{known}).")
UNKNOWN_GENDER = QT_TRANSLATE_NOOP("Reports", "Unknown gender \"{value}\": write 男 or 女.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Reports", "Unknown status \"{value}\": write 在职 or 离职.")
OTHER_SCHOOL_ROW = QT_TRANSLATE_NOOP("Reports", "This row is a teacher of {school}, not of "
                                                "{target}.")


@dataclass
class Layout:
    header_row: int  # 0-based index into the grid
    data_start: int
    mapping: dict[str, int]
    found: bool  # False: no header row recognised; header_row is only the first row


# -- the file's layout ---------------------------------------------------------------------
def header_field(text) -> str | None:
    """The field a column name stands for, or None."""
    key = _IGNORED.sub("", cell_text(text)).lower()
    key = _BRACKETED.sub("", key) or key
    return _ALIASES.get(key)


def fields_of(row: list) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        f = header_field(value) if isinstance(value, str) else None
        if f and f not in found:
            found[f] = i
    return found


def find_layout(grid: Grid) -> Layout:
    """The header row: the first of the first rows that names the name column and one more;
    a title row merged across the columns above it names nothing and is passed over. Group
    headers merged over two rows (联系方式 over 手机 | 邮箱) add the row below."""
    candidates = []
    for i, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        found = fields_of(row)
        if len(found) >= 2:
            candidates.append((i, found))
            if "name" in found:
                break
    if not candidates:
        first = next((i for i, r in enumerate(grid.rows) if any(v is not None for v in r)), 0)
        return Layout(first, first + 1, {}, False)
    i, mapping = max(candidates, key=lambda c: ("name" in c[1], len(c[1]), -c[0]))
    start = i + 1
    if start < len(grid.rows):
        below = grid.rows[start]
        sub_headers = fields_of(below)
        name_col = mapping.get("name")
        if sub_headers and (name_col is None or name_col >= len(below)
                            or below[name_col] is None):
            mapping.update(sub_headers)  # the narrower name wins: 手机 under 联系方式
            start += 1
    return Layout(i, start, mapping, True)


def data_rows(grid: Grid, start: int, columns=None) -> list[tuple[int, list]]:
    """(row number, cells) below the header. A row with nothing in the mapped ``columns``
    is a blank row, even when a template numbered it in a 序号 column beforehand."""
    def filled(row: list) -> bool:
        if columns is None:
            return any(v is not None for v in row)
        return any(j < len(row) and row[j] is not None for j in columns)
    return [(n + 1, row) for n, row in enumerate(grid.rows) if n >= start and filled(row)]


# -- one row -------------------------------------------------------------------------------
def row_problem(text: str, **params) -> Problem:
    return Problem("", text, params, "Reports")


def _chinese_labels(enum) -> dict:
    """Each member's label in Chinese, whatever language the app shows: rosters are Chinese."""
    catalogue = load_catalogue("zh_CN")
    return {m: catalogue.get(("Labels", m.label), m.label) for m in enum}


def _position_words() -> dict[str, Position]:
    words = {}
    for member, chinese in _chinese_labels(Position).items():
        for word in (member.value, member.label.lower(), chinese,
                     *POSITION_SYNONYMS.get(member, ())):
            words[word] = member
    return words


def _parse_position(text: str, words: dict[str, Position]) -> Position | None:
    key = _IGNORED.sub("", text).lower()
    if key in words:
        return words[key]
    for part in re.split(r"[兼、,，/／;；]", key):  # 副校长兼教务主任: the first one known
        if part in words:
            return words[part]
    if key.endswith(("教师", "老师")):  # 语文教师
        return Position.TEACHER
    return None


class RowReader:
    """Turns a data row into a teacher's field values, or the reasons it cannot be."""

    def __init__(self, mapping: dict[str, int], school: School):
        self.mapping = mapping
        self.school = school
        self.positions = _position_words()
        self.position_list = "、".join(_chinese_labels(Position).values())

    def cell(self, row: list, name: str) -> str:
        j = self.mapping.get(name)
        return cell_text(row[j]) if j is not None and j < len(row) else ""

    def name(self, row: list) -> str:
        text = self.cell(row, "name")
        # Two-character names are padded for alignment: 王　芳.
        return re.sub(r"\s+", "", text) if re.search(r"[\u4e00-\u9fff]", text) else text

    def read(self, row: list) -> tuple[dict, list[Problem]]:
        values: dict = {}
        problems: list[Problem] = []
        name = self.name(row)
        if not name:
            problems.append(row_problem(MISSING_NAME))
        elif re.search(r"[0-9:：]", name):
            problems.append(row_problem(NOT_A_NAME, value=name))
        values["name"] = name
        school = self.cell(row, "school")
        if school and school not in (self.school.name, self.school.code):
            problems.append(row_problem(OTHER_SCHOOL_ROW, school=school, target=self.school.name))
        if gender := self.cell(row, "gender"):
            values["gender"] = GENDER_WORDS.get(gender.lower()) or \
                _by_label(Gender, gender)
            if values["gender"] is None:
                problems.append(row_problem(UNKNOWN_GENDER, value=gender))
        if subjects := self.cell(row, "subjects"):
            values["subjects"] = []
            for word in split_values(subjects):
                known = canonical_subject(word)
                if known is None:
                    problems.append(row_problem(UNKNOWN_SUBJECT, value=word,
                                             known="、".join(SUBJECTS)))
                elif known not in values["subjects"]:
                    values["subjects"].append(known)
        if grades := self.cell(row, "grades"):
            values["grades"] = [canonical_grade(g) for g in split_values(grades)]
        if position := self.cell(row, "position"):
            values["position"] = _parse_position(position, self.positions)
            if values["position"] is None:
                problems.append(row_problem(UNKNOWN_POSITION, value=position,
                                         known=self.position_list))
        if title := self.cell(row, "title"):
            values["title"] = canonical_title(title)
        if phone := self.cell(row, "phone"):
            values["phone"] = phone
        if backbone := self.cell(row, "backbone"):
            values["backbone"] = _backbone(backbone)
        if status := self.cell(row, "active"):
            values["active"] = ACTIVE_WORDS.get(status.lower())
            if values["active"] is None:
                problems.append(row_problem(UNKNOWN_STATUS, value=status))
        return values, problems


def _by_label(enum, text: str):
    for member, chinese in _chinese_labels(enum).items():
        if text in (chinese, member.label, member.value):
            return member
    return None


def _backbone(text: str) -> list[str]:
    word = text.strip().lower()
    if word in YES:
        return ["骨干教师"]
    if word in NO:
        return []
    return list(dict.fromkeys(canonical_backbone(v) for v in split_values(text)))
