"""Numerical gradients by central differences, the independent oracle for every backward pass.

A hand-written backward pass is easy to get subtly wrong (a missing ``1/n``, a transposed matrix,
a forgotten mask). The cure is to compare it with the definition of the derivative:

    df/dx_i  ~  (f(x + eps*e_i) - f(x - eps*e_i)) / (2*eps)

The central difference has error O(eps^2) instead of the O(eps) of a one-sided difference, so in
float64 with ``eps = 1e-6`` a correct analytic gradient agrees to about 1e-8 relative error,
while a wrong one is usually off by more than 1e-2. Always check in float64: in float32 the
rounding error of ``f`` (about 1e-7 relative) divided by ``2*eps`` swamps the derivative.

Cost: two evaluations of ``f`` per coordinate, so O(size(x) * cost(f)) time; use small shapes.
"""

from collections.abc import Callable

import numpy as np

__all__ = ["layer_gradient_errors", "numerical_gradient", "relative_error"]


# --8<-- [start:numerical-gradient]
def numerical_gradient(f: Callable[[], float], x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central-difference gradient of the scalar ``f()`` with respect to the array ``x``.

    ``f`` takes no arguments: it must read ``x`` (for example a layer's weight array) each time it
    is called. Each entry of ``x`` is perturbed in place by ``+eps`` and ``-eps`` and then
    restored exactly, so ``x`` is unchanged afterwards.

    Time O(x.size) calls of ``f``; extra space O(x.size) for the result.

    >>> x = np.array([1.0, -2.0, 3.0])
    >>> g = numerical_gradient(lambda: float(np.sum(x ** 2)), x)
    >>> np.allclose(g, 2 * x)
    True
    >>> x.tolist()  # restored
    [1.0, -2.0, 3.0]
    """
    if not isinstance(x, np.ndarray):
        raise TypeError(f"x must be a numpy array that f reads, got {type(x).__name__}")
    if x.dtype != np.float64:
        raise TypeError(
            f"x has dtype {x.dtype}; gradient checks need float64 (cast with x.astype(np.float64))"
        )
    if eps <= 0:
        raise ValueError(f"eps must be positive, got {eps}")
    grad = np.zeros_like(x)
    flat_x = x.reshape(-1)  # a view: writing to it perturbs x itself
    flat_g = grad.reshape(-1)
    for i in range(flat_x.size):
        original = flat_x[i]
        flat_x[i] = original + eps
        f_plus = float(f())
        flat_x[i] = original - eps
        f_minus = float(f())
        flat_x[i] = original  # exact restore, not "+ eps", so no rounding drift
        flat_g[i] = (f_plus - f_minus) / (2 * eps)
    return grad
# --8<-- [end:numerical-gradient]


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """Scale-free distance between two gradients: ``max|a - b| / max(|a| + |b|)``.

    Returns 0.0 when both are exactly zero. Below about 1e-6 in float64 means "agree".
    Time and space O(size).

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    >>> round(relative_error(np.array([1.0]), np.array([1.1])), 4)
    0.0476
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"cannot compare gradients of shapes {a.shape} and {b.shape}")
    if a.size == 0:
        return 0.0
    scale = float(np.max(np.abs(a) + np.abs(b)))
    if scale == 0.0:
        return 0.0
    return float(np.max(np.abs(a - b)) / max(scale, np.finfo(np.float64).tiny))


def layer_gradient_errors(layer, x: np.ndarray, rng: np.random.Generator,
                          training: bool = False) -> dict[str, float]:
    """Relative error of a layer's ``backward`` against central differences, per input and param.

    The scalar differentiated is ``sum(forward(x) * R)`` with a random ``R``: every output then
    counts with its own weight, so a backward pass that mixes up two outputs cannot pass by
    symmetry. Works for any layer keeping the contract of :mod:`ml.nn.layers` (``params``,
    ``grads``, ``forward(x, training)``, ``backward(grad_out)``); use float64 layers and inputs.
    Cost: two forward passes per entry of ``x`` and of every parameter.

    >>> from ml.nn.layers import Dense
    >>> layer = Dense(3, 2, rng=np.random.default_rng(0), dtype=np.float64)
    >>> errors = layer_gradient_errors(layer, np.ones((4, 3)), np.random.default_rng(1))
    >>> sorted(errors), all(e < 1e-6 for e in errors.values())
    (['W', 'b', 'x'], True)
    """
    R = rng.standard_normal(layer.forward(x, training=training).shape)

    def f() -> float:
        return float(np.sum(layer.forward(x, training=training) * R))

    layer.forward(x, training=training)
    dx = layer.backward(R)
    analytic = {name: g.copy() for name, g in layer.grads.items()}
    errors = {"x": relative_error(dx, numerical_gradient(f, x))}
    for name, p in layer.params.items():
        errors[name] = relative_error(analytic[name], numerical_gradient(f, p))
    return errors
