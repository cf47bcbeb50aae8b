"""``python -m ml.text``: a tiny run end to end, and every mistake as one line with exit 2."""

import json

import pytest

from ml.text.cli import main


def train(tmp_path, *extra, out="m.npz"):
    return main(["train", "--model", "transformer", "--steps", "3", "--block-size", "8",
                 "--batch-size", "2", "--size", "d=8", "--size", "n_layer=1", "--limit", "3000",
                 "--quiet", "--out", str(tmp_path / out), *extra])


def test_train_json_then_sample_is_reproducible(tmp_path, capsys):
    assert train(tmp_path, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {"val_loss", "seconds", "cpu_seconds", "params"}
    assert report["params"] > 0 and 0 < report["val_loss"] < 5
    args = ["sample", str(tmp_path / "m.npz"), "--prompt", "ROMEO:", "--chars", "40",
            "--seed", "3", "--top-k", "5", "--temperature", "0.8"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first and first.startswith("ROMEO:")
    assert len(first.rstrip("\n")) == len("ROMEO:") + 40


@pytest.mark.parametrize("model", ["bigram", "mlp", "rnn"])
def test_other_models_train_and_sample(model, tmp_path, capsys):
    args = ["train", "--model", model, "--steps", "2", "--limit", "4000", "--quiet", "--out",
            str(tmp_path / "m.npz")]
    if model == "rnn":
        args += ["--size", "hidden=8", "--block-size", "8"]
    assert main(args) == 0
    assert f"{model}: validation loss" in capsys.readouterr().out
    assert main(["sample", str(tmp_path / "m.npz"), "--chars", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ROMEO:") and len(out.rstrip("\n")) == len("ROMEO:") + 5


@pytest.mark.parametrize("args, message", [
    (["--steps", "0"], "--steps must be at least 1"),
    (["--lr", "nan"], "--lr must be a finite number"),
    (["--lr", "-1"], "--lr must be positive"),
    (["--size", "width=3"], "--size 'width=3': expected NAME=VALUE"),
    (["--size", "d=big"], "--size d must be an integer"),
    (["--data-dir", "/nonexistent/folder"], "no such file"),
])
def test_bad_training_options_are_one_line_errors(args, message, tmp_path, capsys):
    assert train(tmp_path, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "m.npz").exists()


def test_bad_output_is_refused_before_training_and_old_model_kept(tmp_path, capsys):
    assert train(tmp_path) == 0
    before = (tmp_path / "m.npz").read_bytes()
    assert train(tmp_path, "--lr", "inf") == 2
    assert (tmp_path / "m.npz").read_bytes() == before
    assert main(["train", "--model", "bigram", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--chars", "-1"], "--chars must be 0 or more"),
    (["--temperature", "0"], "--temperature must be positive"),
    (["--top-k", "0"], "--top-k must be at least 1"),
    (["--prompt", "ROMEO: 1"], "the character '1' is not in the model's vocabulary"),
])
def test_bad_sampling_options_are_one_line_errors(args, message, tmp_path, capsys):
    assert train(tmp_path) == 0
    capsys.readouterr()
    assert main(["sample", str(tmp_path / "m.npz"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_missing_or_corrupt_model_file(tmp_path, capsys):
    assert main(["sample", str(tmp_path / "none.npz")]) == 2
    assert "no such model file" in capsys.readouterr().err
    (tmp_path / "bad.npz").write_text("not a model")
    assert main(["sample", str(tmp_path / "bad.npz")]) == 2
    assert "is not a character-model file" in capsys.readouterr().err
