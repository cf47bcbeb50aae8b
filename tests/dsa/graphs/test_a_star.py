"""A* against Dijkstra on random weighted grids, with consistent and merely admissible h."""

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import a_star, dijkstra, grid_graph, manhattan
from dsa.structures.graph import Graph

grids = st.integers(1, 6).flatmap(
    lambda width: st.lists(st.text(alphabet="..19#", min_size=width, max_size=width),
                           min_size=1, max_size=6)
)


def patchy(v, target):
    """Admissible (at most Manhattan) but not consistent: A* must reopen vertices."""
    return manhattan(v, target) if (v[0] + v[1]) % 2 else 0


@given(rows=grids, data=st.data())
def test_a_star_matches_dijkstra_on_grids(rows, data):
    graph = grid_graph(rows)
    cells = graph.vertices()
    if not cells:
        return
    source = data.draw(st.sampled_from(cells))
    target = data.draw(st.sampled_from(cells))
    distance, _ = dijkstra(graph, source)
    for heuristic in (manhattan, patchy, lambda v, t: 0):
        result = a_star(graph, source, target, heuristic)
        assert result.cost == distance[target]
        if distance[target] == math.inf:
            assert result.path == []
        else:
            path = result.path
            assert path[0] == source and path[-1] == target
            assert sum(graph.weight(a, b) for a, b in itertools.pairwise(path)) == (
                result.cost
            )


def test_manhattan_expands_no_more_than_dijkstra_on_an_open_grid():
    graph = grid_graph(["." * 12] * 12)
    guided = a_star(graph, (0, 0), (11, 11), manhattan)
    blind = a_star(graph, (0, 0), (11, 11), lambda v, t: 0)
    assert guided.cost == blind.cost == 22
    assert guided.expanded < blind.expanded


def test_errors():
    graph = grid_graph(["..", ".."])
    with pytest.raises(KeyError, match="not in the graph"):
        a_star(graph, (0, 0), (5, 5), manhattan)
    with pytest.raises(ValueError, match="same length"):
        grid_graph([".", ".."])
    with pytest.raises(ValueError, match="non-negative"):
        a_star(Graph.from_edges([(0, 1, -1)]), 0, 1, lambda v, t: 0)


def test_inconsistent_heuristic_forces_a_reopening():
    # h is admissible but h(B) = 4 > w(B, C) + h(C) = 1: C is first expanded via A at cost 4,
    # then found via B at cost 3 and must be reopened, or G comes out at 7 instead of 6.
    graph = Graph.from_edges(
        [("S", "A", 1), ("A", "C", 3), ("S", "B", 2), ("B", "C", 1), ("C", "G", 3)],
        directed=True,
    )
    h = {"S": 0, "A": 0, "B": 4, "C": 0, "G": 0}
    result = a_star(graph, "S", "G", lambda v, t: h[v])
    assert result.cost == 6
    assert result.path == ["S", "B", "C", "G"]
    assert result.expanded == 6  # S, A, C, B, C again, G
