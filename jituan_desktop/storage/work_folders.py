"""Temporary work folders inside the data folder, and the removal of those a killed process left.

An import unpacks the bundle it checked into ``<data>/.import/jituan-bundle-XXXXXXXX`` (on the
data folder's drive, so attachments are moved rather than copied); an export writes its records
files into ``<data>/.export-XXXXXXXX`` before packing them. Both are removed when the use case
ends, but a process killed meanwhile (a closed lid, a power cut, the task manager) cannot, and
each leftover may hold hundreds of MB (issue 13).

Which leftovers are safe to remove, with two programs on one data folder (the app and a
``jituan`` command, or two windows)? Each work folder has a lock file beside it,
``<name>.lock``, created and locked (``flock`` / ``msvcrt.locking``) *before* the folder is
made and held open for the folder's whole life. The operating system drops the lock when the
process ends, however it ends. So a folder whose lock can be taken belongs to no running
process and is removed; a folder whose lock is held is in use and left alone. A matching folder
without a lock file was made by an app from before this rule (or by the removal itself, cut
short) and is removed too. Only exact names are touched: the prefix and eight characters of
``[a-z0-9_]`` (``tempfile``'s and ours), nothing a user put there.

Leftovers are removed when a store is opened (the app's and every command's start) and before
each new work folder is made (the next import or export). Removal is best effort: a folder that
cannot be removed (read-only data folder, a file open on Windows) stays for the next time and
never stops the use case.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Iterator

from .errors import failure_refusal

IMPORT_PARENT = ".import"
IMPORT_PREFIX = "jituan-bundle-"
EXPORT_PREFIX = ".export-"
LOCK_SUFFIX = ".lock"
_RANDOM = r"[a-z0-9_]{8}"

if os.name == "nt":  # pragma: no cover - the Windows build
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks belong to the open file, not the process: a second open of the same
        # lock file in this very process (the app's other thread) is refused too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


class WorkFolder:
    """A fresh folder under ``parent``, locked for as long as it exists."""

    def __init__(self, parent: Path, prefix: str):
        parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(parent, prefix)
        while True:
            name = prefix + secrets.token_hex(4)
            lock = parent / (name + LOCK_SUFFIX)
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
            except FileExistsError:
                continue
            try:
                if not _try_lock(fd) or not _same_file(fd, lock):
                    # Between creating and locking it, another process's cleaning took the
                    # lock file for a leftover's and removed it: start again with a new name.
                    os.close(fd)
                    continue
                os.mkdir(parent / name, 0o700)
            except BaseException:
                os.close(fd)
                with contextlib.suppress(OSError):
                    lock.unlink()
                raise
            break
        self.path = parent / name
        self._lock_path = lock
        self._fd: int | None = fd

    def remove(self) -> None:
        """Remove the folder, then let go of its lock and remove the lock file (idempotent)."""
        if self._fd is None:
            return
        shutil.rmtree(self.path, ignore_errors=True)
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        # Closed before unlinking: Windows cannot remove a file that is open.
        with contextlib.suppress(OSError):
            self._lock_path.unlink()

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc) -> None:
        self.remove()


def _same_file(fd: int, path: Path) -> bool:
    try:
        held, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def remove_leftovers(parent: Path, prefix: str) -> list[Path]:
    """Remove the work folders named ``prefix`` + 8 characters in ``parent`` that no running
    process holds (see the module's docstring); returns those removed."""
    pattern = re.compile(re.escape(prefix) + _RANDOM)
    try:
        names = {entry.name.removesuffix(LOCK_SUFFIX) for entry in os.scandir(parent)}
    except OSError:
        return []
    removed = []
    for name in sorted(n for n in names if pattern.fullmatch(n)):
        folder, lock = parent / name, parent / (name + LOCK_SUFFIX)
        try:
            fd = os.open(lock, os.O_RDWR)
        except FileNotFoundError:
            fd = None  # an older app's folder, or a removal cut short: nobody holds it
        except OSError:
            continue  # cannot tell (a read-only folder, say): leave it
        if fd is not None and not _try_lock(fd):
            os.close(fd)
            continue  # in use by a running import or export
        was_folder = folder.is_dir() and not folder.is_symlink()
        try:
            if was_folder:
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            if fd is not None:
                _unlock(fd)
                os.close(fd)
        if os.path.lexists(folder):
            continue  # not removed (or not a folder of ours): the lock file stays with it
        with contextlib.suppress(OSError):
            lock.unlink()
        if was_folder:
            removed.append(folder)
    return removed


def remove_data_folder_leftovers(data_dir: Path) -> list[Path]:
    """Every leftover work folder of imports and exports in the data folder ``data_dir``."""
    return (remove_leftovers(data_dir / IMPORT_PARENT, IMPORT_PREFIX)
            + remove_leftovers(data_dir, EXPORT_PREFIX))


@contextlib.contextmanager
def said_work_folder(data_dir: Path, prefix: str) -> Iterator[Path]:
    """A locked work folder ``<prefix>XXXXXXXX`` in ``data_dir``, removed at the end. The
    data folder found read-only or full (making the folder, writing into it) comes out as
    the :class:`StoreError` that says so and names the folder, not as a bare ``OSError``."""
    try:
        with WorkFolder(data_dir, prefix) as path:
            yield path
    except OSError as exc:
        refusal = failure_refusal(exc, data_dir)
        if refusal is None:
            raise
        raise refusal from exc


def export_work_folder(data_dir: Path) -> contextlib.AbstractContextManager[Path]:
    """An export's work folder in ``data_dir`` (see :func:`said_work_folder`)."""
    return said_work_folder(data_dir, EXPORT_PREFIX)


__all__ = ["WorkFolder", "remove_leftovers", "remove_data_folder_leftovers",
           "export_work_folder", "IMPORT_PARENT", "IMPORT_PREFIX",
           "EXPORT_PREFIX"]
