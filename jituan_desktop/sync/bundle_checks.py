"""Checking a bundle file (docs/sync.md §4) before anything of it is used.

Everything a file from a stick or share can get wrong, cheapest and most telling first: the
zip's directory (entry count, names that could escape a folder, duplicates, encryption, sizes,
compression ratio) before a byte is unpacked; then the manifest's JSON and shape, the
signature over its exact bytes, that the zip holds exactly the listed entries; then every
entry's hash and size while it is streamed (and unpacked, when reading for an import).
zipfile never hands out more than an entry's declared size and checks its CRC, so limits on
declared sizes bound what unpacking can produce.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..domain.records import MAX_ATTACHMENT_BYTES
from . import bundle_errors as msg
from .bundle_errors import BundleError, megabytes
from .bundle_manifest import validate_manifest

MANIFEST = "manifest.json"
SIGNATURE = "signature"
MiB = 1024 * 1024
CHUNK = MiB
SIGNATURE_MAX = 1024

RECORDS = re.compile(r"records/([a-z][a-z0-9_]{0,63})\.jsonl")
ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")
DOCUMENT = re.compile(r"documents/([0-9]{1,9})\.json")
_DRIVE = re.compile(r"[A-Za-z]:")

# What a damaged or hostile zip makes zipfile/zlib raise besides OSError.
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError,
                 NotImplementedError, RuntimeError, struct.error, ValueError, OverflowError)


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold (docs/sync.md §4); a bundle beyond them is refused unread."""

    total: int = 2 * 1024 * MiB
    attachment: int = MAX_ATTACHMENT_BYTES
    records_file: int = 200 * MiB
    ratio: int = 100
    entries: int = 200_000
    manifest: int = 64 * MiB
    document: int = 1 * MiB

    def for_entry(self, kind: str) -> int:
        return {"records": self.records_file, "attachment": self.attachment,
                "document": self.document, "manifest": self.manifest,
                "signature": SIGNATURE_MAX}[kind]


def entry_kind(name: str) -> str | None:
    """Which part of a bundle an entry name is, or None for a name no bundle holds."""
    if name == MANIFEST:
        return "manifest"
    if name == SIGNATURE:
        return "signature"
    for kind, pattern in (("records", RECORDS), ("attachment", ATTACHMENT),
                          ("document", DOCUMENT)):
        if pattern.fullmatch(name):
            return kind
    return None


def is_unsafe_name(name: str) -> bool:
    """True for names that would escape the folder they are unpacked into, on any system."""
    # A trailing "/" marks a directory entry: not unsafe, just not something bundles hold.
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    return (name.startswith(("/", "\\")) or "\\" in name or ":" in name
            or _DRIVE.match(name) is not None
            or any(ord(c) < 32 or c == "\x7f" for c in name)
            or any(part in ("", ".", "..") for part in parts))


@dataclass
class Checked:
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    documents: list[dict]

@contextlib.contextmanager
def reading(path: Path, entry: str | None = None):
    """Turn what a damaged zip or an unreadable file raises into a refusal naming the file."""
    try:
        yield
    except OSError as exc:
        raise BundleError(msg.UNREADABLE, path, reason=exc.strerror or str(exc)) from exc
    except _ZIP_FAILURES as exc:
        if entry is None:
            raise BundleError(msg.NOT_A_ZIP, path) from exc
        raise BundleError(msg.DAMAGED, path, entry=entry) from exc


def open_zip(path: Path) -> zipfile.ZipFile:
    with reading(path):
        return zipfile.ZipFile(path)


def verify(path: Path, zf: zipfile.ZipFile, limits: Limits,
           trusted_key: Callable[[str], bytes | None] | None, unpacked: Path | None,
           check_manifest: Callable[[dict], None] | None = None) -> Checked:
    """Every check of docs/sync.md §4, cheapest and most telling first."""
    infos = _check_listing(path, zf.infolist(), limits)
    for required in (MANIFEST, SIGNATURE):
        if required not in infos:
            raise BundleError(msg.MISSING_ENTRY, path, entry=required)
    manifest_bytes = _read_whole(path, zf, infos[MANIFEST])
    manifest = _parse_manifest(path, manifest_bytes)
    signature = _read_whole(path, zf, infos[SIGNATURE])
    if check_manifest is not None:
        check_manifest(manifest)
    if trusted_key is not None:
        _check_signature(path, manifest, manifest_bytes, signature, trusted_key)
    _check_listed(path, manifest["entries"], infos)
    documents = _check_contents(path, zf, manifest, infos, unpacked)
    return Checked(manifest, manifest_bytes, signature, documents)


def _check_listing(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> dict:
    """Names, sizes and compression from the zip's directory, before unpacking a byte.

    zipfile never hands out more than an entry's declared size (and checks its CRC), so
    limits on declared sizes bound what unpacking can produce.
    """
    if len(infos) > limits.entries:
        raise BundleError(msg.TOO_MANY_ENTRIES, path, count=len(infos), limit=limits.entries)
    by_name, total = {}, 0
    for info in infos:
        name = info.orig_filename
        if is_unsafe_name(name):
            raise BundleError(msg.UNSAFE_PATH, path, entry=name)
        if name in by_name:
            raise BundleError(msg.DUPLICATE_ENTRY, path, entry=name)
        kind = entry_kind(name)
        if kind is None:
            raise BundleError(msg.UNEXPECTED_ENTRY, path, entry=name)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                              zipfile.ZIP_DEFLATED):
            raise BundleError(msg.UNSUPPORTED_ENTRY, path, entry=name)
        if info.file_size > limits.ratio * max(info.compress_size, 1):
            raise BundleError(msg.ZIP_BOMB, path, entry=name, ratio=limits.ratio)
        limit = limits.for_entry(kind)
        if info.file_size > limit:
            raise BundleError(msg.ENTRY_TOO_LARGE, path, entry=name,
                              size_mb=megabytes(info.file_size), limit_mb=megabytes(limit))
        total += info.file_size
        by_name[name] = info
    if total > limits.total:
        raise BundleError(msg.TOTAL_TOO_LARGE, path, size_mb=megabytes(total),
                          limit_mb=megabytes(limits.total))
    return by_name


def _read_whole(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with reading(path, info.orig_filename), zf.open(info) as src:
        data = src.read()
    if len(data) != info.file_size:
        raise BundleError(msg.DAMAGED, path, entry=info.orig_filename)
    return data


def _refuse_duplicate_keys(pairs: list) -> dict:
    # Two readers could pick different values of a repeated key; a signed text means one thing.
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _parse_manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"), object_pairs_hook=_refuse_duplicate_keys)
    except (ValueError, RecursionError) as exc:
        raise BundleError(msg.MANIFEST_NOT_JSON, path) from exc
    validate_manifest(path, manifest)
    return manifest


def _check_signature(path: Path, manifest: dict, manifest_bytes: bytes, signature: bytes,
                     trusted_key: Callable[[str], bytes | None]) -> None:
    signer = manifest["sender_installation"]
    key = trusted_key(signer)
    if key is None:
        raise BundleError(msg.UNKNOWN_SIGNER, path, installation=signer)
    try:
        raw = base64.b64decode(signature.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(bytes(key)).verify(raw, manifest_bytes)
    except (ValueError, InvalidSignature) as exc:
        raise BundleError(msg.BAD_SIGNATURE, path) from exc


def _check_listed(path: Path, listed: dict, infos: dict) -> None:
    present = set(infos) - {MANIFEST, SIGNATURE}
    for entry in sorted(listed):
        if entry not in present:
            raise BundleError(msg.MISSING_ENTRY, path, entry=entry)
        if listed[entry]["size"] != infos[entry].file_size:
            raise BundleError(msg.CONTENT_MISMATCH, path, entry=entry)
    for entry in sorted(present - set(listed)):
        raise BundleError(msg.NOT_LISTED, path, entry=entry)


def _check_contents(path: Path, zf: zipfile.ZipFile, manifest: dict, infos: dict,
                    unpacked: Path | None) -> list[dict]:
    """Hash every entry against the manifest, unpacking records and attachments as it goes."""
    lines, documents = {}, []
    for entry, expected in sorted(manifest["entries"].items()):
        kind = entry_kind(entry)
        target = None
        if unpacked is not None and kind in ("records", "attachment"):
            target = unpacked / entry
            target.parent.mkdir(exist_ok=True)
        data, sha, size, count = _stream_entry(path, zf, infos[entry], target,
                                               keep=kind == "document")
        name_hash = ATTACHMENT.fullmatch(entry)
        if (sha != expected["sha256"] or size != expected["size"]
                or (name_hash and name_hash.group(1) != sha)):
            raise BundleError(msg.CONTENT_MISMATCH, path, entry=entry)
        if kind == "records":
            lines[RECORDS.fullmatch(entry).group(1)] = count
        elif kind == "document":
            documents.append((int(DOCUMENT.fullmatch(entry).group(1)),
                              _parse_document(path, entry, data)))
    _check_counts(path, manifest["counts"], lines)
    return [document for _, document in sorted(documents, key=lambda d: d[0])]


def _stream_entry(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path | None,
                  keep: bool) -> tuple[bytes, str, int, int]:
    entry = info.orig_filename
    digest, size, newlines, last, kept = hashlib.sha256(), 0, 0, b"\n", []
    try:
        out = open(target, "wb") if target is not None else None
    except OSError as exc:
        raise BundleError(msg.UNPACK_FAILED, path, reason=exc.strerror or str(exc)) from exc
    try:
        with reading(path, entry), zf.open(info) as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                newlines += chunk.count(b"\n")
                last = chunk[-1:]
                if keep:
                    kept.append(chunk)
                if out is not None:
                    _unpack_write(path, out, chunk)
    finally:
        if out is not None:
            out.close()
    return b"".join(kept), digest.hexdigest(), size, newlines + (last != b"\n")


def _unpack_write(path: Path, out, chunk: bytes) -> None:
    try:
        out.write(chunk)
    except OSError as exc:
        # The local disk is full, not the bundle unreadable: say which.
        raise BundleError(msg.UNPACK_FAILED, path, reason=exc.strerror or str(exc)) from exc


def _parse_document(path: Path, entry: str, data: bytes) -> dict:
    try:
        document = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        document = None
    if not isinstance(document, dict):
        raise BundleError(msg.MALFORMED_DOCUMENT, path, entry=entry)
    return document


def _check_counts(path: Path, counts: dict, lines: dict) -> None:
    for table in sorted(set(counts) | set(lines)):
        found, listed = lines.get(table, 0), counts.get(table, 0)
        if found != listed:
            raise BundleError(msg.COUNT_MISMATCH, path, table=table, found=found, listed=listed)
