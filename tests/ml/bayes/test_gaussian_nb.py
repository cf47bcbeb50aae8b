"""Gaussian naive Bayes against a hand computation on a tiny table."""

import math

import numpy as np
import pytest

from ml.bayes import GaussianNB


def normal_pdf(x, mean, var):
    return math.exp(-((x - mean) ** 2) / (2 * var)) / math.sqrt(2 * math.pi * var)


def test_matches_hand_computation_on_a_tiny_table():
    # class 0: heights 1, 2, 3 and weights 2, 2, 5; class 1: heights 6, 8 and weights 1, 3
    X = np.array([[1.0, 2.0], [2.0, 2.0], [3.0, 5.0], [6.0, 1.0], [8.0, 3.0]])
    y = np.array([0, 0, 0, 1, 1])
    model = GaussianNB(var_smoothing=0.0).fit(X, y)
    assert model.class_prior_.tolist() == [0.6, 0.4]
    np.testing.assert_allclose(model.theta_, [[2.0, 3.0], [7.0, 2.0]])
    np.testing.assert_allclose(model.var_, [[2 / 3, 2.0], [1.0, 1.0]])
    x = [4.0, 2.5]
    joint0 = 0.6 * normal_pdf(4.0, 2.0, 2 / 3) * normal_pdf(2.5, 3.0, 2.0)
    joint1 = 0.4 * normal_pdf(4.0, 7.0, 1.0) * normal_pdf(2.5, 2.0, 1.0)
    expected = [joint0 / (joint0 + joint1), joint1 / (joint0 + joint1)]
    np.testing.assert_allclose(model.predict_proba([x])[0], expected, rtol=1e-12)
    np.testing.assert_allclose(model.joint_log_likelihood([x])[0],
                               [math.log(joint0), math.log(joint1)], rtol=1e-12)


def test_log_space_survives_where_the_product_underflows():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((40, 800)) + np.repeat([0.0, 0.3], 20)[:, None]
    y = np.repeat([0, 1], 20)
    model = GaussianNB().fit(X, y)
    far = np.full((1, 800), 30.0)  # density ~ e^-360000 per class: 0.0 as a plain product
    proba = model.predict_proba(far)
    assert np.all(np.isfinite(proba)) and proba.sum() == pytest.approx(1.0)


def test_variance_smoothing_keeps_constant_features_finite():
    X = np.array([[0.0, 1.0], [0.0, 2.0], [0.0, 5.0], [0.0, 6.0]])  # feature 0 never varies
    model = GaussianNB().fit(X, [0, 0, 1, 1])
    assert model.epsilon_ == pytest.approx(1e-9 * X[:, 1].var())
    assert np.all(np.isfinite(model.predict_log_proba([[1.0, 3.0]])))
    with pytest.raises(ValueError, match="every feature is constant"):
        GaussianNB().fit(np.zeros((4, 2)), [0, 0, 1, 1])


def test_parity_with_scikit_learn():
    naive_bayes = pytest.importorskip("sklearn.naive_bayes")
    rng = np.random.default_rng(5)
    X = rng.standard_normal((90, 4)) * [1.0, 2.0, 0.5, 3.0]
    y = rng.integers(0, 3, 90)
    X += y[:, None]
    ours, theirs = GaussianNB().fit(X, y), naive_bayes.GaussianNB().fit(X, y)
    np.testing.assert_allclose(ours.theta_, theirs.theta_)
    np.testing.assert_allclose(ours.var_, theirs.var_)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-10)
