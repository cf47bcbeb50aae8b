"""Tests for value-multiply: products through the learner's Value, checked against gradients the
checker computes itself (central differences of the program in floats) and ml.autograd.Value.

``run(program, inputs)`` is the learner's driver; whatever it does, its output and gradients
must match the checker's own numbers.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.autograd import Value as Oracle
from practice.arrays import expect_gradient, expect_scalar, numerical_gradient
from practice.checking import Mismatch

SYMBOL = {"add": "+", "mul": "*", "scale": "*"}
CAUSES = ("a gradient assigned (=) where it must be added (+=): a Value used twice collects "
          "both contributions",
          "d(a*b)/da taken as a instead of b",
          "the parents of the product not recorded, so backward never reaches them")
MISTAKES = {
    "assign": "your product's rule assigns the gradient (=) instead of adding to it (+=): a "
              "Value used twice, or used elsewhere too, must collect every contribution",
    "own": "your product's rule uses each factor's own value: d(a*b)/da is b, the OTHER factor",
}


def describe(program, n_inputs):
    """The program as lines of Python, for the failure message."""
    lines = [", ".join(f"v{k}" for k in range(n_inputs)) + " = inputs"]
    for k, (op, i, arg) in enumerate(program, start=n_inputs):
        right = f"v{arg}" if op in ("add", "mul") else repr(arg)
        lines.append(f"{right} * v{i}" if op == "rscale" else f"v{i} {SYMBOL[op]} {right}")
        lines[-1] = f"v{k} = {lines[-1]}"
    return "; ".join(lines) + f"; output v{n_inputs + len(program) - 1}"


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


def check(sol, program, inputs):
    shown = dict(program=describe(program, len(inputs)), inputs=list(inputs))
    result = sol.run([list(step) for step in program], list(inputs))
    if not isinstance(result, tuple | list) or len(result) != 2:
        raise Mismatch("run should return (output, gradients); leave the driver as it is", shown,
                       "(output, [gradients])", result)
    out, grads = result
    try:
        grads = np.array(grads, dtype=np.float64)
    except (TypeError, ValueError):
        raise Mismatch("the gradients should be a list of numbers, one per input", shown,
                       None, grads) from None
    want_out, want = oracle(program, inputs)
    expect_scalar(out, want_out, name="the output", **shown)
    x = np.array(inputs, dtype=np.float64)
    numeric = numerical_gradient(lambda z: simulate(program, z)[0], x)
    if grads.shape == x.shape and not np.allclose(grads, want, rtol=1e-9, atol=1e-12):
        matched = [message for mistake, message in MISTAKES.items() if np.allclose(
            grads, simulate(program, inputs, mistake)[1], rtol=1e-9, atol=1e-12)]
        if matched:  # on some inputs two slips give the same numbers: name each
            raise Mismatch("; or ".join(matched), shown, want, grads.tolist())
    expect_gradient(grads, numeric, name="gradients", param="inputs", causes=CAUSES, rtol=1e-5,
                    atol=1e-5, **shown)
    expect_gradient(grads, np.array(want), name="gradients", param="inputs", causes=CAUSES,
                    rtol=1e-9, atol=1e-12, **shown)


def test_worked_example(sol):
    check(sol, [["mul", 0, 1], ["add", 2, 0]], [2.0, -3.0])  # v0 * v1 + v0


def test_square(sol):
    check(sol, [["mul", 0, 0]], [3.0])  # x * x: the same Value on both sides


def test_times_a_plain_number(sol):
    check(sol, [["scale", 0, 2.5], ["rscale", 2, -4.0], ["mul", 3, 1]], [1.5, 2.0])


def test_a_value_in_two_products(sol):
    check(sol, [["mul", 0, 1], ["mul", 0, 2], ["mul", 3, 4]], [1.5, -2.0, 0.5])


def test_backward_twice_is_the_same(sol):
    # the driver's backward zeroes every gradient first, so a second call repeats the first
    program, inputs = [["mul", 0, 1], ["mul", 2, 2]], [0.5, 3.0]
    first, second = sol.run(program, inputs), sol.run(program, inputs)
    check(sol, program, inputs)
    if first != second:
        raise Mismatch("two runs of the same program gave different results: keep no state "
                       "outside the Values", dict(program=describe(program, 2), inputs=inputs),
                       first, second)


@st.composite
def programs(draw):
    n = draw(st.integers(1, 3))
    inputs = draw(st.lists(st.floats(-3, 3, allow_subnormal=False).filter(
        lambda v: abs(v) > 0.1), min_size=n, max_size=n))
    program, values = [], list(inputs)
    for step in range(draw(st.integers(0, 5)) + 1):
        last = step == 0 or draw(st.booleans())  # end on the latest node, mostly
        i = len(values) - 1 if last else draw(st.integers(0, len(values) - 1))
        op = draw(st.sampled_from(["add", "mul", "mul", "scale", "rscale"]))
        arg = draw(st.integers(0, len(values) - 1)) if op in ("add", "mul") else draw(
            st.sampled_from([-2.0, -0.5, 0.5, 3.0]))
        value = simulate([*program, [op, i, arg]], inputs)[0]
        if abs(value) > 1e3:  # keep values small enough for a clean numerical gradient
            op, arg, value = "scale", 0.5, values[i] * 0.5
        program.append([op, i, arg])
        values.append(value)
    program.append(["mul", len(values) - 1, draw(st.integers(0, len(values) - 1))])
    return program, inputs


@settings(max_examples=15)
@given(case=programs())
def test_random_programs(sol, case):
    check(sol, *case)
