"""Tests for sir-final-size: Kermack and McKendrick's published sizes, no epidemic at R0 <= 1,
the relation itself, and biology.epidemics.final_size (which gives s_inf = 1 - r) as oracle."""

import math
import numbers

from hypothesis import given, settings
from hypothesis import strategies as st

from biology.epidemics import final_size as never_infected
from practice.arrays import expect_scalar
from practice.checking import expect_true


def check(sol, r0):
    got = sol.final_size(r0)
    expect_scalar(got, 1.0 - never_infected(r0), name="final size", rtol=1e-7, atol=1e-9,
                  r0=r0)
    return float(got)


def test_r0_2(sol):
    got = sol.final_size(2.0)
    expect_true(isinstance(got, numbers.Real) and not isinstance(got, bool),
                f"return one float; yours is a {type(got).__name__}", r0=2.0)
    got = float(got)
    expect_true(got != 0, "for R0 = 2 you returned 0, the root of r = 1 - exp(-R0 r) that "
                "means no epidemic; the epidemic's root lies between 0 and 1 (iterating "
                "r <- 1 - exp(-R0 r) from r = 0 never leaves 0)", r0=2.0)
    expect_true(abs(got - 0.2032) > 0.01, "for R0 = 2 you returned "
                "about 0.2032: that is the fraction never infected, 1 - r; return r, the "
                "fraction ever infected", r0=2.0)
    expect_true(abs(got - 0.7968) < 5e-5, f"Kermack and McKendrick: at R0 = 2 a fraction "
                f"0.7968 is ever infected; yours is {got:.6g}", r0=2.0)
    check(sol, 2.0)


def test_published_values(sol):
    for r0, rounded in ((1.5, 0.5828), (2.5, 0.8926), (3.0, 0.9405)):
        got = check(sol, r0)
        expect_true(abs(got - rounded) < 5e-5, f"at R0 = {r0} the final size is {rounded}; "
                    f"yours is {got:.6g}", r0=r0)


def test_no_epidemic_at_or_below_1(sol):
    for r0 in (0.0, 0.5, 0.99, 1.0):
        expect_scalar(sol.final_size(r0), 0.0, name="final size", r0=r0)


def test_just_above_threshold(sol):
    got = check(sol, 1.01)
    expect_true(got > 0.019, "just above R0 = 1 the epidemic is small but not zero", r0=1.01)


def test_large_r0(sol):
    check(sol, 40.0)


@settings(max_examples=15)
@given(r0=st.floats(1.001, 30.0))
def test_solves_the_relation(sol, r0):
    got = check(sol, r0)
    residual = got - (1.0 - math.exp(-r0 * got))
    expect_true(abs(residual) < 1e-9 and got > 0, f"r = {got:.10g} does not solve "
                f"r = 1 - exp(-R0 r) with r > 0 (residual {residual:.3g})", r0=r0)
