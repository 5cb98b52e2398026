"""Why a report cannot be made: translatable sentences (context "Reports") people can act on."""

from __future__ import annotations

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal


class ReportError(Refusal):
    """A report refused (bad request, unknown record, unwritable file), in the user's language."""

    context = "Reports"


OUT_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Reports", "{path} is a folder: give the report a file name, such as report.pdf.")
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "Reports", "The folder {path} does not exist, so the report cannot be saved there.")
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Reports", "The report cannot be written to {path}: {reason}")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Reports", "There is no report called \"{key}\". Reports: {kinds}.")
NEEDS_ID = QT_TRANSLATE_NOOP(
    "Reports", "The report \"{title}\" is about one record: give the id of the {kind}.")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("Reports", "There is no {kind} with the id {ref}.")
UNKNOWN_SCHOOL = QT_TRANSLATE_NOOP(
    "Reports", "There is no school \"{ref}\": give its code, its name or its id.")
BAD_SEMESTER = QT_TRANSLATE_NOOP(
    "Reports", "Unknown semester \"{value}\": write it like 2026-1 (school year 2026-2027, "
    "first semester) or 2026-2.")
NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "Reports", "This installation has no school yet: set it up before printing reports.")

__all__ = ["ReportError"]
