"""Iterative fits: a rising loss is never taken for convergence, and stopping short warns.

``LogisticRegression`` stopped when ``loss[-2] - loss[-1] < tol``, which a *rising* loss meets:
on raw digits features (integers 0..16) it stopped after 2 passes at 18 % accuracy with no
warning (scikit-learn: 96 %). Now each step is shortened until the loss falls, and every
estimator that stops on a tolerance warns when ``max_iter`` comes first.
"""

import warnings

import numpy as np
import pytest
from sklearn import linear_model
from sklearn.datasets import load_digits

from ml.base import ConvergenceWarning
from ml.cluster import GaussianMixture, KMeans
from ml.linear import LinearRegression, LogisticRegression, Perceptron
from ml.model_selection import train_test_split


@pytest.fixture(scope="module")
def digits():
    X, y = load_digits(return_X_y=True)  # raw pixel counts 0..16, 64 features
    return train_test_split(X, y, test_size=0.25, random_state=0)


def fit_quietly(model, X, y):
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        return model.fit(X, y)


def test_logistic_regression_on_raw_digits_matches_scikit_learn(digits):
    X_train, X_test, y_train, y_test = digits
    with pytest.warns(ConvergenceWarning, match="LogisticRegression did not converge"):
        ours = LogisticRegression().fit(X_train, y_train)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lbfgs does not converge at its default max_iter either
        theirs = linear_model.LogisticRegression().fit(X_train, y_train)
    assert ours.n_iter_ == 200
    assert ours.score(X_test, y_test) >= theirs.score(X_test, y_test) - 0.02
    assert np.all(np.diff(ours.loss_history_) <= 0)  # the loss never rises


@pytest.mark.parametrize("learning_rate", [1.0, 1e3, 1e6])
def test_a_step_far_too_long_is_shortened_not_taken_for_convergence(learning_rate):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 3)) * [1.0, 3.0, 10.0]
    y = (X @ [1.0, -0.2, 0.05] > 0).astype(int)
    l2 = 0.1
    model = fit_quietly(LogisticRegression(l2=l2, learning_rate=learning_rate, max_iter=5000,
                                           tol=1e-10), X, y)
    assert np.all(np.diff(model.loss_history_) <= 0)
    assert model.learning_rate_ < 1.0
    # the same optimum as scikit-learn's (C = 1 / (n * l2) turns its objective into ours)
    theirs = linear_model.LogisticRegression(C=1 / (len(X) * l2), tol=1e-10).fit(X, y)
    np.testing.assert_allclose(model.coef_, theirs.coef_[0], rtol=1e-3)


def test_minibatch_passes_that_raise_the_loss_are_undone():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 4)) * 50
    y = (X[:, 0] > 0).astype(int)
    model = LogisticRegression(learning_rate=1e4, batch_size=16, max_iter=30).fit(X, y)
    assert np.all(np.isfinite(model.loss_history_))
    assert np.all(np.diff(model.loss_history_) <= 0)
    assert model.learning_rate_ < 1e4 and model.score(X, y) > 0.9


def test_linear_regression_gd_warns_when_it_runs_out_of_iterations():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(100, 3)) * [1.0, 1.0, 0.05]  # one flat direction: slow to converge
    y = X @ [1.0, 2.0, 3.0] + 0.5
    with pytest.warns(ConvergenceWarning, match="LinearRegression did not converge"):
        LinearRegression(solver="gd").fit(X, y)
    exact = LinearRegression().fit(X, y)
    slow = fit_quietly(LinearRegression(solver="gd", max_iter=200_000), X, y)
    np.testing.assert_allclose(slow.coef_, exact.coef_, rtol=1e-2)


def test_perceptron_warns_only_when_it_never_settles():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    with pytest.warns(ConvergenceWarning, match="linearly separable"):
        Perceptron(max_iter=10).fit(X, [0, 1, 1, 0])  # XOR
    assert fit_quietly(Perceptron(max_iter=10), X, [0, 0, 0, 1]).mistakes_[-1] == 0  # AND


def test_clusterers_warn_when_max_iter_comes_first():
    rng = np.random.default_rng(3)
    X = np.vstack([rng.normal(c, 1.0, (60, 2)) for c in ([0, 0], [3, 0], [0, 3])])
    with pytest.warns(ConvergenceWarning, match="KMeans did not converge"):
        KMeans(3, init="random", max_iter=1).fit(X)
    with pytest.warns(ConvergenceWarning, match="GaussianMixture did not converge"):
        gmm = GaussianMixture(3, max_iter=2).fit(X)
    assert not gmm.converged_
    assert fit_quietly(GaussianMixture(3, max_iter=500), X, None).converged_
