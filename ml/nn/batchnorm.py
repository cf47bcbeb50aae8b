"""Batch normalisation: standardise each feature over the batch, then let the network rescale it.

For one feature (a column of a ``(n, d)`` batch, or one channel of a ``(n, c, h, w)`` batch, whose
statistics are taken over the ``m = n*h*w`` values it has in the batch)::

    mu = mean(x)     var = mean((x - mu)**2)     xhat = (x - mu) / sqrt(var + eps)
    y  = gamma * xhat + beta

``gamma`` and ``beta`` are learned, so the layer can undo the standardisation if that helps; what
it removes is the drift of each layer's input scale while the layers below it learn.

**Training vs inference.** While training, ``mu`` and ``var`` come from the batch, so every
example's output depends on the others in its batch. For inference that would be wrong (a
prediction must not depend on its neighbours), so the layer keeps running averages, updated at
each training step with PyTorch's convention for ``momentum``::

    running = (1 - momentum) * running + momentum * batch_statistic

(``momentum=0.1`` by default: a memory of roughly the last ten batches). The running variance uses
the unbiased batch variance ``var * m / (m - 1)``, an estimate of the population's.
``forward(x, training=False)`` uses the running values, and then the layer is a fixed affine map.

**Backward (training).** With ``g = dL/dy``, ``dxhat = g * gamma`` and sums over the ``m`` values
of a feature, differentiating through ``mu`` and ``var`` as well gives::

    dL/dgamma = sum(g * xhat)      dL/dbeta = sum(g)
    dL/dx = (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)) / sqrt(var + eps)

The two subtracted means are the batch statistics' share of the blame: shifting every input of
a feature by the same amount changes nothing after standardising, so the gradient sums to zero.
Time and space O(size of x) per pass.
"""

import numpy as np

from ml.nn.layers import Layer

__all__ = ["BatchNorm"]


class BatchNorm(Layer):
    """Batch normalisation over ``(n, features)`` or ``(n, channels, h, w)`` inputs.

    ``params``: ``gamma`` (ones) and ``beta`` (zeros), shape ``(num_features,)``. Buffers (not
    learned, not in ``params``): ``running_mean`` (zeros) and ``running_var`` (ones).

    >>> bn = BatchNorm(2)
    >>> x = np.array([[1.0, 10.0], [3.0, 30.0]])
    >>> bn.forward(x, training=True).round(4).tolist()
    [[-1.0, -1.0], [1.0, 1.0]]
    >>> bn.running_mean.tolist(), bn.running_var.tolist()  # 0.9 * old + 0.1 * batch
    ([0.2, 2.0], [1.1, 20.9])
    >>> bn.forward(x).round(3).tolist()  # inference: the running values
    [[0.763, 1.75], [2.67, 6.125]]
    """

    def __init__(self, num_features: int, momentum: float = 0.1, eps: float = 1e-5,
                 dtype: np.dtype = np.float32) -> None:
        super().__init__()
        if int(num_features) != num_features or num_features < 1:
            raise ValueError(f"num_features must be a positive integer, got {num_features}")
        if not 0.0 <= momentum <= 1.0:
            raise ValueError(f"momentum must be in [0, 1], got {momentum}")
        if not eps > 0:
            raise ValueError(f"eps must be positive, got {eps}")
        self.num_features, self.momentum, self.eps = int(num_features), float(momentum), eps
        self.params = {"gamma": np.ones(self.num_features, dtype=dtype),
                       "beta": np.zeros(self.num_features, dtype=dtype)}
        self.grads = {name: np.zeros_like(p) for name, p in self.params.items()}
        self.running_mean = np.zeros(self.num_features, dtype=dtype)
        self.running_var = np.ones(self.num_features, dtype=dtype)
        self._cache: tuple | None = None

    def _axes_and_shape(self, x: np.ndarray) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Axes to reduce over, and the shape that broadcasts per-feature vectors against ``x``."""
        if x.ndim not in (2, 4) or x.shape[1] != self.num_features:
            raise ValueError(f"BatchNorm expects (n, {self.num_features}) or "
                             f"(n, {self.num_features}, h, w), got {x.shape}")
        if x.ndim == 2:
            return (0,), (1, self.num_features)
        return (0, 2, 3), (1, self.num_features, 1, 1)

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        axes, shape = self._axes_and_shape(x)
        gamma = self.params["gamma"].reshape(shape)
        beta = self.params["beta"].reshape(shape)
        if not training:
            inv_std = 1.0 / np.sqrt(self.running_var + self.eps)
            self._cache = ("inference", inv_std, axes, shape)
            xhat = (x - self.running_mean.reshape(shape)) * inv_std.reshape(shape)
            self._xhat = xhat
            return gamma * xhat + beta
        m = x.size // self.num_features
        if m < 2:
            raise ValueError("batch statistics need at least two values per feature; train with "
                             "a batch of two or more, or call forward(x, training=False)")
        mu = x.mean(axis=axes)
        centred = x - mu.reshape(shape)
        var = np.mean(centred * centred, axis=axes)
        inv_std = 1.0 / np.sqrt(var + self.eps)
        xhat = centred * inv_std.reshape(shape)
        self._cache = ("training", inv_std, axes, shape)
        self._xhat = xhat
        a = self.momentum
        self.running_mean[...] = (1 - a) * self.running_mean + a * mu
        self.running_var[...] = (1 - a) * self.running_var + a * var * (m / (m - 1))
        return gamma * xhat + beta

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        if self._cache is None:
            raise ValueError("call forward before backward")
        mode, inv_std, axes, shape = self._cache
        xhat = self._xhat
        self.grads["gamma"][...] = np.sum(grad_out * xhat, axis=axes)
        self.grads["beta"][...] = np.sum(grad_out, axis=axes)
        dxhat = grad_out * self.params["gamma"].reshape(shape)
        if mode == "inference":  # mu and var are constants: just the affine map's slope
            return dxhat * inv_std.reshape(shape)
        mean_dxhat = dxhat.mean(axis=axes, keepdims=True)
        mean_dxhat_xhat = np.mean(dxhat * xhat, axis=axes, keepdims=True)
        return (dxhat - mean_dxhat - xhat * mean_dxhat_xhat) * inv_std.reshape(shape)

    def __repr__(self) -> str:
        return f"BatchNorm({self.num_features})"
