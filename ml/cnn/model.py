"""``ConvNet``: two convolution blocks and a Dense read-out, as a scikit-learn-style classifier.

The default network, for 28x28 grey images::

    (n,1,28,28) -> Conv 8@3x3 (pad 1) -> ReLU -> MaxPool 2 -> (n,8,14,14)
                -> Conv 16@3x3 (pad 1) -> ReLU -> MaxPool 2 -> (n,16,7,7)
                -> Flatten (n,784) -> Dense 10 -> logits

It has 8*9+8 + 16*72+16 + 784*10+10 = 9,098 parameters, twelve times fewer than the
784-128-64-10 MLP, because a filter reuses its nine weights at every position of the image: the
network knows from its shape that a stroke is a stroke wherever it appears. ``batchnorm=True``
puts a ``BatchNorm`` after each convolution.

Training reuses the MLP's machinery unchanged: ``ml.nn.training.train`` (shuffled mini-batches,
fused softmax cross-entropy, divergence check), Adam and the cosine schedule. Forward and
backward cost about 0.3 M multiply-adds per image each way (mostly in the second convolution).
"""

import numpy as np

from ml.base import check_array
from ml.nn.activations import ReLU
from ml.nn.batchnorm import BatchNorm
from ml.nn.conv import Conv2D
from ml.nn.estimator import NeuralClassifier
from ml.nn.flat import share_buffers
from ml.nn.layers import Dense, Layer
from ml.nn.optim import Adam, Optimizer
from ml.nn.pooling import Flatten, MaxPool2D
from ml.nn.schedules import SCHEDULES

__all__ = ["ConvNet", "cnn_layers"]

EVAL_CHUNK = 500  # images per forward pass when scoring: bounds the im2col matrix's memory


def cnn_layers(
    image_shape: tuple[int, int, int] = (1, 28, 28),
    channels: tuple[int, ...] = (8, 16),
    n_classes: int = 10,
    batchnorm: bool = False,
    rng: np.random.Generator | None = None,
    dtype: type = np.float32,
) -> list[Layer]:
    """Conv 3x3 -> (BatchNorm) -> ReLU -> MaxPool 2 for each entry of ``channels``, then Dense.

    >>> cnn_layers()
    [Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(8, 16, 3, padding=1), ReLU(), \
MaxPool2D(2), Flatten(), Dense(784, 10)]
    """
    c, h, w = image_shape
    rng = np.random.default_rng(0) if rng is None else rng
    layers: list[Layer] = []
    for out in channels:
        layers.append(Conv2D(c, out, 3, padding=1, rng=rng, dtype=dtype))
        if batchnorm:
            layers.append(BatchNorm(out, dtype=dtype))
        layers += [ReLU(), MaxPool2D(2)]
        c, h, w = out, h // 2, w // 2
        if h < 1 or w < 1:
            raise ValueError(f"image {image_shape} is too small for {len(channels)} pooling steps")
    layers += [Flatten(), Dense(c * h * w, n_classes, rng=rng, dtype=dtype)]
    return layers


class ConvNet(NeuralClassifier):
    """A small CNN classifier for grey images, trained with Adam and mini-batches.

    ``fit(X, y)`` takes images ``(n, h, w)`` or ``(n, 1, h, w)``; uint8 pixels are scaled to
    [0, 1]. Labels, ``classes_``, ``predict_proba``, ``score`` and the learned state
    (``network_``, ``history_``, ``input_shape_``, ``train_seconds_``) follow
    :class:`ml.nn.estimator.NeuralClassifier`. Training takes O(epochs * n * cost per image);
    see the module docstring.

    >>> rng = np.random.default_rng(0)
    >>> X = np.zeros((40, 8, 8)); y = np.arange(40) % 2
    >>> X[y == 1, :, :4] = 1.0  # class 1: the left half is lit
    >>> model = ConvNet(channels=(2,), n_classes=2, epochs=5, batch_size=8, lr=0.05).fit(X, y)
    >>> model.score(X, y)
    1.0
    """

    eval_chunk = EVAL_CHUNK

    def __init__(
        self,
        channels: tuple[int, ...] = (8, 16),
        n_classes: int = 10,
        epochs: int = 3,
        batch_size: int = 64,
        lr: float = 2e-3,
        schedule: str = "cosine",
        batchnorm: bool = False,
        random_state: int | np.random.Generator | None = 0,
        dtype: type = np.float32,
    ) -> None:
        self.channels = tuple(int(c) for c in channels)
        self.n_classes = int(n_classes)
        self.epochs = int(epochs)
        self.batch_size = int(batch_size)
        self.lr = float(lr)
        self.schedule = schedule
        self.batchnorm = bool(batchnorm)
        self.random_state = self._checked_random_state(random_state)
        self.dtype = np.dtype(dtype).name  # a name, so that repr(model) can be evaluated
        if not self.channels or min(self.channels) < 1:
            raise ValueError(f"channels must list positive filter counts, got {channels}")
        if (self.n_classes < 2 or self.epochs < 1 or self.batch_size < 1
                or not 0 < self.lr < np.inf):  # written so that a NaN lr fails too
            raise ValueError("need n_classes >= 2, epochs >= 1, batch_size >= 1 and a finite "
                             f"lr > 0, got {n_classes}, {epochs}, {batch_size}, {lr}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"unknown schedule {self.schedule!r}; choose one of {SCHEDULES}")

    def _inputs(self, X, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """Grey images as ``(n, 1, h, w)`` floats in [0, 1] for uint8 pixels; ``shape`` checked."""
        X = np.asarray(X)
        if X.ndim == 3:
            X = X[:, None]
        if X.ndim != 4 or X.shape[1] != 1 or len(X) == 0:
            raise ValueError(f"X must hold grey images (n, h, w) or (n, 1, h, w), got {X.shape}")
        if shape is not None and X.shape[1:] != tuple(shape):
            raise ValueError(f"the model was fitted on images {tuple(shape)}, got {X.shape[1:]}")
        dtype = np.dtype(self.dtype)
        scale = dtype.type(255.0 if X.dtype == np.uint8 else 1.0)
        return check_array(X, ensure_2d=False, dtype=dtype) / scale  # numeric, finite

    def _layers(self, shape: tuple[int, ...], rng: np.random.Generator) -> list[Layer]:
        # one buffer for all weights, one for all gradients: Adam then steps them at once
        return share_buffers(cnn_layers(shape, self.channels, self.n_classes, self.batchnorm,
                                        rng, self.dtype))

    def _optimizer(self) -> Optimizer:
        return Adam(self.lr)
