"""The shared contract: every estimator rejects bad input the same clear way."""

import numpy as np
import pytest

from ml.base import NotFittedError, check_array, check_X_y, clone
from ml.bayes import GaussianNB
from ml.discriminant import LinearDiscriminantAnalysis
from ml.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from ml.linear import LinearRegression, LogisticRegression, Perceptron, Ridge
from ml.neighbors import KNeighborsClassifier, KNeighborsRegressor
from ml.svm import LinearSVC
from ml.trees import DecisionTreeClassifier, DecisionTreeRegressor

CLASSIFIERS = [
    lambda: LogisticRegression(max_iter=20),
    lambda: Perceptron(max_iter=5),
    lambda: KNeighborsClassifier(n_neighbors=3),
    GaussianNB,
    LinearDiscriminantAnalysis,
    DecisionTreeClassifier,
    lambda: RandomForestClassifier(n_estimators=3),
    lambda: GradientBoostingClassifier(n_estimators=3),
    lambda: LinearSVC(max_iter=3),
]
REGRESSORS = [
    LinearRegression,
    lambda: LinearRegression(solver="gd", max_iter=20),
    Ridge,
    lambda: KNeighborsRegressor(n_neighbors=3),
    DecisionTreeRegressor,
    lambda: RandomForestRegressor(n_estimators=3),
    lambda: GradientBoostingRegressor(n_estimators=3),
]
ALL = CLASSIFIERS + REGRESSORS


def ids(makers):
    return [repr(m()) for m in makers]


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((20, 3))
    y = (X[:, 0] > 0).astype(int)
    return X, y


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_fit_returns_self_and_predicts_one_value_per_row(make, data):
    X, y = data
    model = make()
    assert model.fit(X, y) is model
    assert model.n_features_in_ == 3
    assert model.predict(X[:7]).shape == (7,)
    assert np.isfinite(model.score(X, y))


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_predict_before_fit_raises_not_fitted(make, data):
    model = make()
    with pytest.raises(NotFittedError, match=rf"{type(model).__name__} is not fitted.*call fit"):
        model.predict(data[0])
    assert issubclass(NotFittedError, ValueError)


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_mismatched_lengths_raise(make, data):
    X, y = data
    with pytest.raises(ValueError, match="X has 20 samples but y has 19"):
        make().fit(X, y[:-1])


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_wrong_feature_count_at_predict_raises(make, data):
    X, y = data
    model = make().fit(X, y)
    with pytest.raises(ValueError, match=r"X has 2 features, but .* was fitted with 3"):
        model.predict(X[:, :2])


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_in_X_raises(make, bad, data):
    X, y = data
    X = X.copy()
    X[3, 1] = bad
    with pytest.raises(ValueError, match="NaN or infinity"):
        make().fit(X, y)
    model = make().fit(data[0], y)
    with pytest.raises(ValueError, match="NaN or infinity"):
        model.predict(X)


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_one_dimensional_X_raises_with_reshape_hint(make, data):
    X, y = data
    with pytest.raises(ValueError, match=r"must be 2-D.*reshape\(-1, 1\)"):
        make().fit(X[:, 0], y)


@pytest.mark.parametrize("make", CLASSIFIERS, ids=ids(CLASSIFIERS))
def test_single_class_raises(make, data):
    X, _ = data
    with pytest.raises(ValueError, match="needs at least 2 classes"):
        make().fit(X, np.zeros(len(X), dtype=int))


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_nan_in_y_raises(make, data):
    X, y = data
    y = y.astype(float)
    y[2] = np.nan
    with pytest.raises(ValueError, match="y contains NaN or infinity"):
        make().fit(X, y)


@pytest.mark.parametrize("make", CLASSIFIERS, ids=ids(CLASSIFIERS))
def test_string_labels_round_trip(make, data):
    X, y = data
    names = np.array(["neg", "pos"])[y]
    model = make().fit(X, names)
    assert set(model.predict(X)) <= {"neg", "pos"}
    assert model.classes_.tolist() == ["neg", "pos"]
    assert model.score(X, names) == pytest.approx(np.mean(model.predict(X) == names))


def test_score_counts_unseen_labels_as_wrong(data):
    X, y = data
    model = GaussianNB().fit(X, y)
    assert model.score(X, np.full(len(X), 7)) == 0.0


def test_regressor_rejects_non_numeric_targets(data):
    X, _ = data
    with pytest.raises(TypeError, match="y must be numeric"):
        LinearRegression().fit(X, np.array(["a"] * len(X)))


def test_check_array_rejects_strings_and_empty():
    with pytest.raises(TypeError, match="must be numeric"):
        check_array([["a", "b"]])
    with pytest.raises(ValueError, match="is empty"):
        check_array(np.zeros((0, 3)))
    with pytest.raises(ValueError, match="no features"):
        check_array(np.zeros((3, 0)))


def test_check_X_y_accepts_column_vector_y():
    _, y = check_X_y([[1.0], [2.0]], [[0], [1]])
    assert y.shape == (2,)


@pytest.mark.parametrize("make", ALL, ids=ids(ALL))
def test_clone_copies_parameters_but_not_learned_state(make, data):
    model = make().fit(*data)
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert not hasattr(copy, "n_features_in_")
