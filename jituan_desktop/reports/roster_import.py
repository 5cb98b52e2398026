"""Importing the teachers' roster a school already keeps in Excel or CSV (issue 5 §3).

:func:`preview` reads the file and guesses where the header row is and which column holds
what; the GUI shows that and lets people correct the mapping (a plain dict field -> column
index, 0 for the first column). :func:`import_roster` then reads every row — a name, known
subjects and positions, no name twice in the file — and hands the rows to the use case
(:mod:`jituan_desktop.services.roster_ops`), which checks them against the school's roster and
the app's own validation and writes the good ones in one transaction, reporting each refused
row with its row number and reason. The file is read here, beside the other spreadsheets,
because openpyxl stays in ``reports/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Translate, identity as no_translation
from ..services.roster_ops import (RefusedRow, RosterError, RosterResult, RosterRow, save_roster,
                                   target_school)
from ..storage.store import Store
from .roster_reading import cell_text, read_grid
from .roster_rows import (FIELD_LABELS, FIELDS, HEADER_NAMES, HEADER_SEARCH_ROWS, RowReader,
                          data_rows, fields_of, find_layout, header_field, row_problem)

PREVIEW_ROWS = 20

NO_HEADER = QT_TRANSLATE_NOOP(
    "Reports", "No header row was found in the first {rows} rows: the columns should be named "
    "like 姓名, 性别, 学科, 职称. Choose which column holds what.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Reports", "No column holds the teachers' names (姓名): choose it in the column mapping.")
HEADER_ONLY = QT_TRANSLATE_NOOP(
    "Reports", "The file {file} has a header row but no teachers under it.")
UNUSED_COLUMNS = QT_TRANSLATE_NOOP("Reports", "Columns not imported: {columns}.")
BAD_MAPPING = QT_TRANSLATE_NOOP("Reports", "The column mapping names an unknown field or "
                                           "column: {detail}.")
DUPLICATE_ROW = QT_TRANSLATE_NOOP("Reports", "{name} is already in row {row} of this file.")


@dataclass
class RosterPreview:
    """What the file looks like to the import: the header found, the mapping guessed."""

    file: str
    sheet: str
    header_row: int  # 1-based, as the spreadsheet numbers it
    columns: list[str]  # the header row's cells, column 0 first
    mapping: dict[str, int]  # field -> column index (0-based)
    rows: list[tuple[int, list[str]]]  # the first data rows: (row number, cells)
    row_count: int  # data rows in all (blank rows not counted)
    problems: list[Problem] = field(default_factory=list)

    def messages(self, translate: Translate = no_translation) -> list[str]:
        return [p.render(translate) for p in self.problems]


def preview(path: Path | str, *, sample: int = PREVIEW_ROWS) -> RosterPreview:
    """Read ``path`` and guess its layout. A file that is no roster at all raises
    :class:`RosterError`; a header not found or a name column missing is a problem listed
    in the preview, for the mapping to fix."""
    grid = read_grid(path)
    layout = find_layout(grid)
    header = grid.rows[layout.header_row] if grid.rows else []
    data = data_rows(grid, layout.data_start, layout.mapping.values() or None)
    problems = []
    if not layout.found:
        problems.append(Problem("", NO_HEADER, {"rows": HEADER_SEARCH_ROWS}, "Reports"))
    elif "name" not in layout.mapping:
        problems.append(Problem("", NO_NAME_COLUMN, {}, "Reports"))
    if layout.found and not data:
        problems.append(Problem("", HEADER_ONLY, {"file": grid.path.name}, "Reports"))
    unused = [cell_text(v) for j, v in enumerate(header)
              if v is not None and j not in layout.mapping.values()]
    if layout.found and unused:
        problems.append(Problem("", UNUSED_COLUMNS, {"columns": "、".join(unused)}, "Reports"))
    return RosterPreview(
        file=grid.path.name, sheet=grid.sheet, header_row=layout.header_row + 1,
        columns=[cell_text(v) for v in header], mapping=dict(layout.mapping),
        rows=[(n, [cell_text(v) for v in row]) for n, row in data[:sample]],
        row_count=len(data), problems=problems)


# -- the import ----------------------------------------------------------------------------
def _checked_mapping(mapping: dict, width: int) -> dict[str, int]:
    bad = [f"{k}={v}" for k, v in mapping.items()
           if k not in FIELDS or isinstance(v, bool) or not isinstance(v, int)
           or not 0 <= v < max(width, 1)]
    if bad:
        raise RosterError(BAD_MAPPING, detail=", ".join(bad))
    return dict(mapping)


def import_roster(store: Store, path: Path | str, mapping: dict[str, int] | None = None, *,
                  header_row: int | None = None, school: str | None = None,
                  dry_run: bool = False, today: date | None = None) -> RosterResult:
    """Import the roster in ``path`` into ``school`` (a uuid; default: this installation's).

    ``mapping`` (field -> 0-based column) replaces the guessed one; ``header_row`` (1-based)
    says where the header is when the guess was wrong: the data starts below it. Good rows
    are written in one transaction; ``dry_run`` checks everything the same way, then takes
    it back. Refuses the whole file (RosterError) only when it cannot be read as a roster.
    """
    grid = read_grid(path)
    layout = find_layout(grid)
    width = max((len(r) for r in grid.rows), default=0)
    if mapping is not None:
        layout.mapping = _checked_mapping(mapping, width)
    if header_row is not None and header_row - 1 != layout.header_row:
        layout.header_row, layout.data_start = header_row - 1, header_row
        if mapping is None and header_row - 1 < len(grid.rows):
            layout.mapping = fields_of(grid.rows[header_row - 1])
    if "name" not in layout.mapping:
        if not layout.found and mapping is None:
            raise RosterError(NO_HEADER, rows=HEADER_SEARCH_ROWS)
        raise RosterError(NO_NAME_COLUMN)
    rows = data_rows(grid, layout.data_start, set(layout.mapping.values()))
    if not rows:
        raise RosterError(HEADER_ONLY, file=grid.path.name)
    target = target_school(store, school)
    return save_roster(store, target, _read_rows(rows, RowReader(layout.mapping, target)),
                       dry_run=dry_run, today=today)


def _read_rows(rows, reader: RowReader) -> list[RosterRow]:
    """Each data row's values and problems; a name the file has twice is refused the second
    time, naming the row it was first in."""
    read: list[RosterRow] = []
    first_row: dict[str, int] = {}
    for number, row in rows:
        values, problems = reader.read(row)
        name = values["name"]
        if name and name in first_row:
            problems.append(row_problem(DUPLICATE_ROW, name=name, row=first_row[name]))
        elif name:
            first_row[name] = number
        read.append(RosterRow(number, values, problems))
    return read


__all__ = ["FIELDS", "FIELD_LABELS", "HEADER_NAMES", "RosterError", "RosterPreview",
           "RosterResult", "RefusedRow", "preview", "import_roster", "header_field"]
