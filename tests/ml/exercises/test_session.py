"""A learner's session with the capstone, through ``python -m ml.exercises`` as a learner types it:
start it, check a wrong file, take a hint, check a right file, see the status. Each step must
behave as docs/running.md describes, and the progress file must record what happened.

This trains the reference network on MNIST once (about a minute on two cores): it is the only
test that runs the whole capstone through the command line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from practice.problems import get_problem

CAPSTONE = get_problem("mnist-capstone")


def exercises(*args: str, workspace: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ml.exercises", *args, "--workspace",
                           str(workspace)], capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHONHASHSEED": "0"})


@pytest.mark.slow
def test_a_capstone_session_behaves_as_documented(tmp_path):
    ws = tmp_path / "ws"
    started = exercises("start", CAPSTONE.id, workspace=ws)
    attempt = ws / "mnist_capstone.py"
    assert started.returncode == 0 and attempt.read_text() == CAPSTONE.starter_path.read_text()
    assert f"python -m ml.exercises check {CAPSTONE.id}" in started.stdout

    shutil.copyfile(CAPSTONE.buggy_paths[0], attempt)  # a classic mistake, in the learner's file
    wrong = exercises("check", CAPSTONE.id, workspace=ws)
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert "FAIL" in wrong.stdout and "Solved" not in wrong.stdout

    hint = exercises("hint", CAPSTONE.id, workspace=ws)
    assert hint.returncode == 0 and CAPSTONE.hints[0][:40] in hint.stdout

    shutil.copyfile(CAPSTONE.solution_path, attempt)
    right = exercises("check", CAPSTONE.id, workspace=ws)
    assert right.returncode == 0, right.stdout + right.stderr
    assert "Solved! See the reference with `python -m ml.exercises solution" in right.stdout

    status = exercises("status", workspace=ws)
    assert status.returncode == 0
    row = next(line for line in status.stdout.splitlines() if line.startswith("training"))
    assert row.split()[1:4] == ["1", "/", str(sum(p.pattern == "training" for p in
                                                   _ml_exercises()))]
    entry = json.loads((ws / ".progress.json").read_text())["problems"][CAPSTONE.id]
    assert entry["status"] == "solved" and entry["hints"] == 1


def _ml_exercises():
    from practice.problems import all_problems

    return all_problems(section="ml")
