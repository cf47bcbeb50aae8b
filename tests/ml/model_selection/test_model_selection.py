"""Splits and cross-validation: partitions, proportions, fresh models per fold."""

from typing import ClassVar

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ml.base import BaseEstimator, RegressorMixin
from ml.linear import Ridge
from ml.model_selection import KFold, cross_val_score, train_test_split


@given(st.integers(2, 60), st.integers(2, 10), st.booleans(), st.integers(0, 100))
def test_kfold_test_folds_partition_the_indices(n, k, shuffle, seed):
    if k > n:
        with pytest.raises(ValueError, match="cannot split"):
            KFold(k).split(np.zeros(n))
        return
    folds = KFold(k, shuffle=shuffle, random_state=seed).split(np.zeros(n))
    tests = [test for _, test in folds]
    assert sorted(np.concatenate(tests).tolist()) == list(range(n))
    sizes = [len(t) for t in tests]
    assert max(sizes) - min(sizes) <= 1
    for train, test in folds:
        assert sorted(np.concatenate([train, test]).tolist()) == list(range(n))
        assert not set(train.tolist()) & set(test.tolist())


@given(st.integers(4, 80), st.floats(0.05, 0.95), st.integers(0, 50))
def test_train_test_split_partitions_rows_and_keeps_pairs(n, frac, seed):
    X = np.arange(2 * n).reshape(n, 2)
    y = np.arange(n)
    n_test = int(np.ceil(frac * n))
    if not 1 <= n_test <= n - 1:
        return
    X_tr, _, y_tr, y_te = train_test_split(X, y, test_size=frac, random_state=seed)
    assert len(y_te) == n_test and len(y_tr) == n - n_test
    assert sorted(np.concatenate([y_tr, y_te]).tolist()) == list(range(n))
    np.testing.assert_array_equal(X_tr[:, 0], 2 * y_tr)  # rows stay paired with their labels
    again = train_test_split(X, y, test_size=frac, random_state=seed)
    np.testing.assert_array_equal(again[3], y_te)


def test_stratified_split_keeps_class_proportions():
    y = np.array([0] * 80 + [1] * 16 + [2] * 4)
    _, y_test = train_test_split(y, test_size=0.25, stratify=y, random_state=1)
    assert np.bincount(y_test).tolist() == [20, 4, 1]
    with pytest.raises(ValueError, match="at least 2 samples of every class"):
        train_test_split(y[:-3], test_size=0.5, stratify=y[:-3])


def test_split_errors():
    with pytest.raises(ValueError, match="different lengths"):
        train_test_split(np.zeros(4), np.zeros(5))
    with pytest.raises(ValueError, match="both sides need at least one"):
        train_test_split(np.zeros(4), test_size=4)
    with pytest.raises(ValueError, match="test_size must be"):
        train_test_split(np.zeros(4), test_size=1.5)


class FoldRecorder(RegressorMixin, BaseEstimator):
    """Predicts the training mean and remembers how many rows it was fitted on."""

    fitted_sizes: ClassVar[list[int]] = []

    def fit(self, X, y):
        X, y = self._validate_fit(X, y, y_numeric=True)
        assert not hasattr(self, "mean_"), "cross_val_score must fit a fresh copy each fold"
        self.mean_ = float(y.mean())
        FoldRecorder.fitted_sizes.append(len(y))
        return self

    def predict(self, X):
        return np.full(len(self._validate_predict(X)), self.mean_)


def test_cross_val_score_fits_fresh_copies_on_k_minus_one_folds():
    FoldRecorder.fitted_sizes = []
    X, y = np.arange(10.0).reshape(-1, 1), np.arange(10.0)
    scores = cross_val_score(FoldRecorder(), X, y, cv=KFold(5, shuffle=False))
    assert FoldRecorder.fitted_sizes == [8] * 5
    assert scores.shape == (5,)


def test_cross_val_score_matches_a_manual_loop():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((40, 3))
    y = X @ [1.0, 2.0, 0.0] + 0.3 * rng.standard_normal(40)
    folds = KFold(4, random_state=2)
    manual = [Ridge(alpha=0.5).fit(X[tr], y[tr]).score(X[te], y[te]) for tr, te in folds.split(X)]
    np.testing.assert_allclose(cross_val_score(Ridge(alpha=0.5), X, y, cv=folds), manual)
