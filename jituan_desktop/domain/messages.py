"""Translatable messages produced by the domain, which knows nothing of Qt.

Source texts are English. They are marked with ``QT_TRANSLATE_NOOP`` (a plain function
named after Qt's macro so that ``pyside6-lupdate`` extracts them into the ``.ts`` catalogue);
the GUI translates them with Qt, the command line with :mod:`jituan_desktop.i18n`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .day_text import day_text, stamp_text
# The marks live below this module so that day_text can use them too; every module of ours
# takes them from here.
from .translation_marks import QT_TRANSLATE_NOOP, Text, Translate, identity  # noqa: F401

VALIDATION = "Validation"


@dataclass(frozen=True)
class Problem:
    """One reason a record is refused: which field, and why (English source text)."""

    field: str
    text: str
    params: dict = field(default_factory=dict)
    context: str = VALIDATION

    def render(self, translate: Translate = identity) -> str:
        params = {k: _rendered(v, translate) for k, v in self.params.items()}
        return translate(self.context, self.text).format(**params)


def _rendered(value, translate: Translate):
    """A message's parameter as the reader sees it: texts translated, dates written the
    way people write them in that language (2026年9月30日, not 2026-09-30)."""
    if isinstance(value, Text):
        return translate(value.context, value)
    if isinstance(value, Problem):
        return value.render(translate)
    if isinstance(value, (date, datetime)):
        return stamp_text(value, translate) if isinstance(value, datetime) \
            else day_text(value, translate)
    return value


def problem_data(problem: Problem) -> dict:
    """A message as JSON (to keep it, say in a history), rendered later in whatever language
    is chosen then; :func:`problem_from_data` reads it back."""
    def value(v):
        if isinstance(v, Problem):
            return {"problem": problem_data(v)}
        if isinstance(v, Text):
            return {"text": str(v), "context": v.context}
        if isinstance(v, datetime):  # kept as a moment and a day, so they render as such
            return {"moment": v.isoformat()}
        if isinstance(v, date):
            return {"day": v.isoformat()}
        return v if isinstance(v, (str, int, float)) or v is None else str(v)
    return {"text": problem.text, "context": problem.context,
            "params": {k: value(v) for k, v in problem.params.items()}}


def problem_from_data(data: dict) -> Problem:
    def value(v):
        if isinstance(v, dict) and "problem" in v:
            return problem_from_data(v["problem"])
        if isinstance(v, dict) and "text" in v:
            return Text(v.get("context", ""), v["text"])
        if isinstance(v, dict) and "moment" in v:
            return datetime.fromisoformat(v["moment"])
        if isinstance(v, dict) and "day" in v:
            return date.fromisoformat(v["day"])
        return v
    return Problem("", data["text"], {k: value(v) for k, v in data.get("params", {}).items()},
                   data.get("context", ""))


class Refusal(Exception):
    """Something refused or failed, carrying one message people can read in their language.

    Subclasses name their translation ``context``; the message is a :class:`Problem`, so a
    parameter may be a :class:`Text` or another Problem (a reason inside the reason).
    """

    context = ""

    def __init__(self, text: str, **params):
        self.problem = Problem("", text, params, self.context)
        super().__init__(self.problem.render())

    def render(self, translate: Translate = identity) -> str:
        return self.problem.render(translate)


class ValidationError(ValueError):
    """Raised when a record breaks a rule; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.render() for p in self.problems))

    def render(self, translate: Translate = identity) -> str:
        return "\n".join(p.render(translate) for p in self.problems)


def problem(field_name: str, text: str, **params) -> Problem:
    return Problem(field_name, text, params)
