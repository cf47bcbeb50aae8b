"""What every essay's demo does to draw: pyplot without a screen, and a figure saved for the site.

>>> plt = pyplot()
>>> import tempfile, pathlib
>>> fig, ax = plt.subplots()
>>> save_figure(fig, pathlib.Path(tempfile.mkdtemp()) / "new" / "f.png").suffix
'.png'
"""

from __future__ import annotations

from pathlib import Path


def pyplot():
    """matplotlib.pyplot with the Agg backend, so demos draw on servers and in CI without a screen.

    >>> pyplot().get_backend().lower()
    'agg'
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def save_figure(fig, out: Path, dpi: int = 100) -> Path:
    """Lay out ``fig``, write it to ``out`` (making the folder), free it, and return ``out``.

    100 dpi keeps the site's PNGs small; closing matters because a demo run many times in one
    process (the tests) would otherwise keep every figure in memory.
    """
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=dpi)
    pyplot().close(fig)
    return out
