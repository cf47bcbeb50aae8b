"""CART against brute force: every threshold of every feature, scored from the definitions."""

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.trees import DecisionTreeClassifier, DecisionTreeRegressor
from ml.trees.criteria import target_matrix, weighted_impurity


def impurity(values, criterion):
    """n * impurity straight from the definitions, with plain Python."""
    n = len(values)
    if criterion == "squared_error":
        mean = sum(values) / n
        return sum((v - mean) ** 2 for v in values)
    props = [values.count(c) / n for c in set(values)]
    if criterion == "gini":
        return n * (1 - sum(p * p for p in props))
    return n * -sum(p * math.log(p) for p in props)


def brute_force_best_cost(X, y, criterion):
    best = math.inf
    for j in range(X.shape[1]):
        values = sorted(set(X[:, j].tolist()))
        for low, high in itertools.pairwise(values):
            t = (low + high) / 2
            left = [v for v, x in zip(y.tolist(), X[:, j], strict=True) if x <= t]
            right = [v for v, x in zip(y.tolist(), X[:, j], strict=True) if x > t]
            best = min(best, impurity(left, criterion) + impurity(right, criterion))
    return best


@pytest.mark.parametrize("criterion", ["gini", "entropy", "squared_error"])
def test_weighted_impurity_matches_definitions(criterion):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 17) if criterion != "squared_error" else rng.standard_normal(17)
    sums = target_matrix(y, criterion, n_classes=3).sum(axis=0)
    assert float(weighted_impurity(sums, criterion)) == pytest.approx(
        impurity(y.tolist(), criterion), abs=1e-9)


@settings(max_examples=40)
@given(st.integers(0, 10_000), st.sampled_from(["gini", "entropy", "squared_error"]))
def test_root_split_is_the_brute_force_optimum(seed, criterion):
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 6, (14, 3)).astype(float)  # repeated values: ties between thresholds
    if criterion == "squared_error":
        y = rng.integers(0, 4, 14).astype(float)
        tree = DecisionTreeRegressor(max_depth=1).fit(X, y)
    else:
        y = rng.integers(0, 3, 14)
        if len(set(y.tolist())) < 2:
            y[0] = 1 - y[1] % 2
        tree = DecisionTreeClassifier(criterion=criterion, max_depth=1).fit(X, y)
    best = brute_force_best_cost(X, y, criterion)
    if tree.node_count_ == 1:  # no split: the node was pure or no threshold exists
        assert best == math.inf or impurity(y.tolist(), criterion) < 1e-12
        return
    j, t = tree.feature_[0], tree.threshold_[0]
    left, right = y[X[:, j] <= t].tolist(), y[X[:, j] > t].tolist()
    assert impurity(left, criterion) + impurity(right, criterion) == pytest.approx(best, abs=1e-9)


@settings(max_examples=30)
@given(st.integers(0, 10_000))
def test_unlimited_tree_fits_consistent_training_data_perfectly(seed):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((40, 3))
    y = rng.integers(0, 3, 40)  # random labels, distinct points: still memorised
    assert DecisionTreeClassifier().fit(X, y).score(X, y) == 1.0
    targets = rng.standard_normal(40)
    np.testing.assert_allclose(DecisionTreeRegressor().fit(X, targets).predict(X), targets)


def test_separable_classes_give_pure_leaves_and_probabilities(blobs):
    X, y = blobs
    tree = DecisionTreeClassifier(criterion="entropy").fit(X, y)
    assert tree.score(X, y) == 1.0
    proba = tree.predict_proba(X)
    assert set(proba.ravel().tolist()) == {0.0, 1.0}


def test_xor_needs_a_split_that_does_not_help_at_first():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] * 3)
    y = np.array([0, 1, 1, 0] * 3)
    tree = DecisionTreeClassifier().fit(X, y)
    assert tree.score(X, y) == 1.0 and tree.get_depth() == 2


def test_constant_targets_make_a_single_leaf_even_when_large():
    rng = np.random.default_rng(3)
    X = rng.standard_normal((30, 2))
    tree = DecisionTreeRegressor().fit(X, np.full(30, 1e9 + 0.1))
    assert tree.node_count_ == 1
    assert tree.predict(X[:2]) == pytest.approx([1e9 + 0.1] * 2)


def test_depth_and_sample_limits_are_respected():
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((200, 4)), rng.integers(0, 2, 200)
    assert DecisionTreeClassifier(max_depth=3).fit(X, y).get_depth() == 3
    assert DecisionTreeClassifier(max_depth=0).fit(X, y).node_count_ == 1
    tree = DecisionTreeClassifier(min_samples_split=50).fit(X, y)
    counts = tree.value_.sum(axis=1)
    internal = tree.feature_ >= 0
    assert counts[internal].min() >= 50
    leafy = DecisionTreeClassifier(min_samples_leaf=15).fit(X, y)
    assert leafy.value_.sum(axis=1)[leafy.feature_ < 0].min() >= 15


def test_leaves_predict_majority_and_mean():
    X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
    stump = DecisionTreeClassifier(max_depth=1).fit(X, [0, 0, 1, 1, 1, 1])
    assert stump.threshold_[0] == 1.5
    reg = DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 1.0, 1.0, 4.0, 5.0, 6.0])
    assert reg.threshold_[0] == 2.5
    assert reg.predict([[-1.0], [10.0]]).tolist() == [1.0, 5.0]


def test_max_features_subsets_are_seeded():
    rng = np.random.default_rng(2)
    X, y = rng.standard_normal((100, 10)), rng.integers(0, 2, 100)
    a = DecisionTreeClassifier(max_features="sqrt", random_state=5).fit(X, y)
    b = DecisionTreeClassifier(max_features="sqrt", random_state=5).fit(X, y)
    np.testing.assert_array_equal(a.feature_, b.feature_)
    with pytest.raises(ValueError, match="max_features must be"):
        DecisionTreeClassifier(max_features=11).fit(X, y)
    with pytest.raises(ValueError, match="criterion must be one of"):
        DecisionTreeClassifier(criterion="squared_error").fit(X, y)


def test_parity_with_scikit_learn_on_iris_like_data():
    tree_module = pytest.importorskip("sklearn.tree")
    rng = np.random.default_rng(8)
    y = np.repeat([0, 1, 2], 50)
    centres = np.array([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.5, 2.0]])
    X = np.round(centres[y] + 0.35 * rng.standard_normal((150, 4)), 1)  # iris-like, one decimal
    for depth in (1, 2, 3):
        ours = DecisionTreeClassifier(max_depth=depth).fit(X, y)
        theirs = tree_module.DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X, y)
        # equal-cost splits may differ; the training error of an optimal greedy tree may not
        assert ours.score(X, y) == pytest.approx(theirs.score(X, y), abs=1e-12)
    ours = DecisionTreeRegressor(max_depth=3).fit(X[:, :3], X[:, 3])
    theirs = tree_module.DecisionTreeRegressor(max_depth=3, random_state=0).fit(X[:, :3], X[:, 3])
    assert ours.score(X[:, :3], X[:, 3]) == pytest.approx(theirs.score(X[:, :3], X[:, 3]))
