"""Facts of the percolation essay: p_c on the square lattice; union–find equals a flood fill."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.percolation import (
    P_C,
    binomial_convolution,
    estimate_threshold,
    fixed_occupancy_curve,
    main,
    percolates,
    percolates_bfs,
    random_grid,
    spanning_cluster,
    spanning_threshold,
)


def test_estimated_threshold_matches_newman_ziff():
    # Newman & Ziff (2000): p_c = 0.59274621(13). 100 seeded sweeps of a 32 x 32 grid give a
    # standard error of about 0.0035; the finite-size shift at L = 32 is smaller still.
    mean, stderr = estimate_threshold(32, 100, seed=1)
    assert stderr < 0.005
    assert mean == pytest.approx(P_C, abs=0.015)


@settings(max_examples=60)
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(1, 12), p=st.floats(0.3, 0.8))
def test_union_find_agrees_with_bfs_flood_fill(seed, size, p):
    grid = random_grid(size, p, np.random.default_rng(seed))
    assert percolates(grid) == percolates_bfs(grid)


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32 - 1), p=st.floats(0.3, 0.8))
def test_sites_joined_to_top_match_flood_fill(seed, p):
    grid = random_grid(10, p, np.random.default_rng(seed))
    # Flood-fill independently from every open top-row site, depth first this time.
    reached = np.zeros_like(grid)
    stack = [(0, j) for j in range(10) if grid[0, j]]
    while stack:
        i, j = stack.pop()
        if 0 <= i < 10 and 0 <= j < 10 and grid[i, j] and not reached[i, j]:
            reached[i, j] = True
            stack += [(i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)]
    assert np.array_equal(spanning_cluster(grid), reached)


def test_threshold_sample_is_exactly_when_grid_starts_to_percolate():
    # Re-open the same random order one site at a time: percolation starts exactly at the sample.
    size, seed = 12, 7
    threshold = spanning_threshold(size, np.random.default_rng(seed))
    order = np.random.default_rng(seed).permutation(size * size)
    k = round(threshold * size * size)
    before, at = np.zeros(size * size, dtype=bool), np.zeros(size * size, dtype=bool)
    before[order[: k - 1]] = True
    at[order[:k]] = True
    assert not percolates_bfs(before.reshape(size, size))
    assert percolates_bfs(at.reshape(size, size))


def test_spanning_cluster_reaches_bottom_only_when_percolating():
    grid = random_grid(20, 0.7, np.random.default_rng(3))
    assert percolates(grid) and spanning_cluster(grid)[-1].any()
    grid = random_grid(20, 0.4, np.random.default_rng(3))
    assert not percolates(grid) and not spanning_cluster(grid)[-1].any()


def exact_3x3():
    """Every one of the 512 grids of side 3: Q_n exactly, and P(p) as a polynomial in p."""
    spans = np.zeros(10)
    grids = np.zeros(10)
    spanning_by_count = []
    for bits in range(512):
        grid = np.array([(bits >> k) & 1 for k in range(9)], dtype=bool).reshape(3, 3)
        n = int(grid.sum())
        grids[n] += 1
        spans[n] += percolates_bfs(grid)
        spanning_by_count.append((n, percolates_bfs(grid)))
    q = spans / grids

    def probability(p: float) -> float:  # sum over all grids of P(grid) [grid percolates]
        return sum(p**n * (1 - p) ** (9 - n) for n, spans in spanning_by_count if spans)

    return q, probability


def test_binomial_convolution_turns_fixed_occupancy_into_fixed_probability():
    # The sweep measures Q_n, spanning with exactly n sites open; the figure plots P(p), spanning
    # when each site is open with probability p. On a 3 x 3 grid both are known exactly.
    q, probability = exact_3x3()
    ps = np.linspace(0.0, 1.0, 21)
    assert binomial_convolution(q, ps) == pytest.approx([probability(p) for p in ps], abs=1e-12)
    # At p = 0.5 the fixed-occupancy value Q_n at n = pN is not P(p): the conversion matters.
    assert abs(q[round(0.5 * 9)] - probability(0.5)) > 0.05


def test_sweeps_estimate_the_fixed_occupancy_curve():
    q, _ = exact_3x3()
    rng = np.random.default_rng(0)
    curve = fixed_occupancy_curve([spanning_threshold(3, rng) for _ in range(4000)], 9)
    assert curve == pytest.approx(q, abs=0.03)
    assert curve[0] == 0 and curve[-1] == 1


def test_sixty_sweeps_of_the_64_grid():
    # The number the essay quotes, as `python -m biology.percolation` prints it.
    mean, stderr = estimate_threshold(64, 60, seed=0)
    assert (round(mean, 4), round(stderr, 4)) == (0.5924, 0.0029)


def test_bad_input():
    with pytest.raises(ValueError, match="probability"):
        random_grid(4, 1.5, np.random.default_rng(0))
    with pytest.raises(ValueError, match="size"):
        spanning_threshold(0, np.random.default_rng(0))
    with pytest.raises(ValueError, match="2-D boolean"):
        percolates(np.ones((3, 3)))
    with pytest.raises(ValueError, match="2 trials"):
        estimate_threshold(4, 1)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--size", "16", "--trials", "5"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "spanning threshold" in capsys.readouterr().out
