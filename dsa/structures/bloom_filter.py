"""Bloom filter: a set that answers "definitely not" or "probably yes" in a few bits per item.

A Bloom filter (Bloom, 1970) is an array of ``m`` bits, all 0 at first, and ``k`` hash
functions that each map an item to one of the bits. ``add(x)`` sets the ``k`` bits of ``x``;
``x in f`` checks them. An added item always finds its bits set, so there are **no false
negatives**. An item never added may find all its bits set by other items: a **false
positive**. Items cannot be removed (clearing a bit could erase another item's evidence).

False-positive rate. After ``n`` adds, a given bit is still 0 with probability
``(1 - 1/m)**(k n) ~ exp(-k n / m)``. A fresh item is a false positive when all ``k`` of its
bits are 1, so (treating bits as independent)

    p ~ (1 - exp(-k n / m)) ** k.

For a target ``p`` and ``n`` items this is smallest with ``m = -n ln p / (ln 2)**2`` bits and
``k = (m / n) ln 2`` hashes: about 9.6 bits per item for 1 %, 14.4 for 0.1 %, whatever the
items are. :class:`BloomFilter` picks ``m`` and ``k`` this way from ``capacity`` and
``error_rate``.

Hashing is deterministic (the same bits in every run and on every machine, unlike
:func:`hash` on strings): one BLAKE2b digest, keyed by ``seed``, gives two 64-bit numbers
``h1, h2``, and hash ``i`` is ``(h1 + i * h2) mod m``; Kirsch and Mitzenmacher (2006) showed
two hashes combined this way are as good as ``k`` independent ones for a Bloom filter.

Invariant: every bit that an added item maps to is 1.

| operation           | time   | extra space |
|---------------------|--------|-------------|
| ``add``             | O(k)   | O(1)        |
| ``x in f``          | O(k)   | O(1)        |

The filter holds ``m`` bits, O(n log(1/p)), independent of the items' size. Items must be
``str``, ``bytes`` or ``int`` so that their hash does not depend on the process.

>>> f = BloomFilter(capacity=1000, error_rate=0.01)
>>> f.num_bits, f.num_hashes
(9586, 7)
>>> f.add("apple"); "apple" in f, "pear" in f
(True, False)
"""

from __future__ import annotations

import hashlib
import math

__all__ = ["BloomFilter"]

Item = str | bytes | int


def _to_bytes(item: Item) -> bytes:
    # A type tag keeps "1", b"1" and 1 apart.
    if isinstance(item, bytes):
        return b"b" + item
    if isinstance(item, str):
        return b"s" + item.encode("utf-8")
    if isinstance(item, int) and not isinstance(item, bool):
        return b"i" + str(item).encode("ascii")
    raise TypeError(
        f"BloomFilter items must be str, bytes or int, not {type(item).__name__}; "
        "convert the item to one of those first"
    )


class BloomFilter:
    """A Bloom filter sized for ``capacity`` items at a false-positive rate of ``error_rate``.

    >>> f = BloomFilter(100, 0.05)
    >>> for word in ["ant", "bee", "cat"]:
    ...     f.add(word)
    >>> all(w in f for w in ["ant", "bee", "cat"]), len(f)
    (True, 3)
    >>> f"{f.expected_false_positive_rate():.1e}"  # only 3 of 100 items added so far
    '1.3e-07'
    """

    def __init__(self, capacity: int, error_rate: float = 0.01, *, seed: int = 0) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int):
            raise TypeError(f"capacity must be an int, got {type(capacity).__name__}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        if not 0 < error_rate < 1:
            raise ValueError(f"error_rate must be between 0 and 1 (exclusive), got {error_rate}")
        self.capacity = capacity
        self.error_rate = error_rate
        self.num_bits = max(1, math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2))
        self.num_hashes = max(1, round(self.num_bits / capacity * math.log(2)))
        self._bits = bytearray((self.num_bits + 7) // 8)
        self._key = seed.to_bytes(8, "little", signed=True)
        self._n = 0

    def _positions(self, item: Item) -> list[int]:
        digest = hashlib.blake2b(_to_bytes(item), digest_size=16, key=self._key).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:], "little") | 1  # odd, so the k positions can differ
        m = self.num_bits
        return [(h1 + i * h2) % m for i in range(self.num_hashes)]

    def add(self, item: Item) -> None:
        """Set the ``k`` bits of ``item``. O(k).

        >>> f = BloomFilter(10); f.add(42); 42 in f
        True
        """
        for p in self._positions(item):
            self._bits[p >> 3] |= 1 << (p & 7)
        self._n += 1

    def __contains__(self, item: object) -> bool:
        """False means never added; True means probably added. O(k).

        An item of a type ``add`` refuses can never have been added, so asking for one is
        simply False, as ``1.5 in {"a"}`` is for a set.

        >>> f = BloomFilter(10); f.add(b"x"); b"x" in f, "x" in f, 1.5 in f
        (True, False, False)
        """
        if isinstance(item, bool) or not isinstance(item, str | bytes | int):
            return False
        bits = self._bits
        return all(bits[p >> 3] >> (p & 7) & 1 for p in self._positions(item))  # type: ignore[arg-type]

    def __len__(self) -> int:
        """Number of ``add`` calls (an item added twice counts twice). O(1).

        >>> f = BloomFilter(10); f.add(1); f.add(1); len(f)
        2
        """
        return self._n

    @property
    def bits_set(self) -> int:
        """How many of the ``m`` bits are 1. O(m).

        >>> f = BloomFilter(10); f.add("a"); f.bits_set == f.num_hashes
        True
        """
        return sum(bin(byte).count("1") for byte in self._bits)

    def expected_false_positive_rate(self, n: int | None = None) -> float:
        """``(1 - exp(-k n / m)) ** k`` after ``n`` adds (default: the adds so far). O(1).

        >>> f = BloomFilter(1000, 0.01); round(f.expected_false_positive_rate(1000), 4)
        0.01
        """
        n = self._n if n is None else n
        return (1 - math.exp(-self.num_hashes * n / self.num_bits)) ** self.num_hashes

    def __repr__(self) -> str:
        """Show the sizing and the fill.

        >>> BloomFilter(10, 0.1)
        BloomFilter(capacity=10, error_rate=0.1, num_bits=48, num_hashes=3, added=0)
        """
        return (
            f"BloomFilter(capacity={self.capacity}, error_rate={self.error_rate}, "
            f"num_bits={self.num_bits}, num_hashes={self.num_hashes}, added={self._n})"
        )
