"""Tests for value-multiply: every expression is built here, one operator at a time, on the
learner's own Values, which stay in the learner's process. ``call_method(a, "__mul__", b)`` is
``a * b`` over there and gives back a handle of the product; then the learner's ``backward`` runs
and each ``data`` and ``grad`` is read back as a plain number, to compare with gradients the
checker computes itself (central differences of the program in floats) and with
ml.autograd.Value. No driver of the learner's decides what is built or what is reported.

A program is a list of steps. Node k is input k for the first nodes; each step appends one node:
``["add", i, j]`` is node i + node j, ``["mul", i, j]`` node i * node j, ``["scale", i, c]``
node i * c and ``["rscale", i, c]`` c * node i, for a plain number c (Python turns ``c * v``
into ``v.__rmul__(c)``, so that is what is called).
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.autograd import Value as Oracle
from practice.arrays import expect_gradient, expect_scalar, numerical_gradient
from practice.checking import Mismatch
from practice.isolation import Handle, call_method, read_attribute

METHODS = {"add": "__add__", "mul": "__mul__", "scale": "__mul__", "rscale": "__rmul__"}
CAUSES = ("a gradient assigned (=) where it must be added (+=): a Value used twice collects "
          "both contributions",
          "d(a*b)/da taken as a instead of b",
          "the parents of the product not recorded, so backward never reaches them")
MISTAKES = {
    "assign": "your product's rule assigns the gradient (=) instead of adding to it (+=): a "
              "Value used twice, or used elsewhere too, must collect every contribution",
    "own": "your product's rule uses each factor's own value: d(a*b)/da is b, the OTHER factor",
}


def step_text(op, i, arg):
    """One step as Python: ``v0 * v1``, ``v2 * 2.5``, ``-4.0 * v3``."""
    if op == "rscale":
        return f"{arg!r} * v{i}"
    right = f"v{arg}" if op in ("add", "mul") else repr(arg)
    return f"v{i} {'+' if op == 'add' else '*'} {right}"


def describe(program, n_inputs):
    """The program as lines of Python, for the failure message."""
    lines = [", ".join(f"v{k}" for k in range(n_inputs)) + " = Values of the inputs"]
    lines += [f"v{k} = {step_text(*step)}" for k, step in enumerate(program, start=n_inputs)]
    return "; ".join(lines) + f"; v{n_inputs + len(program) - 1}.backward()"


def values(program, inputs):
    """The data of every node, in floats."""
    data = [float(x) for x in inputs]
    for op, i, arg in program:
        other = data[arg] if op in ("add", "mul") else float(arg)
        data.append(data[i] + other if op == "add" else data[i] * other)
    return data


def simulate(program, inputs, mistake=None):
    """Output and input gradients of ``program`` in plain floats, backward in the same order as
    the starter's engine; ``mistake`` replays one classic slip in the product's rule."""
    data, parents = [float(x) for x in inputs], [() for _ in inputs]
    where = list(range(len(inputs)))  # program node k is data[where[k]]
    for op, i, arg in program:
        i = where[i]
        if op in ("scale", "rscale"):  # the number becomes a leaf Value, the product's right
            data.append(float(arg))
            parents.append(())
            op, arg = "mul", len(data) - 1
        else:
            arg = where[arg]
        data.append(data[i] + data[arg] if op == "add" else data[i] * data[arg])
        parents.append((i, arg, op))
        where.append(len(data) - 1)
    grad = [0.0] * len(data)
    grad[-1] = 1.0
    for node in reversed(_order(parents)):
        if not parents[node]:
            continue
        a, b, op = parents[node]
        if op == "add":
            grad[a] += grad[node]
            grad[b] += grad[node]
            continue
        da, db = data[b] * grad[node], data[a] * grad[node]
        if mistake == "own":
            da, db = data[a] * grad[node], data[b] * grad[node]
        if mistake == "assign":
            grad[a] = da
            grad[b] = db
        else:
            grad[a] += da
            grad[b] += db
    return data[-1], grad[: len(inputs)]


def _order(parents):
    """The starter's depth-first topological order, on node numbers."""
    order, seen, stack = [], set(), [(len(parents) - 1, False)]
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
        elif node not in seen:
            seen.add(node)
            stack.append((node, True))
            stack.extend((p, False) for p in parents[node][:2] if p not in seen)
    return order


def oracle(program, inputs):
    nodes = [Oracle(float(x)) for x in inputs]
    for op, i, arg in program:
        a = nodes[i]
        b = nodes[arg] if op in ("add", "mul") else arg
        nodes.append(a + b if op == "add" else b * a if op == "rscale" else a * b)
    nodes[-1].backward()
    return nodes[-1].data, [x.grad for x in nodes[: len(inputs)]]


def build(sol, program, inputs, shown):
    """The program's nodes as handles of the learner's Values, made by the learner's operators."""
    nodes = [sol.Value(float(x)) for x in inputs]
    for k, (op, i, arg) in enumerate(program, start=len(inputs)):
        try:
            node = call_method(nodes[i], METHODS[op], nodes[arg] if op in ("add", "mul") else arg)
        except (AttributeError, TypeError) as error:
            if op in ("add", "mul"):
                raise
            raise Mismatch(f"v{k} = {step_text(op, i, arg)}: your {METHODS[op]} raised "
                           f"{type(error).__name__}: {error}. A plain number is not a Value: wrap "
                           "it in a Value first, as __add__ does", shown) from error
        if type(node) is not Handle:
            raise Mismatch(f"v{k} = {step_text(op, i, arg)} should be a new Value, but your "
                           f"{METHODS[op]} returned a {type(node).__name__}: make `out`, attach "
                           "its backward rule and return it", shown, "a Value", node)
        nodes.append(node)
    return nodes


def expect_forward(nodes, program, inputs, shown):
    """Every node's data, the inputs' included (an operator must not change its operands)."""
    texts = [f"input v{k}" for k in range(len(inputs))]
    texts += [f"v{k} = {step_text(*s)}" for k, s in enumerate(program, start=len(inputs))]
    for k, (node, want) in enumerate(zip(nodes, values(program, inputs), strict=True)):
        name = (f"the data of {texts[k]}" + (" (no operator should change its operands)"
                                             if k < len(inputs) else ""))
        expect_scalar(read_attribute(node, "data"), want, name=name, **shown)


def read_gradients(nodes, n_inputs, shown):
    grads = [read_attribute(node, "grad") for node in nodes[:n_inputs]]
    try:
        return np.array(grads, dtype=np.float64)
    except (TypeError, ValueError):
        raise Mismatch("each input's grad should be a number after backward()", shown,
                       None, grads) from None


def check(sol, program, inputs):
    """Build ``program`` on the learner's Values, run backward, check data and gradients;
    the nodes and the inputs' gradients."""
    shown = dict(program=describe(program, len(inputs)), inputs=list(inputs))
    nodes = build(sol, program, inputs, shown)
    expect_forward(nodes, program, inputs, shown)
    call_method(nodes[-1], "backward")
    grads = read_gradients(nodes, len(inputs), shown)
    _, want = oracle(program, inputs)
    x = np.array(inputs, dtype=np.float64)
    numeric = numerical_gradient(lambda z: simulate(program, z)[0], x)
    if not np.allclose(grads, want, rtol=1e-9, atol=1e-12):
        matched = [message for mistake, message in MISTAKES.items() if np.allclose(
            grads, simulate(program, inputs, mistake)[1], rtol=1e-9, atol=1e-12)]
        if matched:  # on some inputs two slips give the same numbers: name each
            raise Mismatch("; or ".join(matched), shown, want, grads.tolist())
    expect_gradient(grads, numeric, name="gradients", param="inputs", causes=CAUSES, rtol=1e-5,
                    atol=1e-5, **shown)
    expect_gradient(grads, np.array(want), name="gradients", param="inputs", causes=CAUSES,
                    rtol=1e-9, atol=1e-12, **shown)
    return nodes, grads


def test_worked_example(sol):
    check(sol, [["mul", 0, 1], ["add", 2, 0]], [2.0, -3.0])  # v0 * v1 + v0


def test_square(sol):
    check(sol, [["mul", 0, 0]], [3.0])  # x * x: the same Value on both sides


def test_times_a_plain_number(sol):
    check(sol, [["scale", 0, 2.5], ["rscale", 2, -4.0], ["mul", 3, 1]], [1.5, 2.0])


def test_a_number_times_a_value(sol):
    check(sol, [["rscale", 0, 3]], [-2.0])  # 3 * x, an int on the left: x.__rmul__(3)


def test_a_value_in_two_products(sol):
    check(sol, [["mul", 0, 1], ["mul", 0, 2], ["mul", 3, 4]], [1.5, -2.0, 0.5])


def test_backward_twice_is_the_same(sol):
    # backward zeroes every gradient first, so a second call on the same output repeats the first
    program, inputs = [["mul", 0, 1], ["mul", 2, 2]], [0.5, 3.0]
    nodes, first = check(sol, program, inputs)
    call_method(nodes[-1], "backward")
    shown = dict(program=describe(program, 2) + "; and backward() again", inputs=inputs)
    second = read_gradients(nodes, len(inputs), shown)
    if not np.array_equal(first, second):
        raise Mismatch("a second backward() on the same output gave other gradients: keep no "
                       "state outside the Values, and leave backward() as it is", shown,
                       first.tolist(), second.tolist())


@st.composite
def programs(draw):
    n = draw(st.integers(1, 3))
    inputs = draw(st.lists(st.floats(-3, 3, allow_subnormal=False).filter(
        lambda v: abs(v) > 0.1), min_size=n, max_size=n))
    program, data = [], list(inputs)
    for step in range(draw(st.integers(0, 5)) + 1):
        last = step == 0 or draw(st.booleans())  # end on the latest node, mostly
        i = len(data) - 1 if last else draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["add", "mul", "mul", "scale", "rscale"]))
        arg = draw(st.integers(0, len(data) - 1)) if op in ("add", "mul") else draw(
            st.sampled_from([-2.0, -0.5, 0.5, 3.0]))
        value = values([*program, [op, i, arg]], inputs)[-1]
        if abs(value) > 1e3:  # keep values small enough for a clean numerical gradient
            op, arg, value = "scale", 0.5, data[i] * 0.5
        program.append([op, i, arg])
        data.append(value)
    program.append(["mul", len(data) - 1, draw(st.integers(0, len(data) - 1))])
    return program, inputs


@settings(max_examples=15)
@given(case=programs())
def test_random_programs(sol, case):
    check(sol, *case)
