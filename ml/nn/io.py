"""Save a trained ``MLP`` to one ``.npz`` file and load it back, refusing anything doubtful.

The file is a numpy zip archive read with ``allow_pickle=False``: it holds only plain arrays, so
loading a file from someone else cannot run their code. Its keys (format version 1):

====================  ==========================  =============================================
key                   array                       meaning
====================  ==========================  =============================================
``format_version``    int64, shape ()             1; a reader refuses versions it does not know
``sizes``             int64, shape (L+1,)         layer widths, e.g. ``[784, 128, 64, 10]``
``activation``        str, shape ()               hidden activation: relu, sigmoid or tanh
``dtype``             str, shape ()               weight dtype, e.g. ``float32``
``settings``          str, shape ()               JSON: the constructor arguments (epochs, lr,
                                                  seed, ...) and any extra training notes
``test_accuracy``     float64, shape ()           accuracy on the test set, NaN if not measured
``W0``, ``b0``, ...   ``(sizes[i], sizes[i+1])``  weights and biases of Dense layer ``i``
                      and ``(sizes[i+1],)``
====================  ==========================  =============================================

Writing is atomic: the archive goes to a temporary file in the destination folder, which then
replaces the target in one ``os.replace``; a crash never leaves a half-written model behind.
"""

import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from ml.nn.mlp import MLP

__all__ = ["FORMAT_VERSION", "ModelFileError", "load_model", "save_model"]

FORMAT_VERSION = 1
_SETTINGS_KEYS = ("optimizer", "lr", "schedule", "epochs", "batch_size", "l2", "dropout", "seed")


class ModelFileError(ValueError):
    """A file that is not a model this module wrote, or not one this version can read.

    >>> issubclass(ModelFileError, ValueError)  # callers may catch plain ValueError
    True
    """


# --8<-- [start:save]
def save_model(
    model: MLP, path: str | os.PathLike, test_accuracy: float | None = None,
    extra: dict | None = None,
) -> Path:
    """Write ``model`` (fitted) to ``path`` atomically; return the path.

    ``extra`` is merged into the JSON settings (e.g. ``{"augment": True}``). Time and space
    O(params).

    >>> import tempfile, pathlib
    >>> model = MLP(hidden=(3,), n_classes=2).build(n_features=4)
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "tiny.npz"
    >>> loaded = load_model(save_model(model, path, test_accuracy=0.5))
    >>> loaded.sizes, loaded.test_accuracy_
    ([4, 3, 2], 0.5)
    """
    model._check_fitted()
    path = Path(path)
    settings = {**model.get_params(), **(extra or {})}
    arrays: dict[str, np.ndarray] = {
        "format_version": np.array(FORMAT_VERSION, dtype=np.int64),
        "sizes": np.array(model.sizes, dtype=np.int64),
        "activation": np.array(model.activation),
        "dtype": np.array(model.dtype.name),
        "settings": np.array(json.dumps(settings, sort_keys=True)),
        "test_accuracy": np.array(np.nan if test_accuracy is None else test_accuracy,
                                  dtype=np.float64),
    }
    for i, (W, b) in enumerate(model.network_.get_weights()):
        arrays[f"W{i}"], arrays[f"b{i}"] = W, b
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # atomic within one folder
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --8<-- [end:save]


def load_model(path: str | os.PathLike) -> MLP:
    """Read a model written by ``save_model``; raise ``ModelFileError`` for anything else.

    A missing file raises ``FileNotFoundError``. The returned ``MLP`` is ready to predict and
    carries ``test_accuracy_`` (None if not recorded) and ``settings_`` (the JSON settings).
    Time and space O(params).

    >>> load_model("no-such-model.npz")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no model file at no-such-model.npz
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file at {path}")
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):
            raise ModelFileError(f"{path} is not a model file: it holds a single array, not an "
                                 ".npz archive of named arrays")
        with loaded as archive:
            arrays = {key: archive[key] for key in archive.files}
    except ModelFileError:
        raise
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as err:
        raise ModelFileError(f"{path} is not a model file (not a readable .npz archive: "
                             f"{err})") from err
    return _model_from_arrays(arrays, path)


def _model_from_arrays(arrays: dict[str, np.ndarray], path: Path) -> MLP:
    def need(key: str) -> np.ndarray:
        if key not in arrays:
            raise ModelFileError(f"{path} is not a complete model file: key {key!r} is missing")
        return arrays[key]

    try:
        version = int(need("format_version"))
    except (TypeError, ValueError) as err:
        raise ModelFileError(f"{path}: format_version is not an integer") from err
    if version != FORMAT_VERSION:
        raise ModelFileError(f"{path} has model format version {version}; this code reads "
                             f"version {FORMAT_VERSION} only (retrain or convert the model)")
    sizes = need("sizes")
    if sizes.ndim != 1 or len(sizes) < 2 or np.any(sizes < 1):
        raise ModelFileError(f"{path}: sizes must be at least two positive widths, got {sizes}")
    try:
        settings = json.loads(str(need("settings")))
        test_accuracy = float(need("test_accuracy"))
        activation, dtype = str(need("activation")), str(need("dtype"))
        known = {k: settings[k] for k in _SETTINGS_KEYS if k in settings}
        model = MLP(hidden=tuple(int(s) for s in sizes[1:-1]), n_classes=int(sizes[-1]),
                    activation=activation, dtype=np.dtype(dtype), **known)
    except (TypeError, ValueError) as err:
        raise ModelFileError(f"{path} has invalid settings: {err}") from err
    model.build(int(sizes[0]))
    weights = []
    for i in range(len(sizes) - 1):
        W, b = need(f"W{i}"), need(f"b{i}")
        want_W, want_b = (int(sizes[i]), int(sizes[i + 1])), (int(sizes[i + 1]),)
        if W.shape != want_W or b.shape != want_b:
            raise ModelFileError(f"{path}: layer {i} should have W {want_W} and b {want_b}, "
                                 f"found {W.shape} and {b.shape}")
        if W.dtype.kind != "f" or b.dtype.kind != "f":
            raise ModelFileError(f"{path}: layer {i} weights must be floats, found {W.dtype} "
                                 f"and {b.dtype}")
        if not (np.isfinite(W).all() and np.isfinite(b).all()):
            raise ModelFileError(f"{path}: layer {i} holds NaN or infinite weights")
        weights.append((W, b))
    model.network_.set_weights(weights)
    model.settings_ = settings
    model.test_accuracy_ = None if np.isnan(test_accuracy) else test_accuracy
    return model
