"""Tests for sir-step: the worked example, biology.epidemics.sir_rhs on random states, the
conservation of s + i + r, and Kermack and McKendrick's final size 0.7968 at R0 = 2."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.epidemics import final_size, sir_rhs
from practice.arrays import expect_scalar
from practice.checking import Mismatch, expect_true

FLOWS = ("Infections beta * s * i * dt go from S to I, recoveries gamma * i * dt from I to R, "
         "both from the state at the start of the step")


def call(sol, s, i, r, beta, gamma, dt):
    got = sol.sir_step(s, i, r, beta, gamma, dt)
    expect_true(isinstance(got, tuple | list) and len(got) == 3,
                "return the three fractions (s, i, r) as a tuple", s=s, i=i, r=r, beta=beta,
                gamma=gamma, dt=dt)
    return got


def check(sol, s, i, r, beta, gamma, dt, advice=""):
    got = call(sol, s, i, r, beta, gamma, dt)
    want = np.array([s, i, r]) + dt * sir_rhs(np.array([s, i, r]), beta, gamma)
    total = sum(float(x) for x in got)
    expect_true(abs(total - (s + i + r)) < 1e-12, f"s + i + r went from {s + i + r:.12g} to "
                f"{total:.12g}: each infection must leave S and enter I with the same amount "
                "(compute every flow from the state at the START of the step, not from an "
                "already-updated s), each recovery leave I and enter R",
                s=s, i=i, r=r, beta=beta, gamma=gamma, dt=dt)
    for name, value, wanted in zip(("s", "i", "r"), got, want, strict=True):
        try:
            expect_scalar(value, float(wanted), name=f"the new {name}", rtol=1e-9, atol=1e-15,
                          s=s, i=i, r=r, beta=beta, gamma=gamma, dt=dt)
        except Mismatch as miss:
            raise Mismatch(f"{miss.message}. {advice or FLOWS}", miss.inputs, miss.expected,
                           miss.actual) from None


def test_worked_example(sol):
    check(sol, 0.5, 0.5, 0.0, 2.0, 1.0, 0.1)


def test_no_one_infectious(sol):
    check(sol, 0.9, 0.0, 0.1, 0.5, 0.2, 1.0, advice="With i = 0 nobody is infectious: no one is "
          "infected and no one recovers (both flows are proportional to i)")


fractions = st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)).map(
    lambda f: tuple(x / sum(f) for x in f) if sum(f) > 0 else (1.0, 0.0, 0.0))


@settings(max_examples=15)
@given(state=fractions, beta=st.floats(0, 3), gamma=st.floats(0.01, 1), dt=st.floats(0.01, 1))
def test_matches_the_sir_equations(sol, state, beta, gamma, dt):
    check(sol, *state, beta, gamma, dt)


def test_final_size_at_r0_2(sol):
    # Kermack & McKendrick: at R0 = 2 a fraction 0.7968 is ever infected; Euler with dt = 0.5
    # day overshoots it by under 1.5 %.
    beta, gamma, dt = 0.4, 0.2, 0.5
    s, i, r = 1.0 - 1e-4, 1e-4, 0.0
    peak_i, s_at_peak = 0.0, 1.0
    for _ in range(400):  # 200 days
        s, i, r = (float(x) for x in call(sol, s, i, r, beta, gamma, dt))
        if i > peak_i:
            peak_i, s_at_peak = i, s
    want = 1.0 - final_size(beta / gamma)
    expect_true(abs(r - want) < 0.015, f"after 200 days at R0 = 2 the recovered fraction should "
                f"be near {want:.4f} (the final-size relation); yours is {r:.4f}",
                beta=beta, gamma=gamma, dt=dt, i0=1e-4, days=200)
    expect_true(abs(s_at_peak - 0.5) < 0.03, f"the epidemic should peak when s = 1/R0 = 0.5; "
                f"yours peaked at s = {s_at_peak:.3f}", beta=beta, gamma=gamma, dt=dt)
