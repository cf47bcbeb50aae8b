"""Data augmentation by small shifts: the same digit, moved up to two pixels in each direction.

A handwritten 3 is still a 3 one pixel to the left, but to a dense network, which looks at each
pixel separately, it is a different input. Showing every training image at random offsets
(a fresh offset every epoch) teaches the network that position hardly matters, which it cannot
infer from the 60,000 originals alone. The digit is moved, not wrapped: pixels that leave the
28x28 frame are lost and the uncovered border is blank. MNIST digits fit a 20x20 box centred by
centre of mass, so a 2-pixel shift seldom cuts ink (about one image in eight has some ink that
close to an edge, and loses a little of it).
"""

import numpy as np

from ml.mnist.data import IMAGE_SHAPE, N_PIXELS

__all__ = ["random_shifts", "shift_batch"]


def shift_batch(x: np.ndarray, dy: np.ndarray, dx: np.ndarray, max_shift: int = 2) -> np.ndarray:
    """Shift each flattened 28x28 image ``x[i]`` down by ``dy[i]`` and right by ``dx[i]`` pixels.

    Negative values shift up or left; ``|shift| <= max_shift``. Time and space O(n * 784).

    >>> img = np.zeros((1, 784), dtype=np.float32); img[0, 14 * 28 + 14] = 1.0
    >>> out = shift_batch(img, np.array([1]), np.array([-2]))
    >>> divmod(int(out[0].argmax()), 28)
    (15, 12)
    """
    n = len(x)
    h, w = IMAGE_SHAPE
    if x.ndim != 2 or x.shape[1] != N_PIXELS:
        raise ValueError(f"expected flattened images of shape (n, 784), got {x.shape}")
    if np.abs(dy).max(initial=0) > max_shift or np.abs(dx).max(initial=0) > max_shift:
        raise ValueError(f"shifts must lie within +-{max_shift} pixels")
    m = max_shift
    padded = np.zeros((n, h + 2 * m, w + 2 * m), dtype=x.dtype)
    padded[:, m : m + h, m : m + w] = x.reshape(n, h, w)
    # output pixel (r, c) of image i comes from input pixel (r - dy, c - dx): a gather per image
    rows = (np.arange(h) + m)[None, :] - dy[:, None]  # (n, 28)
    cols = (np.arange(w) + m)[None, :] - dx[:, None]  # (n, 28)
    out = padded[np.arange(n)[:, None, None], rows[:, :, None], cols[:, None, :]]
    return out.reshape(n, N_PIXELS)


def random_shifts(max_shift: int = 2):
    """An ``augment(x_batch, rng)`` function for ``MLP.fit``: uniform shifts in ``[-m, m]``.

    >>> aug = random_shifts(2)
    >>> aug(np.ones((3, 784), dtype=np.float32), np.random.default_rng(0)).shape
    (3, 784)
    """
    if max_shift < 0:
        raise ValueError(f"max_shift must be non-negative, got {max_shift}")

    def augment(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        dy = rng.integers(-max_shift, max_shift + 1, size=len(x))
        dx = rng.integers(-max_shift, max_shift + 1, size=len(x))
        return shift_batch(x, dy, dx, max_shift)

    return augment
