"""Tests for neuron-weighted-sum: the worked example, signs, sizes, and the project's neuron."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.neuron import LoopNeuron
from practice.arrays import expect_scalar
from practice.checking import expect_true


def oracle(x, w, b):
    return LoopNeuron(w, bias=b, relu=False).forward(x)


def diagnose(got, x, w, b, want):
    """Name the classic slip when the answer matches it, before the plain comparison."""
    if not isinstance(got, (int, float, np.integer, np.floating)):
        return  # expect_scalar explains a wrong type
    dot = float(np.dot(w, x))
    close = lambda v: abs(float(got) - v) <= 1e-9 * max(1.0, abs(v))  # noqa: E731
    shown = dict(x=x, w=w, b=b)
    if want < 0:
        expect_true(not close(0.0), f"you returned 0 where the weighted sum is {want:g}: z may "
                    "be negative; the ReLU max(0, z) is a later step, leave it out", **shown)
    if b != 0:
        expect_true(not close(dot), "your answer is w . x without the bias: add b once at the "
                    "end", **shown)
    if b != 0 and len(x) > 1:
        expect_true(not close(dot + len(x) * b), f"your answer adds b once per input ({len(x)} "
                    "times): the bias is added once, to the total", **shown)


def check(sol, x, w, b):
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    want = oracle(x, w, b)
    got = sol.weighted_sum(x.copy(), w.copy(), b)
    diagnose(got, x, w, b, want)
    expect_scalar(got, want, name="z", x=x, w=w, b=b)


def test_worked_example(sol):
    check(sol, [2.0, 0.5], [0.5, -1.0], 0.25)


def test_negative_sum_is_kept(sol):
    check(sol, [1.0, 2.0, 3.0], [-1.0, 0.5, -2.0], 0.5)  # -1 + 1 - 6 + 0.5 = -5.5


def test_single_input(sol):
    check(sol, [3.0], [-2.0], 1.5)


def test_inputs_unchanged(sol):
    x, w = np.array([1.0, -2.0, 4.0]), np.array([0.5, 0.25, -1.0])
    sol.weighted_sum(x, w, 2.0)
    expect_true(x.tolist() == [1.0, -2.0, 4.0] and w.tolist() == [0.5, 0.25, -1.0],
                "weighted_sum changed x or w in place; compute z without writing to them",
                x=[1.0, -2.0, 4.0], w=[0.5, 0.25, -1.0], b=2.0)


def test_a_first_layer_neuron(sol):
    rng = np.random.default_rng(11)
    x = rng.random(784)  # pixel intensities in [0, 1)
    w = rng.normal(0.0, np.sqrt(2 / 784), 784)
    b = -0.1
    want = oracle(x, w, b)
    got = sol.weighted_sum(x, w, b)
    diagnose(got, x, w, b, want)
    expect_scalar(got, want, name="z", x="784 pixels (seed 11)", w="784 weights", b=b)


values = st.floats(-10, 10, allow_nan=False, width=64)


@st.composite
def neurons(draw):
    d = draw(st.integers(1, 12))
    x = draw(arrays(np.float64, d, elements=values))
    w = draw(arrays(np.float64, d, elements=values))
    return x, w, draw(values)


@settings(max_examples=15)
@given(case=neurons())
def test_matches_the_project_neuron(sol, case):
    x, w, b = case
    want = oracle(x, w, b)
    got = sol.weighted_sum(x.copy(), w.copy(), b)
    expect_scalar(got, want, name="z", atol=1e-9, x=x, w=w, b=b)
