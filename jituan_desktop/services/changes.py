"""What a use case changed, so callers refresh only that (as Anki's operations do)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    created: dict[str, list[str]] = field(default_factory=dict)
    updated: dict[str, list[str]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)

    def add(self, bucket: str, kind: str, uuid: str) -> "Changes":
        getattr(self, bucket).setdefault(kind, []).append(uuid)
        return self

    def merge(self, other: "Changes") -> "Changes":
        for bucket in ("created", "updated", "deleted"):
            for kind, uuids in getattr(other, bucket).items():
                getattr(self, bucket).setdefault(kind, []).extend(uuids)
        return self

    @property
    def kinds(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def __bool__(self) -> bool:
        return bool(self.kinds)
