"""Writing the demo records: metadata stamped here, rows written in chunks.

Everything goes through ``Repository.put_many``, whose row encoder is compiled once per
record type (``storage.codec.row_encoder``), so 100,000 observations cost no type
introspection per value.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterable

from ..domain.records import Record
from ..storage.repositories import repository
from ..storage.store import Store

CHUNK = 5000


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
            writer = writer or repository(store, type(chunk[0]))
            _stamp(chunk, installation, store.next_versions(len(chunk)))
            writer.put_many(chunk)
