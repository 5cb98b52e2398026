"""年度结对帮扶情况汇总表: one school's year of alliance work, due 30 November — as a PDF form
with a box for highlights and the seal, and as an .xlsx with real numbers and dates.

The year runs from 1 December of the year before to 30 November (``annual_period``), so
summaries filed each November neither overlap nor leave a month out; while it runs, the
form counts up to the day it is made and says so.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from ..domain.day_text import range_text
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.report_periods import due_summary_year
from ..i18n import translate
from ..services import report_figures
from ..services.report_figures import AnnualSummary
from ..storage.store import Store
from . import report_errors
from .pdf_layout import CONTENT_WIDTH, data_table, field_grid, gap, text_box
from .report_context import header_names, school_for
from .report_errors import ReportError
from .report_kinds import ANNUAL_SUMMARY as KIND
from .report_types import ReportRequest
from .summary_parts import day, document, label_of, note, section, signing_block, tr

TITLE = KIND.title  # in report_kinds, so listing kinds loads no report
YEAR = QT_TRANSLATE_NOOP("Reports", "Year {year}")
NOTHING = QT_TRANSLATE_NOOP("Reports", "Nothing has been recorded for this school in this "
                                       "year yet.")
SCHOOL = QT_TRANSLATE_NOOP("Reports", "School")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Reporting period")
COUNTED_TO = QT_TRANSLATE_NOOP("Reports", "Counted to")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
FIGURES = QT_TRANSLATE_NOOP("Reports", "1. The year in figures")
BY_TYPE = QT_TRANSLATE_NOOP("Reports", "2. Activities by type")
HIGHLIGHTS = QT_TRANSLATE_NOOP("Reports", "3. Typical experience and highlights")
HIGHLIGHTS_BOX = QT_TRANSLATE_NOOP("Reports", "Highlights")
ITEM = QT_TRANSLATE_NOOP("Reports", "Figure")
AMOUNT = QT_TRANSLATE_NOOP("Reports", "Amount")
ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "Alliance activities (times)")
DEMONSTRATIONS = QT_TRANSLATE_NOOP("Reports", "Demonstration lessons given")
LECTURES = QT_TRANSLATE_NOOP("Reports", "Thematic lectures (times)")
TEACHERS = QT_TRANSLATE_NOOP("Reports", "Teachers reached (person-times)")
STUDENTS = QT_TRANSLATE_NOOP("Reports", "Students reached (person-times)")
PAIRINGS = QT_TRANSLATE_NOOP("Reports", "Mentor pairings during the year")
ACTIVE = QT_TRANSLATE_NOOP("Reports", "of which still active")
TYPE = QT_TRANSLATE_NOOP("Reports", "Activity type")
TIMES = QT_TRANSLATE_NOOP("Reports", "Times")
SUM = QT_TRANSLATE_NOOP("Reports", "Sum")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "No activities yet.")
PHONE = QT_TRANSLATE_NOOP("Reports", "Telephone")
COUNT_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Activities the school hosted or took part in. Demonstration lessons are "
               "lessons taught at the school and observed as demonstration lessons, each "
               "lesson once however many observed it (as the quota rule counts them); "
               "lectures are thematic lecture activities. Pairings: those with a mentor or "
               "mentee of the school that ran during the period.")
SHEET = QT_TRANSLATE_NOOP("Reports", "Annual summary")


def figures_for(store: Store, request: ReportRequest) -> AnnualSummary:
    """The year asked for; when none, the one due: just closed in December and January,
    else the one in progress (domain/report_periods.py)."""
    year = request.year or due_summary_year(request.today)
    return report_figures.annual_summary(store, year, school_for(store, request.school),
                                         request.today)


def rows_of(figures: AnnualSummary) -> list[tuple[str, int]]:
    return [(tr(ACTIVITIES), figures.activity_count),
            (tr(DEMONSTRATIONS), figures.demonstration_lessons),
            (tr(LECTURES), figures.lectures),
            (tr(TEACHERS), figures.teachers_reached),
            (tr(STUDENTS), figures.students_reached),
            (tr(PAIRINGS), figures.pairings),
            (tr(ACTIVE), figures.pairings_active)]


def head_fields(figures: AnnualSummary) -> list[tuple[str, str]]:
    fields = [(tr(SCHOOL), figures.school.name),
              (tr(PERIOD), range_text(figures.start, figures.end, translate)),
              (tr(DUE), day(figures.end))]
    if figures.counted_to < figures.end:
        fields.append((tr(COUNTED_TO), day(figures.counted_to)))
    return fields


def build(store: Store, request: ReportRequest):
    figures = figures_for(store, request)
    story = [field_grid(head_fields(figures), label_width=24 * mm),
             *section(tr(FIGURES)),
             data_table([tr(ITEM), tr(AMOUNT)], [[k, str(v)] for k, v in rows_of(figures)],
                        [CONTENT_WIDTH - 40 * mm, 40 * mm], numeric=(1,)),
             gap(2 * mm), note(tr(COUNT_NOTE)),
             *section(tr(BY_TYPE)), *type_table(figures),
             # The box to write in and the signatures stay on one page, as on paper.
             KeepTogether([*section(tr(HIGHLIGHTS)), text_box(tr(HIGHLIGHTS_BOX), lines=9),
                           *signing_block()])]
    return document(store, figures.school.uuid, tr(TITLE),
                    tr(YEAR).format(year=figures.year), story, figures.empty, tr(NOTHING))


def type_table(figures: AnnualSummary) -> list:
    if not figures.activities:
        return [note(tr(NO_ACTIVITIES))]
    rows = [[label_of(t.type), str(t.count), str(t.teachers), str(t.students)]
            for t in figures.activities]
    footer = [tr(SUM), str(figures.activity_count), str(figures.teachers_reached),
              str(figures.students_reached)]
    return [data_table([tr(TYPE), tr(TIMES), tr(TEACHERS), tr(STUDENTS)], rows,
                       [CONTENT_WIDTH - 3 * 36 * mm] + [36 * mm] * 3, numeric=(1, 2, 3),
                       footer=footer)]


# -- the same summary as a spreadsheet ----------------------------------------------------

def annual_summary_xlsx(store: Store, request: ReportRequest, out: Path) -> Path:
    """Write the annual summary as .xlsx: counts as numbers, the period as dates, a blank
    highlights cell to type in. Written beside ``out`` and renamed into place; refused
    with :class:`ReportError` like a PDF when ``out`` cannot be written."""
    # Imported here: openpyxl costs a tenth of a second, which the PDF path need not pay.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    figures = figures_for(store, request)
    out = _checked(Path(out))
    book = Workbook()
    sheet = book.active
    sheet.title = tr(SHEET)[:31]  # Excel's limit on sheet names
    alliance, _ = header_names(store, figures.school.uuid)
    sheet.append([tr(TITLE)])
    sheet["A1"].font = Font(size=14, bold=True)
    sheet.append([alliance, tr(YEAR).format(year=figures.year)])
    sheet.append([tr(SCHOOL), figures.school.name])
    sheet.append([tr(PERIOD), figures.start, figures.end])
    sheet.append([tr(DUE), figures.end])
    sheet.append([tr(COUNTED_TO), figures.counted_to])
    for row in sheet.iter_rows(min_row=4, max_row=6, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    sheet.append([])
    sheet.append([tr(ITEM), tr(AMOUNT)])
    for label, value in rows_of(figures):
        sheet.append([label, value])
    sheet.append([])
    sheet.append([tr(TYPE), tr(TIMES), tr(TEACHERS), tr(STUDENTS)])
    for t in figures.activities:
        sheet.append([label_of(t.type), t.count, t.teachers, t.students])
    sheet.append([tr(SUM), figures.activity_count, figures.teachers_reached,
                  figures.students_reached])
    sheet.append([])
    sheet.append([tr(HIGHLIGHTS_BOX), ""])
    sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[sheet.max_row].height = 120
    for column, width in zip("ABCD", (34, 16, 22, 22)):
        sheet.column_dimensions[column].width = width
    return _save(book, out)


def _checked(out: Path) -> Path:
    if out.is_dir():
        raise ReportError(report_errors.OUT_IS_FOLDER, path=str(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(report_errors.NO_SUCH_FOLDER, path=str(folder))
    return out


def _save(book, out: Path) -> Path:
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise ReportError(report_errors.NOT_WRITABLE, path=str(out),
                          reason=exc.strerror or str(exc)) from exc
    try:
        book.save(temp)
        os.replace(temp, out)
    except OSError as exc:
        raise ReportError(report_errors.NOT_WRITABLE, path=str(out),
                          reason=exc.strerror or str(exc)) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return out


__all__ = ["KIND", "build", "annual_summary_xlsx"]
