"""Reading the spreadsheet a school keeps its teachers in: .xlsx or CSV, as rows of cells.

What a file is, is told by its first bytes, not its name: a PNG renamed .xlsx, an old .xls
or a password-protected workbook (both are OLE compound files, magic D0 CF 11 E0), an empty
file — each is refused with a message saying what it is and what to do, never a traceback.
CSV comes in whatever encoding the machine that saved it used: UTF-8 with or without a byte
order mark, UTF-16 ("Unicode text" from Excel), else GB18030 (a superset of GBK, which older
Excel on Chinese Windows writes). A byte sequence that is valid in none is refused rather
than guessed at, so a name is never imported garbled.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP
from ..services.roster_ops import RosterError  # the one refusal of the roster import

NO_FILE = QT_TRANSLATE_NOOP("Reports", "The file {file} does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("Reports", "The file {file} cannot be read: {reason}")
EMPTY_FILE = QT_TRANSLATE_NOOP("Reports", "The file {file} is empty.")
OLE_FILE = QT_TRANSLATE_NOOP(
    "Reports", "The file {file} is an old Excel 97-2003 workbook (.xls) or a password-protected "
    "workbook, which cannot be read. Open it in Excel or WPS, remove any password, and save it "
    "as an Excel workbook (.xlsx) or as CSV, then import that file.")
NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Reports", "The file {file} is not a spreadsheet: import an Excel workbook (.xlsx) or a CSV "
    "file.")
BAD_WORKBOOK = QT_TRANSLATE_NOOP(
    "Reports", "The file {file} is not an Excel workbook that can be read ({reason}). Save it "
    "again from Excel or WPS as .xlsx, or as CSV.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Reports", "The text encoding of {file} is not recognised (neither UTF-8 nor GBK). Save it "
    "from Excel as \"CSV UTF-8\" and import it again.")
NO_ROWS = QT_TRANSLATE_NOOP("Reports", "The file {file} holds no rows.")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Binary formats people mistake for spreadsheets, told apart so the message can be plain.
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"BM", b"\x00\x00\x01\x00")
MAX_ROWS = 100_000  # a roster is a few hundred rows; past this something is wrong


@dataclass
class Grid:
    """The cells of a file's first sheet that holds anything: ``rows[i][j]`` is row i+1's
    column j (text, number or date; None when empty)."""

    path: Path
    sheet: str
    rows: list[list]


def read_grid(path: Path | str) -> Grid:
    """The rows of ``path`` (.xlsx or CSV, told apart by content); refuses what is not one."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise RosterError(NO_FILE, file=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RosterError(UNREADABLE, file=name, reason=exc.strerror or str(exc)) from exc
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise RosterError(EMPTY_FILE, file=name)
    if data.startswith(OLE_MAGIC):
        raise RosterError(OLE_FILE, file=name)
    if data.startswith(ZIP_MAGIC):
        rows, sheet = _xlsx_rows(data, name)
    elif data.startswith(BINARY_MAGIC):
        raise RosterError(NOT_SPREADSHEET, file=name)
    else:
        rows, sheet = _csv_rows(data, name), path.stem
    rows = _trimmed(rows)
    if not rows:
        raise RosterError(NO_ROWS, file=name)
    return Grid(path, sheet, rows)


def _trimmed(rows: list[list]) -> list[list]:
    """Cells as text, numbers or dates; blank text as None; trailing empty rows dropped."""
    out = []
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                value = value.strip() or None
            cells.append(value)
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def _xlsx_rows(data: bytes, name: str) -> tuple[list[list], str]:
    # openpyxl only inside: it is the one reader of workbooks in the app.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise RosterError(BAD_WORKBOOK, file=name, reason=type(exc).__name__) from exc
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise RosterError(BAD_WORKBOOK, file=name, reason=type(exc).__name__) from exc
    try:
        first = None
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append([_cell(v) for v in row])
                if len(rows) > MAX_ROWS:
                    break
            if any(any(v not in (None, "") for v in r) for r in rows):
                return rows, sheet.title
            first = first or sheet.title
        return [], first or ""
    except Exception as exc:  # a sheet damaged past its first rows
        raise RosterError(BAD_WORKBOOK, file=name, reason=type(exc).__name__) from exc
    finally:
        workbook.close()


def _cell(value):
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a phone number kept as a number: 13800138000.0
    return value


def decode(data: bytes, name: str) -> str:
    """CSV bytes as text, in the first encoding that reads them without a single error."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates, data = ("utf-8",), data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    elif _damaged_utf8(data):
        raise RosterError(UNKNOWN_ENCODING, file=name)
    else:
        candidates = ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            return data.decode(encoding, errors="strict")
        except UnicodeDecodeError:
            continue
    raise RosterError(UNKNOWN_ENCODING, file=name)


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (a file cut short, a bad copy). GB18030 would read it
    without an error — as nonsense — so it must not be tried: GBK text read as UTF-8 gives
    almost nothing but errors, damaged UTF-8 mostly good characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return 0 < bad and good > 4 * bad


def _csv_rows(data: bytes, name: str) -> list[list]:
    text = decode(data, name)
    if "\x00" in text:  # a binary file that happens to decode
        raise RosterError(NOT_SPREADSHEET, file=name)
    sample = "\n".join(text.splitlines()[:20])
    # Excel writes commas, or tabs for "Unicode text", or semicolons in some locales.
    delimiter = max((",", "\t", ";"), key=sample.count)
    if sample.count(delimiter) == 0:
        delimiter = ","
    try:
        rows = []
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                break
        return rows
    except csv.Error as exc:
        raise RosterError(BAD_WORKBOOK, file=name, reason=str(exc)) from exc


def cell_text(value) -> str:
    """A cell as the text a person reads in it (dates as 2026-09-01, 13800138000 as such)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


__all__ = ["Grid", "RosterError", "read_grid", "decode", "cell_text"]
