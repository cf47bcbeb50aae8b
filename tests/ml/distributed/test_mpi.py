"""The distributed package under real ``mpirun`` (MPICH from the ``distributed`` extra).

Each test launches a short job of 2 or 4 processes on this machine (more processes than cores
is fine: they take turns) with a timeout, and reads its exit status and output. Together they
take well under a minute.
"""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ml.distributed.cli import main, mpirun

HERE = Path(__file__).parent
TIMEOUT = 120
# A small run on real MNIST: 640 images, batches of 64, 2 epochs = 20 steps.
TINY = ["--limit", "640", "--hidden", "16", "--epochs", "2", "--batch-size", "64",
        "--dtype", "float64", "--optimizer", "adam", "--lr", "0.01", "--checkpoint-every", "4"]


def launch(n: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([mpirun(), "-n", str(n), sys.executable, *args], capture_output=True,
                          text=True, timeout=TIMEOUT, env={**os.environ, "PYTHONHASHSEED": "0"})


def train(n: int, *args: str) -> subprocess.CompletedProcess:
    return launch(n, "-m", "ml.distributed", "train", *TINY, *args)


def params(path: Path) -> tuple[int, np.ndarray]:
    with np.load(path) as f:
        return int(f["step"]), f["params"]


@pytest.mark.parametrize("n", [2, 4])
def test_ring_allreduce_equals_mpi_allreduce_and_sends_2_n_minus_1_over_n(n):
    done = launch(n, str(HERE / "mpi_ring.py"))
    assert done.returncode == 0, done.stderr
    assert f"ring ok on {n} workers" in done.stdout


@pytest.mark.parametrize("n", [2, 4])
def test_n_workers_take_the_steps_of_one_process_with_the_whole_batch(n):
    done = launch(n, str(HERE / "mpi_equivalence.py"))
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == ["sgd", "momentum",
                                                                          "adam"]


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> Path:
    """The final checkpoint of a run of 2 workers that nothing interrupted."""
    path = tmp_path_factory.mktemp("whole") / "whole.npz"
    done = train(2, "--checkpoint", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_a_killed_job_resumes_from_its_checkpoint_with_the_same_weights(tmp_path, whole):
    crashed = tmp_path / "crashed.npz"
    died = train(2, "--checkpoint", str(crashed), "--crash-at-step", "11")
    assert died.returncode != 0  # one worker dead: MPI ends the whole job
    assert params(crashed)[0] == 8  # the last checkpoint before step 11
    resumed = train(2, "--checkpoint", str(crashed), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming after step 8" in resumed.stdout
    (step_a, a), (step_b, b) = params(whole), params(crashed)
    assert step_a == step_b == 20
    assert np.array_equal(a, b)  # same workers, same order of additions: bit for bit


def test_a_checkpoint_resumes_on_another_number_of_workers(tmp_path, whole):
    moved = tmp_path / "moved.npz"
    assert train(4, "--checkpoint", str(moved), "--crash-at-step", "7").returncode != 0
    assert train(2, "--checkpoint", str(moved), "--resume").returncode == 0
    np.testing.assert_allclose(params(moved)[1], params(whole)[1], rtol=0, atol=1e-12)


def test_resuming_with_other_settings_is_refused_and_keeps_the_checkpoint(tmp_path, whole):
    ckpt = tmp_path / "c.npz"
    ckpt.write_bytes(before := whole.read_bytes())
    done = train(2, "--checkpoint", str(ckpt), "--resume", "--lr", "0.5")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: checkpoint")
    assert "lr: 0.01 there, 0.5 here" in lines[0]
    assert ckpt.read_bytes() == before


def test_a_bad_option_ends_every_worker_with_one_line_and_status_2():
    done = train(2, "--epochs", "0")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --epochs must be at least 1, got 0"


@pytest.mark.parametrize("bad, message", [
    (["--lr", "nan"], "--lr must be a finite number"),
    (["--checkpoint-every", "0"], "--checkpoint-every must be at least 1"),
    (["--resume"], "--resume needs --checkpoint FILE"),
    (["--hidden", "0"], "--hidden widths must be at least 1"),
])
def test_bad_options_are_one_line_errors_before_any_work(bad, message, capsys):
    assert main(["train", *TINY, *bad]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0]
