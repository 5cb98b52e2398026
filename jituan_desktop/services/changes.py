"""What a use case changed, so callers refresh only that (as Anki's operations do).

Kinds are record class names ("LessonObservation", "Teacher" ...). A use case that may touch
a great many records (a sync import of 100,000) names the uuids of each kind only up to
``UUID_LIMIT`` per bucket; beyond that the kind is in ``many``: it changed, and a page that
shows it reloads it whole instead of looking for the records named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BUCKETS = ("created", "updated", "deleted")
UUID_LIMIT = 1000  # uuids named per kind and bucket: enough for a page, bounded for an import


@dataclass
class Changes:
    created: dict[str, list[str]] = field(default_factory=dict)
    updated: dict[str, list[str]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    many: set[str] = field(default_factory=set)  # kinds with more changes than named

    def add(self, bucket: str, kind: str, uuid: str) -> "Changes":
        return self.add_all(bucket, kind, [uuid])

    def add_all(self, bucket: str, kind: str, uuids: list[str]) -> "Changes":
        """Name each of ``uuids`` (a record written twice by one use case once), up to the
        limit; past it the kind is ``many``."""
        listed = getattr(self, bucket).setdefault(kind, [])
        seen = set(listed)
        for uuid in uuids:
            if uuid in seen:
                continue
            if len(listed) >= UUID_LIMIT:
                self.many.add(kind)
                break
            listed.append(uuid)
            seen.add(uuid)
        return self

    def add_many(self, bucket: str, kind: str) -> "Changes":
        """Records of ``kind`` changed, too many or too costly to name."""
        getattr(self, bucket).setdefault(kind, [])
        self.many.add(kind)
        return self

    def merge(self, other: "Changes") -> "Changes":
        for bucket in BUCKETS:
            for kind, uuids in getattr(other, bucket).items():
                self.add_all(bucket, kind, uuids)
        self.many |= other.many
        return self

    @property
    def kinds(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def __bool__(self) -> bool:
        return bool(self.kinds)
