"""A lead laptop restored from a backup, and how its alliance follows it (docs/sync.md §6).

When only the lead's database goes back in time, its key file is intact. What happens, in
the order it happens:

1. Opening the restored database makes it a new installation (``installation.py``). Before
   the old key is replaced it signs a *succession certificate* for the new one
   (:func:`certify_successor`: a certificate whose body says ``successor_of``; a member
   laptop's certificate never does, so no member can pose as the lead), and the old key is
   remembered as a former self of this laptop (:func:`remember_former_self`).
2. Every lead bundle carries the chain of those certificates (:func:`successions`, the
   manifest field ``succession``).
3. A member that trusts another lead key than the bundle's signer follows the chain from the
   key it trusts to the signer (:func:`follow_succession`) and trusts the new installation
   from then on (:func:`follow_restored_lead`), keeping the former keys
   (:func:`trusted_lead_keys`) so that the lead's older bundles still verify.
4. What the lead wrote after its backup survives only at the members, in its own signed
   bundles. A member keeps a copy of the newest lead bundle it imported
   (:func:`keep_lead_bundle`, in ``data folder/sync/``); when it follows a succession it
   sets that copy aside, and hands it back next to every export (:func:`hand_back`) until
   a bundle of the new lead shows that it holds every version of the lead school this
   member holds (:func:`settle_hand_back`): a stick lost on the way must not lose them. A
   bundle of the former lead that arrives late, newer than the copy set aside, replaces it.
5. The restored lead accepts a lead bundle signed by one of its own former keys
   (:func:`former_selves`), and so gets those records back. Its acknowledgements are lower
   than before, so the members send again what it lost of theirs.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

from ..domain.messages import Refusal
from ..storage.merge import summary
from ..storage.store import Store
from . import documents as docs
from .identity import Identity, b64decode, b64encode
from .standing import LEAD_KEY, invited_lead, trust_lead

# meta at the lead: the certificates by which each former key of this laptop vouched for the next
SUCCESSIONS = "sync_successions"
FORMER_KEYS = "sync_former_keys"        # meta at the lead: {installation: key} of its past ids
FORMER_LEAD_KEYS = "sync_former_lead_keys"  # meta at a member: {installation: key} of the lead's
MAX_SUCCESSION = 50                     # steps followed at most (a manifest is not trusted yet)

# A member's copy of the newest lead bundle it imported (step 4).
FOLDER = "sync"
KEPT = "last_lead_bundle.jtb"
TO_RETURN = "lead_bundle_to_return.jtb"
KEPT_NAME = "sync_last_lead_bundle_name"      # meta: the kept copy's original file name
RETURN_NAME = "sync_lead_bundle_to_return_name"
RETURN_FROM = "sync_lead_bundle_to_return_from"  # meta: [its signer, its sender_counter]


# -- the restored lead (steps 1, 2 and 5) ----------------------------------------------------

def certify_successor(old: Identity, *, school: str, installation: str, public_key: bytes,
                      issued_at: int) -> dict:
    """The old key's certificate for this laptop's new installation."""
    return docs.make_certificate(school=school, installation=installation,
                                 public_key=public_key, issued_at=issued_at, lead=old,
                                 successor_of=old.installation_id)


def remember_former_self(store: Store, old: Identity, certificate: dict | None) -> None:
    """Keep the old key (and its succession certificate, if it signed one); call inside the
    transaction that rotates the installation."""
    if certificate is not None:
        store.set_meta(SUCCESSIONS, json.dumps(successions(store) + [certificate],
                                               ensure_ascii=False))
    keys = json.loads(store.meta(FORMER_KEYS, "{}"))
    keys[old.installation_id] = old.public_key_b64
    store.set_meta(FORMER_KEYS, json.dumps(keys))


def successions(store: Store) -> list[dict]:
    """The chain a lead bundle carries, oldest first (empty for a laptop never restored)."""
    return json.loads(store.meta(SUCCESSIONS, "[]"))


def former_selves(store: Store) -> dict[str, bytes]:
    """installation -> public key this laptop signed with before it was rotated."""
    return {i: b64decode(k) for i, k in json.loads(store.meta(FORMER_KEYS, "{}")).items()}


# -- a member following it (steps 3 and 4) ---------------------------------------------------

def follow_succession(manifest: dict, installation: str, key: bytes) -> dict[str, bytes]:
    """The lead laptop's later installation, if the manifest's succession certificates lead
    from the one this member trusts to the bundle's signer. Each step must be signed by the
    key before it, name the installation before it (``successor_of``) and stay with one
    school. Returns ``{signer: key}``, or ``{}``."""
    chain = manifest.get("succession")
    if not isinstance(chain, list):
        return {}
    target = manifest["sender_installation"]
    school = None
    for _ in range(min(len(chain), MAX_SUCCESSION)):
        step = None
        for doc in chain:
            if not isinstance(doc, dict) or doc.get("signer") != installation:
                continue
            try:
                body = docs.read_certificate(doc, lambda i: key if i == installation else None,
                                             source="manifest")
            except Refusal:
                continue
            if body.get("successor_of") == installation and school in (None, body["school"]):
                step = body
                break
        if step is None:
            return {}
        school = step["school"]
        installation, key = step["installation"], docs.public_key_from(step)
        if installation == target:
            return {installation: key}
    return {}


def trusted_lead_keys(store: Store) -> dict[str, bytes]:
    """Every key the lead has signed with, current and former (at a member): documents it
    signed before its laptop became a new installation still verify."""
    keys = {i: b64decode(k) for i, k in json.loads(store.meta(FORMER_LEAD_KEYS, "{}")).items()}
    installation, key = invited_lead(store)
    if installation and key:
        keys[installation] = key
    return keys


def follow_restored_lead(store: Store, manifest: dict) -> str:
    """Trust the bundle's signer, the lead's new installation that :func:`follow_succession`
    vouched for, from now on; set the kept copy of the lead's last bundle aside to hand it
    back. Returns the new lead installation."""
    installation, key = invited_lead(store)
    signer = manifest["sender_installation"]
    new_key = follow_succession(manifest, installation, key)[signer]
    former = json.loads(store.meta(FORMER_LEAD_KEYS, "{}"))
    former[installation] = store.meta(LEAD_KEY)
    with store.transaction():
        store.set_meta(FORMER_LEAD_KEYS, json.dumps(former))
        trust_lead(store, signer, b64encode(new_key))
    kept = _folder(store) / KEPT
    if kept.exists():
        sent_by = _sent_by(kept)
        os.replace(kept, _folder(store) / TO_RETURN)
        store.set_meta(RETURN_NAME, store.meta(KEPT_NAME) or "lead_bundle.jtb")
        store.set_meta(RETURN_FROM, json.dumps(sent_by))
    return signer


def _sent_by(bundle: Path) -> list | None:
    """[signer, sender_counter] of a lead bundle this member imported (so verified)."""
    try:
        with zipfile.ZipFile(bundle) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        return [manifest["sender_installation"], int(manifest["sender_counter"])]
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        return None


def _folder(store: Store) -> Path:
    return store.data_dir / FOLDER


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    os.replace(partial, target)


def keep_lead_bundle(store: Store, bundle: Path) -> None:
    """Keep a copy of the newest lead bundle just imported (call after its import committed)."""
    try:
        _copy(bundle, _folder(store) / KEPT)
    except OSError:
        return  # a copy for a rare recovery: never a reason to fail an import
    with store.transaction():
        store.set_meta(KEPT_NAME, bundle.name)


def hand_back(store: Store, folder: Path) -> Path | None:
    """Put the copy set aside next to this school's export; returns where. It stays set
    aside until :func:`settle_hand_back` sees the lead holds it (the restored lead imports
    it again as already imported, which changes nothing)."""
    source = _folder(store) / TO_RETURN
    if not source.exists():
        return None
    target = folder / (store.meta(RETURN_NAME) or "lead_bundle.jtb")
    if not target.exists():
        _copy(source, target)
    return target


def settle_hand_back(store: Store, manifest: dict, bundle: Path, *, newest: bool) -> None:
    """After a lead bundle's import committed (at a member): stop handing the copy back once
    the current lead's summary of its own school is this member's (it holds every version of
    the lead school the member holds). A bundle of the former lead that arrives late is
    handed back in turn when none is set aside or it is newer than the one set aside (it
    holds more of what the lead wrote before its restore); the next bundle of the current
    lead settles it again if the lead holds all of it already."""
    source = _folder(store) / TO_RETURN
    lead_school = manifest.get("sender_school")
    if newest:
        if source.exists() and \
                manifest.get("summaries", {}).get(lead_school) == summary(store, lead_school):
            source.unlink()
            with store.transaction():
                store.set_meta(RETURN_FROM, "null")
        return
    sent_by = [manifest.get("sender_installation"), manifest.get("sender_counter")]
    if sent_by[0] not in json.loads(store.meta(FORMER_LEAD_KEYS, "{}")):
        return  # an older bundle of the lead as it is now: it holds all that one did
    kept = json.loads(store.meta(RETURN_FROM) or "null") if source.exists() else None
    if not isinstance(sent_by[1], int):
        return
    if kept is None or (sent_by[0] == kept[0] and sent_by[1] > kept[1]):
        try:
            _copy(bundle, source)
        except OSError:
            return  # the older copy stays: still better than none
        with store.transaction():
            store.set_meta(RETURN_NAME, bundle.name)
            store.set_meta(RETURN_FROM, json.dumps(sent_by))


__all__ = ["certify_successor", "remember_former_self", "successions", "former_selves",
           "follow_succession", "trusted_lead_keys", "follow_restored_lead",
           "keep_lead_bundle", "hand_back", "settle_hand_back"]
