"""Tests for gaussian-naive-bayes: the example, fitted models, 784 features, random models."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.bayes import GaussianNB
from practice.arrays import expect_array
from practice.checking import expect_true


def oracle(X, means, variances, priors):
    """The project's GaussianNB with its learned attributes set to the given ones."""
    model = GaussianNB()
    model.classes_ = np.arange(len(priors))
    model.class_prior_, model.theta_, model.var_ = priors, means, variances
    model.n_features_in_ = means.shape[1]
    return model.joint_log_likelihood(X)


def _close(got, other):
    with np.errstate(all="ignore"):
        return bool(np.allclose(got, other, rtol=1e-6, atol=1e-9))


def diagnose(got, X, means, variances, priors, shown):
    """Name the classic slip when the answer matches it, before the plain comparison."""
    want = oracle(X, means, variances, priors)
    if not isinstance(got, np.ndarray) or got.shape != want.shape or _close(got, want):
        return  # expect_array explains a wrong type or shape
    expect_true(bool(np.isfinite(got).all()), "some of your J are not finite (-inf, inf or "
                "nan): a product of many densities underflows to 0 or overflows; take the log "
                "of each feature's density and sum the logs instead", **shown)
    quad = ((X[:, None, :] - means[None]) ** 2 / variances[None]).sum(axis=2)
    expect_true(not _close(got, np.log(priors) - 0.5 * quad), "the -1/2 log(2 pi sigma^2) term "
                "is missing: it is part of each density, and differs between classes whose "
                "variances differ", **shown)
    quad_std = ((X[:, None, :] - means[None]) ** 2 / np.sqrt(variances)[None]).sum(axis=2)
    log_norm = -0.5 * np.log(2 * np.pi * variances).sum(axis=1)
    expect_true(not _close(got, np.log(priors) + log_norm - 0.5 * quad_std), "you divided the "
                "squared distance by sigma; divide by the variance sigma^2 (the array given)",
                **shown)


def check(sol, X, means, variances, priors, shown=None):
    X, means, variances, priors = (np.asarray(a, dtype=np.float64)
                                   for a in (X, means, variances, priors))
    shown = shown or dict(X=X, means=means, variances=variances, priors=priors)
    got = sol.joint_log_likelihood(X.copy(), means.copy(), variances.copy(), priors.copy())
    diagnose(got, X, means, variances, priors, shown)
    expect_array(got, oracle(X, means, variances, priors), name="J", why="one row per row of X, "
                 "one column per class", **shown)


def test_worked_example(sol):
    check(sol, [[1.0], [4.0]], [[2.0], [11.0]], [[1.0], [4.0]], [0.5, 0.5])


def test_classes_with_different_variances(sol):
    # the same mean, so only the normalising term and the spread tell the classes apart
    check(sol, [[0.0, 0.0], [3.0, -3.0]], [[0.0, 0.0], [0.0, 0.0]],
          [[1.0, 1.0], [9.0, 16.0]], [0.3, 0.7])


def test_fitted_model(sol):
    rng = np.random.default_rng(72)
    centres = np.array([[0.0, 5.0, -2.0, 1.0], [3.0, 0.0, 2.0, 1.0], [-4.0, 2.0, 0.0, 6.0]])
    scales = np.array([[1.0, 0.5, 2.0, 1.0], [3.0, 1.0, 0.2, 1.5], [0.7, 2.5, 1.0, 0.1]])
    y = np.repeat([0, 1, 2], [30, 20, 10])
    X = centres[y] + scales[y] * rng.normal(size=(60, 4))
    model = GaussianNB().fit(X, y)
    test = rng.normal(0.0, 3.0, size=(8, 4))
    check(sol, test, model.theta_, model.var_, model.class_prior_,
          shown=dict(X="8 rows, 4 features (seed 72)",
                     model="GaussianNB fitted to 3 classes of 60 rows"))


def test_784_features_stay_finite(sol):
    # pixel-like features with small variances; each row is far from the other class's means,
    # where a product of 784 densities underflows to 0 (and near its own, overflows)
    rng = np.random.default_rng(784)
    means = rng.uniform(0.2, 0.8, size=(2, 784))
    means[1] = np.clip(means[0] + rng.choice([-0.3, 0.3], size=784), 0.0, 1.0)
    variances = rng.uniform(0.005, 0.02, size=(2, 784))
    X = means[[0, 1, 0]] + 0.05 * rng.normal(size=(3, 784))
    priors = np.array([0.6, 0.4])
    check(sol, X, means, variances, priors,
          shown=dict(X="3 rows of 784 pixel-like features (seed 784)", means="(2, 784)",
                     variances="(2, 784), between 0.005 and 0.02", priors=priors))


def test_inputs_unchanged(sol):
    X, means = np.array([[1.0, 2.0], [0.0, -1.0]]), np.array([[0.5, 1.0], [2.0, 2.0]])
    variances, priors = np.array([[1.0, 2.0], [0.5, 4.0]]), np.array([0.25, 0.75])
    copies = [a.copy() for a in (X, means, variances, priors)]
    sol.joint_log_likelihood(X, means, variances, priors)
    same = all(np.array_equal(a, b) for a, b in zip((X, means, variances, priors), copies,
                                                    strict=True))
    expect_true(same, "joint_log_likelihood changed one of its inputs in place; compute J in "
                "new arrays", X=copies[0], means=copies[1], variances=copies[2],
                priors=copies[3])


@st.composite
def models(draw):
    m, k, d = draw(st.integers(1, 6)), draw(st.integers(1, 6)), draw(st.integers(1, 8))
    X = draw(arrays(np.float64, (m, d), elements=st.floats(-10, 10)))
    means = draw(arrays(np.float64, (k, d), elements=st.floats(-10, 10)))
    variances = draw(arrays(np.float64, (k, d), elements=st.floats(0.01, 10)))
    weights = draw(arrays(np.float64, k, elements=st.floats(0.1, 1)))
    return X, means, variances, weights / weights.sum()


@settings(max_examples=15)
@given(case=models())
def test_matches_the_project_classifier(sol, case):
    check(sol, *case)
