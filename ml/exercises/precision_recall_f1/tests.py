"""Tests for precision-recall-f1: the example, the 0/0 convention, a rare class, precision and
recall apart, and the project's own per-class metrics (averaged) as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.metrics import precision_recall_f1 as project_metrics
from practice.arrays import expect_scalar
from practice.checking import expect_true

NAMES = ("the macro precision", "the macro recall", "the macro F1")


def check(sol, y_true, y_pred, n_classes, /, **inputs):
    inputs = inputs or {"y_true": y_true.tolist(), "y_pred": y_pred.tolist(),
                        "n_classes": n_classes}
    per_class = project_metrics(y_true, y_pred, n_classes)
    want = tuple(float(per_class[key].mean()) for key in ("precision", "recall", "f1"))
    got = sol.precision_recall_f1(y_true, y_pred, n_classes)
    expect_true(isinstance(got, tuple | list) and len(got) == 3, "precision_recall_f1 should "
                f"return a tuple (precision, recall, f1), got {_describe(got)}", **inputs)
    if all(isinstance(v, int | float | np.integer | np.floating) for v in got):
        diagnose([float(v) for v in got], want, float(np.mean(y_true == y_pred)), inputs)
    for value, expected, name in zip(got, want, NAMES, strict=True):
        expect_scalar(value, expected, name=name, **inputs)


def _describe(value):
    kind = type(value).__name__
    return f"a {kind} of length {len(value)}" if hasattr(value, "__len__") else f"a {kind}"


def diagnose(got, want, accuracy, inputs):
    """Name the classic mistakes before comparing number by number."""
    p, r, f1 = got
    close = np.isclose
    expect_true(not np.isnan(got).any(), "NaN in your answer: a class that is never predicted "
                "(or never occurs) has a 0/0; the statement defines that as 0", **inputs)
    if not close(want[0], want[1]):
        expect_true(not (close(p, want[1]) and close(r, want[0])), "precision and recall are "
                    "swapped: precision divides by everything PREDICTED as c (a column sum of "
                    "the confusion matrix), recall by everything that truly IS c (a row sum)",
                    **inputs)
    if not all(close(w, accuracy) for w in want):
        expect_true(not all(close(v, accuracy) for v in got), "all three equal the accuracy: "
                    "that is the micro average, which pools the counts of every class; the "
                    "macro average computes each class's score, then their plain mean", **inputs)
    harmonic = 2 * want[0] * want[1] / (want[0] + want[1]) if want[0] + want[1] else 0.0
    if not close(harmonic, want[2]):
        expect_true(not close(f1, harmonic), "your F1 is the harmonic mean of the macro "
                    "precision and recall; the macro F1 is the mean of the per-class F1 scores",
                    **inputs)


def test_example(sol):
    check(sol, np.array([0, 0, 1, 2]), np.array([0, 1, 1, 1]), 3)


def test_class_never_predicted_and_never_seen(sol):
    check(sol, np.array([0, 1, 2, 2, 1, 0]), np.array([0, 1, 1, 1, 1, 0]), 4)  # 2 never called;
    # 3 neither occurs nor is called


def test_rare_class(sol):
    y_true = np.array([0] * 90 + [1] * 10)
    y_pred = np.array([0] * 90 + [0] * 8 + [1] * 2)  # the rare class 1 is mostly missed
    check(sol, y_true, y_pred, 2, y_true="ninety 0s then ten 1s",
          y_pred="every 0 right; eight of the 1s called 0", n_classes=2)


def test_precision_and_recall_apart(sol):
    check(sol, np.array([0, 0, 0, 1, 1, 2]), np.array([0, 1, 1, 1, 2, 2]), 3)


def test_mnist_sized_uint8(sol):
    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 10, 10_000).astype(np.uint8)
    y_pred = np.where(rng.random(10_000) < 0.9, y_true, rng.integers(0, 10, 10_000))
    check(sol, y_true, y_pred.astype(np.uint8), 10, n=10_000, n_classes=10, dtype="uint8",
          seed=0)


@settings(max_examples=15)
@given(case=st.integers(1, 6).flatmap(lambda k: st.tuples(
    st.just(k), st.lists(st.tuples(st.integers(0, k - 1), st.integers(0, k - 1)), min_size=1,
                         max_size=30))))
def test_matches_project_metrics(sol, case):
    k, pairs = case
    check(sol, np.array([t for t, _ in pairs]), np.array([p for _, p in pairs]), k)
