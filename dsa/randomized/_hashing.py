"""Deterministic hashing for the sketches: the same 64 bits for an item in every run.

Python's :func:`hash` of a ``str`` changes from one process to the next (``PYTHONHASHSEED``), so
a sketch built on it could not be saved, compared or tested reproducibly. BLAKE2b keyed by a
seed gives 64 well-mixed bits instead. Items are ``str``, ``bytes`` or ``int``, tagged by type so
that ``"1"``, ``b"1"`` and ``1`` differ (as :mod:`dsa.structures.bloom_filter` does).

>>> hash64("apple", seed=0) == hash64("apple", seed=0) != hash64("apple", seed=1)
True
"""

from __future__ import annotations

import hashlib

__all__: list[str] = []

Item = str | bytes | int


def item_bytes(item: Item, owner: str) -> bytes:
    """The tagged bytes of ``item``; ``owner`` names the structure in the error message.

    >>> item_bytes(7, "sketch"), item_bytes("7", "sketch")
    (b'i7', b's7')
    """
    if isinstance(item, bytes):
        return b"b" + item
    if isinstance(item, str):
        return b"s" + item.encode("utf-8")
    if isinstance(item, int) and not isinstance(item, bool):
        return b"i" + str(item).encode("ascii")
    raise TypeError(f"{owner} items must be str, bytes or int, not {type(item).__name__}; "
                    "convert the item to one of those first")


def hash64(item: Item, seed: int, owner: str = "sketch") -> int:
    """A 64-bit hash of ``item`` that depends only on the item and ``seed``.

    >>> 0 <= hash64(b"x", seed=3) < 2**64
    True
    """
    key = seed.to_bytes(16, "little", signed=True)
    digest = hashlib.blake2b(item_bytes(item, owner), digest_size=8, key=key).digest()
    return int.from_bytes(digest, "little")
