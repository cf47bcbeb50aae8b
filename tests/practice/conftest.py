"""Helpers for the engine's tests: a factory for throwaway problems and learner files."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

TINY_META = """\
id = "{id}"
title = "Tiny"
pattern = "arrays-hashing"
difficulty = "easy"
entry = "double"
time = "O(1)"
space = "O(1)"
time_limit = {limit}
hints = ["Aim for O(1) time and O(1) extra space.", "Multiply."]
"""

TINY_STARTER = '''\
"""Double a number."""


def double(n: int) -> int:
    """Return twice ``n``."""
    raise NotImplementedError("write your solution here")
'''

TINY_TESTS = '''\
from hypothesis import given, strategies as st

from practice.checking import expect


def test_example(sol):
    expect(sol.double(2), 4, n=2)


@given(n=st.integers(-100, 100))
def test_property(sol, n):
    expect(sol.double(n), 2 * n, n=n)
'''


@pytest.fixture
def make_problem(tmp_path: Path) -> Callable[..., Path]:
    """Write a small problem folder (defaults: ``tiny``, doubling a number) and return it."""

    def make(problem_id: str = "tiny", *, tests: str = TINY_TESTS, limit: float = 2.0,
             meta: str | None = None, solution: str | None = None) -> Path:
        folder = tmp_path / "problems" / problem_id.replace("-", "_")
        folder.mkdir(parents=True)
        (folder / "meta.toml").write_text(meta or TINY_META.format(id=problem_id, limit=limit))
        (folder / "statement.md").write_text("Return twice `n`.\n")
        (folder / "starter.py").write_text(TINY_STARTER)
        (folder / "solution.py").write_text(solution or
                                            '"""Double."""\n\n\ndef double(n):\n    return 2 * n\n')
        (folder / "tests.py").write_text(textwrap.dedent(tests))
        return folder

    return make


@pytest.fixture
def tiny_meta() -> Callable[..., str]:
    """The tiny problem's ``meta.toml`` with some keys replaced (``None`` drops a key)."""

    def meta(**changes: str | None) -> str:
        text = TINY_META.format(id="tiny", limit=2.0)
        for key, value in changes.items():
            lines = [line for line in text.splitlines() if not line.startswith(f"{key} =")]
            if value is not None:
                lines.append(f"{key} = {value}")
            text = "\n".join(lines) + "\n"
        return text

    return meta


@pytest.fixture
def learner_file(tmp_path: Path) -> Callable[[str], Path]:
    """Write learner source to a file in a fresh folder and return its path."""
    count = 0

    def write(source: str) -> Path:
        nonlocal count
        count += 1
        folder = tmp_path / f"learner{count}"
        folder.mkdir()
        path = folder / "attempt.py"
        path.write_text(textwrap.dedent(source))
        return path

    return write
