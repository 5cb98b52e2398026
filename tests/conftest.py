"""Shared test set-up: Qt offscreen, fresh data folders, a fixed 'today'."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JITUAN_LANG", "zh_CN")
# Every store's clock (jituan_desktop/clock.py) starts on the suite's fixed day, whatever
# the machine's date: tests that mean the machine's clock say so and clear it.
os.environ["JITUAN_NOW"] = "2026-11-25"
# This laptop's register of installations (sync/laptop.py) lives in a temporary folder, never
# in the user's own; each test gets a fresh one (below). The machine id is fixed, so tests
# that copy a data folder to "another laptop" set another one.
os.environ["JITUAN_REGISTER_DIR"] = tempfile.mkdtemp(prefix="jituan-register-")
os.environ["JITUAN_MACHINE_ID"] = "suite-laptop-1"

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from jituan_desktop import i18n  # noqa: E402
from jituan_desktop.services import setup_ops  # noqa: E402
from jituan_desktop.storage.store import Store  # noqa: E402
from suite_clock import CLOCK

# A fixed day inside the first semester of 2026-2027, a few days before the annual summary;
# the day JITUAN_NOW starts every store's clock on.
TODAY = date.fromisoformat(os.environ["JITUAN_NOW"])


@pytest.fixture(autouse=True)
def _laptop_register(tmp_path_factory, monkeypatch):
    """A fresh register of installations for every test: one test's exports never make
    another test's copy of a shared folder look restored."""
    monkeypatch.setenv("JITUAN_REGISTER_DIR", str(tmp_path_factory.mktemp("register")))


@pytest.fixture
def store(tmp_path):
    """A fresh, empty database in its own data folder."""
    s = Store.open(tmp_path / "data", clock=CLOCK)
    yield s
    s.close()


@pytest.fixture
def lead_store(store):
    """A lead school's installation: alliance, semesters, default rubric and rules."""
    setup_ops.init_lead(store, "实验小学教育联盟", "实验小学", today=TODAY)
    return store


@pytest.fixture
def zh():
    """Render in Chinese, whatever another test left the language at."""
    before = i18n.language()
    i18n.set_language("zh_CN")
    yield i18n.translate
    i18n.set_language(before)
