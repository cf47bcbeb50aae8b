"""The fast paths of issue 16 compute what the clear versions compute.

Shared buffers (ml.nn.flat), whole-buffer optimizer steps, the subnormal flush, the stride-1
convolution layout and the offset-by-offset max pooling: each is checked against the plain
per-array or loop computation, never timed.
"""

import numpy as np
import pytest

from ml.nn import mlp as mlp_module
from ml.nn import optim
from ml.nn.conv import Conv2D, im2col, shifted_patches
from ml.nn.flat import joined, share_buffers
from ml.nn.layers import Dense
from ml.nn.mlp import MLP
from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import FLUSH_EVERY, SGD, Adam, Momentum, flush_subnormals
from ml.nn.pooling import MaxPool2D

TINY32 = np.finfo(np.float32).tiny


def _subnormals(a):
    return int(np.count_nonzero((a != 0) & (np.abs(a) < np.finfo(a.dtype).tiny)))


@pytest.mark.parametrize("make", [lambda: Adam(1e-3), lambda: Momentum(1e-2, beta=0.9)])
def test_a_state_that_only_decays_never_turns_subnormal(make):
    # a weight that sees one gradient and then zeros forever (a blank border pixel): before the
    # flush, Adam's first moment sank through the subnormal range after ~800 steps
    opt, p = make(), np.zeros(4, dtype=np.float32)
    opt.step([p], [np.array([1e-3, -1e-3, 0.5, 0.0], dtype=np.float32)])
    counts = []
    for _ in range(1500):
        opt.step([p], [np.zeros(4, dtype=np.float32)])
        counts.append(sum(_subnormals(a) for name, a in opt._state[0].items()
                          if name != "scratch"))  # the moments, not the work array
    assert max(counts) == 0
    assert np.all(np.isfinite(p))


def test_flush_changes_adam_only_by_float32_rounding(monkeypatch):
    # five real gradients, then zeros: the moments decay through the flush limit on the way
    rng = np.random.default_rng(0)
    grads = [rng.standard_normal(6).astype(np.float32) * (i < 5) for i in range(1200)]
    runs = []
    for flush_every in (FLUSH_EVERY, 10**9):  # the second run never flushes
        monkeypatch.setattr(optim, "FLUSH_EVERY", flush_every)
        opt, p = Adam(1e-2), np.ones(6, dtype=np.float32)
        for g in grads:
            opt.step([p], [g])
        runs.append(p)
    np.testing.assert_array_equal(runs[0], runs[1])


def test_flush_limit_and_zero_decay():
    a = np.array([6e-38, 7e-38, -1e-40, 1.0], dtype=np.float32)
    flush_subnormals(a, 0.9)
    assert a.tolist()[0] == 0.0 and a[1] != 0 and a[2] == 0 and a[3] == 1.0
    b = np.array([1e-30, 1e-20], dtype=np.float32)
    flush_subnormals(b, 0.0)  # no decay: nothing sinks, the limit stays tiny
    assert np.all(b != 0)


def test_share_buffers_keeps_values_and_joins_in_order():
    layers = mlp_layers([5, 4, 3], rng=np.random.default_rng(0))
    before = [p.copy() for layer in layers for p in layer.params.values()]
    share_buffers(layers)
    net = Sequential(layers)
    for p, old in zip(net.params(), before, strict=True):
        np.testing.assert_array_equal(p, old)
    flat, grads = joined(net.params()), joined(net.grads())
    assert flat.shape == grads.shape == (5 * 4 + 4 + 4 * 3 + 3,)
    assert np.shares_memory(flat, net.params()[2]) and not np.shares_memory(flat, grads)
    assert joined(net.params()[::-1]) is None and joined([np.zeros(3)]) is None


def test_share_buffers_leaves_mixed_dtypes_alone():
    a = Dense(2, 2, rng=np.random.default_rng(0), dtype=np.float32)
    b = Dense(2, 2, rng=np.random.default_rng(0), dtype=np.float64)
    W = a.params["W"]
    share_buffers([a, b])
    assert a.params["W"] is W


@pytest.mark.parametrize("make", [lambda: SGD(0.1), lambda: Momentum(0.05), lambda: Adam(0.01)])
def test_whole_buffer_step_equals_per_array_steps(make):
    rng = np.random.default_rng(3)
    shared = share_buffers(mlp_layers([6, 5, 3], rng=np.random.default_rng(1)))
    apart = mlp_layers([6, 5, 3], rng=np.random.default_rng(1))
    nets = [Sequential(shared), Sequential(apart)]
    opts = [make(), make()]
    for _ in range(40):
        gs = [rng.standard_normal(p.shape).astype(np.float32) for p in nets[0].params()]
        for net, opt in zip(nets, opts, strict=True):
            for g, slot in zip(gs, net.grads(), strict=True):
                slot[...] = g
            opt.step(net.params(), net.grads())
    assert opts[0]._flat_state is not None and opts[1]._flat_state is None
    for p, q in zip(*(net.params() for net in nets), strict=True):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("optimizer", ["adam", "momentum", "sgd"])
def test_mlp_trains_on_shared_buffers_exactly_as_on_separate_arrays(monkeypatch, optimizer):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((120, 4)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] > 0).astype(np.int64)
    weights = []
    for share in (True, False):
        if not share:
            monkeypatch.setattr(mlp_module, "share_buffers", lambda layers: layers)
        model = MLP(hidden=(8,), n_classes=2, epochs=20, batch_size=16, lr=0.01, random_state=0,
                    optimizer=optimizer).fit(X, y)
        assert (joined(model.network_.params()) is not None) == share
        weights.append(model.network_.get_weights())
    for (W1, b1), (W2, b2) in zip(*weights, strict=True):
        np.testing.assert_array_equal(W1, W2)
        np.testing.assert_array_equal(b1, b2)


@pytest.mark.parametrize(("k", "padding"), [(3, 1), (3, 0), (2, 0), (4, 2)])
def test_shifted_patches_hold_the_im2col_windows(k, padding):
    x = np.random.default_rng(0).standard_normal((2, 3, 7, 6))
    n, c, h, w = x.shape
    oh, ow, wp = h + 2 * padding - k + 1, w + 2 * padding - k + 1, w + 2 * padding
    cols = shifted_patches(x, k, k, padding)  # (n, fan_in, oh * wp)
    kept = cols.reshape(n, c * k * k, oh, wp)[..., :ow]
    rows = kept.transpose(0, 2, 3, 1).reshape(-1, c * k * k)
    np.testing.assert_array_equal(rows, im2col(x, k, k, 1, padding))


def test_stride_one_backward_is_the_adjoint_of_forward():
    rng = np.random.default_rng(5)
    conv = Conv2D(3, 4, 3, padding=1, rng=rng, dtype=np.float64)
    x, g = rng.standard_normal((2, 3, 5, 6)), rng.standard_normal((2, 4, 5, 6))
    conv.params["b"][:] = 0
    dx = conv.backward(g) if conv.forward(x) is not None else None
    # <conv(x), g> == <x, dx> for a linear map without bias
    assert np.isclose(np.sum(conv.forward(x) * g), np.sum(x * dx), rtol=1e-12)


@pytest.mark.parametrize(("size", "stride"), [(2, 2), (3, 2), (2, 1), (3, 3)])
def test_max_pool_ties_send_the_gradient_to_the_first_maximum(size, stride):
    # after a ReLU whole windows are 0: exactly one input per window receives its gradient,
    # the first in row-major order, as the argmax version did
    x = np.zeros((1, 2, 7, 7))
    x[0, 1, 3, 3] = 1.0
    pool = MaxPool2D(size, stride)
    y = pool.forward(x)
    dx = pool.backward(np.ones_like(y))
    expected = np.zeros_like(x)
    for r in range(y.shape[2]):
        for t in range(y.shape[3]):
            for ch in range(2):
                win = x[0, ch, r * stride : r * stride + size, t * stride : t * stride + size]
                p, q = np.unravel_index(np.argmax(win), win.shape)
                expected[0, ch, r * stride + p, t * stride + q] += 1.0
    np.testing.assert_array_equal(dx, expected)


def test_row_maxima_on_a_transposed_copy_are_the_plain_maxima():
    # ml.special takes the maxima of short rows on a transposed copy (speed); the values and
    # the -inf/NaN handling must be those of np.max
    from ml.special import log_softmax

    rng = np.random.default_rng(2)
    z = rng.standard_normal((128, 10)).astype(np.float32)
    z[3] = -np.inf
    z[5, 2] = np.inf
    for a in (z, z.T.copy(), z.astype(np.float64)):
        for axis in (0, 1, -1):
            m = np.max(a, axis=axis, keepdims=True)
            shifted = a - np.where(np.isfinite(m), m, 0)
            with np.errstate(invalid="ignore", divide="ignore"):
                expected = shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
                np.testing.assert_array_equal(log_softmax(a, axis=axis), expected)
