"""The Pegasos linear SVM: separates separable data, lowers its objective, one-vs-rest."""

import numpy as np
import pytest

from ml.svm import LinearSVC


def separable(n, seed, gap=1.0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-3, 3, (4 * n, 2))
    score = X @ [1.0, 2.0] - 0.5
    keep = np.abs(score) > gap
    return X[keep][:n], (score[keep][:n] > 0).astype(int)


def test_separates_linearly_separable_data():
    X, y = separable(200, seed=0)
    svm = LinearSVC(lam=1e-3, max_iter=50, batch_size=16).fit(X, y)
    assert svm.score(X, y) == 1.0
    margins = (2 * y - 1) * svm.decision_function(X)
    assert margins.min() > 0


def test_training_lowers_the_hinge_objective_toward_a_margin_of_one():
    X, y = separable(200, seed=1)
    short = LinearSVC(lam=0.01, max_iter=2, average=False).fit(X, y)
    long = LinearSVC(lam=0.01, max_iter=100).fit(X, y)
    zero = 1.0  # the objective at w = 0: every hinge term is exactly 1
    assert long.hinge_objective(X, y) < min(short.hinge_objective(X, y), zero)
    # the projection keeps ||w|| within 1/sqrt(lam), where the optimum lies
    assert np.linalg.norm(np.append(long.coef_, long.intercept_)) <= 1 / np.sqrt(0.01) + 1e-9


def test_one_vs_rest_on_three_blobs(blobs):
    X, y = blobs
    svm = LinearSVC(lam=1e-3, max_iter=50, batch_size=8).fit(X, y)
    assert svm.coef_.shape == (2, 3) and svm.intercept_.shape == (3,)
    assert svm.score(X, y) == 1.0
    np.testing.assert_array_equal(svm.predict(X), svm.decision_function(X).argmax(axis=1))


def test_is_seeded_and_validates_parameters():
    X, y = separable(50, seed=3)
    a = LinearSVC(random_state=4).fit(X, y).coef_
    np.testing.assert_array_equal(a, LinearSVC(random_state=4).fit(X, y).coef_)
    with pytest.raises(ValueError, match="need lam > 0"):
        LinearSVC(lam=0.0).fit(X, y)


def test_agrees_with_scikit_learn_hinge_svm():
    svm_module = pytest.importorskip("sklearn.svm")
    X, y = separable(300, seed=5, gap=0.0)
    lam = 1e-2
    ours = LinearSVC(lam=lam, max_iter=200, batch_size=32).fit(X, y)
    # scikit-learn: ||w||^2 / 2 + C * sum(hinge), i.e. ours with C = 1 / (n lam)
    theirs = svm_module.LinearSVC(C=1 / (len(X) * lam), loss="hinge", dual=True,
                                  max_iter=100_000, tol=1e-8).fit(X, y)
    agree = np.mean(ours.predict(X) == theirs.predict(X))
    assert agree >= 0.98
    cosine = (ours.coef_ @ theirs.coef_[0]) / (np.linalg.norm(ours.coef_)
                                               * np.linalg.norm(theirs.coef_[0]))
    assert cosine > 0.99
