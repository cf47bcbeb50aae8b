r"""Squared Euclidean distances between two sets of points, fast and still accurate.

The fast way to get every distance between the rows of ``A`` ``(m, d)`` and ``B`` ``(n, d)`` is
the expansion

$$ \lVert a - b \rVert^2 = \lVert a \rVert^2 - 2\, a \cdot b + \lVert b \rVert^2 , $$

one matrix product $A B^\top$ (fast BLAS) plus two vectors of norms, instead of an
``(m, n, d)`` array of differences. Its weakness is **cancellation**: the three terms are each
about as large as $\lVert a \rVert^2 + \lVert b \rVert^2$, and float64 keeps about 16 digits of
*that*, so a distance much smaller than the norms comes out as rounding noise. Data with a
large offset is the classic case: two points at $10^8 + 0$ and $10^8 + 1$ have squared norms of
$10^{16}$, whose rounding step is 2, so their squared distance of 1 is lost. Two remedies,
both used here:

1. **Centre** both sets near the mean of ``B`` first. A distance does not change when every
   point moves by the same vector, but the norms shrink to the spread of the data, so an
   offset costs nothing. The centre is rounded to a power of two no larger than the spread
   (and left at the origin when the data already sit around it), so that subtracting it is
   exact for data on a grid: integer data stay integers, and distances that are exactly equal
   stay equal, which keeps ties in their stated order.
2. **Recompute the doubtful entries exactly.** The expansion's rounding error is a small
   multiple of $\epsilon (\lVert a \rVert^2 + \lVert b \rVert^2)$; wherever the result is not
   at least ``1e-4`` times that scale (a point and its near-duplicate, or clusters far apart
   compared with their own size), the entry is recomputed from the difference $a - b$. Only
   those entries cost O(d) each; on ordinary data they are the zero diagonal of ``X`` against
   itself and little else.

Time O(m n d) for the matrix product plus O(d) per recomputed entry; space O(m n).
"""

from collections.abc import Iterator

import numpy as np

__all__ = ["chunked_squared_distances", "squared_distances"]

# below this fraction of |a|^2 + |b|^2 the expansion may have lost more than ~1e-9 of the value
_DOUBTFUL = 1e-4
# exact recomputation works on at most this many pairs at once, to bound its memory
_PAIRS_PER_BLOCK = 1 << 14


def squared_distances(A: np.ndarray, B: np.ndarray, centre: np.ndarray | None = None
                      ) -> np.ndarray:
    """``(m, n)`` squared distances between the rows of float arrays ``A`` and ``B``.

    ``centre`` (default: near the mean of ``B``, see above) is subtracted from both before the
    expansion; pass it to reuse one. Time O(m n d), space O(m n).

    >>> squared_distances(np.array([[0.0, 0.0], [3.0, 4.0]]), np.array([[0.0, 0.0]])).tolist()
    [[0.0], [25.0]]
    >>> far = np.array([[1e8], [1e8 + 1.0]])     # the plain expansion gives 0 here
    >>> squared_distances(far, far).tolist()
    [[0.0, 1.0], [1.0, 0.0]]
    """
    if centre is None:
        centre = _centre(B)
    B = B - centre
    return _centred_distances(A - centre, B, np.einsum("ij,ij->i", B, B))


def _centred_distances(A: np.ndarray, B: np.ndarray, b_sq: np.ndarray) -> np.ndarray:
    """The expansion on already centred ``A`` and ``B`` (``b_sq`` = squared row norms of ``B``),
    with the doubtful entries recomputed from the differences."""
    a_sq = np.einsum("ij,ij->i", A, A)
    D = A @ B.T
    D *= -2.0  # in place: one (m, n) array instead of three temporaries
    D += a_sq[:, None]
    D += b_sq[None, :]
    rows, cols = np.nonzero(D < _DOUBTFUL * (a_sq[:, None] + b_sq[None, :]))
    for start in range(0, len(rows), _PAIRS_PER_BLOCK):
        r, c = rows[start:start + _PAIRS_PER_BLOCK], cols[start:start + _PAIRS_PER_BLOCK]
        diff = A[r] - B[c]
        D[r, c] = np.einsum("ij,ij->i", diff, diff)
    return np.maximum(D, 0.0, out=D)  # a guard: every negative entry was below the line and redone


def _centre(B: np.ndarray) -> np.ndarray:
    """The mean of ``B`` rounded to a power-of-two grid below its spread, or 0 if it is near."""
    mean = B.mean(axis=0)
    spread = float(B.std(axis=0).max())
    if spread == 0.0:  # all rows equal: subtracting one of them makes every difference exact
        return B[0].copy()
    if np.abs(mean).max() <= spread:
        return np.zeros_like(mean)
    grid = 2.0 ** np.floor(np.log2(spread))
    return np.round(mean / grid) * grid


def chunked_squared_distances(A: np.ndarray, B: np.ndarray, chunk_size: int = 1024
                              ) -> Iterator[tuple[int, np.ndarray]]:
    """Yield ``(start, D)`` with ``D[i, j] = ||A[start + i] - B[j]||^2``, ``chunk_size`` rows of
    ``A`` at a time, so memory stays O(chunk_size * n) however many rows ``A`` has.

    >>> A = np.array([[0.0, 0.0], [3.0, 4.0]])
    >>> [(start, D.tolist()) for start, D in chunked_squared_distances(A, A, chunk_size=1)]
    [(0, [[0.0, 25.0]]), (1, [[25.0, 0.0]])]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    centre = _centre(B)
    B = B - centre
    b_sq = np.einsum("ij,ij->i", B, B)
    for start in range(0, len(A), chunk_size):
        yield start, _centred_distances(A[start:start + chunk_size] - centre, B, b_sq)
