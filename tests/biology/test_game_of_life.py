"""Facts of the Game of Life essay: glider, blinker, block, R-pentomino; dense equals sparse."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.game_of_life import (
    BLINKER,
    BLOCK,
    FAR,
    GLIDER,
    LIFE,
    R_PENTOMINO,
    last_population_change,
    main,
    parse_pattern,
    parse_rule,
    period,
    run,
    step_dense,
    step_sparse,
    to_cells,
    to_grid,
    translate,
)


def test_glider_moves_one_cell_diagonally_every_four_generations():
    history = run(GLIDER, 12)
    for g in range(1, 4):  # in between it changes shape, so it is not a translate of itself
        assert all(history[g] != translate(GLIDER, k, k) for k in range(-2, 3))
    for k in (1, 2, 3):
        assert history[4 * k] == translate(GLIDER, k, k)


def test_blinker_has_period_two_and_block_is_still():
    assert period(BLINKER) == 2
    assert step_sparse(BLINKER) != set(BLINKER)
    assert period(BLOCK) == 1
    assert step_dense(to_grid(BLOCK, (4, 4), (1, 1))).sum() == 4


def test_r_pentomino_settles_at_generation_1103():
    # Berlekamp, Conway & Guy (1982): the R-pentomino stabilises after 1103 generations, with 116
    # cells, six of them gliders escaping for ever.
    settled, populations = last_population_change(R_PENTOMINO, 1110)
    assert settled == 1103
    assert populations[1103] == 116 and populations[1102] != 116
    final = run(R_PENTOMINO, 1103)[-1]  # sparse cells: the debris spreads over ~500 x 500
    gliders = {(r, c) for r, c in final if max(abs(r), abs(c)) > FAR}
    assert len(gliders) == 6 * 5


@settings(max_examples=25)
@given(seed=st.integers(0, 2**32 - 1), density=st.floats(0.2, 0.6))
def test_dense_and_sparse_agree_on_random_soups_for_50_steps(seed, density):
    steps, size = 50, 10
    soup = np.random.default_rng(seed).random((size, size)) < density
    # Influence travels one cell per generation, so a margin of steps + 1 dead cells makes the
    # finite dense board behave like the infinite plane for `steps` generations.
    margin = steps + 1
    grid = np.pad(soup, margin)
    cells = to_cells(soup)
    for _ in range(steps):
        grid, cells = step_dense(grid), step_sparse(cells)
        assert to_cells(grid, origin=(margin, margin)) == cells


def test_round_trip_between_representations():
    grid = to_grid(R_PENTOMINO, (5, 5), origin=(1, 1))
    assert to_cells(grid, origin=(1, 1)) == set(R_PENTOMINO)


def test_bad_input():
    with pytest.raises(ValueError, match="2-D boolean"):
        step_dense(np.zeros((3, 3), dtype=int))
    with pytest.raises(ValueError, match="2-D boolean"):
        step_dense(np.zeros(3, dtype=bool))
    with pytest.raises(IndexError, match="outside"):
        to_grid({(5, 5)}, (3, 3))
    with pytest.raises(ValueError, match="steps"):
        run(GLIDER, -1)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--generations", "60"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "last population change" in capsys.readouterr().out


def test_rule_option_runs_highlife_where_life_differs(tmp_path, capsys):
    # HighLife (B36/S23) adds birth on six neighbours: a dead cell with six live neighbours is
    # born there and stays dead in Life.
    six = {(0, 0), (0, 1), (0, 2), (2, 0), (2, 1), (2, 2)}  # (1, 1) has six live neighbours
    assert (1, 1) in step_sparse(six, parse_rule("B36/S23"))
    assert (1, 1) not in step_sparse(six)
    assert parse_rule("b3/s23") == LIFE
    out = tmp_path / "high.png"
    assert main(["--rule", "B36/S23", "--pattern", "OOO/.../OOO", "--generations", "20",
                 "--out", str(out), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["rule"] == "B36/S23" and out.exists()
    settled, populations = last_population_change(six, 20, parse_rule("B36/S23"))
    assert facts["cells"] == populations[settled]


def test_pattern_option_reads_rows_of_o_and_dots():
    assert parse_pattern(".OO/OO./.O.") == R_PENTOMINO
    assert run(parse_pattern("OOO"), 2)[2] == set(BLINKER)


@pytest.mark.parametrize(("argv", "named"), [
    (["--rule", "B0/S23"], "B0"),        # births on empty space fill the infinite plane
    (["--rule", "B9/S23"], "B3/S23"),    # nine neighbours do not exist
    (["--rule", "3/23"], "B3/S23"),
    (["--pattern", "x"], "rows of O"),
    (["--pattern", "..."], "no live cell"),
    (["--pattern", "/".join(["O"] * 65)], "64"),
])
def test_bad_rule_or_pattern_is_one_line_and_exit_2(argv, named, tmp_path, capsys):
    assert main([*argv, "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and named in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
