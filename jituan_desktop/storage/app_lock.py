"""One desktop app per data folder: a lock file held for the app's whole life (issue 14).

Two windows on one data folder overwrote each other's edits unseen. The desktop app therefore
takes ``<data>/jituan-app.lock`` before it opens the database and holds it, locked with the
operating system's lock (``flock`` / ``msvcrt.locking``, the same as the work folders of
storage/work_folders.py), until it exits. The system lets go of the lock when the process
ends, however it ends, so a lock that can be taken belongs to nobody: a lock file left by a
killed app or by a laptop the USB stick was pulled from is simply taken over.

Beside it, ``jituan-app.json`` says who holds the lock: the computer's name, its machine token
(sync/laptop.py; compared, since two laptops may share a name), the process id and when it
started. It is a separate file because Windows' locks also stop other processes from reading
the locked bytes. A second app that finds the lock held reads it to tell "already open on this
computer" (bring that window forward) from "open on another computer" (a folder on a network
share, whose server relays the lock between computers).

The ``jituan`` command line takes no such lock: it works beside the app through the store's own
transactions, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ..domain.messages import QT_TRANSLATE_NOOP, Text
from .errors import StoreError
from .work_folders import _try_lock, _unlock

LOCK_FILE = "jituan-app.lock"
HOLDER_FILE = "jituan-app.json"
HOST_NAME_ENV = "JITUAN_HOST_NAME"  # stands in for the computer's name (tests)

OPEN_HERE = QT_TRANSLATE_NOOP(
    "Storage", "This data folder is already open in Jituan Desktop on this computer "
    "(program {pid}, since {since}), but that window did not answer. Close it, or wait until "
    "it has finished starting, then try again.")
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Storage", "This data folder is open in Jituan Desktop on another computer, {host} "
    "(since {since}). A data folder can be open on only one computer at a time: two "
    "computers writing one database over a network share can damage it. Close the app on "
    "{host} first, then open the folder here. To work on both computers, give each its own "
    "data folder and exchange records on the Sync page.")
UNKNOWN = QT_TRANSLATE_NOOP("Storage", "unknown")


def host_name() -> str:
    """This computer's name as people know it (shown to the other computer)."""
    return os.environ.get(HOST_NAME_ENV) or socket.gethostname() or ""


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder: written by the app that took the lock."""

    host: str = ""
    machine: str | None = None  # the machine token of sync/laptop.py, when known
    pid: int | None = None
    started: str = ""  # UTC, ISO 8601

    def same_computer(self, host: str, machine: str | None) -> bool:
        if self.machine and machine:
            return self.machine == machine
        return bool(self.host) and self.host == host


class FolderInUse(StoreError):
    """The data folder is held by another running app; ``holder`` says which, if known."""

    def __init__(self, holder: Holder, *, here: bool):
        self.holder, self.here = holder, here
        since = _moment(holder.started) or Text("Storage", UNKNOWN)
        if here:
            super().__init__(OPEN_HERE, pid=holder.pid or "?", since=since)
        else:
            super().__init__(OPEN_ELSEWHERE, host=holder.host or Text("Storage", UNKNOWN),
                             since=since)


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class AppLock:
    """The data folder's lock, held until :meth:`release` or the process's end."""

    def __init__(self, folder: Path, fd: int, holder: Holder):
        self.folder, self._fd, self.holder = folder, fd, holder

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            (self.folder / HOLDER_FILE).unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def read_holder(folder: Path) -> Holder:
    """What ``jituan-app.json`` says (empty when missing or unreadable)."""
    try:
        data = json.loads((Path(folder) / HOLDER_FILE).read_text(encoding="utf-8"))
        return Holder(host=str(data.get("host") or ""), machine=data.get("machine") or None,
                      pid=int(data["pid"]) if data.get("pid") else None,
                      started=str(data.get("started") or ""))
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()


def acquire(folder: Path | str, *, host: str, machine: str | None, pid: int,
            started: str) -> AppLock | None:
    """Take the data folder for this app, or raise :class:`FolderInUse` when another app
    holds it. None when no lock file can be made there at all (a read-only folder): opening
    the store then says what is wrong with the folder."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_FILE, os.O_CREAT | os.O_RDWR, 0o600)
    except OSError:
        return None
    if not _try_lock(fd):
        os.close(fd)
        holder = read_holder(folder)
        raise FolderInUse(holder, here=holder.same_computer(host, machine))
    holder = Holder(host=host, machine=machine, pid=pid, started=started)
    temporary = folder / (HOLDER_FILE + ".tmp")
    with contextlib.suppress(OSError):  # best effort: the lock itself is what counts
        temporary.write_text(json.dumps(asdict(holder), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, folder / HOLDER_FILE)
    return AppLock(folder, fd, holder)


__all__ = ["AppLock", "Holder", "FolderInUse", "acquire", "read_holder", "host_name",
           "LOCK_FILE", "HOLDER_FILE", "HOST_NAME_ENV"]
