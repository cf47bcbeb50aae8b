"""Checks for answers that are arrays: shapes, values and gradients, with messages that teach.

An exercise's tests compare the learner's array with one the checker computed itself (with the
project's own implementation, or with :func:`numerical_gradient` of a trusted function). A wrong
answer should say what to look at, not only that it is wrong, so each check goes from the
coarsest difference to the finest and stops at the first it finds:

1. the type: a numpy array (or, for :func:`expect_scalar`, one number);
2. the shape, with the usual reason when the shape is a known slip: reversed (a missing
   transpose), one axis too many (not summed over the batch), ``(n, 1)`` for ``(n,)``;
3. the kind of number (floats where floats are due; integer labels where labels are due);
4. NaN or infinity where the answer is finite (an overflow: ``exp`` of a large number);
5. the values, within ``atol + rtol * |want|`` entry by entry (:func:`numpy.isclose`), reporting
   how many entries are off and the worst of them.

Every failure raises :class:`practice.checking.Mismatch`, so the report shows the failing case.

>>> import numpy as np
>>> expect_array(np.ones((2, 3)), np.ones((2, 3)))
>>> expect_gradient(np.ones((3, 2)), np.ones((2, 3)), name="dW", param="W")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
practice.checking.Mismatch: a gradient has the shape of its parameter: W is (2, 3), your d...
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from practice.checking import Mismatch
from practice.wire import type_name

_KINDS = {"b": "booleans", "i": "integers", "u": "integers", "f": "floats", "c": "complex numbers"}


def _shape_text(shape: tuple[int, ...]) -> str:
    return str(tuple(int(n) for n in shape))


def shape_hint(got: tuple[int, ...], want: tuple[int, ...]) -> str:
    """The usual reason for a shape ``got`` where ``want`` is due, or ``""``.

    >>> shape_hint((128, 784), (784, 128))
    ' - a transpose is missing'
    >>> shape_hint((32, 10), (10,))
    ' - one row per example: sum over the batch (axis 0)?'
    >>> shape_hint((5, 1), (5,))
    ' - keep it 1-dimensional: (5,), not (5, 1)'
    """
    if len(got) == len(want) == 2 and got == want[::-1] and got != want:
        return " - a transpose is missing"
    if len(got) == len(want) + 1 and got[1:] == want:
        return " - one row per example: sum over the batch (axis 0)?"
    if len(got) == len(want) + 1 and tuple(n for n in got if n != 1) == tuple(want):
        return f" - keep it {len(want)}-dimensional: {_shape_text(want)}, not {_shape_text(got)}"
    return ""


def _require_array(got: Any, want: np.ndarray, name: str, inputs: dict[str, Any]) -> None:
    if type(got) is not np.ndarray:
        raise Mismatch(f"{name} should be a numpy array of shape {_shape_text(want.shape)}; "
                       f"yours is a {type_name(got)}", inputs, want, got)


def _require_kind(got: np.ndarray, want: np.ndarray, name: str, inputs: dict[str, Any]) -> None:
    same = (got.dtype.kind in "fc") == (want.dtype.kind in "fc") and \
        (got.dtype.kind == "b") == (want.dtype.kind == "b")
    if not same:
        raise Mismatch(f"{name} should hold {_KINDS[want.dtype.kind]}; yours holds "
                       f"{_KINDS.get(got.dtype.kind, str(got.dtype))} ({got.dtype})"
                       + (" - integer arithmetic where floats are due?"
                          if want.dtype.kind == "f" else ""), inputs, want, got)


def _require_finite(got: np.ndarray, want: np.ndarray, name: str,
                    inputs: dict[str, Any]) -> None:
    bad = ~np.isfinite(got) & np.isfinite(want)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        raise Mismatch(f"{name} has NaN or infinity at {int(bad.sum())} of {bad.size} entries "
                       f"(the first at index {where}: {got[where]}) where the answer is finite - "
                       "an overflow? (exp of a large number, a division by zero, log of 0)",
                       inputs, want, got)


def _number(value: Any) -> str:
    return str(value) if isinstance(value, np.bool_ | np.integer) else f"{value:.6g}"


def _worst_entries(got: np.ndarray, want: np.ndarray, off: np.ndarray, shown: int = 3) -> str:
    gap = np.where(off, np.abs(got.astype(complex) - want.astype(complex)), -np.inf).ravel()
    order = np.argsort(gap)[::-1][:min(shown, int(off.sum()))]
    parts = []
    for flat in order:
        index = np.unravel_index(flat, got.shape)
        where = tuple(int(i) for i in index) if got.ndim else "()"
        parts.append(f"at {where}: yours {_number(got[index])}, expected {_number(want[index])}")
    return "; ".join(parts)


def _compare(got: Any, want: Any, name: str, rtol: float, atol: float,
             inputs: dict[str, Any], shape_message: str) -> np.ndarray | None:
    """The shared steps 1-4; the entries off by more than the tolerance (``None`` if none)."""
    want = np.asarray(want)
    _require_array(got, want, name, inputs)
    if got.shape != want.shape:
        raise Mismatch(shape_message, inputs, want, got)
    _require_kind(got, want, name, inputs)
    if want.dtype.kind not in "fc":
        off = got != want
    else:
        _require_finite(got, want, name, inputs)
        off = ~np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
    return off if off.any() else None


def expect_array(got: Any, want: Any, /, *, name: str = "your result", rtol: float = 1e-6,
                 atol: float = 1e-9, why: str = "", advice: str = "", **inputs: Any) -> None:
    """Raise :class:`Mismatch` unless ``got`` is an array like ``want``: same shape, same kind
    of number, finite where ``want`` is, and within ``atol + rtol * |want|`` everywhere.

    ``why`` explains the shape (``" (one row of probabilities per example)"``); ``advice`` follows
    a wrong value (``"the bias is added once per unit, not per example"``).

    >>> expect_array(np.zeros((4, 1)), np.zeros(4), name="the bias",
    ...              why=" (one per unit)")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: the bias should have shape (4,) (one per unit); yours is (...
    >>> expect_array(np.array([1.0, np.nan]), np.array([1.0, 0.5]))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: your result has NaN or infinity at 1 of 2 entries (the fir...
    """
    want = np.asarray(want)
    shape_message = (f"{name} should have shape {_shape_text(want.shape)}{why}; yours is "
                     f"{_shape_text(getattr(got, 'shape', ()))}"
                     f"{shape_hint(tuple(getattr(got, 'shape', ())), want.shape)}")
    off = _compare(got, want, name, rtol, atol, inputs, shape_message)
    if off is not None:
        raise Mismatch(f"{name} is wrong at {int(off.sum())} of {off.size} entries: "
                       f"{_worst_entries(got, want, off)}" + (f". {advice}" if advice else ""),
                       inputs, want, got)


def relative_error(got: np.ndarray, want: np.ndarray) -> float:
    """``|got - want| / (|got| + |want|)`` in the 2-norm: the figure a gradient check reports.

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    """
    scale = float(np.linalg.norm(got) + np.linalg.norm(want))
    return float(np.linalg.norm(got - want)) / scale if scale > 0 else 0.0


def expect_gradient(got: Any, want: Any, /, *, name: str = "dW", param: str = "W",
                    causes: Sequence[str] = (), rtol: float = 1e-5, atol: float = 1e-7,
                    **inputs: Any) -> None:
    """Raise :class:`Mismatch` unless ``got`` is the gradient ``want`` (usually from
    :func:`numerical_gradient`): its parameter's shape, finite, and close entry by entry.

    ``causes`` are the usual mistakes behind a wrong value, listed after the worst entries.

    >>> expect_gradient(np.array([2.0, 4.0]), np.array([1.0, 2.0]), name="db", param="b",
    ...                 causes=["a missing 1/n"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: db differs from the numerical gradient at 2 of 2 entries (...
    """
    want = np.asarray(want)
    shape = tuple(getattr(got, "shape", ()))
    shape_message = (f"a gradient has the shape of its parameter: {param} is "
                     f"{_shape_text(want.shape)}, your {name} is {_shape_text(shape)}"
                     f"{shape_hint(shape, want.shape)}")
    off = _compare(got, want, name, rtol, atol, inputs, shape_message)
    if off is not None:
        advice = f". Usual causes: {'; '.join(causes)}" if causes else ""
        raise Mismatch(f"{name} differs from the numerical gradient at {int(off.sum())} of "
                       f"{off.size} entries (relative error {relative_error(got, want):.2g}): "
                       f"{_worst_entries(got, want, off)}{advice}", inputs, want, got)


def expect_scalar(got: Any, want: float, /, *, name: str = "your result", rtol: float = 1e-9,
                  atol: float = 1e-12, **inputs: Any) -> None:
    """Raise :class:`Mismatch` unless ``got`` is one number (a Python or numpy int or float, or
    a 0-d array) within ``atol + rtol * |want|`` of ``want``.

    >>> expect_scalar(np.float64(0.5), 0.5)
    >>> expect_scalar(np.array([0.5]), 0.5, name="the loss")
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: the loss should be one number; yours is an array of shape (1,)
    """
    if isinstance(got, np.ndarray):
        if got.shape != ():
            raise Mismatch(f"{name} should be one number; yours is an array of shape "
                           f"{_shape_text(got.shape)}", inputs, want, got)
        got = got[()]
    if isinstance(got, bool | np.bool_) or not isinstance(got, int | float | np.integer
                                                          | np.floating):
        raise Mismatch(f"{name} should be a number; yours is a {type_name(got)}",
                       inputs, want, got)
    if not np.isfinite(got) and np.isfinite(want):
        raise Mismatch(f"{name} is {got} where the answer is finite - an overflow, or log of 0?",
                       inputs, want, got)
    if not np.isclose(float(got), want, rtol=rtol, atol=atol):
        raise Mismatch(f"{name} is {float(got):.10g}, expected {want:.10g}", inputs, want, got)


def numerical_gradient(f: Callable[[np.ndarray], float], x: Any, eps: float = 1e-6
                       ) -> np.ndarray:
    """The gradient of the scalar function ``f`` at ``x`` by central differences, in float64:
    ``(f(x + eps e_i) - f(x - eps e_i)) / (2 eps)`` for each entry ``i``.

    Its error is O(eps^2) for a smooth ``f``, so a correct analytic gradient agrees to about
    1e-7 relative; a kink (ReLU at 0, max pooling ties) within ``eps`` of ``x`` breaks it, so
    tests draw points away from kinks.

    >>> numerical_gradient(lambda v: float((v ** 2).sum()), np.array([1.0, -2.0])).round(6)
    array([ 2., -4.])
    """
    x = np.array(x, dtype=np.float64)
    gradient = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        kept = x[index]
        x[index] = kept + eps
        up = f(x)
        x[index] = kept - eps
        down = f(x)
        x[index] = kept
        gradient[index] = (up - down) / (2 * eps)
    return gradient


__all__ = ["expect_array", "expect_gradient", "expect_scalar", "numerical_gradient",
           "relative_error", "shape_hint"]
