"""Every list of the app exported from the small demo, read back as a user's office would.

The expected cells are built here from the pages' own list queries (``query_ops``,
``mentoring_ops``) and the services' numbers (``compliance_ops``, ``dashboard_ops``), not from
the export's column code; the files are read back with openpyxl, the CSV with the csv module,
and one workbook is opened by LibreOffice headless.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import tracemalloc
import types
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jituan_desktop import i18n
from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.enums import (ActivityType, GradeBand, Gender, Mode, Occasion,
                                         PairingKind, PairingStatus, Position, SessionKind,
                                         Status)
from jituan_desktop.domain.meetings import MeetingKind
from jituan_desktop.domain.records import MentorPairing
from jituan_desktop.domain.rule_text import subject_text
from jituan_desktop.reports import spreadsheets, table_export
from jituan_desktop.reports.spreadsheets import OutputError
from jituan_desktop.reports.table_export import DATE, INT, NUMBER, TEXT, Table
from jituan_desktop.services import (compliance_ops, dashboard_ops, mentoring_ops, query_ops,
                                     setup_ops)
from jituan_desktop.storage import lookups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
EVERYTHING = 1_000_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("tables-demo"), clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="module")
def semester(demo):
    return setup_ops.find_semester(demo, "2026-1")


@pytest.fixture(scope="module")
def chenguan(demo):
    return lookups.school_by_code_or_name(demo, "城关小学")


def zh(member) -> str:
    return i18n.translate("Labels", member.label) if member is not None else None


def day(text):
    return date.fromisoformat(text) if text else None


def names_list(value) -> str | None:
    return "、".join(json.loads(value or "[]")) or None


def blank(value):
    return None if value == "" else value


def read_xlsx(path: Path) -> tuple[list[str], list[list], list]:
    """Headers, rows of values (dates as dates) and the first data row's cells."""
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows())
    headers = [c.value for c in rows[0]]
    values = [[c.value.date() if isinstance(c.value, datetime) else c.value for c in r]
              for r in rows[1:]]
    values = [v + [None] * (len(headers) - len(v)) for v in values]
    first = list(rows[1]) if len(rows) > 1 else []
    book.close()
    return headers, values, first


# -- what each page shows, built from the pages' own queries -------------------------------
def expected_observations(store, query):
    return [[day(r["lesson_date"]), r["period_no"], r["teacher_name"], blank(r["subject"]),
             blank(r["grade_class"]), blank(r["topic"]), zh(Occasion(r["occasion"])),
             r["observer_name"], r["school_name"], r["total"],
             zh(GradeBand(r["band"])) if r["band"] else None]
            for r in query_ops.page(store, "observation", query, limit=EVERYTHING)]


def expected_pairings(store, query):
    return [[r["mentor_name"], r["mentee_name"], blank(r["subject"]), zh(PairingKind(r["kind"])),
             day(r["start"]), zh(PairingStatus(r["status"]))]
            for r in mentoring_ops.pairings_page(store, query, limit=EVERYTHING)]


def expected_sessions(store, query):
    teachers = lookups.names(store, "teacher")
    pairings = {p.uuid: p for p in repository(store, MentorPairing).where(include_deleted=True)}
    return [[day(r["session_date"]), teachers[pairings[r["pairing"]].mentor],
             teachers[pairings[r["pairing"]].mentee], zh(SessionKind(r["kind"])),
             blank(r["topic"]), r["duration_minutes"], blank(r["content"])]
            for r in query_ops.page(store, "mentor_session", query, limit=EVERYTHING)]


def expected_activities(store, query):
    schools = lookups.names(store, "school")
    rows = []
    for r in query_ops.page(store, "activity", query, limit=EVERYTHING):
        others = [schools[s] for s in json.loads(r["schools"]) if s != r["host_school"]]
        rows.append([day(r["activity_date"]), zh(ActivityType(r["type"])), r["title"],
                     r["host_school_name"], "、".join(others) or None, zh(Mode(r["mode"])),
                     r["teachers_reached"], r["students_reached"]])
    return rows


def expected_meetings(store, query):
    schools, teachers = lookups.names(store, "school"), lookups.names(store, "teacher")
    rows = []
    for r in query_ops.page(store, "meeting", query, limit=EVERYTHING):
        others = [schools[s] for s in json.loads(r["schools"]) if s != r["host_school"]]
        decisions = json.loads(r["decisions"])
        rows.append([day(r["meeting_date"]), zh(MeetingKind(r["kind"])), r["title"],
                     f"{r['start_time']}–{r['end_time']}", r["place"], r["host_school_name"],
                     "、".join(others) or None, teachers[r["chair"]], teachers[r["recorder"]],
                     len(json.loads(r["attendees"])), len(decisions),
                     sum(d["state"] == "open" for d in decisions)])
    return rows


def expected_teachers(store, query):
    return [[r["name"], r["school_name"], zh(Gender(r["gender"])) if r["gender"] else None,
             names_list(r["subjects"]), names_list(r["grades"]), zh(Position(r["position"])),
             blank(r["title"]), names_list(r["backbone"]), blank(r["phone"]),
             "在职" if r["active"] else "离职"]
            for r in query_ops.page(store, "teacher", query, limit=EVERYTHING)]


LISTS = {
    "observations": (expected_observations,
                     ["日期", "节次", "授课人", "学科", "年级班级", "课题", "开课形式", "听课人",
                      "学校", "总分", "等级"]),
    "pairings": (expected_pairings, ["师傅", "徒弟", "学科", "结对类型", "开始日期", "状态"]),
    "mentor_sessions": (expected_sessions, ["日期", "师傅", "徒弟", "指导类型", "主题",
                                            "时长（分钟）", "指导内容"]),
    "activities": (expected_activities, ["日期", "活动类型", "活动主题", "主办学校", "参与学校",
                                          "形式", "参与教师人次", "受益学生人次"]),
    "meetings": (expected_meetings, ["日期", "会议类别", "会议名称", "时间", "地点", "召开学校",
                                      "参与学校", "主持人", "记录人", "出席人数", "决定事项数",
                                      "待落实事项数"]),
    "teachers": (expected_teachers, ["姓名", "学校", "性别", "任教学科", "任教年级", "职务",
                                     "职称", "骨干称号", "电话", "状态"]),
}
# The filters each page offers, as a user would set them.
FILTERS = {
    "observations": {"occasion": "open"},
    "pairings": {"status": "active"},
    "mentor_sessions": {},
    "activities": {},
    "meetings": {},
    "teachers": {"active": "1"},
}


def page_query(store, kind, semester, school):
    return table_export.list_query(store, kind, semester=semester, school=school,
                                   filters=FILTERS[kind])


def school_with_rows(store, kind, semester, preferred):
    """城关小学, or the first school whose filtered list has rows: which school of the random
    demo started a pairing this semester depends on every record generated before."""
    expected_rows = LISTS[kind][0]
    others = [s.uuid for s in lookups.schools(store) if s.uuid != preferred]
    return next((school for school in [preferred, *others]
                 if expected_rows(store, page_query(store, kind, semester, school))), preferred)


@pytest.mark.parametrize("kind", list(LISTS))
def test_each_list_exports_the_rows_on_screen_as_xlsx(demo, semester, chenguan, kind,
                                                       tmp_path):
    expected_rows, headers = LISTS[kind]
    school = school_with_rows(demo, kind, semester, chenguan)
    query = page_query(demo, kind, semester, school)
    expected = expected_rows(demo, query)
    everything = expected_rows(demo, table_export.list_query(demo, kind))
    assert 0 < len(expected) < len(everything), "the filters must narrow the list"
    out = tmp_path / f"{kind}.xlsx"
    n = spreadsheets.export_table(demo, kind, out, query=query)
    got_headers, got, _ = read_xlsx(out)
    assert n == len(expected)
    assert got_headers == headers
    assert got == expected


def test_cells_have_real_types(demo, semester, tmp_path):
    out = tmp_path / "observations.xlsx"
    query = table_export.list_query(demo, "observations", semester=semester)
    spreadsheets.export_table(demo, "observations", out, query=query)
    _, _, first = read_xlsx(out)
    lesson_day, period, topic, total = first[0], first[1], first[5], first[9]
    assert lesson_day.is_date and lesson_day.number_format == "yyyy-mm-dd"
    assert period.data_type == "n" and isinstance(period.value, int)
    assert total.data_type == "n" and isinstance(total.value, (int, float))
    assert topic.data_type == "s" and isinstance(topic.value, str)


def test_a_printed_list_fits_landscape_a4_with_its_header_on_every_page(demo, tmp_path):
    out = tmp_path / "teachers.xlsx"
    spreadsheets.export_table(demo, "teachers", out)
    sheet = load_workbook(out).worksheets[0]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b and sheet.column_dimensions["B"].width >= 20


def test_compliance_table_has_the_services_numbers(demo, semester, chenguan, tmp_path):
    out = tmp_path / "compliance.xlsx"
    query = table_export.list_query(demo, "compliance", school=chenguan)
    spreadsheets.export_table(demo, "compliance", out, query=query, semester=semester,
                              today=TODAY)
    schools = lookups.names(demo, "school")
    results = compliance_ops.compliance(demo, semester, school=chenguan, today=TODAY)
    # a monthly or quarterly row says which month or quarter (2026年9月)
    expected = [[r.rule.name, subject_text(r.rule, r.subject.name, r.start, i18n.translate),
                 schools[r.subject.school], r.count, r.threshold,
                 r.short_by, r.behind_by, zh(r.status), r.due] for r in results]
    headers, got, first = read_xlsx(out)
    assert headers == ["考核指标", "考核对象", "学校", "已完成", "指标数", "还差", "落后进度",
                       "状态", "截止日期"]
    assert got == expected and len(got) > 10
    assert first[3].data_type == "n" and first[8].is_date


def test_compliance_behind_only_keeps_who_is_behind(demo, semester, tmp_path):
    out = tmp_path / "behind.csv"
    n = spreadsheets.export_table(demo, "compliance", out, semester=semester, today=TODAY,
                                  behind_only=True)
    results = compliance_ops.compliance(demo, semester, today=TODAY)
    assert n == sum(r.status in (Status.BEHIND, Status.MISSED) for r in results) > 0
    statuses = {row[7] for row in list(csv.reader(out.open(encoding="utf-8-sig")))[1:]}
    assert statuses <= {zh(Status.BEHIND), zh(Status.MISSED)}


def test_schools_table_is_the_dashboards(demo, semester, tmp_path):
    out = tmp_path / "schools.xlsx"
    spreadsheets.export_table(demo, "schools", out, semester=semester, today=TODAY)
    start, end = dashboard_ops.window(semester, TODAY)
    rows = dashboard_ops.school_rows(
        demo, compliance_ops.compliance(demo, semester, today=TODAY), start, end)
    expected = [[r.name, r.tally.activities, r.tally.observations, r.tally.pairings,
                 r.tally.sessions, r.tally.last_record, r.behind, r.subjects] for r in rows]
    _, got, _ = read_xlsx(out)
    assert got == expected and len(got) == 8


def csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@pytest.mark.parametrize("kind", list(LISTS))
def test_csv_starts_with_the_bom_and_reads_back(demo, semester, chenguan, kind, tmp_path):
    expected_rows, headers = LISTS[kind]
    query = page_query(demo, kind, semester, chenguan)
    out = tmp_path / f"{kind}.csv"
    spreadsheets.export_table(demo, kind, out, query=query)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == headers
    assert rows[1:] == [[csv_text(v) for v in row] for row in expected_rows(demo, query)]


def test_headers_follow_the_language(demo, tmp_path):
    i18n.set_language("en")
    out = tmp_path / "teachers.csv"
    spreadsheets.export_table(demo, "teachers", out)
    header, first = list(csv.reader(out.open(encoding="utf-8-sig")))[:2]
    assert header[:3] == ["Name", "School", "Gender"]
    assert first[2] in ("Female", "Male") and first[-1] in ("Active", "Left")


def test_libreoffice_opens_the_workbook(demo, semester, tmp_path):
    """LibreOffice Calc, headless, reads the .xlsx as our CSV says it is: same cells, dates
    and numbers as values (unquoted in its CSV), text as text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is missing: run scripts/system_deps.sh"
    query = table_export.list_query(demo, "observations", semester=semester)
    workbook, ours = tmp_path / "observations.xlsx", tmp_path / "ours.csv"
    spreadsheets.export_table(demo, "observations", workbook, query=query)
    spreadsheets.export_table(demo, "observations", ours, query=query)
    converted = tmp_path / "lo"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(converted), str(workbook)],
                   check=True, capture_output=True, timeout=180)
    text = (converted / "observations.csv").read_text(encoding="utf-8")
    assert list(csv.reader(text.splitlines())) == \
        list(csv.reader(ours.read_text(encoding="utf-8-sig").splitlines()))
    first = text.splitlines()[1]
    assert re.match(r'^\d{4}-\d{2}-\d{2},\d+,"', first), first  # date, period: values


# -- the writer ----------------------------------------------------------------------------
def synthetic(rows, kind="observations") -> Table:
    return Table(kind=kind, title="测试[1]/2", headers=["文字", "日期", "整数", "数"],
                 types=[TEXT, DATE, INT, NUMBER], widths=[10, 10, 6, 6], rows=rows,
                 total=None)


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    out = tmp_path / "t.xlsx"
    spreadsheets.write_xlsx(out, synthetic([["=1+1", date(2026, 9, 1), 3, 2.5],
                                            ["#N/A", None, None, None],
                                            ["换行\x0b控制符", None, 0, 0.0]]))
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert sheet.title == "测试 1  2"  # Excel forbids [ ] / in sheet names
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["A3"].value == "#N/A" and sheet["A3"].data_type == "s"
    assert sheet["A4"].value == "换行控制符"
    assert sheet["C4"].value == 0 and sheet.freeze_panes == "A2"
    csv_out = tmp_path / "t.csv"
    spreadsheets.write_csv(csv_out, synthetic([["=1+1", date(2026, 9, 1), 3, 2.0]]))
    assert csv_out.read_text(encoding="utf-8-sig").splitlines()[1] == "'=1+1,2026-09-01,3,2"


def test_refuses_a_folder_that_does_not_exist(demo, tmp_path):
    target = tmp_path / "missing" / "out.xlsx"
    with pytest.raises(OutputError) as caught:
        spreadsheets.export_table(demo, "teachers", target)
    assert str(target.parent) in caught.value.render(i18n.translate)
    assert "文件夹" in caught.value.render(i18n.translate)


def test_refuses_a_folder_as_the_file(demo, tmp_path):
    with pytest.raises(OutputError) as caught:
        spreadsheets.export_table(demo, "teachers", tmp_path, fmt="csv")
    assert caught.value.render(i18n.translate) == f"{tmp_path} 是一个文件夹：请选择要写入的文件名。"


def test_refuses_a_place_that_cannot_be_written(demo):
    # sysfs refuses new files even to root, so this holds on CI too.
    target = Path("/sys/jituan-export.xlsx")
    with pytest.raises(OutputError) as caught:
        spreadsheets.export_table(demo, "teachers", target)
    message = caught.value.render(i18n.translate)
    assert message.startswith(f"无法写入文件 {target}：")


def test_refuses_an_unknown_format(tmp_path):
    with pytest.raises(OutputError) as caught:
        spreadsheets.format_of(tmp_path / "x.ods")
    assert "ods" in caught.value.render(i18n.translate)


def test_a_failed_export_leaves_the_old_file_alone(tmp_path):
    out = tmp_path / "list.xlsx"
    spreadsheets.write_xlsx(out, synthetic([["旧", None, 1, 1.0]]))
    before = out.read_bytes()

    def failing():
        yield ["新", None, 2, 2.0]
        raise RuntimeError("the database went away")

    for writer in (spreadsheets.write_xlsx, spreadsheets.write_csv):
        with pytest.raises(RuntimeError):
            writer(out, synthetic(failing()))
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]  # no temporary file left


def test_rows_are_streamed_not_collected(demo):
    table = table_export.table(demo, "observations")
    assert isinstance(table.rows, types.GeneratorType)
    assert table.total == query_ops.count(demo, "observation")


def _peak_memory(work) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_large_export_writes_in_little_memory(tmp_path):
    """20,000 rows go through in a fraction of the memory that holding them takes."""
    def rows():
        for i in range(20_000):
            yield [f"第{i}行：一段较长的课题文字，用来占些内存", date(2026, 9, 1), i, i / 2]

    _, held = _peak_memory(lambda: list(rows()))
    seen = []
    n, peak = _peak_memory(lambda: spreadsheets.write_xlsx(
        tmp_path / "big.xlsx", synthetic(rows()), progress=lambda done, total: seen.append(done)))
    assert n == 20_000 and seen[-1] == 20_000 and len(seen) > 10
    assert peak < held / 4, (peak, held)
    book = load_workbook(tmp_path / "big.xlsx", read_only=True)
    assert sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) == 20_001
    book.close()
