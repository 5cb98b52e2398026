"""A member keeps a copy of the newest lead bundle it imported, in its data folder.

When the lead's laptop is restored from a backup, the records the lead wrote after that backup
survive only at the members, in the lead's own signed bundles. A member that notices the
lead's succession hands its copy back with its next export: the restored lead accepts a lead
bundle signed by its own former key (sync/importing.py), and so gets its records back.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..storage.store import Store

FOLDER = "sync"
KEPT = "last_lead_bundle.jtb"
TO_RETURN = "lead_bundle_to_return.jtb"
KEPT_NAME = "sync_last_lead_bundle_name"      # meta: the kept copy's original file name
RETURN_NAME = "sync_lead_bundle_to_return_name"


def _folder(store: Store) -> Path:
    return store.data_dir / FOLDER


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    os.replace(partial, target)


def keep(store: Store, bundle: Path) -> None:
    """Keep a copy of the lead bundle just imported (call after its import committed)."""
    try:
        _copy(bundle, _folder(store) / KEPT)
    except OSError:
        return  # a copy for a rare recovery: never a reason to fail an import
    with store.transaction():
        store.set_meta(KEPT_NAME, bundle.name)


def mark_for_return(store: Store) -> None:
    """The lead became a new installation: set the kept copy aside to send back to it."""
    kept = _folder(store) / KEPT
    if kept.exists():
        os.replace(kept, _folder(store) / TO_RETURN)
        store.set_meta(RETURN_NAME, store.meta(KEPT_NAME) or "lead_bundle.jtb")


def hand_back(store: Store, folder: Path) -> Path | None:
    """Put the copy to return next to this school's export (once); returns where."""
    source = _folder(store) / TO_RETURN
    if not source.exists():
        return None
    target = folder / (store.meta(RETURN_NAME) or "lead_bundle.jtb")
    if not target.exists():
        _copy(source, target)
    source.unlink()
    return target
