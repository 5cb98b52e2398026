"""Benchmarks of the sync on the `large` demo (issue 4): export and import of bundles.

    .venv/bin/python bench/sync_benchmarks.py --folder DIR [--repeat N] [--records 100000]

DIR holds the large demo, a lead school holding the whole alliance (made with
`jituan demo --scale large --data-dir DIR` when missing). DIR itself is only read: the bench
copies its database into a temporary folder (SQLite's backup) and works there.

In that copy, N member schools are invited, join from fresh data folders and are approved,
as a newcomer would do it; then it measures, each figure the median of N runs:

- the lead's export of its full bundle (the whole alliance);
- the import of a bundle of --records record versions into a fresh joined member: the lead's
  full bundle cut to its first --records lines in export order (parents before children),
  written with the bundle writer and signed by the lead, as the lead would send it; then
  the same file again (status "already known": the content id short-cut), and the same
  records in a second bundle with another content id (every version a duplicate: the merge's
  own duplicate path);
- the BASELINE, in the same run: the same rows loaded into the record tables of a fresh
  database of the same schema with plain ``executemany``, in one transaction (reported
  with and without decoding the JSON lines);
- the checks every received version passes (sync/received_checks.py), run again alone over
  the bundle just imported: their share of the import;
- a member's export of its own school's records: one member adds --member-records practice
  observations (demo.practice) and exports its bundle.

``--profile`` prints a cProfile of one import. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jituan_desktop.clock import Clock  # noqa: E402
from jituan_desktop.demo.practice import add_practice_records  # noqa: E402
from jituan_desktop.domain.records import Alliance, School  # noqa: E402
from jituan_desktop.services import setup_ops  # noqa: E402
from jituan_desktop.storage.repositories import repository  # noqa: E402
from jituan_desktop.storage.schema import RECORD_TABLES  # noqa: E402
from jituan_desktop.storage.store import DATABASE_FILE, Store, database_exists  # noqa: E402
from jituan_desktop.storage.version_graph import table_spec  # noqa: E402
from jituan_desktop.sync import exporting, importing, joining, membership  # noqa: E402
from jituan_desktop.sync.bundle_file import write_bundle  # noqa: E402
from jituan_desktop.sync.file_names import bundle_file_name  # noqa: E402
from jituan_desktop.sync.installation import opened_identity  # noqa: E402
from jituan_desktop.sync.received_checks import ReceivedChecks  # noqa: E402
from jituan_desktop.sync.results import ACCEPTED, KNOWN  # noqa: E402
from jituan_desktop.storage.merge import parse_version  # noqa: E402

RECORDS_PREFIX = "records/"


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the demo's database, read-only on the source."""
    target.mkdir(parents=True)
    src = sqlite3.connect(f"file:{source / DATABASE_FILE}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target / DATABASE_FILE))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _member_schools(lead: Store, count: int) -> list[School]:
    schools = sorted((s for s in repository(lead, School).where() if s.uuid != lead.school_uuid),
                     key=lambda s: s.code)
    if len(schools) < count:
        raise SystemExit(f"the demo has {len(schools)} member schools; --repeat at most that")
    return schools[:count]


def _join_member(lead: Store, school: School, folder: Path, share: Path) -> Store:
    """A fresh installation of ``school`` that joined the alliance and was approved."""
    folder.mkdir()
    member = Store.open(folder, clock=Clock.from_environment())
    setup_ops.init_member(member, school.name)
    invitation = membership.invite(lead, school.code, share)
    request = joining.join(member, invitation, share)
    received = importing.import_file(lead, request.path)
    assert received.status == ACCEPTED, received.reason and received.reason.render()
    membership.approve(lead, school.code, request.fingerprint)
    return member


def _bundle_lines(path: Path) -> dict[str, list[bytes]]:
    """table -> the record lines of a bundle, in file order."""
    with zipfile.ZipFile(path) as zf:
        return {name[len(RECORDS_PREFIX):-len(".jsonl")]: zf.read(name).splitlines()
                for name in zf.namelist() if name.startswith(RECORDS_PREFIX)}


def _cut_bundles(lead: Store, full: Path, records: int, folder: Path) -> tuple[Path, Path, int]:
    """Two lead bundles holding the first ``records`` versions of ``full`` (table order, so
    every parent comes before its children): the second differs only by its manifest's
    counter, so it has another content id and its import goes through the merge."""
    with zipfile.ZipFile(full) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        documents = {n: zf.read(n) for n in zf.namelist() if n.startswith("documents/")}
    lines = _bundle_lines(full)
    entries: dict[str, bytes | Path] = dict(documents)
    left = records if records > 0 else sum(len(v) for v in lines.values())
    kept = 0
    for table in RECORD_TABLES:
        if table not in lines or left <= 0:
            continue
        part = lines[table][:left]
        entries[f"{RECORDS_PREFIX}{table}.jsonl"] = b"".join(line + b"\n" for line in part)
        left -= len(part)
        kept += len(part)
    for drop in ("entries", "counts"):
        manifest.pop(drop, None)
    me = opened_identity(lead).identity
    alliance = repository(lead, Alliance).require(lead.meta("alliance")).code
    school = repository(lead, School).require(lead.school_uuid).code
    paths = []
    for n in (0, 1):
        manifest = {**manifest, "sender_counter": manifest["sender_counter"] + n}
        out = folder / f"cut{n}"
        out.mkdir()
        name = bundle_file_name(alliance, school, "lead", me.installation_id, 0,
                                manifest["sender_counter"])
        paths.append(write_bundle(out, name, manifest, entries, me.sign))
    return paths[0], paths[1], kept


def _checks_alone(member: Store, bundle: Path) -> tuple[float, int]:
    """The received-version checks (sync/received_checks.py) run again over a bundle the
    member has just imported, without merging: their share of an import's time. Returns
    (seconds, versions checked)."""
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    lines = _bundle_lines(bundle)
    parsed = [(table, parse_version(table_spec(member, table), json.loads(line)))
              for table in RECORD_TABLES for line in lines.get(table, ())]
    opened = type("Opened", (), {"path": bundle, "manifest": manifest, "documents": []})()
    start = time.perf_counter()
    checks = ReceivedChecks(member, opened, member_at_lead=False, own_earlier=False)
    for table, version in parsed:
        checks.version(version, table)
    return time.perf_counter() - start, len(parsed)


def _baseline(bundle: Path, folder: Path) -> tuple[float, float, int]:
    """Decode the bundle's lines, then executemany them into a fresh database's record
    tables in one transaction: (decode seconds, insert seconds, rows)."""
    lines = _bundle_lines(bundle)
    store = Store.open(folder, clock=Clock.from_environment())
    try:
        specs = {t: table_spec(store, t).columns for t in lines}
        started = time.perf_counter()
        rows = {}
        for table, part in lines.items():
            columns = specs[table]
            rows[table] = [tuple(r.get(c) for c in columns) for r in map(json.loads, part)]
        decoded = time.perf_counter() - started
        started = time.perf_counter()
        with store.transaction():
            for table in RECORD_TABLES:
                if table not in rows:
                    continue
                columns = specs[table]
                # OR REPLACE: a bundle carries versions, and a record edited since it was
                # created (a school approved since) comes with each of its versions.
                sql = (f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' for _ in columns)})")
                store.executemany(sql, rows[table])
        inserted = time.perf_counter() - started
    finally:
        store.close()
    return decoded, inserted, sum(len(r) for r in rows.values())


def _profile(fn, top: int = 25) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/jituan-large"),
                        help="data folder of the large demo (made when missing)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--records", type=int, default=100_000,
                        help="record versions in the imported bundle (0: the whole lead bundle)")
    parser.add_argument("--member-records", type=int, default=10_000,
                        help="practice observations the exporting member writes")
    parser.add_argument("--profile", action="store_true", help="cProfile one import and re-import")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    if not database_exists(args.folder):
        print(f"making the large demo in {args.folder} (~35 s)", flush=True)
        subprocess.run([str(ROOT / ".venv" / "bin" / "jituan"), "demo", "--scale", "large",
                        "--data-dir", str(args.folder)], check=True)
    work = Path(tempfile.mkdtemp(prefix="jituan-sync-bench-"))
    try:
        return _run(args, work)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _run(args, work: Path) -> int:
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    say(f"copying {args.folder} into {work}")
    _copy_database(args.folder, work / "lead")
    lead = Store.open(work / "lead", clock=Clock.from_environment())
    share = work / "share"
    share.mkdir()
    say(f"{args.repeat} members join")
    members = [_join_member(lead, school, work / f"member{n}", share)
               for n, school in enumerate(_member_schools(lead, args.repeat))]

    results: dict[str, list] = {k: [] for k in (
        "lead_export", "import", "known", "duplicates", "base_decode", "base_insert",
        "member_export", "checks")}
    full_bundle = None
    for n in range(args.repeat):
        out = work / f"lead-export{n}"
        out.mkdir()
        seconds, exported = _timed(lambda: exporting.export_bundle(lead, out))
        results["lead_export"].append(seconds)
        full_bundle = exported
        say(f"lead export {n + 1}: {seconds:.2f} s, {exported.records:,} records")
    full_size = full_bundle.path.stat().st_size
    first, second, kept = _cut_bundles(lead, full_bundle.path, args.records, work)
    say(f"bundles of {kept:,} records: {first.stat().st_size / 1e6:.1f} MB")

    for n, member in enumerate(members):
        seconds, result = _timed(lambda: importing.import_file(member, first))
        assert result.status == ACCEPTED and result.added == kept, (
            result.status, result.added, result.reason and result.reason.render())
        results["import"].append(seconds)
        seconds, again = _timed(lambda: importing.import_file(member, first))
        assert again.status == KNOWN, again.status
        results["known"].append(seconds)
        seconds, dup = _timed(lambda: importing.import_file(member, second))
        assert dup.status == ACCEPTED and dup.added == 0 and dup.written == 0, (
            dup.status, dup.added, dup.written)
        results["duplicates"].append(seconds)
        seconds, checked = _checks_alone(member, first)
        assert checked == kept
        results["checks"].append(seconds)
        decoded, inserted, rows = _baseline(first, work / f"baseline{n}")
        assert rows == kept
        results["base_decode"].append(decoded)
        results["base_insert"].append(inserted)
        say(f"import {n + 1}: {results['import'][-1]:.2f} s, known {results['known'][-1]:.2f} s, "
            f"duplicates {results['duplicates'][-1]:.2f} s; baseline decode {decoded:.2f} s "
            f"+ executemany {inserted:.2f} s")

    if args.profile:
        profiled = work / "member-profile"
        member = _join_member(lead, _member_schools(lead, args.repeat + 1)[-1], profiled, share)
        # The certificate of this member is not in the cut bundles: it stays "waiting",
        # which changes nothing in what an import does.
        print(_profile(lambda: importing.import_file(member, first)))
        print(_profile(lambda: importing.import_file(member, second)))

    exporter = members[0]
    seconds, practice = _timed(lambda: add_practice_records(
        exporter, seed=4, today=exporter.clock.today(), observations=args.member_records))
    say(f"member wrote {len(practice.records):,} practice records in {seconds:.1f} s")
    for n in range(args.repeat):
        out = work / f"member-export{n}"
        out.mkdir()
        seconds, member_bundle = _timed(lambda: exporting.export_bundle(exporter, out, full=True))
        results["member_export"].append(seconds)
    member_size = member_bundle.path.stat().st_size

    med = {k: _median(v) for k, v in results.items()}
    rate = kept / med["import"]
    base_total = med["base_decode"] + med["base_insert"]
    rows = [
        ("lead export: full bundle (whole alliance)",
         f"{med['lead_export']:.2f} s, {full_bundle.records:,} records, "
         f"{full_size / 1e6:.1f} MB ({full_bundle.records / med['lead_export']:,.0f} records/s)",
         "reported"),
        ("member export: own school's records",
         f"{med['member_export']:.2f} s, {member_bundle.records:,} records, "
         f"{member_size / 1e6:.1f} MB ({member_bundle.records / med['member_export']:,.0f} "
         "records/s)", "reported"),
        (f"BASELINE: executemany {kept:,} rows (decoded) into a fresh database",
         f"{med['base_insert']:.2f} s", "—"),
        ("BASELINE with decoding the JSON lines",
         f"{base_total:.2f} s", "—"),
        (f"import of {kept:,} records into a fresh joined member",
         f"{med['import']:.2f} s = {rate:,.0f} records/s; "
         f"{med['import'] / med['base_insert']:.1f}× executemany, "
         f"{med['import'] / base_total:.1f}× with decoding",
         "≥ 20,000 records/s, ≤ 3× baseline"),
        ("of which: checking every received version (received_checks, run alone)",
         f"{med['checks']:.2f} s ({med['checks'] / med['import']:.0%} of the import; "
         f"{kept / med['checks']:,.0f} versions/s)", "reported"),
        ("re-import of the same file (already known)",
         f"{med['known']:.2f} s ({med['known'] / med['import']:.2f} of the first)",
         "≤ 0.5 of the first"),
        ("re-import of the same records in another bundle (all duplicates)",
         f"{med['duplicates']:.2f} s ({med['duplicates'] / med['import']:.2f} of the first)",
         "≤ 0.5 of the first"),
    ]
    print(f"\n{platform.python_implementation()} {platform.python_version()}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} cores, {platform.machine()}; "
          f"medians of {args.repeat}, {Clock.from_environment().today().isoformat()}\n")
    print("| measure | figure | target |\n|---|---:|---|")
    for measure, figure, target in rows:
        print(f"| {measure} | {figure} | {target} |")
    print("\nraw seconds:", json.dumps({k: [round(x, 3) for x in v] for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
