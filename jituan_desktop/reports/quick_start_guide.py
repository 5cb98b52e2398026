"""The 快速入门 guide of one user as an A4 PDF, with the pictures of the window.

The text is the one the 快速入门 window shows (domain/quick_start.py); the pictures are the
PNGs of ``resources/help/``. The guide reads no database, so it is not a kind of the report
catalogue (the 报表 page lists what a school's records make); the window's 打印为PDF… and
``jituan report quick-start`` call :func:`write_guide`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from ..domain import quick_start
from ..domain.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from ..paths import resource_path
from .pdf_document import Document, write_pdf
from .pdf_fonts import cjk_font
from .pdf_layout import CONTENT_WIDTH, heading, para
from .report_errors import ReportError

APP_NAME = QT_TRANSLATE_NOOP("Reports", "Jituan Desktop")
HEADER = QT_TRANSLATE_NOOP("Reports", "{app} · Quick start")
STEP = QT_TRANSLATE_NOOP("Reports", "Step {number}. {title}")
UNKNOWN_AUDIENCE = QT_TRANSLATE_NOOP(
    "Reports", "There is no quick start guide for \"{audience}\": choose principal, teacher "
               "or coordinator.")
# Screen pixels to points: a 900-pixel-wide picture fills the width of the page.
POINTS_PER_PIXEL = 0.6
MAX_PICTURE_HEIGHT = 105 * mm


def picture_path(name: str) -> Path:
    return resource_path(quick_start.PICTURE_FOLDER, name)


def _picture(name: str) -> Flowable:
    from reportlab.lib.utils import ImageReader

    path = picture_path(name)
    width, height = ImageReader(str(path)).getSize()
    scale = min(POINTS_PER_PIXEL, CONTENT_WIDTH / width, MAX_PICTURE_HEIGHT / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    # In a thin frame, so the picture of a window reads as a picture on the page.
    frame = Table([[image]], style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, colors.Color(0.6, 0.6, 0.6)),
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),  # else the table names Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    frame.hAlign = "LEFT"
    return frame


def build(audience: str) -> Document:
    """The guide of ``audience`` (principal, teacher, coordinator) as a document."""
    if audience not in quick_start.GUIDES:
        raise ReportError(UNKNOWN_AUDIENCE, audience=audience)
    guide = quick_start.guide(audience, translate)
    story: list[Flowable] = [para(guide.intro), Spacer(1, 2 * mm)]
    for number, step in enumerate(guide.steps, 1):
        parts: list[Flowable] = [heading(translate("Reports", STEP).format(
            number=number, title=step.title)), para(step.text)]
        if step.picture:
            parts += [Spacer(1, 2 * mm), _picture(step.picture)]
        story.append(KeepTogether(parts))
        story.append(Spacer(1, 3 * mm))
    app = translate("Reports", APP_NAME)
    return Document(title=guide.title, story=story, header_right=guide.name,
                    header_left=translate("Reports", HEADER).format(app=app))


def write_guide(audience: str, out: Path, *, generated: date | None = None) -> Path:
    """Write the guide of ``audience`` to ``out`` as an A4 PDF; returns the path written.

    ``generated``, when given, is printed in the footer. Refuses with a ``ReportError`` an
    unknown audience, a folder or an unwritable path.
    """
    return write_pdf(build(audience), Path(out), generated=generated)


__all__ = ["build", "picture_path", "write_guide"]
