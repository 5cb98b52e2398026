"""Where things live: the user's data folder (platformdirs) and the bundled resources.

The only module that imports platformdirs. Resource lookup also works in a PyInstaller
build, where files sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "jituan-desktop"
DATABASE_FILE = "jituan.sqlite3"
ATTACHMENTS_DIR = "attachments"


def default_data_dir() -> Path:
    override = os.environ.get("JITUAN_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def demo_data_dir() -> Path:
    """A separate folder for the demo alliance, so trying it never touches real records."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True)) / "demo"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def register_dir() -> Path:
    """Where this laptop keeps its register of installations (sync/laptop.py): outside every
    data folder and not roaming (on Windows the roaming folder *is* the default data folder),
    so copying or restoring a data folder never carries it. ``JITUAN_REGISTER_DIR`` moves it
    (tests point it at a temporary folder)."""
    override = os.environ.get("JITUAN_REGISTER_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir(APP_DIR_NAME, appauthor=False))


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
