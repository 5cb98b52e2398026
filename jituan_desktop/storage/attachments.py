"""Attachments kept by content: each file once, named by its SHA-256, under the data folder.

Photos of handwritten pages, sign-in sheets, lesson plans. A file is copied to a temporary
name, checked, then renamed into place, so a crash never leaves a half file under a hash.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path

from ..domain.records import MAX_ATTACHMENT_BYTES, Attachment
from . import errors
from .errors import StoreError
from .store import Store

CHUNK = 1024 * 1024


def blob_path(store: Store, sha256: str) -> Path:
    return store.attachments_dir / sha256[:2] / sha256


def add_file(store: Store, source: Path | str, *, limit: int = MAX_ATTACHMENT_BYTES) -> Attachment:
    """Copy ``source`` into the store (once per content) and return its reference."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > limit:
            raise StoreError(errors.ATTACHMENT_TOO_LARGE, name=source.name,
                             size_mb=f"{size / 1048576:.1f}", limit_mb=limit // 1048576)
        store.attachments_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=store.attachments_dir, prefix=".incoming-")
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            target = blob_path(store, sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        raise StoreError(errors.ATTACHMENT_UNREADABLE, name=source.name,
                         reason=exc.strerror or str(exc)) from exc
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    store.execute("INSERT OR IGNORE INTO attachment_blob (sha256, size, media_type, stored_at) "
                  "VALUES (?, ?, ?, ?)", [sha, size, media_type, store.clock.utc_iso()])
    return Attachment(sha256=sha, name=source.name, media_type=media_type, size=size)


def verify_blob(store: Store, sha256: str) -> bool:
    path = blob_path(store, sha256)
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == sha256


# The first bytes of the kinds of file schools attach, for files that arrive named by hash.
SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
              (b"GIF8", "image/gif"), (b"%PDF-", "application/pdf"),
              (b"PK\x03\x04", "application/zip"))


def sniff_media_type(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(16)
    for signature, media_type in SIGNATURES:
        if head.startswith(signature):
            return media_type
    return "application/octet-stream"


def adopt_blob(store: Store, source: Path, sha256: str, media_type: str | None = None) -> bool:
    """Keep a file received in a bundle (already checked against its SHA-256) under its
    hash; False when it was already here. Copied to a temporary name, then renamed."""
    target = blob_path(store, sha256)
    if target.is_file():
        # Its row too: an import killed between placing the file and its commit leaves the
        # file without one (placed by rename, the file itself is whole).
        _register(store, sha256, target, media_type)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    _register(store, sha256, target, media_type)
    return True


def _register(store: Store, sha256: str, target: Path, media_type: str | None) -> None:
    store.execute("INSERT OR IGNORE INTO attachment_blob (sha256, size, media_type, stored_at) "
                  "VALUES (?, ?, ?, ?)", [sha256, target.stat().st_size,
                                          media_type or sniff_media_type(target), store.clock.utc_iso()])


def discard_blobs(store: Store, sha256s: list[str]) -> None:
    """Remove files an import put in place before its transaction was refused."""
    for sha in sha256s:
        try:
            blob_path(store, sha).unlink()
        except OSError:
            pass
