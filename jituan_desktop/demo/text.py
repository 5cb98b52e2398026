"""Composing demo records from :mod:`.content`: topics, process notes, rubric scores,
comment paragraphs, mentor-session and activity texts, and weighted pools of codes.

Every function takes the generator's seeded ``Random`` and draws only from it, so the same
seed always composes the same words.
"""

from __future__ import annotations

from random import Random

from ..domain.enums import LessonType as L, Occasion
from ..domain.records import ProcessNote
from ..domain.rubric import DEFAULT_RUBRIC_ITEMS
from . import content as C
from .topics import ENGLISH_PARTS, FLAT_TOPICS, GRADED_TOPICS

BASE_ITEMS = [(i.name, i.max_score) for i in DEFAULT_RUBRIC_ITEMS if not i.bonus]
BONUS_ITEMS = [(i.name, i.max_score) for i in DEFAULT_RUBRIC_ITEMS if i.bonus]


def _topic_lists() -> dict[tuple[str, int, int], list[str]]:
    """Display topics keyed by (subject, grade index 0-5, term 0/1)."""
    lists: dict[tuple[str, int, int], list[str]] = {}
    for subject, grades in GRADED_TOPICS.items():
        for g, terms in enumerate(grades):
            for t, topics in enumerate(terms):
                if subject == "英语":
                    lists[subject, g, t] = [f"{u} {p}" for u in topics for p in ENGLISH_PARTS]
                else:
                    lists[subject, g, t] = [f"《{x}》" for x in topics]
    for subject, topics in FLAT_TOPICS.items():
        for g in range(6):
            for t in range(2):
                lists[subject, g, t] = [f"《{x}》" for x in topics]
    return lists


TOPICS = _topic_lists()


def _pool(weights: dict) -> list:
    """Choices repeated by weight, to draw from with ``text.pick``."""
    return [choice for choice, weight in weights.items() for _ in range(weight)]


# Everyday occasions: 汇报课 (report) is what young teachers give, 推门课 (drop-in) what
# principals like to make.
OCCASIONS = _pool({Occasion.OPEN: 6, Occasion.RESEARCH: 6, Occasion.DROP_IN: 4,
                   Occasion.REPORT: 1, Occasion.MODEL: 1})
YOUNG_OCCASIONS = _pool({Occasion.OPEN: 4, Occasion.RESEARCH: 5, Occasion.DROP_IN: 4,
                         Occasion.REPORT: 6})
LEADER_OCCASIONS = _pool({Occasion.OPEN: 4, Occasion.RESEARCH: 4, Occasion.DROP_IN: 10,
                          Occasion.REPORT: 1, Occasion.MODEL: 1})
PERIODS = _pool({1: 5, 2: 6, 3: 6, 4: 5, 5: 4, 6: 4, 7: 2})
# Lesson types by subject.
_ARTS = _pool({L.NEW: 5, L.ACTIVITY: 4, L.PRACTICE: 1})
LESSON_TYPES = {
    "科学": _pool({L.EXPERIMENT: 5, L.NEW: 4, L.REVIEW: 1}),
    "数学": _pool({L.NEW: 12, L.PRACTICE: 5, L.REVIEW: 2, L.LECTURE: 1}),
    "音乐": _ARTS, "美术": _ARTS, "体育": _ARTS,
    "": _pool({L.NEW: 7, L.PRACTICE: 1, L.REVIEW: 1, L.LECTURE: 1}),
}


def topic(rng: Random, subject: str, grade: int, term: int) -> str:
    choices = TOPICS.get((subject, grade, term)) or TOPICS[subject, max(grade, 2), term]
    return pick(rng.random, choices)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


CLOCK = [clock(m) for m in range(24 * 60)]
# Middle stages after 新授, by how many a lesson's notes show (0, 1 or 2 of the other three).
MIDDLES = {0: [()], 1: [(1,), (2,), (3,)], 2: [(1, 2), (1, 3), (2, 3)]}


def pick(r, seq):
    """``rng.choice`` at a fraction of the cost: ``r`` is the generator's ``random``."""
    return seq[int(r() * len(seq))]


def notes(rng: Random, period: int, lesson_topic: str) -> list[ProcessNote]:
    """2-5 rows of the 听课本: 导入, 新授, further stages, then a closing stage."""
    r = rng.random
    u = r()
    k = 2 if u < 0.2 else 3 if u < 0.55 else 4 if u < 0.85 else 5
    stages = [C.OPENING, C.MIDDLE_STAGES[0]]
    if k > 2:
        stages += [C.MIDDLE_STAGES[i] for i in pick(r, MIDDLES[k - 3])]
        stages.append(C.CLOSING[0] if r() < 0.75 else C.CLOSING[1])
    h, m = C.PERIOD_START[period]
    start = h * 60 + m
    at, last = start + int(r() * 3), start + 38
    rows = []
    for stage, processes, comments in stages:  # pick() inlined: this runs 350,000 times
        process = processes[int(r() * len(processes))]
        rows.append(ProcessNote(time=CLOCK[at], stage=stage,
                                process=process.replace("{topic}", lesson_topic),
                                comment=comments[int(r() * len(comments))]))
        at += 5 + int(r() * 7)
        if at > last:
            at = last
    return rows


class ScoreBook:
    """Rubric scores for a lesson's total; each total's first few score sets are reused later.

    Composing a set is the dearest part of an observation, so after ``VARIANTS`` sets for a
    total the book deals out one of those again. One book per generator keeps runs identical.
    """

    VARIANTS = 24

    def __init__(self, rng: Random):
        self.r = rng.random
        self.sets: dict[float, list[dict[str, float]]] = {}

    def __call__(self, base_total: float) -> dict[str, float]:
        r = self.r
        sets = self.sets.setdefault(base_total, [])
        if len(sets) < self.VARIANTS:
            sets.append(_score_set(r, base_total))
            chosen = sets[-1]
        else:
            chosen = pick(r, sets)
        result = dict(chosen)
        for name, top in BONUS_ITEMS:
            bonus = 0 if r() < 0.65 else 1 + int(r() * (3 if base_total < 90 else top))
            result[name] = min(bonus, top)
        return result


def _score_set(r, base_total: float) -> dict[str, float]:
    """Item scores in half points that add up to ``base_total``, each within its maximum."""
    ratio = base_total / 100
    values = []
    for _, top in BASE_ITEMS:
        share = min(1.0, max(0.45, ratio - 0.06 + 0.12 * r()))
        values.append(round(top * share * 2) / 2)
    gap = round((base_total - sum(values)) * 2) / 2
    i = int(r() * len(values))
    for _ in range(80):  # walk over the items in half points until the total is reached
        if gap == 0:
            break
        top = BASE_ITEMS[i][1]
        if gap > 0 and values[i] < top:
            values[i] += 0.5
            gap -= 0.5
        elif gap < 0 and values[i] > 0:
            values[i] -= 0.5
            gap += 0.5
        i = (i + 1) % len(values)
    return {name: _plain(v) for (name, _), v in zip(BASE_ITEMS, values)}


def _plain(v: float) -> float:
    return int(v) if float(v).is_integer() else v


def paragraph(rng: Random, table: dict[str, list[str]], family: str) -> str:
    """One generic phrase and one of the subject family, in either order."""
    r = rng.random
    a, b = pick(r, table["generic"]), pick(r, table[family])
    if a == b:
        return a
    return a + b if r() < 0.5 else b + a


def reflection(rng: Random) -> str:
    r = rng.random
    a, b = pick(r, C.REFLECTIONS), pick(r, C.REFLECTIONS)
    return a if a == b else a + b


def session_text(rng: Random, kind: str, lesson_topic: str) -> tuple[str, ...]:
    """(topic, content, takeaway, feedback, next steps) of a mentor session."""
    theme = rng.choice(C.CLASS_THEMES if kind == "class_management" else C.DISCUSSION_THEMES)
    fill = dict(topic=lesson_topic, focus=rng.choice(C.SESSION_FOCUS), theme=theme,
                book=rng.choice(C.BOOKS), paper=rng.choice(C.PAPERS))
    return tuple(rng.choice(options).format(**fill) for options in C.SESSIONS[kind])


def activity_text(rng: Random, kind: str, fill: dict[str, str]) -> tuple[str, str, str, str]:
    """(title, agenda, notes, outcomes) of an activity."""
    titles, agenda, notes_, outcomes = C.ACTIVITIES[kind]
    return (rng.choice(titles).format(**fill), agenda.format(**fill),
            rng.choice(notes_).format(**fill), rng.choice(outcomes).format(**fill))
