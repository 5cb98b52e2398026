"""师徒结对: mentor pairings, their sessions as a timeline, and the semester against quota."""

from .mentoring_page import MentoringPage

__all__ = ["MentoringPage"]
