"""Where this installation stands in its alliance: the facts every sync use case reads.

The bottom of the sync state (docs/sync.md §6): whether the data folder is set up, its role,
a member's join state, the lead it trusts (from its invitation), the acknowledgements the
lead last sent it and whether to send everything again. These live in the store's ``meta``
table and are read and written here by name. The laptop's key and identity are
``installation.py``, one step up; the use cases (joining, exporting, importing) sit above
both and the overview on top.
"""

from __future__ import annotations

import json

from ..domain.enums import Role
from ..domain.records import Alliance
from ..storage import errors
from ..storage.errors import StoreError
from ..storage.repositories import repository
from ..storage.store import Store
from . import messages as msg
from .identity import b64decode
from .messages import SyncError
from .results import LEAD, NOT_JOINED

JOIN_STATE = "sync_join_state"          # meta at a member: waiting / joined / revoked
LEAD_INSTALLATION = "sync_lead_installation"  # meta at a member: the lead it trusts ...
LEAD_KEY = "sync_lead_key"                    # ... and that lead's public key (base64)
ROTATED = "sync_rotated"                # meta: why this laptop last became a new installation
ACKS = "sync_acks"                      # meta at a member: {installation: through} from the lead
ACKS_FROM = "sync_acks_from"            # meta: [lead installation, lead counter] of those acks
SEND_FULL = "sync_send_full"            # meta: the lead's summary of this school differs


def role(store: Store) -> str | None:
    return store.meta("role")


def is_lead(store: Store) -> bool:
    return role(store) == Role.LEAD.value


def is_member(store: Store) -> bool:
    return role(store) == Role.MEMBER.value


def require_initialised(store: Store) -> None:
    if not store.is_initialised:
        raise StoreError(errors.NOT_INITIALISED)


def require_lead(store: Store) -> None:
    require_initialised(store)
    if not is_lead(store):
        raise SyncError(msg.NOT_LEAD)


def join_state(store: Store) -> str:
    """LEAD at the lead; at a member NOT_JOINED, WAITING, JOINED or REVOKED."""
    if is_lead(store):
        return LEAD
    return store.meta(JOIN_STATE) or NOT_JOINED


def alliance(store: Store) -> Alliance | None:
    uuid = store.meta("alliance")
    return repository(store, Alliance).get(uuid) if uuid else None


def invited_lead(store: Store) -> tuple[str | None, bytes | None]:
    """The lead installation a member trusts (from its invitation, or the lead's successor
    it followed since), and its key."""
    key = store.meta(LEAD_KEY)
    return store.meta(LEAD_INSTALLATION), (b64decode(key) if key else None)


def trust_lead(store: Store, installation: str, key_b64: str) -> None:
    """Trust this lead installation from now on (call inside the caller's transaction)."""
    store.set_meta(LEAD_INSTALLATION, installation)
    store.set_meta(LEAD_KEY, key_b64)


def stored_acks(store: Store) -> dict[str, int]:
    """What the newest lead bundle acknowledged of this school, per installation."""
    return {k: int(v) for k, v in json.loads(store.meta(ACKS, "{}")).items()}


def own_origins(store: Store) -> list[str]:
    """This laptop's installation id and the ids it had before (a copied or restored
    database), whose records are still this school's to send."""
    return [store.installation_id] + [i for i in store.former_installations
                                      if i != store.installation_id]


__all__ = ["JOIN_STATE", "LEAD_INSTALLATION", "LEAD_KEY", "ROTATED", "ACKS", "ACKS_FROM",
           "SEND_FULL", "role", "is_lead", "is_member", "require_initialised", "require_lead",
           "join_state", "alliance", "invited_lead", "trust_lead", "stored_acks",
           "own_origins"]
