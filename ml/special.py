r"""The numerically delicate functions every model needs, written once: sigmoid, log-sum-exp,
softmax and log-softmax.

They sit at the bottom of the library and import nothing from it, so a classic model
(``ml.linear``, ``ml.bayes``, ``ml.cluster``, ...) and the network (``ml.nn``) share them without
the one loading the other.

All four meet the same danger: ``exp`` overflows for arguments above about 709 (88 in float32)
and underflows to 0 below about -745, after which a ``log`` gives ``-inf``. Each is written so
that no finite input ever reaches those edges:

- **sigmoid** $\sigma(z) = 1 / (1 + e^{-z})$ only ever exponentiates $-|z| \le 0$, choosing for
  negative $z$ the equal form $e^{z} / (1 + e^{z})$;
- **log-sum-exp** $\log \sum_j e^{a_j} = m + \log \sum_j e^{a_j - m}$ with $m = \max_j a_j$:
  the largest term becomes $e^0 = 1$, so the sum lies in $[1, k]$ and its log is finite;
- **softmax** $p_j = e^{z_j} / \sum_i e^{z_i}$ does not change when a constant is added to every
  $z_j$, so it subtracts the row maximum first;
- **log-softmax** $\log p_j = (z_j - m) - \log \sum_i e^{z_i - m}$ stays finite where
  ``log(softmax(z))`` would take ``log(0)``.

A row whose maximum is $-\infty$ (every entry impossible) keeps $m = 0$ instead, so its
log-sum-exp is $-\infty$ rather than NaN from $-\infty - (-\infty)$. Each function takes
O(size of input) time and keeps the input's float dtype (float32 stays float32; integers
become float64).
"""

import numpy as np

__all__ = ["log_softmax", "logsumexp", "sigmoid", "softmax"]


def _floats(a) -> np.ndarray:
    """``a`` as a float array, keeping float32 (the network's dtype) and widening the rest."""
    a = np.asarray(a)
    return a if np.issubdtype(a.dtype, np.floating) else a.astype(np.float64)


def _finite_max(a: np.ndarray, axis: int) -> np.ndarray:
    """The maximum along ``axis`` (kept as a length-1 axis), with -inf and NaN replaced by 0."""
    if a.ndim == 2 and axis in (1, -1) and a.shape[1] < a.shape[0]:
        # numpy reduces a short last axis one row at a time, slowly (128 rows of 10 float32
        # scores: ~20 us); on a transposed copy it makes a few long passes instead (~4 us)
        m = a.T.copy().max(axis=0)[:, None]
    else:
        m = np.max(a, axis=axis, keepdims=True)
    np.copyto(m, 0, where=~np.isfinite(m))
    return m.astype(a.dtype, copy=False)


def sigmoid(z) -> np.ndarray:
    r"""$1 / (1 + e^{-z})$ entry by entry, without overflow for any finite ``z``.

    >>> sigmoid(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 0.5, 1.0]
    >>> sigmoid(np.zeros(2, dtype=np.float32)).dtype
    dtype('float32')
    """
    z = _floats(z)
    e = np.exp(-np.abs(z))  # <= 1: never overflows
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(z.dtype, copy=False)


def logsumexp(a, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    r"""$\log \sum e^{a}$ along ``axis``, without overflow or underflow.

    >>> logsumexp(np.array([[1000.0, 1000.0], [-1000.0, -1000.0]])).round(4).tolist()
    [1000.6931, -999.3069]
    >>> float(logsumexp(np.array([-np.inf, -np.inf])))  # nothing possible: log 0
    -inf
    """
    a = _floats(a)
    m = _finite_max(a, axis)
    with np.errstate(divide="ignore"):  # log 0 = -inf is the right answer for an all -inf row
        out = m + np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True))
    return out if keepdims else np.squeeze(out, axis=axis)


def softmax(z, axis: int = -1) -> np.ndarray:
    r"""Softmax along ``axis`` (each row of ``(n, k)`` scores becomes probabilities summing to 1).

    Subtracting the row maximum changes nothing mathematically (it cancels between numerator and
    denominator) but keeps ``exp`` from overflowing.

    >>> p = softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]))
    >>> np.round(p, 3).tolist()
    [[0.09, 0.245, 0.665], [0.333, 0.333, 0.333]]
    """
    z = _floats(z)
    e = np.exp(z - _finite_max(z, axis))
    e /= e.sum(axis=axis, keepdims=True)
    return e


def log_softmax(z, axis: int = -1) -> np.ndarray:
    r"""$\log \mathrm{softmax}(z)$ along ``axis``: finite for any finite scores.

    >>> np.round(log_softmax(np.array([[0.0, 0.0], [1000.0, 0.0]])), 4).tolist()
    [[-0.6931, -0.6931], [0.0, -1000.0]]
    """
    z = _floats(z)
    shifted = z - _finite_max(z, axis)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
