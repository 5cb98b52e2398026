"""Writing the demo records: metadata stamped here, rows written in chunks.

Everything goes through ``Repository.put_many``. Observations and mentor sessions, which
number in the tens of thousands, use :class:`FastRowsRepository`: the same repository and
statement with a lean copy of ``storage.codec.to_row`` that skips the codec's per-value type
introspection and ``dataclasses.asdict`` (about 30 µs a row instead of 110 µs on a two-core
laptop, some 8 s less for the large demo). Tests check that both encoders give identical rows.
"""

from __future__ import annotations

import json
import typing
from datetime import date
from itertools import islice
from operator import attrgetter
from typing import Iterable

from ..domain.enums import Coded
from ..domain.records import Record
from ..storage.codec import field_hints
from ..storage.repositories import Repository, computed_columns, repository
from ..storage.store import Store

CHUNK = 5000


def _json_default(value):
    """What ``codec._encode_json`` makes of values ``json`` cannot write by itself.

    Nested records are dataclasses of text and codes; codes are ``str`` subclasses holding
    their code, so ``json`` already writes them as ``codec`` does.
    """
    if hasattr(value, "__dataclass_fields__"):
        return value.__dict__
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a demo record")


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                          default=_json_default).encode


def _json(value) -> str:
    if not value:
        return "[]" if isinstance(value, list) else "{}"
    if isinstance(value, list) and hasattr(value[0], "__dataclass_fields__"):
        value = [item.__dict__ for item in value]  # spares json a callback per item
    return _dumps(value)


def _converter(hint):
    """How ``codec.encode_value`` turns a non-null value of this field into a column value."""
    if typing.get_origin(hint) in (list, dict):
        return _json
    if isinstance(hint, type) and issubclass(hint, Coded):
        return attrgetter("value")
    if hint is date:
        return date.isoformat
    if hint is bool:
        return int
    return None


class FastRowsRepository(Repository):
    """A repository whose rows are built without the codec; same columns, same values."""

    def __init__(self, store: Store, cls: type[Record]):
        super().__init__(store, cls)
        hints = field_hints(cls)
        self._values = attrgetter(*hints)
        self._converters = [_converter(hint) for hint in hints.values()]
        self._extra = self._all_columns[len(hints):]

    def _row_values(self, record: Record) -> list:
        values = [v if c is None or v is None else c(v)
                  for c, v in zip(self._converters, self._values(record))]
        if self._extra:
            computed = computed_columns(record)
            values.extend(computed[c] for c in self._extra)
        return values


def _stamp(records: list[Record], installation: str, first: int) -> None:
    for i, record in enumerate(records):
        record.origin_installation = installation
        record.version = first + i


def write_records(store: Store, fixed: list[Record], bulk: list[Iterable[Record]]) -> None:
    """Write ``fixed`` (parents first, grouped by type), then each bulk stream in order."""
    installation = store.installation_id
    groups: dict[type, list[Record]] = {}
    for record in fixed:
        groups.setdefault(type(record), []).append(record)
    for cls, records in groups.items():
        _stamp(records, installation, store.next_versions(len(records)))
        repository(store, cls).put_many(records)
    for records in bulk:
        writer, it = None, iter(records)
        while chunk := list(islice(it, CHUNK)):
            writer = writer or FastRowsRepository(store, type(chunk[0]))
            _stamp(chunk, installation, store.next_versions(len(chunk)))
            writer.put_many(chunk)
