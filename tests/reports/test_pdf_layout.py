"""The PDF foundation every report stands on: the embedded Chinese font, wrapping, page
numbers and the generated date, headers repeated across pages, the empty report, and
writing safely (refused with a message naming the path)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from jituan_desktop.reports import pdf_layout as L
from jituan_desktop.reports.pdf_document import Document, write_pdf
from jituan_desktop.reports.report_errors import ReportError

sys.path.insert(0, str(Path(__file__).parent))
from pdf_probe import assert_cjk_embedded, flat, page_count, text  # noqa: E402

TODAY = date(2026, 11, 25)
LONG = "集团化办学以课堂为抓手，推动城乡学校共同发展。" * 40  # one paragraph, no spaces


def sample(story=None, **kw) -> Document:
    return Document(title="听课记录表", header_left="实验小学教育联盟", header_right="城关小学",
                    story=story if story is not None else [L.para("测试")], **kw)


def test_chinese_is_embedded_as_a_truetype_subset_and_comes_back_as_text(tmp_path, zh):
    story = [L.field_grid([("授课人", "邓秀珍"), ("课题", "认识图形")], wide=["课题"]),
             L.text_box("优点", LONG), L.signature_lines(["听课人签名", "日期"]),
             L.stamp_box("盖章处"), L.tick_boxes(["优秀", "合格", "不合格"])]
    pdf = write_pdf(sample(story), tmp_path / "a.pdf", generated=TODAY)
    assert_cjk_embedded(pdf)
    words = flat(pdf)
    for expected in ("实验小学教育联盟", "城关小学", "听课记录表", "邓秀珍", "认识图形",
                     "听课人签名：", "盖章处", "优秀合格不合格", "生成日期2026年11月25日"):
        assert expected in words
    # The long sentence wraps inside the page (CJK breaking) and every character survives.
    assert words.count("推动城乡学校共同发展") == 40
    assert all(len(line) < 130 for line in text(pdf).splitlines())


def test_pages_are_numbered_of_the_total(tmp_path, zh):
    pdf = write_pdf(sample([L.text_box("过程", "\n".join([LONG] * 6))]), tmp_path / "b.pdf",
                    generated=TODAY)
    pages = page_count(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in flat(pdf, page)


def test_a_single_paragraph_taller_than_a_page_continues_on_the_next(tmp_path, zh):
    pdf = write_pdf(sample([L.text_box("反思", LONG * 4)]), tmp_path / "c.pdf",
                    generated=TODAY)
    assert page_count(pdf) >= 2
    # Nothing is lost at the page break (the running header and footer cut into the text).
    body = "".join(flat(pdf, page).replace("实验小学教育联盟城关小学", "")
                   .split("生成日期")[0] for page in range(1, page_count(pdf) + 1))
    assert (LONG * 4) in body


def test_a_data_table_repeats_its_header_on_every_page(tmp_path, zh):
    rows = [[str(i), f"教师{i}", i * 2] for i in range(120)]
    table = L.data_table(["序号", "姓名", "听课节数"], rows, numeric=(2,),
                         footer=["合计", "", sum(r[2] for r in rows)])
    pdf = write_pdf(sample([table]), tmp_path / "d.pdf", generated=TODAY)
    pages = page_count(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert "听课节数" in flat(pdf, page)
    assert "教师119" in flat(pdf) and "合计" in flat(pdf)


def test_an_empty_report_is_a_valid_pdf_saying_there_is_nothing_yet(tmp_path, zh):
    pdf = write_pdf(sample([]), tmp_path / "e.pdf", generated=TODAY)
    assert page_count(pdf) == 1
    assert_cjk_embedded(pdf)
    assert "本报表暂无内容" in flat(pdf)
    custom = write_pdf(sample([], empty_text="本学期还没有听课记录。"), tmp_path / "f.pdf",
                       generated=TODAY)
    assert "本学期还没有听课记录" in flat(custom)


def test_user_text_is_printed_as_typed_not_read_as_markup(tmp_path, zh):
    pdf = write_pdf(sample([L.para("a < b & <b>c</b>")]), tmp_path / "g.pdf", generated=TODAY)
    assert "a<b&<b>c</b>" in flat(pdf)


def test_writing_replaces_the_target_and_leaves_no_temporary_file(tmp_path, zh):
    target = tmp_path / "report.pdf"
    target.write_text("old")
    write_pdf(sample(), target, generated=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_folder_as_target_is_refused_naming_it(tmp_path, zh):
    with pytest.raises(ReportError) as refused:
        write_pdf(sample(), tmp_path, generated=TODAY)
    assert str(tmp_path) in refused.value.render(zh)
    assert "是一个文件夹" in refused.value.render(zh)


def test_a_missing_folder_is_refused_naming_it(tmp_path, zh):
    with pytest.raises(ReportError) as refused:
        write_pdf(sample(), tmp_path / "no" / "such" / "r.pdf", generated=TODAY)
    assert str(tmp_path / "no" / "such") in refused.value.render(zh)
    assert "不存在" in refused.value.render(zh)


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores permission bits)."""
    if os.name == "posix" and os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("no read-only folder available to root")
        return Path("/sys")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_an_unwritable_folder_is_refused_naming_the_file(tmp_path, zh):
    folder = unwritable_folder(tmp_path)
    try:
        with pytest.raises(ReportError) as refused:
            write_pdf(sample(), folder / "r.pdf", generated=TODAY)
    finally:
        if folder.parent == tmp_path:
            folder.chmod(0o700)
    message = refused.value.render(zh)
    assert str(folder / "r.pdf") in message and "无法写入" in message
