"""One convention for randomness (ml.base): every estimator defaults to ``random_state=0``.

``KMeans`` and ``GaussianMixture`` defaulted to ``None`` (fresh entropy), so two runs of the
same script gave different clusters while every other estimator was reproducible.
"""

import importlib
import inspect

import numpy as np
import pytest

from ml.cluster import GaussianMixture, KMeans

PACKAGES = ["ml.bayes", "ml.cluster", "ml.decomposition", "ml.discriminant", "ml.ensemble",
            "ml.linear", "ml.model_selection", "ml.neighbors", "ml.preprocessing", "ml.svm",
            "ml.trees"]


def random_estimators():
    found = {}
    for name in PACKAGES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isclass(obj) and "random_state" in inspect.signature(obj).parameters:
                found[f"{name}.{attr}"] = obj
    return found


def test_the_sweep_finds_the_random_estimators():
    names = random_estimators()
    assert {"ml.cluster.KMeans", "ml.cluster.GaussianMixture",
            "ml.linear.LogisticRegression", "ml.ensemble.RandomForestClassifier"} <= set(names)


@pytest.mark.parametrize("name", sorted(random_estimators()))
def test_every_random_estimator_defaults_to_seed_zero(name):
    cls = random_estimators()[name]
    assert inspect.signature(cls).parameters["random_state"].default == 0


@pytest.mark.parametrize("model", [KMeans(3, init="random"), GaussianMixture(3)])
def test_clusterers_repeat_their_result_by_default(model):
    rng = np.random.default_rng(5)
    X = rng.normal(size=(120, 2)) + np.repeat([[0, 0], [3, 0], [0, 3]], 40, axis=0)
    first = type(model)(**model.get_params()).fit(X)
    second = type(model)(**model.get_params()).fit(X)
    np.testing.assert_array_equal(first.predict(X), second.predict(X))
