"""The three record forms (听课记录表, 联盟活动登记表, 师徒结对考核表) from the small demo,
read back with poppler: the font is embedded, the record's words and numbers are there,
pages are numbered; a missing or unknown id is refused with a message."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.domain.records import LessonObservation, ProcessNote
from jituan_desktop.reports import catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.reports.pdf_layout import number
from jituan_desktop.reports.report_errors import ReportError
from jituan_desktop.services import demo_data, record_ops
from jituan_desktop.storage import lookups
from jituan_desktop.storage.repositories import repository
from jituan_desktop.storage.store import DATABASE_FILE, Store

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count  # noqa: E402

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms-demo")
    store = Store.open(folder)
    demo_data.generate_demo(store, "small", today=TODAY)
    store.close()
    return folder


@pytest.fixture(scope="module")
def demo(demo_folder):
    """The small demo, read only."""
    store = Store.open(demo_folder)
    yield store
    store.close()


@pytest.fixture
def demo_copy(demo_folder, tmp_path):
    """A copy of the small demo for a test that writes."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(demo_folder / DATABASE_FILE, folder / DATABASE_FILE)
    store = Store.open(folder)
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
                     o.topic.replace(" ", ""), o.grade_class, o.lesson_date.isoformat(),
                     o.notes[0].stage, o.strengths[:12]):
        assert expected in words, expected
    for item, score in o.scores.items():
        assert f"{item}" in words and number(score) in words
    assert f"总分100{number(o.total)}" in words  # computed by domain.rubric, as everywhere
    assert f"等级{zh('Labels', o.band.label)}" in words
    assert f"第1页共{page_count(pdf)}页" in words
