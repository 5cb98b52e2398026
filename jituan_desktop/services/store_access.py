"""The open database as the layers above the services see it: its type and its failures.

The GUI holds a store and hands it to use cases on its worker thread, but never imports
storage (tests/test_layers.py): it names the store's type through here, and asks here what a
failed job means to a person. Opening a store is the composition root's job (app.py).
"""

from __future__ import annotations

from ..domain.messages import Refusal
from ..storage import errors
from ..storage.errors import DatabaseError, StoreError
from ..storage.store import Store

__all__ = ["Store", "as_refusal", "waiting_for_lock"]


def as_refusal(error: BaseException) -> Refusal | None:
    """``error`` as a refusal people can read, or None when it is none (a bug, say).

    The database failing under a job comes up from SQLite or the file system: the data folder
    went away (a USB stick pulled, permissions changed).
    """
    if isinstance(error, Refusal):
        return error
    if isinstance(error, (DatabaseError, OSError)):
        # A read-only or full disk, a busy database: said as such; anything else as gone.
        return errors.failure_refusal(error) or StoreError(errors.DATA_FOLDER_GONE,
                                                           reason=str(error))
    return None


def waiting_for_lock(path) -> Refusal:
    """The notice while a job waits for another program to release the database ``path``
    (``Store.on_lock_wait``): rendered like a refusal, in the reader's language."""
    return StoreError(errors.WAITING_FOR_LOCK, path=str(path))
