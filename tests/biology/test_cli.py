"""Every essay's demo follows one command-line convention (biology/cli.py), checked on all.

Bad input ends a demo with one line, ``error: ...``, exit status 2, before any work is done and
without writing a file; ``--json`` prints one JSON object on one line; a closed pipe is quiet.
"""

import argparse
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import biology
from biology import cli

# Modules only: a package such as biology/exercises holds problems for the reader, not a demo.
DEMOS = sorted(info.name for info in pkgutil.iter_modules(biology.__path__)
               if not info.ispkg and info.name not in {"cli", "figures"})
ROOT = Path(__file__).resolve().parents[2]


def test_every_demo_is_found():
    assert len(DEMOS) >= 17  # one per essay; new essays join the table by themselves
    for name in DEMOS:
        assert callable(importlib.import_module(f"biology.{name}").main), name


def parser_of(name: str, monkeypatch) -> argparse.ArgumentParser:
    """The demo's parser, caught as its main() hands it to cli.run."""
    caught = []
    monkeypatch.setattr(cli, "run", lambda parser, argv, demo: caught.append(parser) or 0)
    importlib.import_module(f"biology.{name}").main([])
    return caught[0]


def numeric_options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if isinstance(a.default, int | float) and not isinstance(a.default, bool)]


def run_refused(name: str, argv: list[str], monkeypatch, capsys, tmp_path) -> str:
    """Run the demo in a folder of its own; it must refuse ``argv`` before doing any work."""
    module = importlib.import_module(f"biology.{name}")
    monkeypatch.setattr(module, "draw", lambda *a, **k: pytest.fail("the demo drew a figure"))
    monkeypatch.chdir(tmp_path)
    assert module.main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a partial file
    return err


@pytest.mark.parametrize("name", DEMOS)
def test_every_numeric_option_has_a_range_check(name, monkeypatch):
    for action in numeric_options(parser_of(name, monkeypatch)):
        assert action.type is not None and action.type.__qualname__.split(".")[0] in {
            "integer", "real"}, f"{name} {action.option_strings[0]} is not range-checked"


@pytest.mark.parametrize("name", DEMOS)
def test_non_finite_huge_and_malformed_numbers_are_refused(name, monkeypatch, capsys, tmp_path):
    options = numeric_options(parser_of(name, monkeypatch))
    monkeypatch.undo()
    for action in options:
        option = action.option_strings[0]
        for bad in ("nan", "inf", "-inf", "1e999", "-1e12", "1e12", "x", "",
                    str(-10**12), str(10**12)):
            err = run_refused(name, [option, bad], monkeypatch, capsys, tmp_path)
            assert option in err


# The inputs an independent review found accepted or crashing, each with what the message names.
REVIEWED = [
    ("oja_rule", ["--eta", "nan"], "--eta"),
    ("oja_rule", ["--eta", "inf"], "--eta"),
    ("oja_rule", ["--eta", "1.5"], "--eta"),  # above 1: far past the breaking point already
    ("oja_rule", ["--samples", "1"], "--samples"),  # PCA needs two samples to compare with
    ("epidemics", ["--beta", "nan"], "--beta"),
    ("epidemics", ["--degree", "inf"], "--degree"),
    ("epidemics", ["--degree", "15", "--people", "10"], "--people"),
    ("epidemics", ["--degree", "20", "--people", "20000"], "--people"),  # hours of networks
    ("percolation", ["--size", "256", "--trials", "1000"], "--trials"),  # hours of sweeps
    ("sequence_alignment", ["--gap", "inf"], "--gap"),
    ("sequence_alignment", ["--gap", "nan"], "--gap"),
    ("sequence_alignment", ["--x", "123"], "amino acids"),
    ("sequence_alignment", ["--y", ""], "--y"),
    ("ant_colony", ["--alpha", "nan"], "--alpha"),
    ("phylogeny", ["--fast", "inf"], "--fast"),
    ("slime_mould", ["--rows", "100000", "--cols", "100000"], "--rows"),
    ("hodgkin_huxley", ["--dt", "0.1"], "--dt"),  # RK4 overflows at this step
    ("game_of_life", ["--out", "/proc/x.png"], "cannot write"),
    ("receptive_fields", ["--out", "/proc/x.png"], "cannot write"),
    ("game_of_life", ["--out", "figure.jpg"], ".png"),
    ("hopfield", ["--no-such-option"], "--no-such-option"),
]


@pytest.mark.parametrize(("name", "argv", "named"), REVIEWED)
def test_reviewed_bad_inputs_get_one_line_and_exit_2(name, argv, named, monkeypatch, capsys,
                                                     tmp_path):
    assert named in run_refused(name, argv, monkeypatch, capsys, tmp_path)


# Values at the edge of what the options accept, each of which once crashed or warned.
EDGES = [
    ("oja_rule", ["--eta", "0.05"]),        # Hebb's |w| leaves the float range: the curve stops
    ("oja_rule", ["--eta", "1"]),           # Oja's own w leaves it too: reported as diverged
    ("hodgkin_huxley", ["--dt", "0.05"]),   # the largest step RK4 is given
    ("lif_neuron", ["--t-ref", "0"]),       # divided by t_ref to draw the rate ceiling
]


@pytest.mark.parametrize(("name", "argv"), EDGES)
def test_the_edges_of_each_range_run_cleanly(name, argv, tmp_path, capsys):
    module = importlib.import_module(f"biology.{name}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning is a failure here
        assert module.main([*argv, "--out", str(tmp_path / "f.png")]) == 0
    assert (tmp_path / "f.png").exists()


@pytest.mark.parametrize("name", DEMOS)
def test_out_inside_a_file_is_refused_before_any_work(name, monkeypatch, capsys, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    module = importlib.import_module(f"biology.{name}")
    monkeypatch.setattr(module, "draw", lambda *a, **k: pytest.fail("the demo drew a figure"))
    monkeypatch.setattr(module, "_demo", lambda args: pytest.fail("the demo started"))
    assert module.main(["--out", str(tmp_path / "file" / "x.png")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "is a file, not a folder" in err
    assert (tmp_path / "file").read_text() == "not a folder"


@pytest.mark.parametrize("name", DEMOS)
def test_seed_where_random_numbers_are_drawn(name, monkeypatch):
    has_seed = "--seed" in parser_of(name, monkeypatch)._option_string_actions
    source = (ROOT / "biology" / f"{name}.py").read_text(encoding="utf-8")
    draws_random = any(word in source for word in ("default_rng", "import random", "Mulberry32"))
    assert has_seed == draws_random


def test_json_is_one_compact_object_and_text_is_not_json(tmp_path, capsys):
    from biology import game_of_life

    out = tmp_path / "life.png"
    assert game_of_life.main(["--generations", "10", "--out", str(out), "--json"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1
    facts = json.loads(printed)
    assert facts["figure"] == str(out) and out.exists()
    assert game_of_life.main(["--generations", "10", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("R-pentomino under B3/S23: last population change")


def into_closed_pipe(*argv: str) -> subprocess.CompletedProcess:
    """Run ``python *argv | head -1`` with the reader gone before the first write."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, *argv], cwd=ROOT, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=300, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("name", DEMOS)
def test_help_into_a_closed_pipe_is_quiet(name):
    done = into_closed_pipe("-m", f"biology.{name}", "--help")
    assert done.stderr == ""
    assert done.returncode in (0, 141)  # argparse itself may drop the failed write


def test_results_into_a_closed_pipe_are_quiet(tmp_path):
    for flag in ([], ["--json"]):
        done = into_closed_pipe("-m", "biology.game_of_life", "--generations", "10",
                                "--out", str(tmp_path / "life.png"), *flag)
        assert done.stderr == ""
        assert done.returncode == 141  # as a tool killed by SIGPIPE reports it
