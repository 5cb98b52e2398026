"""``jituan compliance --rules``: the alliance's quota rules, each with its quoted source."""

from __future__ import annotations

import json

from ..domain.records import QuotaRule
from ..domain.rule_text import edited_mark, requirement, source_citation
from ..i18n import translate


def rule_as_json(rule: QuotaRule) -> dict:
    return {
        "name": rule.name, "scope": rule.scope.value, "metric": rule.metric.value,
        "period": rule.period.value, "threshold": rule.threshold,
        "positions": [p.value for p in rule.positions],
        "session_kind": rule.session_kind.value if rule.session_kind else None,
        "due": (f"--{rule.due_month:02d}-{rule.due_day:02d}" if rule.due_month else None),
        "source_text": rule.source_text, "source_file": rule.source_file,
        "source_section": rule.source_section, "default": rule.default_key or None,
        "edited": bool(edited_mark(rule)), "active": rule.active,
    }


def print_rules(rules: list[QuotaRule], as_json: bool) -> None:
    if as_json:
        print(json.dumps([rule_as_json(r) for r in rules], ensure_ascii=False, indent=2))
        return
    blocks = []
    for r in rules:
        marks = [m for m in (edited_mark(r, translate),
                             "" if r.active else translate("Cli", "not counted")) if m]
        title = r.name + "".join(translate("Cli", " ({mark})").format(mark=m) for m in marks)
        lines = [title, "  " + requirement(r, translate)]
        citation = source_citation(r, translate)
        if citation:
            lines.append("  " + translate("Cli", "Source: {citation}").format(citation=citation))
        if r.source_text:
            lines.append("  " + translate("Cli", "“{quote}”").format(quote=r.source_text))
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
