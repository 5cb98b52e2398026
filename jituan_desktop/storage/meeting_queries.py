"""Meetings read by what their decisions say (decisions are stored inline, as JSON)."""

from __future__ import annotations

from ..domain.meetings import DecisionState, Meeting
from .repositories import repository
from .codec import json_sql
from .store import Store


def with_open_decisions(store: Store) -> list[Meeting]:
    """Live meetings with at least one decision still to be carried out, oldest first: only
    those are decoded, however many years of minutes the alliance keeps."""
    return repository(store, Meeting).where(
        f"EXISTS (SELECT 1 FROM json_each({json_sql('meeting.decisions')}) "
        "WHERE type = 'object' AND json_extract(value, '$.state') = ?)", [DecisionState.OPEN.value],
        order="meeting_date, id")


__all__ = ["with_open_decisions"]
