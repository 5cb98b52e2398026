"""The three record forms (听课记录表, 联盟活动登记表, 师徒结对考核表) from the small demo,
read back with poppler: the font is embedded, the record's words and numbers are there,
pages are numbered; a missing or unknown id is refused with a message."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.day_text import day_text
from jituan_desktop.domain.enums import Scope, SessionKind
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           ProcessNote, Teacher)
from jituan_desktop.domain.semesters import semester_label
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.pdf_layout import number
from jituan_desktop.reports.report_errors import ReportError
from jituan_desktop.services import (attachment_ops, compliance_ops, mentoring_ops, query_ops,
                                     record_ops, setup_ops)
from jituan_desktop.storage import lookups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import DATABASE_FILE, Store
from suite_clock import CLOCK

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count  # noqa: E402

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms-demo")
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    store.close()
    return folder


@pytest.fixture(scope="module")
def demo(demo_folder):
    """The small demo, read only."""
    store = Store.open(demo_folder, clock=CLOCK)
    yield store
    store.close()


@pytest.fixture
def demo_copy(demo_folder, tmp_path):
    """A copy of the small demo for a test that writes."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(demo_folder / DATABASE_FILE, folder / DATABASE_FILE)
    store = Store.open(folder, clock=CLOCK)
    yield store
    store.close()


def render(store, key, out: Path, **request) -> Path:
    return catalogue.render(store, key, ReportRequest(today=TODAY, **request), out)


def scored_observation(store) -> LessonObservation:
    return repository(store, LessonObservation).where(
        "total IS NOT NULL AND notes != '[]'", order="lesson_date DESC, id")[0]


# -- 听课记录表 ----------------------------------------------------------------------------

def test_observation_form_prints_the_record_its_rubric_and_signature(demo, tmp_path, zh):
    o = scored_observation(demo)
    pdf = render(demo, "observation", tmp_path / "o.pdf", id=o.uuid)
    assert_cjk_embedded(pdf)
    words = flat(pdf)
    teachers = lookups.names(demo, "teacher")
    schools = lookups.names(demo, "school")
    for expected in ("听课记录表", "听课过程", "听课人签名", "授课人", "课题", "节次",
                     schools[o.school], teachers[o.teacher], teachers[o.observer],
                     o.topic.replace(" ", ""), o.grade_class, day_text(o.lesson_date, zh),
                     o.notes[0].stage, o.strengths[:12]):
        assert expected in words, expected
    for item, score in o.scores.items():
        assert f"{item}" in words and number(score) in words
    assert f"总分100{number(o.total)}" in words  # computed by domain.rubric, as everywhere
    assert f"等级{zh('Labels', o.band.label)}" in words
    assert f"第1页共{page_count(pdf)}页" in words


def test_observation_notes_too_long_for_one_page_continue_and_attachments_are_listed(
        demo_copy, tmp_path, zh):
    o = repository(demo_copy, LessonObservation).where(
        "owner_school = ?", [demo_copy.school_uuid], order="id")[0]
    stage = "合作探究，小组汇报，教师追问学生的思路并板书归纳。"
    o.notes = [ProcessNote(time=f"10:{i:02d}", stage=f"环节{i}", process=stage * 8,
                           comment="评析：" + stage * 3) for i in range(14)]
    photo = tmp_path / "听课笔记.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 3000)
    o.attachments = [attachment_ops.attach_file(demo_copy, photo)]
    record_ops.save(demo_copy, o, today=TODAY)
    pdf = render(demo_copy, "observation", tmp_path / "long.pdf", id=o.uuid)
    pages = page_count(pdf)
    assert pages >= 2
    assert f"第{pages}页共{pages}页" in flat(pdf, pages)
    assert "环节13" in flat(pdf) and "听课人签名" in flat(pdf, pages)
    assert "听课笔记.png（2.9KB）" in flat(pdf)  # 3008 bytes, one decimal as on screen


# -- 联盟活动登记表 --------------------------------------------------------------------------

def test_activity_form_prints_the_activity_its_people_and_the_seal(demo, tmp_path, zh):
    a = next(a for a in repository(demo, Activity).where(order="id")
             if a.extra.get("lead_preparer") and a.participants)
    pdf = render(demo, "activity", tmp_path / "a.pdf", id=a.uuid)
    assert_cjk_embedded(pdf)
    words = flat(pdf)
    teachers = lookups.names(demo, "teacher")
    schools = lookups.names(demo, "school")
    for expected in ("联盟活动登记表", "承办学校", "参与学校", "负责人签字", "盖章处", "主备人",
                     a.title.replace(" ", ""), day_text(a.activity_date, zh),
                     schools[a.host_school], a.extra["lead_preparer"],
                     zh("Labels", a.type.label), zh("Labels", a.mode.label)):
        assert expected in words, expected
    assert f"教师参与人次{a.teachers_reached}" in words
    assert f"学生受益人次{a.students_reached}" in words
    for school in a.schools:
        assert schools[school] in words
    for i, p in enumerate(a.participants, 1):
        assert f"{i}{teachers[p.teacher]}" in words and zh("Labels", p.role.label) in words
    assert a.agenda.split("\n")[0].replace(" ", "") in words
    assert f"第1页共{page_count(pdf)}页" in words


def test_activity_form_lists_the_lessons_observed_during_it(demo, tmp_path, zh):
    observed = [o for o in repository(demo, LessonObservation).where("activity IS NOT NULL")]
    activity = max({o.activity for o in observed},
                   key=lambda a: sum(o.activity == a for o in observed))
    pdf = render(demo, "activity", tmp_path / "a.pdf", id=activity)
    words = flat(pdf)
    teachers = lookups.names(demo, "teacher")
    assert "活动中的听课记录" in words
    for o in observed:
        if o.activity == activity:
            assert teachers[o.observer] in words
            assert day_text(o.lesson_date, zh) in words  # a column wide enough for the date


def test_a_rotations_dates_print_as_people_write_them(demo, tmp_path, zh):
    rotation = next(a for a in repository(demo, Activity).where(order="id")
                    if a.extra.get("dates"))
    first, last = rotation.extra["dates"].split("至")  # kept as ISO in the record
    words = flat(render(demo, "activity", tmp_path / "r.pdf", id=rotation.uuid))
    shown = f"{day_text(date.fromisoformat(first), zh)}至{day_text(date.fromisoformat(last), zh)}"
    assert shown in words and first not in words


# -- 师徒结对考核表 --------------------------------------------------------------------------

def busy_pairing(store, semester):
    """The pairing with the most sessions this semester, so the numbers say something."""
    rows = query_ops.page(store, "mentor_session", ListQuery(
        date_from=semester.start, date_to=TODAY), limit=100000)
    counts = {}
    for row in rows:
        counts[row["pairing"]] = counts.get(row["pairing"], 0) + 1
    return repository(store, MentorPairing).get(max(counts, key=counts.get))


def test_pairing_review_prints_the_quota_numbers_compliance_computes(demo, tmp_path, zh):
    semester = setup_ops.current_semester(demo, TODAY)
    pairing = busy_pairing(demo, semester)
    pdf = render(demo, "pairing-review", tmp_path / "p.pdf", id=pairing.uuid,
                 semester=semester.key)
    assert_cjk_embedded(pdf)
    words = flat(pdf)
    mentee = repository(demo, Teacher).get(pairing.mentee)
    results = [r for r in compliance_ops.compliance(demo, semester, school=mentee.school,
                                                    today=TODAY)
               if r.rule.scope is Scope.PAIRING and r.subject.key == pairing.uuid]
    assert results
    for r in results:
        row = (f"{r.rule.name}{r.threshold}{r.count}{r.short_by}"
               f"{zh('Labels', r.status.label)}{day_text(r.due, zh)}")
        assert row in words, row
    detail = mentoring_ops.pairing_detail(demo, pairing.uuid, semester, TODAY)
    for kind in SessionKind:
        assert f"{zh('Labels', kind.label)}{detail.kind_counts.get(kind.value, 0)}" in words
    assert f"合计{sum(detail.kind_counts.values())}" in words
    teachers = lookups.names(demo, "teacher")
    for expected in ("师徒结对考核表", teachers[pairing.mentor], teachers[pairing.mentee],
                     "师傅总结", "徒弟总结", "优秀", "合格", "不合格", "师傅签名", "徒弟签名",
                     "校长签字", "盖章处", semester_label(semester, zh)):
        assert expected in words, expected
    assert "学期2026—2027学年第一学期" in words  # the em dash of the policy texts
    assert f"统计时段：2026年9月1日至{day_text(TODAY, zh)}" in words
    sessions = query_ops.page(demo, "mentor_session", ListQuery(
        filters={"pairing": pairing.uuid}, date_from=semester.start, date_to=TODAY))
    assert len(sessions) == sum(detail.kind_counts.values())
    for s in sessions:
        assert s["topic"].replace(" ", "") in words
        assert day_text(s["session_date"], zh) in words


def test_pairing_review_of_a_semester_not_begun_has_nothing_yet(demo, tmp_path, zh):
    semester = setup_ops.current_semester(demo, TODAY)
    pairing = busy_pairing(demo, semester)
    later = f"{semester.school_year}-2"
    pdf = render(demo, "pairing-review", tmp_path / "p.pdf", id=pairing.uuid, semester=later)
    words = flat(pdf)
    assert "本学期还没有指导记录" in words
    assert "合计0" in words


# -- refusals ---------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["observation", "activity", "pairing-review"])
def test_a_form_without_an_id_is_refused_saying_which_record_it_needs(demo, tmp_path, zh, key):
    with pytest.raises(ReportError) as refused:
        render(demo, key, tmp_path / "x.pdf")
    message = refused.value.render(zh)
    assert catalogue.title_of(catalogue.KINDS[key]) in message and "编号" in message
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("key", ["observation", "activity", "pairing-review"])
def test_an_unknown_id_is_refused_naming_it(demo, tmp_path, zh, key):
    with pytest.raises(ReportError) as refused:
        render(demo, key, tmp_path / "x.pdf", id="no-such-record")
    assert "找不到编号为 no-such-record 的" in refused.value.render(zh)


def test_a_deleted_observation_is_refused(demo_copy, tmp_path, zh):
    o = repository(demo_copy, LessonObservation).where(
        "owner_school = ?", [demo_copy.school_uuid], order="id")[0]
    record_ops.delete(demo_copy, LessonObservation, o.uuid)
    with pytest.raises(ReportError):
        render(demo_copy, "observation", tmp_path / "x.pdf", id=o.uuid)


def test_a_bad_semester_and_an_unknown_report_are_refused(demo, tmp_path, zh):
    pairing = repository(demo, MentorPairing).where(order="id")[0]
    with pytest.raises(ReportError) as refused:
        render(demo, "pairing-review", tmp_path / "x.pdf", id=pairing.uuid, semester="秋季")
    assert "秋季" in refused.value.render(zh)
    with pytest.raises(ReportError) as refused:
        render(demo, "no-such-report", tmp_path / "x.pdf")
    assert "no-such-report" in refused.value.render(zh)
    assert "observation" in refused.value.render(zh)


def test_a_form_to_a_path_that_cannot_be_written_is_refused(demo, tmp_path, zh):
    o = scored_observation(demo)
    with pytest.raises(ReportError) as refused:
        render(demo, "observation", tmp_path, id=o.uuid)
    assert str(tmp_path) in refused.value.render(zh)
    with pytest.raises(ReportError) as refused:
        render(demo, "observation", tmp_path / "missing" / "o.pdf", id=o.uuid)
    assert str(tmp_path / "missing") in refused.value.render(zh)


def test_the_catalogue_lists_the_forms_in_menu_order_with_what_they_need(zh):
    keys = list(catalogue.KINDS)
    assert keys[:3] == ["observation", "activity", "pairing-review"]
    assert catalogue.KINDS["pairing-review"].needs == ("id", "semester")
    assert catalogue.KINDS["observation"].record_kind == "observation"
    assert catalogue.title_of(catalogue.KINDS["observation"]) == "听课记录表"
    assert catalogue.title_of(catalogue.KINDS["activity"]) == "联盟活动登记表"
    assert catalogue.title_of(catalogue.KINDS["pairing-review"]) == "师徒结对考核表"


def test_render_reports_progress_to_the_end(demo, tmp_path, zh):
    seen = []
    catalogue.render(demo, "observation", ReportRequest(today=TODAY, id=scored_observation(
        demo).uuid), tmp_path / "o.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
