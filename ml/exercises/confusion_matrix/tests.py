"""Tests for confusion-matrix: the example, classes never predicted or never seen, repeated
pairs, uint8 labels with many classes, sums, and the project's own function as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.metrics import confusion_matrix as project_confusion_matrix
from practice.arrays import expect_array
from practice.checking import expect_true

WHY = " (n_classes rows and columns, even for classes that never occur or are never predicted)"


def check(sol, y_true, y_pred, n_classes, /, **inputs):
    inputs = inputs or {"y_true": y_true.tolist(), "y_pred": y_pred.tolist(),
                        "n_classes": n_classes}
    want = project_confusion_matrix(y_true, y_pred, n_classes)
    got = sol.confusion_matrix(y_true, y_pred, n_classes)
    if type(got) is np.ndarray and got.shape == want.shape and not np.array_equal(got, want):
        diagnose(got, want, y_true, y_pred, inputs)
    expect_array(got, want, name="the confusion matrix", why=WHY, **inputs)
    expect_true(got.dtype.kind in "iu", f"the counts should be integers, not {got.dtype}",
                **inputs)


def diagnose(got, want, y_true, y_pred, inputs):
    """Name the classic mistakes: a transposed table, lost repeats, wrapped uint8 labels."""
    expect_true(not np.array_equal(got, want.T), "your table is transposed: row i is the TRUE "
                "class and column j the PREDICTED one", **inputs)
    expect_true(got.sum() == len(y_true), f"your table counts {got.sum()} examples, not "
                f"{len(y_true)}: C[y_true, y_pred] += 1 counts a repeated (true, predicted) "
                "pair only once; use a loop or np.add.at", **inputs)
    if y_true.dtype.itemsize < 8:
        expect_true(np.array_equal(got.sum(axis=1), want.sum(axis=1)), "your rows do not sum "
                    "to the number of examples of each true class: with "
                    f"{y_true.dtype} labels, arithmetic such as true * k + predicted wraps "
                    "around past the dtype's largest value; convert with .astype(np.int64) "
                    "first", **inputs)


def test_example(sol):
    check(sol, np.array([0, 1, 1, 2]), np.array([0, 1, 0, 0]), 3)


def test_class_never_predicted(sol):
    check(sol, np.array([0, 1, 2, 2, 1, 0]), np.array([0, 1, 1, 1, 1, 0]), 3)


def test_classes_that_never_occur(sol):
    check(sol, np.array([0, 1, 1, 0]), np.array([1, 1, 0, 0]), 5)  # 2, 3 and 4: nowhere


def test_repeated_pairs(sol):
    y_true = np.array([3] * 50 + [0] * 20 + [1] * 5)
    y_pred = np.array([3] * 45 + [1] * 5 + [0] * 20 + [1] * 5)
    check(sol, y_true, y_pred, 4, y_true="fifty 3s, twenty 0s, five 1s",
          y_pred="45 right 3s and five 3s called 1; the 0s and 1s right", n_classes=4)


def test_uint8_labels_many_classes(sol):
    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 20, 500).astype(np.uint8)
    y_pred = np.where(rng.random(500) < 0.5, y_true, rng.integers(0, 20, 500)).astype(np.uint8)
    check(sol, y_true, y_pred, 20, n=500, n_classes=20, dtype="uint8", seed=0)


def test_mnist_sized(sol):
    rng = np.random.default_rng(1)
    y_true = rng.integers(0, 10, 10_000).astype(np.uint8)
    y_pred = np.where(rng.random(10_000) < 0.97, y_true, rng.integers(0, 10, 10_000))
    check(sol, y_true, y_pred.astype(np.uint8), 10, n=10_000, n_classes=10, seed=1)


@settings(max_examples=15)
@given(case=st.integers(1, 6).flatmap(lambda k: st.tuples(
    st.just(k), st.lists(st.tuples(st.integers(0, k - 1), st.integers(0, k - 1)), min_size=1,
                         max_size=30))))
def test_matches_project_confusion_matrix(sol, case):
    k, pairs = case
    check(sol, np.array([t for t, _ in pairs]), np.array([p for _, p in pairs]), k)
