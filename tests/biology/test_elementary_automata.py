"""Facts of the elementary cellular automata in the Life essay: rule 90 is Pascal's triangle mod 2,
rule 30's rows and centre column are the published ones."""

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.elementary_automata import centre_column, main, rule_table, single_cell, step

# Rule 30 from one live cell, generations 0..13, as printed in the OEIS (A328101, example).
RULE_30_ROWS = [
    "1", "111", "11001", "1101111", "110010001", "11011110111", "1100100001001",
    "110111100111111", "11001000111000001", "1101111011001000111", "110010000101111011001",
    "11011110011010000101111", "1100100011100110011010001", "110111101100111011100110111",
]
# The centre column of rule 30 from one live cell, the first 32 terms of OEIS A051023.
RULE_30_CENTRE = [1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1,
                  1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0]


def by_definition(rule: int, steps: int) -> list[str]:
    """An independent oracle, straight from the numbering: rows of the infinite line from one
    live cell, as text over columns -steps..steps. Each generation is computed only where all
    three neighbours are known, so the known stretch shrinks by one cell a side and no boundary
    rule is ever needed."""
    half = 2 * steps + 1
    cells = {k: int(k == 0) for k in range(-half, half + 1)}
    rows = []
    for t in range(steps + 1):
        rows.append("".join(str(cells[k]) for k in range(-steps, steps + 1)))
        reach = half - t - 1
        cells = {k: (rule >> (4 * cells[k - 1] + 2 * cells[k] + cells[k + 1])) & 1
                 for k in range(-reach, reach + 1)}
    return rows


def as_text(row: np.ndarray) -> str:
    return "".join(str(int(b)) for b in row)


def test_rule_30_rows_are_the_published_ones():
    history = single_cell(30, 13)
    for t, expected in enumerate(RULE_30_ROWS):
        assert as_text(history[t, 13 - t:14 + t]) == expected
        assert not history[t, :13 - t].any() and not history[t, 14 + t:].any()  # light cone


def test_rule_30_centre_column_is_oeis_a051023():
    assert centre_column(30, 31).tolist() == RULE_30_CENTRE


def test_rule_30_agrees_with_the_definition_for_200_generations():
    oracle = by_definition(30, 200)
    assert [as_text(row) for row in single_cell(30, 200)] == oracle


def test_rule_90_from_one_cell_is_pascals_triangle_mod_2():
    steps = 64
    history = single_cell(90, steps)
    for t in range(steps + 1):
        expected = [math.comb(t, (t + k) // 2) % 2 if (t + k) % 2 == 0 and abs(k) <= t else 0
                    for k in range(-steps, steps + 1)]
        assert history[t].astype(int).tolist() == expected
        # Lucas' theorem: row t of Pascal's triangle has 2^(ones in t's binary digits) odd entries
        assert history[t].sum() == 2 ** bin(t).count("1")


def test_rule_90_is_left_xor_right_and_rule_30_is_left_xor_centre_or_right():
    for n in range(8):
        left, centre, right = (n >> 2) & 1, (n >> 1) & 1, n & 1
        assert rule_table(90)[n] == (left ^ right)
        assert rule_table(30)[n] == (left ^ (centre | right))


@settings(max_examples=30)
@given(rule=st.integers(0, 255), steps=st.integers(0, 12))
def test_every_rule_matches_the_definition_on_the_infinite_line(rule, steps):
    # The odd rules turn the empty background on: the window must still match the infinite line.
    assert [as_text(row) for row in single_cell(rule, steps)] == by_definition(rule, steps)


def test_step_is_local_and_checks_its_input():
    row = np.zeros(9, dtype=bool)
    row[4] = True
    assert step(row, 90).astype(int).tolist() == [0, 0, 0, 1, 0, 1, 0, 0, 0]
    with pytest.raises(ValueError, match="1-D boolean"):
        step(np.zeros(3, dtype=int), 30)
    with pytest.raises(ValueError, match="0 to 255"):
        rule_table(256)
    with pytest.raises(ValueError, match="steps"):
        single_cell(30, -1)


def test_command_line_draws_and_prints_the_centre_column(tmp_path, capsys):
    out = tmp_path / "eca.png"
    assert main(["--rules", "30", "--steps", "40", "--out", str(out), "--json"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    facts = json.loads(capsys.readouterr().out)
    assert facts["rule_30"]["centre_column_first_32"] == "".join(map(str, RULE_30_CENTRE))


def test_command_line_refuses_a_bad_rule_or_too_many(tmp_path, capsys):
    for argv in (["--rules", "256"], ["--rules", "1", "2", "3", "4"]):
        assert main([*argv, "--out", str(tmp_path / "x.png")]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and "--rules" in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
