"""Shared fixtures for the classic-model tests: seeded data sets and a seeded MNIST subset."""

from dataclasses import dataclass

import numpy as np
import pytest

from ml.datasets.mnist import load_mnist
from ml.nn.blas import blas_threads


@dataclass(frozen=True)
class Split:
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


@pytest.fixture(scope="session")
def mnist_small() -> Split:
    """5,000 training and 2,000 test images (seeded), flattened to 784 features in [0, 1].

    The sizes differ on purpose, so a swapped train/test array fails loudly.
    """
    data = load_mnist(progress=False)
    rng = np.random.default_rng(2024)
    train = rng.choice(len(data.y_train), 5000, replace=False)
    test = rng.choice(len(data.y_test), 2000, replace=False)
    return Split(data.x_train[train].reshape(-1, 784) / 255.0, data.y_train[train].astype(int),
                 data.x_test[test].reshape(-1, 784) / 255.0, data.y_test[test].astype(int))


@pytest.fixture(autouse=True)
def one_blas_thread():
    """One BLAS thread: on the shared 2-core machine more threads only wait on each other."""
    with blas_threads(1):
        yield


@pytest.fixture
def blobs():
    """Three well separated Gaussian blobs in 2-D: 90 samples, labels 0, 1, 2."""
    rng = np.random.default_rng(7)
    centres = np.array([[0.0, 0.0], [6.0, 0.0], [0.0, 6.0]])
    y = np.repeat(np.arange(3), 30)
    return centres[y] + rng.standard_normal((90, 2)), y
