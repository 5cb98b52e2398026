"""Bundle file names (docs/sync.md §4) that every stick and share can hold.

A bundle travels on FAT32/exFAT USB sticks and NTFS or Samba shares, so its name uses only
ASCII letters, digits, ``-`` and ``_``, stays within 120 characters and can never be one of
Windows' reserved device names. The name is informative only (an import identifies a bundle
by its content), so sanitising a code loses nothing but readability.
"""

from __future__ import annotations

import hashlib
import re

EXTENSION = ".jtb"
KINDS = ("member", "lead", "invitation", "join")
MAX_LENGTH = 120
# Leaves room for the other fields; a longer code is cut (the name is only a hint).
MAX_CODE_LENGTH = 32

_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9-]+")
_PORTABLE = re.compile(r"[A-Za-z0-9_.-]+")
# Device names Windows refuses as a file name, with or without an extension.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?",
                       re.IGNORECASE)


def sanitise_code(code: str) -> str:
    """An alliance or school code as a name field: ASCII letters, digits and ``-`` only.

    ``_`` separates the fields of the name, so it becomes ``-`` too. A code with nothing
    ASCII in it (say ``一小``) becomes ``x`` plus a short hash of it, so two such schools
    still get different names.
    """
    cleaned = _NOT_ALLOWED.sub("-", code).strip("-")
    if not cleaned:
        cleaned = "x" + hashlib.sha256(code.encode("utf-8")).hexdigest()[:6]
    return cleaned[:MAX_CODE_LENGTH].strip("-") or "x"


def bundle_file_name(alliance_code: str, school_code: str, kind: str, installation_id: str,
                     counter_from: int, counter_to: int) -> str:
    """``jituan_<alliance>_<school>_<kind>_<installation, first 8>_<from>-<to>.jtb``."""
    if kind not in KINDS:
        raise ValueError(f"unknown bundle kind {kind!r}")
    if counter_from < 0 or counter_to < counter_from:
        raise ValueError(f"bad counter range {counter_from}-{counter_to}")
    installation = sanitise_code(installation_id.replace("_", "-"))[:8]
    alliance, school = sanitise_code(alliance_code), sanitise_code(school_code)
    tail = f"_{kind}_{installation}_{counter_from}-{counter_to}{EXTENSION}"
    budget = MAX_LENGTH - len("jituan_") - len("_") - len(tail)
    if budget < 2:
        raise ValueError(f"counters too long for a file name: {counter_from}-{counter_to}")
    # Trim the longer code first, so a long alliance code does not swallow the school's.
    while len(alliance) + len(school) > budget:
        if len(alliance) >= len(school):
            alliance = alliance[:-1].rstrip("-") or "x"
        else:
            school = school[:-1].rstrip("-") or "x"
    name = f"jituan_{alliance}_{school}{tail}"
    assert is_portable_file_name(name), name
    return name


def document_file_name(alliance_code: str, school_code: str, kind: str,
                       installation_id: str) -> str:
    """``jituan_<alliance>_<school>_<kind>_<installation, first 8>.json``: an invitation or a
    join request, named like a bundle so people see whose it is."""
    name = bundle_file_name(alliance_code, school_code, kind, installation_id, 0, 0)
    return name[: -len(EXTENSION)].rsplit("_", 1)[0] + ".json"


def is_portable_file_name(name: str) -> bool:
    """True when ``name`` is a valid file name on FAT32, exFAT and NTFS alike (and POSIX)."""
    return (0 < len(name) <= MAX_LENGTH
            and _PORTABLE.fullmatch(name) is not None
            and name not in (".", "..")
            and not name.endswith((".", " "))
            and _RESERVED.fullmatch(name) is None)
