"""The ``jituan`` command line: for IT staff, scripts and tests, over the services.

Every message goes through :mod:`jituan_desktop.i18n` (Chinese by default). Errors are one
line on stderr and a non-zero exit status, never a traceback (set ``JITUAN_DEBUG=1`` to see
one). This module builds the parser from the command modules and dispatches; the helpers
they share are in :mod:`.common`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import i18n
from ..domain.messages import Refusal, ValidationError
from ..i18n import translate
from ..paths import default_data_dir
from ..storage.errors import DatabaseError
from .backup_commands import add_parsers as add_backup_commands
from .common import (EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError, Parser, clock_problem,
                     failure_text, refusal_text)
from .plan_commands import add_parsers as add_plan_commands
from .meeting_commands import add_parsers as add_meeting_commands
from .query_commands import add_parsers as add_query_commands
from .report_commands import add_parsers as add_report_commands
from .setup_commands import add_parsers as add_setup_commands
from .submission_commands import add_parsers as add_submission_commands
from .sync_commands import add_parsers as add_sync_commands
from .table_commands import add_parsers as add_table_commands

# Each command module registers its commands, in the order ``jituan --help`` lists them.
COMMAND_GROUPS = (add_setup_commands, add_query_commands, add_sync_commands, add_table_commands,
                  add_report_commands, add_plan_commands,
                  add_meeting_commands, add_submission_commands, add_backup_commands)


class VersionAction(argparse.Action):
    """``--version``: the version is read from the package's metadata only when asked for
    (~60 ms), not by every command, nor by the desktop app that shares cli.common."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        print(f"jituan {__version__}")
        parser.exit()


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
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add_commands in COMMAND_GROUPS:
        add_commands(sub, common)
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
        print(refusal_text(exc), file=sys.stderr)
    except BrokenPipeError:  # output piped into head or a closed pager
        return EXIT_OK
    except (DatabaseError, OSError) as exc:  # a read-only or full folder, a busy database
        if os.environ.get("JITUAN_DEBUG"):
            raise
        print(failure_text(exc, args), file=sys.stderr)
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
