"""``python -m ml.cnn`` handles bad input as ``python -m ml.mnist`` does: one line, exit 2."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ml.cnn.__main__ import build_parser, main
from ml.mnist.cli import build_parser as mnist_parser


def _option_help(parser):
    return {action.dest: (action.default, action.help) for action in parser._actions}


def test_shared_options_mean_the_same_as_in_ml_mnist():
    cnn = _option_help(build_parser())
    train = _option_help(mnist_parser()._subparsers._group_actions[0].choices["train"])
    for dest in ("data_dir", "limit", "threads"):
        assert cnn[dest] == train[dest], dest
    assert cnn["json"][0] is train["json"][0] is False  # text unless --json, in both
    for dest in ("epochs", "batch_size", "lr", "seed"):  # same meaning, the model's own default
        assert cnn[dest][1] == train[dest][1], dest


@pytest.fixture
def garbage_mnist(tmp_path):
    folder = tmp_path / "mnist"
    folder.mkdir()
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
        (folder / name).write_bytes(b"\x00\x00\x08\x01 not really")
    return folder


@pytest.mark.parametrize(("args", "fragment"), [
    (["--epochs", "0"], "epochs >= 1"),
    (["--batch-size", "0"], "batch_size >= 1"),
    (["--limit", "0"], "--limit must be at least 1"),
    (["--limit", "-5"], "--limit must be at least 1"),
    (["--lr", "nan"], "--lr must be a finite number"),
    (["--threads", "-1"], "--threads must be 0"),
    (["--data-dir", "{tmp}/no-such-folder"], "no such folder"),
    (["--data-dir", "{garbage}"], "t10k-images-idx3-ubyte"),
    (["--lr", "1e6", "--limit", "320", "--batch-size", "32", "--epochs", "1"],
     "training diverged"),
])
def test_bad_input_gives_one_line_and_exit_code_2(tmp_path, garbage_mnist, capsys, args,
                                                   fragment, one_blas_thread):
    args = [a.format(tmp=tmp_path, garbage=garbage_mnist) for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and err.count("\n") == 0 and err.startswith("error: "), err
    assert fragment in err, err


def test_a_real_subprocess_without_a_machine_specific_path(tmp_path):
    source = (Path(__file__).resolve().parents[3] / "ml" / "cnn" / "__main__.py").read_text()
    assert "/work/" not in source
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    result = subprocess.run([sys.executable, "-m", "ml.cnn", "--data-dir",
                             str(tmp_path / "nowhere")], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.strip().count("\n") == 0
