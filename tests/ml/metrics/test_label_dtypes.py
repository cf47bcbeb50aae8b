"""Metrics give the same answer whatever integer dtype the labels come in.

``confusion_matrix`` numbers each (true, predicted) cell as ``true * k + predicted``; computed in
the labels' own dtype that wrapped around for uint8 labels (what the MNIST loader returns) once
k >= 17, and int8 labels crashed for k >= 12.
"""

import numpy as np
import pytest
from sklearn import metrics as sk_metrics

from ml.metrics import accuracy, classification_report, confusion_matrix, precision_recall_f1

DTYPES = [np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32, np.uint64, np.int64]


def labels(k: int, seed: int = 0, n: int = 500):
    rng = np.random.default_rng(seed)
    y_true = rng.integers(0, k, n)
    y_pred = np.where(rng.random(n) < 0.7, y_true, rng.integers(0, k, n))
    return y_true, y_pred


@pytest.mark.parametrize(("dtype", "k"), [(dtype, k) for dtype in DTYPES
                                          for k in (2, 10, 12, 16, 17, 40, 100, 300)
                                          if k <= np.iinfo(dtype).max + 1])
def test_confusion_matrix_is_the_same_in_every_integer_dtype(dtype, k):
    y_true, y_pred = labels(k)
    expected = sk_metrics.confusion_matrix(y_true, y_pred, labels=np.arange(k))
    got = confusion_matrix(y_true.astype(dtype), y_pred.astype(dtype), n_classes=k)
    np.testing.assert_array_equal(got, expected)
    assert got.sum() == len(y_true)


@pytest.mark.parametrize("dtype", [np.uint8, np.int8])
def test_every_metric_agrees_with_int64_labels_for_narrow_dtypes(dtype):
    y_true, y_pred = labels(20, seed=1)
    narrow = y_true.astype(dtype), y_pred.astype(dtype)
    wide = precision_recall_f1(y_true, y_pred)
    for name, values in precision_recall_f1(*narrow).items():
        np.testing.assert_array_equal(values, wide[name])
    assert accuracy(*narrow) == accuracy(y_true, y_pred)
    assert classification_report(*narrow) == classification_report(y_true, y_pred)
