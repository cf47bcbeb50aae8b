"""MNIST for the centrepiece tests, read once per session from ``$MNIST_DIR`` (or the cache)."""

import pytest

from ml.datasets.mnist import load_mnist
from ml.nn.blas import blas_threads


@pytest.fixture(scope="session")
def mnist():
    return load_mnist()


@pytest.fixture(autouse=True)
def one_blas_thread():
    """Train with one BLAS thread: on a shared machine more threads wait on each other (up to
    50x slower); restored after each test so other tests keep their setting."""
    with blas_threads(1):
        yield
