"""Facts of the phyllotaxis essay: the golden angle, the three-gap theorem, Fibonacci hashing."""

import json
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from biology.phyllotaxis import (
    PHI,
    fibonacci_hash,
    gap_lengths,
    golden_angle,
    golden_multiplier,
    main,
    max_bucket_load,
    modulo_hash,
    packing_evenness,
    vogel_spiral,
)


def test_golden_angle_value():
    # 360 (1 - 1/phi) = 360 (2 - phi) = 137.50776... degrees (Vogel 1979).
    assert golden_angle() == pytest.approx(137.50776405, abs=1e-8)
    assert golden_angle() == pytest.approx(360 * (2 - PHI))


@given(x=st.floats(0.001, 0.999), n=st.integers(1, 400))
def test_three_gap_theorem(x, n):
    # Steinhaus' three-gap theorem: never more than three distinct gap lengths.
    assert len(gap_lengths(x, n)) <= 3


def test_golden_ratio_gaps_ratio_is_phi():
    # For x = 1/phi, when there are two gap lengths their ratio is phi itself.
    for n in (5, 8, 13, 21, 34, 55, 89):  # Fibonacci counts give exactly two gaps
        small, large = gap_lengths(1 / PHI, n)
        assert large / small == pytest.approx(PHI, rel=1e-6)


def test_golden_angle_packs_evenly_and_rational_turns_do_not():
    assert packing_evenness(golden_angle()) > 0.9
    assert packing_evenness(137.0) < packing_evenness(golden_angle())
    assert packing_evenness(90.0) < 0.1  # four spokes
    assert packing_evenness(360 / 7) < 0.2  # seven spokes


def test_vogel_radius_grows_as_square_root():
    points = vogel_spiral(101, scale=2.0)
    radius = math.hypot(*points[100])
    assert radius == pytest.approx(2.0 * math.sqrt(100))


@pytest.mark.parametrize("bits", [4, 6, 8, 10])
def test_fibonacci_hash_spreads_consecutive_keys(bits):
    # 2**bits consecutive keys into 2**bits buckets: at most 2 share a bucket.
    assert max_bucket_load(range(1 << bits), bits, fibonacci_hash) <= 2


@pytest.mark.parametrize("bits", [4, 6, 8])
def test_patterned_keys_defeat_modulo_but_not_fibonacci(bits):
    keys = range(0, (1 << bits) * 64, 64)  # every key a multiple of 64
    # k * 64 mod 2**bits takes only 2**bits / 64 values (or one): 64 keys pile into each.
    assert max_bucket_load(keys, bits, modulo_hash) == min(1 << bits, 64)
    assert max_bucket_load(keys, bits, fibonacci_hash) <= 3


def test_golden_multiplier_is_exact():
    # The well-known 64-bit constant is floor(2**64 / phi), odd as it stands. Floating point
    # (int(2**64 / PHI) | 1, the old code) loses the last 11 of its 64 bits (a double keeps 53):
    # 0x9e3779b97f4a7801.
    assert golden_multiplier(64) == 0x9E3779B97F4A7C15 == (0x9E3779B97F4A7C15 | 1)
    assert int(2**64 / PHI) | 1 == 0x9E3779B97F4A7801 != golden_multiplier(64)
    for word in range(1, 200):
        # k <= 2^w / phi  <=>  k (1 + sqrt 5) <= 2^(w+1)  <=>  5 k^2 <= (2^(w+1) - k)^2, since
        # both sides are positive for k near 0.618 * 2^w: a test in exact integers.
        def at_most(k: int, word: int = word) -> bool:
            return 5 * k * k <= ((1 << (word + 1)) - k) ** 2

        odd = golden_multiplier(word)
        floor = odd if at_most(odd) else odd - 1  # making it odd added at most 1
        assert at_most(floor) and not at_most(floor + 1)
        assert odd == floor | 1 and odd % 2 == 1


def test_multiples_of_64_land_14_to_17_per_bucket():
    # The figure's orange bars: 1024 multiples of 64 into 64 buckets (16 each would be perfect).
    keys = range(0, 1024 * 64, 64)
    counts = np.bincount([fibonacci_hash(k, 6) for k in keys], minlength=64)
    assert (counts.min(), counts.max()) == (14, 17)


def test_fibonacci_hash_is_a_bijection_on_words():
    # An odd multiplier is invertible mod 2**w: with all bits kept, no two keys collide.
    word = 10
    assert len({fibonacci_hash(k, word, word=word) for k in range(1 << word)}) == 1 << word


def test_bad_input():
    with pytest.raises(ValueError, match="bits must be in"):
        fibonacci_hash(1, 0)
    with pytest.raises(ValueError, match="n_seeds"):
        vogel_spiral(-1)
    with pytest.raises(ValueError, match="n_points"):
        gap_lengths(0.5, 0)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--seeds", "200"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "137.5078" in capsys.readouterr().out


def test_divergence_option_draws_and_scores_the_readers_angle(tmp_path, capsys):
    # The first exercise compares 360 deg / phi^2 with 360 deg (sqrt 2 - 1) by packing_evenness.
    out = tmp_path / "p.png"
    silver = 360 * (math.sqrt(2) - 1)
    assert main(["--divergence", str(silver), "--seeds", "300", "--out", str(out),
                 "--json"]) == 0
    evenness = json.loads(capsys.readouterr().out)["packing_evenness"]
    assert evenness["divergence"] == pytest.approx(packing_evenness(silver))
    assert evenness["golden"] == pytest.approx(packing_evenness(golden_angle()))
    assert out.exists()
    assert main(["--divergence", "360", "--out", str(out)]) == 2  # a full turn is no turn
