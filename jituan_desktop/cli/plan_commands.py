"""Work plans from the command line, for scripts: ``jituan plan list | show | add |
add-item | done | link``.

``list`` prints each plan with its id; ``show ID`` prints its 月份安排 with where each item
stands (``--school``: how that school stands on the items that concern it); ``add`` writes a
plan of this school (``--scope alliance`` at the lead only) and prints its id; ``add-item``
adds one item and prints its id; ``done`` marks an item done by hand; ``link`` names the
record that carried it out. Every refusal is the services' message, in the user's language.
"""

from __future__ import annotations

import json

from ..domain.day_parsing import parse_day
from ..domain.day_text import day_text
from ..domain.enums import Term
from ..domain.plan_text import kind_text, month_text, period_text, standing_text, week_text
from ..domain.plans import Plan, PlanItem, PlanItemCategory, PlanScope
from ..i18n import translate
from .common import EXIT_OK, CliError, open_initialised, positive_int, table
from .table_commands import _school


def _plans(store, args) -> list[dict]:
    from ..domain.list_query import ListQuery
    from ..services import query_ops

    query = ListQuery(school=_school(store, args.school))
    if args.year:
        query.filters["school_year"] = str(args.year)
    return query_ops.page(store, "plan", query, limit=10000)


def cmd_plan_list(args) -> int:
    store = open_initialised(args)
    rows = _plans(store, args)
    if args.json:
        print(json.dumps([{"id": r["uuid"], "title": r["title"], "scope": r["scope"],
                           "school": r["school_name"], "school_year": r["school_year"],
                           "term": r["term"], "items": r["item_count"]} for r in rows],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    lines = [[translate("Cli", "Period"), translate("Cli", "Plan"), translate("Cli", "School"),
              translate("Cli", "Title"), translate("Cli", "Items"), "ID"]]
    for r in rows:
        try:
            plan = Plan(scope=PlanScope(r["scope"]), school=r["school"],
                        school_year=r["school_year"],
                        term=Term(r["term"]) if r["term"] else None, title=r["title"])
            period, scope = period_text(plan, translate), translate("Labels", plan.scope.label)
        except (TypeError, ValueError):  # a stored code that is unknown: shown as it is
            period, scope = f'{r["school_year"]} {r["term"] or ""}'.strip(), str(r["scope"])
        lines.append([period, scope, r["school_name"] or "", r["title"], r["item_count"],
                      r["uuid"]])
    print(table(lines))
    return EXIT_OK


def cmd_plan_show(args) -> int:
    from ..services import plan_ops, record_ops

    store = open_initialised(args)
    plan = record_ops.get(store, Plan, args.id)
    progress = plan_ops.plan_progress(store, plan.uuid, school=_school(store, args.school))
    if args.json:
        print(json.dumps([{
            "id": p.item.id, "month": p.item.month, "week": p.item.week,
            "category": p.item.category.value, "kind": p.item.kind, "what": p.item.what,
            "responsible": p.item.responsible, "schools": p.item.schools,
            "state": p.state.value,
            "fulfilled_by": None if p.fulfilled_by is None else {
                "kind": p.fulfilled_by.kind, "id": p.fulfilled_by.uuid,
                "title": p.fulfilled_by.title, "day": p.fulfilled_by.day.isoformat()},
        } for p in progress], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{plan.title}  {period_text(plan, translate)}")
    lines = [[translate("Cli", "Month"), translate("Cli", "Week"), translate("Cli", "Work"),
              translate("Cli", "Kind"), translate("Cli", "Responsible"),
              translate("Cli", "How it stands"), "ID"]]
    for p in progress:
        lines.append([month_text(p.item.month, translate), week_text(p.item.week, translate),
                      p.item.what, kind_text(p.item, translate), p.item.responsible,
                      standing_text(p.state, p.fulfilled_by, translate), p.item.id])
    print(table(lines))
    return EXIT_OK


def cmd_plan_add(args) -> int:
    from ..services import record_ops

    store = open_initialised(args)
    plan = Plan(scope=PlanScope(args.scope), school=store.school_uuid, school_year=args.year,
                term=Term(args.term) if args.term else None, title=args.title,
                guiding=args.guiding or "", goals=args.goals or "",
                main_work=args.main_work or "")
    record_ops.save(store, plan)
    print(plan.uuid)
    return EXIT_OK


def _category(text: str) -> PlanItemCategory:
    for member in PlanItemCategory:
        if text in (member.value, member.label, translate("Labels", member.label)):
            return member
    raise CliError(translate("Cli", "Unknown value {value} for the filter {name}.").format(
        value=text, name="--category"))


def cmd_plan_add_item(args) -> int:
    from ..services import plan_ops

    store = open_initialised(args)
    schools = [_school(store, s) for s in args.school or []]
    item = PlanItem(month=args.month, week=args.week, category=_category(args.category),
                    kind=args.kind or "", what=args.what, responsible=args.responsible or "",
                    schools=schools)
    plan_ops.add_item(store, args.plan, item)
    print(item.id)
    return EXIT_OK


def cmd_plan_done(args) -> int:
    from ..services import plan_ops

    store = open_initialised(args)
    day = None if args.undo else (parse_day(args.on, "done_on") if args.on
                                  else store.clock.today())
    plan_ops.mark_item_done(store, args.plan, args.item, day, note=args.note)
    if day is not None:
        print(translate("Cli", "Marked done on {day}.").format(day=day_text(day, translate)))
    return EXIT_OK


def cmd_plan_link(args) -> int:
    from ..services import plan_ops

    store = open_initialised(args)
    plan_ops.link_item(store, args.plan, args.item, args.record)
    return EXIT_OK


def cmd_plan_usage(args) -> int:
    args.plan_parser.print_help()
    return 2


def add_parsers(sub, common) -> None:
    """Register ``plan`` and its actions (cli.build_parser calls this)."""
    p = sub.add_parser("plan", parents=[common], help=translate(
        "Cli", "work plans: list, show, add plans and their monthly items"))
    p.set_defaults(func=cmd_plan_usage, plan_parser=p)
    actions = p.add_subparsers(dest="plan_command", metavar="ACTION", parser_class=type(p))
    school_help = translate("Cli", "school code or name: only records that concern it")

    q = actions.add_parser("list", parents=[common], help=translate(
        "Cli", "the plans, newest school year first, with their ids"))
    q.add_argument("--year", type=int, help=translate(
        "Cli", "the school year by the year it starts in, e.g. 2026"))
    q.add_argument("--school", help=school_help)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_plan_list)

    q = actions.add_parser("show", parents=[common], help=translate(
        "Cli", "a plan's monthly schedule and where each item stands"))
    q.add_argument("id", metavar="ID")
    q.add_argument("--school", help=translate(
        "Cli", "school code or name: how that school stands on the items that concern it"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_plan_show)

    q = actions.add_parser("add", parents=[common], help=translate(
        "Cli", "write a plan of this school; prints its id"))
    q.add_argument("--title", required=True)
    q.add_argument("--year", type=int, required=True, help=translate(
        "Cli", "the school year by the year it starts in, e.g. 2026"))
    q.add_argument("--term", choices=("1", "2"), help=translate(
        "Cli", "1 or 2 for a semester plan; none for the whole school year"))
    q.add_argument("--scope", choices=("school", "alliance"), default="school", help=translate(
        "Cli", "alliance: the alliance plan (lead school only)"))
    q.add_argument("--guiding")
    q.add_argument("--goals")
    q.add_argument("--main-work")
    q.set_defaults(func=cmd_plan_add)

    q = actions.add_parser("add-item", parents=[common], help=translate(
        "Cli", "add an item to a plan's monthly schedule; prints its id"))
    q.add_argument("plan", metavar="PLAN")
    q.add_argument("--month", required=True, help=translate("Cli", "e.g. 2026-10"))
    q.add_argument("--what", required=True)
    q.add_argument("--category", default="other", help=translate(
        "Cli", "activity, meeting, demonstration, submission or other"))
    q.add_argument("--kind", help=translate(
        "Cli", "an activity type, meeting kind or report kind code, e.g. same_topic"))
    q.add_argument("--week", type=positive_int)
    q.add_argument("--responsible")
    q.add_argument("--school", action="append", help=translate(
        "Cli", "a school the item concerns (repeatable; none: as the plan)"))
    q.set_defaults(func=cmd_plan_add_item)

    q = actions.add_parser("done", parents=[common], help=translate(
        "Cli", "mark an item done by hand (work no record carries out)"))
    q.add_argument("plan", metavar="PLAN")
    q.add_argument("item", metavar="ITEM")
    q.add_argument("--on", help=translate("Cli", "the day it was done (default: today)"))
    q.add_argument("--note")
    q.add_argument("--undo", action="store_true", help=translate("Cli", "take the mark back"))
    q.set_defaults(func=cmd_plan_done)

    q = actions.add_parser("link", parents=[common], help=translate(
        "Cli", "name the record (activity, meeting, 示范课, report sent) that carried an item "
               "out; without RECORD, take the link back"))
    q.add_argument("plan", metavar="PLAN")
    q.add_argument("item", metavar="ITEM")
    q.add_argument("record", metavar="RECORD", nargs="?")
    q.set_defaults(func=cmd_plan_link)


__all__ = ["add_parsers"]
