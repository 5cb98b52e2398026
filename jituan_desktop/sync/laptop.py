"""Which laptop a data folder runs on, and what has left this laptop (docs/sync.md §1).

Two facts kept *outside* the database, so that copying or restoring a whole data folder
(database and ``installation.json`` together) cannot carry them along:

- the **machine token**: SHA-256 of the operating system's id of this computer
  (``/etc/machine-id`` on Linux, ``MachineGuid`` on Windows). ``installation.json`` keeps the
  token of the laptop it was made on; a folder opened on another laptop was copied there.
- the **register**: one small file per laptop, outside every data folder, holding per
  installation id and data folder the highest counter that left in a bundle
  (``sent_through``). A data folder restored from an older copy says less than the register:
  its next versions would reuse numbers the other schools have already seen. (Keyed by the
  folder too, so an older copy opened in *another* folder of the same laptop, which is how
  tests and IT staff keep reference copies, is told apart from the folder itself; a copy
  that signs there is caught by the lead's acknowledgements and content check instead.)

Both are best effort by design: a computer whose id cannot be read binds no token (a token
that changed on every start, like a network card's address picked at random, would make the
laptop a new installation every time), and a register that cannot be written costs only the
restore check, never an export. ``JITUAN_MACHINE_ID`` stands in for the machine id (tests
simulate a second laptop with it); ``JITUAN_REGISTER_DIR`` moves the register (the app and
the command line point it at the user's state folder, tests at a temporary one).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

MACHINE_ID_ENV = "JITUAN_MACHINE_ID"
REGISTER_DIR_ENV = "JITUAN_REGISTER_DIR"
REGISTER_FILE = "installations.json"
REGISTER_FORMAT = "jituan-register/1"
_LINUX_IDS = ("/etc/machine-id", "/var/lib/dbus/machine-id")


def machine_id() -> str | None:
    """The operating system's id of this computer, or None when it has none we trust."""
    override = os.environ.get(MACHINE_ID_ENV)
    if override:
        return override
    if sys.platform == "win32":
        return _windows_machine_guid()
    for name in _LINUX_IDS:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = Path(name).read_text(encoding="ascii").strip()
            if text:
                return text
    return None


def _windows_machine_guid() -> str | None:
    try:
        import winreg  # Windows only (a standard module there)

        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0,
                             winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0))
        with key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
        return str(value) or None
    except OSError:
        return None


def machine_token() -> str | None:
    """What ``installation.json`` keeps of this computer: a hash, not the id itself."""
    found = machine_id()
    if found is None:
        return None
    return hashlib.sha256(f"jituan-machine/1\n{found}".encode("utf-8")).hexdigest()


# -- the register ----------------------------------------------------------------------------

_register_dir: Path | None = None


def use_register_dir(folder: Path | str | None) -> None:
    """Where this process keeps the register (the app and the command line call this once
    with ``paths.register_dir()``); ``JITUAN_REGISTER_DIR`` wins, as it does there."""
    global _register_dir
    _register_dir = Path(folder) if folder is not None else None


def register_file() -> Path | None:
    override = os.environ.get(REGISTER_DIR_ENV)
    if override:
        return Path(override) / REGISTER_FILE
    return _register_dir / REGISTER_FILE if _register_dir is not None else None


def _read() -> dict[str, dict]:
    path = register_file()
    if path is None:
        return {}
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or damaged: it only ever adds checks, so start again
    if not isinstance(content, dict) or content.get("format") != REGISTER_FORMAT or \
            not isinstance(content.get("installations"), dict):
        return {}
    return {k: v for k, v in content["installations"].items() if isinstance(v, dict)}


def _key(installation_id: str, folder: Path | str) -> str:
    try:
        where = str(Path(folder).resolve())
    except OSError:
        where = str(Path(folder).absolute())
    return f"{installation_id} {where}"


def sent_through(installation_id: str, folder: Path | str) -> int:
    """The highest counter of ``installation_id`` that left data folder ``folder`` of this
    laptop (0: none known)."""
    value = _read().get(_key(installation_id, folder), {}).get("sent_through", 0)
    return value if type(value) is int and value >= 0 else 0


def record_sent(installation_id: str, folder: Path | str, counter: int) -> None:
    """Raise the register's ``sent_through`` of ``installation_id`` in ``folder`` (never
    lower it)."""
    path = register_file()
    if path is None or counter <= sent_through(installation_id, folder):
        return
    installations = _read()
    installations[_key(installation_id, folder)] = {"sent_through": counter}
    data = json.dumps({"format": REGISTER_FORMAT, "installations": installations},
                      indent=1, sort_keys=True) + "\n"
    # Best effort (see the module's docstring): the key file keeps the same fact for the
    # folder itself, so a register that cannot be written never stops an export.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


__all__ = ["machine_id", "machine_token", "use_register_dir", "register_file", "sent_through",
           "record_sent", "MACHINE_ID_ENV", "REGISTER_DIR_ENV"]
