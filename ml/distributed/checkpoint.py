"""Checkpoints: what a restarted job needs to carry on as if it had never stopped.

A synchronous job is only as reliable as its least reliable worker: when one process dies, MPI
cannot finish the collective the others are waiting in, so ``mpirun`` ends the whole job. The
cure is to save the state every ``K`` steps and restart from the last save. The state is small:

- the step count (which fixes the epoch and the position in it, because the batch order is a
  function of the seed and the epoch alone, see :func:`ml.distributed.sgd.batch_order`);
- the parameters (one buffer);
- the optimizer's running state (Momentum's velocity, Adam's moments and step count);
- the settings of the run, so that resuming with different ones is refused.

All workers hold the same state, so worker 0 alone writes. It writes to a temporary file and
renames it over the old checkpoint (``os.replace`` is atomic): a job killed while saving leaves
the previous checkpoint intact, never half a file. The file is a plain ``.npz`` read without
pickle. Work since the last save (at most ``K - 1`` steps) is done again after a restart.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from ml.files import publish
from ml.nn.optim import Optimizer

__all__ = ["CheckpointError", "load_checkpoint", "optimizer_state", "restore_optimizer",
           "save_checkpoint"]


class CheckpointError(ValueError):
    """A checkpoint that cannot be read, or belongs to a different run."""


def optimizer_state(optimizer: Optimizer) -> dict[str, np.ndarray]:
    """The optimizer's running state as named arrays: its ``state_dict`` (empty for SGD, the
    step count alone before the first step), the step count as a 0-d array.

    >>> from ml.nn.optim import Momentum
    >>> opt, p = Momentum(lr=0.1), np.zeros(2)
    >>> opt.step([p], [np.ones(2)])
    >>> {k: v.tolist() for k, v in optimizer_state(opt).items()}
    {'t': 1, 'v': [1.0, 1.0]}
    """
    return {k: np.asarray(v) for k, v in optimizer.state_dict().items()}


def restore_optimizer(optimizer: Optimizer, params: list[np.ndarray],
                      arrays: dict[str, np.ndarray]) -> None:
    """Put the state that :func:`optimizer_state` saved back into a fresh ``optimizer`` that
    will step ``params``; a state of another optimizer or network raises ``CheckpointError``.

    Checkpoints written before the optimizers had ``state_dict`` keep one array per parameter
    array, ``state.<i>.<name>``; they are read too.
    """
    state = _joined_legacy(arrays)
    sizes = {np.size(a) for k, a in state.items() if k != "t"}
    total = sum(p.size for p in params)
    if sizes and sizes != {total}:
        raise CheckpointError(f"the checkpoint's optimizer state has {sizes.pop()} entries per "
                              f"array, the network {total} parameters")
    try:
        optimizer.load_state_dict(state)
    except ValueError as err:
        raise CheckpointError(f"the checkpoint's optimizer state does not fit: {err}") from None


def _joined_legacy(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``state.<i>.<name>`` arrays (the old layout) joined into one 1-D array per name."""
    legacy = sorted(((int(k.split(".")[1]), k.split(".")[2], a) for k, a in arrays.items()
                     if k.startswith("state.")), key=lambda item: item[0])
    state = {k: a for k, a in arrays.items() if not k.startswith("state.")}
    for name in dict.fromkeys(name for _, name, _ in legacy):
        state[name] = np.concatenate([np.ravel(a) for _, n, a in legacy if n == name])
    return state


def save_checkpoint(path: str | os.PathLike, step: int, params: np.ndarray,
                    optimizer: Optimizer, settings: dict) -> Path:
    """Write the state after ``step`` steps to ``path`` atomically; return the path."""
    path = Path(path)
    arrays = {"step": np.array(step), "params": params,
              "settings": np.array(json.dumps(settings, sort_keys=True)),
              **{f"opt.{k}": v for k, v in optimizer_state(optimizer).items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_checkpoint(path: str | os.PathLike, settings: dict) -> tuple[int, np.ndarray, dict]:
    """``(step, params, optimizer arrays)`` from ``path``, refused unless its run's ``settings``
    equal these (resuming a different run would silently mix two trainings).

    >>> import tempfile, pathlib
    >>> from ml.nn.optim import SGD
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "ckpt.npz"
    >>> _ = save_checkpoint(f, 7, np.zeros(3), SGD(lr=0.1), {"lr": 0.1})
    >>> load_checkpoint(f, {"lr": 0.1})[0]
    7
    >>> load_checkpoint(f, {"lr": 0.5})
    Traceback (most recent call last):
    ...
    ml.distributed.checkpoint.CheckpointError: checkpoint ... was written by a run with other \
settings (lr: 0.1 there, 0.5 here); resume with the same options or choose another --checkpoint
    """
    try:
        with np.load(path, allow_pickle=False) as f:
            arrays = {k: f[k] for k in f.files}
        step, params, saved = int(arrays["step"]), arrays["params"], json.loads(
            str(arrays["settings"]))
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as err:
        raise CheckpointError(f"cannot read checkpoint {path} ({err}); delete it to start "
                              "afresh") from None
    if saved != settings:
        diff = "; ".join(f"{k}: {saved.get(k)} there, {settings.get(k)} here"
                         for k in sorted(set(saved) | set(settings))
                         if saved.get(k) != settings.get(k))
        raise CheckpointError(f"checkpoint {path} was written by a run with other settings "
                              f"({diff}); resume with the same options or choose another "
                              "--checkpoint")
    return step, params, {k[4:]: v for k, v in arrays.items() if k.startswith("opt.")}
