"""`jituan report KIND --out FILE`, run as IT staff and scripts run it, over the small demo.

Every kind of the catalogue writes a PDF with the font embedded and its title in the text, the
same text ``catalogue.render`` gives for the same request (so each option reaches the report);
the annual summary also as .xlsx; each refusal is one line on stderr, exit 1, and no file.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jituan_desktop import i18n
from jituan_desktop.cli import main
from jituan_desktop.domain.list_query import ListQuery
from jituan_desktop.domain.report_periods import due_summary_year
from jituan_desktop.reports import annual_summary, catalogue
from jituan_desktop.reports.catalogue import ReportRequest
from jituan_desktop.services import report_figures
from jituan_desktop.storage import lookups
from jituan_desktop.storage.listing import page
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

sys.path.insert(0, str(Path(__file__).parent.parent / "reports"))
from pdf_probe import assert_cjk_embedded, flat, text

SEMESTER = "2026-1"  # the demo's current semester (the tests run in it or just after)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module", autouse=True)
def chinese():
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """The small demo made by the command line itself, as an IT person would make it."""
    folder = tmp_path_factory.mktemp("report-demo")
    assert main(["--data-dir", str(folder), "demo", "--scale", "small", "--no-index"]) == 0
    return folder


@pytest.fixture(scope="module")
def picks(demo_dir):
    """One record of each kind, and a member school, to ask reports about."""
    store = Store.open(demo_dir, clock=CLOCK)
    try:
        first = {name: page(store, name, ListQuery(), limit=1)[0]["uuid"]
                 for name in ("observation", "activity", "pairing", "plan", "meeting")}
        member = next(s for s in lookups.schools(store) if s.uuid != store.school_uuid)
        return {**first, "school": member.code, "school_uuid": member.uuid}
    finally:
        store.close()


def options(kind: str, picks: dict) -> dict[str, str]:
    """The options a script would pass for ``kind``: exactly what the kind reads."""
    values = {"semester": SEMESTER, "school": picks["school"], "year": "2026",
              "id": picks.get(catalogue.KINDS[kind].record_kind or "")}
    return {need: values[need] for need in catalogue.KINDS[kind].needs}


def test_help_lists_every_kind_with_its_title_and_options(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    for key, kind in catalogue.KINDS.items():
        line = next(line for line in out.splitlines() if line.strip().startswith(key + " "))
        assert catalogue.title_of(kind) in line
        for need in kind.needs:
            assert f"--{need}" in line
    assert "听课记录表" in out and "联盟学期汇总" in out


@pytest.mark.parametrize("kind", list(catalogue.KINDS))
def test_every_kind_writes_the_pdf_the_catalogue_makes(kind, demo_dir, picks, tmp_path,
                                                       capsys):
    out = tmp_path / f"{kind}.pdf"
    given = options(kind, picks)
    args = ["--data-dir", demo_dir, "report", kind, "--out", out]
    for need, value in given.items():
        args += [f"--{need}", value]
    code, printed, err = run(capsys, *args)
    assert (code, err) == (0, "")
    title = catalogue.title_of(catalogue.KINDS[kind])
    assert title in printed and str(out) in printed
    assert_cjk_embedded(out)
    assert title in flat(out)
    # The same request through the catalogue: the options reached the report as given.
    expected = tmp_path / "expected.pdf"
    store = Store.open(demo_dir, clock=CLOCK)
    try:
        request = ReportRequest(today=store.clock.today(), id=given.get("id"),
                                semester=given.get("semester"), school=given.get("school"),
                                year=int(given["year"]) if "year" in given else None)
        catalogue.render(store, kind, request, expected)
    finally:
        store.close()
    assert text(out) == text(expected)


@pytest.mark.parametrize("how", ["format", "suffix"])
def test_annual_summary_as_a_spreadsheet(how, demo_dir, picks, tmp_path, capsys):
    out = tmp_path / ("summary.xlsx" if how == "suffix" else "summary.bin")
    extra = ["--format", "xlsx"] if how == "format" else []
    code, _, err = run(capsys, "--data-dir", demo_dir, "report", "annual-summary", "--out",
                       out, "--school", picks["school"], *extra)
    assert (code, err) == (0, "")
    store = Store.open(demo_dir, clock=CLOCK)
    try:
        figures = report_figures.annual_summary(store, due_summary_year(store.clock.today()),
                                                picks["school_uuid"], store.clock.today())
    finally:
        store.close()
    rows = {row[0]: row[1:] for row in load_workbook(io.BytesIO(out.read_bytes())).active.iter_rows(values_only=True)
            if row and row[0]}
    assert rows[i18n.translate("Reports", "School")][0] == figures.school.name
    for label, value in annual_summary.rows_of(figures):  # the figures as the PDF prints them
        assert rows[label][0] == value and isinstance(rows[label][0], int), label


def refused(capsys, demo_dir, *args) -> str:
    """Run a report that must be refused; returns the one line on stderr."""
    code, out, err = run(capsys, "--data-dir", demo_dir, "report", *args)
    assert code == 1, (out, err)
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err  # said in Chinese
    assert "Traceback" not in err
    return err


def test_refuses_an_unknown_kind(demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "observations-of-mars", "--out", tmp_path / "a.pdf")
    assert "observations-of-mars" in err and "observation-counts" in err
    assert not list(tmp_path.iterdir())


def test_refuses_a_form_without_its_id(demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "observation", "--out", tmp_path / "a.pdf")
    assert "听课记录表" in err and "id" in err
    assert not list(tmp_path.iterdir())


def test_refuses_an_unknown_id(demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "activity", "--id", "no-such-uuid", "--out",
                  tmp_path / "a.pdf")
    assert "no-such-uuid" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("semester", ["2026-3", "last term", "1999-1"])
def test_refuses_a_bad_semester(semester, demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "alliance-semester", "--semester", semester, "--out",
                  tmp_path / "a.pdf")
    assert semester in err and "2026-1" in err
    assert not list(tmp_path.iterdir())


def test_refuses_an_unknown_school(demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "school-semester", "--school", "火星小学", "--out",
                  tmp_path / "a.pdf")
    assert "火星小学" in err


@pytest.mark.parametrize("year", ["twenty", "26", "3026"])
def test_refuses_a_year_that_is_not_one(year, demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "annual-summary", "--year", year, "--out",
                  tmp_path / "a.pdf")
    assert year in err


def test_refuses_an_option_the_report_does_not_read(demo_dir, picks, tmp_path, capsys):
    err = refused(capsys, demo_dir, "observation", "--id", picks["observation"],
                  "--semester", SEMESTER, "--out", tmp_path / "a.pdf")
    assert "--semester" in err and "听课记录表" in err and "--id" in err
    assert not list(tmp_path.iterdir())


def test_refuses_a_spreadsheet_of_a_pdf_only_report(demo_dir, tmp_path, capsys):
    err = refused(capsys, demo_dir, "alliance-semester", "--out", tmp_path / "a.xlsx")
    assert "联盟学期汇总" in err and "xlsx" in err
    err = refused(capsys, demo_dir, "annual-summary", "--format", "docx", "--out",
                  tmp_path / "a.docx")
    assert "docx" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("where", ["missing folder", "a folder", "a file as folder",
                                   "not writable"])
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_refuses_an_unwritable_path(where, fmt, demo_dir, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("")
    target = {"missing folder": tmp_path / "nowhere" / f"a.{fmt}",
              "a folder": tmp_path,
              "a file as folder": tmp_path / "notes.txt" / f"a.{fmt}",
              # root writes into any read-only folder, but not into /proc
              "not writable": Path("/proc") / f"jituan-report.{fmt}" if os.geteuid() == 0
              else tmp_path / "locked" / f"a.{fmt}"}[where]
    locked = where == "not writable" and os.geteuid() != 0
    if locked:
        target.parent.mkdir()
        target.parent.chmod(0o500)
    try:
        err = refused(capsys, demo_dir, "annual-summary", "--format", fmt, "--out", target)
    finally:
        if locked:
            target.parent.chmod(0o700)
    shown = target.parent if where in ("missing folder", "a file as folder") else target
    assert str(shown) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        sorted(["notes.txt"] + (["locked"] if locked else []))  # no half file left behind


def test_messages_in_english_too(demo_dir, tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", demo_dir, "--lang", "en", "report",
                         "observation", "--out", tmp_path / "a.pdf")
    assert code == 1 and "id" in err and not any("\u4e00" <= ch <= "\u9fff" for ch in err)


def test_in_december_the_annual_summary_is_the_year_just_closed(demo_dir, picks, tmp_path,
                                                               capsys, monkeypatch):
    """Moved to 3 December: the summary due on 30 November, not the year begun on 1 December."""
    from datetime import date

    from jituan_desktop.clock import Clock

    monkeypatch.setenv("JITUAN_NOW", "2026-12-03")
    out = tmp_path / "summary.xlsx"
    code, _, err = run(capsys, "--data-dir", demo_dir, "report", "annual-summary", "--out",
                       out, "--school", picks["school"])
    assert (code, err) == (0, "")
    store = Store.open(demo_dir, clock=Clock(date(2026, 12, 3)))
    try:
        figures = report_figures.annual_summary(store, 2026, picks["school_uuid"],
                                                store.clock.today())
    finally:
        store.close()
    assert (figures.start, figures.end) == (date(2025, 12, 1), date(2026, 11, 30))
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any(getattr(c, "date", lambda: c)() == date(2026, 11, 30) for c in cells
               if hasattr(c, "year")), cells
    assert not any(hasattr(c, "year") and getattr(c, "year") == 2027 for c in cells)
