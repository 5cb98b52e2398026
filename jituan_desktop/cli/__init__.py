"""The ``jituan`` command line (``jituan = "jituan_desktop.cli:main"``).

:mod:`.main` builds the parser and dispatches; :mod:`.common` holds what the commands share;
one module per group of commands: :mod:`.setup_commands` (init, demo), :mod:`.query_commands`
(status, check, index, search, compliance), :mod:`.sync_commands` (schools, joining, bundles),
:mod:`.table_commands` (export-table, roster) and :mod:`.report_commands` (report).
"""

from .common import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_OK, EXIT_USAGE
from .main import build_parser, main

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_CHECK_FAILED"]
