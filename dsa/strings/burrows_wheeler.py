"""Burrows–Wheeler transform: a reversible shuffle of a text that groups like characters.

Append a *sentinel* ``$`` that occurs nowhere else and sorts before every character, write down
every rotation of ``text + "$"``, sort them, and keep the last column ``L``:

    sorted rotations of banana$    last character
    $banana                        a
    a$banan                        n
    ana$ban                        n
    anana$b                        b
    banana$                        $
    na$bana                        a
    nana$ba                        a           so  L = "annb$aa"

Each character of ``L`` is the one that *precedes* a sorted rotation in the text. Rotations that
start alike sit together, and so the characters before them — in English the letters before
"he " are mostly ``t``, ``s`` and ``w`` — come in runs, which run-length or move-to-front coding
then compresses (bzip2). Sorting rotations of a text ending in the unique smallest sentinel is
sorting its suffixes, so ``L`` comes straight from the suffix array
(:mod:`~dsa.strings.suffix_array`).

*Inverting.* The first column ``F`` is ``L`` sorted. The **LF property**: the ``k``-th ``a`` in
``L`` and the ``k``-th ``a`` in ``F`` are the same character of the text — equal characters keep
their relative order, because rotations beginning with ``a`` are ordered by what follows the
``a``, which is exactly the order of the rotations that end with it. So
``LF(i) = C[L[i]] + (number of L[i] in L[:i])``, where ``C[c]`` counts the characters smaller than
``c``, maps row ``i`` to the row of the rotation one step earlier in the text. Starting at the
row that begins with ``$`` and following LF spells the text backwards.

Invariant of the inversion: after ``k`` steps the current row is the rotation that starts ``k``
characters before the end of the text, and the ``k`` characters read are its last ``k``.

*Searching* (the FM-index, Ferragina and Manzini, 2000). The rows that start with a pattern
``P`` form one block of consecutive rows. Read ``P`` backwards: the block for ``c + Q`` is the
set of rows in ``Q``'s block whose last character is ``c``, sent through LF — and LF sends the
``c``'s of a block to consecutive rows, so two counts give the new block's ends:

    lo' = C[c] + (number of c in L[:lo]),    hi' = C[c] + (number of c in L[:hi])

Each pattern character costs two table lookups, however long the text: read aligners such as
BWA and Bowtie count and place millions of short DNA reads in a genome this way.
:class:`FMIndex` keeps every count (O(σn) integers, for clarity); real ones keep a sample every
few dozen rows and a compressed ``L``, a fraction of the genome's own size.

| operation | time | extra space |
|---|---|---|
| :func:`bwt` | that of :func:`~dsa.strings.suffix_array.suffix_array` (O(n log² n)) | O(n) |
| :func:`inverse_bwt` | O(n + σ log σ) for σ distinct characters | O(n) |
| :class:`FMIndex` (build) | the suffix array, then O(σn) | O(σn) |
| :meth:`FMIndex.count` | 2 lookups per pattern character: O(m) | O(1) |
| :meth:`FMIndex.locate` | O(m + occurrences · log occurrences) | O(occurrences) |

>>> bwt("banana")
'annb$aa'
>>> inverse_bwt("annb$aa")
'banana'
>>> FMIndex("banana").count("ana")
2
"""

from __future__ import annotations

from collections.abc import Sequence

from dsa.strings.suffix_array import suffix_array

__all__ = ["FMIndex", "bwt", "inverse_bwt"]


def _check_sentinel(sentinel: str) -> None:
    if not isinstance(sentinel, str) or len(sentinel) != 1:
        raise ValueError(f"the sentinel must be one character, got {sentinel!r}")


def _check_text(text: str, sentinel: str) -> None:
    _check_sentinel(sentinel)
    if sentinel in text:
        raise ValueError(f"the text contains the sentinel {sentinel!r} at index "
                         f"{text.index(sentinel)}; pass another sentinel=...")


def bwt(text: str, sentinel: str = "$") -> str:
    """The last column of the sorted rotations of ``text + sentinel``.

    The sentinel is treated as smaller than every character, whatever its code, and must not
    occur in ``text``.

    >>> bwt("abracadabra"), bwt("")
    ('ard$rcaaaabb', '$')
    >>> bwt("a$b")
    Traceback (most recent call last):
        ...
    ValueError: the text contains the sentinel '$' at index 1; pass another sentinel=...
    """
    _check_text(text, sentinel)
    # Row 0 is the rotation starting with the sentinel; the suffix array orders the rest, since
    # a suffix that is a prefix of another sorts first, as if followed by the sentinel.
    return _last_column(text, _rows(text), sentinel)


def _rows(text: str) -> list[int]:
    """Where each sorted rotation starts in the text; row 0 starts at the sentinel."""
    return [len(text), *suffix_array(text)]


def _last_column(text: str, rows: list[int], sentinel: str) -> str:
    return "".join(text[i - 1] if i > 0 else sentinel for i in rows)


def inverse_bwt(last: Sequence[str], sentinel: str = "$") -> str:
    """The text whose :func:`bwt` is ``last``, which must hold the sentinel exactly once.

    >>> inverse_bwt("ard$rcaaaabb"), inverse_bwt("$")
    ('abracadabra', '')
    >>> inverse_bwt("abc")
    Traceback (most recent call last):
        ...
    ValueError: a BWT holds the sentinel '$' exactly once; this one holds it 0 times
    """
    _check_sentinel(sentinel)
    counts: dict[str, int] = {}
    rank = []  # rank[i]: how many copies of last[i] come before it in last
    for ch in last:
        rank.append(counts.get(ch, 0))
        counts[ch] = rank[-1] + 1
    if counts.get(sentinel, 0) != 1:
        raise ValueError(f"a BWT holds the sentinel {sentinel!r} exactly once; this one holds "
                         f"it {counts.get(sentinel, 0)} times")
    smaller, total = {sentinel: 0}, 1  # C[c]: characters sorting before c, sentinel first
    for ch in sorted(counts.keys() - {sentinel}):
        smaller[ch], total = total, total + counts[ch]
    out, row = [], 0
    for _ in range(len(rank) - 1):
        ch = last[row]
        out.append(ch)
        row = smaller[ch] + rank[row]
    return "".join(reversed(out))


class FMIndex:
    """Count and find a pattern's occurrences in ``text`` by backward search over its BWT.

    ``lookups`` counts the rank-table reads made by searches so far (the tests check that a
    search costs two per pattern character, whatever the text's length).

    >>> index = FMIndex("abracadabra")
    >>> index.count("abra"), index.locate("abra"), index.count("cab")
    (2, [0, 7], 0)
    """

    def __init__(self, text: str, sentinel: str = "$") -> None:
        _check_text(text, sentinel)
        self.sentinel = sentinel
        self._rows = _rows(text)
        last = _last_column(text, self._rows, sentinel)
        self.lookups = 0
        self._smaller: dict[str, int] = {}
        total = 1  # the sentinel sorts first
        for ch in sorted(set(text)):
            self._smaller[ch] = total
            total += text.count(ch)
        # _before[c][i]: how many c's are in last[:i]
        self._before = {ch: [0] * (len(last) + 1) for ch in self._smaller}
        for ch, counts in self._before.items():
            for i, other in enumerate(last):
                counts[i + 1] = counts[i] + (other == ch)

    def _block(self, pattern: str) -> tuple[int, int]:
        """The rows ``[lo, hi)`` whose rotations start with ``pattern``."""
        lo, hi = 0, len(self._rows)
        for ch in reversed(pattern):
            if ch not in self._smaller:  # absent from the text (the sentinel included)
                return 0, 0
            before, first = self._before[ch], self._smaller[ch]
            lo, hi = first + before[lo], first + before[hi]
            self.lookups += 2
            if lo >= hi:
                return 0, 0
        return lo, hi

    def count(self, pattern: str) -> int:
        """How many times ``pattern`` occurs in the text (overlaps included). O(len(pattern)).

        The empty pattern occurs at every position ``0..len(text)``, as with the other searches.

        >>> FMIndex("aaaa").count("aa"), FMIndex("abc").count("")
        (3, 4)
        """
        lo, hi = self._block(pattern)
        return hi - lo

    def locate(self, pattern: str) -> list[int]:
        """Every start index of ``pattern`` in the text, in increasing order.

        >>> FMIndex("mississippi").locate("ssi")
        [2, 5]
        """
        lo, hi = self._block(pattern)
        return sorted(self._rows[lo:hi])
