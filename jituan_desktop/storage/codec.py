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
from ..domain.messages import QT_TRANSLATE_NOOP

# Why a stored value cannot be read, by the kind of field (English source, "Integrity").
NOT_JSON_LIST = QT_TRANSLATE_NOOP("Integrity", "it is not a JSON list of the expected items")
NOT_JSON_OBJECT = QT_TRANSLATE_NOOP("Integrity", "it is not a JSON object of the expected values")
NOT_SCORES = QT_TRANSLATE_NOOP("Integrity", "it is not a JSON object of numbers, one per item")
NOT_A_DATE = QT_TRANSLATE_NOOP("Integrity", "it is not a date written as 2026-09-01")
NOT_A_CODE = QT_TRANSLATE_NOOP("Integrity", "it is not one of the values the app knows")
NOT_TEXT = QT_TRANSLATE_NOOP("Integrity", "it is not text")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Integrity", "it is not a number")
MISSING = QT_TRANSLATE_NOOP("Integrity", "a required value is missing")


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


class UndecodableValue(ValueError):
    """A stored value that does not fit its field (text where JSON is due, a list where a
    dict is, "not a date" ...): written by an older version, by hand or by damage.

    ``field`` names the field, ``value`` is what the column holds, ``reason`` is one of the
    texts above (translation context "Integrity"), ``detail`` the decoder's own words."""

    def __init__(self, field: str, value, reason: str, detail: str = ""):
        self.field, self.value, self.reason, self.detail = field, value, reason, detail
        super().__init__(f"{field}: {reason} ({detail})" if detail else f"{field}: {reason}")


def _json_of(value, shape: type):
    """The column's JSON, refused unless it parses to ``shape`` (list or dict)."""
    if not isinstance(value, str):
        raise ValueError("not JSON text")
    parsed = json.loads(value)
    if not isinstance(parsed, shape):
        raise ValueError(f"JSON {type(parsed).__name__} where a {shape.__name__} is due")
    return parsed


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _value_decoder(hint):
    """The function that turns a column value into the field's value, refusing (ValueError,
    TypeError) a value that does not fit the field; None: taken as it is."""
    origin = typing.get_origin(hint)
    if origin is list:
        item = _unwrap_optional(typing.get_args(hint)[0])
        if dataclasses.is_dataclass(item):  # process notes, participants, decisions
            make = _nested_decoder(item)
            return lambda value: [make(d) for d in _json_of(value, list)] if value else []
        if isinstance(item, type) and issubclass(item, Coded):
            return lambda value: [item(v) for v in _json_of(value, list)] if value else []
        if item is str:
            def texts(value):
                found = _json_of(value, list) if value else []
                if not all(isinstance(v, str) for v in found):
                    raise ValueError("a list item is not text")
                return found
            return texts
        return lambda value: _json_of(value, list) if value else []
    if origin is dict:
        numbers = typing.get_args(hint)[1:] == (float,)  # an observation's scores

        def mapping(value):
            found = _json_of(value, dict) if value else {}
            if numbers and not all(_is_number(v) for v in found.values()):
                raise ValueError("a score is not a number")
            return found
        return mapping
    if hint is date:
        return lambda value: None if value is None else date.fromisoformat(value)
    if hint is bool:
        return lambda value: None if value is None else bool(value)
    if isinstance(hint, type) and issubclass(hint, Coded):
        return lambda value: None if value is None else hint(value)
    if hint in (str, int, float):
        accepted = (int, float) if hint is float else hint

        def plain(value):
            if value is None or (isinstance(value, accepted) and not isinstance(value, bool)):
                return value
            raise ValueError(f"{type(value).__name__} where {hint.__name__} is due")
        return plain
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
        if not isinstance(d, dict):
            raise ValueError(f"a list item is {type(d).__name__}, not an object")
        return cls(**{k: make[k](v) if k in make and v is not None else v
                      for k, v in d.items() if k in hints})
    return decode


def _reason_for(hint) -> str:
    """What a value of a field of this type that cannot be read is not."""
    origin = typing.get_origin(hint)
    if origin is list:
        return NOT_JSON_LIST
    if origin is dict:
        return NOT_SCORES if typing.get_args(hint)[1:] == (float,) else NOT_JSON_OBJECT
    if hint is date:
        return NOT_A_DATE
    if isinstance(hint, type) and issubclass(hint, Coded):
        return NOT_A_CODE
    return NOT_TEXT if hint is str else NOT_A_NUMBER


@lru_cache(maxsize=None)
def _reasons(cls) -> dict[str, str]:
    return {name: _reason_for(hint) for name, hint in field_hints(cls).items()}


@lru_cache(maxsize=None)
def _field_decoders(cls) -> tuple:
    return tuple((name, _value_decoder(hint)) for name, hint in field_hints(cls).items())


def from_row(cls, row: dict):
    """The record a row holds; decoders are chosen once per class (lists page fast).

    Raises :class:`UndecodableValue` for the first field whose stored value does not fit
    (readers skip or report such a row; storage/integrity.py lists every one)."""
    values = {}
    for name, decode in _field_decoders(cls):
        if name not in row:
            continue
        value = row[name]
        if decode is not None:
            try:
                value = decode(value)
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                raise UndecodableValue(name, value, _reasons(cls)[name], _detail(exc)) from exc
        values[name] = value
    try:
        return cls(**values)
    except TypeError as exc:  # a required field the row lacks (a NULL where text is due)
        raise UndecodableValue("", None, MISSING, _detail(exc)) from exc


def row_problems(cls, row: dict) -> list[UndecodableValue]:
    """Every field of ``row`` whose stored value does not fit ``cls`` (empty: it decodes)."""
    found = []
    for name, decode in _field_decoders(cls):
        if decode is None or name not in row:
            continue
        try:
            decode(row[name])
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            found.append(UndecodableValue(name, row[name], _reasons(cls)[name], _detail(exc)))
    return found


def _detail(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return "not valid JSON"
    return str(exc) or type(exc).__name__


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


def json_sql(column: str, kind: str = "array") -> str:
    """SQL for ``column``'s JSON when it is valid JSON of ``kind`` (array or object), else
    an empty one: SQLite's JSON functions stop the whole query at the first malformed value,
    so one bad row would hide every list, count and report that reads the column."""
    empty = "'[]'" if kind == "array" else "'{}'"
    return (f"(CASE WHEN NOT json_valid({column}) THEN {empty} "
            f"WHEN json_type({column}) = '{kind}' THEN {column} ELSE {empty} END)")


def json_list(text, *, objects: bool = False) -> list:
    """A JSON list column read for display or counting: [] when it holds no JSON list (the
    integrity check reports such a value; a report still comes out). ``objects``: only its
    items that are objects (attachments, process notes)."""
    try:
        value = json.loads(text) if isinstance(text, str) and text else []
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, dict)] if objects else value
