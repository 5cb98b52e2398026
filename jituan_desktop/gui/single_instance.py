"""A second launch on the same data folder brings the first window forward (issue 14).

The first app holds the data folder's lock (storage/app_lock.py) and listens on a local
socket (a named pipe on Windows, a socket file on Linux) named from the resolved folder and
the user. A second app that finds the lock held on this computer connects, says ``raise``,
waits for ``ok`` and exits: the user sees the window they already had, with whatever it holds
unsaved, instead of a second window over the same records.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
ANSWER = b"ok\n"
CONNECT_MS = 2000
ANSWER_MS = 3000
# The first app may be between taking the lock and listening (opening, or upgrading, a large
# database): a few tries, a moment apart.
TRIES = 8
RETRY_MS = 500


def server_name(folder: Path | str) -> str:
    """The local socket's name for one data folder and one user (at most ~100 characters:
    the socket file's path has a length limit on Unix)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, a service)
        user = ""
    resolved = str(Path(folder).resolve())
    digest = hashlib.sha256(f"{user}\n{resolved}".encode("utf-8")).hexdigest()[:24]
    return f"jituan-desktop-{digest}"


class InstanceServer(QObject):
    """Listens for second launches on the data folder; each asks to bring the window up."""

    raise_requested = Signal()

    def __init__(self, folder: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(folder)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.UserAccessOption)
        self.server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start listening; a socket file left by a killed app is removed first (this app
        holds the folder's lock, so no running app can own the name)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        if bytes(connection.readLine().data()) == RAISE:
            connection.write(ANSWER)
            connection.flush()
            self.raise_requested.emit()
        connection.disconnectFromServer()


def bring_forward(window) -> None:
    """Show ``window`` (the main window, or the wizard) on top and give it the keyboard."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def ask_first_to_raise(folder: Path | str) -> bool:
    """Ask the app already running on ``folder`` to bring its window forward; True once it
    has answered."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        # Windows lets a background process take the foreground only when the foreground
        # process (this one, just started by the user) allows it.
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    name = server_name(folder)
    for _ in range(TRIES):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(CONNECT_MS):
            # Not listening (yet): the first app is still opening the database.
            socket.abort()
            QThread.msleep(RETRY_MS)
            continue
        socket.write(RAISE)
        socket.flush()
        answered = False
        while socket.waitForReadyRead(ANSWER_MS):
            if socket.canReadLine():
                answered = bytes(socket.readLine().data()) == ANSWER
                break
        socket.abort()
        return answered
    return False


__all__ = ["InstanceServer", "server_name", "bring_forward", "ask_first_to_raise"]
