"""2-SAT against trying every assignment; the implication graph's size counted."""

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs.two_sat import implication_graph, two_sat

literals = st.integers(1, 5).flatmap(lambda v: st.sampled_from([v, -v]))
formulas = st.lists(st.tuples(literals, literals), max_size=14)


def satisfies(assignment, clauses):
    return all(any(assignment[abs(x)] == (x > 0) for x in clause) for clause in clauses)


@given(formulas)
def test_matches_trying_every_assignment(clauses):
    variables = sorted({abs(x) for clause in clauses for x in clause})
    brute = any(
        satisfies(dict(zip(variables, values, strict=True)), clauses)
        for values in itertools.product([False, True], repeat=len(variables))
    )
    answer = two_sat(clauses)
    assert (answer is not None) == brute
    if answer is not None:
        assert sorted(answer) == variables and satisfies(answer, clauses)


def test_bad_clauses_are_named():
    with pytest.raises(ValueError, match="exactly two literals"):
        two_sat([(1, 2, 3)])
    with pytest.raises(ValueError, match="literal 0"):
        two_sat([(0, 1)])


def test_implication_graph_is_linear_in_the_formula():
    rng = random.Random(4)
    for n, m in ((100, 300), (1000, 3000)):
        def literal(n=n):
            return rng.choice([1, -1]) * rng.randint(1, n)

        clauses = [(literal(), literal()) for _ in range(m)]
        graph = implication_graph(clauses)
        variables = {abs(x) for c in clauses for x in c}
        assert len(graph) == 2 * len(variables) and graph.edge_count <= 2 * m
        answer = two_sat(clauses)
        assert answer is None or satisfies(answer, clauses)


def test_long_implication_chain_is_solved_without_recursion(nesting):
    # x1 -> x2 -> ... -> xn, and x1 forced true: every variable must come out true
    n = 20000
    clauses = [(-i, i + 1) for i in range(1, n)] + [(1, 1)]
    answer, deep = nesting(two_sat, clauses)
    assert answer == dict.fromkeys(range(1, n + 1), True)
    _, shallow = nesting(two_sat, [(-1, 2), (1, 1)])
    assert deep <= shallow + 2
