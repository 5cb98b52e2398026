"""What the 同步 page lists: the bundles sent and received, and the conflicts to review,
resolved by keeping a version or set aside."""

from __future__ import annotations

from ..domain.messages import problem_from_data
from ..storage import lookups, merge, sync_state
from ..storage.store import Store
from ..services.changes import Changes
from .results import RECORD_KINDS, ConflictEntry, HistoryEntry

# The field that says what a record is, per kind, for the conflicts list.
TITLE_FIELDS = {"alliance": "name", "school": "name", "teacher": "name", "semester": "start",
                "rubric_template": "name", "pairing": "subject", "activity": "title",
                "observation": "topic", "mentor_session": "topic", "quota_rule": "name",
                "plan": "title", "meeting": "title", "submission": "title"}


def history(store: Store, *, limit: int = 500, direction: str | None = None,
            kinds: tuple[str, ...] | None = None) -> list[HistoryEntry]:
    """Every bundle and joining document sent and received, newest first."""
    names = lookups.names(store, "school")
    return [HistoryEntry(
        at=row["at"], direction=row["direction"], file=row["file"], kind=row["kind"],
        school=row["school"], school_name=names.get(row["school"] or "", ""),
        installation=row["installation"], records=row["records"], status=row["status"],
        reason=problem_from_data(row["reason"]) if row["reason"] else None)
        for row in sync_state.history(store, limit, direction, kinds)]


def conflict_entries(store: Store, *, include_resolved: bool = False) -> list[ConflictEntry]:
    mine = store.school_uuid
    return [ConflictEntry(
        id=c["id"], table=c["tbl"], kind_label=merge.KINDS[c["tbl"]], uuid=c["uuid"],
        version=c["version"], origin=c["origin"],
        title=str(c["row"].get(TITLE_FIELDS[c["tbl"]]) or c["uuid"]), row=c["row"],
        detected_at=c["detected_at"], resolved=bool(c["resolved"]),
        can_resolve=c["row"].get("owner_school") == mine)
        for c in merge.conflicts(store, include_resolved=include_resolved)]


def keep_version(store: Store, table: str, uuid: str, version: int, origin: str) -> Changes:
    """Resolve a conflict of this school's record by keeping one of its versions; returns
    what changed (the record, updated, or deleted when the version kept is a deletion)."""
    changes, kind = Changes(), RECORD_KINDS[table]
    merge.resolve_conflict(store, table, uuid, (version, origin),
                           written=lambda bucket, uuids: changes.add_all(bucket, kind, uuids))
    return changes


def set_aside(store: Store, conflict_id: int) -> None:
    """Mark a kept version as seen (another school's record, which only it can resolve)."""
    merge.set_conflict_resolved(store, conflict_id)


__all__ = ["history", "conflict_entries", "keep_version", "set_aside"]
