"""Where things stand: this installation in its alliance, and every school as the lead sees it.

The top of the sync package: it reads what the use cases below leave behind (the history,
what waits to be sent, the laptops approved, the conflicts) for the 同步 page's header and
member schools, and for ``jituan status``. Nothing in ``sync/`` imports it.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.enums import Role
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.records import School
from ..services import setup_ops
from ..storage import lookups, sync_state
from ..storage.merge import conflicts as open_conflicts
from ..storage.repositories import repository
from ..storage.store import Store
from .exporting import pending_count
from .folders import export_folder
from .history import history
from .installation import opened_identity
from .membership import installation_info
from .results import (INSTALLATION_APPROVED, INSTALLATION_REVOKED, INSTALLATION_WAITING,
                      INVITED, JOINED, LEAD, NOT_INVITED, REVOKED, WAITING, InstallationInfo,
                      SchoolSyncState, SyncOverview)
from .standing import ROTATED, SEND_FULL, is_lead, is_member, join_state

# Shown on the 同步 page and by `jituan status` while SyncOverview.differs_from_lead.
DIFFERS_FROM_LEAD = QT_TRANSLATE_NOOP(
    "Sync", "The lead school holds other versions of this school's records than this laptop "
    "does (for example, its computer was restored from a backup). The next export sends all "
    "of this school's records again: export a bundle and give it to the lead school.")


def school_states(store: Store, *, today: date | None = None) -> list[SchoolSyncState]:
    """Every school of the alliance as the lead sees it (a member gets [])."""
    if not is_lead(store):
        return []
    today = today or store.clock.today()
    month = today.strftime("%Y-%m")
    names = lookups.names(store, "school")
    by_school: dict[str, list[InstallationInfo]] = {}
    for row in sync_state.installations(store):
        by_school.setdefault(row["school"], []).append(installation_info(row, names))
    invited = sync_state.invited_schools(store)
    received = sync_state.last_received(store)
    result = []
    for school in sorted(repository(store, School).where(),
                         key=lambda s: (s.role is not Role.LEAD, s.code, s.name)):
        laptops = tuple(by_school.get(school.uuid, ()))
        states = {i.state for i in laptops}
        if school.uuid == store.school_uuid:
            state = LEAD
        elif INSTALLATION_APPROVED in states:
            state = JOINED
        elif INSTALLATION_WAITING in states:
            state = WAITING
        elif INSTALLATION_REVOKED in states:
            state = REVOKED
        elif school.uuid in invited:
            state = INVITED
        else:
            state = NOT_INVITED
        at, records = received.get(school.uuid, (None, 0))
        result.append(SchoolSyncState(
            school=school.uuid, name=school.name, code=school.code, state=state,
            installations=laptops, last_received_at=at, last_received_records=records,
            reported_this_month=bool(at and _local_month(at) == month)))
    return result


def _local_month(stamp: str) -> str:
    """The month of a UTC stamp on this laptop's calendar ("reported this month")."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m")
    except ValueError:
        return stamp[:7]


def overview(store: Store, *, today: date | None = None) -> SyncOverview:
    """Where this installation stands: the 同步 page header and ``jituan status --json``."""
    me = setup_ops.identity(store)
    opened = opened_identity(store) if store.is_initialised else None
    sent = history(store, limit=1, direction="sent", kinds=("member", "lead"))
    received = history(store, limit=1, direction="received", kinds=("member", "lead"))
    return SyncOverview(
        role=me.role.value if me.role else None, state=join_state(store),
        installation=store.installation_id,
        fingerprint=opened.identity.fingerprint if opened else "",
        alliance=me.alliance.name if me.alliance else None,
        school=me.school.name if me.school else None,
        pending_records=pending_count(store) if store.is_initialised else 0,
        conflicts=len(open_conflicts(store)),
        last_export=sent[0] if sent else None, last_import=received[0] if received else None,
        rotated=store.meta(ROTATED), schools=tuple(school_states(store, today=today)),
        export_folder=export_folder(store),
        differs_from_lead=is_member(store) and store.meta(SEND_FULL) == "1")


__all__ = ["school_states", "overview", "DIFFERS_FROM_LEAD"]
