"""``jituan report KIND --out FILE``: any report of the catalogue as a PDF (issue 5 §5).

The kinds, their titles and what each reads come from ``reports.catalogue.KINDS``, so a report
added there is on the command line and in ``jituan report --help`` without a change here.
The catalogue refuses what is wrong inside a request (an unknown kind or id, a missing id, a
bad semester or school, an unwritable path) with a ``ReportError`` that ``cli.main`` prints as
one line; this module refuses what is wrong with the command itself (an option the report
does not read, a year that is not one, .xlsx for a report that has no spreadsheet form).

The catalogue is imported only when a report is made or its help shown: it loads reportlab,
which no other command needs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translate
from .common import EXIT_OK, CliError, cli_clock, display_width, open_initialised

# The request fields a kind reads (ReportKind.needs) and the option that sets each.
OPTION_OF = {"id": "--id", "semester": "--semester", "school": "--school", "year": "--year",
             "quarter": "--quarter"}
FORMATS = ("pdf", "xlsx")
# Not a kind of the catalogue: the 快速入门 guide reads no database (reports/quick_start_guide.py).
QUICK_START = "quick-start"
# The kinds that also have a spreadsheet form, and the function that writes it.
XLSX_KINDS = ("annual-summary",)
YEARS = range(2000, 2101)


def _need_text(need: str, record_label: str) -> str:
    """The option that sets one field of a kind's ``needs`` (for an id: which record)."""
    if need == "id":
        return translate("Cli", "--id ({record})").format(record=record_label)
    return OPTION_OF[need]


def kinds_text() -> str:
    """The list of reports for ``jituan report --help``: key, title, what it reads."""
    from ..reports import catalogue

    lines = [translate("Cli", "Reports:")]
    width = max(len(key) for key in catalogue.KINDS)
    titles = {key: catalogue.title_of(kind) for key, kind in catalogue.KINDS.items()}
    title_width = max(display_width(t) for t in titles.values())
    for key, kind in catalogue.KINDS.items():
        record = translate("Reports", catalogue.RECORD_LABELS.get(kind.record_kind, ""))
        needs = ", ".join(_need_text(n, record) for n in kind.needs)
        title = titles[key] + " " * (title_width - display_width(titles[key]))
        lines.append(f"  {key:<{width}}  {title}  {needs}")
    lines.append(f"  {QUICK_START:<{width}}  " + translate(
        "Cli", "the quick start guide of one user, with pictures: --audience principal, "
               "teacher or coordinator"))
    lines.append("")
    lines.append(translate("Cli", "Ids are printed by 'jituan search' and are in the lists "
                                  "exported with 'jituan export-table'."))
    lines.append(translate("Cli", "The annual summary is also written as .xlsx (--format xlsx, "
                                  "or an --out name ending in .xlsx)."))
    return "\n".join(lines)


class KindsHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Ends ``jituan report --help`` with the catalogue's list, read only when help is shown
    (building every command's parser must not load reportlab)."""

    def format_help(self) -> str:
        self.add_text(kinds_text())
        return super().format_help()


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        year = int(text.strip())
    except ValueError:
        year = 0
    if year not in YEARS:
        raise CliError(translate("Cli", "{value} is not a year: write it like 2026.").format(
            value=text))
    return year


def quarter_number(text: str) -> int:
    """A quarter as typed: 1 to 4 (argparse turns the refusal into a usage error)."""
    if text.strip() not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a quarter: write 1, 2, 3 or 4.").format(value=text))
    return int(text)


def _format(args, key: str) -> str:
    fmt = (args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "pdf")).lower()
    if fmt not in FORMATS:
        raise CliError(translate("Cli", "Unknown report format \"{format}\": choose pdf or "
                                        "xlsx.").format(format=args.format))
    if fmt == "xlsx" and key not in XLSX_KINDS:
        from ..reports import catalogue

        raise CliError(translate("Cli", "The report \"{title}\" is made as a PDF only; only "
                                        "the annual summary is also written as .xlsx.").format(
            title=catalogue.title_of(catalogue.kind_for(key))))
    return fmt


def _unread_options(args, kind) -> None:
    """Refuse an option the report does not read: silently ignoring --semester on a form of
    one record would let the user believe the printout is about that semester."""
    from ..reports import catalogue

    given = [field for field in OPTION_OF if getattr(args, field) is not None]
    extra = [OPTION_OF[field] for field in given if field not in kind.needs]
    if extra:
        reads = ", ".join(OPTION_OF[n] for n in kind.needs)
        raise CliError(translate("Cli", "The report \"{title}\" does not use {options}; it "
                                        "reads {reads}.").format(
            title=catalogue.title_of(kind), options=", ".join(extra), reads=reads))


def cmd_quick_start(args) -> int:
    """``jituan report quick-start --audience X --out FILE``: the guide needs no data folder."""
    from ..domain import quick_start
    from ..reports.quick_start_guide import write_guide

    given = [OPTION_OF[field] for field in OPTION_OF if getattr(args, field) is not None]
    if args.format and args.format.lower() != "pdf":
        given.append("--format")
    if given:
        raise CliError(translate("Cli", "The quick start guide does not use {options}; it "
                                        "reads --audience.").format(options=", ".join(given)))
    if args.audience not in quick_start.AUDIENCES:
        raise CliError(translate("Cli", "Say whose guide with --audience principal, teacher or "
                                        "coordinator."))
    path = write_guide(args.audience, args.out, generated=cli_clock().today())
    title = quick_start.guide(args.audience, translate).title
    print(translate("Cli", "Wrote {title} to {file}.").format(title=title, file=path))
    return EXIT_OK


def cmd_report(args) -> int:
    from ..reports import catalogue
    from ..reports.catalogue import ReportRequest

    if (args.kind or "").strip() == QUICK_START:
        return cmd_quick_start(args)
    if args.audience is not None:
        raise CliError(translate("Cli", "--audience is for the quick start guide only: jituan "
                                        "report quick-start --audience principal --out "
                                        "guide.pdf"))
    kind = catalogue.kind_for(args.kind)  # an unknown kind is refused before anything opens
    _unread_options(args, kind)
    fmt = _format(args, kind.key)
    year = _year(args.year)
    store = open_initialised(args)
    try:
        request = ReportRequest(today=store.clock.today(), id=args.id,
                                semester=args.semester, school=args.school, year=year,
                                quarter=args.quarter)
        if fmt == "xlsx":
            from ..reports.annual_summary import annual_summary_xlsx

            path = annual_summary_xlsx(store, request, args.out)
        else:
            path = catalogue.render(store, kind.key, request, args.out)
    finally:
        store.close()
    print(translate("Cli", "Wrote {title} to {file}.").format(
        title=catalogue.title_of(kind), file=path))
    return EXIT_OK


def add_parsers(sub, common) -> None:
    """Register ``report`` on ``jituan``'s subparsers (cli.build_parser calls this)."""
    p = sub.add_parser(
        "report", parents=[common], formatter_class=KindsHelpFormatter,
        help=translate("Cli", "print a form or summary as a PDF (the list: jituan report --help)"),
        description=translate("Cli", "Make one of the printable reports as a PDF file."))
    p.add_argument("kind", metavar="KIND", help=translate("Cli", "which report (listed below)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=translate("Cli", "the file to write, such as report.pdf"))
    p.add_argument("--id", metavar="ID", help=translate("Cli", "the record of a form of one "
                                                               "record"))
    p.add_argument("--semester", metavar="S",
                   help=translate("Cli", "e.g. 2026-1 (default: the semester due: the one that "
                                         "ended, in a holiday and for a month after its last "
                                         "day; else the current one)"))
    p.add_argument("--school", metavar="CODE",
                   help=translate("Cli", "school code, name or id (default: this school)"))
    p.add_argument("--year", metavar="Y", help=translate(
        "Cli", "the annual summary's year, which ends on 30 November (default: the one due: "
               "in December and January the year just closed)"))
    p.add_argument("--quarter", metavar="Q", type=quarter_number, help=translate(
        "Cli", "the quarterly report's quarter, 1 to 4, with --year (default: the quarter "
               "that ended last)"))
    p.add_argument("--format", metavar="FORMAT", help=translate(
        "Cli", "pdf, or xlsx for the annual summary (default: from the file name, else pdf)"))
    p.add_argument("--audience", metavar="WHO", help=translate(
        "Cli", "with quick-start: principal, teacher or coordinator"))
    p.set_defaults(func=cmd_report)


__all__ = ["add_parsers", "cmd_quick_start", "cmd_report", "kinds_text"]
