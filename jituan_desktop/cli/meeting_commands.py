"""会议纪要 on the command line: ``jituan meetings`` lists them (or, with ``--open``, the
decisions still to be carried out), ``jituan add-meeting`` records one for a script, and
``jituan mark-decision`` marks one decision carried out, withdrawn or open again.

People are named as the rosters have them (张三, or 张三@城关小学 when two share a name);
dates are written as people write them (2026-11-20, 2026年11月20日 ...). Every refusal is
the services' own message: a meeting without attendees, a decision without a date ...
"""

from __future__ import annotations

import json

from ..domain.day_text import day_text
from ..domain.meetings import Decision, DecisionState, Meeting
from ..domain.messages import ValidationError
from ..i18n import translate
from .common import EXIT_OK, CliError, open_initialised, table
from .table_commands import _filter_value, _school

OVERDUE_MARK = "!"


def _kind(text: str) -> str:
    """A meeting kind typed as its code (alliance) or its label (联盟校会议)."""
    try:
        return _filter_value("meetings", "kind", text)
    except CliError:
        raise CliError(translate(
            "Cli", "Unknown meeting kind {value}: use council, alliance, joint or other."
        ).format(value=text)) from None


def _state(text: str) -> DecisionState:
    from ..i18n import load_catalogue

    chinese = load_catalogue("zh_CN")
    for member in DecisionState:
        if text in (member.value, member.label, translate("Labels", member.label),
                    chinese.get(("Labels", member.label))):
            return member
    raise CliError(translate(
        "Cli", "Unknown decision state {value}: use open, done or dropped.").format(value=text))


def _day(text: str | None, what: str):
    from ..domain.day_parsing import parse_day

    if not text or not text.strip():
        return None
    try:
        return parse_day(text.strip(), what)
    except ValidationError as exc:
        raise CliError(f"{what}: {exc.render(translate)}") from exc


class _People:
    """Teachers by name, or by 名字@学校 when a name is not unique across the alliance."""

    def __init__(self, store):
        from ..storage import lookups

        self.schools = lookups.names(store, "school")
        self.teachers = lookups.teachers(store)

    def find(self, text: str) -> str:
        name, _, school = (part.strip() for part in text.partition("@"))
        found = [t for t in self.teachers if t.name == name and
                 (not school or self.schools.get(t.school) == school)]
        if not found:
            raise CliError(translate("Cli", "No teacher named {name}.").format(name=text))
        if len(found) > 1:
            raise CliError(translate("Cli", "Several teachers are named {name}: write it as "
                              "{name}@SCHOOL, e.g. {example}.").format(
                name=name, example=f"{name}@{self.schools.get(found[0].school, '')}"))
        return found[0].uuid


def _decision(text: str, people: _People) -> Decision:
    """TEXT|PERSON|DUE: what was decided, who follows it up, by when."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) > 3 or not parts[0]:
        raise CliError(translate(
            "Cli", "Write a decision as \"TEXT|PERSON|DATE\": {decision}").format(decision=text))
    parts += [""] * (3 - len(parts))
    return Decision(text=parts[0], follow_up=people.find(parts[1]) if parts[1] else None,
                    due=_day(parts[2], translate("Cli", "Decision date")))


def _times(text: str | None) -> tuple[str, str]:
    """14:30-16:00 (or 14:30–16:00) as a start and an end; the checks are the meeting's."""
    if not text:
        return "", ""
    start, _, end = text.replace("–", "-").replace("～", "-").partition("-")
    return start.strip(), end.strip()


def cmd_add_meeting(args) -> int:
    from ..services import meeting_ops

    store = open_initialised(args)
    people = _People(store)
    start, end = _times(args.time)
    host = _school(store, args.host) or store.school_uuid
    meeting = Meeting(
        kind=_kind(args.kind), title=args.title,
        meeting_date=_day(args.date, translate("Cli", "Date")),
        host_school=host, schools=[s for s in (_school(store, x) for x in args.school or [])
                                   if s != host],
        start_time=start, end_time=end, place=args.place or "",
        chair=people.find(args.chair) if args.chair else None,
        recorder=people.find(args.recorder) if args.recorder else None,
        attendees=list(dict.fromkeys(people.find(a) for a in args.attendee or [])),
        absent=args.absent or "", agenda=args.agenda or "", discussion=args.discussion or "",
        decisions=[_decision(d, people) for d in args.decision or []])
    meeting_ops.record_meeting(store, meeting)
    print(translate("Cli", "Recorded the minutes of {title}: {id}").format(title=meeting.title,
                                                             id=meeting.uuid))
    return EXIT_OK


def cmd_mark_decision(args) -> int:
    from ..services import meeting_ops

    store = open_initialised(args)
    meeting = meeting_ops.meeting(store, args.id)
    if not 1 <= args.number <= len(meeting.decisions):
        raise CliError(translate(
            "Cli", "The meeting {title} has {n} decisions: give a number from 1 to {n}."
        ).format(title=meeting.title, n=len(meeting.decisions)))
    decision = meeting.decisions[args.number - 1]
    state = _state(args.state)
    meeting_ops.mark_decision(store, meeting.uuid, decision.id, state,
                              done_on=_day(args.on, translate("Cli", "Done on")),
                              note=args.note or "")
    print(translate("Cli", "Decision {n} of {title}: {state}.").format(
        n=args.number, title=meeting.title, state=translate("Labels", state.label)))
    return EXIT_OK


def _print_open(store, school: str | None, as_json: bool) -> None:
    from ..services import meeting_ops

    due = meeting_ops.open_decisions(store, school=school)
    if as_json:
        print(json.dumps([{"meeting": d.meeting_uuid, "meeting_title": d.meeting_title,
                           "kind": d.meeting_kind.value, "decision": d.decision_id,
                           "text": d.text, "follow_up": d.follow_up_name,
                           "due": d.due.isoformat(), "overdue": d.overdue} for d in due],
                         ensure_ascii=False, indent=2))
        return
    rows = [[translate("Cli", "Due"), translate("Cli", "Decision"),
             translate("Cli", "Followed up by"), translate("Cli", "Meeting")]]
    for d in due:
        when = day_text(d.due, translate) + (OVERDUE_MARK if d.overdue else "")
        rows.append([when, d.text, d.follow_up_name, d.meeting_title])
    print(table(rows))
    print(translate(
        "Cli", "{n} decisions to be carried out, {late} of them overdue (marked !)."
    ).format(n=len(due), late=sum(d.overdue for d in due)))


def cmd_meetings(args) -> int:
    from ..domain.list_query import ListQuery
    from ..services import query_ops, setup_ops

    store = open_initialised(args)
    school = _school(store, args.school)
    if args.open:
        _print_open(store, school, args.json)
        return EXIT_OK
    query = ListQuery(school=school, text=args.text or "")
    if args.semester:
        semester = setup_ops.find_semester(store, args.semester)
        query.date_from, query.date_to = semester.start, semester.end
    if args.kind:
        query.filters["kind"] = _kind(args.kind)
    rows = query_ops.page(store, "meeting", query, limit=args.limit)
    if args.json:
        print(json.dumps([{"id": r["uuid"], "date": r["meeting_date"], "kind": r["kind"],
                           "title": r["title"], "host_school": r["host_school_name"],
                           "decisions": r["decision_count"], "open": r["open_count"]}
                          for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    from ..domain.meetings import MeetingKind

    out = [[translate("Cli", "Date"), translate("Cli", "Kind"), translate("Cli", "Title"),
            translate("Cli", "Host school"), translate("Cli", "Decisions"),
            translate("Cli", "Open"), "id"]]
    for r in rows:
        out.append([day_text(r["meeting_date"], translate),
                    translate("Labels", MeetingKind.parse(r["kind"]).label), r["title"],
                    r["host_school_name"] or "", r["decision_count"], r["open_count"], r["uuid"]])
    print(table(out))
    return EXIT_OK


def add_parsers(sub, common) -> None:
    """Register ``meetings``, ``add-meeting`` and ``mark-decision`` (build_parser calls this)."""
    from .common import positive_int

    kinds = translate("Cli", "council, alliance, joint or other (or the Chinese name)")
    p = sub.add_parser("meetings", parents=[common], help=translate(
        "Cli", "list the meeting minutes, or the decisions still to be carried out"))
    p.add_argument("--semester", help=translate(
        "Cli", "e.g. 2026-1: only that semester's meetings"))
    p.add_argument("--school", help=translate(
        "Cli", "school code or name: meetings it hosted or joined"))
    p.add_argument("--kind", help=kinds)
    p.add_argument("--text", help=translate("Cli", "only meetings containing this text"))
    p.add_argument("--open", action="store_true", help=translate(
        "Cli", "the decisions still to be carried out, soonest due first"))
    p.add_argument("--limit", type=positive_int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("add-meeting", parents=[common], help=translate(
        "Cli", "record a meeting's minutes (for scripts)"))
    p.add_argument("--kind", required=True, help=kinds)
    p.add_argument("--date", required=True, help=translate(
        "Cli", "the day it was held, e.g. 2026-11-20"))
    p.add_argument("--title", required=True)
    p.add_argument("--time", help=translate("Cli", "e.g. 14:30-16:00"))
    p.add_argument("--place")
    p.add_argument("--host", help=translate("Cli", "school code or name (default: this school)"))
    p.add_argument("--school", action="append", metavar="SCHOOL", help=translate(
        "Cli", "a participating school, code or name (repeatable)"))
    p.add_argument("--chair", metavar="NAME")
    p.add_argument("--recorder", metavar="NAME")
    p.add_argument("--attendee", action="append", metavar="NAME", help=translate(
        "Cli", "someone who attended, as NAME or NAME@SCHOOL (repeatable)"))
    p.add_argument("--absent", help=translate("Cli", "who was absent, and why"))
    p.add_argument("--agenda")
    p.add_argument("--discussion")
    p.add_argument("--decision", action="append", metavar="TEXT|NAME|DATE", help=translate(
        "Cli", "a decision, who follows it up and by when (repeatable)"))
    p.set_defaults(func=cmd_add_meeting)

    p = sub.add_parser("mark-decision", parents=[common], help=translate(
        "Cli", "mark a meeting's decision carried out, withdrawn or open again"))
    p.add_argument("id", help=translate("Cli", "the meeting's id (see 'jituan meetings')"))
    p.add_argument("number", type=positive_int, help=translate(
        "Cli", "the decision's number, from 1"))
    p.add_argument("--state", default="done", help=translate(
        "Cli", "done (default), dropped or open"))
    p.add_argument("--on", metavar="DATE", help=translate(
        "Cli", "the day it was done (default: today)"))
    p.add_argument("--note")
    p.set_defaults(func=cmd_mark_decision)


__all__ = ["add_parsers"]
