"""Replacing a file all at once, with the permissions a plainly written file would have.

Every file the library writes for the user (a model, a checkpoint, a cached data set, exported
weights) is first written to a temporary file beside its target and then renamed over it:
``os.replace`` within one folder is atomic, so a crash leaves the old file or the new one, never
half of either. ``tempfile.mkstemp`` creates that temporary file readable by its owner alone
(0600), which the rename would carry over; :func:`publish` gives it the mode ``open()`` would
have given (0666 less the umask) first, so a web server or another user can read a model as
before.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> fd, tmp = tempfile.mkstemp(dir=folder); os.close(fd)
>>> target = os.path.join(folder, "model.npz")
>>> publish(tmp, target)
>>> oct(os.stat(target).st_mode & 0o777) == oct(0o666 & ~current_umask())
True
"""

from __future__ import annotations

import os

__all__ = ["current_umask", "publish"]


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back).

    >>> 0 <= current_umask() <= 0o777
    True
    """
    mask = os.umask(0)
    os.umask(mask)
    return mask


def publish(tmp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Give ``tmp`` a plain file's permissions and rename it over ``target`` in one step."""
    os.chmod(tmp, 0o666 & ~current_umask())
    os.replace(tmp, target)
