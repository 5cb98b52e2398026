"""Looking at an installation: ``jituan status``, ``check``, ``index``, ``search`` and
``compliance``.
"""

from __future__ import annotations

import json
import sys
import time

from ..domain.day_text import day_text
from ..domain.quota_standing import NEEDS_ATTENTION, count_standings, counts_line
from ..domain.rule_text import subject_text
from ..domain.semesters import semester_label
from ..i18n import translate
from .common import (EXIT_CHECK_FAILED, EXIT_OK, CliError, open_initialised, open_store,
                     positive_int, table)
from .sync_commands import print_status, sync_report


def cmd_status(args) -> int:
    from ..services import status_ops

    store = open_initialised(args)
    report = status_ops.status(store)
    if args.json:
        report["sync"] = sync_report(store)
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
    print_status(store)
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
    from ..storage.integrity import check

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
    from ..services import query_ops

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
    from ..services import query_ops

    store = open_initialised(args)
    found = query_ops.search(store, args.kind, args.text, limit=args.limit)
    for record in found:
        when = (
            getattr(record, "lesson_date", None)
            or getattr(record, "session_date", None)
            or getattr(record, "activity_date", None)
            or getattr(record, "meeting_date", None)
        )
        title = getattr(record, "topic", "") or getattr(record, "title", "")
        print(f"{day_text(when, translate)}  {title}  {record.uuid}")
    print(translate("Cli", "{n} found.").format(n=len(found)), file=sys.stderr)
    return EXIT_OK


def cmd_compliance(args) -> int:
    from ..services import compliance_ops, setup_ops

    store = open_initialised(args)
    if args.rules:
        from .rule_listing import print_rules

        print_rules(compliance_ops.rules(store), args.json)
        return EXIT_OK
    semester = setup_ops.find_semester(store, args.semester)
    school = None
    if args.school:
        from ..storage.lookups import school_by_code_or_name

        school = school_by_code_or_name(store, args.school)
        if school is None:
            raise CliError(
                translate("Cli", "No school with code or name {school}.").format(school=args.school)
            )
    results = compliance_ops.compliance(store, semester, school=school)
    if args.behind:
        results = [r for r in results if r.status in NEEDS_ATTENTION]
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
            [r.rule.name, subject_text(r.rule, r.subject.name, r.start, translate),
             f"{r.count}/{r.threshold}", state,
             day_text(r.due, translate)]
        )
    print(table(rows))
    # The same four words and counts as the 首页's summary (domain/quota_standing.py).
    print(counts_line(count_standings(results), translate))
    return EXIT_OK


def add_parsers(sub, common) -> None:
    """Register ``status``, ``check``, ``index``, ``search`` and ``compliance``
    (build_parser calls this)."""
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
        "--kind", choices=("observation", "mentor_session", "activity", "meeting"),
        default="observation"
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
    p.add_argument("--rules", action="store_true",
                   help=translate("Cli", "list the rules and the texts they quote, not the results"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compliance)
