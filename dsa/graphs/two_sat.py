"""2-SAT: satisfy a conjunction of two-literal clauses, via strongly connected components.

A 2-CNF formula is an AND of clauses ``(a ∨ b)``, each an OR of two *literals* (a variable or
its negation). "Seat Ann or Bob in the front row, not both Bob and Cy, ..." — constraints with
two options each. General SAT is NP-complete; with two literals per clause it takes linear time.

Read each clause ``(a ∨ b)`` as two implications: ``¬a → b`` (if a is false, b must be true)
and ``¬b → a``. These are the edges of the *implication graph*, with a vertex for each literal.
Following edges follows forced consequences, so:

* if ``x`` and ``¬x`` lie in one strongly connected component, then ``x`` forces ``¬x`` and
  ``¬x`` forces ``x`` — no assignment works, the formula is unsatisfiable;
* otherwise it is satisfiable: take the components in reverse topological order (sinks first),
  and make true each literal whose component comes *before* its negation's. A literal is then
  never set true while something it implies is false, because implications point towards
  components that were taken earlier. (The graph's symmetry — ``a → b`` exactly when
  ``¬b → ¬a`` — makes the choice consistent.)

Tarjan's algorithm (:func:`dsa.graphs.strongly_connected.strongly_connected_components`) emits
components in exactly that reverse topological order, so its numbering decides every variable.

Literals are written as in the DIMACS format: variable ``i`` (``i >= 1``) is the integer ``i``
and its negation is ``-i``. Invariant of the answer: every clause has a true literal.

Time O(n + m) for ``n`` variables and ``m`` clauses — the implication graph has ``2n``
vertices and ``2m`` edges and one SCC pass; space the same.

>>> two_sat([(1, 2), (-1, 2), (-2, 3)])
{1: True, 2: True, 3: True}
>>> two_sat([(1, 1), (-1, -1)]) is None     # x and not x
True
"""

from __future__ import annotations

from collections.abc import Iterable

from dsa.graphs.strongly_connected import strongly_connected_components
from dsa.structures.graph import Graph

__all__ = ["implication_graph", "two_sat"]


def implication_graph(clauses: Iterable[tuple[int, int]]) -> Graph[int]:
    """The directed graph with edges ``-a → b`` and ``-b → a`` for each clause ``(a, b)``.

    It has both literals ``i`` and ``-i`` of every variable that occurs.

    >>> [(u, v) for u, v, _ in implication_graph([(1, -2)]).edges()]
    [(-1, -2), (2, 1)]
    >>> implication_graph([(0, 1)])
    Traceback (most recent call last):
        ...
    ValueError: literal 0 in clause (0, 1): variables are numbered from 1, negated as -i
    """
    graph: Graph[int] = Graph(directed=True)
    for clause in clauses:
        if len(clause) != 2:
            raise ValueError(f"clause {clause!r} must have exactly two literals "
                             "(repeat one, (a, a), to force a)")
        for literal in clause:
            if not isinstance(literal, int) or literal == 0:
                raise ValueError(f"literal {literal!r} in clause {clause!r}: variables are "
                                 "numbered from 1, negated as -i")
            graph.add_vertex(literal)
            graph.add_vertex(-literal)
        a, b = clause
        graph.add_edge(-a, b)
        graph.add_edge(-b, a)
    return graph


def two_sat(clauses: Iterable[tuple[int, int]]) -> dict[int, bool] | None:
    """Return a satisfying assignment ``{variable: bool}``, or ``None`` if there is none.

    Only the variables that occur in the clauses are assigned, in increasing order.

    >>> two_sat([(1, -2), (-1, -2)])
    {1: True, 2: False}
    >>> two_sat([])
    {}
    """
    graph = implication_graph(clauses)
    component = {}
    for number, members in enumerate(strongly_connected_components(graph)):
        for literal in members:
            component[literal] = number
    assignment = {}
    for variable in sorted(v for v in graph if v > 0):
        if component[variable] == component[-variable]:
            return None
        assignment[variable] = component[variable] < component[-variable]
    return assignment
