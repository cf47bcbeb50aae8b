"""Phylogeny from distances: UPGMA, a molecular clock, and a priority queue of closest pairs.

If mutations accumulate at a steady rate in every lineage — a *molecular clock* (Zuckerkandl &
Pauling 1965) — then the genetic distance between two species is twice the time since their
common ancestor, and the distances are *ultrametric*: for any three species, the two largest of
the three pairwise distances are equal (both pairs meet at the same, older ancestor).

UPGMA (unweighted pair-group method with arithmetic mean; Sokal & Michener 1958) rebuilds the
tree from the distances by agglomeration:

1. every species is a cluster of size 1;
2. merge the two clusters A, B at the smallest distance d; their common ancestor gets height d/2;
3. the new cluster's distance to any other cluster C is the average over all species pairs,
   d(AB, C) = (|A| d(A, C) + |B| d(B, C)) / (|A| + |B|);
4. repeat until one cluster is left: the root.

Finding the closest pair is a job for a **priority queue**: push every pair's distance, pop the
smallest, and skip popped pairs whose clusters have already been merged away ("lazy deletion").
That makes UPGMA O(n^2 log n) instead of the O(n^3) of rescanning the matrix each time.

The output is a list of merges ``(a, b, height)``: leaves are 0..n-1 and the k-th merge creates
cluster n + k, as in scipy's linkage format.

>>> D = np.array([[0, 2, 6], [2, 0, 6], [6, 6, 0]], dtype=float)
>>> upgma(D)
[Merge(a=0, b=1, height=1.0, size=2), Merge(a=2, b=3, height=3.0, size=3)]
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.structures.binary_heap import MinHeap

BASES = np.array(list("ACGT"))

# The five-bacteria example (Jukes–Cantor distances between 5S rRNA sequences collected by
# Erdmann & Wolters 1986), as worked in the Wikipedia article on UPGMA.
BACTERIA = ("Bacillus subtilis", "Bacillus stearothermophilus", "Lactobacillus viridescens",
            "Acholeplasma modicum", "Micrococcus luteus")
BACTERIA_DISTANCES = np.array([
    [0, 17, 21, 31, 23],
    [17, 0, 30, 34, 21],
    [21, 30, 0, 28, 39],
    [31, 34, 28, 0, 43],
    [23, 21, 39, 43, 0],
], dtype=float)


class Merge(NamedTuple):
    """Clusters ``a`` and ``b`` join at ``height`` into a cluster of ``size`` leaves.

    >>> Merge(0, 1, 8.5, 2).height
    8.5
    """

    a: int
    b: int
    height: float
    size: int


def _check_distances(D: np.ndarray) -> np.ndarray:
    D = np.asarray(D, dtype=float)
    if D.ndim != 2 or D.shape[0] != D.shape[1] or len(D) < 2:
        raise ValueError(f"need a square distance matrix of at least 2 taxa, got shape {D.shape}")
    if not np.allclose(D, D.T) or np.any(np.diag(D) != 0) or np.any(D < 0):
        raise ValueError("distances must be symmetric, non-negative, with a zero diagonal")
    return D


# --8<-- [start:upgma]
def upgma(D: np.ndarray) -> list[Merge]:
    """Cluster by UPGMA; return the n - 1 merges in order. O(n^2 log n) with a binary heap.

    >>> [m.height for m in upgma(BACTERIA_DISTANCES)]
    [8.5, 11.0, 14.0, 16.5]
    """
    D = _check_distances(D)
    n = len(D)
    distance = {(i, j): float(D[i, j]) for i in range(n) for j in range(i + 1, n)}
    size = dict.fromkeys(range(n), 1)  # the clusters still alive, with their sizes
    heap = MinHeap((d, i, j) for (i, j), d in distance.items())
    merges: list[Merge] = []
    while len(size) > 1:
        d, a, b = heap.pop()
        if a not in size or b not in size:
            continue  # a stale pair: one side was merged into a bigger cluster already
        new = n + len(merges)
        merges.append(Merge(a, b, d / 2, size[a] + size[b]))
        for c in size:
            if c not in (a, b):
                d_ac = distance[min(a, c), max(a, c)]
                d_bc = distance[min(b, c), max(b, c)]
                distance[c, new] = (size[a] * d_ac + size[b] * d_bc) / (size[a] + size[b])
                heap.push((distance[c, new], c, new))
        size[new] = size.pop(a) + size.pop(b)
    return merges
# --8<-- [end:upgma]


def leaves(merges: Sequence[Merge], n: int) -> dict[int, list[int]]:
    """The leaves under every cluster id, leaves included.

    >>> leaves(upgma(np.array([[0, 2, 6], [2, 0, 6], [6, 6, 0.0]])), 3)[4]
    [2, 0, 1]
    """
    under = {i: [i] for i in range(n)}
    for k, m in enumerate(merges):
        under[n + k] = under[m.a] + under[m.b]
    return under


def clades(merges: Sequence[Merge], n: int) -> set[frozenset[int]]:
    """The tree's topology as its set of clades (leaf sets of the internal nodes).

    >>> sorted(map(sorted, clades(upgma(BACTERIA_DISTANCES), 5)))
    [[0, 1], [0, 1, 2, 3, 4], [0, 1, 4], [2, 3]]
    """
    under = leaves(merges, n)
    return {frozenset(under[n + k]) for k in range(len(merges))}


def cophenetic(merges: Sequence[Merge], n: int) -> np.ndarray:
    """The tree's own distances: twice the height of each pair's lowest common ancestor.

    >>> cophenetic(upgma(np.array([[0, 2, 6], [2, 0, 6], [6, 6, 0.0]])), 3).tolist()
    [[0.0, 2.0, 6.0], [2.0, 0.0, 6.0], [6.0, 6.0, 0.0]]
    """
    under = leaves(merges, n)
    C = np.zeros((n, n))
    for m in merges:
        for i in under[m.a]:
            for j in under[m.b]:
                C[i, j] = C[j, i] = 2 * m.height
    return C


def is_ultrametric(D: np.ndarray, tol: float = 1e-9) -> bool:
    """Three-point condition: d(i, j) <= max(d(i, k), d(j, k)) for all i, j, k. O(n^3).

    >>> is_ultrametric(np.array([[0, 2, 6], [2, 0, 6], [6, 6, 0]]))
    True
    >>> is_ultrametric(BACTERIA_DISTANCES)   # 5S rRNA distances only roughly follow a clock
    False
    """
    D = np.asarray(D, dtype=float)
    bound = np.maximum(D[:, None, :], D[None, :, :])  # bound[i, j, k] = max(d_ik, d_jk)
    return bool(np.all(D[:, :, None] <= bound + tol))


def newick(merges: Sequence[Merge], names: Sequence[str]) -> str:
    """The tree in Newick format, with branch lengths (parent height - child height).

    >>> newick(upgma(BACTERIA_DISTANCES), "abcde")
    '((e:11,(a:8.5,b:8.5):2.5):5.5,(c:14,d:14):2.5);'
    """
    n = len(names)
    height = {i: 0.0 for i in range(n)} | {n + k: m.height for k, m in enumerate(merges)}
    text = {i: str(name) for i, name in enumerate(names)}
    for k, m in enumerate(merges):
        parts = [f"{text[c]}:{m.height - height[c]:g}" for c in (m.a, m.b)]
        text[n + k] = f"({','.join(parts)})"
    return text[n + len(merges) - 1] + ";"


# --8<-- [start:evolve]
def evolve(merges: Sequence[Merge], n: int, sites: int, rng: np.random.Generator,
           rate: dict[int, float] | None = None) -> np.ndarray:
    """DNA sequences ``(n, sites)`` evolved down a tree under the Jukes–Cantor model.

    Along a branch of t expected substitutions per site, each site is redrawn uniformly from
    ACGT with probability 1 - exp(-4t/3), which gives JC69's change probability
    3/4 (1 - exp(-4t/3)). A node's height is in substitutions per site from it down to any
    tip (half the tip-to-tip distance); ``rate`` multiplies the branch above a node, to break
    the clock. O(n * sites).

    >>> seqs = evolve(upgma(BACTERIA_DISTANCES / 100), 5, 8, np.random.default_rng(0))
    >>> seqs.shape
    (5, 8)
    """
    rate = rate or {}
    root = n + len(merges) - 1
    height = {i: 0.0 for i in range(n)} | {n + k: m.height for k, m in enumerate(merges)}
    sequence = {root: rng.integers(0, 4, size=sites)}
    for k in reversed(range(len(merges))):  # parents before children
        parent = n + k
        for child in merges[k][:2]:
            t = (height[parent] - height[child]) * rate.get(child, 1.0)
            redraw = rng.random(sites) < 1.0 - math.exp(-4.0 * t / 3.0)
            sequence[child] = np.where(redraw, rng.integers(0, 4, size=sites), sequence[parent])
    return np.array([sequence[i] for i in range(n)])
# --8<-- [end:evolve]


def jukes_cantor_distances(sequences: np.ndarray) -> np.ndarray:
    """Pairwise JC69 distances d = -3/4 ln(1 - 4p/3), p the fraction of differing sites.

    Corrects for multiple hits: two changes at one site look like one, or none. O(n^2 sites).

    >>> jukes_cantor_distances(np.array([[0, 1, 2, 3], [0, 1, 2, 3]])).tolist()
    [[0.0, 0.0], [0.0, 0.0]]
    """
    sequences = np.asarray(sequences)
    p = (sequences[:, None, :] != sequences[None, :, :]).mean(axis=-1)
    if np.any(p >= 0.75):
        raise ValueError("some pair differs at >= 3/4 of sites: too far apart for Jukes–Cantor")
    return -0.75 * np.log(1.0 - 4.0 * p / 3.0)


def example_tree() -> list[Merge]:
    """The figure's 8-taxon clock tree (heights: substitutions per site from node to tips).

    >>> len(example_tree()), example_tree()[-1].height
    (7, 0.3)
    """
    return [Merge(0, 1, 0.02, 2), Merge(2, 3, 0.05, 2), Merge(8, 9, 0.09, 4),
            Merge(4, 5, 0.04, 2), Merge(6, 11, 0.12, 3), Merge(7, 12, 0.16, 4),
            Merge(10, 13, 0.3, 8)]


def _dendrogram(ax, merges: Sequence[Merge], names: Sequence[str], title: str) -> None:
    n = len(names)
    under = leaves(merges, n)
    order = under[n + len(merges) - 1]
    y = {leaf: float(pos) for pos, leaf in enumerate(order)}
    x = dict.fromkeys(range(n), 0.0)
    for k, m in enumerate(merges):
        node = n + k
        x[node], y[node] = m.height, (y[m.a] + y[m.b]) / 2
        for child in (m.a, m.b):
            ax.plot([x[child], m.height], [y[child], y[child]], color="black", lw=1)
        ax.plot([m.height, m.height], [y[m.a], y[m.b]], color="black", lw=1)
    ax.set_yticks(range(n), [names[leaf] for leaf in order], fontsize=8)
    ax.invert_xaxis()
    ax.set_xlabel("height (substitutions per site)")
    ax.set_title(title, fontsize=9)


def draw(out: Path, sites: int = 2000, fast: float = 12.0, seed: int = 0) -> Path:
    """Draw the essay's figure: a clock tree, UPGMA's reconstruction, and a broken clock."""
    plt = pyplot()

    truth = example_tree()
    names = [f"taxon {chr(65 + i)}" for i in range(8)]
    rng = np.random.default_rng(seed)
    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 9.0))
    _dendrogram(axes[0], truth, names, "true tree (molecular clock)")
    rebuilt = upgma(jukes_cantor_distances(evolve(truth, 8, sites, rng)))
    same = clades(rebuilt, 8) == clades(truth, 8)
    _dendrogram(axes[1], rebuilt, names,
                f"UPGMA from {sites} simulated sites: topology {'recovered' if same else 'wrong'}")
    broken = upgma(jukes_cantor_distances(evolve(truth, 8, sites, rng, rate={0: fast})))
    same = clades(broken, 8) == clades(truth, 8)
    _dendrogram(axes[2], broken, names,
                f"taxon A evolving {fast:g}x faster: topology {'recovered' if same else 'wrong'}")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.phylogeny``: run UPGMA on the bacteria and on simulated DNA."""
    parser = cli.demo_parser(
        "biology.phylogeny", "UPGMA trees from distances, with a priority queue: the "
        "five-bacteria example, and DNA simulated down a clock tree; draws the essay's figure.",
        "phylogeny.png")
    parser.add_argument("--sites", type=cli.integer(1, 1_000_000), default=2000,
                        help="length of the simulated DNA sequences (default: %(default)s)")
    parser.add_argument("--fast", type=cli.real(0.01, 100), default=12.0,
                        help="rate multiplier of taxon A's branch in the broken-clock panel "
                             "(default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    bacteria = newick(upgma(BACTERIA_DISTANCES), "abcde")
    path = draw(args.out, args.sites, args.fast, args.seed)
    return {"bacteria": bacteria, "figure": str(path)}, f"bacteria: {bacteria}\nwrote {path}"


if __name__ == "__main__":
    raise SystemExit(main())
