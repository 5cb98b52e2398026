"""Setting up a data folder: ``jituan init`` (the lead or a member school) and ``jituan demo``
(a whole demo alliance in an empty folder; practice records of this school in one set up).
"""

from __future__ import annotations

import sys
import time

from ..i18n import translate
from .common import EXIT_OK, CliError, open_store


def cmd_init(args) -> int:
    from ..services import setup_ops

    if args.role == "lead" and not args.alliance:
        raise CliError(translate("Cli", "A lead school needs the alliance name: --alliance NAME"))
    store = open_store(args, create=True)
    try:  # closed here, not by the garbage collector: a restore checks nobody holds it
        if args.role == "lead":
            setup_ops.init_lead(store, args.alliance, args.school)
            print(
                translate("Cli", "Set up {school} as the lead school of {alliance}.").format(
                    school=args.school.strip(), alliance=args.alliance.strip()
                )
            )
        else:
            setup_ops.init_member(store, args.school)
            print(
                translate(
                    "Cli",
                    "Set up {school} as a member school. Join the alliance with the invitation "
                    "file from the lead school.",
                ).format(school=args.school.strip())
            )
        print(translate("Cli", "Data folder: {path}").format(path=store.data_dir))
    finally:
        store.close()
    return EXIT_OK


def practice_demo(store, args) -> int:
    """An installation already set up gets practice records of its own school only: a whole
    demo alliance would write other schools' records in its name."""
    from ..demo.practice import add_practice_records
    from ..services import query_ops

    summary = add_practice_records(store, seed=args.seed)
    query_ops.index_search(store)
    print(translate(
        "Cli", "Added practice records of this school only: {teachers} teachers, "
        "{observations} lesson observations, {pairings} mentor pairings, {sessions} mentor "
        "sessions and {activities} activities.").format(
            teachers=summary.teachers, observations=summary.observations,
            pairings=summary.pairings, sessions=summary.mentor_sessions,
            activities=summary.activities))
    return 0


def cmd_demo(args) -> int:
    from ..demo.generator import generate_demo
    from ..services import query_ops

    store = open_store(args, create=True)
    if store.is_initialised:
        return practice_demo(store, args)
    print(
        translate("Cli", "Generating the {scale} demo alliance ...").format(scale=args.scale),
        flush=True,
    )
    started = time.perf_counter()
    summary = generate_demo(store, args.scale, seed=args.seed)
    elapsed = time.perf_counter() - started
    print(
        translate(
            "Cli",
            "Generated {schools} schools, {teachers} teachers, {observations} lesson "
            "observations, {pairings} mentor pairings, {sessions} mentor sessions and "
            "{activities} activities in {seconds:.1f} s.",
        ).format(
            schools=summary.schools,
            teachers=summary.teachers,
            observations=summary.observations,
            pairings=summary.pairings,
            sessions=summary.mentor_sessions,
            activities=summary.activities,
            seconds=elapsed,
        )
    )
    if not args.no_index:
        started = time.perf_counter()
        total = query_ops.pending_index(store)

        def progress(done: int, remaining: int) -> None:
            if sys.stdout.isatty():
                print(f"\r{done}/{total}", end="", flush=True)

        query_ops.index_search(store, batch=5000, progress=progress)
        if sys.stdout.isatty():
            print()
        print(
            translate(
                "Cli", "Built the search index over {rows} records in {seconds:.1f} s."
            ).format(rows=total, seconds=time.perf_counter() - started)
        )
    print(translate("Cli", "Data folder: {path}").format(path=store.data_dir))
    return EXIT_OK


def add_parsers(sub, common) -> None:
    """Register ``init`` and ``demo`` (build_parser calls this)."""
    p = sub.add_parser("init", parents=[common], help=translate("Cli", "set up this installation"))
    p.add_argument("--role", choices=("lead", "member"), required=True)
    p.add_argument("--alliance", help=translate("Cli", "alliance name (lead school only)"))
    p.add_argument("--school", required=True, help=translate("Cli", "this school's name"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "demo", parents=[common], help=translate("Cli", "fill the data folder with a demo alliance")
    )
    p.add_argument("--scale", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument(
        "--no-index",
        action="store_true",
        help=translate("Cli", "skip building the search index (searches scan instead)"),
    )
    p.set_defaults(func=cmd_demo)
