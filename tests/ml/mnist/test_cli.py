"""The command line, run in-process through ``main`` (and once as a real subprocess)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import matplotlib.image
import numpy as np
import pytest

from ml.mnist.cli import main
from ml.nn.io import load_model

TINY = ["--limit", "3000", "--epochs", "2", "--hidden", "32", "16", "--seed", "1"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """One small model trained through the CLI, shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("cli") / "tiny.npz"
    assert main(["train", *TINY, "--out", str(path)]) == 0
    return path


def test_train_json_reports_and_saves(tmp_path, capsys):
    path = tmp_path / "m.npz"
    assert main(["train", *TINY, "--lr", "0.05", "--optimizer", "momentum", "--schedule",
                 "step", "--l2", "1e-4", "--dropout", "0.1", "--augment", "--json",
                 "--out", str(path)]) == 0
    out = capsys.readouterr().out
    results = json.loads(out)  # exactly one JSON object on stdout
    for key in ("test_accuracy", "train_seconds", "epochs", "params", "seed", "history"):
        assert key in results
    assert results["epochs"] == 2 and results["seed"] == 1
    assert results["params"] == 784 * 32 + 32 + 32 * 16 + 16 + 16 * 10 + 10
    assert 0.4 < results["test_accuracy"] <= 1.0  # chance is 0.1
    assert len(results["history"]["test_accuracy"]) == 2
    assert results["settings"]["augment"] is True and results["settings"]["train_images"] == 3000
    model = load_model(path)
    assert model.sizes == [784, 32, 16, 10] and model.optimizer == "momentum"
    assert model.test_accuracy_ == pytest.approx(results["test_accuracy"])


def test_train_with_a_validation_hold_out(tmp_path, capsys):
    assert main(["train", *TINY, "--val", "500", "--json", "--out", str(tmp_path / "m.npz")]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["settings"]["train_images"] == 2500
    assert len(results["history"]["val_accuracy"]) == 2
    assert results["val_accuracy"] == results["history"]["val_accuracy"][-1]
    assert main(["train", *TINY, "--val", "3000", "--out", str(tmp_path / "x.npz")]) == 2
    assert "--val must be between 1 and 2999" in capsys.readouterr().err


def test_train_is_reproducible(tmp_path, capsys):
    runs = []
    for name in ("a", "b"):
        assert main(["train", *TINY, "--json", "--out", str(tmp_path / f"{name}.npz")]) == 0
        runs.append(json.loads(capsys.readouterr().out))
    assert runs[0]["history"]["train_loss"] == runs[1]["history"]["train_loss"]
    assert runs[0]["test_accuracy"] == runs[1]["test_accuracy"]


def test_evaluate_text_json_and_plot(tiny_model, tmp_path, capsys):
    plot = tmp_path / "cm.png"
    assert main(["evaluate", str(tiny_model), "--limit", "500", "--plot", str(plot)]) == 0
    text = capsys.readouterr().out
    assert "macro avg" in text and "confusion matrix" in text and "true\\pred" in text
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["evaluate", str(tiny_model), "--limit", "500", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    C = np.array(report["confusion_matrix"])
    assert C.shape == (10, 10) and C.sum() == 500 == report["n"]
    assert report["accuracy"] == pytest.approx(np.trace(C) / 500)
    assert len(report["per_class"]["f1"]) == 10
    assert report["macro"]["recall"] == pytest.approx(np.mean(report["per_class"]["recall"]))


def test_predict_index_and_a_drawn_png(tiny_model, tmp_path, capsys, mnist):
    assert main(["predict", str(tiny_model), "--index", "0", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["true"] == int(mnist.y_test[0])
    assert sum(answer["probabilities"]) == pytest.approx(1.0, abs=1e-5)
    assert answer["digit"] == int(np.argmax(answer["probabilities"]))
    # a PNG the test draws: test digit 0, three times larger, dark ink on light paper, RGB
    big = np.kron(mnist.x_test[0] / 255.0, np.ones((3, 3)))
    paper = np.pad(1.0 - big, 20, constant_values=1.0)
    png = tmp_path / "seven.png"
    matplotlib.image.imsave(png, np.stack([paper] * 3, axis=-1))
    assert main(["predict", str(tiny_model), str(png)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("digit: ") and text.count("%") == 10
    assert main(["predict", str(tiny_model), str(png), "--json"]) == 0
    from_png = json.loads(capsys.readouterr().out)
    assert from_png["digit"] == answer["digit"]  # the same digit, read back from a picture


@pytest.mark.parametrize("make_args", [
    lambda d, m: ["evaluate", str(d / "missing.npz")],
    lambda d, m: ["evaluate", str(d / "corrupt.npz")],
    lambda d, m: ["predict", str(m), str(d / "missing.png")],
    lambda d, m: ["predict", str(m), str(d / "broken.png")],
    lambda d, m: ["predict", str(m), "--index", "10000"],
    lambda d, m: ["predict", str(m)],
    lambda d, m: ["train", "--limit", "0", "--out", str(d / "x.npz")],
    lambda d, m: ["train", "--lr", "1e30", "--optimizer", "sgd", "--limit", "500",
                  "--out", str(d / "x.npz")],
    lambda d, m: ["evaluate", str(m), "--data-dir", str(d / "no-such-folder")],
    lambda d, m: ["figures", "--model", str(d / "corrupt.npz"), "--out", str(d / "figs")],
])
def test_bad_input_gives_one_line_and_exit_code_2(tmp_path, tiny_model, capsys, make_args):
    (tmp_path / "corrupt.npz").write_bytes(b"not a model at all")
    (tmp_path / "broken.png").write_text("not a png")
    assert main(make_args(tmp_path, tiny_model)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: ") and "Traceback" not in "\n".join(err)


def test_help_and_a_real_subprocess(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    for command in ([], ["train"], ["evaluate"], ["predict"], ["figures"]):
        result = subprocess.run([sys.executable, "-m", "ml.mnist", *command, "--help"],
                                capture_output=True, text=True, env=env, check=False)
        assert result.returncode == 0, result.stderr
        assert "usage: python -m ml.mnist" in result.stdout
    train_help = subprocess.run([sys.executable, "-m", "ml.mnist", "train", "--help"],
                                capture_output=True, text=True, env=env, check=False).stdout
    for option in ("--epochs", "--batch-size", "--lr", "--optimizer", "--schedule", "--hidden",
                   "--seed", "--augment", "--no-augment", "--l2", "--dropout", "--data-dir",
                   "--out", "--json", "default: 30"):
        assert option in train_help
    bad = subprocess.run([sys.executable, "-m", "ml.mnist", "evaluate",
                          str(tmp_path / "nope.npz")], capture_output=True, text=True, env=env,
                         check=False)
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and bad.stderr.startswith("error: no model file")
