"""Linear models against independent oracles: lstsq, the ridge closed form, finite differences."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.gradcheck import numerical_gradient, relative_error
from ml.linear import LinearRegression, LogisticRegression, Perceptron, Ridge
from ml.linear.logistic import log_loss_and_gradient
from ml.preprocessing import StandardScaler
from ml.special import sigmoid, softmax


def regression_data(seed=0, n=40, d=4, noise=0.1):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d)) * rng.uniform(0.5, 3.0, d) + rng.uniform(-2, 2, d)
    w = rng.standard_normal(d)
    return X, X @ w + 1.5 + noise * rng.standard_normal(n)


def test_least_squares_equals_numpy_lstsq_on_augmented_matrix():
    X, y = regression_data()
    model = LinearRegression().fit(X, y)
    A = np.column_stack([X, np.ones(len(X))])
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)
    np.testing.assert_allclose(model.coef_, theta[:-1], rtol=1e-10, atol=1e-12)
    assert model.intercept_ == pytest.approx(theta[-1], rel=1e-10)


@settings(max_examples=25)
@given(st.integers(0, 10_000), st.integers(1, 5))
def test_least_squares_recovers_an_exact_linear_relation(seed, d):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((3 * d + 2, d))
    w, b = rng.uniform(-5, 5, d), float(rng.uniform(-5, 5))
    model = LinearRegression().fit(X, X @ w + b)
    np.testing.assert_allclose(model.coef_, w, atol=1e-8)
    assert model.intercept_ == pytest.approx(b, abs=1e-8)
    assert model.score(X, X @ w + b) == pytest.approx(1.0)


def test_least_squares_handles_collinear_columns_with_the_minimum_norm_solution():
    X, y = regression_data(d=2)
    X3 = np.column_stack([X, X[:, 0]])  # third column repeats the first: X^T X is singular
    model = LinearRegression().fit(X3, y)
    np.testing.assert_allclose(model.predict(X3), LinearRegression().fit(X, y).predict(X),
                               atol=1e-9)
    assert model.coef_[0] == pytest.approx(model.coef_[2])  # the weight is shared equally


def test_gradient_descent_converges_to_the_closed_form():
    X, y = regression_data(seed=3)
    Z = StandardScaler().fit_transform(X)
    exact = LinearRegression().fit(Z, y)
    gd = LinearRegression(solver="gd", learning_rate=0.1, max_iter=5000, tol=0.0).fit(Z, y)
    np.testing.assert_allclose(gd.coef_, exact.coef_, atol=1e-6)
    assert gd.intercept_ == pytest.approx(exact.intercept_, abs=1e-6)
    assert np.all(np.diff(gd.loss_history_) <= 1e-15)  # a safe step never raises the loss


def test_gradient_descent_divergence_is_reported():
    X, y = regression_data()
    with pytest.raises(ValueError, match=r"diverged.*standardise X or lower learning_rate"):
        LinearRegression(solver="gd", learning_rate=50.0, max_iter=2000).fit(X * 100, y)


def test_unknown_solver_is_rejected():
    with pytest.raises(ValueError, match="solver must be 'lstsq' or 'gd'"):
        LinearRegression(solver="inverse").fit([[0.0], [1.0]], [0.0, 1.0])


@pytest.mark.parametrize("alpha", [0.0, 0.1, 10.0, 1000.0])
def test_ridge_equals_its_closed_form_with_unpenalised_intercept(alpha):
    X, y = regression_data(seed=5)
    model = Ridge(alpha=alpha).fit(X, y)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    np.testing.assert_allclose(model.coef_, w, rtol=1e-9, atol=1e-12)
    assert model.intercept_ == pytest.approx(y.mean() - X.mean(axis=0) @ w)


def test_ridge_shrinks_weights_as_alpha_grows_and_ignores_a_target_shift():
    X, y = regression_data(seed=6)
    norms = [np.linalg.norm(Ridge(alpha=a).fit(X, y).coef_) for a in (0.0, 1.0, 10.0, 100.0)]
    assert norms == sorted(norms, reverse=True)
    shifted = Ridge(alpha=10.0).fit(X, y + 1000.0)
    np.testing.assert_allclose(shifted.coef_, Ridge(alpha=10.0).fit(X, y).coef_, atol=1e-9)


def test_ridge_solves_more_features_than_samples():
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((5, 20)), rng.standard_normal(5)
    assert np.all(np.isfinite(Ridge(alpha=1.0).fit(X, y).coef_))
    with pytest.raises(ValueError, match="alpha must be"):
        Ridge(alpha=-1.0).fit(X, y)


@pytest.mark.parametrize("k", [2, 4])
def test_logistic_gradient_passes_numerical_check(k):
    rng = np.random.default_rng(k)
    X = rng.standard_normal((7, 3))
    y = rng.integers(0, k, 7)
    W = rng.standard_normal(3) if k == 2 else rng.standard_normal((3, k))
    b = np.array(rng.standard_normal()) if k == 2 else rng.standard_normal(k)
    _, dW, db = log_loss_and_gradient(W, b, X, y, l2=0.3)

    def loss():
        return log_loss_and_gradient(W, b, X, y, l2=0.3)[0]

    assert relative_error(dW, numerical_gradient(loss, W)) < 1e-6
    assert relative_error(np.asarray(db), numerical_gradient(loss, b)) < 1e-6


def test_logistic_loss_is_stable_for_huge_scores():
    X = np.array([[1e4], [-1e4]])
    # every sample is confidently wrong: its loss is the score margin, 1e5 or 2e5 nats
    for W, b, margin in ((np.array([10.0]), 0.0, 1e5),
                         (np.array([[-10.0, 10.0]]), np.zeros(2), 2e5)):
        loss, dW, _ = log_loss_and_gradient(W, b, X, np.array([0, 1]))
        assert np.isfinite(loss) and loss == pytest.approx(margin)
        assert np.all(np.isfinite(dW))
    assert np.all(np.isfinite(sigmoid(np.array([-1e308, 1e308]))))
    np.testing.assert_allclose(softmax(np.array([[1e308, 0.0]])), [[1.0, 0.0]])


def test_binary_logistic_reaches_the_zero_gradient_optimum():
    rng = np.random.default_rng(11)
    X = rng.standard_normal((60, 2))
    y = (X @ [1.0, -2.0] + 0.5 * rng.standard_normal(60) > 0).astype(int)
    model = LogisticRegression(l2=0.01, learning_rate=1.0, max_iter=3000, tol=0).fit(X, y)
    _, dW, db = log_loss_and_gradient(model.coef_, model.intercept_, X, y, 0.01)
    assert np.abs(dW).max() < 1e-6 and abs(float(db)) < 1e-6
    assert np.all(np.diff(model.loss_history_) <= 1e-12)
    proba = model.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_array_equal(model.predict(X), proba.argmax(axis=1))


def test_multinomial_logistic_separates_blobs_and_minibatches_agree(blobs):
    X, y = blobs
    full = LogisticRegression(learning_rate=0.5, max_iter=300).fit(X, y)
    sgd = LogisticRegression(learning_rate=0.1, max_iter=30, batch_size=10).fit(X, y)
    assert full.coef_.shape == (2, 3) and full.intercept_.shape == (3,)
    assert full.score(X, y) == 1.0 and sgd.score(X, y) == 1.0


def test_perceptron_mistakes_obey_the_novikoff_bound():
    rng = np.random.default_rng(4)
    u = np.array([2.0, -1.0, 0.5])  # separator for inputs with a constant 1 appended
    X = rng.uniform(-1, 1, (200, 2))
    margin_raw = np.column_stack([X, np.ones(200)]) @ u
    keep = np.abs(margin_raw) > 0.3
    X, t = X[keep], (margin_raw[keep] > 0).astype(int)
    Xa = np.column_stack([X, np.ones(len(X))])
    gamma = np.min(np.abs(Xa @ u)) / np.linalg.norm(u)
    R = np.linalg.norm(Xa, axis=1).max()
    model = Perceptron(max_iter=1000).fit(X, t)
    assert model.mistakes_[-1] == 0
    assert model.score(X, t) == 1.0
    assert sum(model.mistakes_) <= (R / gamma) ** 2


def test_perceptron_multiclass_on_blobs(blobs):
    X, y = blobs
    model = Perceptron(max_iter=100).fit(X, y)
    assert model.score(X, y) == 1.0 and model.coef_.shape == (2, 3)


def test_perceptron_stops_at_max_iter_on_xor():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    model = Perceptron(max_iter=25).fit(X, [0, 1, 1, 0])
    assert model.n_iter_ == 25 and min(model.mistakes_) > 0  # XOR is not linearly separable


def test_parity_with_scikit_learn_linear_and_ridge():
    linear_model = pytest.importorskip("sklearn.linear_model")
    X, y = regression_data(seed=9)
    ours, theirs = LinearRegression().fit(X, y), linear_model.LinearRegression().fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=1e-9)
    assert ours.intercept_ == pytest.approx(theirs.intercept_)
    ours, theirs = Ridge(alpha=3.0).fit(X, y), linear_model.Ridge(alpha=3.0).fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=1e-8)
    assert ours.intercept_ == pytest.approx(theirs.intercept_)


def test_parity_with_scikit_learn_logistic_regression():
    linear_model = pytest.importorskip("sklearn.linear_model")
    rng = np.random.default_rng(10)
    X = rng.standard_normal((80, 3))
    y = np.argmax(X @ rng.standard_normal((3, 3)) + 0.5 * rng.standard_normal((80, 3)), axis=1)
    lam = 0.1
    ours = LogisticRegression(l2=lam, learning_rate=1.0, max_iter=5000, tol=1e-14).fit(X, y)
    # scikit-learn minimises C * sum(losses) + ||W||^2 / 2, i.e. our mean loss with C = 1/(n lam)
    theirs = linear_model.LogisticRegression(C=1 / (len(X) * lam), tol=1e-10, max_iter=10_000)
    theirs.fit(X, y)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-4)
