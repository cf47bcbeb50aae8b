"""Every code block on the ML pages that looks like a script is one, and it runs.

A block "looks runnable" when it has statements at the top level other than imports, function and
class definitions (a loop, an assignment, a call): a reader will paste it and press enter. The
PyTorch page used to show such a block cut out of the middle of a benchmark function, with names
defined nowhere on the page. The rule now: a script-like block is a whole file from
``ml/nn/examples/``, included by ``pymdownx.snippets``, and every such file defines every name it
uses; the tests below run the examples (the PyTorch one only where PyTorch is installed, which it
is not here, so for it the name check is what holds).
"""

from __future__ import annotations

import ast
import builtins
import dataclasses
import re
import runpy
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs" / "ml").rglob("*.md"))
EXAMPLES = ROOT / "ml" / "nn" / "examples"
_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)[^\n]*\n(?P<body>.*?)^(?P=indent)```",
                    re.MULTILINE | re.DOTALL)
_SNIPPET = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[^"]+))?"\s*$')


def python_blocks(page: Path) -> list[tuple[str, str | None, str]]:
    """``(source, section, code)`` per python block: source is a file path or ``"inline"``."""
    blocks = []
    for match in _FENCE.finditer(page.read_text(encoding="utf-8")):
        if match["lang"] not in ("python", "py"):
            continue
        body = textwrap.dedent(match["body"])
        include = _SNIPPET.match(body.strip())
        if include is None:
            blocks.append(("inline", None, body))
            continue
        text = (ROOT / include["path"]).read_text(encoding="utf-8")
        if include["section"]:
            start = text.index(f"--8<-- [start:{include['section']}]")
            end = text.index(f"--8<-- [end:{include['section']}]")
            text = text[text.index("\n", start) + 1:end]
            text = text[:text.rindex("\n") + 1]
        blocks.append((include["path"], include["section"], textwrap.dedent(text)))
    return blocks


def looks_runnable(code: str) -> bool:
    """True when the code has top-level statements besides imports, defs, classes, docstrings."""
    quiet = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)
    for node in ast.parse(code).body:
        is_docstring = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        if not isinstance(node, quiet) and not is_docstring:
            return True
    return False


def undefined_names(code: str) -> set[str]:
    """Names read somewhere in ``code`` but bound nowhere in it (nor built in)."""
    tree = ast.parse(code)
    bound = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)} - bound


def test_the_helpers_tell_a_script_from_a_fragment():
    assert looks_runnable("import numpy as np\nx = np.ones(3)\n")
    assert not looks_runnable('"""doc"""\nimport numpy as np\n\ndef f(x):\n    return x\n')
    # the block the PyTorch page used to show: a loop over names defined elsewhere
    assert undefined_names("for _ in range(epochs):\n    opt.zero_grad()\n") == {"epochs", "opt"}
    assert undefined_names("import torch\nnet = torch.nn.ReLU()\nnet(1)\n") == set()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT / "docs").as_posix())
def test_every_script_like_block_is_a_whole_example_file(page):
    for source, section, code in python_blocks(page):
        if looks_runnable(code):
            where = f"{page.name}: {source}" + (f":{section}" if section else "")
            assert section is None, f"{where} is a cut-out piece that looks like a script"
            assert Path(ROOT / source).parent == EXAMPLES, f"{where} is not in ml/nn/examples"


def test_the_pages_show_the_examples():
    shown = {source for page in PAGES for source, _, _ in python_blocks(page)}
    for name in ("train_loop.py", "pytorch_loop.py", "backprop_by_hand.py", "classic_models.py"):
        assert f"ml/nn/examples/{name}" in shown


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("[!_]*.py")), ids=lambda p: p.name)
def test_every_example_defines_every_name_it_uses(example):
    assert undefined_names(example.read_text(encoding="utf-8")) == set()


def test_the_worked_backprop_example_prints_the_numbers_on_the_page():
    run = subprocess.run([sys.executable, "-m", "ml.nn.examples.backprop_by_hand"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert run.stdout == (EXAMPLES / "backprop_by_hand.out").read_text(encoding="utf-8")
    # the hand derivation on the page, in numbers
    assert "dW2 = [[-1.0, 1.0], [0.0, 0.0]]" in run.stdout
    assert "dW1 = [[-0.125, 0.0], [-0.25, 0.0]]" in run.stdout
    assert "db1 = [-0.125, 0.0]" in run.stdout


def test_the_training_loop_runs_as_shown_and_learns(monkeypatch, capsys):
    """The page's loop, the file itself, on the first 6,000 training images to keep it quick."""
    import ml.datasets.mnist as mnist_module

    full = mnist_module.load_mnist()
    small = dataclasses.replace(full, x_train=full.x_train[:6000], y_train=full.y_train[:6000])
    monkeypatch.setattr(mnist_module, "load_mnist", lambda *args, **kwargs: small)
    runpy.run_path(str(EXAMPLES / "train_loop.py"), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["epoch 1", "epoch 2", "epoch 3"]
    accuracies = [float(re.search(r"test accuracy ([\d.]+)%", line)[1]) for line in lines]
    assert accuracies[-1] > 85.0, lines  # three epochs on 6,000 images: far above chance
    assert np.all(np.isfinite(accuracies))


def test_the_classic_models_example_runs_as_shown(capsys):
    runpy.run_path(str(EXAMPLES / "classic_models.py"), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    scores = [float(re.search(r": ([\d.]+)% of 1000 test images", line)[1]) for line in lines]
    assert all(60.0 < score <= 100.0 for score in scores), lines


def test_every_module_a_page_tells_to_run_exists():
    import importlib.util

    commands = {m for page in PAGES
                for m in re.findall(r"python -m ([\w.]+)", page.read_text(encoding="utf-8"))}
    assert "ml.nn.examples.train_loop" in commands
    # find_spec locates a module without running it: pytorch_loop is found without torch
    missing = sorted(m for m in commands if importlib.util.find_spec(m) is None)
    assert missing == []
