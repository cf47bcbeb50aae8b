"""Tests for accuracy: the example, the extremes, uint8 labels as MNIST has them, and the
project's own accuracy as the oracle on random labels."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.metrics import accuracy as project_accuracy
from practice.arrays import expect_scalar
from practice.checking import expect_true


def check(sol, y_true, y_pred, /, **inputs):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    want, n = project_accuracy(y_true, y_pred), len(y_true)
    got = sol.accuracy(y_true, y_pred)
    correct = int(np.sum(y_true == y_pred))
    number = isinstance(got, int | float | np.integer | np.floating) and \
        not isinstance(got, bool | np.bool_)
    if number and want not in (0.0, 1.0):  # 0 and 1 cannot tell these mistakes apart
        mistakes = ((got == correct and correct != want, f"{got} is the number of correct "
                     f"predictions; accuracy divides it by n = {n}"),
                    (got == 0 and correct > 0, f"0 for {correct} right out of {n}: integer "
                     "division (//) rounds the fraction down; use / or np.mean"),
                    (np.isclose(got, 100 * want), f"{got} is a percentage; return the fraction "
                     f"{want:g}, between 0 and 1"))
        for wrong, message in mistakes:
            expect_true(not wrong, message, **inputs)
    expect_scalar(got, want, name="the accuracy", **inputs)


def test_example(sol):
    check(sol, [0, 1, 2, 2], [0, 1, 1, 2], y_true=[0, 1, 2, 2], y_pred=[0, 1, 1, 2])


def test_all_right_and_all_wrong(sol):
    check(sol, [3, 1, 4, 1, 5], [3, 1, 4, 1, 5], y_true=[3, 1, 4, 1, 5], y_pred=[3, 1, 4, 1, 5])
    check(sol, [3, 1, 4, 1, 5], [1, 4, 1, 5, 9], y_true=[3, 1, 4, 1, 5], y_pred=[1, 4, 1, 5, 9])


def test_single_example(sol):
    check(sol, [7], [7], y_true=[7], y_pred=[7])
    check(sol, [7], [1], y_true=[7], y_pred=[1])


def test_mnist_sized_uint8_labels(sol):
    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 10, 10_000).astype(np.uint8)
    y_pred = np.where(rng.random(10_000) < 0.97, y_true, rng.integers(0, 10, 10_000))
    check(sol, y_true, y_pred.astype(np.uint8), n=10_000, dtype="uint8", seed=0)


@settings(max_examples=15)
@given(labels=st.integers(1, 40).flatmap(
    lambda n: st.tuples(st.lists(st.integers(0, 5), min_size=n, max_size=n),
                        st.lists(st.integers(0, 5), min_size=n, max_size=n))))
def test_matches_project_accuracy(sol, labels):
    y_true, y_pred = labels
    check(sol, np.array(y_true), np.array(y_pred), y_true=y_true, y_pred=y_pred)
