"""Writing the app's tables to .xlsx and CSV files that Excel and WPS open as they are.

.xlsx is written with openpyxl's write-only mode, row by row as the table streams them (a
100,000-row list never sits in memory), with real cell types: dates are dates with a date
format, counts and scores are numbers, everything else is text — a topic that starts with
"=" stays text, not a formula. CSV is UTF-8 with a byte order mark, without which Excel on
Chinese Windows reads UTF-8 as GBK and shows mojibake.

Both are written atomically: into a temporary file beside the target, then renamed over it,
so a failed or interrupted export never leaves half a file where the old one was. A path
that cannot be written is refused with a message naming it.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..domain.list_query import ListQuery
from ..domain.messages import QT_TRANSLATE_NOOP, Refusal
from ..storage.store import Store
from . import table_export
from .table_export import DATE, NUMBER, TEXT, Table

Progress = Callable[[int, int | None], None]  # rows written, rows in all (None: unknown)
FORMATS = ("xlsx", "csv")
PROGRESS_EVERY = 1000
SHEET_NAME_LIMIT = 31  # Excel's
FORBIDDEN_IN_SHEET_NAME = str.maketrans({c: " " for c in "[]:*?/\\"})
# A CSV cell starting with these is run as a formula by Excel when the file is opened.
FORMULA_STARTS = ("=", "+", "-", "@")


class OutputError(Refusal):
    """An export that cannot be written where the user asked."""

    context = "Reports"


NOT_WRITABLE = QT_TRANSLATE_NOOP("Reports", "The file {path} cannot be written: {reason}")
NO_FOLDER = QT_TRANSLATE_NOOP("Reports", "The file {path} cannot be written: there is no folder "
                                         "{folder}.")
IS_FOLDER = QT_TRANSLATE_NOOP("Reports", "{path} is a folder: choose a file name to write to.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Reports", "Unknown table format \"{format}\": choose xlsx "
                                              "or csv.")


# -- the file ------------------------------------------------------------------------------
@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` when the block
    ends without an error, removed otherwise."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(IS_FOLDER, path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(NO_FOLDER, path=str(path), folder=str(folder))
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem[:40]}-",
                                             suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise OutputError(NOT_WRITABLE, path=str(path), reason=exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        yield temp
        try:
            os.replace(temp, path)
        except OSError as exc:  # on Windows: the old file is open in Excel
            raise OutputError(NOT_WRITABLE, path=str(path),
                              reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _reporting(rows, total: int | None, progress: Progress | None) -> Iterator[list]:
    n = 0
    for n, row in enumerate(rows, 1):
        yield row
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, total)
    if progress is not None:
        progress(n, total)


# -- xlsx ----------------------------------------------------------------------------------
def sheet_name(title: str) -> str:
    name = title.translate(FORBIDDEN_IN_SHEET_NAME).strip("' ")[:SHEET_NAME_LIMIT]
    return name or "Sheet1"


def _text_cell(sheet, value: str):
    """A text cell that stays text: openpyxl would take "=..." for a formula and "#N/A" for an
    error, and refuses control characters a pasted note may carry."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _xlsx_row(sheet, row: list, types: list[str]) -> list:
    out = []
    for value, kind in zip(row, types):
        if kind == TEXT:
            if value is None or value == "":
                value = None
            else:
                value = str(value)
                if value[0] in "=#" or ILLEGAL_CHARACTERS_RE.search(value):
                    value = _text_cell(sheet, value)
        out.append(value)
    return out


def write_xlsx(path: Path | str, table: Table, *, progress: Progress | None = None) -> int:
    """Write ``table`` as a one-sheet workbook; returns the number of rows written."""
    with atomic_output(path) as temp:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(sheet_name(table.title))
        _prepare(sheet, table)
        n = 0
        try:
            for row in _reporting(table.rows, table.total, progress):
                sheet.append(_xlsx_row(sheet, row, table.types))
                n += 1
        except BaseException:
            _abandon(sheet)
            raise
        workbook.save(temp)
    return n


def _prepare(sheet, table: Table) -> None:
    """Column widths, the header row (bold, shaded, frozen), and a print layout that fits
    the columns across a landscape A4 page with the header on every page."""
    for i, width in enumerate(table.widths, 1):
        header_width = _text_width(table.headers[i - 1]) + 2
        sheet.column_dimensions[get_column_letter(i)].width = max(width, header_width)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for text in table.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)


def _text_width(text: str) -> int:
    """Width in Excel's units (the width of a digit): a CJK character takes two."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _abandon(sheet) -> None:
    """Close the half-written sheet now, while its file is open: left to the garbage
    collector, openpyxl's row writer complains about a closed file on stderr."""
    rows = getattr(sheet, "_rows", None)
    if rows is not None:
        with contextlib.suppress(Exception):
            rows.close()


# -- csv -----------------------------------------------------------------------------------
def _csv_cell(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == DATE and isinstance(value, date):
        return value.isoformat()
    if kind == NUMBER and isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if kind == TEXT and text.startswith(FORMULA_STARTS):
        return "'" + text  # what Excel itself does to show such text as typed
    return text


def write_csv(path: Path | str, table: Table, *, progress: Progress | None = None) -> int:
    """Write ``table`` as CSV in UTF-8 with a byte order mark; returns the rows written."""
    n = 0
    with atomic_output(path) as temp:
        with temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)  # Excel's dialect: commas, CRLF, quotes where needed
            writer.writerow(table.headers)
            types = table.types
            for row in _reporting(table.rows, table.total, progress):
                writer.writerow([_csv_cell(v, k) for v, k in zip(row, types)])
                n += 1
    return n


# -- one call for the GUI and the command line ---------------------------------------------
def format_of(path: Path | str, fmt: str | None = None) -> str:
    """The format asked for, else the one the file name says, else xlsx."""
    chosen = (fmt or Path(path).suffix.lstrip(".") or "xlsx").lower()
    if chosen not in FORMATS:
        raise OutputError(UNKNOWN_FORMAT, format=chosen)
    return chosen


def write_table(path: Path | str, table: Table, fmt: str | None = None, *,
                progress: Progress | None = None) -> int:
    writer = write_csv if format_of(path, fmt) == "csv" else write_xlsx
    return writer(path, table, progress=progress)


def export_table(store: Store, kind: str, path: Path | str, *, fmt: str | None = None,
                 query: ListQuery | None = None, semester=None, today: date | None = None,
                 behind_only: bool = False, progress: Progress | None = None,
                 translate=None) -> int:
    """Export one of the app's tables (see ``table_export.KINDS``) as the page shows it:
    ``query`` is the page's own. Returns the number of rows written. Long for big lists:
    run it off the GUI thread; ``progress`` is called every thousand rows."""
    fmt = format_of(path, fmt)
    kwargs = {"translate": translate} if translate is not None else {}
    table = table_export.table(store, kind, query, semester=semester, today=today,
                               behind_only=behind_only, **kwargs)
    return write_table(path, table, fmt, progress=progress)


__all__ = ["OutputError", "FORMATS", "atomic_output", "write_xlsx", "write_csv",
           "write_table", "export_table", "format_of", "sheet_name"]
