"""What ``jituan status`` reports: who this installation is and what it holds."""

from __future__ import annotations

from ..storage import lookups
from ..storage.counts import COUNTED_TABLES, counts_by_owner
from ..storage.store import Store
from .setup_ops import identity


def status(store: Store) -> dict:
    """The shape scripts rely on: school, role, alliance, counts per owner school name."""
    me = identity(store)
    names = lookups.names(store, "school")
    counts = {}
    by_owner = counts_by_owner(store)
    # The lead school first, then the members in the order of their codes.
    for school in sorted(lookups.schools(store), key=lambda s: (s.role.value != "lead", s.code)):
        counts[school.name] = by_owner.get(school.uuid, {k: 0 for k in COUNTED_TABLES})
    for owner, numbers in by_owner.items():
        if owner not in names:  # records whose school has not arrived yet
            counts[owner] = numbers
    return {
        "school": me.school.name if me.school else None,
        "school_code": me.school.code if me.school else None,
        "role": me.role.value if me.role else None,
        "alliance": me.alliance.name if me.alliance else None,
        "installation": me.installation_id,
        "schema": store.schema_version(),
        "data_dir": str(store.data_dir),
        "counts": counts,
    }
