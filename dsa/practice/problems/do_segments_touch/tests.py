"""Tests for do-segments-touch: examples, degenerate cases, an exact-fraction oracle and the
largest sizes."""

import random
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _cross(ux, uy, vx, vy):
    return ux * vy - uy * vx


def _point_on(p, c, d):
    """Is p on segment cd? By solving p = c + t (d - c) for t in [0, 1] with fractions."""
    if c == d:
        return p == c
    k = 0 if d[0] != c[0] else 1
    t = Fraction(p[k] - c[k], d[k] - c[k])
    return 0 <= t <= 1 and all(c[i] + t * (d[i] - c[i]) == p[i] for i in (0, 1))


def _oracle(x1, y1, x2, y2, x3, y3, x4, y4):
    a, b, c, d = (x1, y1), (x2, y2), (x3, y3), (x4, y4)
    if a == b:
        return _point_on(a, c, d)
    if c == d:
        return _point_on(c, a, b)
    den = _cross(x2 - x1, y2 - y1, x4 - x3, y4 - y3)
    if den != 0:  # lines meet at a + t (b - a) = c + u (d - c)
        t = Fraction(_cross(x3 - x1, y3 - y1, x4 - x3, y4 - y3), den)
        u = Fraction(_cross(x3 - x1, y3 - y1, x2 - x1, y2 - y1), den)
        return 0 <= t <= 1 and 0 <= u <= 1
    return _point_on(c, a, b) or _point_on(d, a, b) or _point_on(a, c, d)


def _check(sol, pairs, want=None, shown=None):
    if want is None:
        want = [_oracle(*p) for p in pairs]
    got = sol.segments_touch([p[:] for p in pairs])
    expect(got, want, pairs=pairs if shown is None else shown)


def test_example_1(sol):
    _check(sol, [[0, 0, 4, 4, 0, 4, 4, 0]], [True])


def test_example_2(sol):
    _check(sol, [[0, 0, 2, 0, 3, 0, 5, 0], [0, 0, 2, 0, 2, 0, 2, 7]], [False, True])


def test_example_3(sol):
    _check(sol, [[1, 1, 1, 1, 0, 0, 2, 2], [0, 0, 1, 1, 1, 0, 2, 1]], [True, False])


def test_collinear_cases(sol):
    _check(sol, [[0, 0, 4, 0, 1, 0, 2, 0], [0, 0, 4, 4, 5, 5, 6, 6], [0, 0, 4, 4, 6, 6, 4, 4],
                 [0, 0, 0, 3, 0, -1, 0, 9], [2, 2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 1, 1, 2, 1, 2]],
           [True, False, True, True, True, False])


def test_t_junction_and_vertical(sol):
    _check(sol, [[0, 0, 0, 10, -5, 5, 0, 5], [0, 0, 0, 10, -5, 5, -1, 5],
                 [3, -2, 3, 2, 0, 0, 9, 0]], [True, False, True])


@given(pairs=st.lists(st.lists(st.integers(-4, 4), min_size=8, max_size=8), min_size=1,
                      max_size=20))
def test_matches_fraction_oracle(sol, pairs):
    _check(sol, pairs)


def _hair_apart(rng):
    """A long segment, and a vertical one from the grid point just off it, going away."""
    x1, x2 = rng.randint(-BIG, -BIG // 2), rng.randint(BIG // 2, BIG)
    y1, y2 = rng.randint(-BIG, BIG), rng.randint(-BIG, BIG)
    x = rng.randint(x1 + 1, x2 - 1)
    y = Fraction(y1) + Fraction(y2 - y1, x2 - x1) * (x - x1)   # the line's height at x
    if y.denominator == 1:
        return [x1, y1, x2, y2, x, int(y), x, BIG], True       # touches at its end point
    if rng.random() < 0.5:
        return [x1, y1, x2, y2, x, y.numerator // y.denominator, x, -BIG], False
    return [x1, y1, x2, y2, x, -(-y.numerator // y.denominator), x, BIG], False


def test_largest_size_a_hair_apart(sol):
    # 10,000 pairs where the short segment starts within a fraction of a unit of the long one,
    # at coordinates near 10⁹: floats (and any epsilon) get these wrong.
    rng = random.Random(8)
    cases = [_hair_apart(rng) for _ in range(9_998)]
    cases += [([-BIG, -BIG, BIG, BIG - 1, BIG - 1, BIG - 2, BIG - 1, -BIG], False),
              ([-BIG, BIG, BIG, -BIG, BIG, BIG, -BIG, -BIG], True)]
    pairs = [p for p, _ in cases]
    _check(sol, pairs, [w for _, w in cases], "10,000 pairs a hair apart at |coordinates| ~ 10**9")


def test_largest_size_random(sol):
    rng = random.Random(10_000)
    pairs = []
    for k in range(10_000):
        span = [BIG, 1_000, 3][k % 3]
        pairs.append([rng.randint(-span, span) for _ in range(8)])
    pairs[0] = [-BIG, -BIG, BIG, BIG, -BIG, BIG, BIG, -BIG]
    _check(sol, pairs, shown="10,000 random pairs, coordinates within 10**9, 1,000 or 3")
