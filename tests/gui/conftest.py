"""GUI fixtures: Chinese translators, an app context over a real database, the small demo."""

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from jituan_desktop.demo.generator import generate_demo
from jituan_desktop.gui.context import AppContext
from jituan_desktop.gui.translation import install_translators
from jituan_desktop.paths import DATABASE_FILE
from jituan_desktop.services import query_ops
from jituan_desktop.storage.store import Store
from suite_clock import CLOCK

TODAY = date(2026, 11, 25)


@pytest.fixture
def chinese(qapp):
    """Qt's translators in Simplified Chinese (the default), restored after the test."""
    assert install_translators(qapp, "zh_CN"), "compile the .qm catalogues first (make test)"
    yield qapp
    install_translators(qapp, "zh_CN")


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield qapp
    install_translators(qapp, "zh_CN")


def open_context(qtbot, store: Store) -> AppContext:
    """A context over ``store`` with its directory loaded, shut down after the test."""
    ctx = AppContext(store)
    with qtbot.waitSignal(ctx.directory_loaded, timeout=10000):
        ctx.reload_directory()
    return ctx


@pytest.fixture
def context_for(qtbot):
    """Open contexts over stores of the test's own; each is shut down after the test."""
    opened = []

    def open_one(store: Store) -> AppContext:
        ctx = open_context(qtbot, store)
        opened.append(ctx)
        return ctx

    yield open_one
    for ctx in opened:
        ctx.shutdown()


@pytest.fixture
def lead_ctx(qtbot, chinese, lead_store):
    ctx = open_context(qtbot, lead_store)
    yield ctx
    ctx.shutdown()


@pytest.fixture(scope="session")
def small_demo_file(tmp_path_factory):
    """The small demo generated once; tests get copies (see ``demo_store``)."""
    folder = tmp_path_factory.mktemp("small-demo")
    store = Store.open(folder, clock=CLOCK)
    generate_demo(store, "small", today=TODAY)
    query_ops.index_search(store)
    store.close()
    return folder / DATABASE_FILE


@pytest.fixture
def demo_store(tmp_path, small_demo_file):
    """A private copy of the small demo (lead school 实验小学), safe to change."""
    folder = tmp_path / "demo"
    shutil.copytree(small_demo_file.parent, folder)
    store = Store.open(folder, clock=CLOCK)
    yield store
    store.close()


@pytest.fixture
def demo_ctx(qtbot, chinese, demo_store):
    ctx = open_context(qtbot, demo_store)
    yield ctx
    ctx.shutdown()


@pytest.fixture
def settings(tmp_path):
    """Window settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
