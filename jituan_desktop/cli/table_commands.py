"""The spreadsheet commands of ``jituan`` (issue 5 §5): ``export-table`` and ``roster``.

``export-table KIND`` writes one of the app's lists (or the dashboard's compliance and
schools tables) to .xlsx or CSV with the filters a page offers: a semester is its date
range, a school the records that concern it. ``roster import FILE`` imports a school's
teacher roster and prints each refused row with its reason, exiting non-zero when any row
was refused (a script must notice); ``roster preview FILE`` shows how the file was read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.enums import (ActivityType, GradeBand, Mode, Occasion, PairingKind, PairingStatus,
                            Position, SessionKind, Term)
from ..domain.plans import PlanScope
from ..domain.meetings import MeetingKind
from ..i18n import load_catalogue, translate
from .common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError, open_initialised, table

# Filters whose values are codes of a closed vocabulary: typed as a code or as its label.
ENUM_FILTERS = {
    ("observations", "occasion"): Occasion, ("observations", "band"): GradeBand,
    ("pairings", "kind"): PairingKind, ("pairings", "status"): PairingStatus,
    ("mentor_sessions", "kind"): SessionKind, ("activities", "type"): ActivityType,
    ("activities", "mode"): Mode, ("teachers", "position"): Position,
    ("plans", "scope"): PlanScope, ("plans", "term"): Term,
    ("meetings", "kind"): MeetingKind,
}


def _school(store, text: str | None) -> str | None:
    if not text:
        return None
    from ..storage.lookups import school_by_code_or_name

    uuid = school_by_code_or_name(store, text)
    if uuid is None:
        raise CliError(translate("Cli", "No school with code or name {school}.").format(
            school=text))
    return uuid


def _filter_value(kind: str, name: str, value: str) -> str:
    enum = ENUM_FILTERS.get((kind, name))
    if enum is None:
        return value
    chinese = load_catalogue("zh_CN")
    for member in enum:
        if value in (member.value, member.label, translate("Labels", member.label),
                     chinese.get(("Labels", member.label))):
            return member.value
    raise CliError(translate("Cli", "Unknown value {value} for the filter {name}.").format(
        value=value, name=name))


def _filters(kind: str, pairs: list[str]) -> dict[str, str]:
    from ..reports.table_export import LIST_OF
    from ..storage.listing import LISTS

    known = sorted(LISTS[LIST_OF[kind]].filters) if kind in LIST_OF else []
    filters = {}
    for pair in pairs or []:
        name, sep, value = (part.strip() for part in pair.partition("="))
        if not sep or not name:
            raise CliError(translate("Cli", "Write a filter as NAME=VALUE: {filter}").format(
                filter=pair))
        if name not in known:
            raise CliError(translate("Cli", "The table {kind} has no filter {name} (it has: "
                                            "{known}).").format(
                kind=kind, name=name, known=", ".join(known) or "-"))
        filters[name] = _filter_value(kind, name, value)
    return filters


def cmd_export_table(args) -> int:
    from ..reports import spreadsheets, table_export
    from ..services import setup_ops

    store = open_initialised(args)
    fmt = spreadsheets.format_of(args.out, args.format)
    school = _school(store, args.school)
    semester = setup_ops.find_semester(store, args.semester) \
        if args.semester or args.kind in table_export.SEMESTER_TABLES else None
    query = table_export.list_query(store, args.kind, semester=semester, school=school,
                                    text=args.text or "", filters=_filters(args.kind, args.filter))
    n = spreadsheets.export_table(store, args.kind, args.out, fmt=fmt, query=query,
                                  semester=semester, behind_only=args.behind)
    print(translate("Cli", "Wrote {n} rows to {file}.").format(n=n, file=args.out))
    return EXIT_OK


def cmd_roster_usage(args) -> int:
    args.roster_parser.print_help()
    return EXIT_USAGE


def cmd_roster_preview(args) -> int:
    from ..reports import roster_import

    found = roster_import.preview(args.file)
    print(translate("Cli", "Sheet {sheet}, header in row {row}, {n} rows of teachers.").format(
        sheet=found.sheet, row=found.header_row, n=found.row_count))
    columns = {j: f for f, j in found.mapping.items()}
    rows = [[translate("Cli", "Column"), translate("Cli", "Imported as")]]
    for j, name in enumerate(found.columns):
        field = columns.get(j)
        label = roster_import.FIELD_LABELS[field] if field else None
        rows.append([name or "-", translate(label.context, label) if label else "-"])
    print(table(rows))
    for message in found.messages(translate):
        print(message)
    return EXIT_OK


def cmd_roster_import(args) -> int:
    from ..reports import roster_import
    from ..storage.lookups import names

    store = open_initialised(args)
    school = _school(store, args.school)
    result = roster_import.import_roster(store, args.file, school=school, dry_run=args.dry_run)
    school_name = names(store, "school").get(result.school, "")
    text = (translate("Cli", "Checked without importing: {new} new teachers for {school}, "
                             "{updated} to update, {same} unchanged, {refused} rows refused.")
            if args.dry_run else
            translate("Cli", "Imported {new} new teachers into {school}; updated {updated}, "
                             "{same} unchanged, {refused} rows refused."))
    print(text.format(new=len(result.imported), school=school_name, updated=len(result.updated),
                      same=result.unchanged, refused=len(result.refused)))
    if result.imported:
        print(translate("Cli", "New: {names}").format(names="、".join(result.imported)))
    if result.updated:
        print(translate("Cli", "Updated: {names}").format(names="、".join(result.updated)))
    for row in result.refused:
        print(row.message(translate), file=sys.stderr)
    return EXIT_ERROR if result.refused else EXIT_OK


def add_parsers(sub, common) -> None:
    """Register ``export-table`` and ``roster`` (cli.build_parser calls this)."""
    from ..reports.table_export import KINDS

    p = sub.add_parser("export-table", parents=[common], help=translate(
        "Cli", "write one of the app's lists to an Excel (.xlsx) or CSV file"))
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=translate(
        "Cli", "which list: {kinds}").format(kinds=", ".join(KINDS)))
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=translate("Cli", "the file to write"))
    p.add_argument("--format", choices=("xlsx", "csv"), help=translate(
        "Cli", "xlsx or csv (default: from the file name, else xlsx)"))
    p.add_argument("--semester", help=translate(
        "Cli", "e.g. 2026-1: only that semester's records (compliance and schools: default "
               "the current semester; lists: default every record)"))
    p.add_argument("--school", help=translate(
        "Cli", "school code or name: only records that concern it"))
    p.add_argument("--text", help=translate("Cli", "only records containing this text "
                                                   "(names, for teachers and pairings)"))
    p.add_argument("--filter", action="append", metavar="NAME=VALUE", help=translate(
        "Cli", "a filter of the list, e.g. occasion=示范课 or status=active (repeatable)"))
    p.add_argument("--behind", action="store_true", help=translate(
        "Cli", "compliance: only who is behind"))
    p.set_defaults(func=cmd_export_table)

    p = sub.add_parser("roster", parents=[common], help=translate(
        "Cli", "import a school's teacher roster from Excel or CSV"))
    p.set_defaults(func=cmd_roster_usage, roster_parser=p)
    actions = p.add_subparsers(dest="roster_command", metavar="ACTION", parser_class=type(p))
    q = actions.add_parser("import", parents=[common], help=translate(
        "Cli", "import the teachers of a roster file; refused rows are listed with the reason"))
    q.add_argument("file", type=Path, metavar="FILE",
                   help=translate("Cli", "an .xlsx or .csv file"))
    q.add_argument("--school", help=translate(
        "Cli", "school code or name (default: this installation's school)"))
    q.add_argument("--dry-run", action="store_true", help=translate(
        "Cli", "check every row and say what would change, without importing"))
    q.set_defaults(func=cmd_roster_import)
    q = actions.add_parser("preview", parents=[common], help=translate(
        "Cli", "show how a roster file is read: its header row and which column is what"))
    q.add_argument("file", type=Path, metavar="FILE",
                   help=translate("Cli", "an .xlsx or .csv file"))
    q.set_defaults(func=cmd_roster_preview)


__all__ = ["add_parsers"]
