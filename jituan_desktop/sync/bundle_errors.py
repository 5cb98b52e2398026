"""Why a bundle file is refused or cannot be written: translatable text naming the file.

Every refusal of docs/sync.md §4 has its own sentence, so the 同步 page and the command line
can tell a school in its own language which file failed and why, and the history can keep it.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal

CONTEXT = "Bundle"

PARTIAL = QT_TRANSLATE_NOOP(
    "Bundle", "The file {file} is a bundle whose writing was interrupted; it is not imported.")
UNREADABLE = QT_TRANSLATE_NOOP("Bundle", "The file {file} cannot be read: {reason}")
NOT_A_ZIP = QT_TRANSLATE_NOOP(
    "Bundle", "The file {file} is not a Jituan bundle, or it is incomplete or damaged. "
    "Copy it again from the sender.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is damaged: its part {entry} cannot be read correctly. "
    "Copy it again from the sender.")
TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: it holds {count} parts; at most {limit} are allowed.")
UNSAFE_PATH = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} has a name that could write "
    "outside its folder.")
UNEXPECTED_ENTRY = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: it holds a part {entry} that does not belong in a "
    "bundle.")
DUPLICATE_ENTRY = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} appears more than once.")
UNSUPPORTED_ENTRY = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} is encrypted or compressed in a "
    "way bundles do not use.")
ENTRY_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Bundle", "In the bundle {file}, the part {entry} is {size_mb} MB; at most {limit_mb} MB "
    "are allowed.")
TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} holds {size_mb} MB of data; at most {limit_mb} MB are allowed.")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} would expand more than {ratio} "
    "times when unpacked, as a zip bomb does.")
MISSING_ENTRY = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} is missing.")
NOT_LISTED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} is not listed in its manifest.")
MANIFEST_NOT_JSON = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its manifest is not valid JSON.")
MANIFEST_INVALID = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: the field {field} of its manifest is missing or "
    "wrong.")
NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Bundle", "The file {file} is not a Jituan bundle (its format is {format}).")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} was written by a newer version of Jituan Desktop (format "
    "{format}). Please update the app to import it.")
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: it is signed by the installation {installation}, "
    "which is not approved here (unknown, not yet approved, or revoked).")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its signature does not match its contents, so it "
    "was altered or damaged after it was written.")
CONTENT_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} differs from what its signed "
    "manifest lists, so it was altered or damaged after it was written.")
COUNT_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: it holds {found} {table} records but its manifest "
    "lists {listed}.")
MALFORMED_RECORD = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: line {line} of {entry} is not a valid record.")
MALFORMED_DOCUMENT = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} is refused: its part {entry} is not a valid JSON document.")
UNPACK_FAILED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} cannot be unpacked on this computer: {reason}")
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} cannot be written to {folder}: {reason}")
WRITE_CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Bundle", "The bundle {file} was written to {folder} but does not read back correctly, so "
    "nothing was exported. The drive may be faulty or full. ({reason})")
FOLDER_UNREADABLE = QT_TRANSLATE_NOOP("Bundle", "The folder {folder} cannot be read: {reason}")


class BundleError(Refusal):
    """A bundle refused or not written, with a message naming the file and the reason.

    ``problem.text`` is one of this module's constants (tests and callers can tell reasons
    apart by it); a parameter may itself be a :class:`Problem` (the reason a freshly
    written bundle failed its check) and is rendered in the same language.
    """

    context = CONTEXT

    def __init__(self, text: str, path: Path | str, **params):
        self.path = Path(path)
        params.setdefault("file", self.path.name)
        super().__init__(text, **params)


def megabytes(size: int) -> str:
    return f"{size / 1048576:.1f}"
