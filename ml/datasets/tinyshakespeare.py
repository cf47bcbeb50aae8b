"""tinyshakespeare: 1,115,394 characters of Shakespeare, the classic character-level corpus.

Where the text comes from, in order (the same order as :mod:`ml.datasets.mnist`):

1. a folder you name, with ``load_tinyshakespeare(data_dir=...)``, ``--data-dir`` on the
   command line, or the environment variable ``TINYSHAKESPEARE_DIR`` (offline machines, CI);
2. the per-user cache (``$XDG_CACHE_HOME/ml-from-scratch/tinyshakespeare``, or ``~/.cache/...``);
3. a download into that cache from the public mirrors below, tried in order
   (``TINYSHAKESPEARE_MIRRORS`` replaces them with your own comma-separated list of full URLs).

The file is checked against its SHA-256 before use, so a truncated download or a different
edition of the text is refused instead of silently giving different losses. A download goes to a
hidden ``.input.txt.<random>.part`` file beside its destination and is renamed into place only once
verified (a rename within one folder is atomic), so the cache never holds a partial file under
the real name.

The usual split, used everywhere in :mod:`ml.text`: the first 90 % of the characters train, the
last 10 % validate. Splitting by position, not at random, keeps whole scenes on one side, so the
validation loss measures how well a model continues text it has never seen.

>>> split_point(1000)
900
"""

from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ml.datasets.download import describe, fetch
from ml.files import publish

# ENV_VAR, SHA256 and default_cache_dir stay module-level: MNIST has its own of each.
__all__ = ["TinyShakespeare", "TinyShakespeareError", "load_tinyshakespeare", "split_point"]

ENV_VAR = "TINYSHAKESPEARE_DIR"
MIRRORS_ENV_VAR = "TINYSHAKESPEARE_MIRRORS"
FILE_NAME = "input.txt"
SHA256 = "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed"
N_CHARS = 1_115_394
DEADLINE = 300.0  # seconds for the 1.1 MB file from one mirror: enough even at 4 kB/s
MIRRORS: tuple[str, ...] = (
    "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/input.txt",
)
HOW_TO_PROVIDE = (
    f"To use a copy you have, put {FILE_NAME} in a folder and set {ENV_VAR}=/that/folder (or pass "
    "--data-dir). To download it, connect to the network and try again."
)


class TinyShakespeareError(OSError):
    """The text could not be provided; the message says what was wrong and what to do.

    An ``OSError`` because it is a missing or unreadable file at heart: the command-line tools
    report it in one line like any other file problem.
    """


@dataclass(frozen=True)
class TinyShakespeare:
    """The corpus as one string, and where it was read from."""

    text: str
    path: Path

    @property
    def train(self) -> str:
        """The first 90 % of the characters."""
        return self.text[: split_point(len(self.text))]

    @property
    def validation(self) -> str:
        """The last 10 % of the characters."""
        return self.text[split_point(len(self.text)):]


def split_point(n: int, train_fraction: float = 0.9) -> int:
    """Index of the first validation character of a text of ``n`` characters.

    >>> split_point(N_CHARS)
    1003854
    """
    return int(n * train_fraction)


def default_cache_dir() -> Path:
    """The per-user cache folder.

    >>> default_cache_dir().parts[-2:]
    ('ml-from-scratch', 'tinyshakespeare')
    """
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ml-from-scratch" / "tinyshakespeare"


def verify(raw: bytes, where: str) -> str:
    """The text of ``raw`` if its SHA-256 is the published one; else a clear error.

    >>> verify(b"To be", "here")
    Traceback (most recent call last):
    ...
    ml.datasets.tinyshakespeare.TinyShakespeareError: here: this is not tinyshakespeare ...
    """
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SHA256:
        raise TinyShakespeareError(
            f"{where}: this is not tinyshakespeare {FILE_NAME}: its SHA-256 is {digest[:12]}… "
            f"but the published file's is {SHA256[:12]}…; it is truncated, corrupt or another "
            "file. Delete it and download it again.")
    return raw.decode("utf-8")


def mirror_list(mirrors: Sequence[str] | None = None) -> tuple[str, ...]:
    """The URLs to try: ``mirrors``, else ``$TINYSHAKESPEARE_MIRRORS``, else ``MIRRORS``.

    >>> mirror_list(["http://a/input.txt"])
    ('http://a/input.txt',)
    """
    if mirrors is not None:
        return tuple(mirrors)
    value = os.environ.get(MIRRORS_ENV_VAR, "").strip()
    urls = tuple(u.strip() for u in value.split(",") if u.strip())
    return urls or MIRRORS


def download(cache_dir: Path, mirrors: Sequence[str] | None = None, timeout: float = 30.0,
             progress: bool = True, deadline: float = DEADLINE) -> Path:
    """Fetch the text from the first mirror that gives the right bytes into ``cache_dir``.

    Each attempt writes a temporary file, verified before it is renamed to ``input.txt``; every
    failure deletes it and tries the next mirror. Raises :class:`TinyShakespeareError` naming
    what each mirror did when all fail.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / FILE_NAME
    failures = []
    for url in mirror_list(mirrors):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".part", dir=cache_dir)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                raw = fetch(url, out, timeout, deadline, progress, FILE_NAME)
            verify(raw, url)
            publish(tmp, target)
            return target
        except (OSError, http.client.HTTPException, ValueError) as err:
            failures.append(f"{url}: {describe(err, url)}")
        finally:
            tmp.unlink(missing_ok=True)
    raise TinyShakespeareError(f"could not download {FILE_NAME}; every mirror failed: "
                               + "; ".join(failures) + ". " + HOW_TO_PROVIDE)


def locate(data_dir: str | os.PathLike[str] | None = None, cache_dir: Path | None = None,
           mirrors: Sequence[str] | None = None, download_missing: bool = True,
           progress: bool = True) -> Path:
    """Where ``input.txt`` is: ``data_dir`` or ``$TINYSHAKESPEARE_DIR`` (never written to), else
    the cache, downloading into it if needed."""
    folder = data_dir if data_dir is not None else os.environ.get(ENV_VAR) or None
    if folder is not None:
        path = Path(folder).expanduser() / FILE_NAME
        if not path.is_file():
            source = "data_dir" if data_dir is not None else f"${ENV_VAR}"
            raise TinyShakespeareError(f"{path}: no such file (folder from {source}). "
                                       + HOW_TO_PROVIDE)
        return path
    cache_dir = cache_dir or default_cache_dir()
    cached = cache_dir / FILE_NAME
    if cached.is_file():
        return cached
    if not download_missing:
        raise TinyShakespeareError(f"{cached}: not in the cache. {HOW_TO_PROVIDE}")
    return download(cache_dir, mirrors, progress=progress)


def load_tinyshakespeare(data_dir: str | os.PathLike[str] | None = None, *,
                         cache_dir: Path | None = None, mirrors: Sequence[str] | None = None,
                         download: bool = True, progress: bool = True) -> TinyShakespeare:
    """Load the verified corpus.

    >>> data = load_tinyshakespeare()
    >>> len(data.text), data.text[:14], len(data.train) + len(data.validation) == len(data.text)
    (1115394, 'First Citizen:', True)
    """
    path = locate(data_dir, cache_dir, mirrors, download, progress)
    return TinyShakespeare(verify(path.read_bytes(), str(path)), path)
