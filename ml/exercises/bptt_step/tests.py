"""Tests for bptt-step: the project's VanillaRNN, numerical gradients, a walk through time."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.text.rnn import VanillaRNN
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import Mismatch, expect_true

NAMES = ("dx_t", "dh_prev", "dWx", "dWh", "db")
PARAMS = ("x_t", "h_prev", "Wx", "Wh", "b")
CAUSES = ("dh_next left out: h_t also fed step t + 1, so dh = dout_t + dh_next",
          "tanh' taken at the wrong step: 1 - h_t^2, from this step's output",
          "Wh not transposed in dh_prev = da @ Wh.T (Wh is square: the shape hides it)",
          "db not summed over the batch")


def cell(Wx, Wh, b):
    rnn = VanillaRNN(Wx.shape[0], Wx.shape[1], np.random.default_rng(0), dtype=np.float64)
    rnn.params["Wx"][...], rnn.params["Wh"][...], rnn.params["b"][...] = Wx, Wh, b
    return rnn


def oracle(x_t, h_prev, Wx, Wh, b, dout_t, dh_next):
    """One step of the project's VanillaRNN: its gradients for L = sum(h_t * (dout + dh_next))."""
    rnn = cell(Wx, Wh, b)
    rnn.forward(x_t[:, None], h0=h_prev)
    dx = rnn.backward((dout_t + dh_next)[:, None])
    return dx[:, 0], rnn.dh0, rnn.grads["Wx"].copy(), rnn.grads["Wh"].copy(), \
        rnn.grads["b"].copy()


def unpack(got, shown):
    if not isinstance(got, tuple | list) or len(got) != 5:
        raise Mismatch("return the five gradients as a tuple (dx_t, dh_prev, dWx, dWh, db)",
                       shown, "(dx_t, dh_prev, dWx, dWh, db)", got)
    return got


def _close(got, other):
    return (isinstance(got, np.ndarray) and got.shape == other.shape
            and bool(np.allclose(got, other, rtol=1e-6, atol=1e-9)))


def diagnose(got, x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next, shown):
    """Name the classic slip when the gradients match it."""
    dh_prev, dWh = got[1], got[3]
    right = (dout_t + dh_next) * (1 - h_t ** 2)
    if _close(dh_prev, right @ Wh.T) and _close(dWh, h_prev.T @ right):
        return
    alone = dout_t * (1 - h_t ** 2)
    expect_true(not (np.any(dh_next) and _close(dWh, h_prev.T @ alone)), "your step ignores "
                "dh_next: h_t was also read by step t + 1, so the gradient reaching it is "
                "dout_t + dh_next; without it nothing flows back through time", **shown)
    early = (dout_t + dh_next) * (1 - h_prev ** 2)
    expect_true(not _close(dWh, h_prev.T @ early), "your tanh derivative uses h_prev: the tanh "
                "of this step produced h_t, so tanh'(a_t) = 1 - h_t ** 2", **shown)
    expect_true(not _close(dh_prev, right @ Wh), "your dh_prev is da @ Wh; it is da @ Wh.T "
                "(a_t = h_prev @ Wh, so the gradient goes back through Wh transposed; Wh is "
                "square, so only the values show it)", **shown)


def compare(got, want, shown):
    for g, w, name, param in zip(got, want, NAMES, PARAMS, strict=True):
        expect_gradient(g, w, name=name, param=param, causes=CAUSES, **shown)


def check(sol, x_t, h_prev, Wx, Wh, b, dout_t, dh_next, shown=None):
    arrays_in = [np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, Wx, Wh, b, dout_t,
                                                          dh_next)]
    x_t, h_prev, Wx, Wh, b, dout_t, dh_next = arrays_in
    h_t = np.tanh(x_t @ Wx + h_prev @ Wh + b)
    shown = shown or dict(x_t=x_t, h_prev=h_prev, h_t=h_t, Wx=Wx, Wh=Wh, dout_t=dout_t,
                          dh_next=dh_next)
    got = unpack(sol.bptt_step(x_t.copy(), h_prev.copy(), h_t.copy(), Wx.copy(), Wh.copy(),
                               dout_t.copy(), dh_next.copy()), shown)
    diagnose(got, x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next, shown)
    compare(got, oracle(x_t, h_prev, Wx, Wh, b, dout_t, dh_next), shown)


def test_worked_example(sol):
    Wx, Wh = np.array([[1.0, 2.0]]), np.array([[1.0, 0.0], [2.0, 1.0]])
    x_t, h_prev = np.array([[1.0]]), np.array([[0.5, -0.5]])
    h_t = np.array([[0.6, 0.2]])  # stated directly: the example needs no b
    shown = dict(x_t=x_t, h_prev=h_prev, h_t=h_t, Wx=Wx, Wh=Wh, dout_t=[[1.0, 0.0]],
                 dh_next=[[0.0, 2.0]])
    dout_t, dh_next = np.array([[1.0, 0.0]]), np.array([[0.0, 2.0]])
    got = unpack(sol.bptt_step(x_t, h_prev, h_t.copy(), Wx, Wh, dout_t, dh_next), shown)
    diagnose(got, x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next, shown)
    da = np.array([[0.64, 1.92]])
    compare(got, (da @ Wx.T, da @ Wh.T, x_t.T @ da, h_prev.T @ da, da.sum(axis=0)), shown)


def random_step(rng, B, d, H):
    return (rng.normal(size=(B, d)), np.tanh(rng.normal(size=(B, H))),
            rng.normal(scale=0.7, size=(d, H)), rng.normal(scale=0.7, size=(H, H)),
            rng.normal(scale=0.3, size=H), rng.normal(size=(B, H)), rng.normal(size=(B, H)))


def test_one_step_against_the_project(sol):
    rng = np.random.default_rng(100)
    for B, d, H in ((3, 2, 4), (1, 5, 3)):
        check(sol, *random_step(rng, B, d, H),
              shown=dict(shapes=f"B={B}, d={d}, H={H}", values="normal (seed 100)"))


def test_numerical_gradients_of_one_step(sol):
    rng = np.random.default_rng(101)
    x_t, h_prev, Wx, Wh, b, dout_t, dh_next = random_step(rng, 3, 2, 4)
    G = dout_t + dh_next

    def loss(x=x_t, h=h_prev, wx=Wx, wh=Wh, bias=b):
        return float(np.sum(np.tanh(x @ wx + h @ wh + bias) * G))

    h_t = np.tanh(x_t @ Wx + h_prev @ Wh + b)
    shown = dict(shapes="B=3, d=2, H=4", values="normal (seed 101)",
                 loss="sum(h_t * dout_t) + sum(h_t * dh_next)")
    got = unpack(sol.bptt_step(x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next), shown)
    diagnose(got, x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next, shown)
    want = (numerical_gradient(lambda a: loss(x=a), x_t),
            numerical_gradient(lambda a: loss(h=a), h_prev),
            numerical_gradient(lambda a: loss(wx=a), Wx),
            numerical_gradient(lambda a: loss(wh=a), Wh),
            numerical_gradient(lambda a: loss(bias=a), b))
    compare(got, want, shown)


def test_through_time(sol):
    """Your step, run backwards over 5 steps, against the whole sequence's numerical gradient."""
    rng = np.random.default_rng(102)
    B, T, d, H = 2, 5, 3, 4
    x, h0 = rng.normal(size=(B, T, d)), np.tanh(rng.normal(size=(B, H)))
    Wx, Wh, b = rng.normal(scale=0.7, size=(d, H)), rng.normal(scale=0.7, size=(H, H)), \
        rng.normal(scale=0.3, size=H)
    G = rng.normal(size=(B, T, H))
    hs = cell(Wx, Wh, b).forward(x, h0=h0)
    shown = dict(shapes=f"B={B}, T={T}, d={d}, H={H}", values="normal (seed 102)",
                 loss="sum over all steps of sum(h_t * G_t)",
                 walk="dh_next starts at 0; each step's dh_prev is the next call's dh_next")
    total = [np.zeros((d, H)), np.zeros((H, H)), np.zeros(H)]
    dx, dh = np.zeros_like(x), np.zeros((B, H))
    for t in reversed(range(T)):
        h_prev = hs[:, t - 1] if t else h0
        got = unpack(sol.bptt_step(x[:, t].copy(), h_prev.copy(), hs[:, t].copy(), Wx.copy(),
                                   Wh.copy(), G[:, t].copy(), dh.copy()), shown)
        diagnose(got, x[:, t], h_prev, hs[:, t], Wx, Wh, G[:, t], dh, {**shown, "step": t})
        want_shapes = ((B, d), (B, H), (d, H), (H, H), (H,))
        if any(not isinstance(a, np.ndarray) or a.shape != w for a, w in zip(got, want_shapes,
                                                                              strict=True)):
            raise Mismatch("bptt_step should return five numpy arrays of shapes (B, d), (B, H), "
                           "(d, H), (H, H) and (H,)", {**shown, "step": t}, want_shapes,
                           [getattr(a, "shape", type(a).__name__) for a in got])
        dx[:, t], dh = got[0], got[1]
        for i in range(3):
            total[i] = total[i] + got[2 + i]

    def loss(xx=x, hh=h0, wx=Wx, wh=Wh, bias=b):
        return float(np.sum(cell(wx, wh, bias).forward(xx, h0=hh) * G))

    want = (numerical_gradient(lambda a: loss(xx=a), x), numerical_gradient(
        lambda a: loss(hh=a), h0), numerical_gradient(lambda a: loss(wx=a), Wx),
        numerical_gradient(lambda a: loss(wh=a), Wh), numerical_gradient(
            lambda a: loss(bias=a), b))
    names = ("dx (all steps)", "dh0 (the last dh_prev)", "dWx summed over the steps",
             "dWh summed over the steps", "db summed over the steps")
    for g, w, name, param in zip((dx, dh, *total), want, names, ("x", "h0", "Wx", "Wh", "b"),
                                 strict=True):
        expect_gradient(g, w, name=name, param=param, causes=CAUSES, **shown)


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(103)
    x_t, h_prev, Wx, Wh, _, dout_t, dh_next = random_step(rng, 2, 2, 3)
    h_t = np.tanh(x_t @ Wx + h_prev @ Wh)
    inputs = [x_t, h_prev, h_t, Wx, Wh, dout_t, dh_next]
    before = [a.copy() for a in inputs]
    sol.bptt_step(*inputs)
    same = all(np.array_equal(a, c) for a, c in zip(inputs, before, strict=True))
    expect_true(same, "bptt_step changed one of its inputs in place; compute new arrays",
                shapes="B=2, d=2, H=3", values="normal (seed 103)")


@st.composite
def steps(draw):
    B, d, H = draw(st.integers(1, 4)), draw(st.integers(1, 3)), draw(st.integers(1, 4))
    values = st.floats(-2, 2, allow_subnormal=False)
    shapes = ((B, d), (B, H), (d, H), (H, H), (H,), (B, H), (B, H))
    return tuple(draw(arrays(np.float64, s, elements=values)) for s in shapes)


@settings(max_examples=15)
@given(case=steps())
def test_matches_the_project(sol, case):
    check(sol, *case)


def test_a_realistic_step(sol):
    # A character model's cell: the backward step is four matrix products, while
    # differentiating the step numerically costs one forward per entry (over 80000 here).
    rng = np.random.default_rng(104)
    B, d, H = 64, 32, 256
    x_t, h_prev = rng.normal(size=(B, d)), np.tanh(rng.normal(size=(B, H)))
    Wx, Wh = rng.normal(scale=d ** -0.5, size=(d, H)), rng.normal(scale=H ** -0.5, size=(H, H))
    b, dout_t, dh_next = rng.normal(scale=0.1, size=H), rng.normal(size=(B, H)), \
        rng.normal(size=(B, H))
    check(sol, x_t, h_prev, Wx, Wh, b, dout_t, dh_next,
          shown=dict(shapes=f"B={B}, d={d}, H={H}", values="normal, Wx and Wh scaled by "
                     "1/sqrt(fan-in) (seed 104)"))
