"""The scalar engine against closed-form derivatives and central differences."""

import math
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ml.autograd import Value

EPS = 1e-6


def numerical_partials(f, xs):
    """Central differences of the float function ``f(list of floats)``."""
    out = []
    for i in range(len(xs)):
        up, down = list(xs), list(xs)
        up[i] += EPS
        down[i] -= EPS
        out.append((f(up) - f(down)) / (2 * EPS))
    return out


def rel_err(a, b):
    return abs(a - b) / max(abs(a) + abs(b), 1e-8)


def test_every_operation_against_its_closed_form():
    x, y = 0.7, -1.3
    cases = [  # (expression, d/dx, d/dy)
        (lambda a, b: a + b, 1.0, 1.0),
        (lambda a, b: a - b, 1.0, -1.0),
        (lambda a, b: a * b, y, x),
        (lambda a, b: a / b, 1 / y, -x / y**2),
        (lambda a, b: a**3 + b**2, 3 * x**2, 2 * y),
        (lambda a, b: (a * b).exp(), y * math.exp(x * y), x * math.exp(x * y)),
        (lambda a, b: (a * a + b * b).log(), 2 * x / (x * x + y * y), 2 * y / (x * x + y * y)),
        (lambda a, b: (a * b).tanh(), y * (1 - math.tanh(x * y) ** 2),
         x * (1 - math.tanh(x * y) ** 2)),
        (lambda a, b: a.relu() + b.relu(), 1.0, 0.0),
        (lambda a, b: 2 - a + 3 * b + 1 / b, -1.0, 3 - 1 / y**2),
        (lambda a, b: -a * (b + 2), -(y + 2), -x),
        (lambda a, b: a**0.5 * b, 0.5 / math.sqrt(x) * y, math.sqrt(x)),
    ]
    for expr, dx, dy in cases:
        a, b = Value(x), Value(y)
        out = expr(a, b)
        out.backward()
        assert a.grad == pytest.approx(dx, rel=1e-12, abs=1e-12)
        assert b.grad == pytest.approx(dy, rel=1e-12, abs=1e-12)


UNARY = {
    "tanh": lambda v: v.tanh(),
    "relu": lambda v: v.relu(),
    "exp_tanh": lambda v: v.tanh().exp(),          # bounded, so exp cannot overflow
    "log1p_sq": lambda v: (v * v + 1).log(),       # the argument stays positive
    "square": lambda v: v**2,
    "cube": lambda v: v**3,
    "sqrt1p_sq": lambda v: (v * v + 1) ** 0.5,
    "neg": lambda v: -v,
    "affine": lambda v: 0.5 * v - 1.5,
}
BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / (b * b + 1),           # never divides by zero
    "rdiv": lambda a, b: 2 / (a * a + 1) + b,
}

expressions = st.recursive(
    st.integers(0, 2).map(lambda i: ("var", i)),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(sorted(UNARY)), inner),
        st.tuples(st.sampled_from(sorted(BINARY)), inner, inner),
    ),
    max_leaves=8,
)


def evaluate(tree, xs):
    """Evaluate an expression tree on Values or on floats (wrapped, so the same ops apply)."""
    if tree[0] == "var":
        return xs[tree[1]]
    if tree[0] in UNARY:
        return UNARY[tree[0]](evaluate(tree[1], xs))
    return BINARY[tree[0]](evaluate(tree[1], xs), evaluate(tree[2], xs))


@settings(max_examples=60)
@given(tree=expressions, xs=st.lists(st.floats(-2, 2), min_size=3, max_size=3))
def test_random_expressions_match_central_differences(tree, xs):
    leaves = [Value(x) for x in xs]
    out = evaluate(tree, leaves)
    # skip huge values (finite differences lose their digits) and ReLU kinks (no derivative)
    assume(abs(out.data) < 1e6)
    assume(all(abs(node.parents[0].data) > 1e-4 for node in out.topological_order()
               if node.op == "relu"))
    out.backward()
    numeric = numerical_partials(lambda v: evaluate(tree, [Value(x) for x in v]).data, xs)
    for leaf, num in zip(leaves, numeric, strict=True):
        assert rel_err(leaf.grad, num) < 1e-5 or abs(leaf.grad - num) < 1e-7, (tree, xs)


@settings(max_examples=30)
@given(tree=expressions, xs=st.lists(st.floats(-2, 2), min_size=3, max_size=3))
def test_second_backward_gives_identical_grads(tree, xs):
    leaves = [Value(x) for x in xs]
    out = evaluate(tree, leaves)
    out.backward()
    first = [leaf.grad for leaf in leaves]
    inner = [node.grad for node in out.topological_order()]
    out.backward()
    assert [leaf.grad for leaf in leaves] == first
    assert [node.grad for node in out.topological_order()] == inner


def test_reused_nodes_accumulate_over_every_path():
    # b = a + a; c = b + b  is 4a; the recursive-backward bug gives 2 here
    a = Value(5.0)
    b = a + a
    c = b + b
    c.backward()
    assert a.grad == 4.0 and b.grad == 2.0
    d = a * a * a  # 3a^2
    d.backward()
    assert a.grad == 75.0


def test_deep_graph_does_not_hit_the_recursion_limit():
    depth = 3 * sys.getrecursionlimit()
    x = Value(0.5)
    y = x
    for _ in range(depth):
        y = y * 1.0 + 0.0
    y = y.tanh()
    y.backward()
    assert x.grad == pytest.approx(1 - math.tanh(0.5) ** 2, rel=1e-12)


def test_topological_order_puts_parents_first():
    a, b = Value(1.0), Value(2.0)
    out = ((a * b) + a.exp()).tanh() * b
    order = out.topological_order()
    position = {id(v): i for i, v in enumerate(order)}
    assert order[-1] is out and len(position) == len(order)
    for node in order:
        for parent in node.parents:
            assert position[id(parent)] < position[id(node)]


def test_bad_input_gets_clear_errors():
    with pytest.raises(TypeError, match="int or float"):
        Value("3")
    with pytest.raises(TypeError, match="Value \\*\\* Value"):
        Value(2.0) ** Value(2.0)
    with pytest.raises(ValueError, match="must be positive"):
        Value(-1.0).log()
    with pytest.raises(ValueError, match="integer exponent"):
        Value(-2.0) ** 1.5
    with pytest.raises(ZeroDivisionError):
        Value(1.0) / Value(0.0)
    assert (Value(-2.0) ** 2).data == 4.0
