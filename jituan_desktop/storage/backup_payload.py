"""What an encrypted backup holds once decrypted: a ZIP of the database snapshot and the
attachment files its records name (docs/backups.md §2).

    jituan.sqlite3                 the snapshot (deflated)
    attachments/<ab>/<sha256>      each attachment file listed in attachment_blob that is in
                                   the data folder (stored: photos and PDFs are compressed)

A restore puts back only the attachment files the data folder lacks, each checked against
its SHA-256 (the name) and written under a temporary name first; files already there are the
same content by construction and are left alone. A file missing from the backup (it was
missing from the data folder when the backup was made) stays missing: the record still opens
and names the missing file.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

ZIP_MAGIC = b"PK\x03\x04"
DATABASE_ENTRY = "jituan.sqlite3"
ATTACHMENT_ENTRY = re.compile(r"^attachments/([0-9a-f]{2})/([0-9a-f]{64})$")
CHUNK = 1 << 20


def attachment_names(snapshot: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{snapshot.as_posix()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT sha256 FROM attachment_blob ORDER BY sha256")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def pack(snapshot: Path, attachments_dir: Path, target: Path) -> int:
    """The ZIP of ``snapshot`` and its attachment files; returns how many files went in."""
    placed = 0
    with zipfile.ZipFile(target, "w", allowZip64=True) as zf:
        zf.write(snapshot, DATABASE_ENTRY, compress_type=zipfile.ZIP_DEFLATED)
        for sha in attachment_names(snapshot):
            if not re.fullmatch(r"[0-9a-f]{64}", sha):
                continue
            path = attachments_dir / sha[:2] / sha
            if path.is_file():
                zf.write(path, f"attachments/{sha[:2]}/{sha}", compress_type=zipfile.ZIP_STORED)
                placed += 1
    return placed


def is_packed(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(ZIP_MAGIC)) == ZIP_MAGIC


def unpack_database(payload: Path, target: Path) -> None:
    """The snapshot out of ``payload``; raises ValueError or zipfile.BadZipFile when there
    is none."""
    with zipfile.ZipFile(payload) as zf:
        with zf.open(DATABASE_ENTRY) as src, open(target, "wb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)


def restore_attachments(payload: Path, attachments_dir: Path) -> int:
    """Put the attachment files of ``payload`` that ``attachments_dir`` lacks in place;
    returns how many. A file whose content does not match its name is skipped."""
    added = 0
    with zipfile.ZipFile(payload) as zf:
        for info in zf.infolist():
            match = ATTACHMENT_ENTRY.match(info.filename)
            if not match or match[2][:2] != match[1]:
                continue
            target = attachments_dir / match[1] / match[2]
            if target.is_file():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                digest = hashlib.sha256()
                with zf.open(info) as src, os.fdopen(fd, "wb") as out:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != match[2]:
                    os.unlink(tmp)
                    continue
                os.replace(tmp, target)
                added += 1
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
    return added


__all__ = ["pack", "is_packed", "unpack_database", "restore_attachments"]
