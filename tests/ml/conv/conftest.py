"""Gradient checks for the convolution-era layers, and MNIST for the CNN test."""

import numpy as np
import pytest

from ml.gradcheck import layer_gradient_errors
from ml.nn.blas import blas_threads

TOL = 1e-6  # float64 relative error; a wrong gradient is typically off by > 1e-2


@pytest.fixture
def assert_gradients():
    def check(layer, x, rng, training=False):
        errors = layer_gradient_errors(layer, x, rng, training)
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
