"""The names of the tables that every list exports (导出), by kind.

In the domain because both the export (reports/table_export.py) and the pages' 导出 menus
name them, and a page must not load the export machinery to build its menu.
"""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

CONTEXT = "Tables"
TABLE_TITLES = {
    "observations": QT_TRANSLATE_NOOP("Tables", "Lesson observations"),
    "pairings": QT_TRANSLATE_NOOP("Tables", "Mentor pairings"),
    "mentor_sessions": QT_TRANSLATE_NOOP("Tables", "Mentor sessions"),
    "activities": QT_TRANSLATE_NOOP("Tables", "Alliance activities"),
    "meetings": QT_TRANSLATE_NOOP("Tables", "Meeting minutes"),
    "teachers": QT_TRANSLATE_NOOP("Tables", "Teacher roster"),
    "plans": QT_TRANSLATE_NOOP("Tables", "Work plans"),
    "compliance": QT_TRANSLATE_NOOP("Tables", "Quota compliance"),
    "schools": QT_TRANSLATE_NOOP("Tables", "Schools side by side"),
}

__all__ = ["CONTEXT", "TABLE_TITLES"]
