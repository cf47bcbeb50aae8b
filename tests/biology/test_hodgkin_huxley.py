"""Facts of the Hodgkin-Huxley essay: rest, spike height, threshold and repetitive firing."""

import json

import numpy as np
import pytest

from biology import hodgkin_huxley
from biology.hodgkin_huxley import (
    derivatives,
    gate_rates,
    ionic_current,
    main,
    pulse,
    resting_potential,
    simulate,
    spike_times,
    steady_gates,
    step,
)


def test_resting_potential_is_minus_65_mV():
    v_rest = resting_potential()
    assert v_rest == pytest.approx(-65.0, abs=0.01)
    # And the simulated membrane with no input stays there.
    _, states = simulate(lambda t: 0.0, duration=50.0)
    assert np.ptp(states[:, 0]) < 1e-6
    assert ionic_current(v_rest, *steady_gates(v_rest)) == pytest.approx(0.0, abs=1e-9)


def test_suprathreshold_pulse_spikes_to_about_plus_40_mV():
    # A 20 uA/cm^2, 1 ms pulse: the peak is +40.5 mV; the essay claims +40 +- 5 mV.
    t, states = simulate(pulse(20.0), duration=25.0)
    assert states[:, 0].max() == pytest.approx(40.0, abs=5.0)
    assert len(spike_times(t, states[:, 0])) == 1
    # The afterhyperpolarisation dips below rest before recovering.
    assert states[:, 0].min() < -70.0


@pytest.mark.parametrize(("amplitude", "fires"), [(2.0, False), (5.0, False), (10.0, True),
                                                  (20.0, True)])
def test_threshold_small_pulse_does_not_fire_larger_does(amplitude, fires):
    t, states = simulate(pulse(amplitude), duration=25.0)
    assert (len(spike_times(t, states[:, 0])) > 0) == fires
    if not fires:
        assert states[:, 0].max() < -55.0  # a small graded bump, nowhere near a spike


def test_repetitive_firing_starts_between_5_and_8_uA_per_cm2():
    # 5 uA/cm^2: one spike at onset, then rest. 8 uA/cm^2: a sustained train.
    t, states = simulate(step(5.0), duration=150.0)
    assert len(spike_times(t, states[:, 0])) == 1
    t, states = simulate(step(8.0), duration=150.0)
    spikes = spike_times(t, states[:, 0])
    assert len(spikes) >= 8
    assert spikes[-1] > 130.0  # still firing at the end
    intervals = np.diff(spikes[2:])
    assert np.ptp(intervals) < 0.5  # a regular train, period about 16 ms (~60 Hz)
    assert intervals.mean() == pytest.approx(16.0, abs=1.5)


def test_sustained_firing_starts_between_6_2_and_6_4_at_about_50_hz():
    # The essay's "type II" numbers: at 6.2 uA/cm^2 a few spikes and then rest; at 6.4 a train
    # that never stops, whose rate starts near 50 Hz rather than near zero.
    t, states = simulate(step(6.2), duration=200.0)
    assert spike_times(t, states[:, 0])[-1] < 100.0
    t, states = simulate(step(6.4), duration=200.0)
    spikes = spike_times(t, states[:, 0])
    assert spikes[-1] > 180.0
    assert 1000.0 / np.diff(spikes[-4:]).mean() == pytest.approx(54.0, abs=1.0)


def test_rk4_step_is_converged():
    peaks = [simulate(pulse(20.0), duration=12.0, dt=dt)[1][:, 0].max() for dt in (0.025, 0.0125)]
    assert peaks[0] == pytest.approx(peaks[1], abs=0.05)


def test_rates_are_continuous_at_their_removable_singularities():
    # alpha_m has 0/0 at V = -40 mV and alpha_n at V = -55 mV; the limits are 1.0 and 0.1.
    assert gate_rates(-40.0)[0] == pytest.approx(1.0)
    assert gate_rates(-40.0 + 1e-5)[0] == pytest.approx(1.0, abs=1e-5)
    assert gate_rates(-55.0)[4] == pytest.approx(0.1)


def test_rest_is_a_fixed_point():
    rest = np.array([resting_potential(), *steady_gates(resting_potential())])
    assert np.abs(derivatives(rest, 0.0)).max() < 1e-9


def test_bad_input():
    with pytest.raises(ValueError, match="dt and duration"):
        simulate(lambda t: 0.0, dt=-0.01)
    with pytest.raises(ValueError, match="pulse width"):
        pulse(5.0, width=0.0)
    with pytest.raises(ValueError, match="bracket"):
        resting_potential(lo=-50.0, hi=-40.0)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--dt", "0.05"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "resting potential: -65.00 mV" in capsys.readouterr().out


def test_exercise_pulses_from_the_command_line(tmp_path, capsys, monkeypatch):
    # The exercises' experiments through the flags: a sub- and a suprathreshold pulse, a second
    # pulse inside the refractory period, and anode break excitation after a negative pulse.
    # The essay's figure does not depend on them, so it is not drawn here.
    monkeypatch.setattr(hodgkin_huxley, "draw", lambda out, dt: out)

    def spikes(*argv):
        assert main([*argv, "--out", str(tmp_path / "hh.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)["spike_times_ms"]

    assert spikes("--pulse", "2") == []
    assert len(spikes("--pulse", "7")) == 1
    assert len(spikes("--pulse", "20", "--second-pulse", "7", "--gap", "5")) == 1  # refractory
    assert len(spikes("--pulse", "20", "--second-pulse", "20", "--gap", "30")) == 2  # recovered
    (late,) = spikes("--pulse", "-20")
    assert late > 6.0  # after the 5-6 ms pulse has ended: the cell fires on release
    t, s = simulate(pulse(-20.0), duration=31.0)
    assert spike_times(t, s[:, 0]).round(3).tolist() == [late]
