"""Orientation and segment intersection against exact parametric geometry in Fractions."""

import importlib
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from dsa.geometry import cross, on_segment, orientation, segments_intersect

module = importlib.import_module("dsa.geometry.orientation")

coordinate = st.integers(-4, 4)
points = st.tuples(coordinate, coordinate)


def meet_by_parameters(a, b, c, d):
    """Whether segments ab and cd share a point: solve a + t(b-a) = c + u(d-c) exactly.

    Independent of the orientation tests: parallel segments are projected onto their line and
    compared as intervals, and single-point segments are handled as points.
    """
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    w = (c[0] - a[0], c[1] - a[1])
    denominator = r[0] * s[1] - r[1] * s[0]
    if denominator != 0:
        t = Fraction(w[0] * s[1] - w[1] * s[0], denominator)
        u = Fraction(w[0] * r[1] - w[1] * r[0], denominator)
        return 0 <= t <= 1 and 0 <= u <= 1
    if r == (0, 0) and s == (0, 0):
        return a == c
    if r == (0, 0):  # ab is a point: on cd?
        return meet_by_parameters(c, d, a, a) if s != (0, 0) else a == c
    if w[0] * r[1] - w[1] * r[0] != 0:  # parallel, on different lines
        return False
    # on one line: project everything onto r and compare the intervals
    length = r[0] * r[0] + r[1] * r[1]
    t0 = Fraction(w[0] * r[0] + w[1] * r[1], length)
    t1 = Fraction((d[0] - a[0]) * r[0] + (d[1] - a[1]) * r[1], length)
    return max(min(t0, t1), 0) <= min(max(t0, t1), 1)


def test_the_oracle_on_a_point_segment_meets_only_points_on_the_other():
    assert meet_by_parameters((1, 1), (1, 1), (0, 0), (2, 2))
    assert not meet_by_parameters((1, 1), (1, 1), (0, 0), (2, 3))


@given(a=points, b=points, c=points, d=points)
def test_segments_intersect_matches_exact_parameters(a, b, c, d):
    expected = meet_by_parameters(a, b, c, d)
    assert segments_intersect(a, b, c, d) == expected
    assert segments_intersect(c, d, a, b) == expected == segments_intersect(b, a, d, c)


@given(p=points, q=points, r=points)
def test_orientation_is_the_sign_of_the_area_and_flips_with_order(p, q, r):
    area = Fraction(p[0] * (q[1] - r[1]) + q[0] * (r[1] - p[1]) + r[0] * (p[1] - q[1]), 1)
    assert cross(p, q, r) == area  # the shoelace formula: twice the signed area
    assert orientation(p, q, r) == orientation(q, r, p) == -orientation(q, p, r)


@given(a=points, b=points, t=st.fractions(0, 1))
def test_points_on_a_segment_are_on_it_and_beyond_it_are_not(a, b, t):
    inside = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    assert on_segment(a, b, inside)
    if a != b:
        beyond = (b[0] + (b[0] - a[0]), b[1] + (b[1] - a[1]))
        assert not on_segment(a, b, beyond)


def test_fractions_keep_nearly_collinear_points_exact():
    third = Fraction(1, 3)
    assert orientation((0, 0), (3 * third, third), (3, 1)) == 0
    assert orientation((0, 0), (1, third), (3, 1 + Fraction(1, 10**30))) == 1


@given(a=points, b=points, c=points, d=points)
def test_an_intersection_test_takes_at_most_eight_cross_products(a, b, c, d):
    calls = []
    original = module.cross

    def counting(p, q, r):
        calls.append(1)
        return original(p, q, r)

    module.cross = counting  # restored below; monkeypatch is function-scoped, not per example
    try:
        segments_intersect(a, b, c, d)
    finally:
        module.cross = original
    assert 4 <= len(calls) <= 8  # four orientations, then at most four on_segment checks
