"""The shape of a bundle's ``manifest.json`` (docs/sync.md §4), checked field by field.

The import use case reads covers, acks and summaries straight from the manifest, so a
manifest that parses but has the wrong shape must be refused here, with the field named,
rather than fail later with a KeyError half-way through an import. Unknown extra fields
are allowed: a later app of the same format may add some.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from . import bundle_errors as msg
from .bundle_errors import BundleError
from .file_names import KINDS

FORMAT = "jituan-bundle/1"
_FORMAT_VERSION = re.compile(r"jituan-bundle/([0-9]+)")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _is_count(value) -> bool:
    return type(value) is int and value >= 0  # bool is an int subclass; not a count


def _is_uuid(value) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _is_str_dict(value, check_value) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and check_value(v) for k, v in value.items())


def _is_range(value) -> bool:
    return (isinstance(value, list) and len(value) == 2 and all(map(_is_count, value))
            and value[0] <= value[1])


def _is_summary(value) -> bool:
    return (isinstance(value, dict) and _is_count(value.get("records"))
            and isinstance(value.get("digest"), str))


def _is_entry(value) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("sha256"), str)
            and _SHA256.fullmatch(value["sha256"]) is not None and _is_count(value.get("size")))


FIELDS = {
    "app_version": lambda v: isinstance(v, str) and 0 < len(v) <= 100,
    "schema": lambda v: isinstance(v, list) and all(isinstance(n, str) for n in v),
    "kind": lambda v: v in KINDS,
    "alliance": _is_uuid,
    "sender_school": _is_uuid,
    "sender_installation": _is_uuid,
    "covers": lambda v: _is_str_dict(v, _is_range),
    "acks": lambda v: _is_str_dict(v, lambda per_school: _is_str_dict(per_school, _is_count)),
    "summaries": lambda v: _is_str_dict(v, _is_summary),
    "entries": lambda v: _is_str_dict(v, _is_entry),
    "counts": lambda v: _is_str_dict(v, _is_count),
}


def validate_manifest(path: Path, manifest) -> None:
    """Raise :class:`BundleError` naming the first field that is missing or wrong."""
    if not isinstance(manifest, dict):
        raise BundleError(msg.MANIFEST_NOT_JSON, path)
    fmt = manifest.get("format")
    if fmt != FORMAT:
        # The format first: a newer format may have other fields, and deserves "please update".
        newer = isinstance(fmt, str) and _FORMAT_VERSION.fullmatch(fmt)
        if newer and int(newer.group(1)) > 1:
            raise BundleError(msg.NEWER_FORMAT, path, format=fmt)
        raise BundleError(msg.NOT_A_BUNDLE, path, format=str(fmt)[:40])
    for field, check in FIELDS.items():
        if field not in manifest or not check(manifest[field]):
            raise BundleError(msg.MANIFEST_INVALID, path, field=field)
