"""Conv2D: forward against direct loops, im2col/col2im adjointness, central-difference gradients."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.nn.conv import Conv2D, col2im, im2col


def direct_convolution(x, W, b, stride, padding):
    """The definition, one output pixel at a time (the independent oracle)."""
    n, _, h, w = x.shape
    c_out, _, k, _ = W.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    oh = (h + 2 * padding - k) // stride + 1
    ow = (w + 2 * padding - k) // stride + 1
    y = np.zeros((n, c_out, oh, ow))
    for i in range(n):
        for o in range(c_out):
            for r in range(oh):
                for s in range(ow):
                    patch = xp[i, :, r * stride : r * stride + k, s * stride : s * stride + k]
                    y[i, o, r, s] = np.sum(patch * W[o]) + b[o]
    return y


@pytest.mark.parametrize(("stride", "padding", "k"), [(1, 0, 3), (1, 1, 3), (2, 1, 3), (2, 0, 2),
                                                      (3, 2, 4)])
def test_forward_matches_direct_loops(rng, stride, padding, k):
    conv = Conv2D(2, 3, k, stride=stride, padding=padding, rng=rng, dtype=np.float64)
    conv.params["b"][:] = rng.standard_normal(3)
    x = rng.standard_normal((2, 2, 7, 6))
    expected = direct_convolution(x, conv.params["W"], conv.params["b"], stride, padding)
    np.testing.assert_allclose(conv.forward(x), expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(("stride", "padding"), [(1, 0), (1, 1), (2, 1), (2, 0)])
def test_gradients_match_central_differences(rng, layer_gradcheck, stride, padding):
    conv = Conv2D(2, 3, 3, stride=stride, padding=padding, rng=rng, dtype=np.float64)
    conv.params["b"][:] = rng.standard_normal(3)
    x = rng.standard_normal((2, 2, 6, 5))
    errors = layer_gradcheck(conv, x, rng)
    assert set(errors) == {"x", "W", "b"}


def test_backward_overwrites_grads_and_backward_params_agrees(rng):
    conv = Conv2D(1, 2, 3, padding=1, rng=rng, dtype=np.float64)
    x = rng.standard_normal((3, 1, 5, 5))
    g = rng.standard_normal(conv.forward(x).shape)
    conv.backward(g)
    first = {k: v.copy() for k, v in conv.grads.items()}
    conv.backward(g)
    for name in first:
        np.testing.assert_array_equal(conv.grads[name], first[name])
    conv.grads["W"][...] = 0
    conv.backward_params(g)
    np.testing.assert_array_equal(conv.grads["W"], first["W"])


@settings(max_examples=30)
@given(n=st.integers(1, 2), c=st.integers(1, 3), h=st.integers(3, 7), w=st.integers(3, 7),
       k=st.integers(1, 3), stride=st.integers(1, 3), padding=st.integers(0, 2))
def test_col2im_is_the_adjoint_of_im2col(n, c, h, w, k, stride, padding):
    # <im2col(x), C> == <x, col2im(C)> for every x and C: the defining property of a backward pass
    rng = np.random.default_rng(n * 1000 + c * 100 + h * 10 + w)
    x = rng.standard_normal((n, c, h, w))
    cols = im2col(x, k, k, stride, padding)
    C = rng.standard_normal(cols.shape)
    lhs = float(np.sum(cols * C))
    rhs = float(np.sum(x * col2im(C, x.shape, k, k, stride, padding)))
    assert lhs == pytest.approx(rhs, rel=1e-10, abs=1e-10)


def test_output_shape_and_float32_default():
    conv = Conv2D(1, 8, 3, padding=1)
    y = conv.forward(np.zeros((4, 1, 28, 28), dtype=np.float32))
    assert y.shape == (4, 8, 28, 28) and y.dtype == np.float32
    assert conv.params["W"].shape == (8, 1, 3, 3)


def test_bad_input_gets_clear_errors():
    conv = Conv2D(1, 2, 3)
    with pytest.raises(ValueError, match=r"expects input of shape \(n, 1, h, w\)"):
        conv.forward(np.zeros((2, 28, 28)))
    with pytest.raises(ValueError, match="does not fit"):
        conv.forward(np.zeros((1, 1, 2, 2)))
    with pytest.raises(ValueError, match="forward before backward"):
        Conv2D(1, 2, 3).backward(np.zeros((1, 2, 1, 1)))
    with pytest.raises(ValueError, match="kernel_size must be an integer >= 1"):
        Conv2D(1, 2, 0)
