"""What every command of ``jituan`` shares: exit statuses, refusals, the store, tables.

The command modules (``setup_commands``, ``query_commands``, ``sync_commands``,
``table_commands``, ``report_commands``) import this module; :mod:`.main` imports them and
builds the parser; nothing imports :mod:`.main` back. ``clock_problem`` is also the desktop
app's check of JITUAN_NOW (app.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from pathlib import Path

from ..clock import ENVIRONMENT_VARIABLE, Clock
from .. import i18n
from ..i18n import translate
from ..paths import register_dir
from ..storage import errors as storage_errors
from ..storage.errors import StoreError
from ..storage.store import DATABASE_FILE, Store

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


def refusal_text(refusal) -> str:
    """A refusal on one line of stderr (its own line breaks become separators)."""
    return refusal.render(translate).replace("\n", "；" if i18n.language() == "zh_CN" else "; ")


def failure_text(exc: BaseException, args) -> str:
    """What to say when the disk or the database refused a write that no use case turned
    into a refusal itself: a read-only or full folder, a database another program holds
    (storage/errors.py ``failure_refusal``), on every command alike (issue 13)."""
    data_dir = getattr(args, "data_dir", None)
    where = data_dir
    if data_dir and isinstance(exc, storage_errors.DatabaseError):
        where = Path(data_dir) / DATABASE_FILE
    refusal = storage_errors.failure_refusal(exc, where)
    if refusal is not None:
        return refusal_text(refusal)
    if isinstance(exc, storage_errors.DatabaseError):
        return translate("Storage", "The database cannot be used: {reason}").format(reason=exc)
    return translate("Cli", "Unexpected error: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


def waiting_notice(path: Path) -> None:
    """Told by the store when another program holds the database: say why nothing moves."""
    print(translate("Storage", storage_errors.WAITING_FOR_LOCK).format(path=path),
          file=sys.stderr, flush=True)


def cli_clock() -> Clock:
    """The command's one clock (JITUAN_NOW moves it), for a command that opens no store
    first (``restore``). Also points the sync module at this laptop's register, which every
    store opening consults (docs/sync.md §1)."""
    from ..sync import laptop

    laptop.use_register_dir(register_dir())
    return Clock.from_environment()


def open_store(args, *, create: bool = False) -> Store:
    from ..services import compliance_ops
    from ..sync.installation import check_installation

    store = Store.open(args.data_dir, create=create, clock=cli_clock())
    store.on_lock_wait = waiting_notice
    try:
        check_installation(store)  # a copied or restored database rotates before any write
        compliance_ops.upgrade_default_rules(store)  # a lead's v0.1 defaults, once
    except BaseException:
        store.close()
        raise
    return store


def open_initialised(args) -> Store:
    store = open_store(args)
    if not store.is_initialised:
        raise StoreError(storage_errors.NOT_INITIALISED)
    return store
