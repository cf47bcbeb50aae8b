"""BatchNorm: standardised outputs, running averages, and gradients in both modes."""

import numpy as np
import pytest

from ml.nn.batchnorm import BatchNorm


def randomised(bn, rng):
    """Non-trivial gamma and beta so that their gradients and the scaling are really tested."""
    bn.params["gamma"][:] = rng.uniform(0.5, 2.0, bn.num_features)
    bn.params["beta"][:] = rng.standard_normal(bn.num_features)
    return bn


@pytest.mark.parametrize("shape", [(6, 4), (3, 2, 4, 5)])
def test_training_output_is_standardised_per_feature(rng, shape):
    bn = BatchNorm(shape[1], dtype=np.float64)
    x = rng.normal(3.0, 5.0, shape)
    y = bn.forward(x, training=True)
    axes = (0,) if len(shape) == 2 else (0, 2, 3)
    np.testing.assert_allclose(y.mean(axis=axes), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=axes), 1.0, rtol=1e-5)  # eps shrinks it a hair


@pytest.mark.parametrize("shape", [(6, 4), (3, 2, 4, 5)])
@pytest.mark.parametrize("training", [True, False])
def test_gradients_match_central_differences(rng, layer_gradcheck, shape, training):
    bn = randomised(BatchNorm(shape[1], dtype=np.float64), rng)
    bn.running_mean[:] = rng.standard_normal(shape[1])
    bn.running_var[:] = rng.uniform(0.5, 2.0, shape[1])
    x = rng.normal(1.0, 2.0, shape)
    errors = layer_gradcheck(bn, x, rng, training=training)
    assert set(errors) == {"x", "gamma", "beta"}


def test_running_averages_follow_the_momentum_rule(rng):
    bn = BatchNorm(3, momentum=0.3, dtype=np.float64)
    mean, var = np.zeros(3), np.ones(3)
    for _ in range(4):
        x = rng.normal(2.0, 3.0, (10, 3))
        bn.forward(x, training=True)
        mean = 0.7 * mean + 0.3 * x.mean(axis=0)
        var = 0.7 * var + 0.3 * x.var(axis=0, ddof=1)  # unbiased, as documented
    np.testing.assert_allclose(bn.running_mean, mean, rtol=1e-12)
    np.testing.assert_allclose(bn.running_var, var, rtol=1e-12)


def test_inference_uses_running_statistics_and_is_per_example(rng):
    bn = randomised(BatchNorm(2, dtype=np.float64), rng)
    bn.running_mean[:] = [1.0, -1.0]
    bn.running_var[:] = [4.0, 0.25]
    x = rng.standard_normal((5, 2))
    expected = (x - bn.running_mean) / np.sqrt(bn.running_var + bn.eps) * bn.params["gamma"] \
        + bn.params["beta"]
    np.testing.assert_allclose(bn.forward(x), expected, rtol=1e-12)
    # in inference one example's output does not depend on the rest of the batch
    np.testing.assert_allclose(bn.forward(x[:1]), expected[:1], rtol=1e-12)
    before = bn.running_mean.copy()
    bn.forward(x)
    np.testing.assert_array_equal(bn.running_mean, before)  # inference never updates them


def test_bad_input():
    with pytest.raises(ValueError, match=r"expects \(n, 3\) or \(n, 3, h, w\)"):
        BatchNorm(3).forward(np.zeros((4, 2)))
    with pytest.raises(ValueError, match="at least two values per feature"):
        BatchNorm(3).forward(np.zeros((1, 3)), training=True)
    with pytest.raises(ValueError, match="momentum"):
        BatchNorm(3, momentum=1.5)
    with pytest.raises(ValueError, match="forward before backward"):
        BatchNorm(3).backward(np.zeros((2, 3)))
