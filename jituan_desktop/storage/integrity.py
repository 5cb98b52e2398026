"""Checking a database: SQLite's own checks plus the invariants of our records.

Each finding says what is wrong and where (table and record), in translatable words.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.rubric import grade_band, total_score
from .attachments import blob_path
from .codec import json_list
from .merge import SEED_ORIGIN
from .stored_values import stored_value_problems
from .schema import SEARCHABLE
from .store import Store

CONTEXT = "Integrity"
RECORD_TABLES = ("alliance", "school", "teacher", "semester", "rubric_template", "pairing",
                 "activity", "observation", "mentor_session", "quota_rule",
                 "plan", "meeting", "submission")
UUID_PATTERN = "________-____-____-____-____________"


@dataclass(frozen=True)
class Finding:
    where: str
    problem: Problem


def _f(where: str, text: str, **params) -> Finding:
    return Finding(where, Problem("", text, params, CONTEXT))


def check(store: Store) -> list[Finding]:
    findings: list[Finding] = []
    try:
        results = store.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:  # damage bad enough that the check itself gives up
        results = [(str(exc),)]
    for (result,) in results:
        if result != "ok":
            findings.append(_f("sqlite", QT_TRANSLATE_NOOP("Integrity", "SQLite reports: {detail}"),
                               detail=result))
    if findings:
        return findings  # the checks below would read the damaged pages
    for table, rowid, parent, _ in store.execute("PRAGMA foreign_key_check").fetchall():
        findings.append(_f(f"{table}#{rowid}", QT_TRANSLATE_NOOP(
            "Integrity", "Refers to a missing record in {parent}."), parent=parent))
    if findings:
        return findings  # the invariants below assume a sound file

    school = store.school_uuid
    if school is None:
        findings.append(_f("meta", QT_TRANSLATE_NOOP(
            "Integrity", "The installation has no school: the data folder was never set up.")))
    elif store.execute("SELECT 1 FROM school WHERE uuid = ?", [school]).fetchone() is None:
        findings.append(_f("meta", QT_TRANSLATE_NOOP(
            "Integrity", "The installation's school {school} is missing."), school=school))

    counter = int(store.meta("version_counter", "0"))
    for table in RECORD_TABLES:
        for row in store.query(
                f"SELECT id, uuid FROM {table} WHERE uuid NOT LIKE ? OR length(uuid) != 36",
                [UUID_PATTERN]):
            findings.append(_f(f"{table}#{row['id']}", QT_TRANSLATE_NOOP(
                "Integrity", "The record id {uuid} is not a UUID."), uuid=row["uuid"]))
        # A seed's owner may be provisional (storage.merge.SEED_ORIGIN) until its school joins.
        for row in store.query(f"SELECT uuid, owner_school FROM {table} "
                               "WHERE owner_school NOT IN (SELECT uuid FROM school) AND NOT "
                               "(origin_installation = 'seed' AND owner_school = 'seed')"):
            findings.append(_f(f"{table}/{row['uuid']}", QT_TRANSLATE_NOOP(
                    "Integrity", "The owner school {owner} does not exist."),
                    owner=row["owner_school"]))
        for row in store.query(
                f"SELECT uuid, version FROM {table} WHERE origin_installation = ? AND version > ?",
                [store.installation_id, counter]):
            findings.append(_f(f"{table}/{row['uuid']}", QT_TRANSLATE_NOOP(
                "Integrity", "Version {version} is ahead of this installation's counter {counter}."),
                version=row["version"], counter=counter))
        # Seeds (storage.merge.SEED_ORIGIN) are each version 1 of their own record, written
        # alike by every installation: a member holds its own school and the lead school as
        # seeds from joining until the lead's first bundle, and that is no reuse of a number.
        for row in store.query(
                f"SELECT origin_installation, version, count(*) AS n FROM {table} "
                "WHERE origin_installation != ? "
                "GROUP BY origin_installation, version HAVING n > 1", [SEED_ORIGIN]):
            findings.append(_f(table, QT_TRANSLATE_NOOP(
                "Integrity", "Version {version} of installation {installation} is used {n} times."),
                version=row["version"], installation=row["origin_installation"], n=row["n"]))

    findings.extend(Finding(where, problem) for where, problem in stored_value_problems(store))
    findings.extend(_total_findings(store))

    for table in SEARCHABLE:
        for row in store.query(
                f"SELECT rowid FROM {table}_fts WHERE rowid NOT IN (SELECT id FROM {table})"):
            findings.append(_f(f"{table}_fts#{row['rowid']}", QT_TRANSLATE_NOOP(
                "Integrity", "The search index holds a row that no longer exists.")))

    for table in ("observation", "mentor_session", "activity", "plan", "meeting", "submission"):
        for row in store.query(f"SELECT uuid, attachments FROM {table} WHERE attachments != '[]'"):
            for attachment in json_list(row["attachments"], objects=True):
                if not isinstance(attachment.get("sha256"), str):
                    continue  # reported with the record's other unreadable values
                if not blob_path(store, attachment["sha256"]).is_file():
                    findings.append(_f(f"{table}/{row['uuid']}", QT_TRANSLATE_NOOP(
                        "Integrity", "The attached file {name} is missing from the data folder."),
                        name=attachment.get("name", attachment["sha256"])))
    return findings


def _total_findings(store: Store) -> list[Finding]:
    """An observation's stored total and band (kept for lists to sort and filter on) must
    agree with its scores; scores that cannot be read are reported by stored_values."""
    findings = []
    for row in store.query("SELECT uuid, topic, scores, total, band FROM observation "
                           "WHERE scores != '{}'"):
        scores = json_dict_of_numbers(row["scores"])
        if scores is None:
            continue
        total = total_score(scores)
        stored = row["total"]
        if not isinstance(stored, (int, float)) or abs(stored - total) > 0.05 or \
                row["band"] != grade_band(total).value:
            findings.append(_f(f"observation/{row['uuid']}", QT_TRANSLATE_NOOP(
                "Integrity", "{name}: the stored total {stored} or grade band does not match "
                "the scores (total {total}). Open the observation in the app and save it "
                "again to recompute them."),
                name=row["topic"] or row["uuid"], stored=_plain(stored), total=_plain(total)))
    return findings


def _plain(number) -> str:
    """95 rather than 95.0; a stored value that is no number as it is."""
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        return f"{round(number, 1):g}"
    return str(number)


def json_dict_of_numbers(text) -> dict | None:
    """Scores as a dict of numbers, or None when they are not (reported elsewhere)."""
    import json
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()):
        return None
    return value
