"""`jituan-desktop --version` and `--self-test` in the development environment (the frozen
build runs the same two in `make test`, after pytest: see the Makefile's frozen-check)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from jituan_desktop import __version__, app, self_test

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
    "version"]


MAIN = "import sys; from jituan_desktop.app import main; raise SystemExit(main(sys.argv[1:]))"


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run(
        [sys.executable, "-c", MAIN, *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_version_is_the_one_in_pyproject(capsys):
    assert __version__ == PYPROJECT_VERSION
    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out == f"jituan-desktop {PYPROJECT_VERSION}\n"


def test_self_test_passes_and_leaves_nothing(tmp_path):
    result = run_app("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"jituan-desktop {PYPROJECT_VERSION} self-test (source")
    assert [line.split(":")[0] for line in lines[1:4]] == [
        "ok   database", "ok   pdf", "ok   translation"]
    assert "1 page" in lines[2] and "MicroHei" in lines[2]
    assert "集团化办学助手 / 取消" in lines[3]
    assert lines[-1].startswith("self-test passed")
    # a temporary folder only: no data folder, no settings, nothing in the working folder
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failing_step_is_named_and_sets_the_exit_code(monkeypatch, capsys):
    def broken_pdf(work, state):
        raise OSError("font file missing")

    steps = [(name, broken_pdf if name == "pdf" else step) for name, step in self_test.STEPS]
    monkeypatch.setattr(self_test, "STEPS", steps[:2])
    assert self_test.run() == self_test.FAILED_EXIT["pdf"] == 12
    out = capsys.readouterr().out
    assert "ok   database" in out
    assert "FAIL pdf: OSError: font file missing" in out
    assert "self-test FAILED" in out


def test_without_a_console_the_report_goes_to_a_file(monkeypatch, tmp_path):
    """A Windows build has no console: sys.stdout is None there."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(self_test.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(self_test, "STEPS", [("database", lambda work, state: "fine")])
    assert self_test.run() == 0
    assert app.main(["--version"]) == 0  # prints nowhere, does not fail
    report = (tmp_path / self_test.REPORT_FILE).read_text("utf-8")
    assert "ok   database: fine" in report and "self-test passed" in report
