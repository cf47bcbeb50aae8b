"""Helpers shared by the network tests: gradient checks of a layer against central differences."""

import numpy as np
import pytest

from ml.gradcheck import numerical_gradient, relative_error

TOL = 1e-6  # float64 relative error; a wrong gradient is typically off by > 1e-2


def check_layer_gradients(layer, x: np.ndarray, rng: np.random.Generator, training=False):
    """Compare a layer's backward pass with numerical gradients of ``sum(forward(x) * R)``.

    A random weighting ``R`` makes the scalar depend on every output differently, so a gradient
    that mixes up two outputs cannot pass by symmetry.
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
