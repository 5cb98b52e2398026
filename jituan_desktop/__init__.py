"""Jituan Desktop (集团化办学助手): records, compliance and sync for school alliances."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("jituan-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "jituan-desktop"
