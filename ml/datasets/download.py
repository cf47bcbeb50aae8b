"""Fetching one file over HTTP with a deadline: the part of a download every data set shares.

A server may stall (each read waits at most ``timeout`` seconds) or trickle a byte at a time (the
whole attempt has an overall ``deadline``); either way the attempt ends with an error the caller
can report, and the caller tries its next mirror. What to check and where to put the bytes is the
data set's business (:mod:`ml.datasets.mnist`, :mod:`ml.datasets.tinyshakespeare`).

>>> describe(ValueError("http://x/f: bad bytes"), "http://x/f")
'bad bytes'
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request

from ml.progress import Progress

__all__ = ["DownloadDeadline", "describe", "fetch"]


class DownloadDeadline(TimeoutError):
    """A download took longer than its overall deadline (a server sending too slowly)."""


def describe(err: BaseException, url: str) -> str:
    """What went wrong, without repeating the URL the caller already names."""
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}"
    if isinstance(err, urllib.error.URLError):
        return f"cannot connect ({err.reason})"
    if isinstance(err, http.client.IncompleteRead):
        return f"connection dropped after {len(err.partial)} bytes"
    text = " ".join(str(err).split()).removeprefix(f"{url}: ")
    return text or type(err).__name__


def fetch(url: str, out, timeout: float, deadline: float, progress: bool, label: str) -> bytes:
    """The bytes at ``url``, also written to the open binary file ``out`` as they arrive.

    Raises ``DownloadDeadline`` after ``deadline`` seconds, ``http.client.IncompleteRead`` when
    fewer bytes arrive than the server announced, and whatever ``urllib`` raises otherwise.
    """
    # read1 returns whatever one network read brings, so the deadline is checked after every
    # read; read(n) would wait for n bytes, which a trickling server can drag out forever
    give_up = time.monotonic() + deadline
    chunks: list[bytes] = []
    with urllib.request.urlopen(url, timeout=min(timeout, deadline)) as response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        read = getattr(response, "read1", response.read)
        with Progress(total=total, desc=label, unit="B", disable=not progress) as bar:
            while chunk := read(1 << 16):
                out.write(chunk)
                chunks.append(chunk)
                bar.update(len(chunk))
                if time.monotonic() > give_up:
                    got = sum(map(len, chunks))
                    raise DownloadDeadline(
                        f"gave up after the {deadline:g} s deadline with {got} of "
                        f"{total if total is not None else '?'} bytes: the server sends too "
                        "slowly")
    raw = b"".join(chunks)
    if total is not None and len(raw) != total:
        raise http.client.IncompleteRead(raw, total - len(raw))
    return raw
