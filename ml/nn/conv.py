"""2-D convolution as one matrix product: unfold the patches (im2col), multiply, fold back (col2im).

A convolution slides a small filter over the image and takes a dot product at every position. For a
batch ``x`` of shape ``(n, c_in, h, w)`` and filters ``W`` of shape ``(c_out, c_in, kh, kw)``, each
output pixel is::

    y[i, o, r, s] = b[o] + sum_{c, p, q} W[o, c, p, q] * xpad[i, c, r*stride + p, s*stride + q]

with ``xpad`` the input padded by ``padding`` zeros on every side, and output size
``oh = (h + 2*padding - kh) // stride + 1`` (likewise ``ow``).

**im2col.** Copy every receptive field (a ``c_in * kh * kw`` patch) into one row of a matrix
``cols`` of shape ``(n * oh * ow, c_in * kh * kw)``. The whole convolution is then the Dense
layer's product ``cols @ Wmat`` with ``Wmat = W.reshape(c_out, -1).T``, so the backward pass is
the Dense layer's too::

    dL/dWmat = cols.T @ g       dL/db = g.sum(0)       dL/dcols = g @ Wmat.T

where ``g`` is ``dL/dy`` laid out as ``(n * oh * ow, c_out)``. **col2im** folds ``dL/dcols``
back onto the image, *adding* where patches overlap, because a pixel that appears in several
patches influenced several outputs. Time O(n * oh * ow * c_in * kh * kw * c_out) per pass, like
the direct loops, but spent in one BLAS call; space O(n * oh * ow * c_in * kh * kw) for ``cols``
(``kh * kw`` times the input: the price of the speed).

**The layer's faster layout (stride 1).** ``im2col`` above is the clear version. ``Conv2D`` with
stride 1 builds the same patches faster (see :func:`shifted_patches`): each padded image is laid
out as one flat row per channel, where moving the window by ``(p, q)`` is moving ``p * width + q``
places along the row. Every kernel offset then copies whole rows (long, contiguous copies instead
of 14-float snippets), the patch matrix comes out as ``(n, c_in * kh * kw, positions)``, and
``W @ cols`` gives ``(n, c_out, positions)``: already the ``(n, c, h, w)`` order of the next
layer, with no transpose. The price: each output row carries ``kw - 1`` wasted positions (the
window hanging over the right edge), about 7 % more arithmetic for 28x28 images.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ml.base import independent_rng
from ml.nn.init import he_normal
from ml.nn.layers import Layer

__all__ = ["Conv2D", "col2im", "conv_output_size", "im2col", "shifted_patches"]


def conv_output_size(size: int, kernel: int, stride: int, padding: int) -> int:
    """Output length along one axis: ``(size + 2*padding - kernel) // stride + 1``.

    >>> conv_output_size(28, 3, 1, 1), conv_output_size(28, 2, 2, 0), conv_output_size(5, 3, 2, 0)
    (28, 14, 2)
    """
    out = (size + 2 * padding - kernel) // stride + 1
    if out < 1:
        raise ValueError(f"a kernel of {kernel} does not fit an input of {size} with padding "
                         f"{padding}; pad more or use a smaller kernel")
    return out


def im2col(x: np.ndarray, kh: int, kw: int, stride: int = 1, padding: int = 0) -> np.ndarray:
    """Patches of ``x (n, c, h, w)`` as rows: shape ``(n * oh * ow, c * kh * kw)``.

    Rows run over images, then output rows, then output columns; within a row the patch is laid
    out channel, then kernel row, then kernel column (the order of ``W.reshape(c_out, -1)``).
    Time and space O(n * oh * ow * c * kh * kw).

    >>> x = np.arange(9.0).reshape(1, 1, 3, 3)
    >>> im2col(x, 2, 2).tolist()  # the four 2x2 windows of a 3x3 image
    [[0.0, 1.0, 3.0, 4.0], [1.0, 2.0, 4.0, 5.0], [3.0, 4.0, 6.0, 7.0], [4.0, 5.0, 7.0, 8.0]]
    """
    n, c, h, w = x.shape
    oh = conv_output_size(h, kh, stride, padding)
    ow = conv_output_size(w, kw, stride, padding)
    if padding:
        x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    # a view (n, c, h', w', kh, kw) of every window, no copy; keep every stride-th one
    windows = sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    # (n, oh, ow, c, kh, kw): the reshape below makes the one real copy
    return windows.transpose(0, 2, 3, 1, 4, 5).reshape(n * oh * ow, c * kh * kw)


def col2im(cols: np.ndarray, x_shape: tuple[int, int, int, int], kh: int, kw: int,
           stride: int = 1, padding: int = 0) -> np.ndarray:
    """The adjoint of ``im2col``: scatter rows back onto an image of ``x_shape``, summing overlaps.

    For any ``x`` and ``cols``, ``sum(im2col(x) * cols) == sum(x * col2im(cols))``: that identity
    is what makes it the right backward pass. Loops over the ``kh * kw`` kernel offsets only.
    Time O(cols.size), space O(size of the padded image).

    >>> cols = np.ones((4, 4))  # four 2x2 windows of a 3x3 image, every entry 1
    >>> col2im(cols, (1, 1, 3, 3), 2, 2)[0, 0].tolist()  # how many windows cover each pixel
    [[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]
    """
    n, c, h, w = x_shape
    oh = conv_output_size(h, kh, stride, padding)
    ow = conv_output_size(w, kw, stride, padding)
    patches = cols.reshape(n, oh, ow, c, kh, kw).transpose(0, 3, 4, 5, 1, 2)  # (n,c,kh,kw,oh,ow)
    padded = np.zeros((n, c, h + 2 * padding, w + 2 * padding), dtype=cols.dtype)
    for p in range(kh):
        for q in range(kw):
            padded[:, :, p : p + stride * oh : stride, q : q + stride * ow : stride] += \
                patches[:, :, p, q]
    if padding:
        return padded[:, :, padding:-padding, padding:-padding]
    return padded


def _flat_padded(x: np.ndarray, kh: int, kw: int, padding: int) -> np.ndarray:
    """``x`` zero-padded, each channel's image as one row, plus ``kw - 1`` zeros at its end (the
    last window's wasted positions read past the image)."""
    n, c, h, w = x.shape
    hp, wp = h + 2 * padding, w + 2 * padding
    flat = np.zeros((n, c, hp * wp + kw - 1), dtype=x.dtype)
    flat[:, :, : hp * wp].reshape(n, c, hp, wp)[:, :, padding : padding + h,
                                                padding : padding + w] = x
    return flat


def _offsets(kh: int, kw: int, wp: int) -> list[int]:
    return [p * wp + q for p in range(kh) for q in range(kw)]


def shifted_patches(x: np.ndarray, kh: int, kw: int, padding: int = 0) -> np.ndarray:
    """Stride-1 patches of ``x (n, c, h, w)`` as ``(n, c * kh * kw, oh * wp)``, ``wp = w + 2p``.

    Column ``r * wp + t`` holds the window whose top-left corner is ``(r, t)`` of the padded
    image; the columns with ``t >= ow`` are windows past the right edge, to be dropped. Rows are
    in ``W.reshape(c_out, -1)`` order, as in :func:`im2col`. Time and space
    O(n * c * kh * kw * oh * wp).

    >>> x = np.arange(9.0).reshape(1, 1, 3, 3)
    >>> shifted_patches(x, 2, 2)[0].T[[0, 1, 3, 4]].tolist()  # the four windows; 2 and 5 wasted
    [[0.0, 1.0, 3.0, 4.0], [1.0, 2.0, 4.0, 5.0], [3.0, 4.0, 6.0, 7.0], [4.0, 5.0, 7.0, 8.0]]
    """
    n, c, h, w = x.shape
    oh, wp = conv_output_size(h, kh, 1, padding), w + 2 * padding
    flat, size = _flat_padded(x, kh, kw, padding), oh * wp
    cols = np.empty((n, c, kh * kw, size), dtype=x.dtype)
    for i, offset in enumerate(_offsets(kh, kw, wp)):
        cols[:, :, i] = flat[:, :, offset : offset + size]  # a window shift is a row shift
    return cols.reshape(n, c * kh * kw, size)


def _fold_shifted(dcols: np.ndarray, x_shape: tuple[int, int, int, int], kh: int, kw: int,
                  padding: int) -> np.ndarray:
    """The adjoint of :func:`shifted_patches`: add each offset's rows back, shifted, then crop."""
    n, c, h, w = x_shape
    hp, wp = h + 2 * padding, w + 2 * padding
    size = dcols.shape[-1]
    dcols = dcols.reshape(n, c, kh * kw, size)
    flat = np.zeros((n, c, hp * wp + kw - 1), dtype=dcols.dtype)
    for i, offset in enumerate(_offsets(kh, kw, wp)):
        flat[:, :, offset : offset + size] += dcols[:, :, i]
    return flat[:, :, : hp * wp].reshape(n, c, hp, wp)[:, :, padding : padding + h,
                                                       padding : padding + w]


class Conv2D(Layer):
    """Convolution of ``(n, in_channels, h, w)`` batches with ``out_channels`` square filters.

    ``params["W"]`` has shape ``(out_channels, in_channels, k, k)`` (He-normal, fan-in
    ``in_channels * k * k``; without ``rng`` drawn from the layer's own stream,
    :func:`ml.base.independent_rng`) and ``params["b"]`` shape ``(out_channels,)``. See the
    module docstring for the maths and the cost.

    >>> conv = Conv2D(1, 2, kernel_size=3, padding=1, rng=np.random.default_rng(0))
    >>> y = conv.forward(np.ones((4, 1, 5, 5), dtype=np.float32))
    >>> y.shape
    (4, 2, 5, 5)
    >>> dx = conv.backward(np.ones_like(y))
    >>> dx.shape, conv.grads["W"].shape, conv.grads["b"].tolist()  # db: 4 images * 25 pixels
    ((4, 1, 5, 5), (2, 1, 3, 3), [100.0, 100.0])
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        padding: int = 0,
        rng: np.random.Generator | None = None,
        dtype: np.dtype = np.float32,
    ) -> None:
        super().__init__()
        for name, value, low in (("in_channels", in_channels, 1), ("out_channels", out_channels, 1),
                                 ("kernel_size", kernel_size, 1), ("stride", stride, 1),
                                 ("padding", padding, 0)):
            if int(value) != value or value < low:
                raise ValueError(f"{name} must be an integer >= {low}, got {value}")
        self.in_channels, self.out_channels = int(in_channels), int(out_channels)
        self.kernel_size, self.stride, self.padding = int(kernel_size), int(stride), int(padding)
        rng = independent_rng() if rng is None else rng
        k = self.kernel_size
        fan_in = self.in_channels * k * k
        W = he_normal(fan_in, self.out_channels, rng, dtype).T  # (c_out, fan_in)
        self.params = {"W": np.ascontiguousarray(W.reshape(self.out_channels, self.in_channels,
                                                           k, k)),
                       "b": np.zeros(self.out_channels, dtype=dtype)}
        self.grads = {name: np.zeros_like(p) for name, p in self.params.items()}
        self._cols: np.ndarray | None = None
        self._x_shape: tuple[int, int, int, int] | None = None

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if x.ndim != 4 or x.shape[1] != self.in_channels:
            raise ValueError(f"Conv2D expects input of shape (n, {self.in_channels}, h, w), got "
                             f"{x.shape}; add a channel axis with x[:, None] for grey images")
        n, _, h, w = x.shape
        k, s, p = self.kernel_size, self.stride, self.padding
        oh, ow = conv_output_size(h, k, s, p), conv_output_size(w, k, s, p)
        self._x_shape = x.shape
        W = self.params["W"].reshape(self.out_channels, -1)
        if s == 1:  # the fast layout (module docstring): (n, fan_in, oh * wp) patches
            self._cols = shifted_patches(x, k, k, p)
            y = W @ self._cols  # (c_out, fan_in) @ (n, fan_in, oh*wp), one product per image
            y += self.params["b"][:, None]
            return y.reshape(n, self.out_channels, oh, w + 2 * p)[..., :ow]  # drop the overhang
        self._cols = im2col(x, k, k, s, p)
        y = self._cols @ W.T  # (n*oh*ow, fan_in) @ (fan_in, c_out)
        y += self.params["b"]
        return y.reshape(n, oh, ow, self.out_channels).transpose(0, 3, 1, 2)

    def _grad_rows(self, grad_out: np.ndarray) -> np.ndarray:
        """``dL/dy`` in the layout of ``self._cols``'s products: ``(n, c_out, oh * wp)`` with
        zeros at the overhanging positions (stride 1), else ``(n * oh * ow, c_out)``."""
        if self._cols is None:
            raise ValueError("call forward before backward")
        if self.stride == 1:
            n, c_out, oh, ow = grad_out.shape
            g = np.zeros((n, c_out, oh, self._x_shape[3] + 2 * self.padding), grad_out.dtype)
            g[..., :ow] = grad_out
            return g.reshape(n, c_out, -1)
        # (n, c_out, oh, ow) -> rows in im2col order (n*oh*ow, c_out)
        return grad_out.transpose(0, 2, 3, 1).reshape(-1, self.out_channels)

    def _fill_grads(self, g: np.ndarray) -> None:
        # the Dense layer's formulas on the patch matrix; written in place, never accumulated
        if self.stride == 1:  # a product per image, then the sum over the batch
            dW = np.matmul(g, self._cols.transpose(0, 2, 1)).sum(axis=0)
            np.sum(g.sum(axis=2), axis=0, out=self.grads["b"])
        else:
            dW = g.T @ self._cols
            np.sum(g, axis=0, out=self.grads["b"])
        self.grads["W"][...] = dW.reshape(self.params["W"].shape)

    def backward_params(self, grad_out: np.ndarray) -> None:
        """Fill ``grads`` only (a first layer needs no gradient for its input pixels)."""
        self._fill_grads(self._grad_rows(grad_out))

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        g = self._grad_rows(grad_out)
        self._fill_grads(g)
        W, k = self.params["W"].reshape(self.out_channels, -1), self.kernel_size
        if self.stride == 1:
            return _fold_shifted(W.T @ g, self._x_shape, k, k, self.padding)  # (n, fan_in, .)
        dcols = g @ W  # (n*oh*ow, fan_in)
        return col2im(dcols, self._x_shape, k, k, self.stride, self.padding)

    def __repr__(self) -> str:
        extra = "".join(f", {name}={getattr(self, name)}" for name, default
                        in (("stride", 1), ("padding", 0)) if getattr(self, name) != default)
        return f"Conv2D({self.in_channels}, {self.out_channels}, {self.kernel_size}{extra})"
