"""Database jobs run off the UI thread, in order, and report back on it."""

import threading
from datetime import date

import pytest

from jituan_desktop.domain.records import Teacher
from jituan_desktop.gui.task_runner import TaskRunner
from jituan_desktop.services import query_ops, record_ops
from jituan_desktop.storage.errors import StoreError


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_jobs_run_on_another_thread_in_order_and_answer_on_this_one(qtbot, runner, lead_store):
    main = threading.get_ident()
    seen, answered_on = [], []

    def add(name):
        def job():
            seen.append(threading.get_ident())
            record_ops.add_teacher(lead_store, Teacher(school=lead_store.school_uuid, name=name),
                                   today=date(2026, 11, 25))
            return name
        return job

    results = []
    for name in ("甲", "乙", "丙"):
        runner.run(add(name), lambda r: (results.append(r), answered_on.append(threading.get_ident())))
    runner.run(lambda: query_ops.count(lead_store, "teacher"), results.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert results == ["甲", "乙", "丙", 3]
    assert main not in seen
    assert answered_on == [main] * 3


def test_a_failing_job_reports_its_error_and_the_next_job_still_runs(qtbot, runner, lead_store):
    errors, results = [], []
    runner.run(lambda: record_ops.get(lead_store, Teacher, "no-such-id"), results.append,
               errors.append)
    runner.run(lambda: "next", results.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert results == ["next"]
    assert len(errors) == 1 and isinstance(errors[0], StoreError)


def test_thousands_of_jobs_answer_without_corrupting_the_interpreter(qtbot, runner):
    """Answers cross threads through a plain queue: PySide6's cross-thread signals corrupted
    reference counts of None and True ("deallocating None") after a few thousand jobs."""
    answers = []
    for i in range(20000):
        runner.run(lambda i=i: (None, True, i), answers.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=60000)
    assert [a[2] for a in answers] == list(range(20000))
    assert all(a[0] is None and a[1] is True for a in answers)


def test_an_answer_for_a_closed_window_is_dropped(qtbot, runner):
    from PySide6.QtWidgets import QLabel
    from shiboken6 import Shiboken
    label = QLabel()
    shown, after = [], []
    runner.run(lambda: "rows", lambda text: shown.append(label.setText(text)))
    runner.run(lambda: "next", after.append)
    Shiboken.delete(label)  # closed by the user while the job runs
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert shown == [] and after == ["next"]


def test_held_jobs_wait_for_release_then_run_in_the_order_asked(qtbot, runner):
    ran, answers = [], []
    runner.run(lambda: ran.append("before") or "before", answers.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    runner.hold()
    for name in ("first", "second"):
        runner.run(lambda name=name: ran.append(name) or name, answers.append)
    qtbot.wait(50)  # the worker is idle: a job it had been given would have run by now
    assert ran == ["before"] and runner.pending == 2
    runner.release()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert ran == answers == ["before", "first", "second"]
    assert not runner.holding
