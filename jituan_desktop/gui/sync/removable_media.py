"""Folders worth offering for an export: USB sticks and other mounted media.

On Linux, desktops mount them under /media/$USER or /run/media/$USER; on Windows they are
the drive letters of type "removable". Qt's QStorageInfo lists the mounted volumes but not
their type, so Windows asks the system for it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo

DRIVE_REMOVABLE = 2  # GetDriveTypeW


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known (a service account): no media
        return ""


def _is_removable_drive(root: str) -> bool:
    import ctypes  # Windows only
    return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE


def removable_folders() -> list[str]:
    """The mount points of removable media now present, sorted."""
    found: set[str] = set()
    user = _user()
    media_roots = [Path("/media") / user, Path("/run/media") / user] if user else []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if _is_removable_drive(root):
                found.add(os.path.normpath(root))
        elif any(Path(root).parent == base or Path(root) == base for base in media_roots):
            found.add(root)
    # Mounted but not (yet) seen by Qt, e.g. a folder the desktop made for the stick.
    for base in media_roots:
        if base.is_dir():
            try:
                found.update(str(p) for p in base.iterdir() if p.is_dir() and os.access(p, os.W_OK))
            except OSError:
                pass
    return sorted(found)
