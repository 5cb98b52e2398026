"""The bundle file (docs/sync.md §4): a signed zip written atomically and read with suspicion.

What goes into a bundle is the export use case's business; this module is the container.
``write_bundle`` builds ``<name>.partial`` next to the target, fsyncs it, reads it back and
only then renames it, so a stick pulled mid-write never leaves a file an import would take.
``read_bundle`` checks everything a file from a stick or share could get wrong (a damaged or
hostile zip, sizes, names, the manifest, the signature, every entry's hash) before returning,
and unpacks what it checked into a private folder so the import reads exactly what was
verified, even if the file on the share changes meanwhile.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import os
import shutil
import tempfile
import weakref
import zipfile
from pathlib import Path
from typing import Callable, Iterator

from ..storage.work_folders import IMPORT_PREFIX, WorkFolder
from . import bundle_errors as msg
from .bundle_checks import (ATTACHMENT, CHUNK, MANIFEST, RECORDS, SIGNATURE, Checked, Limits,
                            entry_kind, is_unsafe_name, open_zip, verify)
from .bundle_errors import BundleError, megabytes
from .bundle_manifest import FORMAT, validate_manifest
from .file_names import EXTENSION

PARTIAL_SUFFIX = ".partial"
# Fixed zip timestamps: identical content gives identical bytes, and no wall clock leaks.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------------- writing

def write_bundle(folder: Path | str, name: str, manifest: dict,
                 entries: dict[str, bytes | Path], sign: Callable[[bytes], bytes], *,
                 limits: Limits = Limits()) -> Path:
    """Write a bundle ``folder/name`` atomically and return its path.

    ``manifest`` gets ``entries`` (sha256 and size of each) and ``counts`` (lines of each
    records file) filled in; the caller's dict is not changed. ``entries`` maps entry names
    (``records/<table>.jsonl``, ``attachments/<sha256>``, ``documents/<n>.json``) to bytes
    or to a file on disk, which is streamed. ``sign`` signs the exact manifest bytes.
    """
    folder = Path(folder)
    _check_entry_names(entries)
    final = folder / name
    partial = folder / (name + PARTIAL_SUFFIX)
    _check_sizes(final, entries, limits)
    try:
        manifest_bytes, signature = _write_zip(partial, manifest, entries, sign)
        _verify_written(partial, final, manifest_bytes, signature, limits)
        os.replace(partial, final)
        _fsync_folder(folder)
    except OSError as exc:
        _remove(partial)
        raise BundleError(msg.WRITE_FAILED, final, folder=str(folder),
                          reason=exc.strerror or str(exc)) from exc
    except BaseException:
        # A crash cannot clean up, but an exception can; either way no final name exists.
        _remove(partial)
        raise
    return final


def _check_entry_names(entries: dict) -> None:
    for entry in entries:
        if is_unsafe_name(entry) or entry_kind(entry) not in ("records", "attachment",
                                                              "document"):
            raise ValueError(f"not a bundle entry name: {entry!r}")


def _check_sizes(final: Path, entries: dict, limits: Limits) -> None:
    """Refuse before writing what the reader would refuse by size (ratio is known later)."""
    total = 0
    for entry, value in entries.items():
        size = len(value) if isinstance(value, (bytes, bytearray)) else _source_size(value)
        limit = limits.for_entry(entry_kind(entry))
        if size > limit:
            raise BundleError(msg.ENTRY_TOO_LARGE, final, entry=entry,
                              size_mb=megabytes(size), limit_mb=megabytes(limit))
        total += size
    if total > limits.total:
        raise BundleError(msg.TOTAL_TOO_LARGE, final, size_mb=megabytes(total),
                          limit_mb=megabytes(limits.total))


def _source_size(source: Path) -> int:
    try:
        return Path(source).stat().st_size
    except OSError as exc:
        # A file the export means to pack is gone (an attachment missing from the data folder).
        raise BundleError(msg.UNREADABLE, source, reason=exc.strerror or str(exc)) from exc


def _write_zip(partial: Path, manifest: dict, entries: dict,
               sign: Callable[[bytes], bytes]) -> tuple[bytes, bytes]:
    listed, counts = {}, {}
    # "wb" truncates a .partial an interrupted export left behind.
    with open(partial, "wb") as f:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zf:
            # Entries first, manifest last: each file is read once, hashing as it is packed.
            for entry in sorted(entries):
                listed[entry], lines = _write_entry(zf, entry, entries[entry])
                if entry_kind(entry) == "records":
                    counts[RECORDS.fullmatch(entry).group(1)] = lines
            full = {**manifest, "entries": listed, "counts": counts}
            _check_manifest_for_writing(partial, full)
            manifest_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True,
                                        separators=(",", ":")).encode("utf-8")
            signature = base64.b64encode(sign(manifest_bytes)) + b"\n"
            zf.writestr(_zip_info(MANIFEST), manifest_bytes)
            zf.writestr(_zip_info(SIGNATURE), signature)
        f.flush()
        os.fsync(f.fileno())
    return manifest_bytes, signature


def _zip_info(entry: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(entry, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _chunks(value: bytes | Path) -> Iterator[bytes]:
    if isinstance(value, (bytes, bytearray)):
        for start in range(0, len(value), CHUNK):
            yield bytes(value[start:start + CHUNK])
        return
    try:
        with open(value, "rb") as src:
            while chunk := src.read(CHUNK):
                yield chunk
    except OSError as exc:
        raise BundleError(msg.UNREADABLE, value, reason=exc.strerror or str(exc)) from exc


def _write_entry(zf: zipfile.ZipFile, entry: str, value: bytes | Path) -> tuple[dict, int]:
    digest, size, newlines, last = hashlib.sha256(), 0, 0, b"\n"
    with zf.open(_zip_info(entry), "w") as out:
        for chunk in _chunks(value):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
            newlines += chunk.count(b"\n")
            last = chunk[-1:]
    sha = digest.hexdigest()
    attachment = ATTACHMENT.fullmatch(entry)
    if attachment and attachment.group(1) != sha:
        raise ValueError(f"{entry} holds content whose sha256 is {sha}")
    return {"sha256": sha, "size": size}, newlines + (last != b"\n")


def _check_manifest_for_writing(partial: Path, manifest: dict) -> None:
    """A manifest the reader would refuse is the exporter's bug, not the user's problem."""
    try:
        validate_manifest(partial, manifest)
    except BundleError as exc:
        raise ValueError(f"manifest not valid for writing: {exc}") from exc


def _verify_written(partial: Path, final: Path, manifest_bytes: bytes, signature: bytes,
                    limits: Limits) -> None:
    try:
        with open_zip(partial) as zf:
            checked = verify(partial, zf, limits, None, None)
    except BundleError as exc:
        raise BundleError(msg.WRITE_CHECK_FAILED, final, folder=str(final.parent),
                          reason=exc.problem) from exc
    if checked.manifest_bytes != manifest_bytes or checked.signature != signature:
        raise BundleError(msg.WRITE_CHECK_FAILED, final, folder=str(final.parent),
                          reason="manifest or signature differs")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (not Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# ---------------------------------------------------------------------------------- reading

def bundle_files(folder: Path | str) -> list[Path]:
    """The importable bundles in ``folder``, by name: ``*.jtb``, never ``.partial`` files.

    Names starting with a dot are skipped too: macOS leaves ``._name.jtb`` companions on
    FAT sticks, which are not bundles.
    """
    folder = Path(folder)
    try:
        return sorted(p for p in folder.iterdir()
                      if p.name.lower().endswith(EXTENSION) and not p.name.startswith(".")
                      and p.is_file())
    except OSError as exc:
        raise BundleError(msg.FOLDER_UNREADABLE, folder, folder=str(folder),
                          reason=exc.strerror or str(exc)) from exc


def read_bundle(path: Path | str, trusted_key: Callable[[str], bytes | None], *,
                limits: Limits = Limits(), work_dir: Path | str | None = None,
                check_manifest: Callable[[dict], None] | None = None) -> "OpenBundle":
    """Verify the bundle at ``path`` completely and return it opened.

    ``trusted_key(installation_id)`` gives the raw 32-byte Ed25519 public key of an
    installation this one trusts, or None (the bundle is then refused). The checked content
    is unpacked under ``work_dir`` (the system's temporary folder by default; a folder on
    the data folder's drive lets the import move attachments instead of copying them) and
    removed by :meth:`OpenBundle.close`. ``check_manifest(manifest)``, called once the
    manifest is read and before the signature is checked, may refuse what this installation
    cannot take whoever signed it (another alliance, a newer schema) with its own message.
    Raises :class:`BundleError` (or what the callbacks raise) for every refusal; nothing is
    left behind then.
    """
    path = Path(path)
    if path.name.endswith(PARTIAL_SUFFIX):
        raise BundleError(msg.PARTIAL, path)
    try:
        if work_dir is not None:
            # Locked while it exists, and leftovers of killed imports there removed first
            # (storage/work_folders.py).
            work = WorkFolder(Path(work_dir), IMPORT_PREFIX)
            unpacked, remove = work.path, work.remove
        else:
            unpacked = Path(tempfile.mkdtemp(prefix=IMPORT_PREFIX))
            remove = functools.partial(shutil.rmtree, str(unpacked), True)
    except OSError as exc:
        raise BundleError(msg.UNPACK_FAILED, path, reason=exc.strerror or str(exc)) from exc
    try:
        with open_zip(path) as zf:
            checked = verify(path, zf, limits, trusted_key, unpacked, check_manifest)
        return OpenBundle(path, checked, unpacked, remove)
    except BaseException:
        remove()
        raise


class OpenBundle:
    """A verified bundle: its manifest, records, attachments and documents, read locally."""

    def __init__(self, path: Path, checked: Checked, unpacked: Path,
                 remove: Callable[[], None]):
        self.path = path
        self.manifest = checked.manifest
        self.manifest_bytes = checked.manifest_bytes
        # The manifest lists every other entry's hash, so its hash identifies the content:
        # a renamed or re-copied bundle has the same id ("already imported").
        self.content_id = hashlib.sha256(checked.manifest_bytes).hexdigest()
        self.documents = checked.documents
        self._unpacked = unpacked
        self._cleanup = weakref.finalize(self, remove)

    @property
    def tables(self) -> list[str]:
        return sorted(m.group(1) for e in self.manifest["entries"]
                      if (m := RECORDS.fullmatch(e)))

    @property
    def attachments(self) -> list[str]:
        return sorted(m.group(1) for e in self.manifest["entries"]
                      if (m := ATTACHMENT.fullmatch(e)))

    def records(self, table: str) -> Iterator[dict]:
        """Each record version of ``table`` in file order; a malformed line is a refusal.

        Lines are parsed here, once, rather than also while verifying: the file's hash is
        already checked against the signed manifest, and parsing 100,000 lines twice would
        cost most of the import's time budget. Import inside a transaction, so a refusal
        half-way leaves the database unchanged.
        """
        entry = f"records/{table}.jsonl"
        if entry not in self.manifest["entries"]:
            return
        with open(self._unpacked / entry, "rb") as lines:
            for number, line in enumerate(lines, 1):
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError):
                    record = None
                if not isinstance(record, dict):
                    raise BundleError(msg.MALFORMED_RECORD, self.path, line=number, entry=entry)
                yield record

    def attachment_path(self, sha256: str) -> Path:
        if sha256 not in self.attachments:
            raise KeyError(sha256)
        return self._unpacked / "attachments" / sha256

    def attachment_bytes(self, sha256: str) -> bytes:
        return self.attachment_path(sha256).read_bytes()

    def close(self) -> None:
        self._cleanup()

    def __enter__(self) -> "OpenBundle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["FORMAT", "MANIFEST", "SIGNATURE", "PARTIAL_SUFFIX", "Limits", "BundleError",
           "OpenBundle", "write_bundle", "read_bundle", "bundle_files", "entry_kind",
           "is_unsafe_name"]
