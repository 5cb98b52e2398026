"""``jituan submission``: the reports to the county bureau (报送) for scripts.

``due`` lists what is due for which school and period (sent / due soon / overdue / not yet
due); ``list`` the reports kept; ``generate`` makes a report's PDF and keeps it with its
record; ``sent`` records that it went to the bureau (refused before it is generated).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..domain.day_parsing import parse_day
from ..domain.day_text import day_text
from ..domain.submissions import DEFAULT_RECIPIENT, QUARTERLY_RULE_NOTE, SubmissionKind
from ..i18n import translate
from .common import EXIT_OK, EXIT_USAGE, CliError, open_initialised, positive_int, table
from .report_commands import _year, quarter_number
from .table_commands import _school

KINDS = {"quarterly": SubmissionKind.QUARTERLY, "annual": SubmissionKind.ANNUAL}


def period_text(kind: SubmissionKind, year: int, quarter: int | None) -> str:
    if kind == SubmissionKind.QUARTERLY and quarter:
        return translate("Cli", "Quarter {quarter} of {year}").format(year=year, quarter=quarter)
    return str(year)


def _period(store, args):
    from ..services.submission_ops import ReportPeriod

    kind = KINDS[args.kind]
    year = _year(args.year)
    if kind == SubmissionKind.QUARTERLY and args.quarter is None:
        raise CliError(translate("Cli", "A quarterly report needs --quarter (1 to 4)."))
    if kind != SubmissionKind.QUARTERLY and args.quarter is not None:
        raise CliError(translate("Cli", "Only the quarterly report takes --quarter."))
    return ReportPeriod(store.school_uuid, kind, year, args.quarter)


def cmd_due(args) -> int:
    from ..services import submission_ops

    store = open_initialised(args)
    rows = submission_ops.submissions_due(store, school=_school(store, args.school))
    if args.json:
        print(json.dumps([{"school": r.school_name, "kind": r.kind.value, "year": r.year,
                           "quarter": r.quarter, "due": r.due.isoformat(),
                           "state": r.state.value, "submission": r.submission_uuid,
                           "sent_on": r.sent_on.isoformat() if r.sent_on else None}
                          for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    out = [[translate("Cli", "School"), translate("Cli", "Report"), translate("Cli", "Period"),
            translate("Cli", "Due"), translate("Cli", "State"), translate("Cli", "Sent on")]]
    for r in rows:
        out.append([r.school_name, translate("Labels", r.kind.label),
                    period_text(r.kind, r.year, r.quarter), day_text(r.due, translate),
                    translate("Labels", r.state.label), day_text(r.sent_on, translate)])
    print(table(out))
    if any(r.kind == SubmissionKind.QUARTERLY for r in rows):
        print(translate("Labels", QUARTERLY_RULE_NOTE))
    return EXIT_OK


def cmd_list(args) -> int:
    from ..domain.list_query import ListQuery
    from ..services import query_ops

    store = open_initialised(args)
    query = ListQuery(text=args.text or "")
    query.school = _school(store, args.school)
    if args.year:
        query.filters["year"] = _year(args.year)
    if args.kind:
        query.filters["kind"] = KINDS.get(args.kind, args.kind).value
    rows = query_ops.page(store, "submission", query, limit=args.limit)
    out = [[translate("Cli", "School"), translate("Cli", "Report"), translate("Cli", "Period"),
            translate("Cli", "Generated on"), translate("Cli", "Sent on"),
            translate("Cli", "Sent to"), "ID"]]
    for r in rows:
        try:
            kind = SubmissionKind.parse(r["kind"])
            kind_text, period = (translate("Labels", kind.label),
                                 period_text(kind, r["year"], r["quarter"]))
        except (TypeError, ValueError):  # a stored code that is unknown: shown as it is
            kind_text, period = str(r["kind"]), str(r["year"])
        out.append([r["school_name"] or "", kind_text, period,
                    day_text(r["generated_on"], translate), day_text(r["sent_on"], translate),
                    r["recipient"] or "", r["uuid"]])
    print(table(out))
    return EXIT_OK


def cmd_generate(args) -> int:
    from ..reports import submission_files

    store = open_initialised(args)
    try:
        made = submission_files.generate(store, _period(store, args))
        if args.out:
            from ..reports.spreadsheets import atomic_output

            with atomic_output(args.out) as temp:
                shutil.copyfile(made.pdf, temp)
    finally:
        store.close()
    print(translate("Cli", "Generated {title}; the PDF is kept with the record ({file}).")
          .format(title=made.submission.title, file=args.out or made.pdf))
    return EXIT_OK


def cmd_sent(args) -> int:
    from ..services import submission_ops

    store = open_initialised(args)
    try:
        today = store.clock.today()
        period = _period(store, args)
        sent_on = parse_day(args.date, "sent_on") if args.date else today
        sent_by = _teacher(store, args.by) if args.by else None
        recipient = args.to or translate("Labels", DEFAULT_RECIPIENT)
        submission_ops.mark_sent(store, period, sent_on=sent_on, recipient=recipient,
                                 sent_by=sent_by, notes=args.notes, today=today)
    finally:
        store.close()
    print(translate("Cli", "Recorded as sent to {recipient} on {date}.").format(
        recipient=recipient, date=day_text(sent_on, translate)))
    return EXIT_OK


def _teacher(store, name: str) -> str:
    from ..storage.lookups import teachers

    found = [t.uuid for t in teachers(store, store.school_uuid) if t.name == name.strip()]
    if len(found) != 1:
        raise CliError(translate("Cli", "No single teacher of this school is called {name}.")
                       .format(name=name))
    return found[0]


def cmd_usage(args) -> int:
    args.submission_parser.print_help()
    return EXIT_USAGE


def add_parsers(sub, common) -> None:
    """Register ``submission`` and its actions (cli.build_parser calls this)."""
    p = sub.add_parser("submission", parents=[common], help=translate(
        "Cli", "reports to the county bureau: what is due, generate, mark as sent"))
    p.set_defaults(func=cmd_usage, submission_parser=p)
    actions = p.add_subparsers(dest="submission_command", metavar="ACTION",
                               parser_class=type(p))
    q = actions.add_parser("due", parents=[common], help=translate(
        "Cli", "what is due for which school and period, and its state"))
    q.add_argument("--school", help=translate("Cli", "school code or name (default: every "
                                                     "school this installation sees)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_due)

    q = actions.add_parser("list", parents=[common], help=translate(
        "Cli", "the reports generated and sent, latest period first"))
    q.add_argument("--school", help=translate("Cli", "school code or name"))
    q.add_argument("--year", metavar="Y")
    q.add_argument("--kind", choices=(*KINDS, "other"))
    q.add_argument("--text", help=translate("Cli", "only reports containing this text"))
    q.add_argument("--limit", type=positive_int, default=100)
    q.set_defaults(func=cmd_list)

    for name, helptext in (
            ("generate", translate("Cli", "make the report's PDF and keep it with its record")),
            ("sent", translate("Cli", "record that the generated report went to the bureau"))):
        q = actions.add_parser(name, parents=[common], help=helptext)
        q.add_argument("kind", choices=tuple(KINDS), metavar="KIND",
                       help=translate("Cli", "quarterly or annual"))
        q.add_argument("--year", metavar="Y", required=True)
        q.add_argument("--quarter", metavar="Q", type=quarter_number)
        if name == "generate":
            q.add_argument("--out", type=Path, metavar="FILE", help=translate(
                "Cli", "also save a copy of the PDF as FILE"))
        if name == "sent":
            q.add_argument("--date", metavar="DATE", help=translate(
                "Cli", "the day it was sent, e.g. 2026-12-03 (default: today)"))
            q.add_argument("--to", metavar="WHOM", help=translate(
                "Cli", "to whom (default: 县教育局)"))
            q.add_argument("--by", metavar="NAME", help=translate(
                "Cli", "the teacher of this school who sent it"))
            q.add_argument("--notes", metavar="TEXT")
        q.set_defaults(func=cmd_generate if name == "generate" else cmd_sent)


__all__ = ["add_parsers"]
