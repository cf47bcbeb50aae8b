"""Derivatives at the edge of their domain follow the maths instead of raising.

``(x ** 0.5).backward()`` at ``x = 0`` raised ZeroDivisionError (it evaluated ``0.0 ** -0.5``)
where the slope of the square root is +inf; ``x ** 0`` at 0 raised too, though its slope is 0;
and ``**`` and ``exp`` raised OverflowError where ``*`` quietly gives inf.
"""

import math

import pytest

from ml.autograd.value import Value


def slope(f, x: float) -> float:
    v = Value(x)
    f(v).backward()
    return v.grad


@pytest.mark.parametrize(("k", "expected"), [(0.5, math.inf), (0.25, math.inf), (1, 1.0),
                                             (1.5, 0.0), (2, 0.0), (3, 0.0), (0, 0.0)])
def test_power_slope_at_zero(k, expected):
    assert slope(lambda v: v**k, 0.0) == expected


def test_square_root_at_zero_has_value_zero_and_infinite_slope_through_a_chain():
    x = Value(0.0)
    y = 3.0 * x**0.5 + x
    y.backward()
    assert y.data == 0.0 and x.grad == math.inf


def test_power_slope_near_zero_is_huge_not_an_error():
    assert slope(lambda v: v ** -2, 1e-200) == -math.inf  # -2 x^-3 overflows
    assert slope(lambda v: v**0.5, 1e-300) == pytest.approx(0.5e150)


def test_overflow_gives_inf_like_multiplication_does():
    big = Value(1e200)
    assert (big * big).data == math.inf
    assert (big**2).data == math.inf
    assert (Value(-1e200) ** 3).data == -math.inf
    assert Value(1000.0).exp().data == math.inf
    assert slope(lambda v: v.exp(), 1000.0) == math.inf


def test_values_outside_the_domain_still_raise():
    with pytest.raises(ZeroDivisionError, match="infinite"):
        Value(0.0) ** -1
    with pytest.raises(ValueError, match="undefined"):
        Value(0.0).log()
    with pytest.raises(ValueError, match="not a real number"):
        Value(-1.0) ** 0.5
