"""Attaching files (photos of handwritten pages, sign-in sheets, lesson plans) to records."""

from __future__ import annotations

from pathlib import Path

from ..domain.records import Attachment
from ..storage import attachments
from ..storage.store import Store


def attach_file(store: Store, path: Path | str) -> Attachment:
    """Keep a copy of the file in the data folder (once per content) and return the
    reference to put in a record's ``attachments``; too large or unreadable files are
    refused with a message and nothing is kept."""
    with store.transaction():
        return attachments.add_file(store, path)


def attachment_path(store: Store, attachment: Attachment) -> Path:
    """Where the kept copy is, for showing or opening it."""
    return attachments.blob_path(store, attachment.sha256)
