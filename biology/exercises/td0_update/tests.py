"""Tests for td0-update: the worked example, terminal steps, only v[s] changing, the formula on
random inputs, biology.td_learning.td0_random_walk reproduced step by step, and Sutton and
Barto's random walk, whose true values are 1/6, ..., 5/6."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from biology.td_learning import random_walk_true_values, td0_random_walk
from practice.arrays import expect_array, expect_scalar
from practice.checking import Mismatch, expect_true

TERMINAL = ("after a terminal step nothing more is to come: the target is r alone, "
            "not r + gamma * v[s_next]")


def check(sol, v, s, r, s_next, alpha, gamma, terminal, advice=""):
    target = r if terminal else r + gamma * v[s_next]
    want_delta = target - v[s]
    want_v = v.copy()
    want_v[s] += alpha * want_delta
    got_v = v.copy()
    shown = dict(v=v, s=s, r=r, s_next=s_next, alpha=alpha, gamma=gamma, terminal=terminal)
    try:
        delta = sol.td0_update(got_v, s, r, s_next, alpha, gamma, terminal)
        expect_scalar(delta, want_delta, name="delta", rtol=1e-9, atol=1e-12, **shown)
        changed = np.flatnonzero(got_v != v)
        expect_true(set(changed.tolist()) <= {s}, f"only v[s] = v[{s}] may change; yours "
                    f"changed v at {changed.tolist()}", **shown)
        expect_array(got_v, want_v, name="v after the update (in place)", **shown)
    except Mismatch as miss:
        if not advice:
            raise
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None


def test_worked_example(sol):
    check(sol, np.array([0.0, 0.2, 0.6, 0.0]), 1, 0.0, 2, 0.5, 0.9, False)


def test_terminal_step(sol):
    # The terminal entry holds 0.5 here: a target that adds it is wrong.
    check(sol, np.full(4, 0.5), 2, 1.0, 3, 0.1, 1.0, True, advice=TERMINAL.capitalize())
    check(sol, np.array([0.3, 0.4, 0.2]), 0, 0.0, 1, 0.5, 0.9, True,
          advice=TERMINAL.capitalize())


def test_only_v_s_changes(sol):
    check(sol, np.array([0.1, 0.2, 0.3, 0.4, 0.5]), 3, 0.5, 1, 0.2, 0.8, False,
          advice="The error is about the state you left, s: move v[s] (in place), nothing else")


@settings(max_examples=15)
@given(v=arrays(np.float64, st.integers(2, 6), elements=st.floats(-2, 2)), data=st.data(),
       r=st.floats(-1, 1), alpha=st.floats(0.01, 1), gamma=st.floats(0, 1),
       terminal=st.booleans())
def test_matches_the_rule(sol, v, data, r, alpha, gamma, terminal):
    s = data.draw(st.integers(0, len(v) - 1), label="s")
    s_next = data.draw(st.integers(0, len(v) - 1), label="s_next")
    check(sol, v, s, r, s_next, alpha, gamma, terminal)


def walk(sol, n_episodes, alpha, seed, v0, n_states=5):
    """The essay's random walk (same random numbers as td0_random_walk), with your update.

    Unlike the essay, the two terminal entries of v start at v0 too: only the terminal flag
    keeps them out of the targets."""
    rng = np.random.default_rng(seed)
    v = np.full(n_states + 2, v0)
    history = [v[1:-1].copy()]
    for _ in range(n_episodes):
        s = (n_states + 1) // 2
        while 0 < s < n_states + 1:
            s_next = s + (1 if rng.random() < 0.5 else -1)
            r = 1.0 if s_next == n_states + 1 else 0.0
            sol.td0_update(v, s, r, s_next, alpha, 1.0, s_next in (0, n_states + 1))
            s = s_next
        history.append(v[1:-1].copy())
    return np.array(history)


def test_reproduces_the_essay(sol):
    got = walk(sol, 20, alpha=0.1, seed=3, v0=0.5)
    expect_array(got, td0_random_walk(20, alpha=0.1, seed=3), name="values after each episode",
                 walk="5 states, 20 episodes, alpha 0.1, seed 3, start 0.5")


def test_random_walk_values(sol):
    # Sutton & Barto, example 6.2: the true values are 1/6, ..., 5/6.
    history = walk(sol, 120, alpha=0.05, seed=1, v0=0.5)
    estimate = history[60:].mean(axis=0)
    expect_array(estimate, random_walk_true_values(5), name="values averaged over episodes "
                 "60-120", rtol=0, atol=0.05, walk="5 states, 120 episodes, alpha 0.05, "
                 "seed 1, every entry of v (terminals too) starting at 0.5")
