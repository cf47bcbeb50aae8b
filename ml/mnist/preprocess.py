"""Any picture of a digit, prepared the way MNIST's digits were, so the network can read it.

The network only knows MNIST's conventions, so a photo or a drawing must be brought to them:

1. **grayscale**: colour channels are mixed by luminance (0.299 R + 0.587 G + 0.114 B); a
   transparent background counts as white;
2. **ink is bright**: MNIST digits are white on black. If the border of the picture (its
   background) is light, the picture is inverted; then it is stretched to the range 0..1;
3. **crop** to the box that holds the ink (pixels above 20 % of full brightness);
4. **fit into 20x20**, keeping the aspect ratio, by area averaging (each new pixel is the mean of
   the old pixels it covers, so thin strokes fade instead of vanishing);
5. **centre by centre of mass** in a 28x28 frame: the brightness-weighted mean position of the
   ink goes to pixel (14, 14), as in the original data set.

Only numpy and matplotlib's image reader are used. Time O(H * W) for an H x W picture.
"""

import os

import numpy as np

__all__ = ["load_image", "mnist_style", "resize_area", "to_grayscale"]

INK_THRESHOLD = 0.2
BOX = 20
FRAME = 28


def load_image(path: str | os.PathLike) -> np.ndarray:
    """Read an image file (PNG, or JPEG where Pillow is present) as grayscale floats in [0, 1].

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` for one that is not a
    readable image. Time O(H * W).

    >>> import tempfile, pathlib, matplotlib.image
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "dot.png"
    >>> matplotlib.image.imsave(path, np.eye(3), cmap="gray")
    >>> load_image(path).round(2).tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    """
    import matplotlib.image

    if not os.path.isfile(path):
        raise FileNotFoundError(f"no image file at {path}")
    try:
        pixels = matplotlib.image.imread(path)
    except Exception as err:  # the reader raises many types for bad files; report them as one
        raise ValueError(f"cannot read {path} as an image: {err}") from err
    return to_grayscale(pixels)


def to_grayscale(pixels: np.ndarray) -> np.ndarray:
    """``(H, W)``, ``(H, W, 3)`` or ``(H, W, 4)`` pixels (uint8 or floats) to floats in [0, 1].

    Transparent pixels are composited over white.

    >>> to_grayscale(np.array([[[255, 0, 0], [255, 255, 255]]], dtype=np.uint8)).round(3).tolist()
    [[0.299, 1.0]]
    >>> to_grayscale(np.array([[[0.0, 0.0, 0.0, 0.0]]])).tolist()  # transparent: white
    [[1.0]]
    """
    pixels = np.asarray(pixels)
    scale = 255.0 if pixels.dtype == np.uint8 else 65535.0 if pixels.dtype == np.uint16 else 1.0
    img = pixels.astype(np.float64) / scale
    if img.ndim == 2:
        return img
    if img.ndim != 3 or img.shape[2] not in (1, 2, 3, 4):
        raise ValueError(f"expected an image of shape (H, W) or (H, W, channels), got "
                         f"{pixels.shape}")
    has_alpha = img.shape[2] in (2, 4)
    colour = img[..., :-1] if has_alpha else img
    gray = colour[..., 0] if colour.shape[2] == 1 else colour[..., :3] @ [0.299, 0.587, 0.114]
    if has_alpha:
        alpha = img[..., -1]
        gray = gray * alpha + (1.0 - alpha)
    return gray


def resize_area(img: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resample ``img`` to ``(height, width)``; each output pixel averages the area it covers.

    Written as ``Rh @ img @ Rw.T`` with two overlap matrices. Time O(H W (height + width)).

    >>> resize_area(np.array([[0.0, 1.0], [1.0, 0.0]]), 1, 1).tolist()
    [[0.5]]
    >>> resize_area(np.eye(2), 4, 4)[0].tolist()
    [1.0, 1.0, 0.0, 0.0]
    """
    return _overlap(img.shape[0], height) @ img @ _overlap(img.shape[1], width).T


def _overlap(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights: the share of output cell i's span covered by input cell j."""
    edges = np.arange(n_out + 1) * (n_in / n_out)  # output cell edges, in input pixel units
    lo, hi = edges[:-1, None], edges[1:, None]
    j = np.arange(n_in)[None, :]
    covered = np.clip(np.minimum(hi, j + 1) - np.maximum(lo, j), 0.0, None)
    return covered / covered.sum(axis=1, keepdims=True)


def mnist_style(gray: np.ndarray) -> np.ndarray:
    """Turn a grayscale picture (floats in [0, 1]) into a 28x28 uint8 MNIST-style digit.

    >>> canvas = np.ones((60, 40)); canvas[10:50, 15:25] = 0.0  # a dark bar on white paper
    >>> digit = mnist_style(canvas)
    >>> digit.shape, digit.dtype, int(digit.max())
    ((28, 28), dtype('uint8'), 255)
    >>> rows, cols = np.nonzero(digit)
    >>> int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)  # 40x10 -> 20x5
    (20, 5)
    """
    gray = np.asarray(gray, dtype=np.float64)
    if gray.ndim != 2 or min(gray.shape) < 1:
        raise ValueError(f"expected a 2-D grayscale image, got shape {gray.shape}")
    if not np.isfinite(gray).all():
        raise ValueError("the image holds NaN or infinite values")
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    ink = 1.0 - gray if np.median(border) > 0.5 else gray.copy()
    low, high = float(ink.min()), float(ink.max())
    if high - low < 1e-6:
        raise ValueError("the image is blank (one flat colour): no digit to read")
    ink = (ink - low) / (high - low)
    rows = np.flatnonzero((ink > INK_THRESHOLD).any(axis=1))
    cols = np.flatnonzero((ink > INK_THRESHOLD).any(axis=0))
    ink = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    ink[ink <= INK_THRESHOLD] = 0.0  # paper texture and noise are not ink
    h, w = ink.shape
    scale = BOX / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    box = resize_area(ink, new_h, new_w)
    box = box / box.max()
    # centre of mass of the box, then the offset that puts it at the frame's middle
    total = box.sum()
    com_r = (box.sum(axis=1) @ np.arange(new_h)) / total
    com_c = (box.sum(axis=0) @ np.arange(new_w)) / total
    top = int(np.clip(round(FRAME / 2 - com_r), 0, FRAME - new_h))
    left = int(np.clip(round(FRAME / 2 - com_c), 0, FRAME - new_w))
    frame = np.zeros((FRAME, FRAME))
    frame[top : top + new_h, left : left + new_w] = box
    return np.round(frame * 255).astype(np.uint8)
