"""Importing the teachers' roster a school already keeps in Excel or CSV (issue 5 §3).

:func:`preview` reads the file and guesses where the header row is and which column holds
what; the GUI shows that and lets people correct the mapping (a plain dict field -> column
index, 0 for the first column). :func:`import_roster` then checks every row — a name, known
subjects and positions, no name twice in the file, the app's own validation through
``record_ops`` — and writes the good rows in one transaction, reporting each refused row with
its row number and reason. A teacher already on the school's roster under the same name is
updated where the file says something different, so importing a file twice adds no one twice.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.enums import Gender, Position, Role
from ..domain.messages import (QT_TRANSLATE_NOOP, Problem, Refusal, Text, Translate,
                               ValidationError, identity as no_translation)
from ..domain.records import School, Teacher
from ..domain.teacher_vocabulary import (SUBJECTS, canonical_backbone, canonical_grade,
                                         canonical_subject, canonical_title, split_values)
from ..domain.validation import L as FIELD_SOURCES
from ..i18n import load_catalogue
from ..storage import lookups
from ..storage.repositories import repository
from ..storage.store import Store
from . import record_ops
from .changes import Changes
from .roster_reading import Grid, RosterError, cell_text, read_grid
from .setup_ops import identity

HEADER_SEARCH_ROWS = 10  # the header is within the first rows, under a title or two
PREVIEW_ROWS = 20

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
}
GENDER_WORDS = {"男": Gender.MALE, "男性": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
                "女": Gender.FEMALE, "女性": Gender.FEMALE, "f": Gender.FEMALE,
                "female": Gender.FEMALE}
ACTIVE_WORDS = {"在职": True, "在岗": True, "正常": True, "是": True, "active": True,
                "离职": False, "已离职": False, "调离": False, "退休": False, "已退休": False,
                "否": False, "left": False, "inactive": False}
YES = frozenset({"是", "√", "✓", "✔", "y", "yes", "1", "true"})
NO = frozenset({"否", "无", "×", "✗", "n", "no", "0", "false", "-", "—", "/"})

NO_HEADER = QT_TRANSLATE_NOOP(
    "Reports", "No header row was found in the first {rows} rows: the columns should be named "
    "like 姓名, 性别, 学科, 职称. Choose which column holds what.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Reports", "No column holds the teachers' names (姓名): choose it in the column mapping.")
HEADER_ONLY = QT_TRANSLATE_NOOP(
    "Reports", "The file {file} has a header row but no teachers under it.")
UNUSED_COLUMNS = QT_TRANSLATE_NOOP("Reports", "Columns not imported: {columns}.")
BAD_MAPPING = QT_TRANSLATE_NOOP("Reports", "The column mapping names an unknown field or "
                                           "column: {detail}.")
NO_SUCH_SCHOOL = QT_TRANSLATE_NOOP("Reports", "There is no school {school}.")
NOT_OWN_SCHOOL = QT_TRANSLATE_NOOP(
    "Reports", "Only the lead school imports the roster of another school; {school} imports "
    "its own.")
MISSING_NAME = QT_TRANSLATE_NOOP("Reports", "The name is missing.")
NOT_A_NAME = QT_TRANSLATE_NOOP("Reports", "\"{value}\" does not look like a person's name.")
UNKNOWN_SUBJECT = QT_TRANSLATE_NOOP("Reports", "Unknown subject \"{value}\" (known subjects: "
                                               "{known}).")
UNKNOWN_POSITION = QT_TRANSLATE_NOOP("Reports", "Unknown position \"{value}\" (known positions: "
                                                "{known}).")
UNKNOWN_GENDER = QT_TRANSLATE_NOOP("Reports", "Unknown gender \"{value}\": write 男 or 女.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Reports", "Unknown status \"{value}\": write 在职 or 离职.")
DUPLICATE_ROW = QT_TRANSLATE_NOOP("Reports", "{name} is already in row {row} of this file.")
OTHER_SCHOOL_ROW = QT_TRANSLATE_NOOP("Reports", "This row is a teacher of {school}, not of "
                                                "{target}.")
AMBIGUOUS_NAME = QT_TRANSLATE_NOOP(
    "Reports", "{target} already has {count} teachers named {name}; change them one by one on "
    "the teachers page.")
ROW_REFUSED = QT_TRANSLATE_NOOP("Reports", "Row {row} ({name}): {reason}")


@dataclass
class RosterPreview:
    """What the file looks like to the import: the header found, the mapping guessed."""

    file: str
    sheet: str
    header_row: int  # 1-based, as the spreadsheet numbers it
    columns: list[str]  # the header row's cells, column 0 first
    mapping: dict[str, int]  # field -> column index (0-based)
    rows: list[tuple[int, list[str]]]  # the first data rows: (row number, cells)
    row_count: int  # data rows in all (blank rows not counted)
    problems: list[Problem] = field(default_factory=list)

    def messages(self, translate: Translate = no_translation) -> list[str]:
        return [p.render(translate) for p in self.problems]


@dataclass
class RefusedRow:
    row: int  # 1-based row number in the file
    name: str
    problems: list[Problem]

    def reason(self, translate: Translate = no_translation) -> str:
        texts = [p.render(translate) for p in self.problems]
        chinese = any(re.search(r"[\u4e00-\u9fff]", t) for t in texts)
        return ("；" if chinese else "; ").join(texts)

    def message(self, translate: Translate = no_translation) -> str:
        return translate("Reports", ROW_REFUSED).format(
            row=self.row, name=self.name or "?", reason=self.reason(translate))


@dataclass
class RosterResult:
    school: str  # the school's uuid
    imported: list[str] = field(default_factory=list)  # names of new teachers
    updated: list[str] = field(default_factory=list)  # names of teachers changed
    unchanged: int = 0  # rows of teachers already on the roster as the file says
    refused: list[RefusedRow] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    dry_run: bool = False


@dataclass
class _Layout:
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


def _fields_of(row: list) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        f = header_field(value) if isinstance(value, str) else None
        if f and f not in found:
            found[f] = i
    return found


def _layout(grid: Grid) -> _Layout:
    """The header row: the first of the first rows that names the name column and one more;
    a title row merged across the columns above it names nothing and is passed over. Group
    headers merged over two rows (联系方式 over 手机 | 邮箱) add the row below."""
    candidates = []
    for i, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        found = _fields_of(row)
        if len(found) >= 2:
            candidates.append((i, found))
            if "name" in found:
                break
    if not candidates:
        first = next((i for i, r in enumerate(grid.rows) if any(v is not None for v in r)), 0)
        return _Layout(first, first + 1, {}, False)
    i, mapping = max(candidates, key=lambda c: ("name" in c[1], len(c[1]), -c[0]))
    start = i + 1
    if start < len(grid.rows):
        below = grid.rows[start]
        sub_headers = _fields_of(below)
        name_col = mapping.get("name")
        if sub_headers and (name_col is None or name_col >= len(below)
                            or below[name_col] is None):
            mapping.update(sub_headers)  # the narrower name wins: 手机 under 联系方式
            start += 1
    return _Layout(i, start, mapping, True)


def _data_rows(grid: Grid, start: int, columns=None) -> list[tuple[int, list]]:
    """(row number, cells) below the header. A row with nothing in the mapped ``columns``
    is a blank row, even when a template numbered it in a 序号 column beforehand."""
    def filled(row: list) -> bool:
        if columns is None:
            return any(v is not None for v in row)
        return any(j < len(row) and row[j] is not None for j in columns)
    return [(n + 1, row) for n, row in enumerate(grid.rows) if n >= start and filled(row)]


def preview(path: Path | str, *, sample: int = PREVIEW_ROWS) -> RosterPreview:
    """Read ``path`` and guess its layout. A file that is no roster at all raises
    :class:`RosterError`; a header not found or a name column missing is a problem listed
    in the preview, for the mapping to fix."""
    grid = read_grid(path)
    layout = _layout(grid)
    header = grid.rows[layout.header_row] if grid.rows else []
    data = _data_rows(grid, layout.data_start, layout.mapping.values() or None)
    problems = []
    if not layout.found:
        problems.append(Problem("", NO_HEADER, {"rows": HEADER_SEARCH_ROWS}, "Reports"))
    elif "name" not in layout.mapping:
        problems.append(Problem("", NO_NAME_COLUMN, {}, "Reports"))
    if layout.found and not data:
        problems.append(Problem("", HEADER_ONLY, {"file": grid.path.name}, "Reports"))
    unused = [cell_text(v) for j, v in enumerate(header)
              if v is not None and j not in layout.mapping.values()]
    if layout.found and unused:
        problems.append(Problem("", UNUSED_COLUMNS, {"columns": "、".join(unused)}, "Reports"))
    return RosterPreview(
        file=grid.path.name, sheet=grid.sheet, header_row=layout.header_row + 1,
        columns=[cell_text(v) for v in header], mapping=dict(layout.mapping),
        rows=[(n, [cell_text(v) for v in row]) for n, row in data[:sample]],
        row_count=len(data), problems=problems)


# -- one row -------------------------------------------------------------------------------
def _problem(text: str, **params) -> Problem:
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


class _RowReader:
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
            problems.append(_problem(MISSING_NAME))
        elif re.search(r"[0-9:：]", name):
            problems.append(_problem(NOT_A_NAME, value=name))
        values["name"] = name
        school = self.cell(row, "school")
        if school and school not in (self.school.name, self.school.code):
            problems.append(_problem(OTHER_SCHOOL_ROW, school=school, target=self.school.name))
        if gender := self.cell(row, "gender"):
            values["gender"] = GENDER_WORDS.get(gender.lower()) or \
                _by_label(Gender, gender)
            if values["gender"] is None:
                problems.append(_problem(UNKNOWN_GENDER, value=gender))
        if subjects := self.cell(row, "subjects"):
            values["subjects"] = []
            for word in split_values(subjects):
                known = canonical_subject(word)
                if known is None:
                    problems.append(_problem(UNKNOWN_SUBJECT, value=word,
                                             known="、".join(SUBJECTS)))
                elif known not in values["subjects"]:
                    values["subjects"].append(known)
        if grades := self.cell(row, "grades"):
            values["grades"] = [canonical_grade(g) for g in split_values(grades)]
        if position := self.cell(row, "position"):
            values["position"] = _parse_position(position, self.positions)
            if values["position"] is None:
                problems.append(_problem(UNKNOWN_POSITION, value=position,
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
                problems.append(_problem(UNKNOWN_STATUS, value=status))
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


def _apply(teacher: Teacher, values: dict) -> bool:
    """Set what the row says on ``teacher``; True when anything differs."""
    changed = False
    for name, value in values.items():
        if name == "name" or getattr(teacher, name) == value:
            continue
        setattr(teacher, name, value)
        changed = True
    return changed


# -- the import ----------------------------------------------------------------------------
class _DryRun(Exception):
    """Raised at the end of a dry run to take back everything it wrote."""


def _target_school(store: Store, school: str | None) -> School:
    uuid = school or store.school_uuid
    record = repository(store, School).get(uuid) if uuid else None
    if record is None:
        raise RosterError(NO_SUCH_SCHOOL, school=school or "?")
    if record.uuid != store.school_uuid and identity(store).role is not Role.LEAD:
        own = repository(store, School).get(store.school_uuid)
        raise RosterError(NOT_OWN_SCHOOL, school=own.name if own else "?")
    return record


def _checked_mapping(mapping: dict, width: int) -> dict[str, int]:
    bad = [f"{k}={v}" for k, v in mapping.items()
           if k not in FIELDS or isinstance(v, bool) or not isinstance(v, int)
           or not 0 <= v < max(width, 1)]
    if bad:
        raise RosterError(BAD_MAPPING, detail=", ".join(bad))
    return dict(mapping)


def _problems_of(exc: Exception) -> list[Problem]:
    if isinstance(exc, ValidationError):
        return list(exc.problems)
    return [exc.problem]


def import_roster(store: Store, path: Path | str, mapping: dict[str, int] | None = None, *,
                  header_row: int | None = None, school: str | None = None,
                  dry_run: bool = False, today: date | None = None) -> RosterResult:
    """Import the roster in ``path`` into ``school`` (a uuid; default: this installation's).

    ``mapping`` (field -> 0-based column) replaces the guessed one; ``header_row`` (1-based)
    says where the header is when the guess was wrong: the data starts below it. Good rows
    are written in one transaction; ``dry_run`` checks everything the same way, then takes
    it back. Refuses the whole file (RosterError) only when it cannot be read as a roster.
    """
    grid = read_grid(path)
    layout = _layout(grid)
    width = max((len(r) for r in grid.rows), default=0)
    if mapping is not None:
        layout.mapping = _checked_mapping(mapping, width)
    if header_row is not None and header_row - 1 != layout.header_row:
        layout.header_row, layout.data_start = header_row - 1, header_row
        if mapping is None and header_row - 1 < len(grid.rows):
            layout.mapping = _fields_of(grid.rows[header_row - 1])
    if "name" not in layout.mapping:
        if not layout.found and mapping is None:
            raise RosterError(NO_HEADER, rows=HEADER_SEARCH_ROWS)
        raise RosterError(NO_NAME_COLUMN)
    rows = _data_rows(grid, layout.data_start, set(layout.mapping.values()))
    if not rows:
        raise RosterError(HEADER_ONLY, file=grid.path.name)
    target = _target_school(store, school)
    reader = _RowReader(layout.mapping, target)
    result = RosterResult(school=target.uuid, dry_run=dry_run)
    try:
        with store.transaction():
            _import_rows(store, rows, reader, target, result, today or date.today())
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.changes = Changes()
    return result


def _import_rows(store: Store, rows, reader: _RowReader, target: School,
                 result: RosterResult, today: date) -> None:
    on_roster: dict[str, list[Teacher]] = {}
    for teacher in lookups.teachers(store, target.uuid):
        on_roster.setdefault(re.sub(r"\s+", "", teacher.name), []).append(teacher)
    first_row: dict[str, int] = {}
    for number, row in rows:
        values, problems = reader.read(row)
        name = values["name"]
        if name and name in first_row:
            problems.append(_problem(DUPLICATE_ROW, name=name, row=first_row[name]))
        elif name:
            first_row[name] = number
        matches = on_roster.get(name, [])
        if len(matches) > 1:
            problems.append(_problem(AMBIGUOUS_NAME, target=target.name, count=len(matches),
                                     name=name))
        if problems:
            result.refused.append(RefusedRow(number, name, problems))
            continue
        if matches:
            teacher = copy.deepcopy(matches[0])
        else:
            teacher = Teacher(school=target.uuid, name=name)
        if not _apply(teacher, values) and matches:
            result.unchanged += 1
            continue
        try:
            changes = record_ops.save(store, teacher, today=today)
        except (ValidationError, Refusal) as exc:
            result.refused.append(RefusedRow(number, name, _problems_of(exc)))
            continue
        result.changes.merge(changes)
        (result.updated if matches else result.imported).append(name)
        if not matches:
            on_roster[name] = [teacher]


__all__ = ["FIELDS", "FIELD_LABELS", "HEADER_NAMES", "RosterError", "RosterPreview",
           "RosterResult", "RefusedRow", "preview", "import_roster", "header_field"]
