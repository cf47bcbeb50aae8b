"""Tests for percolation-spans: tiny known grids, closed sites, diagonals, random grids against
biology.percolation.percolates, a long winding path, and the site-percolation threshold
p_c = 0.5927 of the square lattice (Newman & Ziff 2000) from seeded 32 x 32 grids."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from biology.percolation import P_C, percolates
from practice.checking import Mismatch, expect, expect_true


def answer(sol, grid, /, **shown):
    """The learner's answer for ``grid``; ``shown`` replaces the grid in a failure report."""
    got = sol.spans(grid.copy())
    expect_true(isinstance(got, bool | np.bool_), f"return a bool; yours is a "
                f"{type(got).__name__}", **(shown or {"grid": grid.astype(int)}))
    return bool(got)


def check(sol, grid, advice=""):
    got = answer(sol, grid)
    try:
        expect(got, percolates(grid), grid=grid.astype(int))
    except Mismatch as miss:
        raise Mismatch(f"{miss.message}{'. ' + advice if advice else ''}", miss.inputs,
                       miss.expected, miss.actual) from None


def grid_of(rows):
    return np.array([[c == "#" for c in row] for row in rows.split()], dtype=bool)


SPANS = ("The grid spans when open sites link a site of the TOP row to a site of the BOTTOM "
         "row through steps up, down, left or right")


def test_tiny_grids(sol):
    check(sol, grid_of("#. #."), advice=SPANS)
    check(sol, grid_of("#"), advice="A single open site is in the top row and the bottom row")
    check(sol, grid_of("."), advice="A single closed site spans nothing")
    check(sol, grid_of("#.. #.# ##."), advice=SPANS)


def test_closed_sites_block(sol):
    check(sol, grid_of("# . #"), advice="A closed site lets nothing through: join a site only to "
          "neighbours that are open")
    check(sol, grid_of("### ... ###"), advice="A closed row cuts the grid in two: join a site "
          "only to neighbours that are open")


def test_diagonals_do_not_connect(sol):
    check(sol, grid_of("#. .#"), advice="Sites that touch only at a corner are not neighbours: "
          "up, down, left and right only")
    check(sol, grid_of("#.. .#. ..#"), advice="Sites that touch only at a corner are not "
          "neighbours")


def test_top_to_bottom_not_left_to_right(sol):
    check(sol, grid_of("... ### ..."), advice="Spanning means from the top row to the bottom "
          "row; an open row from left to right does not count")
    check(sol, grid_of("#.. #.. #.."), advice="An open column joins the top row to the bottom")


@settings(max_examples=15)
@given(grid=st.tuples(st.integers(1, 8), st.integers(1, 8)).flatmap(
    lambda shape: arrays(np.bool_, shape)))
def test_matches_the_essay(sol, grid):
    check(sol, grid)


def test_long_winding_path(sol):
    # A snake of about 7,000 open sites: a recursive flood fill runs out of stack here.
    n = 121
    grid = np.zeros((n, n), dtype=bool)
    grid[::2] = True
    grid[1::4, -1] = True
    grid[3::4, 0] = True
    expect(answer(sol, grid, grid="121 x 121 snake"), True, grid="121 x 121 snake: open even "
           "rows joined alternately at the right and left ends")
    grid[60, :] = False
    expect(answer(sol, grid, grid="the snake cut"), False, grid="the same snake with row 60 "
           "closed")


def threshold(sol, uniform):
    """The fraction of sites open (smallest values first) when the grid starts to span."""
    order = np.sort(uniform.ravel())
    lo, hi = 0, order.size  # not spanning with lo sites open; spanning with hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        grid = uniform <= order[mid - 1]
        got = answer(sol, grid, grid=f"{mid} of {order.size} sites open")
        lo, hi = (lo, mid) if got else (mid, hi)
    return hi / order.size


def test_threshold_near_pc(sol):
    samples = [threshold(sol, np.random.default_rng(seed).random((32, 32)))
               for seed in range(12)]
    mean = float(np.mean(samples))
    expect_true(abs(mean - P_C) < 0.03, f"the spanning threshold of 32 x 32 grids should be "
                f"near p_c = {P_C} (Newman & Ziff); yours averages {mean:.4f}"
                + (" - near 0.41, the threshold when diagonal sites count as neighbours"
                   if abs(mean - 0.41) < 0.05 else ""),
                grids="12 seeded 32 x 32 uniform fields")
