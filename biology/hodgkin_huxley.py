"""The Hodgkin-Huxley model: how voltage-gated channels make an action potential.

Hodgkin and Huxley (1952) measured the currents through the membrane of the squid giant axon
and wrote them as three ionic currents in parallel with the membrane capacitance:

    C dV/dt = I_ext - g_Na m^3 h (V - E_Na) - g_K n^4 (V - E_K) - g_L (V - E_L).

Each *gating variable* x in {m, h, n} is the fraction of gates of one kind that are open, and
relaxes towards a voltage-dependent target with voltage-dependent rates,

    dx/dt = alpha_x(V) (1 - x) - beta_x(V) x.

Sodium activation m is fast and opens with depolarisation; sodium inactivation h and potassium
activation n are slow. A small depolarisation opens a few sodium channels, which let in sodium,
which depolarises further: positive feedback, the upstroke of the spike. Then h closes the
sodium channels and n opens the potassium ones, and the voltage is pulled back down, below
rest, before recovering. Nothing in the equations says "spike"; the spike, its threshold and its
refractory period all emerge from the four coupled equations.

This module uses the 1952 squid parameters in the modern convention, shifted so that rest sits
at -65 mV (units: mV, ms, uA/cm^2, mS/cm^2, uF/cm^2), and integrates with a fixed-step classical
Runge-Kutta method (RK4).

>>> round(resting_potential(), 1)
-65.0
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

C_M = 1.0  # membrane capacitance, uF/cm^2
G_NA, G_K, G_L = 120.0, 36.0, 0.3  # maximal conductances, mS/cm^2
E_NA, E_K, E_L = 50.0, -77.0, -54.387  # reversal potentials, mV (E_L sets rest at -65 mV)


# --8<-- [start:rates]
def _rate_ratio(x: float, scale: float) -> float:
    """x / (1 - exp(-x / scale)), whose limit at x = 0 is scale (the 1952 rates have 0/0 there)."""
    if abs(x) < 1e-7:
        return scale
    return x / (1.0 - math.exp(-x / scale))


def gate_rates(v: float) -> tuple[float, float, float, float, float, float]:
    """The opening and closing rates (1/ms) (alpha_m, beta_m, alpha_h, beta_h, alpha_n, beta_n).

    >>> [round(r, 4) for r in gate_rates(-65.0)]
    [0.2236, 4.0, 0.07, 0.0474, 0.0582, 0.125]
    """
    alpha_m = 0.1 * _rate_ratio(v + 40.0, 10.0)
    beta_m = 4.0 * math.exp(-(v + 65.0) / 18.0)
    alpha_h = 0.07 * math.exp(-(v + 65.0) / 20.0)
    beta_h = 1.0 / (1.0 + math.exp(-(v + 35.0) / 10.0))
    alpha_n = 0.01 * _rate_ratio(v + 55.0, 10.0)
    beta_n = 0.125 * math.exp(-(v + 65.0) / 80.0)
    return alpha_m, beta_m, alpha_h, beta_h, alpha_n, beta_n
# --8<-- [end:rates]


def steady_gates(v: float) -> tuple[float, float, float]:
    """The gate fractions (m, h, n) a membrane held at voltage v settles to: alpha / (alpha + beta).

    >>> [round(x, 4) for x in steady_gates(-65.0)]
    [0.0529, 0.5961, 0.3177]
    """
    am, bm, ah, bh, an, bn = gate_rates(v)
    return am / (am + bm), ah / (ah + bh), an / (an + bn)


def ionic_current(v: float, m: float, h: float, n: float) -> float:
    """Net outward ionic current (uA/cm^2): sodium + potassium + leak.

    >>> round(ionic_current(-65.0, *steady_gates(-65.0)), 2)
    0.0
    """
    return (G_NA * m**3 * h * (v - E_NA) + G_K * n**4 * (v - E_K) + G_L * (v - E_L))


# --8<-- [start:derivatives]
def derivatives(state: np.ndarray, i_ext: float) -> np.ndarray:
    """d(V, m, h, n)/dt for the Hodgkin-Huxley equations at external current i_ext (uA/cm^2).

    >>> v = resting_potential()
    >>> float(np.abs(derivatives(np.array([v, *steady_gates(v)]), 0.0)).max()) < 1e-9
    True
    >>> round(float(derivatives(np.array([v, *steady_gates(v)]), 10.0)[0]), 6)  # I / C
    10.0
    """
    v, m, h, n = state
    am, bm, ah, bh, an, bn = gate_rates(v)
    return np.array([
        (i_ext - ionic_current(v, m, h, n)) / C_M,
        am * (1 - m) - bm * m,
        ah * (1 - h) - bh * h,
        an * (1 - n) - bn * n,
    ])
# --8<-- [end:derivatives]


def resting_potential(lo: float = -90.0, hi: float = -50.0, tol: float = 1e-9) -> float:
    """The voltage where the net current vanishes with every gate at its steady state (bisection).

    Between -90 and -50 mV the steady-state current rises with voltage and changes sign once.
    O(log((hi - lo) / tol)).

    >>> abs(resting_potential() + 65.0) < 0.01
    True
    """
    def net(v: float) -> float:
        return ionic_current(v, *steady_gates(v))

    if net(lo) * net(hi) > 0:
        raise ValueError(f"the steady-state current has the same sign at {lo} and {hi} mV; "
                         "widen the bracket")
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if net(lo) * net(mid) > 0 else (lo, mid)
    return 0.5 * (lo + hi)


# --8<-- [start:rk4]
def simulate(current: Callable[[float], float], duration: float = 50.0,
             dt: float = 0.025) -> tuple[np.ndarray, np.ndarray]:
    """Integrate from rest under the current ``current(t)``; return (times, states (n, 4)).

    Classical RK4: four slopes per step, from the start, twice from the midpoint, and from the
    end, averaged with weights 1, 2, 2, 1. Its error per unit time shrinks as dt^4, and with
    dt = 0.025 ms it is stable and accurate through the fastest part of the spike (the sodium
    gate m, time constant down to about 0.1 ms). O(duration / dt).

    >>> t, states = simulate(lambda t: 0.0, duration=5.0)
    >>> round(float(states[-1, 0]), 2)
    -65.0
    """
    if dt <= 0 or duration <= 0:
        raise ValueError(f"dt and duration must be positive, got dt={dt}, duration={duration}")
    n_steps = round(duration / dt)
    times = np.arange(n_steps + 1) * dt
    states = np.empty((n_steps + 1, 4))
    v_rest = resting_potential()
    states[0] = [v_rest, *steady_gates(v_rest)]
    for k in range(n_steps):
        t, y = times[k], states[k]
        k1 = derivatives(y, current(t))
        k2 = derivatives(y + 0.5 * dt * k1, current(t + 0.5 * dt))
        k3 = derivatives(y + 0.5 * dt * k2, current(t + 0.5 * dt))
        k4 = derivatives(y + dt * k3, current(t + dt))
        states[k + 1] = y + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)
    return times, states
# --8<-- [end:rk4]


def pulse(amplitude: float, start: float = 5.0, width: float = 1.0) -> Callable[[float], float]:
    """A rectangular current pulse (uA/cm^2) from ``start`` for ``width`` ms.

    >>> p = pulse(10.0)
    >>> p(4.9), p(5.5), p(6.1)
    (0.0, 10.0, 0.0)
    """
    if width <= 0:
        raise ValueError(f"pulse width must be positive, got {width} ms")
    return lambda t: amplitude if start <= t < start + width else 0.0


def step(amplitude: float, start: float = 5.0) -> Callable[[float], float]:
    """A current switched on at ``start`` ms and left on.

    >>> step(7.0)(100.0)
    7.0
    """
    return lambda t: amplitude if t >= start else 0.0


def spike_times(times: np.ndarray, voltage: np.ndarray, level: float = 0.0) -> np.ndarray:
    """Times where the voltage crosses ``level`` upwards: one per action potential.

    >>> spike_times(np.arange(5.0), np.array([-60.0, 10.0, -60.0, 20.0, 30.0]))
    array([1., 3.])
    """
    up = (voltage[:-1] < level) & (voltage[1:] >= level)
    return times[1:][up]


def draw(out: Path, dt: float = 0.025) -> Path:
    """Draw the essay's figure: sub- and suprathreshold pulses, gates, repetitive firing."""
    plt = pyplot()

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 8.4))
    ax = axes[0]
    for amplitude in (2.0, 5.0, 7.0, 20.0):
        t, s = simulate(pulse(amplitude), duration=25.0, dt=dt)
        ax.plot(t, s[:, 0], lw=1, label=f"{amplitude:g} µA/cm² for 1 ms")
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("V (mV)")
    ax.set_title("threshold: all or nothing", fontsize=10)
    ax.legend(fontsize=8)

    ax = axes[1]
    t, s = simulate(pulse(20.0), duration=25.0, dt=dt)
    for column, name in ((1, "m (Na activation)"), (2, "h (Na inactivation)"),
                         (3, "n (K activation)")):
        ax.plot(t, s[:, column], label=name)
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("fraction of gates open")
    ax.set_title("gates during the spike", fontsize=10)
    ax.legend(fontsize=8)

    ax = axes[2]
    for amplitude, offset in ((5.0, 0.0), (10.0, 120.0)):
        t, s = simulate(step(amplitude), duration=100.0, dt=dt)
        ax.plot(t, s[:, 0] + offset, lw=1, label=f"step {amplitude:g} µA/cm²")
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("V (mV), upper trace shifted by 120")
    ax.set_title("steady current: one spike, or a train", fontsize=10)
    ax.legend(fontsize=8, loc="center right")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.hodgkin_huxley``: draw the figure and print the checkable facts."""
    parser = cli.demo_parser(
        "biology.hodgkin_huxley", "Hodgkin-Huxley action potential (1952 squid axon, rest at "
        "-65 mV).", "hodgkin_huxley.png")
    # 0.1 ms already overflows: the sodium gate's time constant falls to about 0.1 ms.
    parser.add_argument("--dt", type=cli.real(0.001, 0.05), default=0.025,
                        help="RK4 step in ms; larger steps make RK4 unstable here "
                             "(default: %(default)s)")
    # The exercises' experiments: a threshold search, a second pulse in the refractory
    # period, and a negative pulse (anode break). The figure stays the essay's.
    parser.add_argument("--pulse", type=cli.real(-100, 100), default=20.0,
                        help="amplitude of the pulse at 5 ms, uA/cm^2 (default: %(default)s)")
    parser.add_argument("--width", type=cli.real(0.05, 20), default=1.0,
                        help="duration of each pulse, ms (default: %(default)s)")
    parser.add_argument("--second-pulse", type=cli.real(-100, 100), default=0.0,
                        help="amplitude of a second pulse, uA/cm^2 (default: 0, none)")
    parser.add_argument("--gap", type=cli.real(0, 50), default=5.0,
                        help="from the first pulse's start to the second's, ms "
                             "(default: %(default)s)")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.dt)
    first, second = pulse(args.pulse, 5.0, args.width), pulse(args.second_pulse,
                                                                5.0 + args.gap, args.width)
    duration = 5.0 + args.gap + args.width + 20.0  # time for a late spike to show
    t, s = simulate(lambda time: first(time) + second(time), duration=duration, dt=args.dt)
    rest, peak = float(resting_potential()), float(s[:, 0].max())
    spikes = [round(float(x), 3) for x in spike_times(t, s[:, 0])]
    stimulus = f"{args.pulse:g} uA/cm^2 for {args.width:g} ms"
    if args.second_pulse:
        stimulus += f", then {args.second_pulse:g} uA/cm^2 {args.gap:g} ms after its start"
    facts = {"resting_potential_mV": rest, "spike_peak_mV": peak, "spike_times_ms": spikes,
             "figure": str(path)}
    return facts, (f"resting potential: {rest:.2f} mV\n"
                   f"{stimulus}: {len(spikes)} spike(s) at {spikes} ms, peak {peak:.1f} mV\n"
                   f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
