"""Tests for conv-im2col: the example, the project's im2col and Conv2D, non-square shapes."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.conv import Conv2D
from ml.nn.conv import im2col as oracle_im2col
from practice.arrays import expect_array
from practice.checking import expect_true

EXAMPLE_X = np.arange(9.0).reshape(1, 1, 3, 3)
EXAMPLE_W = np.array([[[[1.0, 2.0], [0.0, -1.0]]]])


def oracle_conv(x, w):
    """The project's im2col times the filters as columns, laid out NCHW."""
    n, c_out, (kh, kw) = len(x), len(w), w.shape[2:]
    oh, ow = x.shape[2] - kh + 1, x.shape[3] - kw + 1
    y = oracle_im2col(x, kh, kw) @ w.reshape(c_out, -1).T
    return y.reshape(n, oh, ow, c_out).transpose(0, 3, 1, 2)


def _matches(got, other):
    return isinstance(got, np.ndarray) and got.shape == other.shape and bool(
        np.allclose(got, other, rtol=1e-6, atol=1e-9))


def check_im2col(sol, x, kh, kw, shown=None):
    shown = shown or dict(x=x, kh=kh, kw=kw)
    got, want = sol.im2col(x.copy(), kh, kw), oracle_im2col(x, kh, kw)
    if not _matches(got, want):
        n, c, h, w = x.shape
        windows = want.reshape(n, h - kh + 1, w - kw + 1, c, kh, kw)
        swapped = windows.transpose(0, 1, 2, 3, 5, 4).reshape(want.shape)
        expect_true(kh == kw == 1 or not _matches(got, swapped), "rows and columns are swapped "
                    "inside each window: lay a window out kernel row by kernel row (p outer, q "
                    "inner), like w.reshape(c_out, -1)", **shown)
        by_column = windows.transpose(0, 2, 1, 3, 4, 5).reshape(want.shape)
        expect_true(not _matches(got, by_column), "your windows are in column-major order: rows "
                    "of cols run over output rows first, then output columns", **shown)
    expect_array(got, want, name="cols", why="one row per window (n * oh * ow), one column per "
                 "value in a window (c * kh * kw)", **shown)


def check_conv(sol, x, w, shown=None):
    shown = shown or dict(x=x, w=w)
    got, want = sol.conv2d(x.copy(), w.copy()), oracle_conv(x, w)
    if not _matches(got, want):
        square = w.shape[2] == w.shape[3] and not np.array_equal(w, w.swapaxes(2, 3))
        expect_true(not square or not _matches(got, oracle_conv(x, w.swapaxes(2, 3))),
                    "rows and columns are swapped: your result is the convolution with each "
                    "kernel transposed; check the order of p and q in im2col's windows", **shown)
        symmetric = np.array_equal(w, w[:, :, ::-1, ::-1])
        expect_true(symmetric or not _matches(got, oracle_conv(x, w[:, :, ::-1, ::-1])),
                    "your kernel is flipped: in deep learning a convolution uses the kernel as "
                    "it is (y[r, s] = sum w[p, q] * x[r + p, s + q])", **shown)
        expect_true(not isinstance(got, np.ndarray) or want.shape[1] == 1 or got.shape !=
                    want.shape or not np.allclose(
                        np.sort(got, axis=None), np.sort(want, axis=None)),
                    "the right numbers in the wrong places: the rows of cols @ W are (image, "
                    "row, column) by filter, so reshape to (n, oh, ow, c_out), then transpose "
                    "to (n, c_out, oh, ow)", **shown)
    expect_array(got, want, name="y", why="(images, filters, output rows, output columns)",
                 **shown)


def test_im2col_example(sol):
    check_im2col(sol, EXAMPLE_X, 2, 2)


def test_conv2d_example(sol):
    check_conv(sol, EXAMPLE_X, EXAMPLE_W)


def test_non_square_image_and_kernel(sol):
    rng = np.random.default_rng(80)
    x = rng.normal(size=(2, 2, 4, 6))
    check_im2col(sol, x, 2, 3, shown=dict(x="(2, 2, 4, 6), seed 80", kh=2, kw=3))
    check_im2col(sol, x, 3, 1, shown=dict(x="(2, 2, 4, 6), seed 80", kh=3, kw=1))
    w = rng.normal(size=(3, 2, 2, 3))
    check_conv(sol, x, w, shown=dict(x="(2, 2, 4, 6), seed 80", w="(3, 2, 2, 3), seed 80"))


def test_edge_kernels(sol):
    rng = np.random.default_rng(81)
    x = rng.normal(size=(2, 3, 5, 4))
    shown = dict(x="(2, 3, 5, 4), seed 81")
    check_conv(sol, x, rng.normal(size=(2, 3, 1, 1)), shown=dict(shown, w="1x1: mixes channels"))
    check_conv(sol, x, rng.normal(size=(2, 3, 5, 4)), shown=dict(shown, w="the whole image"))


def test_matches_the_project_layer(sol):
    rng = np.random.default_rng(82)
    x = rng.normal(size=(3, 2, 7, 7))
    layer = Conv2D(2, 4, kernel_size=3, rng=rng, dtype=np.float64)
    w = layer.params["W"]
    shown = dict(x="(3, 2, 7, 7), seed 82", w="Conv2D(2, 4, 3) weights (4, 2, 3, 3)")
    check_conv(sol, x, w, shown=shown)  # the same product as the layer's, with its diagnosis
    expect_array(sol.conv2d(x.copy(), w.copy()), layer.forward(x), name="y",
                 why="(images, filters, output rows, output columns)", **shown)


def test_inputs_unchanged(sol):
    x, w = EXAMPLE_X.copy(), EXAMPLE_W.copy()
    sol.conv2d(x, w)
    sol.im2col(x, 2, 2)
    expect_true(np.array_equal(x, EXAMPLE_X) and np.array_equal(w, EXAMPLE_W), "conv2d or "
                "im2col changed x or w in place; build new arrays", x=EXAMPLE_X, w=EXAMPLE_W)


@st.composite
def batches(draw):
    n, c, c_out = draw(st.integers(1, 2)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    h, w = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    kh, kw = draw(st.integers(1, h)), draw(st.integers(1, w))
    values = st.floats(-5, 5, allow_subnormal=False)
    x = draw(arrays(np.float64, (n, c, h, w), elements=values))
    return x, draw(arrays(np.float64, (c_out, c, kh, kw), elements=values))


@settings(max_examples=15)
@given(case=batches())
def test_matches_the_project_im2col(sol, case):
    x, w = case
    check_im2col(sol, x, *w.shape[2:])
    check_conv(sol, x, w)
