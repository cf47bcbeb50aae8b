"""What every ``python -m ml.…`` training command shares: its options and its error handling.

``python -m ml.mnist`` and ``python -m ml.cnn`` read the same data and train the same way, so an
option with one name means one thing in both: ``--data-dir``, ``--limit``, ``--epochs``,
``--batch-size``, ``--lr``, ``--seed`` and ``--threads`` are declared here once.

A mistake a user can make (a missing file, a corrupt model, a number out of range, a run that
diverges, an output path that cannot be written) ends the command with one line on standard
error, ``error: <what is wrong and what to do>``, and exit status 2; a traceback would bury the
message. Options are checked before any work starts, so a bad ``--out`` is reported in a second,
not after an hour of training, and nothing is ever half-written.

>>> import argparse
>>> p = argparse.ArgumentParser()
>>> add_threads_option(p)
>>> run(lambda args: 0, p.parse_args(["--threads", "-1"]))  # prints "error: --threads ..."
2
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["DEFAULT_NOTE", "USER_ERRORS", "add_data_options", "add_run_options",
           "add_threads_option", "check_finite", "check_limit", "check_output_file",
           "check_output_folder", "run"]

DEFAULT_NOTE = " (default: %(default)s)"


def user_errors() -> tuple[type[BaseException], ...]:
    """The exception types that mean "the user's input is wrong", not "the code is wrong".

    ``MNISTError`` (no data, a failed download) is a ``RuntimeError``; other RuntimeErrors are
    bugs and keep their traceback.

    >>> FloatingPointError in user_errors()
    True
    """
    from ml.datasets.mnist import MNISTError

    return (OSError, ValueError, FloatingPointError, MNISTError)


USER_ERRORS = user_errors()


def add_threads_option(p: argparse.ArgumentParser) -> None:
    """``--threads N``: BLAS threads for the matrix products, 0 for the library's default."""
    p.add_argument("--threads", type=int, default=1, metavar="N",
                   help="BLAS threads for the matrix products; 0 keeps the library's default. "
                        "One is fastest for these small networks on a shared machine"
                        + DEFAULT_NOTE)


def add_data_options(p: argparse.ArgumentParser, limit_help: str) -> None:
    """``--data-dir`` (where MNIST is) and ``--limit N`` (use the first N images only)."""
    p.add_argument("--data-dir", default=None,
                   help="folder with the four MNIST IDX files (default: $MNIST_DIR, else the "
                        "download cache)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help=limit_help)


def add_run_options(p: argparse.ArgumentParser, epochs: int, batch_size: int, lr: float,
                         seed: int) -> None:
    """The options of every training run, with the model's own defaults."""
    p.add_argument("--epochs", type=int, default=epochs,
                   help="passes over the training set" + DEFAULT_NOTE)
    p.add_argument("--batch-size", type=int, default=batch_size,
                   help="examples per gradient step" + DEFAULT_NOTE)
    p.add_argument("--lr", type=float, default=lr, help="initial learning rate" + DEFAULT_NOTE)
    p.add_argument("--seed", type=int, default=seed,
                   help="seed for the weights, the batch order and any other randomness"
                        + DEFAULT_NOTE)


def check_limit(limit: int | None, available: int, what: str = "images") -> int:
    """How many items ``--limit`` asks for: all when None, else 1..``available``.

    >>> check_limit(None, 10), check_limit(3, 10), check_limit(50, 10)
    (10, 3, 10)
    >>> check_limit(-5, 10)
    Traceback (most recent call last):
    ...
    ValueError: --limit must be at least 1 (the number of images to use), got -5
    """
    if limit is None:
        return available
    if limit < 1:
        raise ValueError(f"--limit must be at least 1 (the number of {what} to use), got {limit}")
    return min(limit, available)


def check_finite(**options: float) -> None:
    """Refuse NaN and infinite values for float options (``--lr nan`` would train on NaN).

    >>> check_finite(lr=0.1, l2=0.0)
    >>> check_finite(lr=float("inf"))
    Traceback (most recent call last):
    ...
    ValueError: --lr must be a finite number, got inf
    """
    for name, value in options.items():
        if not math.isfinite(value):
            raise ValueError(f"--{name.replace('_', '-')} must be a finite number, got {value}")


def _nearest_existing(path: Path) -> Path:
    """``path`` or its closest ancestor that exists (where new folders would be created)."""
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _check_writable_folder(folder: Path, option: str, target: Path) -> None:
    existing = _nearest_existing(folder)
    if not existing.is_dir():
        raise ValueError(f"{option} {target}: {existing} is a file, not a folder; choose "
                         "another path")
    try:  # the only reliable test (permissions, read-only mounts, ACLs): try to write there
        fd, probe = tempfile.mkstemp(prefix=".write-test.", dir=existing)
        os.close(fd)
        os.unlink(probe)
    except OSError as err:
        raise ValueError(f"{option} {target}: cannot write in {existing} ({err.strerror}); "
                         "choose a folder you can write to") from None


def check_output_file(path: str | os.PathLike, option: str = "--out") -> Path:
    """Check, before any work, that a file can be written at ``path``; return it as a Path.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> check_output_file(folder)
    Traceback (most recent call last):
    ...
    ValueError: --out ... is a folder; give a file name, e.g. .../model.npz
    """
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{option} {path} is a folder; give a file name, e.g. "
                         f"{path / 'model.npz'}")
    _check_writable_folder(path.parent, option, path)
    return path


def check_output_folder(path: str | os.PathLike, option: str = "--out") -> Path:
    """Check, before any work, that files can be written into the folder ``path``.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a-file"
    >>> _ = f.write_text("x")
    >>> check_output_folder(f)
    Traceback (most recent call last):
    ...
    ValueError: --out .../a-file: ... is a file, not a folder; choose another path
    """
    path = Path(path)
    _check_writable_folder(path, option, path)
    return path


def run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run ``command(args)`` with ``--threads`` applied; turn a user error into one line.

    Returns the command's exit status, or 2 after printing ``error: ...`` to stderr.
    """
    from ml.nn.blas import blas_threads

    threads = getattr(args, "threads", 1)
    try:
        if threads < 0:
            raise ValueError(f"--threads must be 0 (the library's default) or more, got "
                             f"{threads}")
        with blas_threads(threads or None):
            return command(args)
    except USER_ERRORS as err:
        message = _diverged(err, args) or str(err) or type(err).__name__
        print("error: " + " ".join(message.split()), file=sys.stderr)  # one line, always
        return 2


def _diverged(err: BaseException, args: argparse.Namespace) -> str | None:
    """For a diverged run, what the user needs: which option to change, and that nothing was
    written (the weights restored in memory die with the process)."""
    from ml.nn.training import TrainingDiverged

    if not isinstance(err, TrainingDiverged):
        return None
    out = getattr(args, "out", None)
    if out is None:
        kept = "nothing was saved"
    else:
        kept = f"{out} is unchanged" if Path(out).exists() else f"nothing was written to {out}"
    return f"training diverged: {err.what}. Try a smaller --lr than {err.lr:g}; {kept}."
