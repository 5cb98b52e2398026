"""Lists, pages, counts and search, for the GUI's tables, exports and the command line."""

from __future__ import annotations

from ..domain.list_query import ListQuery
from ..domain.meetings import Meeting
from ..domain.plans import Plan
from ..domain.records import LessonObservation, MentorSession, Activity
from ..domain.submissions import Submission
from ..storage import listing, search as search_index
from ..storage.repositories import decoded_records
from ..storage.store import Store

LIST_NAMES = tuple(listing.LISTS)
SEARCH_TABLES = {"observation": LessonObservation, "mentor_session": MentorSession,
                 "activity": Activity, "plan": Plan, "meeting": Meeting,
                 "submission": Submission}


def page(store: Store, list_name: str, query: ListQuery | None = None, *, offset: int = 0,
         limit: int = 100) -> list[dict]:
    return listing.page(store, list_name, query or ListQuery(), offset=offset, limit=limit)


def count(store: Store, list_name: str, query: ListQuery | None = None) -> int:
    return listing.count(store, list_name, query or ListQuery())


def search(store: Store, table: str, text: str, *, limit: int = 100) -> list:
    """Records of ``table`` whose free text contains ``text`` (Chinese works), newest first."""
    rows = search_index.matching_rows(store, table, text, limit=limit)
    return decoded_records(SEARCH_TABLES[table], rows, table)


def index_search(store: Store, **kw) -> int:
    """Bring the search index up to date (resumable; see storage.search)."""
    return search_index.index_pending(store, **kw)


def pending_index(store: Store) -> int:
    return search_index.pending_count(store)
