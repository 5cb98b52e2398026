"""Every printable report, in menu order, and the one call that makes a PDF of any of them.

The GUI's 报表 page and ``jituan report`` call only this module::

    from jituan_desktop.reports import catalogue
    for kind in catalogue.KINDS.values():          # menu order
        print(kind.key, catalogue.title_of(kind), kind.needs, kind.record_kind)
    catalogue.render(store, "observation", ReportRequest(today, id=uuid), Path("a.pdf"),
                     progress=lambda done, total: ...)

``ReportRequest`` says what is asked for (``today`` always; ``id`` for a form of one record;
``semester``/``school``/``year`` for summaries; empty = current semester / this school).
``ReportKind.needs`` names the fields a kind reads; ``record_kind`` says which record an
``id`` is. ``build(store, request)`` returns a :class:`pdf_document.Document`, which
``render`` writes. Every refusal (unknown kind, missing or unknown id, bad semester or
school, unwritable path) is a :class:`report_errors.ReportError` with a translatable message.

Importing the catalogue loads no report module, and so not reportlab: listing the kinds (the
报表 page, ``jituan report --help``) stays cheap; a kind's module is imported when a report
is made. Adding a report: write a module with a ``build`` returning a Document, and add its
kind to :mod:`.report_kinds`.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..domain.messages import QT_TRANSLATE_NOOP
from ..i18n import translate
from ..storage.store import Store
from . import report_errors, report_kinds
from .report_errors import ReportError
from .report_types import ReportKind, ReportRequest

if TYPE_CHECKING:
    from .pdf_document import Document

Progress = Callable[[int, int], None]

# key -> kind, in the order of the report menu and of `jituan report --help`.
KINDS: dict[str, ReportKind] = {kind.key: kind for kind in report_kinds.MENU}


def title_of(kind: ReportKind) -> str:
    """The kind's title in the current language."""
    return translate("Reports", kind.title)


def kind_for(key: str) -> ReportKind:
    kind = KINDS.get((key or "").strip())
    if kind is None:
        raise ReportError(report_errors.UNKNOWN_KIND, key=key, kinds=", ".join(KINDS))
    return kind


def build(store: Store, key: str, request: ReportRequest) -> Document:
    """The report's document, not yet laid out (benchmarks and tests look at it)."""
    kind = kind_for(key)
    if "id" in kind.needs and not (request.id or "").strip():
        raise ReportError(report_errors.NEEDS_ID, title=title_of(kind),
                          kind=translate("Reports", RECORD_LABELS.get(kind.record_kind, "")))
    return builder_of(kind)(store, request)


def builder_of(kind: ReportKind) -> Callable[[Store, ReportRequest], Document]:
    """The kind's ``build``, its module imported now: every report module loads reportlab."""
    return import_module(f"{__package__}.{kind.module}").build


def render(store: Store, key: str, request: ReportRequest, out: Path, *,
           progress: Progress | None = None) -> Path:
    """Build the report ``key`` and write it as a PDF to ``out``; returns the path written.

    ``progress(done, total)`` is called as the work goes (reading the records, then laying
    out and writing); it may be called from the thread this runs on, never touching widgets.
    """
    from .pdf_document import write_pdf  # reportlab: loaded when a PDF is made, not before

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 2)

    report(0)
    document = build(store, key, request)
    report(1)
    path = write_pdf(document, Path(out), generated=request.today)
    report(2)
    return path


# What the id of a one-record report must be, for the message when it is missing.
RECORD_LABELS = {
    "observation": QT_TRANSLATE_NOOP("Reports", "lesson observation"),
    "activity": QT_TRANSLATE_NOOP("Reports", "activity"),
    "meeting": QT_TRANSLATE_NOOP("Reports", "meeting"),
    "pairing": QT_TRANSLATE_NOOP("Reports", "mentor pairing"),
    "plan": QT_TRANSLATE_NOOP("Reports", "work plan"),
}

__all__ = ["ReportRequest", "ReportKind", "KINDS", "RECORD_LABELS", "title_of", "kind_for",
           "build", "builder_of", "render", "ReportError"]
