"""Tests for life-generation: the blinker (period 2), the block, the glider (one cell down and
right every 4 generations), dead cells outside the board, an untouched input, and
biology.game_of_life.step_dense on random boards."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from biology.game_of_life import BLINKER, BLOCK, GLIDER, step_dense, to_grid
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true


def board(cells, shape, origin=(0, 0)):
    return to_grid(cells, shape, origin).astype(np.int64)


def step(sol, grid, **shown):
    """The learner's next generation as 0/1 ints, checked to leave ``grid`` alone."""
    before = grid.copy()
    got = sol.life_step(grid)
    expect_true(np.array_equal(grid, before), "life_step changed the grid it was given: build "
                "the next generation in a new array (updating in place makes later cells count "
                "neighbours that are already a generation ahead)", grid=before, **shown)
    if isinstance(got, np.ndarray) and got.dtype == np.bool_:
        got = got.astype(np.int64)
    return got


def check(sol, grid, advice="", **shown):
    want = step_dense(grid.astype(bool)).astype(np.int64)
    got = step(sol, grid.copy(), **shown)
    try:
        expect_array(got, want, name="next generation", why=" (the board keeps its shape)",
                     grid=grid, **shown)
    except Mismatch as miss:
        if not advice:
            raise
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None
    return got


SELF = ("Count the eight neighbours only, not the cell itself (a 3 x 3 sum includes the "
        "centre)")
OLD = ("Count every cell's neighbours in the OLD grid and write the results into a new array: "
       "updating the grid you are reading makes later cells see neighbours already a "
       "generation ahead")


def test_counts_neighbours_only(sol):
    # Two live cells side by side: each has ONE neighbour, so both die.
    check(sol, board({(1, 1), (1, 2)}, (3, 4)), advice=f"Each of the two cells has one live "
          f"neighbour and dies of loneliness. {SELF}")


def test_blinker_turns(sol):
    grid = board(BLINKER, (5, 5), origin=(2, 1))
    got = check(sol, grid, advice=f"A row of three turns into a column of three. {OLD}")
    check(sol, got, advice="A column of three turns back into a row: the blinker has period 2")


def test_block_stays(sol):
    check(sol, board(BLOCK, (4, 4), origin=(1, 1)), advice="Each cell of a 2 x 2 block has 3 "
          "live neighbours and survives; every dead cell around it has at most 2. " + SELF)


def test_edges_are_dead(sol):
    # A row of three along the top edge: the column it turns into is cut off by the edge.
    grid = board({(0, 1), (0, 2), (0, 3)}, (5, 5))
    check(sol, grid, advice="Cells outside the board are dead: nothing wraps round to the "
          "opposite edge (np.roll wraps)")
    corner = board({(0, 0), (0, 1), (1, 0)}, (4, 4))
    check(sol, corner, advice="Cells outside the board are dead: nothing wraps round")


def test_glider_moves(sol):
    grid = board(GLIDER, (8, 8), origin=(1, 1))
    for _ in range(4):
        grid = step(sol, grid)
        expect_true(isinstance(grid, np.ndarray) and grid.shape == (8, 8),
                    "life_step must return an array of the board's shape", board=(8, 8))
    expect_array(grid, board(GLIDER, (8, 8), origin=(2, 2)), name="the glider after 4 "
                 "generations", why="", glider="(0,1) (1,2) (2,0) (2,1) (2,2) at (1, 1) on 8 x 8",
                 generations=4)


@settings(max_examples=15)
@given(grid=st.tuples(st.integers(1, 9), st.integers(1, 9)).flatmap(
    lambda shape: arrays(np.int64, shape, elements=st.integers(0, 1))))
def test_matches_the_essay(sol, grid):
    check(sol, grid)


def test_soup(sol):
    grid = (np.random.default_rng(5).random((40, 50)) < 0.35).astype(np.int64)
    for generation in range(3):
        grid = check(sol, grid, advice=OLD, soup="40 x 50, density 0.35, seed 5",
                     generation=generation)
