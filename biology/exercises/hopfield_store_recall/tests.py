"""Tests for hopfield-store-recall: store against biology.hopfield.store, recall against an
index-order oracle, the fixed points and energy that make recall work, and recall of stored
patterns from noisy cues well below the capacity 0.138 N (Amit, Gutfreund & Sompolinsky 1985)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from biology import hopfield
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true


def expect_array_or_explain(got, want, advice, /, **kwargs):
    """expect_array, with ``advice`` (the usual cause) added to a wrong-values message."""
    try:
        expect_array(got, want, **kwargs)
    except Mismatch as miss:
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None


def in_order(w, state, max_sweeps=50):
    """The trusted recall: neurons 0..N-1 in turn, ties keep their value, stop on a quiet sweep."""
    s = state.copy()
    for _ in range(max_sweeps):
        changed = False
        for i in range(len(s)):
            field = w[i] @ s
            new = s[i] if field == 0 else (1 if field > 0 else -1)
            changed |= bool(new != s[i])
            s[i] = new
        if not changed:
            break
    return s


def check_recall(sol, w, state, want=None, /, **shown):
    want = in_order(w, state) if want is None else want
    got = sol.recall(w.copy(), state.copy())
    expect_array(got, want, name="recalled state", why=" (one +-1 value per neuron)", **shown)
    return got


def test_store_example(sol):
    patterns = np.array([[1, -1, 1]])
    expect_array(sol.store(patterns.copy()), hopfield.store(patterns), name="W",
                 why=" (N x N for N neurons)", patterns=patterns)


def test_no_self_connections(sol):
    patterns = hopfield.random_patterns(3, 8, seed=2)
    w = sol.store(patterns.copy())
    expect_true(isinstance(w, np.ndarray) and w.shape == (8, 8), "store should return an "
                "(N, N) array", patterns=patterns)
    expect_true(bool(np.all(np.diag(w) == 0)), f"the diagonal of W must be 0 (no neuron is "
                f"connected to itself); yours is {np.round(np.diag(w), 4).tolist()}",
                patterns=patterns)


@settings(max_examples=15)
@given(p=st.integers(1, 4), n=st.integers(2, 12), seed=st.integers(0, 10**6))
def test_store_matches_the_essay(sol, p, n, seed):
    patterns = hopfield.random_patterns(p, n, seed=seed)
    expect_array(sol.store(patterns.copy()), hopfield.store(patterns), name="W",
                 why=" (N x N for N neurons)", patterns=patterns)


def test_recall_example(sol):
    w = hopfield.store(np.array([[1, 1, -1, -1, 1]]))
    state = np.array([1, -1, -1, -1, 1])
    check_recall(sol, w, state, want=np.array([1, 1, -1, -1, 1]), state=state,
                 stored=[[1, 1, -1, -1, 1]])


def test_an_input_of_zero_keeps_the_value(sol):
    w, state = np.zeros((3, 3)), np.array([1, -1, 1])
    got = sol.recall(w.copy(), state.copy())
    expect_array_or_explain(got, state, "An input of exactly 0 keeps the neuron's value "
                            "(np.sign(0) is 0, which is not a +-1 state)",
                            name="recalled state", w="all zeros", state=state)


def test_two_neurons_settle(sol):
    # Updated together, (1, -1) and (-1, 1) swap for ever; one at a time they settle.
    w, state = np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([1, -1])
    got = sol.recall(w.copy(), state.copy())
    expect_array_or_explain(got, np.array([-1, -1]), "One neuron at a time: neuron 0 sees -1 "
                            "and flips, then neuron 1 sees -1 and stays; updating both at once "
                            "swaps (1, -1) and (-1, 1) for ever", name="recalled state",
                            w=w.tolist(), state=state)
    expect_true(bool(np.all(np.sign(w @ got) == got)), "the result must be a fixed point",
                w=w.tolist(), state=state)


@settings(max_examples=15)
@given(p=st.integers(1, 5), n=st.integers(2, 16), seed=st.integers(0, 10**6))
def test_recall_matches_updates_in_index_order(sol, p, n, seed):
    w = hopfield.store(hopfield.random_patterns(p, n, seed=seed))
    state = hopfield.random_patterns(1, n, seed=seed + 1)[0]
    got = check_recall(sol, w, state, patterns=f"{p} random, seed {seed}", state=state)
    expect_true(hopfield.energy(w, got) <= hopfield.energy(w, state) + 1e-12,
                "recall may only lower the energy -1/2 s^T W s", state=state)


def test_recalls_stored_patterns_below_capacity(sol):
    # Load P/N = 0.05, far below 0.138: every stored pattern comes back from a 10 % flipped cue.
    patterns = hopfield.random_patterns(5, 100, seed=0)
    w = sol.store(patterns.copy())
    for k, pattern in enumerate(patterns):
        cue = hopfield.flip(pattern, 0.1, seed=k)
        got = sol.recall(w, cue.copy())
        expect_array(got, pattern, name=f"recall of stored pattern {k}",
                     patterns="5 random of 100 neurons (seed 0)", flipped="10 % of the bits")
