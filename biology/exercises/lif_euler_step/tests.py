"""Tests for lif-euler-step: the worked example, the Euler formula on random layers, reset and
threshold, the resting voltage below the rheobase, and the f-I curve of biology.lif_neuron."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from biology.lif_neuron import LIF, firing_rate, rheobase, simulate
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true


def expect_array_or_explain(got, want, advice, /, **kwargs):
    """expect_array, with ``advice`` (the usual cause) added to a wrong-values message."""
    try:
        expect_array(got, want, **kwargs)
    except Mismatch as miss:
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None


def euler(v, current, dt, tau=10.0, r=10.0, v_th=15.0):
    """The trusted step: slope at the start of the step, then fire and reset."""
    v_new = v + dt / tau * (r * current - v)
    spiked = v_new >= v_th
    return np.where(spiked, 0.0, v_new), spiked


def describe(value):
    if isinstance(value, np.ndarray):
        return f"an array of dtype {value.dtype}"
    return f"a {type(value).__name__}"


def pair(sol, v, current, dt, **params):
    """The learner's step, checked to be a pair of arrays."""
    got = sol.lif_step(v.copy(), current.copy(), dt, **params)
    expect_true(isinstance(got, tuple) and len(got) == 2
                and all(isinstance(part, np.ndarray) for part in got),
                "return a pair of arrays (v_new, spiked)", v=v, current=current, dt=dt,
                **params)
    return got


def check_step(sol, v, current, dt, **params):
    want_v, want_spiked = euler(v, current, dt, **params)
    got_v, got_spiked = pair(sol, v, current, dt, **params)
    expect_true(isinstance(got_spiked, np.ndarray) and got_spiked.dtype == np.bool_,
                f"spiked should be a bool numpy array; yours is {describe(got_spiked)}",
                v=v, current=current, dt=dt, **params)
    # Compared as 0/1: one flag per neuron, 1 = fired.
    expect_array(got_spiked.astype(np.int64), want_spiked.astype(np.int64),
                 name="spiked (as 0/1)", why=" (one flag per neuron)", v=v, current=current,
                 dt=dt, **params)
    expect_array_or_explain(got_v, want_v, "v_new is v + dt / tau * (r * current - v), "
                            "then 0 where the neuron fired", name="v_new",
                            why=" (one voltage per neuron)", v=v, current=current, dt=dt,
                            **params)


def test_reset_to_rest_after_a_spike(sol):
    v, current = np.array([14.99, 10.0]), np.array([5.0, 5.0])
    got_v, got_spiked = pair(sol, v, current, 0.5)
    expect_true(bool(got_spiked[0]), "a neuron at 14.99 mV driven by 5 nA must fire this step "
                "(its new voltage reaches the 15 mV threshold)", v=v, current=current, dt=0.5)
    expect_true(float(got_v[0]) == 0.0, f"a neuron that fired must be reset to 0 mV (rest), "
                f"but v_new is {float(got_v[0]):.4g}", v=v, current=current, dt=0.5)


def test_threshold_uses_the_new_voltage(sol):
    # 14 mV is below threshold, but one step of 1 ms with R I = 30 mV takes it to 15.6 mV.
    v, current = np.array([14.0]), np.array([3.0])
    _, got_spiked = pair(sol, v, current, 1.0)
    expect_true(bool(got_spiked[0]), "compare the voltage AFTER the step with the threshold: "
                "14 mV + 1/10 * (30 - 14) = 15.6 mV >= 15 mV fires now, not one step later",
                v=v, current=current, dt=1.0)


def test_worked_example(sol):
    check_step(sol, np.array([0.0, 14.9, 5.0]), np.array([1.0, 2.0, 0.0]), 1.0)


layers = st.integers(1, 6).flatmap(lambda n: st.tuples(
    arrays(np.float64, n, elements=st.floats(-10, 14.9)),
    arrays(np.float64, n, elements=st.floats(-3, 6))))


@settings(max_examples=15)
@given(layer=layers, dt=st.floats(0.01, 1.0))
def test_matches_euler_step(sol, layer, dt):
    v, current = layer
    check_step(sol, v, current, dt)


@settings(max_examples=10)
@given(layer=layers, tau=st.floats(2, 50), r=st.floats(1, 20), v_th=st.floats(5, 30))
def test_uses_the_parameters(sol, layer, tau, r, v_th):
    v, current = layer
    check_step(sol, np.minimum(v, v_th - 0.1), current, 0.5, tau=tau, r=r, v_th=v_th)


def test_silent_below_the_rheobase(sol):
    # Below I_th = V_th / R the membrane settles at R I without ever firing.
    current = np.array([0.5, 1.0, 1.4]) * rheobase(15.0, 10.0) / 1.5
    v = np.zeros(3)
    for _ in range(300):  # 300 ms, thirty time constants
        v, spiked = pair(sol, v, current, 1.0)
        expect_true(not spiked.any(), "below the rheobase (1.5 nA here) a neuron never fires",
                    current=current, dt=1.0)
    expect_array_or_explain(v, 10.0 * current, "Below the rheobase the voltage settles at R I",
                            name="v after 300 ms", rtol=1e-6, atol=1e-6, current=current,
                            dt=1.0)


def test_first_spike_time_matches_the_exact_solution(sol):
    # biology.lif_neuron.simulate integrates exactly; Euler with dt = 0.1 ms is within 0.2 ms.
    _, exact = simulate(3.0, duration=20.0)
    v, t = np.zeros(1), 0.0
    for _ in range(200):
        v, spiked = pair(sol, v, np.array([3.0]), 0.1)
        t += 0.1
        if spiked[0]:
            break
    expect_true(abs(t - exact[0]) < 0.2, f"at 3 nA the first spike should come near "
                f"{exact[0]:.2f} ms (exact solution); yours came at {t:.2f} ms",
                current=3.0, dt=0.1)


def test_firing_rate_matches_the_f_i_curve(sol):
    # Published shape: f(I) = 1 / (tau ln(R I / (R I - V_th))) without a refractory period.
    current, dt, steps = np.array([2.0, 3.0, 5.0]), 0.1, 800
    want = firing_rate(current, LIF(t_ref=0.0))
    spikes = [[] for _ in current]
    v = np.zeros(3)
    for k in range(1, steps + 1):
        v, spiked = pair(sol, v, current, dt)
        for j in np.flatnonzero(spiked):
            spikes[j].append(k * dt)
    got = np.array([1000.0 / np.diff(s).mean() if len(s) > 1 else 0.0 for s in spikes])
    expect_array_or_explain(got, want, "The rates should be within 2 % of the LIF formula "
                            "1 / (tau ln(RI / (RI - V_th))) at dt = 0.1 ms",
                            name="firing rates (Hz) over 80 ms", rtol=0.02, current=current,
                            dt=dt)
