"""The folders sync writes to: a USB stick or a share the user chose, and the one remembered.

A folder is checked before anything is written to it, and a write that fails says which
file and which folder, in the user's language; nothing of the database depends on it.
"""

from __future__ import annotations

from pathlib import Path

from ..storage.store import Store
from . import documents as docs
from . import messages as msg
from .messages import SyncError

EXPORT_FOLDER = "sync_export_folder"    # meta: the folder last exported to


def require_folder(folder: Path | str) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(msg.NOT_A_FOLDER, folder=str(folder))
    return folder


def write_document_into(folder: Path | str, name: str, doc: dict) -> Path:
    """Write a signed joining document (an invitation, a join request) as ``folder/name``."""
    folder = require_folder(folder)
    try:
        return docs.write_document(folder, name, doc)
    except OSError as exc:
        raise SyncError(msg.WRITE_FAILED, file=name, folder=str(folder),
                        reason=exc.strerror or str(exc)) from exc


def set_export_folder(store: Store, folder: Path | str) -> None:
    with store.transaction():
        store.set_meta(EXPORT_FOLDER, str(folder))


def export_folder(store: Store) -> str | None:
    return store.meta(EXPORT_FOLDER)


__all__ = ["require_folder", "write_document_into", "set_export_folder", "export_folder"]
