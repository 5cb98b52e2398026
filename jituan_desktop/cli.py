"""The ``jituan`` command line: for IT staff, scripts and tests, over the services.

Every message goes through :mod:`jituan_desktop.i18n` (Chinese by default). Errors are one
line on stderr and a non-zero exit status, never a traceback (set ``JITUAN_DEBUG=1`` to see
one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

from . import __version__, i18n
from .clock import ENVIRONMENT_VARIABLE, Clock
from .domain.messages import Refusal, ValidationError
from .domain.semesters import semester_label
from .i18n import translate
from .paths import default_data_dir
from .storage import errors as storage_errors
from .storage.errors import DatabaseError, StoreError
from .storage.store import Store

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CHECK_FAILED = 0, 1, 2, 3


class CliError(Exception):
    """A refusal already worded for the user."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.exit(
            EXIT_USAGE, translate("Cli", "Invalid command: {detail}").format(detail=message) + "\n"
        )


def clock_problem() -> str | None:
    """A JITUAN_NOW that is not a date, in the user's language (scripts move the clock)."""
    try:
        Clock.from_environment()
    except ValueError:
        return translate("Cli", "{variable} must be a date (2027-02-28) or a date and time "
                                "(2027-02-28T16:30:00+08:00), not \"{value}\".").format(
            variable=ENVIRONMENT_VARIABLE, value=os.environ.get(ENVIRONMENT_VARIABLE, ""))
    return None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number of at least 1").format(value=text))
    return value


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[list[str]]) -> str:
    """Columns aligned for a terminal, counting Chinese characters as two cells wide."""
    widths = [max(display_width(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [str(c) + " " * (w - display_width(str(c))) for c, w in zip(row, widths)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def open_store(args, *, create: bool = False) -> Store:
    from .sync.installation import check_installation

    store = Store.open(args.data_dir, create=create)
    try:
        check_installation(store)  # a copied or restored database rotates before any write
    except BaseException:
        store.close()
        raise
    return store


def open_initialised(args) -> Store:
    store = open_store(args)
    if not store.is_initialised:
        raise StoreError(storage_errors.NOT_INITIALISED)
    return store


# -- commands ------------------------------------------------------------------------------
def cmd_init(args) -> int:
    from .services import setup_ops

    if args.role == "lead" and not args.alliance:
        raise CliError(translate("Cli", "A lead school needs the alliance name: --alliance NAME"))
    store = open_store(args, create=True)
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
    return EXIT_OK


def practice_demo(store, args) -> int:
    """An installation already set up gets practice records of its own school only: a whole
    demo alliance would write other schools' records in its name."""
    from .services import demo_practice, query_ops

    summary = demo_practice.add_practice_records(store, seed=args.seed)
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
    from .services import demo_data, query_ops

    store = open_store(args, create=True)
    if store.is_initialised:
        return practice_demo(store, args)
    print(
        translate("Cli", "Generating the {scale} demo alliance ...").format(scale=args.scale),
        flush=True,
    )
    started = time.perf_counter()
    summary = demo_data.generate_demo(store, args.scale, seed=args.seed)
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


def cmd_status(args) -> int:
    from . import cli_sync
    from .services import status_ops

    store = open_initialised(args)
    report = status_ops.status(store)
    if args.json:
        report["sync"] = cli_sync.sync_report(store)
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    role = {
        "lead": translate("Cli", "lead school"),
        "member": translate("Cli", "member school"),
    }.get(report["role"], "")
    print(translate("Cli", "School: {school} ({role})").format(school=report["school"], role=role))
    print(
        translate("Cli", "Alliance: {alliance}").format(
            alliance=report["alliance"] or translate("Cli", "not joined yet")
        )
    )
    print(translate("Cli", "Installation: {id}").format(id=report["installation"]))
    print(translate("Cli", "Data folder: {path}").format(path=report["data_dir"]))
    cli_sync.print_status(store)
    rows = [
        [
            translate("Cli", "School"),
            translate("Cli", "Teachers"),
            translate("Cli", "Observations"),
            translate("Cli", "Pairings"),
            translate("Cli", "Mentor sessions"),
            translate("Cli", "Activities"),
        ]
    ]
    for name, n in report["counts"].items():
        rows.append(
            [
                name,
                n["teachers"],
                n["observations"],
                n["pairings"],
                n["mentor_sessions"],
                n["activities"],
            ]
        )
    print(table(rows))
    return EXIT_OK


def cmd_check(args) -> int:
    from .storage.integrity import check

    store = open_store(args)
    findings = check(store)
    if not findings:
        print(translate("Cli", "The database is sound: {path}").format(path=store.path))
        return EXIT_OK
    for finding in findings:
        print(f"{finding.where}: {finding.problem.render(translate)}", file=sys.stderr)
    print(
        translate("Cli", "{n} problem(s) found in {path}").format(n=len(findings), path=store.path),
        file=sys.stderr,
    )
    return EXIT_CHECK_FAILED


def cmd_index(args) -> int:
    from .services import query_ops

    store = open_initialised(args)
    started = time.perf_counter()
    n = query_ops.index_search(store, batch=5000)
    print(
        translate("Cli", "Built the search index over {rows} records in {seconds:.1f} s.").format(
            rows=n, seconds=time.perf_counter() - started
        )
    )
    return EXIT_OK


def cmd_search(args) -> int:
    from .services import query_ops

    store = open_initialised(args)
    found = query_ops.search(store, args.kind, args.text, limit=args.limit)
    for record in found:
        when = (
            getattr(record, "lesson_date", None)
            or getattr(record, "session_date", None)
            or getattr(record, "activity_date", None)
        )
        title = getattr(record, "topic", "") or getattr(record, "title", "")
        print(f"{when}  {title}  {record.uuid}")
    print(translate("Cli", "{n} found.").format(n=len(found)), file=sys.stderr)
    return EXIT_OK


def cmd_compliance(args) -> int:
    from .services import compliance_ops, setup_ops

    store = open_initialised(args)
    semester = setup_ops.find_semester(store, args.semester)
    school = None
    if args.school:
        from .storage.lookups import school_by_code_or_name

        school = school_by_code_or_name(store, args.school)
        if school is None:
            raise CliError(
                translate("Cli", "No school with code or name {school}.").format(school=args.school)
            )
    results = compliance_ops.compliance(store, semester, school=school)
    if args.behind:
        results = [r for r in results if r.status.value in ("behind", "missed")]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "rule": r.rule.name,
                        "subject": r.subject.name,
                        "subject_id": r.subject.key,
                        "school": r.subject.school,
                        "start": r.start.isoformat(),
                        "end": r.end.isoformat(),
                        "due": r.due.isoformat(),
                        "count": r.count,
                        "threshold": r.threshold,
                        "expected_now": r.expected_now,
                        "short_by": r.short_by,
                        "behind_by": r.behind_by,
                        "status": r.status.value,
                    }
                    for r in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(semester_label(semester, translate))
    rows = [
        [
            translate("Cli", "Rule"),
            translate("Cli", "For"),
            translate("Cli", "Done"),
            translate("Cli", "Status"),
            translate("Cli", "Due"),
        ]
    ]
    for r in results:
        state = translate("Labels", r.status.label)
        if r.short_by:
            state = translate("Cli", "{status} (short by {n})").format(status=state, n=r.short_by)
        rows.append(
            [r.rule.name, r.subject.name, f"{r.count}/{r.threshold}", state, r.due.isoformat()]
        )
    print(table(rows))
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------
def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "data folder (default: the user's data folder)"),
    )
    common.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate("Cli", "language of messages (default zh_CN)"),
    )
    parser = Parser(
        prog="jituan",
        parents=[common],
        description=translate(
            "Cli", "Jituan Desktop: records, compliance and sync for school alliances."
        ),
    )
    parser.add_argument("--version", action="version", version=f"jituan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

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

    p = sub.add_parser(
        "status", parents=[common], help=translate("Cli", "who this installation is, and counts")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "check", parents=[common], help=translate("Cli", "check the database's integrity")
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "index", parents=[common], help=translate("Cli", "bring the search index up to date")
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser(
        "search", parents=[common], help=translate("Cli", "search the records' text")
    )
    p.add_argument("text")
    p.add_argument(
        "--kind", choices=("observation", "mentor_session", "activity"), default="observation"
    )
    p.add_argument("--limit", type=positive_int, default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "compliance", parents=[common], help=translate("Cli", "quota compliance for a semester")
    )
    p.add_argument(
        "--semester", help=translate("Cli", "e.g. 2026-1 (default: the current semester)")
    )
    p.add_argument(
        "--school", help=translate("Cli", "school code or name (default: the whole alliance)")
    )
    p.add_argument("--behind", action="store_true", help=translate("Cli", "only who is behind"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compliance)

    # Imported here, not at the top: cli_sync builds on this module's helpers.
    from . import cli_sync, cli_tables

    cli_sync.add_parsers(sub, common)
    cli_tables.add_parsers(sub, common)
    from . import cli_reports  # `jituan report` (issue 5)

    cli_reports.add_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language is decided afresh on every call (tests call main() many times).
    i18n.set_language(os.environ.get("JITUAN_LANG") or i18n.DEFAULT_LANGUAGE)
    if "--lang" in argv[:-1]:
        i18n.set_language(argv[argv.index("--lang") + 1])
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
    if not getattr(args, "data_dir", None):
        args.data_dir = default_data_dir()
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    problem = clock_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
    except (Refusal, ValidationError) as exc:  # the store's, a bundle's, a document's ...
        print(
            exc.render(translate).replace("\n", "；" if i18n.language() == "zh_CN" else "; "),
            file=sys.stderr,
        )
    except DatabaseError as exc:
        print(
            translate("Storage", "The database cannot be used: {reason}").format(reason=exc),
            file=sys.stderr,
        )
    except BrokenPipeError:  # output piped into head or a closed pager
        return EXIT_OK
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("JITUAN_DEBUG"):
            raise
        print(
            translate("Cli", "Unexpected error: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
            file=sys.stderr,
        )
    return EXIT_ERROR


__all__ = ["main", "build_parser"]
