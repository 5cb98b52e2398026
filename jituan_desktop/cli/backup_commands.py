"""The backup commands of ``jituan``: ``backups`` (the rolling set), ``backup --to DIR``
(an encrypted backup, e.g. on a USB stick) and ``restore FILE`` (docs/backups.md).

A password is read from ``--password-file`` (its first line) or asked for on the terminal
(twice for a new backup). ``restore`` shows what the backup holds and goes on only when told
to: ``--yes``, or "y" typed at the terminal; without a terminal and without ``--yes`` it
stops after the preview and changes nothing.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from ..domain.day_text import stamp_text
from ..domain.size_text import size_text
from ..i18n import translate
from ..services import backup_ops
from .common import EXIT_ERROR, EXIT_OK, CliError, cli_clock, open_initialised, table


def _password_from(args, *, twice: bool) -> tuple[str, str]:
    if args.password_file is not None:
        try:
            text = Path(args.password_file).read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(translate("Cli", "The password file {file} cannot be read: {reason}")
                           .format(file=args.password_file,
                                   reason=getattr(exc, "strerror", None) or exc)) from exc
        password = text[0] if text else ""
        return password, password
    if not sys.stdin.isatty():
        raise CliError(translate("Cli", "No terminal to ask for the password: give it with "
                                        "--password-file FILE."))
    password = getpass.getpass(translate("Cli", "Password of the backup: "))
    again = getpass.getpass(translate("Cli", "The same password again: ")) if twice else password
    return password, again


def _size(n: int) -> str:
    return size_text(n, translate)  # as the window shows it: 33 字节, 2.9 KB, 2.0 GB


def _facts_lines(facts) -> list[str]:
    school = facts.school_name + (f" ({facts.school_code})" if facts.school_code else "")
    return [translate("Cli", "Made: {at}").format(at=stamp_text(facts.made_at, translate) or "?"),
            translate("Cli", "School: {school}").format(school=school or "?"),
            translate("Cli", "Records: {counts}").format(
                counts=backup_ops.counts_text(facts, translate))]


def cmd_backups(args) -> int:
    store = open_initialised(args)
    try:
        ov = backup_ops.overview(store)
    finally:
        store.close()
    print(translate("Cli", "Backups in {folder}: {n}, {size} of {budget}").format(
        folder=ov.folder, n=len(ov.rows), size=_size(ov.total_bytes), budget=_size(ov.budget)))
    if ov.rows:
        rows = [[translate("Cli", "Made"), translate("Cli", "Kind"), translate("Cli", "Size"),
                 translate("Cli", "Records"), translate("Cli", "File")]]
        for r in ov.rows:
            rows.append([stamp_text(r.made, translate),
                         translate("Backups", backup_ops.KIND_NAMES[r.kind]), _size(r.size),
                         str(r.facts.records) if r.facts else "?", r.path.name])
        print(table(rows))
    return EXIT_OK


def cmd_backup(args) -> int:
    store = open_initialised(args)
    try:
        password, again = _password_from(args, twice=True)
        path, facts = backup_ops.backup_to_folder(store, args.to, password, again)
    finally:
        store.close()
    print(translate("Cli", "Backup written: {file}").format(file=path))
    for line in _facts_lines(facts):
        print(line)
    print(translate("Cli", "Keep the password apart from the backup: without it the backup "
                           "cannot be restored."))
    return EXIT_OK


def cmd_restore(args) -> int:
    from ..sync.installation import check_installation

    source = Path(args.file)
    if not source.is_file():
        raise CliError(translate("Cli", "There is no file {file}.").format(file=source))
    password = None
    from ..storage.backup_files import is_encrypted

    if is_encrypted(source):
        password, _ = _password_from(args, twice=False)
    facts = backup_ops.preview(args.data_dir, source, password)
    print(translate("Cli", "Backup {file}:").format(file=source.name))
    for line in _facts_lines(facts):
        print("  " + line)
    print(translate("Cli", "Restoring replaces the database in {folder} with this backup. The "
                           "current database is copied into its backups folder first.").format(
        folder=args.data_dir))
    if not args.yes:
        if not sys.stdin.isatty():
            print(translate("Cli", "Nothing was changed: add --yes to restore."), file=sys.stderr)
            return EXIT_ERROR
        answer = input(translate("Cli", "Restore this backup? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "是"):
            print(translate("Cli", "Nothing was changed."))
            return EXIT_ERROR
    result = backup_ops.restore(args.data_dir, source, password, cli_clock(),
                                after_open=check_installation)
    print(translate("Cli", "Restored. The database it replaced is kept as {file}.").format(
        file=result.saved_copy) if result.saved_copy else translate("Cli", "Restored."))
    from ..sync.standing import ROTATED
    from .sync_commands import rotation_text

    store = open_initialised(args)
    try:
        now_id, rotated = store.installation_id, store.meta(ROTATED)
    finally:
        store.close()
    if rotated and now_id != facts.installation_id:  # a new installation: the lead approves
        print(rotation_text(rotated))
    return EXIT_OK


def add_parsers(sub, common) -> None:
    p = sub.add_parser("backups", parents=[common],
                       help=translate("Cli", "list the backups kept in the data folder"))
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("backup", parents=[common],
                       help=translate("Cli", "write an encrypted backup into a folder"))
    p.add_argument("--to", type=Path, required=True, metavar="DIR",
                   help=translate("Cli", "the folder to write it to (a USB stick)"))
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help=translate("Cli", "read the password from the first line of FILE"))
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help=translate("Cli", "replace the database with a backup"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--password-file", type=Path, metavar="FILE",
                   help=translate("Cli", "read the password from the first line of FILE"))
    p.add_argument("--yes", action="store_true",
                   help=translate("Cli", "restore without asking"))
    p.set_defaults(func=cmd_restore)


__all__ = ["add_parsers"]
