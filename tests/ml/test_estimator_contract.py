"""The estimator contract of ``ml.base``, run over every estimator the ``ml`` package defines.

Nobody keeps the list by hand: the test imports every module of ``ml`` and collects each class
that subclasses :class:`ml.base.BaseEstimator`, so a new estimator is checked the day it is
written. A class with a ``fit`` method that is *not* a ``BaseEstimator`` must be named in
``NOT_ESTIMATORS`` with the reason, so nothing slips past the contract unnoticed.

The contract: ``get_params`` returns exactly the ``__init__`` arguments; ``repr`` shows them all
and evaluates back to an equal estimator; ``clone`` gives an unfitted copy; using a model before
``fit`` raises ``NotFittedError``; ``fit`` returns ``self``; ``predict`` gives one value per row,
``predict_proba`` one row of probabilities per sample, ``transform`` one row per sample;
``score`` is a float; classifiers take string labels and predict labels from ``classes_``;
randomness is asked for as ``random_state`` (default 0), never as ``seed``.
"""

import importlib
import inspect
import pkgutil

import numpy as np
import pytest

import ml
from ml.base import BaseEstimator, NotFittedError, clone

# modules that are programs or scripts rather than library code: importing them would run them
SKIPPED_MODULES = ("__main__", "ml.nn.examples")
NOT_ESTIMATORS = {
    # the teaching network takes epochs and lr in fit, to mirror the vectorised loop line by line
    "ml.nn.neuron.LoopNetwork": "neuron-by-neuron teaching model, not an estimator",
    # a language model is fitted on one stream of character ids, not on (X, y) rows; its
    # contract (fit, evaluate in nats per character, sample) is tested in tests/ml/text
    "ml.text.bigram.Bigram": "counts a character stream; the language models' own contract",
}
# settings that keep each fit small and fast; every other estimator runs with its defaults
QUICK = {
    "MLP": {"hidden": (8,), "n_classes": 2, "epochs": 3, "batch_size": 16},
    "ConvNet": {"channels": (2,), "n_classes": 2, "epochs": 1, "batch_size": 16},
}
IMAGE_INPUT = {"ConvNet"}  # estimators that read grey images (n, h, w) instead of a table
METHODS_BEFORE_FIT = ("predict", "predict_proba", "decision_function", "transform", "score")


def _library_modules():
    for info in pkgutil.walk_packages(ml.__path__, prefix="ml."):
        if not any(part in info.name for part in SKIPPED_MODULES):
            yield importlib.import_module(info.name)


def _classes_with_fit() -> dict[str, type]:
    found = {}
    for module in _library_modules():
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and obj.__module__ == module.__name__
                    and not name.startswith("_") and callable(getattr(obj, "fit", None))
                    and not inspect.isabstract(obj)):  # a base class such as NeuralClassifier
                found[f"{module.__name__}.{obj.__qualname__}"] = obj  # an alias counts once
    return found


CLASSES = _classes_with_fit()
ESTIMATORS = {name: cls for name, cls in CLASSES.items() if issubclass(cls, BaseEstimator)}


def _make(cls):
    return cls(**QUICK.get(cls.__name__, {}))


def _data(cls, labels=None):
    rng = np.random.default_rng(0)
    if cls.__name__ in IMAGE_INPUT:
        X = rng.random((40, 8, 8))
        y = (X[:, :, :4].mean(axis=(1, 2)) > X[:, :, 4:].mean(axis=(1, 2))).astype(int)
    else:
        X = rng.standard_normal((40, 3))
        y = (X[:, 0] > 0).astype(int)
    if getattr(cls, "_estimator_type", None) == "regressor":
        y = X.reshape(len(X), -1)[:, 0] * 2.0 + 1.0
    elif labels is not None:
        y = np.asarray(labels)[y]
    return X, y


def test_the_walk_finds_every_kind_of_estimator():
    names = set(ESTIMATORS)
    assert {"ml.linear.logistic.LogisticRegression", "ml.cluster.kmeans.KMeans",
            "ml.decomposition.pca.PCA", "ml.nn.mlp.MLP", "ml.cnn.model.ConvNet",
            "ml.preprocessing.scaling.StandardScaler"} <= names
    assert len(names) >= 24


@pytest.mark.parametrize("name", sorted(set(CLASSES) - set(ESTIMATORS)))
def test_every_class_with_fit_is_an_estimator_or_says_why_not(name):
    assert name in NOT_ESTIMATORS, f"{name} has fit() but is not an ml.base.BaseEstimator"


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_params_repr_and_clone(name):
    cls = ESTIMATORS[name]
    model = _make(cls)
    params = model.get_params()
    init = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
    assert list(params) == init
    again = eval(repr(model), {cls.__name__: cls})  # every parameter shown, in evaluable form
    assert repr(again) == repr(model) and again.get_params() == params
    twin = clone(model)
    assert twin is not model and repr(twin) == repr(model)


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_randomness_is_asked_for_as_random_state_defaulting_to_0(name):
    # one name for one idea (ml/base.py): the networks once took `seed` instead
    init = inspect.signature(ESTIMATORS[name].__init__).parameters
    assert not {"seed", "rng", "random_seed"} & set(init), name
    if "random_state" in init:
        assert init["random_state"].default == 0


def test_the_networks_take_random_state():
    for name in ("ml.nn.mlp.MLP", "ml.cnn.model.ConvNet"):
        assert "random_state" in inspect.signature(ESTIMATORS[name].__init__).parameters


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_use_before_fit_raises_not_fitted(name):
    cls = ESTIMATORS[name]
    X, y = _data(cls)
    model = _make(cls)
    methods = [m for m in METHODS_BEFORE_FIT if hasattr(model, m)]
    for method in methods:
        args = (X, y) if method == "score" else (X,)
        with pytest.raises(NotFittedError):
            getattr(model, method)(*args)


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_fit_returns_self_and_outputs_have_one_row_per_sample(name):
    cls = ESTIMATORS[name]
    X, y = _data(cls)
    model = _make(cls)
    assert model.fit(X, y) is model
    n = len(X)
    if hasattr(model, "predict"):
        assert model.predict(X).shape == (n,)
    if hasattr(model, "predict_proba"):
        proba = model.predict_proba(X)
        assert proba.shape[0] == n and np.allclose(proba.sum(axis=1), 1.0, atol=1e-5)
    if hasattr(model, "transform"):
        assert model.transform(X).shape[0] == n
    if hasattr(model, "fit_transform"):
        assert model.fit_transform(X).shape[0] == n
    if hasattr(model, "fit_predict"):
        assert model.fit_predict(X).shape == (n,)
    if hasattr(model, "score"):
        assert isinstance(model.score(X, y), float)
    fresh = clone(model)
    assert not hasattr(fresh, "n_features_in_")  # learned state is never copied


@pytest.mark.parametrize("name", sorted(n for n, c in ESTIMATORS.items()
                                        if getattr(c, "_estimator_type", None) == "classifier"))
def test_classifiers_take_string_labels(name):
    cls = ESTIMATORS[name]
    X, y = _data(cls, labels=["no", "yes"])
    model = _make(cls).fit(X, y)
    assert model.classes_.tolist() == ["no", "yes"]
    assert set(model.predict(X).tolist()) <= {"no", "yes"}
    if hasattr(model, "predict_proba"):
        assert model.predict_proba(X).shape == (len(X), 2)
    assert 0.0 <= model.score(X, y) <= 1.0
