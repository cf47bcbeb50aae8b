"""Facts of the L-systems essay: closed-form lengths, Koch growth, the turtle's stack."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.l_systems import (
    ALGAE,
    KOCH_CURVE,
    KOCH_SNOWFLAKE,
    PLANT,
    Turtle,
    curve_length,
    lengths,
    main,
    rewrite,
    snowflake,
    walk,
)


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def test_algae_lengths_are_fibonacci_numbers():
    # Lindenmayer (1968): A -> AB, B -> A; the n-th string has F(n+2) letters.
    for n in range(15):
        assert len(rewrite(ALGAE.axiom, ALGAE.rules, n)) == fibonacci(n + 2)
    assert lengths(ALGAE.axiom, ALGAE.rules, 60)[60] == fibonacci(62)  # exact, no string built


@pytest.mark.parametrize("system", [ALGAE, KOCH_CURVE, KOCH_SNOWFLAKE, PLANT])
def test_letter_count_recurrence_matches_rewriting(system):
    assert lengths(system.axiom, system.rules, 6) == [
        len(rewrite(system.axiom, system.rules, n)) for n in range(7)]


def test_koch_curve_has_4_to_the_n_segments_and_keeps_its_endpoints():
    for n in range(6):
        commands = rewrite(KOCH_CURVE.axiom, KOCH_CURVE.rules, n)
        assert commands.count("F") == 4**n
        assert len(commands) == 1 + 7 * (4**n - 1) // 3
        segments, _, end = walk(commands, 60, step=3.0**-n, start=Turtle(0.0, 0.0, 0.0))
        assert len(segments) == 4**n
        assert (end.x, end.y) == pytest.approx((1.0, 0.0), abs=1e-9)


def test_snowflake_perimeter_grows_by_four_thirds_per_level():
    perimeters = [curve_length(snowflake(n)) for n in range(6)]
    for n, perimeter in enumerate(perimeters):
        assert perimeter == pytest.approx(3 * (4 / 3) ** n, rel=1e-12)
    # ...while the curve stays closed: the turtle ends where it started.
    for n in range(4):
        segments = snowflake(n)
        assert segments[-1, 1] == pytest.approx(segments[0, 0], abs=1e-9)


def test_plant_has_4_to_the_n_minus_1_branch_tips():
    # X -> F+[[X]-X]-F[-FX]+X: each X makes 3 branches and 4 X's, so 3(1 + 4 + ... + 4^(n-1)).
    for n in range(6):
        _, tips, _ = walk(rewrite(PLANT.axiom, PLANT.rules, n), PLANT.angle)
        assert len(tips) == 4**n - 1


commands = st.text(alphabet="FG+-X", max_size=12)


@settings(max_examples=60)
@given(before=commands, branch=commands, inner=commands, angle=st.floats(1, 179))
def test_bracket_stack_restores_the_turtle(before, branch, inner, angle):
    # Whatever happens inside [...] — even nested branches — the turtle returns to the fork.
    _, _, at_fork = walk(before, angle)
    segments, tips, after = walk(before + "[" + branch + "[" + inner + "]" + branch + "]", angle)
    assert after == pytest.approx(at_fork)
    assert len(tips) == 2
    assert len(segments) == sum(c in "FG" for c in before + 2 * branch + inner)


def test_turtle_step_and_turn():
    _, _, end = walk("F+F", angle=90, step=2.0, start=Turtle(0.0, 0.0, 0.0))
    assert (end.x, end.y, end.heading) == pytest.approx((2.0, 2.0, 90.0))
    assert math.isclose(curve_length(walk("F-F-F-F", 90)[0]), 4.0)


def test_bad_input():
    with pytest.raises(ValueError, match="unbalanced"):
        walk("F]", 90)
    with pytest.raises(ValueError, match="unclosed"):
        walk("[[F]", 90)
    with pytest.raises(ValueError, match="steps must be"):
        rewrite("A", ALGAE.rules, -1)
    with pytest.raises(ValueError, match="single letter"):
        rewrite("AB", {"AB": "A"}, 1)
    with pytest.raises(ValueError, match="steps must be"):
        lengths("A", ALGAE.rules, -2)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--plant-level", "3", "--koch-level", "2"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "1, 2, 3, 5, 8, 13" in capsys.readouterr().out
