"""同步: export and import of bundles, joining, member schools, history and conflicts."""

from .sync_page import SyncPage

__all__ = ["SyncPage"]
