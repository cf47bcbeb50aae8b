"""LDA on two Gaussians with a shared covariance, where the Bayes rule is known exactly."""

import numpy as np
import pytest

from ml.discriminant import LinearDiscriminantAnalysis


def two_gaussians(n, seed):
    rng = np.random.default_rng(seed)
    cov = np.array([[2.0, 0.8], [0.8, 1.0]])
    means = np.array([[0.0, 0.0], [2.0, 1.0]])
    y = rng.integers(0, 2, n)
    X = means[y] + rng.multivariate_normal([0.0, 0.0], cov, n)
    return X, y, means, cov


def test_boundary_approaches_the_bayes_optimal_hyperplane():
    X, y, means, cov = two_gaussians(20_000, seed=0)
    model = LinearDiscriminantAnalysis().fit(X, y)
    # Bayes rule with equal priors: decide class 1 when w . x > w . (mu0 + mu1) / 2
    w = np.linalg.solve(cov, means[1] - means[0])
    learned = model.coef_[:, 1] - model.coef_[:, 0]
    cosine = learned @ w / (np.linalg.norm(learned) * np.linalg.norm(w))
    assert cosine > 0.999
    np.testing.assert_allclose(model.means_, means, atol=0.05)
    np.testing.assert_allclose(model.covariance_, cov, atol=0.06)


def test_accuracy_is_close_to_the_bayes_rate():
    X, y, means, cov = two_gaussians(4000, seed=1)
    X_test, y_test, *_ = two_gaussians(3000, seed=2)
    model = LinearDiscriminantAnalysis().fit(X, y)
    # Bayes error for equal priors is Phi(-delta / 2), delta the Mahalanobis distance of the means
    diff = means[1] - means[0]
    delta = float(np.sqrt(diff @ np.linalg.solve(cov, diff)))
    from math import erf, sqrt
    bayes_accuracy = 1 - 0.5 * (1 + erf(-delta / 2 / sqrt(2)))
    assert model.score(X_test, y_test) == pytest.approx(bayes_accuracy, abs=0.025)
    np.testing.assert_allclose(model.predict_proba(X_test).sum(axis=1), 1.0)


def test_shrinkage_pulls_the_covariance_toward_a_scaled_identity():
    X, y, *_ = two_gaussians(200, seed=3)
    full = LinearDiscriminantAnalysis(shrinkage=1.0).fit(X, y).covariance_
    assert full[0, 1] == 0.0 and full[0, 0] == pytest.approx(full[1, 1])
    with pytest.raises(ValueError, match="shrinkage must be in"):
        LinearDiscriminantAnalysis(shrinkage=1.5).fit(X, y)


def test_singular_covariance_is_handled():
    rng = np.random.default_rng(4)
    X = rng.standard_normal((50, 3))
    X[:, 2] = 0.0  # a constant feature, like a blank MNIST pixel: the covariance is singular
    y = (X[:, 0] > 0).astype(int)
    assert LinearDiscriminantAnalysis().fit(X, y).score(X, y) > 0.9


def test_parity_with_scikit_learn():
    discriminant = pytest.importorskip("sklearn.discriminant_analysis")
    rng = np.random.default_rng(6)
    y = rng.integers(0, 3, 150)
    X = rng.standard_normal((150, 4)) + np.array([[0, 0, 0, 0], [2, 0, 1, 0], [0, 2, 0, 1]])[y]
    ours = LinearDiscriminantAnalysis().fit(X, y)
    theirs = discriminant.LinearDiscriminantAnalysis(solver="lsqr").fit(X, y)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-8)
