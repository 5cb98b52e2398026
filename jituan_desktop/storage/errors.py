"""Errors the store reports to people: translatable text plus the parameters to fill in."""

from __future__ import annotations

from sqlite3 import DatabaseError, IntegrityError  # noqa: F401 - re-exported for callers above storage

from ..domain.messages import QT_TRANSLATE_NOOP, Refusal

CONTEXT = "Storage"

NOT_WRITABLE = QT_TRANSLATE_NOOP("Storage", "The data folder {path} cannot be written to: {reason}")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Storage", "This database was made by a newer version of Jituan Desktop ({names}). "
    "Please update the app before opening it.")
CORRUPT = QT_TRANSLATE_NOOP(
    "Storage", "The database file {path} is damaged or is not a Jituan Desktop database: {reason}")
NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "Storage", "This data folder has not been set up yet. Run \"jituan init\" or \"jituan demo\" first.")
ALREADY_INITIALISED = QT_TRANSLATE_NOOP(
    "Storage", "This data folder is already set up for {school}.")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("Storage", "No {kind} with id {ref} exists.")
RECORD_DELETED = QT_TRANSLATE_NOOP(
    "Storage", "This record has been deleted meanwhile; restore it before changing it.")
NOT_OWNER = QT_TRANSLATE_NOOP(
    "Storage", "This record belongs to another school and can only be changed there.")
ATTACHMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Storage", "The file {name} is {size_mb} MB; attachments can be at most {limit_mb} MB.")
ATTACHMENT_UNREADABLE = QT_TRANSLATE_NOOP("Storage", "The file {name} cannot be read: {reason}")
UNREADABLE_RECORD = QT_TRANSLATE_NOOP(
    "Storage", "The {kind} {ref} holds a value that cannot be read ({field}: {reason}). "
    "Run \"jituan check\" to list such values, then correct or delete the record.")
DATA_FOLDER_GONE = QT_TRANSLATE_NOOP(
    "Storage", "The database cannot be reached ({reason}). Is the data folder still there?")


class StoreError(Refusal):
    """A refusal or failure of the store, carrying a message people can read."""

    context = CONTEXT
