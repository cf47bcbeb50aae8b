"""The network estimators keep the ``ml.base`` contract: NotFittedError, class names in
``classes_``, full and evaluable ``repr``, and a model that is refitted forgets its old shape."""

import numpy as np
import pytest

from ml.base import NotFittedError, clone
from ml.cnn import ConvNet
from ml.nn import MLP


def _names(n=90, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    X = (np.eye(3)[y] * 3 + rng.standard_normal((n, 3))).astype(np.float32)
    return X, np.array(["ant", "bee", "cat"])[y]


def test_mlp_learns_class_names_and_monitors_named_eval_sets():
    X, y = _names()
    model = MLP(hidden=(8,), n_classes=3, epochs=20, batch_size=16, lr=0.02)
    model.fit(X, y, eval_sets={"val": _names(seed=1)})
    assert model.classes_.tolist() == ["ant", "bee", "cat"]
    assert model.score(*_names(seed=2)) > 0.9
    assert model.history_["val_accuracy"][-1] > 0.9
    with pytest.raises(ValueError, match=r"never seen in fit, e\.g\. 'dog'"):
        model.fit(X, y, eval_sets={"val": (X[:2], np.array(["ant", "dog"]))})


def test_class_names_must_match_the_number_of_outputs():
    X, y = _names()
    with pytest.raises(ValueError, match=r"3 distinct labels .* n_classes=10 .* set n_classes=3"):
        MLP(hidden=(4,), epochs=1).fit(X, y)


def test_integer_labels_keep_every_output_even_when_a_class_is_missing():
    X, _ = _names()
    model = MLP(hidden=(4,), n_classes=5, epochs=1).fit(X, np.arange(90) % 3)
    assert model.classes_.tolist() == [0, 1, 2, 3, 4]
    assert model.predict_proba(X).shape == (90, 5)


@pytest.mark.parametrize("model", [MLP(), ConvNet()])
def test_unfitted_models_raise_not_fitted_error(model):
    X = np.zeros((2, 8, 8)) if isinstance(model, ConvNet) else np.zeros((2, 4))
    for method in (model.predict, model.predict_proba, model.decision_function):
        with pytest.raises(NotFittedError, match="not fitted yet"):
            method(X)
    with pytest.raises(NotFittedError):
        _ = model.n_params


def test_repr_shows_every_parameter_and_clone_copies_them():
    model = ConvNet(channels=(3,), n_classes=4, batchnorm=True, dtype=np.float64)
    assert repr(model) == ("ConvNet(channels=(3,), n_classes=4, epochs=3, batch_size=64, "
                           "lr=0.002, schedule='cosine', batchnorm=True, random_state=0, "
                           "dtype='float64')")
    assert repr(clone(model)) == repr(model)
    assert len(MLP().get_params()) == 12 and "dropout=0.0" in repr(MLP())


def test_a_convnet_refitted_on_other_images_forgets_the_old_shape():
    rng = np.random.default_rng(0)
    model = ConvNet(channels=(2,), n_classes=2, epochs=1, batch_size=8)
    model.fit(rng.random((16, 8, 8)), np.arange(16) % 2)
    model.fit(rng.random((16, 12, 12)), np.arange(16) % 2)  # used to fail: "fitted on (1, 8, 8)"
    assert model.input_shape_ == (1, 12, 12)
    assert model.predict(rng.random((3, 12, 12))).shape == (3,)


def test_restore_is_how_a_model_takes_saved_weights():
    W = [(np.eye(2, dtype=np.float32), np.zeros(2, dtype=np.float32)),
         (np.eye(2, dtype=np.float32), np.array([0.0, 1.0], dtype=np.float32))]
    model = MLP(hidden=(2,), n_classes=2).restore(W, classes=["no", "yes"],
                                                  settings={"note": 1}, test_accuracy=0.5)
    assert model.predict(np.zeros((1, 2))).tolist() == ["yes"]
    assert model.settings_ == {"note": 1} and model.test_accuracy_ == 0.5
    with pytest.raises(ValueError, match="3 classes for 2 outputs"):
        MLP(hidden=(2,), n_classes=2).restore(W, classes=["a", "b", "c"])
