"""An A4 report as a document: running header, story, "第 X 页 共 Y 页" footer, safe writing.

A report builder returns a :class:`Document` (header names, title, flowables); ``write_pdf``
lays it out and writes it. The page total is known only once every page is laid out, so the
canvas keeps each page's state and draws the footers when the document is saved
(the NumberedCanvas recipe). The file is written next to its target and renamed into place:
an interrupted run never leaves half a PDF under the name asked for.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..domain.day_text import day_text
from ..domain.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from . import report_errors
from .pdf_fonts import cjk_font
from .pdf_layout import BOTTOM_MARGIN, MARGIN, PAGE_SIZE, TOP_MARGIN, nothing_yet, title
from .report_errors import ReportError

PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
GENERATED_ON = QT_TRANSLATE_NOOP("Reports", "Generated {date}")
NOTHING_YET = QT_TRANSLATE_NOOP("Reports", "There is nothing in this report yet.")
APP_NAME = QT_TRANSLATE_NOOP("Reports", "Jituan Desktop")


@dataclass
class Document:
    """What a report builder hands to :func:`write_pdf`; all texts already translated.

    ``header_left``/``header_right`` run along the top of every page (alliance, school);
    ``title`` (and ``subtitle``) open the first page. An empty ``story`` prints a page
    saying there is nothing yet (``empty_text`` to say it differently).
    """

    title: str
    story: list[Flowable] = field(default_factory=list)
    header_left: str = ""
    header_right: str = ""
    subtitle: str = ""
    empty_text: str = ""


def _numbered_canvas(generated: date | None):
    """A canvas class that draws the footer on every page once the page count is known
    (without a date when ``generated`` is None: a guide is the same whatever the day)."""
    page_of = translate("Reports", PAGE_OF)
    generated_on = "" if generated is None else translate("Reports", GENERATED_ON).format(
        date=day_text(generated, translate))

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Every page's preamble names the initial font: make it ours, or each PDF
            # would list Helvetica as a font it uses but does not embed.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or cjk_font()
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = PAGE_SIZE[0]
            self.saveState()
            self.setFont(cjk_font(), 8.5)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            y = BOTTOM_MARGIN / 2
            self.drawString(MARGIN, y, generated_on)
            self.drawRightString(width - MARGIN, y,
                                 page_of.format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def _header(doc: Document):
    def draw(canvas, template) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(cjk_font(), 9)
        y = height - TOP_MARGIN + 7 * 2.8346
        canvas.drawString(MARGIN, y, doc.header_left)
        canvas.drawRightString(width - MARGIN, y, doc.header_right)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * 2.8346, width - MARGIN, y - 2.5 * 2.8346)
        canvas.restoreState()
    return draw


def _checked_target(out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        raise ReportError(report_errors.OUT_IS_FOLDER, path=str(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(report_errors.NO_SUCH_FOLDER, path=str(folder))
    return out


def write_pdf(doc: Document, out: Path, *, generated: date | None) -> Path:
    """Lay out ``doc`` on A4 and write it to ``out``; returns the path written.

    ``generated`` is the date printed in the footer (passed in, so a test's PDF is the same
    every run). Refuses with :class:`ReportError` when ``out`` is a folder, its folder is
    missing, or the file cannot be written.
    """
    out = _checked_target(out)
    story = [*title(doc.title, doc.subtitle), *doc.story]
    if not doc.story:
        story.append(nothing_yet(doc.empty_text or translate("Reports", NOTHING_YET)))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise ReportError(report_errors.NOT_WRITABLE, path=str(out),
                          reason=exc.strerror or str(exc)) from exc
    try:
        template = SimpleDocTemplate(
            temp, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=doc.title,
            author=doc.header_right, creator=translate("Reports", APP_NAME),
            subject=doc.subtitle, invariant=1)
        header = _header(doc)
        template.build(story, onFirstPage=header, onLaterPages=header,
                       canvasmaker=_numbered_canvas(generated))
        os.replace(temp, out)
    except OSError as exc:
        raise ReportError(report_errors.NOT_WRITABLE, path=str(out),
                          reason=exc.strerror or str(exc)) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return out


__all__ = ["Document", "write_pdf"]
