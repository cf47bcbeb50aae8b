"""Random forests and gradient boosting: seeding, averaging and a loss that falls every round."""

import numpy as np
import pytest

from ml.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from ml.trees import DecisionTreeClassifier, DecisionTreeRegressor


def noisy_circle(n, seed):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, 2))
    y = (np.sum(X**2, axis=1) < 0.5).astype(int)
    flip = rng.random(n) < 0.1
    return X, np.where(flip, 1 - y, y)


def test_forest_is_reproducible_and_averages_its_trees():
    X, y = noisy_circle(150, seed=0)
    a = RandomForestClassifier(n_estimators=8, random_state=3).fit(X, y)
    b = RandomForestClassifier(n_estimators=8, random_state=3).fit(X, y)
    np.testing.assert_array_equal(a.predict_proba(X), b.predict_proba(X))
    by_hand = np.mean([tree.predict_proba(X) for tree in a.estimators_], axis=0)
    np.testing.assert_allclose(a.predict_proba(X), by_hand)
    assert len({tuple(tree.feature_[:3]) for tree in a.estimators_}) > 1  # the trees differ


def test_forest_generalises_better_than_one_deep_tree():
    X, y = noisy_circle(300, seed=1)
    X_test, y_test = noisy_circle(1000, seed=2)
    tree = DecisionTreeClassifier().fit(X, y).score(X_test, y_test)
    forest = RandomForestClassifier(n_estimators=40, random_state=0).fit(X, y)
    assert forest.score(X_test, y_test) > tree + 0.02


def test_forest_handles_a_bootstrap_that_misses_a_class():
    X = np.arange(12.0).reshape(-1, 1)
    y = np.array([0] * 11 + [1])  # the lone 1 is left out of about a third of the samples
    forest = RandomForestClassifier(n_estimators=10, random_state=0).fit(X, y)
    assert forest.predict_proba(X).shape == (12, 2)


def test_without_bootstrap_or_subsampling_a_forest_is_one_tree_repeated():
    rng = np.random.default_rng(4)
    X, y = rng.standard_normal((60, 3)), rng.standard_normal(60)
    forest = RandomForestRegressor(n_estimators=3, bootstrap=False, max_features=None).fit(X, y)
    np.testing.assert_allclose(forest.predict(X), DecisionTreeRegressor().fit(X, y).predict(X))


def test_regression_boosting_loss_decreases_every_round():
    rng = np.random.default_rng(5)
    X = rng.uniform(-3, 3, (120, 2))
    y = np.sin(X[:, 0]) + 0.5 * X[:, 1] + 0.1 * rng.standard_normal(120)
    model = GradientBoostingRegressor(n_estimators=40, learning_rate=0.2, max_depth=2).fit(X, y)
    assert np.all(np.diff(model.train_loss_) < 0)
    assert model.train_loss_[0] == pytest.approx(0.5 * np.var(y))
    assert model.score(X, y) > 0.95


def test_first_boosting_round_is_the_mean_plus_a_shrunken_residual_tree():
    rng = np.random.default_rng(6)
    X, y = rng.standard_normal((50, 2)), rng.standard_normal(50)
    model = GradientBoostingRegressor(n_estimators=1, learning_rate=0.3, max_depth=2).fit(X, y)
    tree = DecisionTreeRegressor(max_depth=2).fit(X, y - y.mean())
    np.testing.assert_allclose(model.predict(X), y.mean() + 0.3 * tree.predict(X))


def test_classification_boosting_log_loss_decreases_every_round():
    X, y = noisy_circle(200, seed=7)
    model = GradientBoostingClassifier(n_estimators=30, learning_rate=0.2, max_depth=2).fit(X, y)
    assert np.all(np.diff(model.train_loss_) < 0)
    p = y.mean()
    assert model.train_loss_[0] == pytest.approx(-(p * np.log(p) + (1 - p) * np.log(1 - p)))
    proba = model.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_array_equal(model.predict(X), proba.argmax(axis=1))
    X_test, y_test = noisy_circle(500, seed=8)
    assert model.score(X_test, y_test) > 0.8


def test_boosting_rejects_more_than_two_classes_and_bad_rates(blobs):
    X, y = blobs
    with pytest.raises(ValueError, match=r"two classes.*one-vs-rest"):
        GradientBoostingClassifier(n_estimators=2).fit(X, y)
    with pytest.raises(ValueError, match="learning_rate"):
        GradientBoostingRegressor(learning_rate=1.5).fit(X, y.astype(float))
