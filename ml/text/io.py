"""Model files for the character models: one ``.npz`` of plain arrays, written atomically.

Keys: ``format_version`` (1), ``kind`` (bigram, mlp, rnn or transformer), ``settings`` (JSON: the
constructor arguments), ``chars`` (the vocabulary, in id order), ``report`` (JSON: validation loss,
seconds, the training options) and one array per parameter under ``param/<name>``.

Writing goes to a temporary file in the destination folder, renamed over the target only when
complete, so an interrupted save never leaves a half-written model and never destroys the old
one. Reading uses ``allow_pickle=False`` (a model file can never run code) and checks the kind,
the settings, and every parameter's name, shape and finiteness against the model the settings
build, so a damaged or foreign file is refused with one line (:class:`TextModelFileError`).
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from ml.files import publish
from ml.text.vocab import Vocabulary

__all__ = ["FORMAT_VERSION", "TextModelFileError", "build", "load", "save"]

FORMAT_VERSION = 1


class TextModelFileError(ValueError):
    """A file that is not a character model this code wrote.

    >>> str(TextModelFileError("m.npz", "no 'kind'"))
    "m.npz is not a character-model file this code can read: no 'kind'"
    """

    def __init__(self, path, detail: str) -> None:
        super().__init__(f"{path} is not a character-model file this code can read: {detail}")


def build(kind: str, settings: dict):
    """A fresh model of ``kind`` from its settings (the weights are then loaded or trained).

    >>> build("transformer", {"vocab_size": 5, "block_size": 4, "d": 8, "n_head": 2,
    ...                       "n_layer": 1}).kind
    'transformer'
    """
    import importlib

    classes = {"bigram": "ml.text.bigram:Bigram", "mlp": "ml.text.mlp:MLPLanguageModel",
               "rnn": "ml.text.rnn:RecurrentLanguageModel",
               "transformer": "ml.text.transformer:Transformer"}
    if kind not in classes:
        raise ValueError(f"unknown model kind {kind!r}; choose one of {sorted(classes)}")
    module, _, name = classes[kind].partition(":")
    return getattr(importlib.import_module(module), name)(**settings)


def save(model, vocab: Vocabulary, path: str | os.PathLike, report: dict | None = None) -> Path:
    """Write ``model`` to ``path`` atomically; returns the path.

    >>> import tempfile
    >>> from ml.text.bigram import Bigram
    >>> m = Bigram(3); m.fit(np.array([0, 1, 2, 0]))
    >>> path = save(m, Vocabulary("abc"), Path(tempfile.mkdtemp()) / "m.npz", {"val_loss": 1.0})
    >>> again, vocab, report = load(path)
    >>> again.kind, vocab.chars, report, bool(np.all(again.params["counts"] == m.params["counts"]))
    ('bigram', 'abc', {'val_loss': 1.0}, True)
    """
    path = Path(path)
    arrays = {f"param/{k}": np.asarray(v) for k, v in model.params.items()}
    arrays.update(format_version=np.array(FORMAT_VERSION), kind=np.array(model.kind),
                  settings=np.array(json.dumps(model.settings())), chars=np.array(vocab.chars),
                  report=np.array(json.dumps(report or {})))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        publish(tmp, path)  # mkstemp makes it private; a model file is not
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def load(path: str | os.PathLike):
    """``(model, vocab, report)`` from a file :func:`save` wrote; anything else is refused."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such model file; train one with "
                                "`python -m ml.text train --model transformer --out FILE`")
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, KeyError) as err:
        raise TextModelFileError(path, " ".join(str(err).split()) or type(err).__name__) from None
    return _from_arrays(arrays, path)


def _meta(arrays: dict, key: str, path: Path) -> str:
    if key not in arrays or arrays[key].shape != () or arrays[key].dtype.kind != "U":
        raise TextModelFileError(path, f"{key!r} is missing or not a string")
    return str(arrays[key])


def _from_arrays(arrays: dict, path: Path):
    version = arrays.get("format_version")
    if version is None or version.shape != () or version.dtype.kind not in "iu":
        raise TextModelFileError(path, "'format_version' is missing")
    if int(version) != FORMAT_VERSION:
        raise TextModelFileError(path, f"format version {int(version)}; this code reads "
                                 f"{FORMAT_VERSION} only")
    kind, chars = _meta(arrays, "kind", path), _meta(arrays, "chars", path)
    try:
        settings = json.loads(_meta(arrays, "settings", path))
        report = json.loads(_meta(arrays, "report", path))
        model = build(kind, settings)
    except (TypeError, ValueError) as err:
        raise TextModelFileError(path, f"invalid settings: {err}") from None
    if model.vocab_size != len(chars):
        raise TextModelFileError(path, f"{len(chars)} characters but a model for "
                                 f"{model.vocab_size}")
    for name, p in model.params.items():
        a = arrays.get(f"param/{name}")
        if a is None or a.shape != p.shape or a.dtype.kind not in "fiu":
            raise TextModelFileError(path, f"parameter {name!r} is missing or has the wrong "
                                     f"shape (expected {p.shape})")
        if not np.all(np.isfinite(a)):
            raise TextModelFileError(path, f"parameter {name!r} holds NaN or infinite values")
        p[...] = a
    return model, Vocabulary(chars), report
