"""Facts of the slime-mould essay: Physarum's tubes converge onto Dijkstra's shortest path."""

from itertools import pairwise

import numpy as np
import pytest

from biology.slime_mould import (
    dijkstra_edges,
    main,
    maze,
    physarum,
    pressures,
    shortest_edges,
)
from dsa.structures.graph import Graph


def random_graph(seed, n=8, extra=6):
    """A connected graph: a random spanning path plus extra random edges, random lengths."""
    rng = np.random.default_rng(seed)
    order = rng.permutation(n).tolist()
    edges = {frozenset(pair) for pair in pairwise(order)}
    while len(edges) < n - 1 + extra:
        u, v = rng.choice(n, size=2, replace=False).tolist()
        edges.add(frozenset((u, v)))
    return Graph.from_edges([(*sorted(e), 1.0 + 2.0 * rng.random()) for e in sorted(
        edges, key=sorted)])


@pytest.mark.parametrize("seed", range(20))
def test_tubes_converge_to_the_dijkstra_path(seed):
    # Tero et al. (2007); convergence proved by Bonifaci, Mehlhorn & Varma (2012). The speed of
    # convergence depends on how much longer the runner-up path is: of seeds 0..199, three
    # (147, 162, 199) are near-ties that need more than 400 steps, so the test uses fixed seeds.
    graph = random_graph(seed)
    best, path = dijkstra_edges(graph, 0, 7)
    result = physarum(graph, 0, 7, steps=400)
    assert {frozenset(e) for e in shortest_edges(result)} == path
    # Surviving tubes carry the whole current (D -> 1); the volume sum D L -> the distance.
    assert result.volume[-1] == pytest.approx(best, rel=1e-3)


def test_maze_is_solved():
    graph = maze(6, 6, 8, np.random.default_rng(0))
    best, path = dijkstra_edges(graph, (0, 0), (5, 5))
    result = physarum(graph, (0, 0), (5, 5), steps=300)
    assert {frozenset(e) for e in shortest_edges(result)} == path
    assert result.volume[-1] == pytest.approx(best, rel=1e-3)


def test_the_figures_maze_volumes():
    # The essay's numbers for the figure's maze (12 x 12, 30 extra openings, seed 2). The volume
    # starts at the total corridor length, since every tube starts at D = 1; the figure's log-time
    # curve starts after the first step.
    graph = maze(12, 12, 30, np.random.default_rng(2))
    result = physarum(graph, (0, 0), (11, 11), steps=300)
    total_length = sum(length for _, _, length in result.edges)
    assert round(total_length, 1) == 217.0
    assert round(float(result.volume[0]), 1) == 126.7
    assert round(float(result.volume[-1]), 3) == 30.955
    assert round(dijkstra_edges(graph, (0, 0), (11, 11))[0], 3) == 30.943


def test_kirchhoff_and_ohm():
    # Two routes from 0 to 3: resistance 1 + 1 (via 1) and 2 + 2 (via 2). Parallel resistance
    # 2 * 4 / (2 + 4) = 4/3, so the source pressure is 4/3, and 2/3 of the current takes the
    # shorter route.
    ends = np.array([[0, 1], [1, 3], [0, 2], [2, 3]])
    conductance = np.array([1.0, 1.0, 0.5, 0.5])
    p = pressures(4, ends, conductance, source=0, sink=3, current=1.0)
    assert p[0] == pytest.approx(4 / 3)
    flux = conductance * (p[ends[:, 0]] - p[ends[:, 1]])
    assert flux[0] == pytest.approx(2 / 3) and flux[2] == pytest.approx(1 / 3)
    # Conservation: what enters each inner node leaves it.
    assert flux[0] - flux[1] == pytest.approx(0) and flux[2] - flux[3] == pytest.approx(0)


def test_maze_is_a_spanning_tree_plus_extra_corridors():
    for extra in (0, 5):
        graph = maze(5, 7, extra, np.random.default_rng(1))
        assert len(graph) == 35 and graph.edge_count == 34 + extra


def test_bad_input():
    g = Graph.from_edges([(0, 1, 1.0)], vertices=[2])
    with pytest.raises(ValueError, match="connected"):
        physarum(g, 0, 1)
    with pytest.raises(ValueError, match="undirected"):
        physarum(Graph.from_edges([(0, 1, 1.0)], directed=True), 0, 1)
    with pytest.raises(KeyError, match="two vertices"):
        physarum(Graph.from_edges([(0, 1, 1.0)]), 0, 0)
    with pytest.raises(ValueError, match="positive"):
        physarum(Graph.from_edges([(0, 1, 0.0)]), 0, 1)
    with pytest.raises(ValueError, match="dt > 0"):
        physarum(Graph.from_edges([(0, 1, 1.0)]), 0, 1, dt=0)
    with pytest.raises(ValueError, match="extra >= 0"):
        maze(3, 3, -1, np.random.default_rng(0))


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--rows", "5", "--cols", "5", "--extra", "4"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Dijkstra distance" in capsys.readouterr().out
