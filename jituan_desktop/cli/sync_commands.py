"""The sync commands of ``jituan``: joining an alliance and moving bundles (issue 4 §6).

``school add``, ``invite``, ``join``, ``approve``, ``export``, ``import``, ``revoke`` and
``conflicts``, plus the sync part of ``jituan status``. Each handler opens the store, calls one
use case of ``sync/`` (joining, exporting, importing, history) and words the answer; the use
cases refuse with a :class:`~jituan_desktop.domain.messages.Refusal`, which ``cli.main`` prints
as one line on stderr. ``import`` is the exception: it never stops at a bad file (a scheduled
import from a share must take every good bundle), so it prints each refusal itself and exits
non-zero.
"""

from __future__ import annotations

import sys
from dataclasses import fields, is_dataclass
from pathlib import Path

from ..domain.day_text import stamp_text
from ..domain.messages import Problem
from ..i18n import translate
from ..sync import results as T
from .common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, open_initialised, table

# Source texts of the states, marked for lupdate (it reads translate("Cli", "...") literals).
STATE_LABELS = {
    T.LEAD: lambda: translate("Cli", "lead school"),
    T.NOT_JOINED: lambda: translate("Cli", "not joined yet"),
    T.WAITING: lambda: translate("Cli", "waiting for the lead's approval"),
    T.JOINED: lambda: translate("Cli", "joined"),
    T.REVOKED: lambda: translate("Cli", "revoked"),
    T.NOT_INVITED: lambda: translate("Cli", "not invited yet"),
    T.INVITED: lambda: translate("Cli", "invited"),
}
INSTALLATION_LABELS = {
    T.INSTALLATION_WAITING: lambda: translate("Cli", "waiting for approval"),
    T.INSTALLATION_APPROVED: lambda: translate("Cli", "approved"),
    T.INSTALLATION_REVOKED: lambda: translate("Cli", "revoked"),
}


def state_label(state: str) -> str:
    label = STATE_LABELS.get(state)
    return label() if label else state


def installation_label(state: str) -> str:
    label = INSTALLATION_LABELS.get(state)
    return label() if label else state


def local_time(at: str | None) -> str:
    """A stored UTC ISO time as this computer's local minute, as people write it (display
    only; --json keeps the ISO text): 2026年11月25日 16:30."""
    return stamp_text(at, translate)


def plain(value):
    """A service answer as JSON values: reasons rendered in the current language."""
    if isinstance(value, Problem):
        return value.render(translate)
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    return value


def progress_printer():
    """done/total on stderr while a long export or import runs, only on a terminal."""
    if not sys.stderr.isatty():
        return None, lambda: None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    return show, lambda: print(file=sys.stderr)


def school_codes(store) -> dict[str, str]:
    from ..storage import lookups

    return {s.uuid: s.code for s in lookups.schools(store)}


# -- status ------------------------------------------------------------------------------------
def sync_report(store) -> dict:
    """The "sync" key of ``jituan status --json``: the overview of sync/overview.py."""
    from ..sync import overview as sync_overview

    return plain(sync_overview.overview(store))


def print_status(store) -> None:
    """The few sync lines of plain ``jituan status``."""
    from ..sync import overview as sync_overview

    ov = sync_overview.overview(store)
    print(translate("Cli", "Sync: {state}").format(state=state_label(ov.state)))
    if ov.rotated:
        print(rotation_text(ov.rotated))
    if ov.differs_from_lead:
        print(translate("Sync", sync_overview.DIFFERS_FROM_LEAD))
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=ov.fingerprint))
    if ov.role == "member":
        print(translate("Cli", "Records not yet acknowledged by the lead school: {n}").format(
            n=ov.pending_records))
    print(translate("Cli", "Conflicts to review: {n}").format(n=ov.conflicts))
    if ov.last_export:
        print(translate("Cli", "Last bundle sent: {at} {file}").format(
            at=local_time(ov.last_export.at), file=ov.last_export.file))
    if ov.last_import:
        print(translate("Cli", "Last bundle received: {at} {file}").format(
            at=local_time(ov.last_import.at), file=ov.last_import.file))
    if ov.schools:
        rows = [[translate("Cli", "School"), translate("Cli", "Code"), translate("Cli", "State"),
                 translate("Cli", "Last bundle"), translate("Cli", "This month")]]
        for s in ov.schools:
            rows.append([s.name, s.code, state_label(s.state), local_time(s.last_received_at),
                         translate("Cli", "reported") if s.reported_this_month
                         else "" if s.state == T.LEAD else translate("Cli", "not yet")])
        print(table(rows))


def rotation_text(rotated: str) -> str:
    """Why this laptop just became a new installation (a reason code or a ready text)."""
    from ..sync.identity import ROTATION_TEXTS, RotationReason

    try:
        return translate("Sync", ROTATION_TEXTS[RotationReason(rotated)])
    except (ValueError, KeyError):
        return translate("Sync", rotated)


# -- commands ----------------------------------------------------------------------------------
def cmd_school_add(args) -> int:
    from ..sync import membership as sync_membership

    store = open_initialised(args)
    school = sync_membership.add_school(store, args.name, code=args.code)
    print(translate("Cli", "Added {school} to the alliance with the code {code}.").format(
        school=school.name, code=school.code))
    print(translate("Cli", "Next: jituan invite {code} --to FOLDER").format(code=school.code))
    return EXIT_OK


def cmd_invite(args) -> int:
    from ..sync import membership as sync_membership

    store = open_initialised(args)
    path = sync_membership.invite(store, args.school, args.to)
    print(translate("Cli", "Wrote the invitation: {path}").format(path=path))
    print(translate("Cli", "Give it to the school; there they run: jituan join FILE --to FOLDER"))
    return EXIT_OK


def cmd_join(args) -> int:
    from ..sync import joining as sync_joining

    store = open_initialised(args)
    result = sync_joining.join(store, args.invitation, args.to)
    print(translate("Cli", "{school} joins {alliance}; waiting for the lead school's approval.")
          .format(school=result.school_name, alliance=result.alliance_name))
    print(translate("Cli", "Wrote the join request: {path}").format(path=result.path))
    print(translate("Cli", "Fingerprint: {fingerprint}").format(fingerprint=result.fingerprint))
    print(translate("Cli", "Bring the join request to the lead school and read this fingerprint "
                           "to them over the phone: they approve only with it."))
    return EXIT_OK


def cmd_approve(args) -> int:
    from ..sync import membership as sync_membership

    store = open_initialised(args)
    info = sync_membership.approve(store, args.school, args.fingerprint)
    print(translate("Cli", "Approved the installation {installation} of {school}. Your next "
                           "bundle certifies it: export and send it to the school.").format(
        installation=info.installation, school=info.school_name))
    return EXIT_OK


def cmd_revoke(args) -> int:
    from ..sync import membership as sync_membership

    store = open_initialised(args)
    info = sync_membership.revoke(store, args.installation, reason=args.reason or "")
    print(translate("Cli", "Revoked the installation {installation} of {school}: its bundles "
                           "are refused from now on, and your next bundle tells every school.")
          .format(installation=info.installation, school=info.school_name))
    return EXIT_OK


def cmd_export(args) -> int:
    from ..sync import exporting as sync_export

    store = open_initialised(args)
    show, done = progress_printer()
    try:
        result = sync_export.export_bundle(store, args.to, full=args.full, progress=show)
    finally:
        done()
    print(translate("Cli", "Wrote the bundle: {path}").format(path=result.path))
    print(translate("Cli", "{records} records and {attachments} attachments.").format(
        records=result.records, attachments=result.attachments))
    return EXIT_OK


def import_line(result: T.ImportResult, codes: dict[str, str]) -> str:
    file = result.path
    if result.status == T.KNOWN:
        return translate("Cli", "{file}: already imported; nothing changed.").format(file=file)
    if result.kind == "join_request":
        code = codes.get(result.school or "", result.school_name)
        return translate(
            "Cli", "{file}: join request of {school}, fingerprint {fingerprint}. Compare it with "
            "the school by phone, then: jituan approve {code} --fingerprint {fingerprint}").format(
            file=file, school=result.school_name, fingerprint=result.fingerprint, code=code)
    return translate(
        "Cli", "{file}: accepted from {school}: {received} records, {added} new, {known} "
        "already known, {conflicts} conflicts to review.").format(
        file=file, school=result.school_name, received=result.received, added=result.added,
        known=max(result.received - result.added, 0), conflicts=result.conflicts)


def cmd_import(args) -> int:
    from ..sync import importing as sync_import

    store = open_initialised(args)
    show, done = progress_printer()
    try:
        results = sync_import.import_paths(store, args.paths, progress=show)
    finally:
        done()
    if not results:
        print(translate("Cli", "No bundles or join requests found in {paths}.").format(
            paths=", ".join(str(p) for p in args.paths)))
        return EXIT_OK
    codes = school_codes(store)
    refused = 0
    for result in results:
        if result.status == T.SKIPPED:  # a file for the other side of a shared folder
            print(translate("Cli", "{file}: not for this school; left alone.").format(
                file=result.path))
        elif result.ok:
            print(import_line(result, codes))
        else:
            refused += 1
            reason = result.reason.render(translate) if result.reason else ""
            print(translate("Cli", "{file}: refused: {reason}").format(
                file=result.path, reason=reason), file=sys.stderr)
    if len(results) > 1:
        accepted = sum(r.status == T.ACCEPTED for r in results)
        known = sum(r.status == T.KNOWN for r in results)
        skipped = sum(r.status == T.SKIPPED for r in results)
        print(translate("Cli", "{n} files: {accepted} accepted, {known} already imported, "
                               "{skipped} not for this school, {refused} refused.").format(
            n=len(results), accepted=accepted, known=known, skipped=skipped, refused=refused))
    return EXIT_ERROR if refused else EXIT_OK


def cmd_conflicts(args) -> int:
    from ..sync import history as sync_history

    store = open_initialised(args)
    entries = sync_history.conflict_entries(store, include_resolved=args.all)
    if not entries:
        print(translate("Cli", "No conflicts to review."))
        return EXIT_OK
    rows = [[translate("Cli", "Kind"), translate("Cli", "Record"), translate("Cli", "Version"),
             translate("Cli", "Found"), translate("Cli", "State")]]
    for e in entries:
        state = (translate("Cli", "resolved") if e.resolved
                 else translate("Cli", "to resolve here") if e.can_resolve
                 else translate("Cli", "owned by another school"))
        rows.append([translate("Labels", e.kind_label), e.title or e.uuid,
                     f"{e.version}@{e.origin[:8]}", local_time(e.detected_at), state])
    print(table(rows))
    return EXIT_OK


def cmd_school_usage(args) -> int:
    args.school_parser.print_help()
    return EXIT_USAGE


# -- parser ------------------------------------------------------------------------------------
def add_parsers(sub, common) -> None:
    """Register the sync commands on ``jituan``'s subparsers (cli.build_parser calls this)."""
    p = sub.add_parser("school", parents=[common],
                       help=translate("Cli", "member schools of the alliance (lead school)"))
    p.set_defaults(func=cmd_school_usage, school_parser=p)
    school_sub = p.add_subparsers(dest="school_command", metavar="ACTION",
                                  parser_class=type(p))
    q = school_sub.add_parser("add", parents=[common],
                              help=translate("Cli", "add a member school; prints its code"))
    q.add_argument("name", help=translate("Cli", "the school's name"))
    q.add_argument("--code", help=translate("Cli", "its code (default: the next free S02, S03 ...)"))
    q.set_defaults(func=cmd_school_add)

    p = sub.add_parser("invite", parents=[common],
                       help=translate("Cli", "write the invitation for a member school (lead)"))
    p.add_argument("school", metavar="CODE", help=translate("Cli", "school code or name"))
    p.add_argument("--to", type=Path, required=True, metavar="DIR",
                   help=translate("Cli", "folder to write the file to (a USB stick, a share)"))
    p.set_defaults(func=cmd_invite)

    p = sub.add_parser("join", parents=[common],
                       help=translate("Cli", "join the alliance with an invitation (member)"))
    p.add_argument("invitation", type=Path, help=translate("Cli", "the invitation file"))
    p.add_argument("--to", type=Path, required=True, metavar="DIR",
                   help=translate("Cli", "folder to write the file to (a USB stick, a share)"))
    p.set_defaults(func=cmd_join)

    p = sub.add_parser("approve", parents=[common],
                       help=translate("Cli", "approve a school's laptop after its join request "
                                             "was imported (lead)"))
    p.add_argument("school", metavar="CODE", help=translate("Cli", "school code or name"))
    p.add_argument("--fingerprint", required=True, metavar="FP",
                   help=translate("Cli", "the fingerprint the school read out"))
    p.set_defaults(func=cmd_approve)

    p = sub.add_parser("export", parents=[common],
                       help=translate("Cli", "write a bundle for the other schools"))
    p.add_argument("--to", type=Path, required=True, metavar="DIR",
                   help=translate("Cli", "folder to write the file to (a USB stick, a share)"))
    p.add_argument("--full", action="store_true",
                   help=translate("Cli", "every record, not only those not yet acknowledged"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common],
                       help=translate("Cli", "import bundles and join requests (files or folders)"))
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("revoke", parents=[common],
                       help=translate("Cli", "refuse a laptop's bundles from now on (lead)"))
    p.add_argument("installation",
                   help=translate("Cli", "installation id, or its first 8 characters or more"))
    p.add_argument("--reason", help=translate("Cli", "why, e.g. the laptop was stolen"))
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("conflicts", parents=[common],
                       help=translate("Cli", "record versions in conflict, to review"))
    p.add_argument("--all", action="store_true",
                   help=translate("Cli", "resolved ones too"))
    p.set_defaults(func=cmd_conflicts)


__all__ = ["add_parsers", "print_status", "sync_report"]
