"""MaxPool2D and Flatten: forward against loops, gradients by central differences."""

import numpy as np
import pytest

from ml.nn.pooling import Flatten, MaxPool2D


def direct_max_pool(x, k, s):
    n, c, h, w = x.shape
    oh, ow = (h - k) // s + 1, (w - k) // s + 1
    y = np.empty((n, c, oh, ow))
    for r in range(oh):
        for t in range(ow):
            y[:, :, r, t] = x[:, :, r * s : r * s + k, t * s : t * s + k].max(axis=(2, 3))
    return y


@pytest.mark.parametrize(("size", "stride"), [(2, None), (3, 2), (2, 1), (3, 3)])
def test_forward_matches_loops(rng, size, stride):
    x = rng.standard_normal((2, 3, 7, 8))
    pool = MaxPool2D(size, stride)
    np.testing.assert_array_equal(pool.forward(x), direct_max_pool(x, size, stride or size))


@pytest.mark.parametrize(("size", "stride"), [(2, None), (3, 2), (2, 1)])
def test_gradients_match_central_differences(rng, layer_gradcheck, size, stride):
    # overlapping windows (stride < size) check that gradients of repeated winners add up
    x = rng.standard_normal((2, 2, 6, 7))
    layer_gradcheck(MaxPool2D(size, stride), x, rng)


def test_gradient_goes_only_to_the_winners(rng):
    x = rng.standard_normal((3, 2, 4, 4))
    pool = MaxPool2D(2)
    y = pool.forward(x)
    dx = pool.backward(np.ones_like(y))
    assert dx.sum() == y.size  # exactly one winner per window
    np.testing.assert_array_equal(np.sort(x[dx == 1]), np.sort(y.ravel()))


def test_flatten_round_trip(rng):
    x = rng.standard_normal((2, 3, 4, 5))
    flat = Flatten()
    y = flat.forward(x)
    assert y.shape == (2, 60)
    np.testing.assert_array_equal(y[1], x[1].ravel())
    np.testing.assert_array_equal(flat.backward(y), x)


def test_bad_input():
    with pytest.raises(ValueError, match=r"shape \(n, c, h, w\)"):
        MaxPool2D(2).forward(np.zeros((4, 4)))
    with pytest.raises(ValueError, match="positive integers"):
        MaxPool2D(0)
    with pytest.raises(ValueError, match="forward before backward"):
        MaxPool2D(2).backward(np.zeros((1, 1, 1, 1)))
