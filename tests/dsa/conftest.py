"""Hypothesis strategies for random small graphs, shared by the graph tests in this folder.

Test files reach them through the session-scoped ``kit`` fixture and draw with ``st.data()``
(test files must not import each other, and conftest modules are not importable by name under
``--import-mode=importlib``).
"""

import random
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import strategies as st

from dsa.structures.graph import Graph


@st.composite
def graphs(draw, *, directed=None, min_weight=0, max_weight=9, max_vertices=7, max_edges=16):
    """A graph on vertices 0..n-1 with integer weights in [min_weight, max_weight].

    Sizes are drawn by hypothesis (``sampled_from`` spreads them evenly; ``integers`` favours
    the smallest) and the edges come from a seeded generator: hypothesis left to itself favours
    tiny, edgeless graphs, which would leave long paths and cycles untested.
    """
    if directed is None:
        directed = draw(st.booleans())
    n = draw(st.sampled_from(range(1, max_vertices + 1)))
    m = draw(st.sampled_from(range(max_edges + 1)))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    edges = [
        (rng.randrange(n), rng.randrange(n), rng.randint(min_weight, max_weight)) for _ in range(m)
    ]
    return Graph.from_edges(edges, directed=directed, vertices=range(n))


@st.composite
def dags(draw, max_vertices=8, max_edges=16):
    """A directed acyclic graph: edges go forward in a random order of the vertices."""
    n = draw(st.sampled_from(range(1, max_vertices + 1)))
    m = draw(st.sampled_from(range(max_edges + 1)))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    order = rng.sample(range(n), n)
    pairs = [sorted(rng.sample(range(n), 2)) for _ in range(m)] if n > 1 else []
    edges = [(order[a], order[b]) for a, b in pairs]
    return Graph.from_edges(edges, directed=True, vertices=range(n))


def reachability(graph):
    """reach[u] = set of vertices reachable from u by a path of one or more edges (brute force)."""
    reach = {u: set(graph.neighbors(u)) for u in graph}
    changed = True
    while changed:
        changed = False
        for u in graph:
            extra = set().union(*(reach[v] for v in reach[u])) - reach[u]
            if extra:
                reach[u] |= extra
                changed = True
    return reach


def is_cycle(graph, cycle):
    """Whether ``cycle`` lists distinct vertices joined by edges v0→v1 … vk→v0."""
    if not cycle or len(set(cycle)) != len(cycle):
        return False
    return all(graph.has_edge(u, cycle[(i + 1) % len(cycle)]) for i, u in enumerate(cycle))


@pytest.fixture(scope="session")
def kit():
    return SimpleNamespace(graphs=graphs, dags=dags, reachability=reachability, is_cycle=is_cycle)


def deepest_nesting(function, *args):
    """Run ``function(*args)``; return its result and the most Python frames open at once.

    A count, not a clock or a recursion limit: code that recurses once per item of its input
    opens that many frames, code that loops opens a constant number.
    """
    depth = deepest = 0

    def watch(frame, event, arg):
        nonlocal depth, deepest
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":
            depth -= 1

    sys.setprofile(watch)
    try:
        result = function(*args)
    finally:
        sys.setprofile(None)
    return result, deepest


@pytest.fixture(scope="session")
def nesting():
    """The :func:`deepest_nesting` counter, for tests that check an algorithm does not recurse."""
    return deepest_nesting


@pytest.fixture(scope="session")
def lines_run():
    """``lines_run(function, *args)``: the lines of library code (under dsa/) the call executes.

    A count that does not depend on the machine: work that doubles with the input doubles it.
    """
    library = str(Path(__import__("dsa").__file__).parent)

    def run(function, *args):
        count = 0

        def local(frame, event, arg):
            nonlocal count
            if event == "line":
                count += 1
            return local

        sys.settrace(lambda frame, event, arg: local
                     if frame.f_code.co_filename.startswith(library) else None)
        try:
            function(*args)
        finally:
            sys.settrace(None)
        return count

    return run
