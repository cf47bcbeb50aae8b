"""Facts of the phyllotaxis essay: the golden angle, the three-gap theorem, Fibonacci hashing."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biology.phyllotaxis import (
    PHI,
    fibonacci_hash,
    gap_lengths,
    golden_angle,
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
