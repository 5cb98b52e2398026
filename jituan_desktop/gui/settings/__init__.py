"""设置: school and alliance, semesters, rubric templates, quota rules, language, data folder."""

from .settings_page import SettingsPage

__all__ = ["SettingsPage"]
