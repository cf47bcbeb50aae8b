"""Save a trained ``MLP`` to one ``.npz`` file and load it back, refusing anything doubtful.

The file is a numpy zip archive of plain arrays (numbers and strings), and the reader never
unpickles anything, so loading a file from someone else cannot run their code. Its keys (format
version 1):

====================  ==========================  =============================================
key                   array                       meaning
====================  ==========================  =============================================
``format_version``    int64, shape ()             1; a reader refuses versions it does not know
``sizes``             int64, shape (L+1,)         layer widths, e.g. ``[784, 128, 64, 10]``
``activation``        str, shape ()               hidden activation: relu, sigmoid or tanh
``dtype``             str, shape ()               weight dtype, e.g. ``float32``
``settings``          str, shape ()               JSON: the constructor arguments (epochs, lr,
                                                  random_state, ...), any extra training
                                                  notes, and ``classes`` when the labels are
                                                  not ``0 .. k-1``
``test_accuracy``     float64, shape ()           accuracy on the test set, NaN if not measured
``W0``, ``b0``, ...   ``(sizes[i], sizes[i+1])``  weights and biases of Dense layer ``i``
                      and ``(sizes[i+1],)``
====================  ==========================  =============================================

Files written before ``MLP`` took ``random_state`` hold ``seed`` in their settings instead; the
reader takes it as ``random_state``, so those files load as they always did. A ``random_state``
that is a ``numpy.random.Generator`` cannot be written down and is saved as ``null``: it
reproduces nothing once used, and the weights are in the file anyway.

Writing is atomic: the archive goes to a temporary file in the destination folder, which then
replaces the target in one ``os.replace``; a crash never leaves a half-written model behind.

Reading trusts nothing in the file. An ``.npz`` is a zip archive with one ``.npy`` member per
array, and each ``.npy`` starts with a small header declaring its dtype and shape. The reader
looks at those headers first and checks every declared shape against ``sizes`` (and against the
member's real length) *before* reading any weights or building the network, so a small file that
declares a huge network is refused without allocating anything. Any fault in the file (not a zip,
a damaged compressed stream, a wrong CRC, strings where numbers belong, objects that would need
pickle) raises ``ModelFileError`` with a one-line message; the command-line tools print it and
exit with status 2.
"""

import json
import os
import struct
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np

from ml.base import check_is_fitted
from ml.files import publish
from ml.nn.mlp import MLP

__all__ = ["FORMAT_VERSION", "ModelFileError", "load_model", "save_model"]

FORMAT_VERSION = 1
_META_KEYS = ("format_version", "sizes", "activation", "dtype", "settings", "test_accuracy")
_META_MAX_BYTES = 1 << 20  # scalars and short strings: anything bigger is not a model's metadata
_NPY_MAGIC = b"\x93NUMPY"
# What reading a damaged archive can raise: zipfile reports a bad CRC as BadZipFile, an
# unsupported compression as NotImplementedError, an encrypted member as RuntimeError; zlib and
# struct report broken streams and headers; numpy a broken .npy header as ValueError.
_READ_ERRORS = (ValueError, OSError, EOFError, KeyError, RuntimeError, NotImplementedError,
                zipfile.BadZipFile, zlib.error, struct.error)
_SETTINGS_KEYS = ("optimizer", "lr", "schedule", "epochs", "batch_size", "l2", "dropout",
                  "random_state")
_RENAMED_SETTINGS = {"seed": "random_state"}  # older files' name -> the constructor's name now


class ModelFileError(ValueError):
    """A file that is not a model this module wrote, or not one this version can read.

    Every message has one form, ``<path> is not a model file this code can read: <why>``.

    >>> err = ModelFileError("m.npz", "key 'W1' is missing")
    >>> str(err), isinstance(err, ValueError)  # callers may catch plain ValueError
    ("m.npz is not a model file this code can read: key 'W1' is missing", True)
    """

    def __init__(self, path: str | os.PathLike, detail: str) -> None:
        super().__init__(f"{path} is not a model file this code can read: {detail}")
        self.path, self.detail = Path(path), detail


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
    check_is_fitted(model, "network_")
    path = Path(path)
    settings = {**model.get_params(), **(extra or {})}
    if isinstance(settings["random_state"], np.random.Generator):
        settings["random_state"] = None  # not JSON, and spent: see the module docstring
    if not np.array_equal(model.classes_, np.arange(model.n_classes)):
        settings["classes"] = model.classes_.tolist()  # class names; plain JSON values
    arrays: dict[str, np.ndarray] = {
        "format_version": np.array(FORMAT_VERSION, dtype=np.int64),
        "sizes": np.array(model.sizes, dtype=np.int64),
        "activation": np.array(model.activation),
        "dtype": np.array(np.dtype(model.dtype).name),
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
        publish(tmp, path)  # atomic within one folder, with a plain file's permissions
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path




def load_model(path: str | os.PathLike) -> MLP:
    """Read a model written by ``save_model``; raise ``ModelFileError`` for anything else.

    A missing file raises ``FileNotFoundError``. The returned ``MLP`` is ready to predict and
    carries ``test_accuracy_`` (None if not recorded) and ``settings_`` (the JSON settings).
    Time and space O(params), never more than the arrays the header declares.

    >>> load_model("no-such-model.npz")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no model file at no-such-model.npz
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file at {path}")
    with open(path, "rb") as f:
        start = f.read(len(_NPY_MAGIC))
    if start == _NPY_MAGIC:
        raise ModelFileError(path, "it holds a single array, not an .npz archive of named "
                             "arrays")
    if not zipfile.is_zipfile(path):
        raise ModelFileError(path, "it is not an .npz (zip) archive; give a file written by "
                             "`python -m ml.mnist train`")
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_model(_Archive(archive, path))
    except ModelFileError:
        raise
    except _READ_ERRORS as err:
        detail = " ".join(str(err).split())[:120] or type(err).__name__
        raise ModelFileError(path, f"damaged archive ({detail})") from err


class _Archive:
    """The ``.npy`` members of an open ``.npz``, read header first, data only when asked."""

    def __init__(self, archive: zipfile.ZipFile, path: Path) -> None:
        self.archive, self.path = archive, path
        self.members = {info.filename.removesuffix(".npy"): info
                        for info in archive.infolist() if info.filename.endswith(".npy")}

    def header(self, key: str) -> tuple[tuple[int, ...], np.dtype, int]:
        """Declared shape, dtype and header length of member ``key`` (reads a few bytes)."""
        if key not in self.members:
            raise ModelFileError(self.path, f"key {key!r} is missing")
        with self.archive.open(self.members[key]) as f:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise ModelFileError(self.path, f"array {key!r} uses .npy format {version}, "
                                     "which model files never use")
            offset = f.tell()
        if dtype.hasobject:  # reading it would need pickle, which can run any code
            raise ModelFileError(self.path, f"array {key!r} holds Python objects; a model "
                                 "file holds numbers and strings only")
        if fortran and len(shape) > 1:
            raise ModelFileError(self.path, f"array {key!r} is stored in Fortran order, "
                                 "which save_model never writes")
        nbytes = int(np.prod(shape, dtype=object)) * dtype.itemsize  # Python ints: no overflow
        if offset + nbytes != self.members[key].file_size:
            raise ModelFileError(self.path, f"array {key!r} declares {nbytes} bytes of data "
                                 "but its member in the archive has a different length")
        return tuple(shape), dtype, offset

    def read(self, key: str) -> np.ndarray:
        """The array ``key``; call only after its declared shape was checked."""
        shape, dtype, offset = self.header(key)
        nbytes = int(np.prod(shape, dtype=object)) * dtype.itemsize
        with self.archive.open(self.members[key]) as f:
            f.read(offset)
            data = f.read(nbytes)
            if len(data) != nbytes or f.read(1):  # reading to the end also checks the CRC
                raise ModelFileError(self.path, f"array {key!r} is truncated or too long")
        return np.frombuffer(data, dtype=dtype).reshape(shape)  # read-only: only copied from


def _read_model(archive: _Archive) -> MLP:
    """The version, the metadata (small, capped), every weight's declared shape, the weights."""
    meta = {key: _read_meta(archive, key) for key in _META_KEYS[:1]}
    _check_version(meta["format_version"], archive.path)
    meta.update({key: _read_meta(archive, key) for key in _META_KEYS[1:]})
    sizes = _check_sizes(meta["sizes"], archive.path)
    for i in range(len(sizes) - 1):
        for name, want in ((f"W{i}", (sizes[i], sizes[i + 1])), (f"b{i}", (sizes[i + 1],))):
            shape, dtype, _ = archive.header(name)
            if shape != want:
                raise ModelFileError(archive.path, f"layer {i} should have {name[0]} of shape "
                                     f"{want} (from sizes {sizes}), found {shape}")
            if dtype.kind != "f":
                raise ModelFileError(archive.path, f"layer {i} weights must be floats, "
                                     f"found {dtype}")
    weights = {f"{n}{i}": archive.read(f"{n}{i}") for i in range(len(sizes) - 1) for n in "Wb"}
    return _model_from_arrays({**meta, **weights}, archive.path)


def _read_meta(archive: _Archive, key: str) -> np.ndarray:
    shape, dtype, _ = archive.header(key)
    if int(np.prod(shape, dtype=object)) * dtype.itemsize > _META_MAX_BYTES:
        raise ModelFileError(archive.path, f"{key!r} declares {shape} items of {dtype}, far "
                             "more than a model's metadata")
    return archive.read(key)


def _check_version(array: np.ndarray, path: Path) -> None:
    if array.shape != () or array.dtype.kind not in "iu":
        raise ModelFileError(path, "format_version is not an integer")
    if int(array) != FORMAT_VERSION:
        raise ModelFileError(path, f"it has model format version {int(array)}; this code "
                             f"reads version {FORMAT_VERSION} only (retrain or convert the model)")


def _check_sizes(sizes: np.ndarray, path: Path) -> list[int]:
    if sizes.dtype.kind not in "iu" or sizes.ndim != 1 or len(sizes) < 2 or np.any(sizes < 1):
        raise ModelFileError(path, f"sizes must be at least two positive integer widths, got "
                             f"{sizes.tolist()!r:.80}")
    return [int(s) for s in sizes]


def _model_from_arrays(arrays: dict[str, np.ndarray], path: Path) -> MLP:
    """The model from arrays whose shapes ``_read_model`` has checked."""
    sizes = _check_sizes(arrays["sizes"], path)
    try:
        settings = json.loads(str(arrays["settings"]))
        if not isinstance(settings, dict):
            raise ValueError(f"settings must be a JSON object, got {type(settings).__name__}")
        test_accuracy = float(arrays["test_accuracy"])
        activation, dtype = str(arrays["activation"]), str(arrays["dtype"])
        legacy = {new: settings[old] for old, new in _RENAMED_SETTINGS.items() if old in settings}
        known = {k: v for k, v in {**legacy, **settings}.items() if k in _SETTINGS_KEYS}
        model = MLP(hidden=tuple(int(s) for s in sizes[1:-1]), n_classes=int(sizes[-1]),
                    activation=activation, dtype=np.dtype(dtype), **known)
        classes = _check_classes(settings.get("classes"), int(sizes[-1]))
    except (TypeError, ValueError, OverflowError) as err:
        raise ModelFileError(path, f"invalid settings: {err}") from err
    weights = []
    for i in range(len(sizes) - 1):
        W, b = arrays[f"W{i}"], arrays[f"b{i}"]
        if not (np.isfinite(W).all() and np.isfinite(b).all()):
            raise ModelFileError(path, f"layer {i} holds NaN or infinite weights")
        weights.append((W, b))
    return model.restore(weights, classes, settings,
                         None if np.isnan(test_accuracy) else test_accuracy)


def _check_classes(classes, n_classes: int) -> np.ndarray | None:
    """The saved class names as an array, or None for the default ``0 .. n_classes - 1``."""
    if classes is None:
        return None
    kinds = {type(c) for c in classes} if isinstance(classes, list) else set()
    if kinds not in ({str}, {int}) or len(classes) != n_classes:  # bool is not int here
        raise ValueError(f"classes must list {n_classes} strings or {n_classes} integers")
    array = np.asarray(classes)
    if not np.all(array[:-1] < array[1:]):
        raise ValueError("classes must be distinct and sorted")
    return array
