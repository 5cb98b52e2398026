"""Benchmarks of the foundation on the `large` demo (20 schools, 100,000 observations).

    .venv/bin/python bench/run_benchmarks.py [--folder DIR] [--repeat N]

Builds the demo in a fresh folder (unless --folder holds one already), then measures the
queries the app makes. Each query figure is the median of --repeat runs, in milliseconds.
Prints a Markdown table for docs/benchmarks.md and writes bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jituan_desktop.clock import Clock  # noqa: E402
from jituan_desktop.demo.generator import generate_demo  # noqa: E402
from jituan_desktop.domain.list_query import ListQuery  # noqa: E402
from jituan_desktop.domain.semesters import semester_label  # noqa: E402
from jituan_desktop.services import compliance_ops, query_ops, setup_ops  # noqa: E402
from jituan_desktop.storage.store import Store, database_exists  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="jituan-bench-"))
    rows: list[tuple[str, float, str, str]] = []

    if not database_exists(folder):
        store = Store.open(folder, clock=Clock.from_environment())
        started = time.perf_counter()
        summary = generate_demo(store, "large")
        rows.append(
            ("`large` demo generation (records only)", time.perf_counter() - started, "s", "≤ 60 s")
        )
        pending = query_ops.pending_index(store)
        started = time.perf_counter()
        query_ops.index_search(store, batch=5000)
        rows.append(
            (
                f"full-text index build ({pending:,} records, its own step)",
                time.perf_counter() - started,
                "s",
                "reported, no target",
            )
        )
        store.close()
    else:
        summary = None

    started = time.perf_counter()
    store = Store.open(folder, create=False, clock=Clock.from_environment())
    rows.append(
        (
            "open the database (migrations checked)",
            (time.perf_counter() - started) * 1000,
            "ms",
            "≤ 50 ms",
        )
    )
    total = store.execute("SELECT count(*) FROM observation WHERE deleted = 0").fetchone()[0]
    today = store.clock.today()
    semester = setup_ops.current_semester(store, today)
    previous = setup_ops.semesters(store)[-2]
    school = store.execute("SELECT uuid FROM school WHERE name = '城关小学'").fetchone()[0]
    observer = store.execute(
        "SELECT observer FROM observation GROUP BY observer ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]

    def page_query(query: ListQuery, offset: int = 0):
        return lambda: (
            query_ops.page(store, "observation", query, offset=offset, limit=100),
            query_ops.count(store, "observation", query),
        )

    checks = [
        ("page of 100 observations, no filter, newest first + count", page_query(ListQuery())),
        (
            "page of 100: one school, previous semester + count",
            page_query(ListQuery(school=school, date_from=previous.start, date_to=previous.end)),
        ),
        (
            "page of 100: one observer + count",
            page_query(ListQuery(filters={"observer": observer})),
        ),
        (
            "page of 100: subject 数学 + occasion 示范课, page 5 + count",
            page_query(ListQuery(filters={"subject": "数学", "occasion": "demonstration"}), 400),
        ),
        (
            "page of 100: semester + full-text 朗读 (2 characters) + count",
            page_query(ListQuery(date_from=semester.start, date_to=semester.end, text="朗读")),
        ),
        (
            "page of 100: semester + full-text 课堂 (in 93 % of texts) + count",
            page_query(ListQuery(date_from=semester.start, date_to=semester.end, text="课堂")),
        ),
    ]
    for label, fn in checks:
        ms, _ = timed(fn, args.repeat)
        rows.append((label, ms, "ms", "≤ 50 ms"))

    # Three or more characters use the trigram index; one or two characters scan the
    # index's text newest first and stop at 100 hits, so only a rare short word reads it all.
    for text in ("课堂气氛", "小组合作学习", "板书设计", "学", "朗读", "习作"):
        ms, hits = timed(
            lambda: query_ops.search(store, "observation", text, limit=100), args.repeat
        )
        shown = f"first 100 of {len(hits)}+ hits" if len(hits) == 100 else f"{len(hits)} hits"
        rows.append((f"search 「{text}」, {shown}", ms, "ms", "≤ 50 ms"))
    ms, n = timed(
        lambda: query_ops.count(store, "observation", ListQuery(text="课堂气氛")), args.repeat
    )
    rows.append((f"count of all matches for 「课堂气氛」 ({n:,})", ms, "ms", "≤ 50 ms"))

    ms, results = timed(
        lambda: compliance_ops.compliance(store, semester, today=today), max(3, args.repeat // 3)
    )
    rows.append(
        (
            f"compliance, whole alliance, {semester_label(semester)} ({len(results):,} results)",
            ms,
            "ms",
            "≤ 500 ms",
        )
    )
    ms, results = timed(
        lambda: compliance_ops.compliance(store, previous, today=today), max(3, args.repeat // 3)
    )
    rows.append(
        (
            f"compliance, whole alliance, previous semester ({len(results):,} results)",
            ms,
            "ms",
            "≤ 500 ms",
        )
    )

    print(
        f"Machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, SQLite {store.execute('select sqlite_version()').fetchone()[0]}; "
        f"{total:,} live observations; median of {args.repeat} runs\n"
    )
    print("| measure | figure | target |\n|---|---:|---|")
    for label, value, unit, target in rows:
        figure = f"{value:.1f} {unit}" if unit == "s" else f"{value:.1f} ms"
        print(f"| {label} | {figure} | {target} |")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(
            {"folder": str(folder), "summary": summary.__dict__ if summary else None, "rows": rows},
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
