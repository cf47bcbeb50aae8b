import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.metrics.classification import (
    accuracy,
    classification_report,
    confusion_matrix,
    precision_recall_f1,
)

# Hand-computed case with 4 classes; class 3 is never predicted.
Y_TRUE = [0, 0, 0, 1, 1, 2, 2, 2, 3, 3]
Y_PRED = [0, 0, 1, 1, 2, 2, 2, 0, 0, 1]


def test_confusion_matrix_by_hand():
    expected = [[2, 1, 0, 0],
                [0, 1, 1, 0],
                [1, 0, 2, 0],
                [1, 1, 0, 0]]
    assert confusion_matrix(Y_TRUE, Y_PRED).tolist() == expected
    assert confusion_matrix(Y_TRUE, Y_PRED, n_classes=5).shape == (5, 5)


def test_precision_recall_f1_by_hand_with_a_never_predicted_class():
    m = precision_recall_f1(Y_TRUE, Y_PRED)
    # precision: column sums 4, 3, 3, 0 -> 2/4, 1/3, 2/3, 0/0 := 0
    np.testing.assert_allclose(m["precision"], [0.5, 1 / 3, 2 / 3, 0.0])
    # recall: row sums 3, 2, 3, 2 -> 2/3, 1/2, 2/3, 0/2
    np.testing.assert_allclose(m["recall"], [2 / 3, 0.5, 2 / 3, 0.0])
    f1 = [2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 2 * (1 / 3) * 0.5 / (1 / 3 + 0.5), 2 / 3, 0.0]
    np.testing.assert_allclose(m["f1"], f1)
    assert m["support"].tolist() == [3, 2, 3, 2]
    assert accuracy(Y_TRUE, Y_PRED) == pytest.approx(0.5)


def test_class_absent_from_truth_and_predictions():
    m = precision_recall_f1([0, 0, 2], [0, 0, 2], n_classes=3)  # class 1 nowhere
    assert m["precision"].tolist() == [1.0, 0.0, 1.0]
    assert m["recall"].tolist() == [1.0, 0.0, 1.0]
    assert m["f1"].tolist() == [1.0, 0.0, 1.0]


def test_report_contains_every_number():
    report = classification_report(Y_TRUE, Y_PRED, digits=3)
    lines = report.splitlines()
    assert lines[0].split() == ["class", "precision", "recall", "f1", "support"]
    assert lines[4].split() == ["3", "0.000", "0.000", "0.000", "2"]
    assert lines[6].split() == ["accuracy", "0.500", "10"]
    macro = lines[7].split()
    assert macro[:2] == ["macro", "avg"]
    assert float(macro[2]) == pytest.approx(np.mean([0.5, 1 / 3, 2 / 3, 0.0]), abs=1e-3)


@pytest.mark.parametrize(("y_true", "y_pred", "message"), [
    ([0, 1], [0], "equal length"),
    ([], [], "empty"),
    ([0.5, 1.0], [0, 1], "integer"),
    ([0, -1], [0, 1], "negative"),
])
def test_bad_input(y_true, y_pred, message):
    with pytest.raises(ValueError, match=message):
        precision_recall_f1(y_true, y_pred)


def test_labels_beyond_n_classes():
    with pytest.raises(ValueError, match="n_classes=2"):
        confusion_matrix([0, 2], [0, 1], n_classes=2)


labels = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), min_size=1, max_size=60)


@given(labels)
def test_confusion_matrix_against_a_dict_count(pairs):
    y_true = np.array([t for t, _ in pairs])
    y_pred = np.array([p for _, p in pairs])
    C = confusion_matrix(y_true, y_pred, n_classes=6)
    counts: dict[tuple[int, int], int] = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    for i in range(6):
        for j in range(6):
            assert C[i, j] == counts.get((i, j), 0)
    assert C.sum() == len(pairs)
    assert accuracy(y_true, y_pred) == pytest.approx(np.trace(C) / len(pairs))


@settings(max_examples=25)  # each example calls scikit-learn, which is slow to validate input
@given(labels)
def test_parity_with_scikit_learn(pairs):
    metrics = pytest.importorskip("sklearn.metrics")
    y_true = np.array([t for t, _ in pairs])
    y_pred = np.array([p for _, p in pairs])
    ours = precision_recall_f1(y_true, y_pred, n_classes=6)
    p, r, f, s = metrics.precision_recall_fscore_support(
        y_true, y_pred, labels=list(range(6)), zero_division=0)
    np.testing.assert_allclose(ours["precision"], p)
    np.testing.assert_allclose(ours["recall"], r)
    np.testing.assert_allclose(ours["f1"], f)
    np.testing.assert_array_equal(ours["support"], s)
    np.testing.assert_array_equal(confusion_matrix(y_true, y_pred, 6),
                                  metrics.confusion_matrix(y_true, y_pred, labels=list(range(6))))
