"""Turning records into table rows and back, driven by the dataclasses' type hints.

Dates are ISO strings, enums their codes, booleans 0/1, lists and dicts JSON (nested
dataclasses such as process notes become JSON objects). Encoders and decoders are chosen
once per record type from the hints, so bulk writes and list pages pay no introspection per
value. ``record_to_dict`` gives the JSON-ready form the sync bundles will carry.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import lru_cache
from operator import attrgetter

from ..domain.enums import Coded


def _unwrap_optional(hint):
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


@lru_cache(maxsize=None)
def field_hints(cls) -> dict[str, object]:
    hints = typing.get_type_hints(cls)
    return {f.name: _unwrap_optional(hints[f.name]) for f in dataclasses.fields(cls)}


def _encode_json(value):
    if dataclasses.is_dataclass(value):
        return {k: _encode_json(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, Coded):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_encode_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode_json(v) for k, v in value.items()}
    return value


def _json_default(value):
    """What ``json`` cannot write by itself: nested records and dates (codes are ``str``)."""
    if dataclasses.is_dataclass(value):
        return value.__dict__
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                          default=_json_default).encode


def _column_converter(hint):
    """The function that turns a non-null field value into its column value (None: as is)."""
    if typing.get_origin(hint) in (list, dict):
        return _dumps
    if isinstance(hint, type) and issubclass(hint, Coded):
        return attrgetter("value")
    if hint is date:
        return date.isoformat
    if hint is bool:
        return int
    return None


@lru_cache(maxsize=None)
def row_encoder(cls):
    """A fast ``record -> [column values in field order]`` for bulk writes.

    Converters are chosen once per class from the type hints, so writing 100,000 records
    does not inspect types per value.
    """
    hints = field_hints(cls)
    values = attrgetter(*hints)
    converters = [_column_converter(hint) for hint in hints.values()]

    def encode(record) -> list:
        return [v if c is None or v is None else c(v) for c, v in zip(converters, values(record))]
    return encode


def to_row(record) -> dict:
    """The record as a row dict (column -> value), through the compiled encoder."""
    cls = type(record)
    return dict(zip(field_hints(cls), row_encoder(cls)(record)))


def _value_decoder(hint):
    """The function that turns a column value into the field's value (None: as is)."""
    origin = typing.get_origin(hint)
    if origin in (list, dict):
        item = _unwrap_optional(typing.get_args(hint)[0]) if origin is list else None
        if item is not None and dataclasses.is_dataclass(item):  # process notes, participants
            make = _nested_decoder(item)
            return lambda value: [make(d) for d in json.loads(value)] if value else []
        if item is not None and isinstance(item, type) and issubclass(item, Coded):
            return lambda value: [item(v) for v in json.loads(value)] if value else []
        empty = list if origin is list else dict
        return lambda value: json.loads(value) if value else empty()
    if hint is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    if hint is bool:
        return lambda value: None if value is None else bool(value)
    if isinstance(hint, type) and issubclass(hint, Coded):
        return lambda value: None if value is None else hint(value)
    return None


@lru_cache(maxsize=None)
def _nested_decoder(cls):
    """dict -> nested record (a process note, a meeting's decision), codes made enums and
    ISO texts dates again."""
    hints = field_hints(cls)
    typed = {name: hint for name, hint in hints.items()
             if hint is date or (isinstance(hint, type) and issubclass(hint, Coded))}
    make = {name: (date.fromisoformat if hint is date else hint) for name, hint in typed.items()}

    def decode(d: dict):
        return cls(**{k: make[k](v) if k in make and v is not None else v
                      for k, v in d.items() if k in hints})
    return decode


@lru_cache(maxsize=None)
def _field_decoders(cls) -> tuple:
    return tuple((name, _value_decoder(hint)) for name, hint in field_hints(cls).items())


def from_row(cls, row: dict):
    """The record a row holds; decoders are chosen once per class (lists page fast)."""
    return cls(**{name: row[name] if decode is None else decode(row[name])
                  for name, decode in _field_decoders(cls) if name in row})


def undecodable_field(cls, row: dict) -> str | None:
    """The first field of ``row`` that :func:`from_row` cannot read (a date that is not a
    date, JSON that is not JSON, a list of objects that are not the record's), or whose
    decoded value is not the list or object the field holds; None when every field reads.
    For naming the field of a received version that is refused."""
    hints = field_hints(cls)
    for name, decode in _field_decoders(cls):
        if decode is None or row.get(name) is None:
            continue
        try:
            value = decode(row[name])
        except (ValueError, TypeError, AttributeError, KeyError):
            return name
        shape = typing.get_origin(hints[name])
        if shape in (list, dict) and not isinstance(value, shape):
            return name
    return None


def record_to_dict(record) -> dict:
    """A JSON-ready dict of a record (for bundles and exports)."""
    return {name: _encode_json(getattr(record, name)) for name in field_hints(type(record))}
