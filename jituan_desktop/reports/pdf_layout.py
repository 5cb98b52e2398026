"""Building blocks of every printed form: styles, ruled tables, text boxes, signature lines.

Everything here returns reportlab flowables for a :class:`pdf_document.Document` story.
Text passed in is plain (user data is escaped here, newlines kept), already translated.
Widths are in points; ``CONTENT_WIDTH`` is the A4 frame width the page template leaves.

    field_grid([(label, value), ...], columns=2)   the header grid of a paper form
    data_table(header, rows, widths)                a list that repeats its header per page
    text_box(label, text, lines=3)                  a ruled box, blank lines when empty
    signature_lines([label, ...])                   听课人签名：______ 日期：______
    stamp_box(label) / tick_boxes(options)          盖章处 box, □ 优秀 □ 合格 □ 不合格
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .pdf_fonts import cjk_font

PAGE_SIZE = A4
MARGIN = 18 * mm
TOP_MARGIN = 24 * mm  # room for the running header
BOTTOM_MARGIN = 20 * mm  # room for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
RULE = colors.black
SHADE = colors.Color(0.92, 0.92, 0.92)  # label cells: light enough to photocopy well
LINE_WIDTH = 0.6

Cell = str | Flowable | None
WIDEST_DAY = "2026年12月28日"  # the longest date a table shows, in either language
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


@lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, all in the CJK font with CJK line breaking.

    ``wordWrap="CJK"`` lets a line break between any two Chinese characters; without it a
    long Chinese sentence (no spaces) runs off the right edge.
    """
    font = cjk_font()
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=24,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14,
                                   alignment=TA_CENTER, spaceAfter=3 * mm),
        "heading": ParagraphStyle("heading", parent=base, fontSize=12, leading=16,
                                  spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
        "cell_center": ParagraphStyle("cell_center", parent=base, fontSize=9.5, leading=13,
                                      alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=9.5, leading=13,
                                     alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11,
                                textColor=colors.Color(0.3, 0.3, 0.3)),
        "notice": ParagraphStyle("notice", parent=base, fontSize=12, leading=18,
                                 alignment=TA_CENTER, spaceBefore=30 * mm),
    }


def markup(text: object) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def para(text: object, style: str = "body") -> Paragraph:
    return Paragraph(markup(text), styles()[style])


def title(text: str, subtitle: str = "") -> list[Flowable]:
    """The form's title (and a line under it: semester, record date ...)."""
    out: list[Flowable] = [para(text, "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    return out


def heading(text: str) -> Paragraph:
    return para(text, "heading")


def nothing_yet(text: str) -> Paragraph:
    """A large centred sentence for a report or a section that has nothing in it yet."""
    return para(text, "notice")


def _cell(value: Cell, style: str = "cell") -> Flowable | str:
    if value is None:
        return ""
    if isinstance(value, Flowable):
        return value
    return para(value, style)


def _font_cmd() -> tuple:
    # Cells given as plain strings (blanks included) would otherwise use Helvetica.
    return ("FONTNAME", (0, 0), (-1, -1), cjk_font())


def _ruled(extra: Iterable[tuple] = ()) -> TableStyle:
    return TableStyle([("GRID", (0, 0), (-1, -1), LINE_WIDTH, RULE),
                       _font_cmd(),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 2),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                       *extra])


def field_grid(fields: Sequence[tuple[str, Cell]], *, columns: int = 2,
               label_width: float = 22 * mm, wide: Iterable[str] = ()) -> Table:
    """Label/value pairs in ruled rows, ``columns`` pairs a row, as on a paper form's head.

    Labels named in ``wide`` take a whole row of their own (a long topic, a list of schools).
    """
    wide = set(wide)
    value_width = CONTENT_WIDTH / columns - label_width
    widths = [label_width, value_width] * columns
    rows: list[list] = []
    spans: list[tuple] = []
    current: list = []

    def close_row() -> None:
        nonlocal current
        if current:
            current += ["", ""] * (columns - len(current) // 2)
            rows.append(current)
            current = []

    for label, value in fields:
        if label in wide:
            close_row()
            current = [_cell(label, "cell_center"), _cell(value)]
        else:
            current += [_cell(label, "cell_center"), _cell(value)]
        if label in wide or len(current) == 2 * columns:
            close_row()
    close_row()
    # A row with fewer pairs than columns lets its last value run to the right edge;
    # label cells are shaded one by one so the shade never shows through a spanned value.
    shading = []
    for r, row in enumerate(rows):
        filled = max(i for i, cell in enumerate(row) if cell != "") // 2
        shading += [("BACKGROUND", (2 * c, r), (2 * c, r), SHADE) for c in range(filled + 1)]
        if filled < columns - 1:
            spans.append(("SPAN", (2 * filled + 1, r), (-1, r)))
    return Table(rows, colWidths=widths, style=_ruled(shading + spans), splitInRow=1)


@lru_cache(maxsize=None)
def day_width() -> float:
    """A column wide enough for any date on one line: a date broken after 年 reads badly."""
    return stringWidth(WIDEST_DAY, cjk_font(), styles()["cell"].fontSize) + 2 * CELL_PADDING + 2


def data_table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float] | None = None, *, numeric: Iterable[int] = (),
               footer: Sequence[Cell] | None = None, split_rows: bool = True) -> Table:
    """A ruled list whose header row repeats on every page it runs onto.

    Columns in ``numeric`` are right-aligned; ``footer`` is a shaded totals row.
    ``split_rows=False`` for lists of short rows: reportlab splitting a row at a page foot
    can leave the repeated header and an empty sliver of the row there.
    """
    numeric = set(numeric)
    if widths is None:
        widths = [CONTENT_WIDTH / len(header)] * len(header)
    data = [[_cell(h, "cell_center") for h in header]]
    for row in list(rows) + ([footer] if footer is not None else []):
        data.append([_cell(v, "cell_right" if i in numeric else "cell")
                     for i, v in enumerate(row)])
    extra = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if footer is not None:
        extra.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    return Table(data, colWidths=list(widths), repeatRows=1, style=_ruled(extra),
                 splitInRow=1 if split_rows else 0)


def text_box(label: str, text: str = "", *, lines: int = 3, label_width: float = 22 * mm) -> Table:
    """A labelled ruled box holding ``text``; empty, it gives ``lines`` ruled lines to write on.

    Each paragraph of the text is a row of its own, and rows split across pages, so a long
    note continues on the next page instead of failing to fit.
    """
    parts = [p for p in (text or "").split("\n") if p.strip()]
    if parts:
        rows = [[_cell(label, "cell_center") if i == 0 else "", _cell(p)]
                for i, p in enumerate(parts)]
        # No rule between the paragraphs: the box reads as one field, as on paper.
        extra = [("SPAN", (0, 0), (0, -1))] if len(parts) > 1 else []
        style = TableStyle([_font_cmd(), ("BOX", (0, 0), (-1, -1), LINE_WIDTH, RULE),
                            ("LINEAFTER", (0, 0), (0, -1), LINE_WIDTH, RULE),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (0, -1), SHADE),
                            ("TOPPADDING", (0, 0), (-1, -1), 3),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *extra])
        return Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], style=style,
                     splitInRow=1)
    rows = [[_cell(label, "cell_center"), ""]] + [["", ""] for _ in range(max(lines, 1) - 1)]
    style = TableStyle([_font_cmd(), ("BOX", (0, 0), (-1, -1), LINE_WIDTH, RULE),
                        ("LINEAFTER", (0, 0), (0, -1), LINE_WIDTH, RULE),
                        ("LINEBELOW", (1, 0), (1, -2), 0.3, colors.grey),
                        ("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (0, -1), SHADE)])
    return Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width],
                 rowHeights=[8 * mm] * max(lines, 1), style=style)


def signature_lines(labels: Sequence[str], *, per_row: int = 2) -> Table:
    """Lines to sign on: each label followed by a blank line, ``per_row`` to a row."""
    label_width = CONTENT_WIDTH / per_row * 0.42
    line_width = CONTENT_WIDTH / per_row - label_width
    rows, line_cells = [], []
    for start in range(0, len(labels), per_row):
        chunk = list(labels[start:start + per_row])
        row = []
        for i, label in enumerate(chunk):
            row += [_cell(label + "：", "cell_right"), ""]
            line_cells.append((2 * i + 1, len(rows)))
        rows.append(row + ["", ""] * (per_row - len(chunk)))
    style = TableStyle([_font_cmd(), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                        ("TOPPADDING", (0, 0), (-1, -1), 9)] +
                       [("LINEBELOW", c, c, LINE_WIDTH, RULE) for c in line_cells])
    return Table(rows, colWidths=[label_width, line_width] * per_row, style=style,
                 spaceBefore=3 * mm)


def stamp_box(label: str, size: float = 38 * mm) -> Table:
    """An empty square for the school's seal, its label in grey in the corner."""
    table = Table([[_cell(label, "small")]], colWidths=[size], rowHeights=[size],
                  style=TableStyle([_font_cmd(), ("BOX", (0, 0), (-1, -1), LINE_WIDTH, RULE),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]),
                  hAlign="RIGHT", spaceBefore=4 * mm)
    return table


class _TickBox(Flowable):
    """An empty square to tick by hand (the font's □ prints too small to tick)."""

    def __init__(self, size: float = 3.4 * mm):
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setLineWidth(LINE_WIDTH)
        self.canv.rect(0, 0, self.width, self.height)


def tick_boxes(options: Sequence[str]) -> Table:
    """Options to tick by hand: □ 优秀  □ 合格  □ 不合格."""
    cells: list = []
    for option in options:
        cells += [_TickBox(), para(option, "cell")]
    widths = []
    for option in options:
        widths += [5 * mm, (len(option) + 2) * 10]
    return Table([cells], colWidths=widths, hAlign="LEFT",
                 style=TableStyle([_font_cmd(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


def gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


__all__ = ["PAGE_SIZE", "CONTENT_WIDTH", "styles", "markup", "para", "title", "heading",
           "nothing_yet", "field_grid", "data_table", "text_box", "signature_lines",
           "stamp_box", "tick_boxes", "gap", "day_width"]


def number(value: float | int | None) -> str:
    """A score or count as people write it: 9.5, 10 (not 10.0); blank for none."""
    if value is None:
        return ""
    return f"{float(value):g}" if isinstance(value, float) else str(value)


__all__ += ["number"]
