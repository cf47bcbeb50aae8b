"""PCA against the eigen-decomposition of the covariance matrix, and its own algebra."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.base import NotFittedError
from ml.decomposition import PCA


def correlated_data(n, d, seed):
    rng = np.random.default_rng(seed)
    mixing = rng.standard_normal((d, d)) * rng.uniform(0.2, 3.0, d)
    return rng.standard_normal((n, d)) @ mixing + rng.standard_normal(d) * 5


@settings(max_examples=30)
@given(n=st.integers(5, 40), d=st.integers(1, 6), seed=st.integers(0, 10_000))
def test_components_are_covariance_eigenvectors(n, d, seed):
    X = correlated_data(n, d, seed)
    pca = PCA().fit(X)
    eigenvalues, eigenvectors = np.linalg.eigh(np.cov(X, rowvar=False).reshape(d, d))
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, eigenvectors = eigenvalues[order], eigenvectors[:, order]
    k = min(n, d)
    np.testing.assert_allclose(pca.explained_variance_, eigenvalues[:k], rtol=1e-8,
                               atol=1e-9 * eigenvalues[0])
    scale = eigenvalues[0]
    for j in range(k):
        # compare directions only where the eigenvalue is well separated from its neighbours
        gaps = np.abs(eigenvalues[j] - np.delete(eigenvalues, j))
        if gaps.size and gaps.min() < 1e-6 * scale:
            continue
        cosine = abs(float(pca.components_[j] @ eigenvectors[:, j]))
        assert cosine == pytest.approx(1.0, abs=1e-6)


def test_components_are_orthonormal_and_signs_fixed():
    X = correlated_data(50, 5, 0)
    pca = PCA(n_components=3).fit(X)
    np.testing.assert_allclose(pca.components_ @ pca.components_.T, np.eye(3), atol=1e-12)
    biggest = np.abs(pca.components_).argmax(axis=1)
    assert np.all(pca.components_[np.arange(3), biggest] > 0)
    assert np.all(np.diff(pca.explained_variance_) <= 0)


def test_full_rank_round_trip_and_ratio():
    X = correlated_data(30, 4, 1)
    pca = PCA().fit(X)
    np.testing.assert_allclose(pca.inverse_transform(pca.transform(X)), X, atol=1e-9)
    assert pca.explained_variance_ratio_.sum() == pytest.approx(1.0)
    total_variance = X.var(axis=0, ddof=1).sum()
    assert pca.explained_variance_.sum() == pytest.approx(total_variance)


def test_truncation_error_is_the_dropped_variance():
    # Eckart–Young: the squared reconstruction error is the sum of the discarded eigenvalues
    X = correlated_data(60, 5, 2)
    full = PCA().fit(X)
    for k in range(1, 5):
        pca = PCA(n_components=k).fit(X)
        error = np.sum((X - pca.inverse_transform(pca.transform(X))) ** 2)
        assert error == pytest.approx(full.explained_variance_[k:].sum() * (len(X) - 1))
        Z = pca.transform(X)
        np.testing.assert_allclose(Z.var(axis=0, ddof=1), pca.explained_variance_, rtol=1e-10)


def test_matches_scikit_learn():
    sklearn_decomposition = pytest.importorskip("sklearn.decomposition")
    X = correlated_data(40, 6, 3)
    ours = PCA(n_components=4).fit(X)
    theirs = sklearn_decomposition.PCA(n_components=4, svd_solver="full").fit(X)
    np.testing.assert_allclose(ours.explained_variance_, theirs.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(np.abs(ours.components_ @ theirs.components_.T), np.eye(4),
                               atol=1e-8)


def test_bad_input():
    with pytest.raises(NotFittedError, match="call fit"):
        PCA().transform([[1.0, 2.0]])
    with pytest.raises(ValueError, match="NaN"):
        PCA().fit([[1.0, np.nan], [2.0, 3.0]])
    with pytest.raises(ValueError, match=r"from 1 to min\(n_samples, n_features\) = 2"):
        PCA(n_components=3).fit(np.zeros((5, 2)))
    with pytest.raises(ValueError, match="2-D"):
        PCA().fit(np.zeros(5))
    with pytest.raises(ValueError, match="at least two samples"):
        PCA().fit([[1.0, 2.0]])
    pca = PCA(n_components=1).fit(correlated_data(10, 3, 0))
    with pytest.raises(ValueError, match="fitted with 3"):
        pca.transform(np.zeros((2, 2)))
    with pytest.raises(ValueError, match="keeps 1 components"):
        pca.inverse_transform(np.zeros((2, 2)))
