"""The demo alliance: the 漳平 实验小学教育联盟, plausible, valid and deterministic."""

from datetime import date

import pytest

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.domain.records import (Activity, LessonObservation, MentorPairing,
                                           MentorSession, RubricTemplate, Teacher)
from jituan_desktop.domain.validation import problems_of
from jituan_desktop.services import setup_ops
from jituan_desktop.storage.integrity import check
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)
MEMBERS = {"城关小学", "城北小学", "新民小学", "桂林中心学校", "溪南中心学校", "和平中心学校",
           "新桥(含吾祠)中心学校"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("demo"), clock=CLOCK)
    summary = generate_demo(store, "small", seed=7, today=TODAY)
    yield store, summary
    store.close()


def rows_without_installation(store, table):
    rows = store.query(f"SELECT * FROM {table} ORDER BY uuid")
    for row in rows:
        row.pop("origin_installation")
        row.pop("id")
    return rows


def test_the_alliance_of_the_zhangping_document(demo):
    store, summary = demo
    me = setup_ops.identity(store)
    assert me.school.name == "实验小学" and me.role.value == "lead"
    assert me.alliance.name == "实验小学教育联盟"
    names = {s.name for s in repository(store, type(me.school)).where()}
    assert names == MEMBERS | {"实验小学"}
    assert summary.schools == 8
    assert summary.observations == repository(store, LessonObservation).count()


def test_every_record_passes_validation(demo):
    store, _ = demo
    rubrics = {r.uuid: r for r in repository(store, RubricTemplate).where()}
    for cls in (Teacher, MentorPairing, Activity):
        for record in repository(store, cls).where():
            assert problems_of(record, TODAY) == [], record
    for o in repository(store, LessonObservation).where():
        assert o.lesson_date <= TODAY
        assert problems_of(o, TODAY, rubric=rubrics.get(o.rubric)) == [], o
    pairings = {p.uuid: p for p in repository(store, MentorPairing).where()}
    for s in repository(store, MentorSession).where():
        assert problems_of(s, TODAY, pairing=pairings[s.pairing]) == [], s


def test_the_demo_database_is_sound(demo):
    store, _ = demo
    assert check(store) == []


def test_compliance_has_something_to_show(demo):
    from jituan_desktop.services import compliance_ops
    store, _ = demo
    semester = setup_ops.current_semester(store, TODAY)
    results = compliance_ops.compliance(store, semester, today=TODAY)
    statuses = {r.status.value for r in results}
    assert {"met", "behind"} <= statuses
    # the texts' observing quotas (40 for school leaders, 18 for teachers): some have met
    # them, some are behind, and the lead school's 总校视导员 is measured against 80
    for key in ("observing_school_leaders", "observing_teachers"):
        got = {r.status.value for r in results if r.rule.default_key == key}
        assert {"met", "behind"} <= got, key
    (supervisor,) = [r for r in results if r.rule.default_key == "observing_supervisors"]
    assert supervisor.threshold == 80 and supervisor.count > 0


def test_same_seed_same_alliance(demo, tmp_path):
    store, _ = demo
    again = Store.open(tmp_path, clock=CLOCK)
    try:
        generate_demo(again, "small", seed=7, today=TODAY)
        for table in ("school", "teacher", "observation", "pairing", "mentor_session",
                      "activity", "quota_rule"):
            assert rows_without_installation(again, table) == \
                rows_without_installation(store, table), table
    finally:
        again.close()


def test_other_seed_other_people(demo, tmp_path):
    store, _ = demo
    other = Store.open(tmp_path, clock=CLOCK)
    try:
        generate_demo(other, "small", seed=8, today=TODAY)
        names = lambda s: sorted(t.name for t in repository(s, Teacher).where())  # noqa: E731
        assert names(other) != names(store)
    finally:
        other.close()


def test_unknown_scale_is_refused(tmp_path):
    store = Store.open(tmp_path, clock=CLOCK)
    try:
        with pytest.raises(ValueError):
            generate_demo(store, "huge", today=TODAY)
        assert not store.is_initialised
    finally:
        store.close()
