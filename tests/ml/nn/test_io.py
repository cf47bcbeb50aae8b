import json
import zipfile

import numpy as np
import pytest

from ml.nn.io import FORMAT_VERSION, ModelFileError, load_model, save_model
from ml.nn.mlp import MLP


@pytest.fixture
def fitted():
    rng = np.random.default_rng(0)
    X = rng.random((120, 6)).astype(np.float32)
    y = rng.integers(0, 4, 120)
    return MLP(hidden=(5, 3), n_classes=4, epochs=2, lr=0.01, random_state=3).fit(X, y), X


def _arrays(path):
    with np.load(path, allow_pickle=False) as f:
        return {k: f[k] for k in f.files}


def test_round_trip_predicts_identically(tmp_path, fitted):
    model, X = fitted
    path = save_model(model, tmp_path / "sub" / "model.npz", test_accuracy=0.875,
                      extra={"augment": True})
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))
    assert loaded.sizes == [6, 5, 3, 4] and loaded.test_accuracy_ == 0.875
    assert loaded.settings_["augment"] is True and loaded.settings_["random_state"] == 3
    assert loaded.lr == 0.01 and loaded.epochs == 2
    assert loaded.get_params() == model.get_params()
    assert not list(tmp_path.glob("sub/.*tmp"))  # no temporary file left behind
    keys = set(_arrays(path))
    assert keys == {"format_version", "sizes", "activation", "dtype", "settings",
                    "test_accuracy", "W0", "b0", "W1", "b1", "W2", "b2"}


def test_a_file_from_before_random_state_loads_its_seed_as_random_state(tmp_path, fitted):
    # files written while MLP took `seed` hold that name in their settings
    model, X = fitted
    path = save_model(model, tmp_path / "old.npz")
    settings = json.loads(str(_arrays(path)["settings"]))
    settings["seed"] = settings.pop("random_state")
    _rewrite(path, settings=np.array(json.dumps(settings, sort_keys=True)))
    loaded = load_model(path)
    assert loaded.random_state == 3 and loaded.get_params() == model.get_params()
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))


def test_a_generator_random_state_is_saved_as_null(tmp_path):
    rng = np.random.default_rng(0)
    X, y = rng.random((30, 3)), rng.integers(0, 2, 30)
    model = MLP(hidden=(4,), n_classes=2, epochs=1, random_state=np.random.default_rng(1))
    loaded = load_model(save_model(model.fit(X, y), tmp_path / "g.npz"))
    assert loaded.random_state is None and loaded.settings_["random_state"] is None
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))


def test_unfitted_model_cannot_be_saved(tmp_path):
    with pytest.raises(ValueError, match="not fitted"):
        save_model(MLP(), tmp_path / "m.npz")


def _rewrite(path, **changes):
    arrays = _arrays(path)
    for key, value in changes.items():
        if value is None:
            del arrays[key]
        else:
            arrays[key] = value
    np.savez(path, **arrays)


@pytest.mark.parametrize(("changes", "message"), [
    ({"format_version": np.array(FORMAT_VERSION + 1)}, "format version 2"),
    ({"W1": None}, "'W1' is missing"),
    ({"settings": None}, "'settings' is missing"),
    ({"W0": np.zeros((6, 4), dtype=np.float32)}, "layer 0 should have W"),
    ({"b2": np.zeros(5, dtype=np.float32)}, "layer 2"),
    ({"W0": np.full((6, 5), np.nan, dtype=np.float32)}, "NaN"),
    ({"W0": np.zeros((6, 5), dtype=np.int64)}, "floats"),
    ({"sizes": np.array([6])}, "sizes"),
    ({"settings": np.array(json.dumps({"lr": -1}))}, "invalid settings"),
])
def test_mismatched_files_are_refused(tmp_path, fitted, changes, message):
    path = save_model(fitted[0], tmp_path / "m.npz")
    _rewrite(path, **changes)
    with pytest.raises(ModelFileError, match=message):
        load_model(path)


def test_not_a_model_file(tmp_path):
    text = tmp_path / "notes.npz"
    text.write_text("this is not a zip archive\n")
    with pytest.raises(ModelFileError, match="not a model file"):
        load_model(text)
    single = tmp_path / "single.npy"
    np.save(single, np.zeros(3))
    with pytest.raises(ModelFileError, match="single array"):
        load_model(single)
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    with pytest.raises(ModelFileError):
        load_model(truncated)
    with pytest.raises(FileNotFoundError, match="no model file"):
        load_model(tmp_path / "missing.npz")
    assert issubclass(ModelFileError, ValueError)


def test_pickled_content_is_refused(tmp_path, fitted):
    path = save_model(fitted[0], tmp_path / "m.npz")
    arrays = _arrays(path)
    arrays["settings"] = np.array([{"evil": 1}], dtype=object)
    np.savez(path, **arrays)
    assert zipfile.is_zipfile(path)
    with pytest.raises(ModelFileError):
        load_model(path)


def test_round_trip_keeps_dropout_and_float64(tmp_path):
    rng = np.random.default_rng(1)
    X, y = rng.random((50, 3)), rng.integers(0, 2, 50)
    model = MLP(hidden=(4,), n_classes=2, epochs=1, dropout=0.3, dtype=np.float64).fit(X, y)
    loaded = load_model(save_model(model, tmp_path / "d.npz"))
    assert loaded.get_params() == model.get_params() and loaded.test_accuracy_ is None
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))


def test_class_names_survive_save_and_load(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.random((60, 3)).astype(np.float32)
    names = np.array(["cat", "dog", "owl"])[rng.integers(0, 3, 60)]
    model = MLP(hidden=(4,), n_classes=3, epochs=2, random_state=0).fit(X, names)
    loaded = load_model(save_model(model, tmp_path / "named.npz"))
    assert loaded.classes_.tolist() == ["cat", "dog", "owl"]
    np.testing.assert_array_equal(loaded.predict(X), model.predict(X))


def test_a_model_file_with_bad_class_names_is_refused(tmp_path, fitted):
    model, _ = fitted
    path = save_model(model, tmp_path / "m.npz")
    arrays = _arrays(path)
    settings = json.loads(str(arrays["settings"]))
    for bad in (["a", "b"], ["d", "c", "b", "a"], [1, "b", "c", "d"], {"x": 1}):
        arrays["settings"] = np.array(json.dumps({**settings, "classes": bad}))
        np.savez(tmp_path / "bad.npz", **arrays)
        with pytest.raises(ModelFileError, match="invalid settings: classes"):
            load_model(tmp_path / "bad.npz")
