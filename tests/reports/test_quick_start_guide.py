"""The printed 快速入门 guides: A4, Chinese embedded, every step and picture of the window.

The guide's text is the window's (domain/quick_start.py); here it is read back out of the PDF
with poppler as a person checking the printout would: its fonts, its text, its pictures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.utils import ImageReader

from jituan_desktop import i18n
from jituan_desktop.domain import quick_start
from jituan_desktop.reports.quick_start_guide import picture_path, write_guide
from jituan_desktop.reports.report_errors import ReportError

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count

PICTURES_BUDGET = 1_500_000  # bytes: the pictures travel in every installer


pytestmark = pytest.mark.usefixtures("zh")  # Chinese, whatever another test left


def image_count(pdf: Path) -> int:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    return sum(1 for line in out[2:] if line.split()[2] == "image")


@pytest.mark.parametrize("audience", quick_start.AUDIENCES)
def test_guide_prints_every_step_in_chinese_with_its_picture(tmp_path, audience):
    guide = quick_start.guide(audience, i18n.translate)
    pdf = write_guide(audience, tmp_path / f"{audience}.pdf")
    assert_cjk_embedded(pdf)
    text = flat(pdf)
    assert guide.title in text
    for number, step in enumerate(guide.steps, 1):
        assert f"第{number}步{step.title}".replace(" ", "") in text, step.title
    assert image_count(pdf) == sum(1 for s in guide.steps if s.picture)
    assert 1 <= page_count(pdf) <= 4  # a first day fits a few pages
    assert "生成日期" not in text  # no clock given: no date in the footer


def test_footer_names_the_day_given(tmp_path):
    from datetime import date

    pdf = write_guide("teacher", tmp_path / "t.pdf", generated=date(2026, 11, 25))
    assert "生成日期2026年11月25日" in flat(pdf)


def test_guide_texts_are_chinese_and_differ_between_users():
    titles = set()
    for audience in quick_start.AUDIENCES:
        source = quick_start.guide(audience)
        chinese = quick_start.guide(audience, i18n.translate)
        for english_text, chinese_text in zip(
                [source.name, source.title, source.intro]
                + [t for s in source.steps for t in (s.title, s.text)],
                [chinese.name, chinese.title, chinese.intro]
                + [t for s in chinese.steps for t in (s.title, s.text)]):
            assert chinese_text != english_text, f"untranslated: {english_text}"
        titles.add(chinese.title)
    assert len(titles) == 3


def test_every_picture_exists_loads_and_the_set_stays_small():
    names = quick_start.pictures()
    assert names, "the guides name no picture"
    total = 0
    for name in names:
        path = picture_path(name)
        assert path.is_file(), f"missing picture {path} (scripts/help_pictures.py makes it)"
        width, height = ImageReader(str(path)).getSize()
        assert 100 <= width <= 920 and 30 <= height <= 720, (name, width, height)
        total += path.stat().st_size
    assert total < PICTURES_BUDGET
    # No picture is left in the folder that no guide shows.
    assert {p.name for p in picture_path("x").parent.glob("*.png")} == names


def test_unknown_audience_is_refused_in_chinese(tmp_path):
    with pytest.raises(ReportError) as caught:
        write_guide("parent", tmp_path / "x.pdf")
    message = caught.value.render(i18n.translate)
    assert "没有“parent”的快速入门指南" in message
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_as_the_file_is_refused(tmp_path):
    with pytest.raises(ReportError) as caught:
        write_guide("principal", tmp_path)
    assert caught.value.render(i18n.translate) == \
        f"{tmp_path} 是一个文件夹：请给报表起一个文件名，例如 report.pdf。"
