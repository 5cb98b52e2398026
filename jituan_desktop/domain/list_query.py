"""What the user asked a list to show: a plain description, shared by every layer.

The GUI builds one from its filter bar, the command line from its options, a report from what
it prints; the services pass it on and ``storage.listing`` turns it into SQL. It holds no SQL
itself, so the layers above storage name it without importing storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ListQuery:
    """What the user asked to see: equality filters, a date range, and a search text."""

    filters: dict[str, str] = field(default_factory=dict)
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    school: str | None = None  # records that concern this school (storage.listing says which)
    include_deleted: bool = False
    # Whether the text is a common word (see storage.search.is_common), found out by the
    # first page and kept, so scrolling on does not ask the index again for every page.
    common_text: bool | None = field(default=None, compare=False)
