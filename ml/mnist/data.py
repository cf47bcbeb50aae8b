"""MNIST images as network inputs: ``(n, 28, 28)`` bytes become ``(n, 784)`` floats in [0, 1].

Each image is read row by row into one vector of 784 brightnesses, scaled from 0..255 to 0..1 so
the first layer's weighted sums start at a sensible size for He-initialised weights.
"""

import numpy as np

__all__ = ["IMAGE_SHAPE", "N_PIXELS", "to_features"]

IMAGE_SHAPE = (28, 28)
N_PIXELS = 28 * 28


def to_features(images: np.ndarray, dtype: type = np.float32) -> np.ndarray:
    """Flatten ``(n, 28, 28)`` uint8 images into ``(n, 784)`` floats in [0, 1].

    Time and space O(n * 784).

    >>> x = to_features(np.full((2, 28, 28), 255, dtype=np.uint8))
    >>> x.shape, x.dtype, float(x.max())
    ((2, 784), dtype('float32'), 1.0)
    """
    images = np.asarray(images)
    if images.ndim != 3 or images.shape[1:] != IMAGE_SHAPE:
        raise ValueError(f"expected images of shape (n, 28, 28), got {images.shape}")
    if images.dtype != np.uint8:
        raise ValueError(f"expected uint8 pixels 0..255, got dtype {images.dtype}")
    return images.reshape(len(images), N_PIXELS).astype(dtype) / dtype(255)
