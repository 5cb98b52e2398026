"""A real alliance in temporary data folders, joined the way schools join: the lead adds the
schools and writes invitations, each member joins with its invitation, the lead imports the
join requests and approves them with the fingerprints. Used by the sync flow tests."""

from __future__ import annotations

import shutil
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jituan_desktop.services import setup_ops
from jituan_desktop.storage.store import Store
from jituan_desktop.sync import importing, joining, membership
from jituan_desktop.sync.exporting import export_bundle
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@dataclass
class World:
    root: Path
    lead: Store
    members: dict[str, Store] = field(default_factory=dict)   # laptop name -> store
    schools: dict[str, str] = field(default_factory=dict)     # laptop name -> school code

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def close(self) -> None:
        for store in [self.lead, *self.members.values()]:
            store.close()


def make_lead(root: Path, alliance: str = "城关教育联盟", school: str = "实验小学") -> Store:
    lead = Store.open(root / "lead", clock=CLOCK)
    setup_ops.init_lead(lead, alliance, school, today=TODAY)
    return lead


def join_laptop(world: World, laptop: str, code: str, school_name: str,
                *, approve: bool = True) -> Store:
    """A new installation of school ``code`` joins (and, unless told not to, is approved)."""
    store = Store.open(world.root / laptop, clock=CLOCK)
    setup_ops.init_member(store, school_name, today=TODAY)
    invitation = membership.invite(world.lead, code, world.folder(f"to_{laptop}"), today=TODAY)
    joined = joining.join(store, invitation, world.folder(f"from_{laptop}"))
    [received] = importing.import_paths(world.lead, [joined.path])
    assert received.status == "accepted" and received.fingerprint == joined.fingerprint
    if approve:
        membership.approve(world.lead, code, joined.fingerprint)
    world.members[laptop] = store
    world.schools[laptop] = code
    return store


def make_world(root: Path, laptops: dict[str, str]) -> World:
    """``laptops``: laptop name -> school name (two laptops may share a school)."""
    world = World(root, make_lead(root))
    codes: dict[str, str] = {}
    for laptop, school in laptops.items():
        if school not in codes:
            codes[school] = membership.add_school(world.lead, school, today=TODAY).code
        join_laptop(world, laptop, codes[school], school)
    return world


def lead_round(world: World, laptops=None, *, full: bool = False) -> dict:
    """Members export, the lead imports them all, exports, and every member imports."""
    laptops = list(laptops or world.members)
    share = world.folder("share")
    results = {}
    for laptop in laptops:
        exported = export_bundle(world.members[laptop], share, full=full)
        results[laptop] = importing.import_file(world.lead, exported.path)
    lead_bundle = export_bundle(world.lead, world.folder("lead_out"))
    for laptop in laptops:
        results["to_" + laptop] = importing.import_file(world.members[laptop], lead_bundle.path)
    return results


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def small_png(path: Path, red: int) -> Path:
    """A real 4×4 PNG (a photo of a lesson's blackboard stands in here)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    pixels = b"".join(b"\x00" + bytes([red, 30, 30]) * 4 for _ in range(4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))
    return path
