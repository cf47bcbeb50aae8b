"""A measured number on a page must be one its results file holds.

Pages once said "23 s" of training where the results said 52, and "about twice the forward pass"
where a measurement gave 0.93. Now every measurement a page states in its prose — a percentage,
a duration in seconds, a ratio written with × or "N times" — must match, to the precision it is
written with, a number in one of that page's result files:

* the generated tables it includes (``--8<-- "docs/figures/....md"`` or ``.txt``), with the
  ``.json`` files beside them;
* any file it names in a comment, ``<!-- results: figures/mnist/results.json -->``.

Fractions count as percentages too (0.9827 holds "98.27 %" and "98.3 %"). Code, math and
HTML tags are not prose and are skipped. A few percentages are settings, not measurements (the
80 % below which the digit demo says "not sure"); they are listed in :data:`NOT_MEASURED`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted([*(DOCS / "ml").rglob("*.md"), DOCS / "index.md"])

# Numbers in the prose that are chosen, not measured: page -> the strings, as written.
NOT_MEASURED = {
    "ml/draw-a-digit.md": {"100 %", "80 %", "20 %"},  # probabilities sum, "not sure", ink cut
}

_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
MEASURED = re.compile(
    _NUMBER + r"(?:\s?%|\s(?:s|seconds)\b|\s?×(?!\s?\d)|\stimes\s(?:faster|slower|as))")
_SKIP = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`|\$\$.*?\$\$|\$[^$\n]+\$|<[^>\n]+>",
                   re.MULTILINE | re.DOTALL)
_INCLUDE = re.compile(r'--8<--\s+"(docs/figures/[^"]+\.(?:md|txt|json))"')
_DECLARED = re.compile(r"<!--\s*results:\s*(\S+)\s*-->")


def stated_numbers(text: str) -> list[tuple[str, float, int]]:
    """``(as written, value, decimals)`` for each measured number in the prose of ``text``.

    >>> stated_numbers("It reaches 98.3 % in 52 s, 0.93× the cost; `7 %` and $5 s$ are code.")
    [('98.3 %', 98.3, 1), ('52 s', 52.0, 0), ('0.93×', 0.93, 2)]
    """
    prose = _SKIP.sub(" ", text)
    found = []
    for match in MEASURED.finditer(prose):
        number = match[1].replace(",", "")
        decimals = len(number.split(".")[1]) if "." in number else 0
        found.append((match[0].strip(), float(number), decimals))
    return found


def _numbers_in(path: Path) -> set[float]:
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".json":  # a table's accuracy column may hold fractions too
        found = [float(n.replace(",", "")) for n in re.findall(_NUMBER, text)]
        return {*found, *(100.0 * n for n in found)}
    values: set[float] = set()

    def walk(node):
        if isinstance(node, dict):
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            values.update({float(node), 100.0 * node})  # a fraction is also a percentage

    walk(json.loads(text))
    return values


def result_files(page: Path) -> list[Path]:
    """The files whose numbers the page may state: its included tables and declared files."""
    text = page.read_text(encoding="utf-8")
    files = [ROOT / p for p in _INCLUDE.findall(text)] + [DOCS / p for p in _DECLARED.findall(text)]
    files += [json_file for f in list(files) for json_file in sorted(f.parent.glob("*.json"))]
    return sorted(set(files))


def held(value: float, decimals: int, numbers: set[float]) -> bool:
    """Is ``value``, written with ``decimals`` decimals, a rounding of one of ``numbers``?

    >>> held(98.3, 1, {98.27}), held(98.4, 1, {98.27}), held(90, 0, {89.5})
    (True, False, True)
    """
    half = 0.5 * 10.0 ** -decimals + 1e-9
    return any(abs(number - value) <= half for number in numbers)


def test_the_checker_catches_the_claims_this_test_was_written_for(tmp_path):
    results = tmp_path / "results.json"
    results.write_text('{"train_seconds": 51.7, "test_accuracy": 0.9827}')
    numbers = _numbers_in(results)
    for claim, value, decimals in stated_numbers("trains in 23 s to 98.4 %"):
        assert not held(value, decimals, numbers), claim
    for claim, value, decimals in stated_numbers("trains in 52 s to 98.27 %"):
        assert held(value, decimals, numbers), claim


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_measured_number_on_a_page_is_in_its_results(page):
    name = page.relative_to(DOCS).as_posix()
    files = result_files(page)
    missing = [f for f in files if not f.is_file()]
    assert missing == [], f"{name} names result files that do not exist"
    numbers = set().union(*(_numbers_in(f) for f in files)) if files else set()
    unsupported = [claim for claim, value, decimals in stated_numbers(page.read_text("utf-8"))
                   if claim not in NOT_MEASURED.get(name, set())
                   and not held(value, decimals, numbers)]
    assert unsupported == [], (f"{name} states {unsupported}, which no result file of the page "
                               f"holds ({[f.relative_to(ROOT).as_posix() for f in files]})")


def test_the_stale_claims_are_gone():
    backprop = (DOCS / "ml/network/backprop.md").read_text(encoding="utf-8")
    assert "twice the forward pass" not in backprop
    assert '--8<-- "docs/figures/ml/backward-cost.md"' in backprop
    assert "23 s" not in (DOCS / "ml/draw-a-digit.md").read_text(encoding="utf-8")
