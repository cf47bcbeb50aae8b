"""Gradient checks for the convolution-era layers, and MNIST for the CNN test."""

import numpy as np
import pytest

from ml.gradcheck import numerical_gradient, relative_error
from ml.nn.blas import blas_threads

TOL = 1e-6  # float64 relative error; a wrong gradient is typically off by > 1e-2


def gradient_errors(layer, x: np.ndarray, rng: np.random.Generator, training: bool = False):
    """Relative errors of ``layer.backward`` against central differences, per input/parameter.

    The scalar checked is ``sum(forward(x) * R)`` with a random ``R``, so every output counts with
    a different weight and no mix-up of outputs can pass by symmetry.
    """
    R = rng.standard_normal(layer.forward(x, training=training).shape)

    def f():
        return float(np.sum(layer.forward(x, training=training) * R))

    layer.forward(x, training=training)
    dx = layer.backward(R)
    analytic = {name: g.copy() for name, g in layer.grads.items()}
    errors = {"x": relative_error(dx, numerical_gradient(f, x))}
    for name, p in layer.params.items():
        errors[name] = relative_error(analytic[name], numerical_gradient(f, p))
    return errors


@pytest.fixture
def assert_gradients():
    def check(layer, x, rng, training=False):
        errors = gradient_errors(layer, x, rng, training)
        bad = {k: v for k, v in errors.items() if not v < TOL}
        assert not bad, f"{layer!r}: relative errors {bad}"
        return errors

    return check


@pytest.fixture
def rng():
    return np.random.default_rng(2024)


@pytest.fixture(scope="session")
def mnist():
    from ml.datasets.mnist import load_mnist

    return load_mnist()


@pytest.fixture
def one_blas_thread():
    """One BLAS thread: on the shared 2-core machine more threads only wait on each other."""
    with blas_threads(1):
        yield
