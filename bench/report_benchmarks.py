"""Benchmarks of the paperwork on the `large` demo (issue 5): PDFs and the .xlsx export.

    .venv/bin/python bench/report_benchmarks.py --folder DIR [--repeat N] [--profile]

DIR holds the large demo (made with `jituan demo --scale large --data-dir DIR` when missing).
DIR itself is only read: the bench copies its database into a temporary folder (SQLite's
backup) and works there. Each figure is the median of N runs, each beside its BASELINE
measured in the same run:

- **听课记录表 in a fresh process**: a new Python process renders one observation's form
  (``catalogue.render``), so the 5 MB CJK font is really read; reported as the work in that
  process (font registration, opening the database, building and writing the PDF), the
  imports before it, and the whole process's wall time; also the whole command
  ``jituan report observation --id ID --out FILE``. BASELINE: a fresh process that registers
  the same font (``pdf_fonts.cjk_font``) and writes a bare ``SimpleDocTemplate`` of the same
  page count, each page filled with Paragraphs.
- **联盟学期汇总** for the whole alliance (20 schools), in this process (font registered
  already), split into reading the figures (``catalogue.build``) and laying out + writing
  (``write_pdf``). BASELINE: the bare document of the same page count, in this process.
- **.xlsx export of the observations list** (every row, 100,000 on the large demo) through
  ``reports.spreadsheets.export_table`` (``reports.table_export``'s table, streamed).
  BASELINE: the same rows, read into memory beforehand, appended to a bare openpyxl
  write-only workbook and saved. Reading the rows alone is reported too.

``--profile`` prints where the time of a fresh 听课记录表 process goes (imports by package,
then a cProfile of the work), and cProfiles of the summary and the export. Nothing is
written into the repository.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)  # as the other benchmarks: 2026-2027 第一学期, before 30 November
PYTHON = sys.executable
JITUAN = str(Path(PYTHON).with_name("jituan"))
# A line of the bare document's pages: Chinese text as the forms print it.
BARE_LINE = ("本节课教学目标明确，教师语言亲切，注重学生主体地位，小组合作学习组织有序，"
             "课堂气氛活跃，板书设计清晰。")
BARE_LINES_PER_PAGE = 22  # paragraphs of two lines: a full page, no overflow


# -- the child processes -------------------------------------------------------------------
def child_observation(folder: Path, uuid: str, out: Path) -> dict:
    """One 听课记录表 from a cold start; runs in its own process."""
    started = time.perf_counter()
    from jituan_desktop.reports import catalogue, pdf_fonts
    from jituan_desktop.reports.catalogue import ReportRequest
    from jituan_desktop.clock import Clock
    from jituan_desktop.storage.store import Store

    imported = time.perf_counter()
    pdf_fonts.cjk_font()
    font = time.perf_counter()
    store = Store.open(folder, clock=Clock.from_environment())
    catalogue.render(store, "observation", ReportRequest(today=TODAY, id=uuid), out)
    store.close()
    done = time.perf_counter()
    return {"imports": imported - started, "font": font - imported, "work": done - imported}


def bare_document(pages: int, out: Path) -> None:
    """The baseline: a plain A4 SimpleDocTemplate of ``pages`` pages of Paragraphs, in the
    reports' registered CJK font with CJK wrapping."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from jituan_desktop.reports import pdf_fonts

    style = ParagraphStyle("body", fontName=pdf_fonts.cjk_font(), fontSize=10.5, leading=15,
                           wordWrap="CJK")
    story = []
    for page in range(pages):
        story += [Paragraph(f"{page + 1}.{i + 1} {BARE_LINE}", style)
                  for i in range(BARE_LINES_PER_PAGE)]
        if page + 1 < pages:
            story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4, invariant=1).build(story)


def child_bare(pages: int, out: Path) -> dict:
    started = time.perf_counter()
    from reportlab.platypus import SimpleDocTemplate  # noqa: F401

    from jituan_desktop.reports import pdf_fonts

    imported = time.perf_counter()
    pdf_fonts.cjk_font()
    font = time.perf_counter()
    bare_document(pages, out)
    done = time.perf_counter()
    return {"imports": imported - started, "font": font - imported, "work": done - imported}


def run_child(*args: str) -> tuple[float, dict]:
    """Wall time of a fresh ``python bench/report_benchmarks.py --child ...`` and its report,
    with the interpreter's start (up to the child's first line) and exit (after its last)."""
    launched = time.time()
    out = subprocess.run([PYTHON, __file__, "--child", *args], check=True,
                         capture_output=True, text=True).stdout
    ended = time.time()
    report = json.loads(out.splitlines()[-1])
    report["start"] = report.pop("entered") - launched
    report["exit"] = ended - report.pop("left")
    return ended - launched, report


# -- helpers -------------------------------------------------------------------------------
def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the demo's database, read-only on the source."""
    from jituan_desktop.storage.store import DATABASE_FILE

    target.mkdir(parents=True)
    src = sqlite3.connect(f"file:{source / DATABASE_FILE}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target / DATABASE_FILE))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def median(values) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def profile(fn, limit: int = 25) -> None:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    text = io.StringIO()
    pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(limit)
    print(text.getvalue())


def import_times(folder: Path, uuid: str, out: Path) -> None:
    """``python -X importtime`` of the fresh 听课记录表, summed by top-level package."""
    err = subprocess.run([PYTHON, "-X", "importtime", __file__, "--child", "observation",
                          str(folder), uuid, str(out)], check=True, capture_output=True,
                         text=True).stderr
    totals: dict[str, int] = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)", line)
        if m:
            name = m.group(3)
            key = ".".join(name.split(".")[:3]) if name.startswith("jituan_desktop") \
                else name.split(".")[0]
            totals[key] = totals.get(key, 0) + int(m.group(1))
    print("imports of a fresh 听课记录表 process, self time by package (ms):")
    for name, us in sorted(totals.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {us / 1000:7.1f}  {name}")


# -- the measures --------------------------------------------------------------------------
def observation_form(folder: Path, work: Path, repeat: int, uuid: str) -> dict:
    out = work / "observation.pdf"
    run_child("observation", str(folder), uuid, str(out))  # warm the OS file cache
    pages = pages_of(out)
    rows = {"form": [], "bare": [], "cli": []}
    for _ in range(repeat):
        rows["form"].append(run_child("observation", str(folder), uuid, str(out)))
        rows["bare"].append(run_child("bare", str(pages), str(work / "bare.pdf")))
        started = time.perf_counter()
        subprocess.run([JITUAN, "--data-dir", str(folder), "report", "observation", "--id",
                        uuid, "--out", str(work / "cli.pdf")], check=True,
                       capture_output=True)
        rows["cli"].append(time.perf_counter() - started)
    assert pages_of(work / "bare.pdf") == pages
    result = {"pages": pages}
    for key in ("form", "bare"):
        result[key] = {"wall": median(w for w, _ in rows[key]),
                       **{k: median(r[k] for _, r in rows[key])
                          for k in ("start", "imports", "font", "work", "exit")}}
    result["cli"] = median(rows["cli"])
    result["python"] = median(timed(lambda: subprocess.run([PYTHON, "-c", "pass"],
                                                           check=True))[0]
                              for _ in range(repeat))
    return result


def alliance_summary(store, work: Path, repeat: int) -> dict:
    from jituan_desktop.reports import catalogue, pdf_fonts
    from jituan_desktop.reports.catalogue import ReportRequest
    from jituan_desktop.reports.pdf_document import write_pdf
    from jituan_desktop.storage import lookups

    pdf_fonts.cjk_font()
    request = ReportRequest(today=TODAY)
    out = work / "alliance.pdf"
    catalogue.render(store, "alliance-semester", request, out)  # warm-up
    pages = pages_of(out)
    build, write, total, bare = [], [], [], []
    for _ in range(repeat):
        t_build, document = timed(lambda: catalogue.build(store, "alliance-semester", request))
        t_write, _ = timed(lambda d=document: write_pdf(d, out, generated=TODAY))
        t_total, _ = timed(lambda: catalogue.render(store, "alliance-semester", request, out))
        t_bare, _ = timed(lambda: bare_document(pages, work / "bare-alliance.pdf"))
        build.append(t_build)
        write.append(t_write)
        total.append(t_total)
        bare.append(t_bare)
    return {"pages": pages, "schools": len(lookups.schools(store)), "build": median(build),
            "write": median(write), "total": median(total), "bare": median(bare)}


def xlsx_export(store, work: Path, repeat: int) -> dict:
    from openpyxl import Workbook

    from jituan_desktop.reports import spreadsheets
    from jituan_desktop.reports import table_export

    out = work / "observations.xlsx"
    export, read, bare = [], [], []
    n = 0
    for _ in range(repeat):
        t_export, n = timed(lambda: spreadsheets.export_table(store, "observations", out))
        t_read, rows = timed(lambda: list(table_export.table(store, "observations").rows))

        def write_bare(rows=rows) -> None:
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            for row in rows:
                sheet.append(row)
            book.save(work / "bare.xlsx")

        t_bare, _ = timed(write_bare)
        export.append(t_export)
        read.append(t_read)
        bare.append(t_bare)
        del rows
    return {"rows": n, "export": median(export), "read": median(read), "bare": median(bare),
            "size": out.stat().st_size}


# -- main ----------------------------------------------------------------------------------
def ensure_demo(folder: Path) -> None:
    from jituan_desktop.storage.store import database_exists

    if not database_exists(folder):
        print(f"making the large demo in {folder} ...", flush=True)
        subprocess.run([JITUAN, "--data-dir", str(folder), "demo", "--scale", "large"],
                       check=True)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        entered = time.time()
        kind, *rest = sys.argv[2:]
        if kind == "observation":
            report = child_observation(Path(rest[0]), rest[1], Path(rest[2]))
        else:
            report = child_bare(int(rest[0]), Path(rest[1]))
        print(json.dumps({**report, "entered": entered, "left": time.time()}), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/jituan-large"),
                        help="data folder of the large demo (made when missing)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=("observation", "alliance", "xlsx"), action="append")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    only = set(args.only or ("observation", "alliance", "xlsx"))
    ensure_demo(args.folder)

    from jituan_desktop import i18n
    from jituan_desktop.domain.list_query import ListQuery
    from jituan_desktop.storage.listing import page
    from jituan_desktop.clock import Clock
    from jituan_desktop.storage.store import Store

    i18n.set_language("zh_CN")
    print(f"{platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}; median of {args.repeat}; today {TODAY}")
    with tempfile.TemporaryDirectory(prefix="jituan-report-bench-") as tmp:
        work = Path(tmp)
        folder = work / "data"
        copy_database(args.folder, folder)
        store = Store.open(folder, clock=Clock.from_environment())
        uuid = page(store, "observation", ListQuery(), limit=1)[0]["uuid"]
        # A command-line run first: a copied database becomes a new installation on its
        # first opening by the app, which is not what is measured.
        subprocess.run([JITUAN, "--data-dir", str(folder), "status"], check=True,
                       capture_output=True)

        if "observation" in only:
            r = observation_form(folder, work, args.repeat, uuid)
            f, b = r["form"], r["bare"]
            print(f"\n听课记录表, fresh process ({r['pages']} page):")
            print(f"  render in the process (font {ms(f['font'])} + open + build + write): "
                  f"{ms(f['work'])}; BASELINE bare document, same font: {ms(b['work'])} "
                  f"(font {ms(b['font'])}) -> {f['work'] / b['work']:.1f}x")
            print(f"  imports before it: {ms(f['imports'])} (bare: {ms(b['imports'])})")
            print(f"  whole process: {ms(f['wall'])} (interpreter start {ms(f['start'])}, exit "
                  f"{ms(f['exit'])}); BASELINE whole process {ms(b['wall'])} (start "
                  f"{ms(b['start'])}, exit {ms(b['exit'])}) -> {f['wall'] / b['wall']:.1f}x; "
                  f"`python -c pass` {ms(r['python'])}")
            print(f"  whole command `jituan report observation`: {ms(r['cli'])}")
            if args.profile:
                import_times(folder, uuid, work / "p.pdf")
                from jituan_desktop.reports import catalogue, pdf_fonts  # noqa: F401
                print("cProfile of the work in a process where nothing was rendered yet:")
                profile(lambda: child_observation(folder, uuid, work / "p.pdf"))

        if "alliance" in only:
            r = alliance_summary(store, work, args.repeat)
            print(f"\n联盟学期汇总, {r['schools']} schools, {r['pages']} pages: {r['total']:.2f} s "
                  f"(figures {r['build']:.2f} s + layout and writing {r['write']:.2f} s); "
                  f"BASELINE bare document {r['bare']:.2f} s -> "
                  f"{r['total'] / r['bare']:.1f}x")
            if args.profile:
                from jituan_desktop.reports import catalogue
                from jituan_desktop.reports.catalogue import ReportRequest
                profile(lambda: catalogue.render(store, "alliance-semester",
                                                 ReportRequest(today=TODAY),
                                                 work / "alliance.pdf"))

        if "xlsx" in only:
            r = xlsx_export(store, work, max(1, min(args.repeat, 3)))
            print(f"\n.xlsx export of the observations list, {r['rows']:,} rows "
                  f"({r['size'] / 1e6:.1f} MB): {r['export']:.2f} s; BASELINE bare write-only "
                  f"workbook of the same rows {r['bare']:.2f} s -> "
                  f"{r['export'] / r['bare']:.1f}x; reading the rows alone {r['read']:.2f} s")
            if args.profile:
                from jituan_desktop.reports import spreadsheets
                profile(lambda: spreadsheets.export_table(store, "observations",
                                                          work / "p.xlsx"))
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
