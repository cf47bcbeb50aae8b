"""Standardisation and one-hot encoding."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ml.base import NotFittedError
from ml.preprocessing import OneHotEncoder, StandardScaler, one_hot

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=50)
@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=2, min_side=2, max_side=8),
                  elements=finite))
def test_standardised_columns_have_mean_zero_and_std_one(X):
    Z = StandardScaler().fit_transform(X)
    spread = X.std(axis=0)
    varying = spread > 1e-6 * (1 + np.abs(X).max(axis=0))
    np.testing.assert_allclose(Z.mean(axis=0), 0.0, atol=1e-7)
    np.testing.assert_allclose(Z.std(axis=0)[varying], 1.0, rtol=1e-6)
    np.testing.assert_allclose(StandardScaler().fit(X).inverse_transform(Z), X,
                               atol=1e-8 * (1 + np.abs(X).max()))


def test_test_data_uses_the_training_statistics():
    scaler = StandardScaler().fit([[0.0], [2.0]])
    assert scaler.transform([[4.0]]).tolist() == [[3.0]]  # not re-centred on the test point
    assert scaler.mean_.tolist() == [1.0] and scaler.scale_.tolist() == [1.0]


def test_constant_column_is_centred_not_divided():
    Z = StandardScaler().fit_transform([[5.0, 1.0], [5.0, 3.0]])
    assert Z[:, 0].tolist() == [0.0, 0.0]


def test_scaler_errors():
    with pytest.raises(NotFittedError):
        StandardScaler().transform([[1.0]])
    with pytest.raises(ValueError, match="X has 2 features"):
        StandardScaler().fit([[1.0], [2.0]]).transform([[1.0, 2.0]])


@given(st.lists(st.integers(0, 6), min_size=1, max_size=30))
def test_one_hot_rows_are_unit_vectors_at_the_label(labels):
    M = one_hot(labels, n_classes=7)
    assert M.shape == (len(labels), 7)
    np.testing.assert_array_equal(M.sum(axis=1), 1.0)
    np.testing.assert_array_equal(M.argmax(axis=1), labels)


def test_one_hot_errors():
    with pytest.raises(ValueError, match="does not fit n_classes=2"):
        one_hot([0, 2], n_classes=2)
    with pytest.raises(ValueError, match=">= 0"):
        one_hot([-1])
    with pytest.raises(ValueError, match="integers"):
        one_hot([0.5])


def test_encoder_blocks_and_unknown_categories():
    X = np.array([["cat", "s"], ["dog", "m"], ["cat", "l"]])
    enc = OneHotEncoder().fit(X)
    out = enc.transform(X)
    assert out.shape == (3, 5) and out.sum(axis=1).tolist() == [2.0, 2.0, 2.0]
    with pytest.raises(ValueError, match="not seen in fit: \\['cow'\\]"):
        enc.transform([["cow", "s"]])
    ignore = OneHotEncoder(handle_unknown="ignore").fit(X)
    assert ignore.transform([["cow", "s"]]).tolist() == [[0.0, 0.0, 0.0, 0.0, 1.0]]
    with pytest.raises(ValueError, match="must be 2-D"):
        enc.transform(["cat"])


def test_encoder_matches_scikit_learn():
    preprocessing = pytest.importorskip("sklearn.preprocessing")
    rng = np.random.default_rng(0)
    X = rng.integers(0, 4, (20, 3))
    theirs = preprocessing.OneHotEncoder(sparse_output=False).fit_transform(X)
    np.testing.assert_array_equal(OneHotEncoder().fit_transform(X), theirs)
