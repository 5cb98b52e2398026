"""Meetings read by what their decisions say (decisions are stored inline, as JSON)."""

from __future__ import annotations

from ..domain.meetings import DecisionState, Meeting
from .repositories import repository
from .store import Store


def with_open_decisions(store: Store) -> list[Meeting]:
    """Live meetings with at least one decision still to be carried out, oldest first: only
    those are decoded, however many years of minutes the alliance keeps."""
    return repository(store, Meeting).where(
        "EXISTS (SELECT 1 FROM json_each(meeting.decisions) "
        "WHERE json_extract(value, '$.state') = ?)", [DecisionState.OPEN.value],
        order="meeting_date, id")


__all__ = ["with_open_decisions"]
