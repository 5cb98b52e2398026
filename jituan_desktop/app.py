"""Composition root of the desktop app: paths -> database -> services -> GUI.

``jituan-desktop [--data-dir DIR] [--demo] [--lang zh_CN|en]``;
``jituan-desktop --version`` prints the version, ``jituan-desktop --self-test`` checks the
installed app on a temporary database and exits 0 or the failing step's code (self_test.py).

The data folder is ``--data-dir``, else the one chosen in 设置, else the default. The
language is ``--lang``, else the one chosen in 设置, else Chinese.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import i18n
from .clock import Clock
from .i18n import translate
from .paths import default_data_dir, demo_data_dir, register_dir
from .domain.messages import QT_TRANSLATE_NOOP, Refusal
from .storage import app_lock
from .storage.app_lock import AppLock, FolderInUse
from .storage.store import Store

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Storage", "This data folder is already open: its window has been brought to the front.")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jituan-desktop")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument(
        "--demo", action="store_true", help="open a demo alliance in a folder of its own")
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check the database, a PDF and the translations, then exit")
    return parser.parse_args(argv)


def open_demo(folder: Path, clock: Clock) -> Store:
    """The demo alliance, generated on first use; never mixed with real records."""
    from .demo.generator import generate_demo
    from .services import query_ops, setup_ops

    store = Store.open(folder, clock=clock)
    if not store.is_initialised:
        generate_demo(store, "small")
        query_ops.index_search(store)
    setup_ops.mark_demo(store)  # a demo generated before demos were marked says so too
    return store


def _print(text: str) -> None:
    """stdout, or nothing: a Windows build has no console (sys.stdout is None)."""
    if sys.stdout is not None:
        print(text)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from . import __version__

        _print(f"jituan-desktop {__version__}")
        return 0
    if args.self_test:
        from . import self_test

        return self_test.run()
    from . import gui

    chosen_language, chosen_folder = gui.preferences()
    language = args.lang or chosen_language or i18n.language()
    i18n.set_language(language)
    demo_folder = (args.data_dir if args.demo and args.data_dir else None) or demo_data_dir()
    from .cli.common import clock_problem

    problem = clock_problem()
    if problem:
        print(problem, file=sys.stderr)
        gui.show_startup_error(problem, language)
        return 1
    clock = Clock.from_environment()  # the app's one clock, handed to every store it opens
    folder = demo_folder if args.demo else (args.data_dir or chosen_folder or default_data_dir())
    try:
        lock = take_folder(folder, clock)
    except FolderInUse as exc:
        if exc.here and gui.bring_first_forward(folder):
            _print(translate("Storage", ALREADY_OPEN))
            return 0  # the window the user already had is in front now
        text = exc.render(translate)
        print(text, file=sys.stderr)
        gui.show_startup_error(text, language)
        return 1
    try:
        if args.demo:
            store = open_demo(demo_folder, clock)
        else:
            store = Store.open(folder, clock=clock)
        from .sync import laptop
        from .sync.installation import check_installation

        laptop.use_register_dir(register_dir())  # this laptop's register (docs/sync.md §1)
        check_installation(store)
        from .services.compliance_ops import upgrade_default_rules

        upgrade_default_rules(store)  # a lead's untouched v0.1 default rules, once
    except Refusal as exc:
        text = exc.render(translate)
        print(text, file=sys.stderr)
        gui.show_startup_error(text, language)
        return 1
    try:
        return gui.run(store, language=language, open_demo=lambda: open_demo(demo_folder, clock),
                       folder=folder if lock is not None else None)
    finally:
        if lock is not None:
            lock.release()


def take_folder(folder: Path, clock: Clock) -> AppLock | None:
    """This app's hold on the data folder (storage/app_lock.py): raises FolderInUse when
    another app has it, here or on another computer. Refusing the other computer's case
    outright, rather than offering a read-only view, is deliberate: SQLite's write-ahead
    log is shared through memory of one computer, so even reading a database another
    computer writes over a network share can see it torn."""
    from .sync.laptop import machine_token

    return app_lock.acquire(folder, host=app_lock.host_name(), machine=machine_token(),
                            pid=os.getpid(), started=clock.utc_iso())


if __name__ == "__main__":
    raise SystemExit(main())
