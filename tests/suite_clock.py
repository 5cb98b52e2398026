"""The suite's one clock: it starts on the day tests/conftest.py sets in JITUAN_NOW and
advances, shared by every store a test opens (the store never picks a clock itself)."""

from jituan_desktop.clock import Clock

CLOCK = Clock.from_environment()
