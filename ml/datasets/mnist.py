"""MNIST: 70,000 handwritten digits, fetched, verified, cached and loaded.

Where the files come from, in order:

1. a folder you name, with ``load_mnist(data_dir=...)``, ``--data-dir`` on the command line, or the
   environment variable ``MNIST_DIR`` (offline machines, CI);
2. the per-user cache (``$XDG_CACHE_HOME/ml-from-scratch/mnist``, or ``~/.cache/...``);
3. a download into that cache from the public mirrors below, tried in order; the environment
   variable ``MNIST_MIRRORS`` replaces them with your own comma-separated list of base URLs
   (each one must serve ``<base>/train-images-idx3-ubyte.gz`` and the other three files), e.g.
   ``MNIST_MIRRORS=https://example.org/mnist/,file:///srv/mnist/``.

Every file is checked against the SHA-256 of its *decompressed* content, the official values, so a
truncated download, a wrong file or a flipped bit is caught before any model sees it. A download
is written to a hidden ``.<name>.<random>.part`` file beside its destination and renamed into
place only once verified, so the cache never holds a partial file under a real name (a rename
within one folder is atomic). A failed download deletes its partial file; one killed outright
cannot, so partial files older than any live download can be (``DEADLINE`` plus one read
timeout) are deleted whenever the cache is used.

Each read from a server may wait ``timeout`` (30 s) for data, and each attempt at one file from
one mirror has an overall ``DEADLINE`` (600 s): a server that trickles a byte at a time cannot
keep a download alive forever. After the deadline the next mirror is tried.

>>> sorted(FILES)
['test_images', 'test_labels', 'train_images', 'train_labels']
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ml.datasets.download import DownloadDeadline  # noqa: F401  (raised by _fetch; public here)
from ml.datasets.download import describe as _describe
from ml.datasets.download import fetch as _fetch
from ml.datasets.idx import IDXError, decompress, parse_idx
from ml.files import publish

# The constants (ENV_VAR, DEADLINE, ...) stay module-level: other data sets have their own.
__all__ = ["MNIST", "FileSpec", "MNISTError", "load_mnist", "locate", "mirror_list"]

ENV_VAR = "MNIST_DIR"
MIRRORS_ENV_VAR = "MNIST_MIRRORS"
DEADLINE = 600.0  # seconds for one file from one mirror: ~10 MB even at 20 kB/s

MIRRORS: tuple[str, ...] = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)


@dataclass(frozen=True)
class FileSpec:
    """One published file: its name, decompressed SHA-256 and array shape."""

    name: str
    sha256: str
    shape: tuple[int, ...]


FILES: dict[str, FileSpec] = {
    "train_images": FileSpec(
        "train-images-idx3-ubyte",
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db", (60000, 28, 28)),
    "train_labels": FileSpec(
        "train-labels-idx1-ubyte",
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5", (60000,)),
    "test_images": FileSpec(
        "t10k-images-idx3-ubyte",
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7", (10000, 28, 28)),
    "test_labels": FileSpec(
        "t10k-labels-idx1-ubyte",
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2", (10000,)),
}

HOW_TO_PROVIDE = (
    "To use files you already have, put the four MNIST files (gzipped or not) in a folder and "
    f"set {ENV_VAR}=/that/folder (or pass --data-dir). To download them, connect to the network "
    "and try again."
)


class MNISTError(RuntimeError):
    """MNIST could not be provided: the message says which file, what was wrong and what to do."""


def mirror_list(mirrors: Sequence[str] | None = None) -> tuple[str, ...]:
    """The mirrors to try: ``mirrors`` if given, else ``$MNIST_MIRRORS``, else ``MIRRORS``.

    >>> mirror_list(["http://a/", "http://b/"])
    ('http://a/', 'http://b/')
    >>> os.environ.get(MIRRORS_ENV_VAR) is not None or mirror_list() == MIRRORS
    True
    """
    if mirrors is not None:
        return tuple(mirrors)
    value = os.environ.get(MIRRORS_ENV_VAR, "").strip()
    if not value:
        return MIRRORS
    urls = tuple(url.strip() for url in value.split(",") if url.strip())
    bad = [url for url in urls if not url.startswith(("http://", "https://", "file://"))]
    if bad or not urls:
        raise MNISTError(f"${MIRRORS_ENV_VAR} must be a comma-separated list of http://, "
                         f"https:// or file:// base URLs, got {value!r}; fix or unset it")
    return urls


def remove_stale_partials(cache_dir: Path, older_than: float) -> list[Path]:
    """Delete partial downloads (``.<name>.*.part``) last written over ``older_than`` s ago.

    An attempt gives up at its deadline (plus at most one read timeout) after creating its
    partial file, and a file is never last written before it was created; so a partial file
    not written for longer than that belongs to a download that was killed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / ".t10k-labels-idx1-ubyte.x1.part").write_bytes(b"half")
    >>> [p.name for p in remove_stale_partials(folder, older_than=-1)]
    ['.t10k-labels-idx1-ubyte.x1.part']
    """
    removed = []
    now = time.time()
    for spec in FILES.values():
        for part in cache_dir.glob(f".{spec.name}.*.part"):
            try:
                if now - part.stat().st_mtime > older_than:
                    part.unlink()
                    removed.append(part)
            except FileNotFoundError:  # another process cleaned it first
                continue
    return removed


@dataclass(frozen=True)
class MNIST:
    """The four arrays: images ``(n, 28, 28) uint8`` in 0..255, labels ``(n,) uint8`` in 0..9."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


def default_cache_dir() -> Path:
    """The per-user cache folder for MNIST.

    >>> default_cache_dir().parts[-2:]
    ('ml-from-scratch', 'mnist')
    """
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ml-from-scratch" / "mnist"


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``.

    >>> sha256(b"")[:16]
    'e3b0c44298fc1c14'
    """
    return hashlib.sha256(data).hexdigest()


def verify(raw: bytes, spec: FileSpec, where: str) -> np.ndarray:
    """Decompress, check the checksum and shape, and parse one file's bytes.

    >>> verify(b"", FILES["test_labels"], "here")
    Traceback (most recent call last):
    ...
    ml.datasets.mnist.MNISTError: here: this is not t10k-labels-idx1-ubyte: its SHA-256 is ...
    """
    try:
        data = decompress(raw, where)
    except IDXError as err:
        raise MNISTError(str(err)) from err
    digest = sha256(data)
    if digest != spec.sha256:
        raise MNISTError(
            f"{where}: this is not {spec.name}: its SHA-256 is {digest[:12]}… but the official "
            f"file's is {spec.sha256[:12]}…. The file is truncated, corrupt or a different file; "
            "delete it and download it again."
        )
    array = parse_idx(data, where)
    if array.shape != spec.shape:  # cannot happen for the official bytes; guards FILES edits
        raise MNISTError(f"{where}: shape {array.shape}, expected {spec.shape}")
    return array


def _find_in(folder: Path, spec: FileSpec) -> Path:
    for candidate in (folder / (spec.name + ".gz"), folder / spec.name):
        if candidate.is_file():
            return candidate
    raise MNISTError(
        f"{folder}: {spec.name}(.gz) is missing. The folder needs all four MNIST files: "
        + ", ".join(f.name for f in FILES.values()) + ". " + HOW_TO_PROVIDE
    )


def download(spec: FileSpec, cache_dir: Path, mirrors: Sequence[str] | None = None,
             timeout: float = 30.0, progress: bool = True, deadline: float = DEADLINE) -> Path:
    """Fetch ``spec`` from the first mirror that gives the right bytes; cache it atomically.

    The bytes go to a temporary file in ``cache_dir``; only after the checksum matches is it
    renamed to ``<name>.gz``. Every failure (including passing ``deadline`` seconds on one
    mirror) removes the temporary file, then the next mirror is tried; if all fail,
    :class:`MNISTError` says what each one did. ``mirrors`` defaults to :func:`mirror_list`.
    """
    mirrors = mirror_list(mirrors)
    cache_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(cache_dir, older_than=deadline + timeout)
    target = cache_dir / (spec.name + ".gz")
    failures: list[str] = []
    for mirror in mirrors:
        url = mirror.rstrip("/") + "/" + spec.name + ".gz"
        fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.name}.", suffix=".part", dir=cache_dir)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                raw = _fetch(url, out, timeout, deadline, progress, spec.name)
            verify(raw, spec, url)
            publish(tmp, target)
            return target
        except (OSError, http.client.HTTPException, MNISTError, IDXError) as err:
            failures.append(f"{url}: {_describe(err, url)}")
        finally:
            tmp.unlink(missing_ok=True)
    raise MNISTError(f"could not download {spec.name}.gz; every mirror failed: "
                     + "; ".join(failures) + ". " + HOW_TO_PROVIDE)


def locate(data_dir: str | os.PathLike[str] | None = None, cache_dir: Path | None = None,
           mirrors: Sequence[str] | None = None, download_missing: bool = True,
           progress: bool = True) -> dict[str, Path]:
    """Where each of the four files is, downloading into the cache what is missing.

    ``data_dir`` (or ``$MNIST_DIR``) wins and is never written to; otherwise the cache is used.
    """
    folder = data_dir if data_dir is not None else os.environ.get(ENV_VAR) or None
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            source = "data_dir" if data_dir is not None else f"${ENV_VAR}"
            raise MNISTError(f"{folder}: no such folder (from {source}). {HOW_TO_PROVIDE}")
        return {key: _find_in(folder, spec) for key, spec in FILES.items()}
    cache_dir = cache_dir or default_cache_dir()
    if cache_dir.is_dir():
        remove_stale_partials(cache_dir, older_than=DEADLINE + 30.0)
    paths: dict[str, Path] = {}
    for key, spec in FILES.items():
        cached = cache_dir / (spec.name + ".gz")
        if cached.is_file():
            paths[key] = cached
        elif download_missing:
            paths[key] = download(spec, cache_dir, mirrors, progress=progress)
        else:
            raise MNISTError(f"{cached}: not in the cache. {HOW_TO_PROVIDE}")
    return paths


@lru_cache(maxsize=4)
def _load_verified(paths: tuple[tuple[str, Path], ...]) -> MNIST:
    arrays = {key: verify(path.read_bytes(), FILES[key], str(path)) for key, path in paths}
    for array in arrays.values():
        array.setflags(write=False)  # shared between callers through the cache: keep it intact
    return MNIST(arrays["train_images"], arrays["train_labels"],
                 arrays["test_images"], arrays["test_labels"])


def load_mnist(data_dir: str | os.PathLike[str] | None = None, *, cache_dir: Path | None = None,
               mirrors: Sequence[str] | None = None, download: bool = True,
               progress: bool = True) -> MNIST:
    """Load MNIST as four read-only uint8 arrays, verifying every file.

    Returns ``MNIST(x_train (60000, 28, 28), y_train (60000,), x_test (10000, 28, 28),
    y_test (10000,))``. Loading twice in one process reuses the first result.

    >>> data = load_mnist()
    >>> data.x_train.shape, data.y_test[:5]
    ((60000, 28, 28), array([7, 2, 1, 0, 4], dtype=uint8))
    """
    paths = locate(data_dir, cache_dir, mirrors, download, progress)
    return _load_verified(tuple(sorted(paths.items())))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ml.datasets.mnist``: fetch or check the MNIST files (exit 2 on failure)."""
    from ml.cli import run  # imported here: ml.cli itself imports this module

    parser = argparse.ArgumentParser(
        prog="python -m ml.datasets.mnist",
        description="Download MNIST into the cache (or check a folder of MNIST files), verifying "
                    f"each file's SHA-256 against the official value. ${MIRRORS_ENV_VAR} may "
                    "name other mirrors (comma-separated base URLs).")
    parser.add_argument("--data-dir", help=f"check this folder instead of the cache "
                        f"(default: ${ENV_VAR} if set)")
    parser.add_argument("--cache-dir", type=Path,
                        help=f"cache folder (default: {default_cache_dir()})")
    parser.add_argument("--no-download", action="store_true", help="fail instead of downloading")
    return run(_check_or_fetch, parser.parse_args(argv))


def _check_or_fetch(args: argparse.Namespace) -> int:
    data = load_mnist(args.data_dir, cache_dir=args.cache_dir, download=not args.no_download)
    where = locate(args.data_dir, args.cache_dir, download_missing=False)
    for key, path in where.items():
        print(f"{key:13s} {getattr(data, _FIELD[key]).shape!s:16s} ok  {path}")
    return 0


_FIELD = {"train_images": "x_train", "train_labels": "y_train",
          "test_images": "x_test", "test_labels": "y_test"}

if __name__ == "__main__":
    raise SystemExit(main())
