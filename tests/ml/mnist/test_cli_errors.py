"""Bad input to ``python -m ml.mnist``: one line, exit status 2, found before any training, and
nothing lost (a diverged run never replaces a model file)."""

import numpy as np
import pytest

import ml.mnist.cli as mnist_cli
from ml.mnist.cli import main

TINY = ["--limit", "500", "--epochs", "2", "--hidden", "16", "--seed", "0"]


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("errors") / "good.npz"
    assert main(["train", *TINY, "--out", str(path)]) == 0
    return path


def _one_line_error(capsys, *fragments):
    err = capsys.readouterr().err.strip()
    last = err.splitlines()[-1]
    assert last.startswith("error: ") and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in last, last
    return last


def test_a_diverging_run_exits_2_and_keeps_the_existing_model(model_file, tmp_path, capsys):
    out = tmp_path / "m.npz"
    out.write_bytes(model_file.read_bytes())
    before = out.read_bytes()
    # Adam at 1e6: the loss reaches ~1e13 but stays finite, so only the explosion rule sees it
    assert main(["train", *TINY, "--lr", "1e6", "--out", str(out)]) == 2
    _one_line_error(capsys, "training diverged", "smaller --lr", f"{out} is unchanged")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]  # no temporary file either


def test_a_diverging_run_writes_no_new_file(tmp_path, capsys):
    out = tmp_path / "new.npz"
    assert main(["train", *TINY, "--lr", "1e6", "--out", str(out)]) == 2
    _one_line_error(capsys, "training diverged", f"nothing was written to {out}")
    assert not out.exists()


@pytest.fixture
def no_data(monkeypatch):
    """Fail the test if a command reads MNIST: the error must come before any work."""
    def refuse(*args):
        raise AssertionError("the command read the data before checking its options")

    monkeypatch.setattr(mnist_cli, "_load_data", refuse)


@pytest.mark.parametrize(("make_args", "fragment"), [
    (lambda d, m: ["evaluate", str(m), "--limit", "-5"], "--limit must be at least 1"),
    (lambda d, m: ["evaluate", str(m), "--limit", "0"], "--limit must be at least 1"),
    (lambda d, m: ["evaluate", str(m), "--plot", str(d)], "is a folder"),
    (lambda d, m: ["train", *TINY, "--out", str(d)], "is a folder"),
    (lambda d, m: ["train", *TINY, "--out", str(m / "x.npz")], "is a file, not a folder"),
    (lambda d, m: ["train", *TINY, "--limit", "-5", "--out", str(d / "x.npz")], "--limit"),
    (lambda d, m: ["train", *TINY, "--val", "-5", "--out", str(d / "x.npz")], "--val"),
    (lambda d, m: ["train", *TINY, "--lr", "nan", "--out", str(d / "x.npz")], "--lr"),
    (lambda d, m: ["train", *TINY, "--l2", "inf", "--out", str(d / "x.npz")], "--l2"),
    (lambda d, m: ["train", *TINY, "--epochs", "0", "--out", str(d / "x.npz")], "epochs"),
    (lambda d, m: ["train", *TINY, "--threads", "-1", "--out", str(d / "x.npz")], "--threads"),
    (lambda d, m: ["figures", *TINY, "--out", str(m)], "is a file, not a folder"),
])
def test_bad_options_are_refused_before_any_work(tmp_path, model_file, capsys, no_data,
                                                 make_args, fragment):
    assert main(make_args(tmp_path, model_file)) == 2
    _one_line_error(capsys, fragment)
    assert list(tmp_path.iterdir()) == []


def _write_malformed(folder, kind, good):
    path = folder / f"{kind}.npz"
    with np.load(good, allow_pickle=False) as f:
        arrays = {k: f[k] for k in f.files}
    if kind == "text":
        path.write_text("a note, not a model\n")
    elif kind == "damaged":
        np.savez_compressed(path, **arrays)
        raw = bytearray(path.read_bytes())
        middle = len(raw) // 2
        raw[middle : middle + 64] = bytes(64)
        path.write_bytes(raw)
    elif kind == "string-sizes":
        np.savez(path, **{**arrays, "sizes": np.array(["784", "16", "10"])})
    elif kind == "huge-sizes":
        np.savez_compressed(path, **{**arrays, "sizes": np.array([784, 200000, 10])})
    elif kind == "objects":
        np.savez(path, **{**arrays, "settings": np.array([{"a": 1}], dtype=object)})
    return path


@pytest.mark.parametrize("kind", ["text", "damaged", "string-sizes", "huge-sizes", "objects"])
@pytest.mark.parametrize("command", ["evaluate", "predict", "figures"])
def test_every_malformed_model_gives_one_line_from_every_command(tmp_path, model_file, capsys,
                                                                 kind, command):
    path = _write_malformed(tmp_path, kind, model_file)
    args = {"evaluate": ["evaluate", str(path)],
            "predict": ["predict", str(path), "--index", "0"],
            "figures": ["figures", "--model", str(path), "--out", str(tmp_path / "figs")]}
    assert main(args[command]) == 2
    line = _one_line_error(capsys, str(path))
    assert "allow_pickle" not in line and "is not a model file this code can read" in line
