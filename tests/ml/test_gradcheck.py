import numpy as np
import pytest

from ml.gradcheck import numerical_gradient, relative_error


def test_numerical_gradient_of_known_function_and_restores_input():
    x = np.array([[0.3, -1.2], [2.0, 0.5]])
    before = x.copy()
    grad = numerical_gradient(lambda: float(np.sum(np.sin(x) * x)), x)
    assert relative_error(grad, np.cos(x) * x + np.sin(x)) < 1e-8
    assert np.array_equal(x, before)


def test_numerical_gradient_refuses_float32_and_bad_eps():
    with pytest.raises(TypeError, match="float64"):
        numerical_gradient(lambda: 0.0, np.zeros(2, dtype=np.float32))
    with pytest.raises(ValueError, match="eps"):
        numerical_gradient(lambda: 0.0, np.zeros(2), eps=0)
    with pytest.raises(TypeError):
        numerical_gradient(lambda: 0.0, [1.0, 2.0])


def test_relative_error_values():
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert relative_error(np.array([1.0, -1.0]), np.array([1.0, 1.0])) == pytest.approx(1.0)
    assert relative_error(np.array([2.0]), np.array([1.0])) == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="shapes"):
        relative_error(np.zeros(2), np.zeros(3))


def test_relative_error_catches_a_wrong_gradient():
    """The check must be sharp: a gradient missing a factor of 2 is far above the tolerance."""
    x = np.array([1.0, 2.0, 3.0])
    grad = numerical_gradient(lambda: float(np.sum(x**2)), x)
    assert relative_error(grad, x) > 0.1
