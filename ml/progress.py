"""A small progress bar for long work: downloads, epochs, benchmark loops.

It draws on standard error and redraws at most ten times a second, so it costs nothing next to
the work it reports. When standard error is not a terminal (a log file, CI) it stays quiet until
the end and then writes one summary line, so logs stay readable.

>>> import io
>>> out = io.StringIO()
>>> for _ in Progress(range(3), desc="demo", file=out, force=True):
...     pass
>>> "demo" in out.getvalue() and "3/3" in out.getvalue()
True
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO


def _human(n: float, unit: str) -> str:
    if unit != "B":
        return f"{n:.0f}" if float(n).is_integer() else f"{n:.1f}"
    for prefix in ("", "k", "M", "G"):
        if abs(n) < 1000 or prefix == "G":
            return f"{n:.1f} {prefix}B" if prefix else f"{n:.0f} B"
        n /= 1000
    return f"{n:.1f} GB"


class Progress:
    """Wrap an iterable (or count by hand with :meth:`update`) and show how far along it is.

    Parameters: ``total`` items (taken from ``len(iterable)`` when possible), a ``desc`` label,
    a ``unit`` ("it", or "B" for bytes, shown as kB/MB), the ``file`` to draw on (stderr), and
    ``force`` to draw even when that file is not a terminal; ``disable`` silences it entirely.

    >>> import io
    >>> out = io.StringIO()
    >>> bar = Progress(total=4, desc="epoch 1", file=out, force=True)
    >>> bar.update(4); bar.set_postfix(loss=0.25); bar.close()
    >>> "loss=0.25" in out.getvalue()
    True
    """

    width = 24

    def __init__(self, iterable: Iterable[Any] | None = None, total: float | None = None,
                 desc: str = "", unit: str = "it", file: TextIO | None = None,
                 force: bool = False, disable: bool = False) -> None:
        self.iterable = iterable
        if total is None and iterable is not None and hasattr(iterable, "__len__"):
            total = len(iterable)  # type: ignore[arg-type]
        self.total = total
        self.desc = desc
        self.unit = unit
        self.file = file if file is not None else sys.stderr
        self.disable = disable
        self.live = force or bool(getattr(self.file, "isatty", lambda: False)())
        self.count = 0.0
        self.postfix: dict[str, Any] = {}
        self.start = time.perf_counter()
        self._last_draw = 0.0
        self._closed = False

    def __iter__(self) -> Iterator[Any]:
        if self.iterable is None:
            raise TypeError("Progress was made without an iterable; call update() instead")
        try:
            for item in self.iterable:
                yield item
                self.update(1)
        finally:
            self.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def update(self, n: float = 1) -> None:
        """Advance by ``n`` units and redraw if a tenth of a second has passed.

        >>> import io
        >>> bar = Progress(total=2, file=io.StringIO()); bar.update(2); bar.count
        2.0
        """
        self.count += n
        now = time.perf_counter()
        if self.live and not self.disable and now - self._last_draw >= 0.1:
            self._last_draw = now
            self._draw(end="")

    def set_postfix(self, **values: Any) -> None:
        """Show ``name=value`` pairs after the bar (floats to four significant digits).

        >>> import io
        >>> bar = Progress(total=1, file=io.StringIO()); bar.set_postfix(acc=0.98123)
        >>> bar.postfix
        {'acc': '0.9812'}
        """
        self.postfix = {k: (f"{v:.4g}" if isinstance(v, float) else v) for k, v in values.items()}

    def line(self) -> str:
        """The text of the bar as it stands now.

        >>> import io
        >>> bar = Progress(total=10, desc="x", file=io.StringIO()); bar.update(5)
        >>> "50%" in bar.line()
        True
        """
        elapsed = time.perf_counter() - self.start
        rate = self.count / elapsed if elapsed > 0 else 0.0
        parts = [self.desc] if self.desc else []
        if self.total:
            done = min(self.count / self.total, 1.0)
            filled = int(done * self.width)
            parts.append("|" + "█" * filled + " " * (self.width - filled) + "|")
            parts.append(f"{done:4.0%}")
            parts.append(f"{_human(self.count, self.unit)}/{_human(self.total, self.unit)}")
        else:
            parts.append(_human(self.count, self.unit))
        parts.append(f"{elapsed:.1f}s")
        if self.unit == "B":
            parts.append(f"{_human(rate, 'B')}/s")
        parts.extend(f"{k}={v}" for k, v in self.postfix.items())
        return " ".join(parts)

    def _draw(self, end: str) -> None:
        # On a terminal, return to the line start and clear what the last draw left behind.
        prefix, clear = ("\r", "\033[K") if self.live else ("", "")
        self.file.write(prefix + self.line() + clear + end)
        self.file.flush()

    def close(self) -> None:
        """Draw the final state and end the line (once).

        >>> import io
        >>> out = io.StringIO(); bar = Progress(total=1, file=out); bar.update(); bar.close()
        >>> out.getvalue().endswith("\\n")
        True
        """
        if self._closed:
            return
        self._closed = True
        if not self.disable:
            self._draw(end="\n")
