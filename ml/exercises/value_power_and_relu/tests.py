"""Tests for value-power-and-relu: every expression is built here, one operation at a time, on
the learner's own Values, which stay in the learner's process. ``call_method(x, "__pow__", 3)``
is ``x ** 3`` over there and gives back a handle of the result; then the learner's ``backward``
runs and each ``data`` and ``grad`` is read back as a plain number, to compare with gradients the
checker computes itself (central differences of the program in floats) and with
ml.autograd.Value. No driver of the learner's decides what is built or what is reported.

A program is a list of steps. Node k is input k for the first nodes; each step appends one node:
``["add", i, j]`` is node i + node j, ``["mul", i, j]`` node i * node j, ``["scale", i, c]``
node i * c for a plain number c, ``["pow", i, k]`` node i ** k for a plain number k and
``["relu", i, None]`` node i's ReLU.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.autograd import Value as Oracle
from practice.arrays import expect_gradient, expect_scalar, numerical_gradient
from practice.checking import Mismatch
from practice.isolation import Handle, call_method, read_attribute

METHODS = {"add": "__add__", "mul": "__mul__", "scale": "__mul__", "pow": "__pow__",
           "relu": "relu"}
CAUSES = ("the power rule taken as k * x**k instead of k * x**(k - 1)",
          "ReLU's gradient passed on where its input was negative (the slope there is 0)",
          "ReLU's gradient multiplied by its output instead of by its slope (1 or 0)",
          "a gradient assigned (=) where it must be added (+=)")
MISTAKES = {
    "power": "your power rule gives k * x**k: the derivative of x**k is k * x**(k - 1)",
    "relu_always": "your ReLU passes the gradient on where its input was negative: there the "
                   "output does not move with the input, so the slope is 0",
    "relu_output": "your ReLU multiplies the gradient by its output value; multiply by its slope "
                   "instead: 1 where the input is positive, else 0",
    "assign": "your power or ReLU rule assigns the gradient (=) instead of adding to it (+=): a "
              "Value used in several places must collect every contribution",
}


def step_text(op, i, arg):
    """One step as Python: ``v0 + v1``, ``v2 ** 0.5``, ``v3.relu()``."""
    return {"add": f"v{i} + v{arg}", "mul": f"v{i} * v{arg}", "scale": f"v{i} * {arg!r}",
            "pow": f"v{i} ** {arg!r}", "relu": f"v{i}.relu()"}[op]


def describe(program, n_inputs):
    """The program as lines of Python, for the failure message."""
    lines = [", ".join(f"v{k}" for k in range(n_inputs)) + " = Values of the inputs"]
    lines += [f"v{k} = {step_text(*step)}" for k, step in enumerate(program, start=n_inputs)]
    return "; ".join(lines) + f"; v{n_inputs + len(program) - 1}.backward()"


def forward(op, a, b):
    if op == "add":
        return a + b
    if op == "pow":
        return a**b
    return max(a, 0.0) if op == "relu" else a * b


def simulate(program, inputs, mistake=None):
    """Output and input gradients of ``program`` in plain floats, backward in the same order as
    the starter's engine; ``mistake`` replays one classic slip in the power or ReLU rule."""
    data, parents = [float(x) for x in inputs], [() for _ in inputs]
    where = list(range(len(inputs)))  # program node k is data[where[k]]
    for op, i, arg in program:
        i, b, pair = where[i], arg, (where[i],)
        if op == "scale":  # the number becomes a leaf Value, the product's right
            data.append(float(arg))
            parents.append(())
            op, b = "mul", data[-1]
            pair = (i, len(data) - 1)
        elif op in ("add", "mul"):
            b, pair = data[where[arg]], (i, where[arg])
        data.append(forward(op, data[i], b))
        parents.append((pair, op, arg))
        where.append(len(data) - 1)
    grad = [0.0] * len(data)
    grad[-1] = 1.0
    for node in reversed(_order(parents)):
        if parents[node]:
            _step(data, grad, node, *parents[node], mistake)
    return data[-1], grad[: len(inputs)]


def _step(data, grad, node, pair, op, k, mistake):
    """One node's backward rule, with ``mistake`` in the power or ReLU rule if given."""
    g = grad[node]
    if op in ("add", "mul"):
        a, b = pair
        da, db = (g, g) if op == "add" else (data[b] * g, data[a] * g)
        grad[a] += da
        grad[b] += db
        return
    (a,) = pair
    x = data[a]
    if op == "pow":
        slope = 0.0 if k == 0 else k * x ** (k - 1)
        slope = k * x**k if mistake == "power" else slope
    else:
        slope = {"relu_always": 1.0, "relu_output": data[node]}.get(mistake, float(x > 0))
    grad[a] = slope * g if mistake == "assign" else grad[a] + slope * g


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
            stack.extend((p, False) for p in (parents[node][0] if parents[node] else ())
                         if p not in seen)
    return order


def oracle(program, inputs):
    nodes = [Oracle(float(x)) for x in inputs]
    for op, i, arg in program:
        a = nodes[i]
        if op in ("add", "mul"):
            b = nodes[arg]
            nodes.append(a + b if op == "add" else a * b)
        else:
            nodes.append(a * arg if op == "scale" else a**arg if op == "pow" else a.relu())
    nodes[-1].backward()
    return nodes[-1].data, [x.grad for x in nodes[: len(inputs)]]


def values(program, inputs):
    """The data of every node, in floats."""
    data = [float(x) for x in inputs]
    for op, i, arg in program:
        data.append(forward(op, data[i], data[arg] if op in ("add", "mul") else arg))
    return data


def build(sol, program, inputs, shown):
    """The program's nodes as handles of the learner's Values, made by the learner's methods."""
    nodes = [sol.Value(float(x)) for x in inputs]
    for k, (op, i, arg) in enumerate(program, start=len(inputs)):
        args = () if op == "relu" else (nodes[arg] if op in ("add", "mul") else arg,)
        node = call_method(nodes[i], METHODS[op], *args)
        if type(node) is not Handle:
            raise Mismatch(f"v{k} = {step_text(op, i, arg)} should be a new Value, but your "
                           f"{METHODS[op]} returned a {type(node).__name__}: make `out`, attach "
                           "its backward rule and return it", shown, "a Value", node)
        nodes.append(node)
    return nodes


def expect_forward(nodes, program, inputs, shown):
    """Every node's data, the inputs' included (an operation must not change its operand)."""
    texts = [f"input v{k}" for k in range(len(inputs))]
    texts += [f"v{k} = {step_text(*s)}" for k, s in enumerate(program, start=len(inputs))]
    for k, (node, want) in enumerate(zip(nodes, values(program, inputs), strict=True)):
        name = (f"the data of {texts[k]}" + (" (no operation should change its operand)"
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
    """Build ``program`` on the learner's Values, run backward, check data and gradients."""
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


def test_worked_example(sol):
    check(sol, [["pow", 0, 3], ["relu", 1, None], ["add", 2, 3]], [2.0, -1.5])


def test_relu_of_a_positive_value(sol):
    check(sol, [["relu", 0, None], ["mul", 1, 0]], [1.5])  # relu(x) * x = x^2 for x > 0


def test_relu_at_zero_has_slope_zero(sol):
    check(sol, [["scale", 0, -1.0], ["add", 0, 1], ["relu", 2, None]], [0.75])  # relu(x - x)


def test_fractional_and_negative_powers(sol):
    check(sol, [["pow", 0, 0.5], ["pow", 1, -1], ["add", 2, 3]], [4.0, 0.5])  # sqrt(a) + 1/b
    check(sol, [["pow", 0, 1.5], ["pow", 0, -2.0], ["mul", 1, 2]], [2.25])


def test_integer_powers_of_a_negative_value(sol):
    check(sol, [["pow", 0, 2], ["pow", 0, 3], ["add", 1, 2]], [-1.5])


def test_power_zero_is_constant(sol):
    check(sol, [["pow", 0, 0], ["mul", 1, 0]], [3.0])  # x**0 * x = x


def test_a_power_used_twice(sol):
    check(sol, [["pow", 0, 2], ["relu", 1, None], ["mul", 1, 2], ["add", 3, 1]], [-2.0])


OPS = ["add", "mul", "scale", "pow", "pow", "relu", "relu"]


def _exponents(base):
    if base > 0.05:
        return [2, 3, 0, -1, 0.5, 1.5, -0.5]
    return [2, 3, 0, -1] if abs(base) > 0.05 else [2, 3]


def _valid(op, base, value):
    # small values for a clean numerical gradient, and no ReLU near its kink
    return abs(value) <= 1e3 and (op != "relu" or abs(base) > 1e-3)


@st.composite
def programs(draw):
    n = draw(st.integers(1, 3))
    inputs = draw(st.lists(st.floats(-3, 3, allow_subnormal=False).filter(
        lambda v: abs(v) > 0.1), min_size=n, max_size=n))
    program, values = [], list(inputs)
    for step in range(draw(st.integers(1, 6))):
        last = step == 0 or draw(st.booleans())  # build on the latest node, mostly
        i = len(values) - 1 if last else draw(st.integers(0, len(values) - 1))
        op = draw(st.sampled_from(OPS))
        arg = {"add": None, "mul": None, "relu": None, "scale": draw(st.sampled_from(
            [-2.0, -0.5, 0.5, 3.0])), "pow": draw(st.sampled_from(_exponents(values[i])))}[op]
        if op in ("add", "mul"):
            arg = draw(st.integers(0, len(values) - 1))
        value = simulate([*program, [op, i, arg]], inputs)[0]
        if not _valid(op, values[i], value):
            op, arg, value = "scale", 0.5, values[i] * 0.5
        program.append([op, i, arg])
        values.append(value)
    last = values[-1]  # end on a power or a ReLU, so every program tests them
    op = "relu" if abs(last) > 1e-3 and (abs(last) > 30 or draw(st.booleans())) else "pow"
    program.append([op, len(values) - 1, None if op == "relu" else 2])
    return program, inputs


@settings(max_examples=15)
@given(case=programs())
def test_random_programs(sol, case):
    check(sol, *case)
