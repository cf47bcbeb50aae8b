"""Weight initialisation: pick the scale so signals neither vanish nor explode layer by layer.

A Dense layer sums ``n_in`` products ``w * x``. If the weights have variance ``s**2`` and the inputs
have unit second moment, the sum has variance ``n_in * s**2``. Keeping that near the input's keeps
activations (and, by the same argument run backwards, gradients) at a steady scale through depth:

- **He** (Kaiming) normal, for ReLU: ``s = sqrt(2 / n_in)``. ReLU zeroes half of its inputs, halving
  the second moment, and the factor 2 gives it back.
- **Xavier** (Glorot) uniform, for tanh and sigmoid: ``U(-a, a)`` with ``a = sqrt(6 / (n_in +
  n_out))``, the variance ``2 / (n_in + n_out)`` compromising between the forward and backward pass.

Biases start at zero: the random weights already break the symmetry between neurons.
"""

import numpy as np

__all__ = ["INITIALISERS", "he_normal", "xavier_uniform"]


def he_normal(
    n_in: int, n_out: int, rng: np.random.Generator, dtype: np.dtype = np.float32
) -> np.ndarray:
    """He-normal weights of shape ``(n_in, n_out)`` with standard deviation ``sqrt(2 / n_in)``.

    Time and space O(n_in * n_out).

    >>> W = he_normal(400, 300, np.random.default_rng(0))
    >>> W.shape, W.dtype
    ((400, 300), dtype('float32'))
    >>> bool(abs(W.std() - (2 / 400) ** 0.5) < 0.002)
    True
    """
    _check_sizes(n_in, n_out)
    std = np.sqrt(2.0 / n_in)
    return (rng.standard_normal((n_in, n_out)) * std).astype(dtype)


def xavier_uniform(
    n_in: int, n_out: int, rng: np.random.Generator, dtype: np.dtype = np.float32
) -> np.ndarray:
    """Xavier-uniform weights of shape ``(n_in, n_out)`` drawn from ``U(-a, a)``.

    ``a = sqrt(6 / (n_in + n_out))``. Time and space O(n_in * n_out).

    >>> W = xavier_uniform(4, 2, np.random.default_rng(0), dtype=np.float64)
    >>> bool(np.all(np.abs(W) <= 1.0))  # a = sqrt(6 / 6)
    True
    """
    _check_sizes(n_in, n_out)
    limit = np.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)).astype(dtype)


def _check_sizes(n_in: int, n_out: int) -> None:
    if n_in < 1 or n_out < 1:
        raise ValueError(f"layer sizes must be positive, got n_in={n_in}, n_out={n_out}")


INITIALISERS = {"he": he_normal, "xavier": xavier_uniform}
