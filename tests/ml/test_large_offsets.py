"""Models whose maths is shift-invariant give the same answer on data moved far from the origin.

Each computed a difference of huge, nearly equal terms: Gaussian naive Bayes expanded
(x - mu)^2 into x^2 - 2 x mu + mu^2, LDA scored x W - mu W / 2 for raw x, and the regression
tree's impurity was sum y^2 - (sum y)^2 / n. At an offset of 1e8 all of them lost every digit.
"""

import numpy as np
import pytest

from ml.bayes import GaussianNB
from ml.discriminant import LinearDiscriminantAnalysis
from ml.ensemble import GradientBoostingRegressor
from ml.trees import DecisionTreeRegressor

OFFSETS = [1e4, 1e6, 1e8]


@pytest.fixture(scope="module")
def three_classes():
    rng = np.random.default_rng(11)
    centres = np.array([[0.0, 0.0, 0.0], [2.0, 0.0, 1.0], [0.0, 2.0, -1.0]])
    X = np.vstack([rng.normal(c, 0.8, (40, 3)) for c in centres])
    return X, np.repeat(np.arange(3), 40), rng.uniform(-1.0, 3.0, (50, 3))


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("make", [GaussianNB, LinearDiscriminantAnalysis])
def test_gaussian_classifiers_ignore_an_offset_of_the_features(three_classes, offset, make):
    X, y, Q = three_classes
    base, moved = make().fit(X, y), make().fit(X + offset, y)
    np.testing.assert_array_equal(moved.predict(Q + offset), base.predict(Q))
    np.testing.assert_allclose(moved.predict_proba(Q + offset), base.predict_proba(Q),
                               atol=1e-6)


@pytest.fixture(scope="module")
def wave():
    rng = np.random.default_rng(12)
    X = rng.uniform(0, 6, (150, 1))
    return X, np.sin(X[:, 0]) + 0.1 * rng.normal(size=150)


@pytest.mark.parametrize("offset", OFFSETS)
def test_regression_tree_ignores_an_offset_of_the_target(wave, offset):
    X, y = wave
    base = DecisionTreeRegressor(max_depth=4).fit(X, y)
    moved = DecisionTreeRegressor(max_depth=4).fit(X, y + offset)
    np.testing.assert_array_equal(moved.feature_, base.feature_)
    np.testing.assert_array_equal(moved.threshold_, base.threshold_)
    np.testing.assert_allclose(moved.predict(X) - offset, base.predict(X), atol=1e-6)


@pytest.mark.parametrize("offset", OFFSETS)
def test_gradient_boosting_ignores_an_offset_of_the_target(wave, offset):
    X, y = wave
    base = GradientBoostingRegressor(n_estimators=20).fit(X, y)
    moved = GradientBoostingRegressor(n_estimators=20).fit(X, y + offset)
    np.testing.assert_allclose(moved.predict(X) - offset, base.predict(X), atol=1e-6)
