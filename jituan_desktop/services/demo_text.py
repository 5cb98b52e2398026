"""Composing the free text of demo records from :mod:`.demo_content`: process notes, rubric
scores, comment paragraphs, mentor-session texts and activity texts.

Every function takes the generator's seeded ``Random`` and draws only from it, so the same
seed always composes the same words.
"""

from __future__ import annotations

from random import Random

from ..domain.records import ProcessNote
from ..domain.rubric import DEFAULT_RUBRIC_ITEMS
from . import demo_content as C
from .demo_topics import ENGLISH_PARTS, FLAT_TOPICS, GRADED_TOPICS

BASE_ITEMS = [(i.name, i.max_score) for i in DEFAULT_RUBRIC_ITEMS if not i.bonus]
BONUS_ITEMS = [(i.name, i.max_score) for i in DEFAULT_RUBRIC_ITEMS if i.bonus]
NOTE_COUNTS, NOTE_WEIGHTS = (2, 3, 4, 5), (2, 3, 4, 2)


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


def topic(rng: Random, subject: str, grade: int, term: int) -> str:
    choices = TOPICS.get((subject, grade, term)) or TOPICS[subject, max(grade, 2), term]
    return rng.choice(choices)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def notes(rng: Random, period: int, lesson_topic: str) -> list[ProcessNote]:
    """2-5 rows of the 听课本: 导入, 新授, further stages, then a closing stage."""
    k = rng.choices(NOTE_COUNTS, NOTE_WEIGHTS)[0]
    stages = [C.OPENING, C.MIDDLE_STAGES[0]]
    if k > 2:
        stages += [C.MIDDLE_STAGES[i] for i in sorted(rng.sample((1, 2, 3), k - 3))]
        stages.append(C.CLOSING[0] if rng.random() < 0.75 else C.CLOSING[1])
    h, m = C.PERIOD_START[period]
    start = h * 60 + m
    at = start + rng.randint(0, 2)
    rows = []
    for stage, processes, comments in stages:
        rows.append(ProcessNote(time=clock(at), stage=stage,
                                process=rng.choice(processes).replace("{topic}", lesson_topic),
                                comment=rng.choice(comments)))
        at = min(at + rng.randint(5, 11), start + 38)
    return rows


def scores(rng: Random, base_total: float) -> dict[str, float]:
    """Item scores in half points that add up to ``base_total`` (plus a bonus), each capped."""
    ratio = base_total / 100
    values = []
    for _, top in BASE_ITEMS:
        share = min(1.0, max(0.45, ratio + rng.uniform(-0.06, 0.06)))
        values.append(round(top * share * 2) / 2)
    gap = round((base_total - sum(values)) * 2) / 2
    i = rng.randrange(len(values))
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
    result = {name: _plain(v) for (name, _), v in zip(BASE_ITEMS, values)}
    for name, top in BONUS_ITEMS:
        bonus = 0 if rng.random() < 0.65 else rng.randint(1, 3 if base_total < 90 else int(top))
        result[name] = min(bonus, top)
    return result


def _plain(v: float) -> float:
    return int(v) if float(v).is_integer() else v


def paragraph(rng: Random, table: dict[str, list[str]], family: str) -> str:
    """One generic phrase and one of the subject family, in either order."""
    a = rng.choice(table["generic"])
    b = rng.choice(table[family])
    if a == b:
        return a
    return a + b if rng.random() < 0.5 else b + a


def reflection(rng: Random) -> str:
    return "".join(rng.sample(C.REFLECTIONS, 2))


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
