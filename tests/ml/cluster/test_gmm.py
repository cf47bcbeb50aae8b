"""Gaussian mixture by EM: monotone likelihood, recovered parameters, densities from the formula."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.base import NotFittedError
from ml.cluster import GaussianMixture

SEPARATED = [(0.0, 0.0), (8.0, 0.0), (0.0, 8.0)]


def gaussian_density(X, mean, cov):
    """The textbook formula with an explicit determinant and inverse (the oracle)."""
    d = len(mean)
    diff = X - mean
    maha = np.einsum("ij,jk,ik->i", diff, np.linalg.inv(cov), diff)
    return np.exp(-0.5 * maha) / np.sqrt((2 * np.pi) ** d * np.linalg.det(cov))


@settings(max_examples=25)
@given(seed=st.integers(0, 10_000), k=st.integers(1, 4), init=st.sampled_from(["kmeans",
                                                                              "random"]))
def test_log_likelihood_never_decreases(seed, k, init):
    rng = np.random.default_rng(seed)
    X = np.vstack([rng.normal(rng.uniform(-4, 4, 2), rng.uniform(0.3, 2), (25, 2))
                   for _ in range(3)])
    gmm = GaussianMixture(k, init=init, max_iter=40, tol=0, random_state=seed).fit(X)
    history = np.array(gmm.log_likelihood_history_)
    # EM's guarantee, up to the reg_covar nudge (see the module docstring) and rounding
    assert np.all(np.diff(history) >= -1e-9), np.diff(history).min()
    assert history[-1] == pytest.approx(gmm.score(X))


def test_recovers_well_separated_components(make_blobs):
    rng = np.random.default_rng(0)
    covs = [np.array([[1.0, 0.6], [0.6, 1.0]]), np.diag([0.5, 2.0]), np.eye(2) * 0.3]
    sizes = [300, 150, 150]
    X = np.vstack([rng.multivariate_normal(m, c, n) for m, c, n in zip(SEPARATED, covs, sizes,
                                                                         strict=True)])
    gmm = GaussianMixture(3, random_state=0).fit(X)
    assert gmm.converged_
    order = np.argsort(gmm.means_[:, 0] + 10 * gmm.means_[:, 1])  # (0,0), (8,0), (0,8)
    np.testing.assert_allclose(gmm.means_[order], SEPARATED, atol=0.25)
    np.testing.assert_allclose(gmm.weights_[order], [0.5, 0.25, 0.25], atol=0.02)
    for j, cov in zip(order, covs, strict=True):
        np.testing.assert_allclose(gmm.covariances_[j], cov, atol=0.3)


def test_densities_and_responsibilities_match_the_formula(make_blobs):
    X, _ = make_blobs(30, SEPARATED[:2], 1.0, seed=1)
    gmm = GaussianMixture(2, random_state=0).fit(X)
    joint = np.column_stack([w * gaussian_density(X, m, c) for w, m, c in
                             zip(gmm.weights_, gmm.means_, gmm.covariances_, strict=True)])
    np.testing.assert_allclose(gmm.score_samples(X), np.log(joint.sum(axis=1)), rtol=1e-10)
    np.testing.assert_allclose(gmm.predict_proba(X), joint / joint.sum(axis=1, keepdims=True),
                               atol=1e-12)
    np.testing.assert_array_equal(gmm.predict(X), joint.argmax(axis=1))


def test_far_away_points_do_not_underflow(make_blobs):
    X, _ = make_blobs(20, SEPARATED[:2], 1.0, seed=2)
    gmm = GaussianMixture(2, random_state=0).fit(X)
    far = np.array([[500.0, -500.0]])  # every density is far below float64's smallest number
    assert np.isfinite(gmm.score_samples(far)).all()
    np.testing.assert_allclose(gmm.predict_proba(far).sum(), 1.0)


def test_matches_scikit_learn(make_blobs):
    sklearn_mixture = pytest.importorskip("sklearn.mixture")
    X, _ = make_blobs(60, SEPARATED, 1.0, seed=3)
    ours = GaussianMixture(3, tol=1e-8, random_state=0).fit(X)
    theirs = sklearn_mixture.GaussianMixture(3, tol=1e-8, random_state=0).fit(X)
    assert ours.score(X) == pytest.approx(theirs.score(X), rel=1e-6)
    np.testing.assert_allclose(np.sort(ours.means_, axis=0), np.sort(theirs.means_, axis=0),
                               atol=1e-4)


def test_bad_input():
    with pytest.raises(ValueError, match="more than the 2 samples"):
        GaussianMixture(3).fit(np.zeros((2, 2)))
    with pytest.raises(ValueError, match="NaN"):
        GaussianMixture(1).fit([[0.0, np.inf], [1.0, 1.0]])
    with pytest.raises(NotFittedError, match="call fit"):
        GaussianMixture(1).predict([[0.0]])
    with pytest.raises(ValueError, match="init must be"):
        GaussianMixture(1, init="spread").fit(np.zeros((3, 1)))
    with pytest.raises(ValueError, match="fitted with 2"):
        GaussianMixture(1).fit(np.random.default_rng(0).random((5, 2))).score([[1.0]])
