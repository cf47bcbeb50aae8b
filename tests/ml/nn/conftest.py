"""Helpers shared by the network tests: gradient checks of a layer against central differences."""

import numpy as np
import pytest

from ml.gradcheck import layer_gradient_errors

TOL = 1e-6  # float64 relative error; a wrong gradient is typically off by > 1e-2


def check_layer_gradients(layer, x: np.ndarray, rng: np.random.Generator, training=False):
    """Assert that a layer's backward pass matches central differences (see ml.gradcheck)."""
    errors = layer_gradient_errors(layer, x, rng, training)
    for name, err in errors.items():
        assert err < TOL, f"{type(layer).__name__} gradient for {name}: relative error {err:.2e}"
    return errors


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


@pytest.fixture
def layer_gradcheck():
    """The ``check_layer_gradients`` helper (test files cannot import conftest directly)."""
    return check_layer_gradients
