"""Slime mould as a shortest-path solver: Physarum's adaptive tubes against Dijkstra.

The plasmodium of *Physarum polycephalum* is a single giant cell, a network of tubes through
which cytoplasm streams back and forth. Tubes that carry much flow thicken; tubes that carry
little wither. Nakagaki, Yamada and Tóth (2000) filled a maze with the organism, put food at the
entrance and the exit, and within hours the tubes in dead ends and on longer routes had vanished:
what was left was the shortest route through the maze.

Tero, Kobayashi and Nakagaki (2007) modelled this. Each edge (tube) ij of a graph has a length
L_ij and a conductivity D_ij. Food sources push a current I0 in at the source and out at the
sink; the pressures p follow from Kirchhoff's law (flow conserved at every node), with the flux
along a tube given by Poiseuille's law:

    Q_ij = (D_ij / L_ij) (p_i - p_j),        sum_j Q_ij = +I0 (source), -I0 (sink), 0 (else).

Then the tubes adapt to the flow they carry:

    dD_ij / dt = |Q_ij| - D_ij.

Bonifaci, Mehlhorn and Varma (2012) proved that these dynamics converge to the shortest
source–sink path: D tends to I0 on its edges and to 0 everywhere else. The solver never compares
two routes; each tube only reacts to its own flux. The network's total "tube volume"
sum D_ij L_ij then tends to I0 times the shortest distance, which Dijkstra's algorithm computes
directly.

>>> g = Graph.from_edges([(0, 1, 1.0), (1, 2, 1.0), (0, 2, 3.0)])
>>> result = physarum(g, 0, 2, steps=200)
>>> shortest_edges(result)
[(0, 1), (1, 2)]
"""

from __future__ import annotations

import argparse
from collections.abc import Hashable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.graphs.components import connected_components
from dsa.graphs.dijkstra import dijkstra
from dsa.graphs.paths import path_to
from dsa.structures.graph import Graph

FLOOR = 1e-12  # keeps withered tubes from making the Kirchhoff system singular


class PhysarumResult(NamedTuple):
    """The run: ``edges`` (u, v, length), final ``conductivity`` per edge, ``volume`` per step.

    >>> PhysarumResult([(0, 1, 2.0)], np.array([1.0]), np.array([2.0])).volume.tolist()
    [2.0]
    """

    edges: list[tuple[Hashable, Hashable, float]]
    conductivity: np.ndarray
    volume: np.ndarray  # sum of D * L after each step


# --8<-- [start:kirchhoff]
def pressures(n: int, ends: np.ndarray, conductance: np.ndarray, source: int, sink: int,
              current: float) -> np.ndarray:
    """Solve Kirchhoff's law for the node pressures, with the sink's pressure fixed at 0.

    ``ends`` is ``(edges, 2)`` node indices, ``conductance`` is D / L per edge. O(n^3).

    >>> pressures(3, np.array([[0, 1], [1, 2]]), np.array([1.0, 1.0]), 0, 2, 1.0).tolist()
    [2.0, 1.0, 0.0]
    """
    laplacian = np.zeros((n, n))
    i, j = ends[:, 0], ends[:, 1]
    np.add.at(laplacian, (i, j), -conductance)
    np.add.at(laplacian, (j, i), -conductance)
    np.add.at(laplacian, (i, i), conductance)
    np.add.at(laplacian, (j, j), conductance)
    inflow = np.zeros(n)
    inflow[source] = current
    keep = np.arange(n) != sink  # grounding the sink makes the system invertible
    p = np.zeros(n)
    p[keep] = np.linalg.solve(laplacian[np.ix_(keep, keep)], inflow[keep])
    return p
# --8<-- [end:kirchhoff]


# --8<-- [start:adapt]
def physarum(graph: Graph, source: Hashable, sink: Hashable, current: float = 1.0,
             dt: float = 0.5, steps: int = 300) -> PhysarumResult:
    """Run Tero et al.'s tube dynamics with explicit Euler steps from D = 1 everywhere.

    Edge weights are tube lengths. O(steps * V^3) for the dense linear solves.

    >>> g = Graph.from_edges([("s", "a", 1.0), ("a", "t", 1.0), ("s", "t", 5.0)])
    >>> round(float(physarum(g, "s", "t").volume[-1]), 3)   # the route s-a-t, length 2
    2.0
    """
    if graph.directed:
        raise ValueError("tubes carry flow both ways: give an undirected graph")
    if source == sink or source not in graph or sink not in graph:
        raise KeyError(f"source {source!r} and sink {sink!r} must be two vertices of the graph")
    if len(connected_components(graph)) != 1:
        raise ValueError("the graph must be connected, or Kirchhoff's equations have no "
                         "unique solution; drop the unreachable vertices")
    if dt <= 0 or steps < 1:
        raise ValueError(f"need dt > 0 and steps >= 1, got dt={dt}, steps={steps}")
    vertices = graph.vertices()
    index = {v: k for k, v in enumerate(vertices)}
    edges = graph.edges()
    ends = np.array([(index[u], index[v]) for u, v, _ in edges])
    length = np.array([w for _, _, w in edges], dtype=float)
    if np.any(length <= 0):
        raise ValueError("tube lengths (edge weights) must be positive")
    D = np.ones(len(edges))
    volume = np.empty(steps)
    for step in range(steps):
        p = pressures(len(vertices), ends, D / length, index[source], index[sink], current)
        flux = D / length * (p[ends[:, 0]] - p[ends[:, 1]])
        D = np.maximum(D + dt * (np.abs(flux) - D), FLOOR)  # use it or lose it
        volume[step] = float(D @ length)
    return PhysarumResult(edges, D, volume)
# --8<-- [end:adapt]


def shortest_edges(result: PhysarumResult, threshold: float = 0.5) -> list[tuple]:
    """The tubes that survived: edges whose conductivity exceeds ``threshold`` (of I0 = 1).

    >>> shortest_edges(PhysarumResult([(0, 1, 1.0), (1, 2, 1.0)], np.array([0.9, 1e-6]),
    ...                               np.array([0.9])))
    [(0, 1)]
    """
    return [(u, v) for (u, v, _), d in zip(result.edges, result.conductivity, strict=True)
            if d > threshold]


def dijkstra_edges(graph: Graph, source: Hashable, sink: Hashable) -> tuple[float, set]:
    """The shortest distance and the path's edges (as frozensets), by Dijkstra's algorithm.

    >>> dijkstra_edges(Graph.from_edges([(0, 1, 1.0), (1, 2, 1.0), (0, 2, 3.0)]), 0, 2)
    (2.0, {frozenset({0, 1}), frozenset({1, 2})})
    """
    distance, parent = dijkstra(graph, source)
    path = path_to(parent, sink)
    return float(distance[sink]), {frozenset(e) for e in pairwise(path)}


def maze(rows: int, cols: int, extra: int, rng: np.random.Generator,
         jitter: float = 0.5) -> Graph:
    """A grid maze: a random spanning tree of the grid (randomised DFS) plus ``extra`` openings,
    which create loops, so that several routes compete. Cells are (row, col); a corridor's
    length is 1 + jitter * U(0, 1), so that no two routes tie. O(rows * cols).

    >>> g = maze(4, 4, 0, np.random.default_rng(0))
    >>> len(g), g.edge_count   # a spanning tree: n - 1 corridors
    (16, 15)
    """
    if rows < 1 or cols < 1 or extra < 0:
        raise ValueError(f"need rows, cols >= 1 and extra >= 0, got {rows}, {cols}, {extra}")
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    graph: Graph = Graph.from_edges([], vertices=cells)
    seen, stack = {(0, 0)}, [(0, 0)]
    while stack:
        r, c = stack[-1]
        options = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
        if not options:
            stack.pop()
            continue
        nxt = options[rng.integers(len(options))]
        graph.add_edge((r, c), nxt, 1.0 + jitter * rng.random())
        seen.add(nxt)
        stack.append(nxt)
    walls = [((r, c), (r + dr, c + dc)) for r, c in cells for dr, dc in ((0, 1), (1, 0))
             if r + dr < rows and c + dc < cols and not graph.has_edge((r, c), (r + dr, c + dc))]
    for k in rng.permutation(len(walls))[:extra]:
        graph.add_edge(*walls[k], 1.0 + jitter * rng.random())
    return graph


def draw(out: Path, rows: int = 12, cols: int = 12, extra: int = 30, seed: int = 2,
         steps: int = 300) -> Path:
    """Draw the essay's figure: the tubes at three times, and the tube volume over time."""
    plt = pyplot()

    graph = maze(rows, cols, extra, np.random.default_rng(seed))
    source, sink = (0, 0), (rows - 1, cols - 1)
    best, path = dijkstra_edges(graph, source, sink)
    final = physarum(graph, source, sink, steps=steps)
    # The three networks in a row above the plot, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 6.0))
    grid = fig.add_gridspec(2, 3, height_ratios=[1, 1.2])
    axes = [fig.add_subplot(grid[0, k]) for k in range(3)] + [fig.add_subplot(grid[1, :])]
    fig.suptitle("tube width ∝ conductivity D (dotted: Dijkstra's shortest path)",
                 fontsize=9)
    for ax, n_steps in zip(axes[:3], (2, 12, steps), strict=True):
        result = final if n_steps == steps else physarum(graph, source, sink, steps=n_steps)
        for (u, v, _), d in zip(result.edges, result.conductivity, strict=True):
            ax.plot([u[1], v[1]], [u[0], v[0]], color="goldenrod",
                    lw=0.3 + 6 * min(float(d), 1.0), solid_capstyle="round")
        for u, v in map(tuple, path):
            ax.plot([u[1], v[1]], [u[0], v[0]], color="black", lw=0.6, ls=":")
        ax.plot(*source[::-1], "s", color="tab:green", ms=8)
        ax.plot(*sink[::-1], "s", color="tab:green", ms=8)
        ax.set_xlim(-0.7, cols - 0.3)
        ax.set_ylim(rows - 0.3, -0.7)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_title(f"t = {n_steps * 0.5:g}", fontsize=9)
    ax = axes[3]
    ax.plot(np.arange(1, steps + 1) * 0.5, final.volume, label="Physarum model")
    ax.axhline(best, color="black", ls="--", lw=1, label=f"Dijkstra distance {best:.2f}")
    ax.set_xscale("log")
    ax.set_xlabel("time t")
    ax.set_ylabel("tube volume  Σ D L")
    ax.set_title("the network shrinks onto the shortest path", fontsize=9)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.slime_mould``: solve a maze with tubes and with Dijkstra."""
    parser = cli.demo_parser(
        "biology.slime_mould", "Tero et al.'s Physarum model solving a random maze, compared "
        "with Dijkstra's algorithm; draws the essay's figure.", "slime_mould.png")
    # Each of the model's steps solves Kirchhoff's equations densely, O(cells^3): 30 x 30 cells
    # already take minutes.
    parser.add_argument("--rows", type=cli.integer(2, 30), default=12,
                        help="maze rows (default: %(default)s)")
    parser.add_argument("--cols", type=cli.integer(2, 30), default=12,
                        help="maze columns (default: %(default)s)")
    parser.add_argument("--extra", type=cli.integer(0, 10_000), default=30,
                        help="walls knocked out to make loops (default: %(default)s)")
    cli.add_seed_option(parser, default=2, what="the maze generator")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    graph = maze(args.rows, args.cols, args.extra, np.random.default_rng(args.seed))
    sink = (args.rows - 1, args.cols - 1)
    volume = float(physarum(graph, (0, 0), sink).volume[-1])
    best, _ = dijkstra_edges(graph, (0, 0), sink)
    path = draw(args.out, args.rows, args.cols, args.extra, args.seed)
    facts = {"tube_volume": volume, "dijkstra_distance": float(best), "figure": str(path)}
    return facts, (f"tube volume after t = 150: {volume:.4f}; Dijkstra distance: {best:.4f}\n"
                   f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
