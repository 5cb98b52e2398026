"""The pages of the main window, in the order of the left navigation.

Each page is imported only when first shown, so the window opens before any page's code or
data is loaded. Sync and reports arrive with their issues; their places are kept.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable

from PySide6.QtCore import QCoreApplication

from ..domain.messages import QT_TRANSLATE_NOOP
from .context import AppContext
from .main_window import PageSpec

CONTEXT = "Navigation"

# key, title, module, class (None: a place kept for a page still to come)
PAGES: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Navigation", "Home"),
     ".dashboard.dashboard_page", "DashboardPage"),
    ("observations", QT_TRANSLATE_NOOP("Navigation", "Lesson observations"),
     ".observations.observations_page", "ObservationsPage"),
    ("mentoring", QT_TRANSLATE_NOOP("Navigation", "Mentor pairings"),
     ".mentoring.mentoring_page", "MentoringPage"),
    ("activities", QT_TRANSLATE_NOOP("Navigation", "Alliance activities"),
     ".activities.activities_page", "ActivitiesPage"),
    ("plans", QT_TRANSLATE_NOOP("Navigation", "Work plans"),
     ".plans.plans_page", "PlansPage"),
    ("meetings", QT_TRANSLATE_NOOP("Navigation", "Meeting minutes"),
     ".meetings.meetings_page", "MeetingsPage"),
    ("teachers", QT_TRANSLATE_NOOP("Navigation", "Teachers"),
     ".teachers.teachers_page", "TeachersPage"),
    ("sync", QT_TRANSLATE_NOOP("Navigation", "Sync"), ".sync.sync_page", "SyncPage"),
    ("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"),
     ".reports.reports_page", "ReportsPage"),
    ("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
     ".settings.settings_page", "SettingsPage"),
)
COMING = QT_TRANSLATE_NOOP("Navigation", "Comes with a later version of the app.")


def page_specs(configure: Callable[[str, object], None] | None = None,
               options: dict[str, dict] | None = None) -> list[PageSpec]:
    """The navigation. ``options[key]`` are keyword arguments for that page's constructor;
    ``configure(key, page)`` is called on each page once it is built (the app connects the
    settings page's language switch this way)."""
    options = options or {}

    def builder(key: str, module: str, cls: str):
        def build(ctx: AppContext):
            page = getattr(import_module(module, __package__), cls)(ctx, **options.get(key, {}))
            if configure is not None:
                configure(key, page)
            return page
        return build

    tr = QCoreApplication.translate
    return [PageSpec(key, tr(CONTEXT, title),
                     builder(key, module, cls) if module else None,
                     tr(CONTEXT, COMING) if not module else "")
            for key, title, module, cls in PAGES]
