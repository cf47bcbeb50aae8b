import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.gradcheck import numerical_gradient, relative_error
from ml.nn.activations import ReLU, Sigmoid, Softmax, Tanh
from ml.nn.layers import Dense, Dropout, Layer
from ml.nn.losses import SoftmaxCrossEntropy
from ml.special import log_softmax, softmax


@pytest.mark.parametrize("init", ["he", "xavier"])
def test_dense_gradients(rng, init, layer_gradcheck):
    layer = Dense(5, 3, init=init, rng=rng, dtype=np.float64)
    layer.params["b"][:] = rng.standard_normal(3)
    layer_gradcheck(layer, rng.standard_normal((4, 5)), rng)


def test_dense_backward_overwrites_grads(rng):
    layer = Dense(3, 2, rng=rng, dtype=np.float64)
    x = rng.standard_normal((4, 3))
    g = rng.standard_normal((4, 2))
    layer.forward(x)
    layer.backward(g)
    first = {k: v.copy() for k, v in layer.grads.items()}
    layer.backward(g)
    for name in first:
        np.testing.assert_array_equal(layer.grads[name], first[name])
    np.testing.assert_allclose(layer.grads["W"], x.T @ g)
    np.testing.assert_allclose(layer.grads["b"], g.sum(axis=0))


def test_dense_backward_params_matches_backward(rng):
    a = Dense(3, 2, rng=np.random.default_rng(0), dtype=np.float64)
    b = Dense(3, 2, rng=np.random.default_rng(0), dtype=np.float64)
    x, g = rng.standard_normal((5, 3)), rng.standard_normal((5, 2))
    a.forward(x)
    b.forward(x)
    a.backward(g)
    b.backward_params(g)
    for name in a.grads:
        np.testing.assert_array_equal(a.grads[name], b.grads[name])


def test_dense_rejects_wrong_width_and_unknown_init(rng):
    layer = Dense(3, 2, rng=rng)
    with pytest.raises(ValueError, match=r"\(n, 3\)"):
        layer.forward(np.zeros((2, 4), dtype=np.float32))
    with pytest.raises(ValueError, match="unknown init"):
        Dense(3, 2, init="zeros")
    with pytest.raises(ValueError, match="forward before backward"):
        Dense(3, 2).backward(np.zeros((1, 2)))


def test_dense_keeps_dtype():
    layer = Dense(4, 2, dtype=np.float32)
    y = layer.forward(np.ones((3, 4), dtype=np.float32))
    layer.backward(np.ones_like(y))
    assert y.dtype == np.float32 and layer.grads["W"].dtype == np.float32


@pytest.mark.parametrize("cls", [ReLU, Sigmoid, Tanh, Softmax])
def test_activation_gradients(rng, cls, layer_gradcheck):
    x = rng.standard_normal((4, 6)) * 3
    x[np.abs(x) < 1e-3] = 0.5  # keep away from ReLU's kink, where no derivative exists
    layer_gradcheck(cls(), x, rng)


class _SameMaskDropout(Dropout):
    """Dropout that draws the same mask on every forward pass, so it has a fixed derivative."""

    def forward(self, x, training=False):
        self.rng = np.random.default_rng(7)
        return super().forward(x, training)


def test_dropout_gradient_against_central_differences(rng, layer_gradcheck):
    layer_gradcheck(_SameMaskDropout(0.4), rng.standard_normal((5, 6)), rng, training=True)


def test_dropout_gradients_with_fixed_mask(rng):
    drop = Dropout(0.3, rng=np.random.default_rng(5))
    x = rng.standard_normal((6, 5))
    out = drop.forward(x, training=True)
    mask = drop._mask.copy()
    np.testing.assert_allclose(drop.backward(np.ones_like(out)), mask)
    np.testing.assert_allclose(out, x * mask)
    assert set(np.round(np.unique(mask), 6)) <= {0.0, round(1 / 0.7, 6)}


def test_dropout_keeps_expected_value_and_is_identity_at_test_time():
    drop = Dropout(0.25, rng=np.random.default_rng(0))
    x = np.ones((400, 250), dtype=np.float32)
    assert abs(float(drop.forward(x, training=True).mean()) - 1.0) < 0.01
    assert drop.forward(x) is x
    with pytest.raises(ValueError, match=r"\[0, 1\)"):
        Dropout(1.0)


def test_base_layer_is_identity():
    layer = Layer()
    x = np.arange(3.0)
    assert layer.forward(x) is x and layer.backward(x) is x


def test_sigmoid_is_stable_for_large_inputs():
    out = Sigmoid().forward(np.array([[-800.0, 0.0, 800.0]]))
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out, [[0.0, 0.5, 1.0]])


def _loss_gradcheck(rng, n, k):
    logits = rng.standard_normal((n, k)) * 4
    labels = rng.integers(0, k, size=n)
    loss = SoftmaxCrossEntropy()
    loss.forward(logits, labels)
    analytic = loss.backward()
    numeric = numerical_gradient(lambda: loss.forward(logits, labels), logits)
    return relative_error(analytic, numeric)


@pytest.mark.parametrize(("n", "k"), [(1, 2), (5, 10), (7, 3)])
def test_softmax_cross_entropy_gradient(rng, n, k):
    assert _loss_gradcheck(rng, n, k) < 1e-6


def test_loss_closed_forms():
    loss = SoftmaxCrossEntropy()
    assert loss.forward(np.zeros((3, 10)), np.array([0, 5, 9])) == pytest.approx(np.log(10))
    # a huge margin for the right class: finite, close to zero; for the wrong class: the margin
    assert loss.forward(np.array([[1000.0, 0.0]]), np.array([0])) == pytest.approx(0.0)
    assert loss.forward(np.array([[1000.0, 0.0]]), np.array([1])) == pytest.approx(1000.0)
    np.testing.assert_allclose(loss.backward(), [[1.0, -1.0]])


def test_loss_rejects_bad_labels_and_empty_batch():
    loss = SoftmaxCrossEntropy()
    with pytest.raises(ValueError, match=r"\[0, 2\]"):
        loss.forward(np.zeros((2, 3)), np.array([0, 3]))
    with pytest.raises(ValueError, match="empty batch"):
        loss.forward(np.zeros((0, 3)), np.array([], dtype=int))
    with pytest.raises(ValueError, match="shape"):
        loss.forward(np.zeros((2, 3)), np.array([0, 1, 2]))
    with pytest.raises(ValueError, match="integers"):
        loss.forward(np.zeros((2, 3)), np.array([0.0, 1.0]))


finite_logits = arrays(np.float64, st.tuples(st.integers(1, 6), st.integers(2, 8)),
                       elements=st.floats(-50, 50))


@given(finite_logits)
def test_softmax_rows_are_distributions(z):
    p = softmax(z)
    assert np.all(p >= 0)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(np.exp(log_softmax(z)), p, rtol=1e-9, atol=1e-300)


@given(finite_logits, st.data())
def test_loss_is_non_negative_and_permutation_invariant(z, data):
    n, k = z.shape
    labels = np.array(data.draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n)))
    perm = np.array(data.draw(st.permutations(range(n))))
    loss = SoftmaxCrossEntropy()
    value = loss.forward(z, labels)
    assert value >= 0.0
    assert loss.forward(z[perm], labels[perm]) == pytest.approx(value, rel=1e-12, abs=1e-12)
    # the gradient sums to zero over each row: probabilities minus a one-hot, both summing to 1
    np.testing.assert_allclose(loss.backward().sum(axis=1), 0.0, atol=1e-12)
