"""Percolation: when does a porous medium let fluid through? Union–find answers it site by site.

Open each site of an L x L square grid independently with probability p (a pore in a rock, a
live tree in a forest, an immune individual missing from a crowd). The open sites form clusters
of neighbours (up, down, left, right). The system *percolates* when one cluster joins the top row
to the bottom row. For small p the clusters are small; for large p one cluster spans the grid;
and as L grows the change becomes sharp at a critical probability p_c. On the square lattice
there is no formula for it, but simulation pins it down: p_c = 0.59274621(13) (Newman & Ziff
2000), found with exactly the algorithm here.

**Union–find** keeps the clusters as disjoint sets. Two extra *virtual* sites, TOP (joined to
every open site in the first row) and BOTTOM (the last row), turn "does a cluster span?" into one
query, ``connected(TOP, BOTTOM)``. Newman and Ziff's trick: open the sites one at a time in a
random order, union each new site with its open neighbours, and stop when TOP and BOTTOM meet.
The fraction of sites open at that moment is one sample of the spanning threshold; each site is
opened once, so a whole sweep costs O(L^2 α(L^2)) — no need to rebuild anything for each p.

A breadth-first flood fill from the top row answers the same yes/no question independently;
the tests check the two agree.

>>> grid = np.array([[1, 0], [1, 0]], dtype=bool)
>>> percolates(grid), percolates_bfs(grid)
(True, True)
"""

from __future__ import annotations

import argparse
import math
from collections import deque
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.structures.union_find import UnionFind

P_C = 0.59274621  # Newman & Ziff (2000), site percolation on the square lattice


def random_grid(size: int, p: float, rng: np.random.Generator) -> np.ndarray:
    """An ``size x size`` boolean grid with each site open independently with probability p.

    >>> random_grid(3, 1.0, np.random.default_rng(0)).sum()
    np.int64(9)
    """
    if size < 1:
        raise ValueError(f"size must be >= 1, got {size}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p is a probability and must be in [0, 1], got {p}")
    return rng.random((size, size)) < p


def _check_grid(grid: np.ndarray) -> np.ndarray:
    grid = np.asarray(grid)
    if grid.ndim != 2 or grid.dtype != bool or grid.size == 0:
        raise ValueError("grid must be a non-empty 2-D boolean array (True = open site), "
                         f"got shape {grid.shape} and dtype {grid.dtype}")
    return grid


def _neighbours(i: int, j: int, rows: int, cols: int):
    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= a < rows and 0 <= b < cols:
            yield a, b


# --8<-- [start:union-find]
def clusters(grid: np.ndarray, bottom: bool = True) -> UnionFind:
    """Union–find over the open sites ``(i, j)`` plus virtual sites "top" and "bottom".

    ``bottom=False`` leaves the bottom row unjoined (see :func:`spanning_cluster`).
    O(L^2 α(L^2)) time, O(L^2) space.

    >>> uf = clusters(np.array([[1, 0, 0], [1, 0, 1], [1, 1, 0]], dtype=bool))
    >>> uf.connected("top", "bottom"), uf.connected((1, 2), "top"), uf.connected((2, 1), (0, 0))
    (True, False, True)
    """
    grid = _check_grid(grid)
    rows, cols = grid.shape
    uf: UnionFind = UnionFind()
    uf.add("top")
    uf.add("bottom")
    for i, j in zip(*np.nonzero(grid), strict=True):
        site = (int(i), int(j))
        uf.add(site)
        if site[0] == 0:
            uf.union(site, "top")
        if bottom and site[0] == rows - 1:
            uf.union(site, "bottom")
        for other in _neighbours(*site, rows, cols):
            if other in uf:  # already added, so open: merge the two clusters
                uf.union(site, other)
    return uf


def percolates(grid: np.ndarray) -> bool:
    """Whether an open cluster joins the top row to the bottom row (by union–find).

    >>> percolates(np.array([[1, 0], [0, 1]], dtype=bool))
    False
    """
    return clusters(grid).connected("top", "bottom")
# --8<-- [end:union-find]


def percolates_bfs(grid: np.ndarray) -> bool:
    """The same question by a breadth-first flood fill from every open top-row site. O(L^2).

    >>> percolates_bfs(np.array([[0, 1], [1, 1]], dtype=bool))
    True
    """
    grid = _check_grid(grid)
    rows, cols = grid.shape
    seen = {(0, j) for j in range(cols) if grid[0, j]}
    queue = deque(seen)
    while queue:
        i, j = queue.popleft()
        if i == rows - 1:
            return True
        for a, b in _neighbours(i, j, rows, cols):
            if grid[a, b] and (a, b) not in seen:
                seen.add((a, b))
                queue.append((a, b))
    return False


# --8<-- [start:newman-ziff]
def spanning_threshold(size: int, rng: np.random.Generator) -> float:
    """Open sites in random order until the grid percolates; return the fraction then open.

    One sample of the spanning threshold (Newman & Ziff 2000). O(L^2 α(L^2)).

    >>> 0 < spanning_threshold(8, np.random.default_rng(1)) <= 1
    True
    """
    if size < 1:
        raise ValueError(f"size must be >= 1, got {size}")
    n_sites = size * size
    top, bottom = n_sites, n_sites + 1  # virtual sites; site (i, j) is number i * size + j
    uf = UnionFind(n_sites + 2)
    is_open = np.zeros(n_sites, dtype=bool)
    for opened, site in enumerate(rng.permutation(n_sites), start=1):
        i, j = divmod(int(site), size)
        is_open[site] = True
        if i == 0:
            uf.union(site, top)
        if i == size - 1:
            uf.union(site, bottom)
        for a, b in _neighbours(i, j, size, size):
            if is_open[a * size + b]:
                uf.union(site, a * size + b)
        if uf.connected(top, bottom):
            return opened / n_sites
    raise AssertionError("a full grid always percolates")  # unreachable
# --8<-- [end:newman-ziff]


def fixed_occupancy_curve(thresholds: Sequence[float], n_sites: int) -> np.ndarray:
    """Q_n for n = 0..n_sites: the fraction of sweeps that span once n sites are open.

    This is the spanning probability of a grid with *exactly* n open sites (fixed occupancy),
    not yet the probability at site probability p; :func:`binomial_convolution` turns one into
    the other. ``thresholds`` are samples of :func:`spanning_threshold`. O(n_sites + samples).

    >>> fixed_occupancy_curve([0.5, 0.75], n_sites=4).tolist()
    [0.0, 0.0, 0.5, 1.0, 1.0]
    """
    counts = np.rint(np.asarray(thresholds, dtype=float) * n_sites).astype(int)
    if counts.size == 0 or counts.min() < 0 or counts.max() > n_sites:
        raise ValueError(f"need at least one threshold in [0, 1], got {list(thresholds)}")
    return np.cumsum(np.bincount(counts, minlength=n_sites + 1)) / counts.size


# --8<-- [start:convolution]
def binomial_convolution(curve: np.ndarray, p: float | np.ndarray) -> np.ndarray:
    """From fixed occupancy to fixed probability: sum_n C(N, n) p^n (1 - p)^(N - n) Q_n.

    With each of N sites open with probability p, the number open is binomial, and the grid
    percolates with probability Q_n given that n are open (Newman & Ziff 2000).
    ``curve`` is Q_0..Q_N; returns one probability per p. O(N) per p.

    >>> binomial_convolution(np.array([0.0, 0.0, 1.0]), np.array([0.0, 0.5, 1.0])).tolist()
    [0.0, 0.25, 1.0]
    """
    curve = np.asarray(curve, dtype=float)
    n_sites = len(curve) - 1
    n = np.arange(n_sites + 1)
    log_choose = (math.lgamma(n_sites + 1) - np.array([math.lgamma(k + 1) for k in n])
                  - np.array([math.lgamma(n_sites - k + 1) for k in n]))
    ps = np.atleast_1d(np.asarray(p, dtype=float))
    if ((ps < 0) | (ps > 1)).any():
        raise ValueError(f"p is a probability and must be in [0, 1], got {p}")
    out = np.empty(len(ps))
    for k, q in enumerate(ps):
        if q in (0.0, 1.0):  # all the weight on n = 0 or n = N (and log 0 is undefined)
            out[k] = curve[-1] if q == 1.0 else curve[0]
            continue
        weights = np.exp(log_choose + n * math.log(q) + (n_sites - n) * math.log1p(-q))
        out[k] = weights @ curve
    return out
# --8<-- [end:convolution]


def estimate_threshold(size: int, trials: int, seed: int = 0) -> tuple[float, float]:
    """Mean spanning threshold over ``trials`` seeded sweeps, and its standard error.

    O(trials L^2 α(L^2)).

    >>> mean, stderr = estimate_threshold(16, 20, seed=0)
    >>> 0.45 < mean < 0.75 and stderr < 0.05
    True
    """
    if trials < 2:
        raise ValueError(f"need at least 2 trials for a standard error, got {trials}")
    rng = np.random.default_rng(seed)
    samples = np.array([spanning_threshold(size, rng) for _ in range(trials)])
    return float(samples.mean()), float(samples.std(ddof=1) / np.sqrt(trials))


def spanning_cluster(grid: np.ndarray) -> np.ndarray:
    """A boolean mask of the open sites joined to the top row by open paths.

    The union–find for this leaves out the virtual "bottom" site: once the grid percolates,
    "bottom" would link every cluster touching the bottom row to "top" through itself, marking
    clusters that no open path joins to the top ("backwash"). O(L^2 α(L^2)).

    >>> spanning_cluster(np.array([[1, 0], [1, 0]], dtype=bool)).astype(int).tolist()
    [[1, 0], [1, 0]]
    """
    uf = clusters(grid, bottom=False)
    mask = np.zeros(grid.shape, dtype=bool)
    for i, j in zip(*np.nonzero(grid), strict=True):
        mask[i, j] = uf.connected((int(i), int(j)), "top")
    return mask


def draw(out: Path, size: int = 64, trials: int = 60, seed: int = 0) -> Path:
    """Draw the essay's figure: grids below, at and above p_c, and the spanning probability."""
    plt = pyplot()

    # The three grids in a row above the plot, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 6.0))
    grid = fig.add_gridspec(2, 3, height_ratios=[1, 1.3])
    axes = [fig.add_subplot(grid[0, k]) for k in range(3)] + [fig.add_subplot(grid[1, :])]
    fig.suptitle("dark: sites reached from the top", fontsize=9)
    rng = np.random.default_rng(seed)
    for ax, p in zip(axes[:3], (0.55, 0.60, 0.65), strict=True):
        grid = random_grid(size, p, rng)
        picture = grid.astype(float) * 0.35 + spanning_cluster(grid) * 0.65
        ax.imshow(picture, cmap="magma_r", vmin=0, vmax=1, interpolation="nearest")
        ax.set_title(f"p = {p:.2f}: {'percolates' if percolates(grid) else 'blocked'}",
                     fontsize=9)
        ax.axis("off")
    ax = axes[3]
    ps = np.linspace(0.4, 0.8, 161)
    for n in (8, 24, size):
        rng_n = np.random.default_rng(seed + n)
        curve = fixed_occupancy_curve([spanning_threshold(n, rng_n) for _ in range(trials)],
                                      n * n)
        ax.plot(ps, binomial_convolution(curve, ps), label=f"L = {n}")
    ax.axvline(P_C, color="gray", ls="--", lw=1)
    ax.text(P_C + 0.005, 0.05, "$p_c$ = 0.5927", fontsize=8)
    ax.set_xlabel("fraction of open sites p")
    ax.set_ylabel("probability of a spanning cluster")
    ax.set_title(f"sharper with size ({trials} sweeps each)", fontsize=9)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.percolation``: estimate p_c and draw the figure."""
    parser = cli.demo_parser(
        "biology.percolation", "Site percolation on the square lattice with union-find "
        "(Newman-Ziff sweeps): estimates the threshold and draws the essay's figure.",
        "percolation.png")
    parser.add_argument("--size", type=cli.integer(2, 256), default=64,
                        help="side L of the largest grid, in sites (default: %(default)s)")
    parser.add_argument("--trials", type=cli.integer(2, 1000), default=60,
                        help="random sweeps per grid size (default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


# Each sweep fills an L x L grid site by site: size^2 x trials sets the run time, about a minute
# at this budget (64^2 sites x 1000 sweeps).
MAX_SWEPT_SITES = 64 * 64 * 1000


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    if args.size**2 * args.trials > MAX_SWEPT_SITES:
        raise ValueError(f"--size {args.size} with --trials {args.trials} sweeps "
                         f"{args.size**2 * args.trials:,} sites, more than the "
                         f"{MAX_SWEPT_SITES:,} that finish in minutes; lower either")
    mean, stderr = estimate_threshold(args.size, args.trials, args.seed)
    path = draw(args.out, args.size, args.trials, args.seed)
    facts = {"size": args.size, "threshold": float(mean), "stderr": float(stderr),
             "newman_ziff": P_C, "figure": str(path)}
    return facts, (f"L = {args.size}: spanning threshold {mean:.4f} +- {stderr:.4f} "
                   f"(Newman & Ziff: {P_C})\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
