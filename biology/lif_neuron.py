"""The leaky integrate-and-fire neuron: a membrane that charges, fires and resets.

A neuron's membrane is a thin insulator with leaky channels in it: electrically, a capacitor C in
parallel with a resistor R. Lapicque (1907) modelled it that way. The integrate-and-fire model
named after him adds one rule by hand, stated explicitly only by later authors: when the voltage
reaches a threshold, the cell fires a spike and the voltage is reset. Measured from rest
(rest = 0 mV) the membrane obeys

    tau dV/dt = -V + R I,          tau = R C,

and whenever V reaches V_th a spike is recorded, V goes back to 0 and stays there for a
refractory time t_ref. With a constant input current I the voltage relaxes towards R I. If
R I <= V_th it never gets there: the neuron is silent. The smallest current that fires, the
*rheobase*, is therefore

    I_th = V_th / R.

Above it, the time to charge from 0 to V_th is tau ln(R I / (R I - V_th)), so the firing rate is

    f(I) = 1 / (t_ref + tau ln(R I / (R I - V_th))),     I > I_th,

the neuron's *f-I curve*. It is zero below a threshold and grows above it, which is the shape of
the ReLU unit of a neural network; for large currents (and t_ref = 0) it tends to the straight
line f = R I / (tau V_th) - 1 / (2 tau).

Units used throughout: milliseconds, millivolts, megaohms and nanoamperes (so R I is in mV), and
rates in spikes per second (Hz).

>>> round(rheobase(v_th=15.0, r=10.0), 3)
1.5
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure


@dataclass(frozen=True)
class LIF:
    """Parameters of a leaky integrate-and-fire neuron (ms, MOhm, mV).

    >>> LIF().tau
    10.0
    """

    tau: float = 10.0  # membrane time constant R C, ms
    r: float = 10.0  # membrane resistance, MOhm
    v_th: float = 15.0  # threshold above rest, mV
    t_ref: float = 2.0  # absolute refractory period, ms

    def __post_init__(self) -> None:
        for name in ("tau", "r", "v_th"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")
        if self.t_ref < 0:
            raise ValueError(f"t_ref must be >= 0 ms, got {self.t_ref}")


def rheobase(v_th: float, r: float) -> float:
    """The smallest constant current that ever makes the neuron fire: I_th = V_th / R (nA).

    >>> rheobase(20.0, 10.0)
    2.0
    """
    if r <= 0:
        raise ValueError(f"resistance r must be positive, got {r}")
    return v_th / r


# --8<-- [start:rate]
def firing_rate(current: float | np.ndarray, neuron: LIF = LIF()) -> np.ndarray:
    """The analytic f-I curve in Hz: 1 / (t_ref + tau ln(RI / (RI - V_th))), zero at or below I_th.

    Works elementwise on arrays. O(n) for n currents.

    >>> np.round(firing_rate([1.0, 3.0]), 2).tolist()
    [0.0, 111.96]
    """
    drive = neuron.r * np.asarray(current, dtype=float)  # the voltage R I the membrane aims for
    above = drive > neuron.v_th
    safe = np.where(above, drive, 2 * neuron.v_th)  # keeps the log finite where we discard it
    interval_ms = neuron.t_ref + neuron.tau * np.log(safe / (safe - neuron.v_th))
    return np.where(above, 1000.0 / interval_ms, 0.0)
# --8<-- [end:rate]


# --8<-- [start:simulate]
def simulate(current: float, duration: float = 500.0, dt: float = 0.1,
             neuron: LIF = LIF(), noise: float = 0.0, seed: int = 0
             ) -> tuple[np.ndarray, np.ndarray]:
    """Integrate the membrane under a constant current; return (voltage trace, spike times), ms.

    Between spikes the equation is linear, so each step uses its exact solution
    V <- RI + (V - RI) exp(-h / tau) instead of an Euler step; the only error left is where in
    the step the threshold is crossed, which linear interpolation puts right to O(dt^2). A
    refractory period that ends inside a step integrates only the rest of that step.
    With ``noise`` > 0 each step's current gets an independent Gaussian term of that standard
    deviation (nA), held for the step. O(duration / dt) time and memory.

    >>> voltage, spikes = simulate(3.0, duration=50.0)
    >>> len(spikes), round(float(spikes[0]), 2)
    (5, 6.93)
    """
    if dt <= 0 or duration <= 0:
        raise ValueError(f"dt and duration must be positive, got dt={dt}, duration={duration}")
    if noise < 0:
        raise ValueError(f"noise is a standard deviation, so >= 0; got {noise}")
    n_steps = round(duration / dt)
    drives = neuron.r * (current + noise * np.random.default_rng(seed).standard_normal(n_steps)
                         if noise else np.full(n_steps, float(current)))
    voltage = np.zeros(n_steps + 1)
    spikes: list[float] = []
    v, refractory_left = 0.0, 0.0
    for k, drive in enumerate(drives.tolist()):  # Python floats: faster one at a time
        h = dt - min(refractory_left, dt)  # the part of this step the membrane is free
        refractory_left = max(refractory_left - dt, 0.0)
        v_start = v
        v = drive + (v - drive) * math.exp(-h / neuron.tau)
        if v >= neuron.v_th:
            fraction = (neuron.v_th - v_start) / (v - v_start)
            t_spike = k * dt + (dt - h) + fraction * h
            spikes.append(t_spike)
            v = 0.0
            refractory_left = max(neuron.t_ref - ((k + 1) * dt - t_spike), 0.0)
        voltage[k + 1] = v
    return voltage, np.array(spikes)
# --8<-- [end:simulate]


def simulated_rate(current: float, duration: float = 500.0, dt: float = 0.1,
                   neuron: LIF = LIF(), noise: float = 0.0, seed: int = 0) -> float:
    """The firing rate (Hz) measured from a simulation: one over the mean inter-spike interval.

    The first spike is left out of the average: it starts from rest without a refractory
    period before it, so its latency is not a full interval. Zero if fewer than two spikes.

    >>> round(simulated_rate(3.0), 1)
    112.0
    """
    _, spikes = simulate(current, duration, dt, neuron, noise, seed)
    if len(spikes) < 2:
        return 0.0
    return float(1000.0 / np.diff(spikes).mean())


def relu(x: float | np.ndarray) -> np.ndarray:
    """max(0, x), the artificial neuron's nonlinearity, for the figure's comparison.

    >>> relu([-1.0, 2.0]).tolist()
    [0.0, 2.0]
    """
    return np.maximum(0.0, np.asarray(x, dtype=float))


def draw(out: Path, neuron: LIF = LIF(), current: float = 2.0, noise: float = 0.0,
         seed: int = 0) -> Path:
    """Draw the essay's figure: a voltage trace, and the f-I curve beside a ReLU (the trace and
    the simulated points with ``noise`` nA of current noise, if any)."""
    plt = pyplot()

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, (ax_v, ax_f) = plt.subplots(2, 1, figsize=(6.8, 6.2))
    voltage, spikes = simulate(current, duration=100.0, neuron=neuron, noise=noise, seed=seed)
    t = np.arange(len(voltage)) * 0.1
    ax_v.plot(t, voltage, lw=1)
    ax_v.vlines(spikes, neuron.v_th, neuron.v_th + 10, color="k", lw=1)  # drawn-on spikes
    ax_v.axhline(neuron.v_th, ls="--", color="grey", lw=0.8, label="threshold $V_{th}$")
    ax_v.set_xlabel("time (ms)")
    ax_v.set_ylabel("V above rest (mV)")
    ax_v.set_title(f"I = {current} nA: charge, fire, reset", fontsize=10)
    ax_v.legend(fontsize=8, loc="lower right")

    i_th = rheobase(neuron.v_th, neuron.r)
    currents = np.linspace(0, 6 * i_th, 400)
    ax_f.plot(currents, firing_rate(currents, neuron), label="LIF formula")
    sampled = np.linspace(0.5 * i_th, 6 * i_th, 14)
    ax_f.plot(sampled, [simulated_rate(i, neuron=neuron, noise=noise, seed=seed)
                        for i in sampled], "o", ms=4,
              label=f"LIF simulated, noise {noise:g} nA" if noise else "LIF simulated")
    no_ref = LIF(neuron.tau, neuron.r, neuron.v_th, 0.0)
    ax_f.plot(currents, firing_rate(currents, no_ref), ":", label="LIF, $t_{ref}=0$")
    slope = 1000.0 * neuron.r / (neuron.tau * neuron.v_th)  # Hz per nA of the asymptote
    ax_f.plot(currents, slope * relu(currents - i_th), "--", color="grey", label="ReLU")
    if neuron.t_ref > 0:  # without a refractory period the rate has no ceiling to draw
        ax_f.axhline(1000.0 / neuron.t_ref, color="k", lw=0.6, ls="-.", label="$1/t_{ref}$")
    ax_f.set_xlabel("input current I (nA)")
    ax_f.set_ylabel("firing rate (Hz)")
    ax_f.set_ylim(0, 1.15 * slope * 5 * i_th)
    ax_f.set_title(f"f-I curve, rheobase $I_{{th}}$ = {i_th:g} nA", fontsize=10)
    ax_f.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.lif_neuron``: draw the figure and print the rheobase and a rate."""
    parser = cli.demo_parser(
        "biology.lif_neuron", "Leaky integrate-and-fire neuron: voltage trace and f-I curve "
        "next to ReLU.", "lif_neuron.png")
    parser.add_argument("--tau", type=cli.real(0.1, 1000), default=10.0,
                        help="membrane time constant in ms (default: %(default)s)")
    parser.add_argument("--r", type=cli.real(0.01, 1000), default=10.0,
                        help="membrane resistance in MOhm (default: %(default)s)")
    parser.add_argument("--v-th", type=cli.real(0.1, 100), default=15.0,
                        help="threshold above rest in mV (default: %(default)s)")
    parser.add_argument("--t-ref", type=cli.real(0, 100), default=2.0,
                        help="refractory period in ms (default: %(default)s)")
    parser.add_argument("--current", type=cli.real(-100, 100), default=2.0,
                        help="current of the voltage trace in nA (default: %(default)s)")
    # The second exercise: noise smooths the f-I curve's corner at the rheobase.
    parser.add_argument("--noise", type=cli.real(0, 100), default=0.0,
                        help="standard deviation in nA of a Gaussian current added in every "
                             "0.1 ms step (default: %(default)s)")
    cli.add_seed_option(parser, what="the current noise")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    neuron = LIF(args.tau, args.r, args.v_th, args.t_ref)
    path = draw(args.out, neuron, args.current, args.noise, args.seed)
    i_th = rheobase(neuron.v_th, neuron.r)
    test_current = 2 * i_th
    formula = float(firing_rate(test_current, neuron))
    simulated = float(simulated_rate(test_current, neuron=neuron, noise=args.noise,
                                     seed=args.seed))
    # Just below the rheobase the formula says silence; noise can still carry V over.
    below = float(simulated_rate(0.9 * i_th, 2000.0, neuron=neuron, noise=args.noise,
                                 seed=args.seed))
    facts = {"rheobase_nA": i_th, "test_current_nA": test_current, "rate_formula_Hz": formula,
             "rate_simulated_Hz": simulated, "noise_nA": args.noise,
             "rate_simulated_at_0.9_rheobase_Hz": below, "figure": str(path)}
    return facts, (f"rheobase I_th = {i_th:g} nA\nrate at I = {test_current:g} nA: formula "
                   f"{formula:.2f} Hz, simulated {simulated:.2f} Hz\nrate at I = "
                   f"{0.9 * i_th:g} nA (0.9 I_th), noise {args.noise:g} nA: formula 0 Hz, "
                   f"simulated {below:.2f} Hz\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
