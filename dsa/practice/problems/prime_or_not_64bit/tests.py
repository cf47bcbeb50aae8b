"""Tests for prime-or-not-64bit: examples, pseudoprimes, a trial-division oracle and the
largest list."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

TOP = 2**64 - 1
# Primes in [2**63, 2**64), each checked with GNU coreutils' factor when this file was written.
BIG_PRIMES = [
    10861842717560627957, 11733061554466043563, 17054619795576716167, 16569056312486744683,
    14292066475942139251, 10877552959775353043, 10171803002443630981, 11497908423974894323,
    9374765616875609479, 13771777658191392691, 14585765367151703797, 17550183306017044373,
    15183477325717281719, 16403525749701597113, 16399921024625098123, 14413479233948305957,
    15470938827543982229, 17133679633030823833, 10176074855725163719, 17904509003803794103,
    16870049628037605929, 14934063349141369553, 13253384694058392979, 18147016868226941609,
    15321194238662675089, 10116664305822395899, 10184810546742965533, 17244541616348988283,
    12073084089142944187, 2**64 - 59, 2**61 - 1, 10**18 + 3, 10**18 + 9, 4294967291,
]
# Composites that fool weaker tests, with their factors (checked by multiplying them out).
TRICKY = [
    (561, [3, 11, 17]), (41041, [7, 11, 13, 41]), (2047, [23, 89]),
    (3215031751, [151, 751, 28351]), (3474749660383, [1303, 16927, 157543]),
    (341550071728321, [10670053, 32010157]),
    (3825123056546413051, [149491, 747451, 34233211]),            # fools bases 2 … 23
    (9215447790472998049, [1153777, 2307553, 3461329]),           # Carmichael numbers,
    (9188875985136564889, [1152667, 2305333, 3457999]),           # (6k+1)(12k+1)(18k+1)
    (TOP, [3, 5, 17, 257, 641, 65537, 6700417]),
]


def _small_prime(m):
    return m > 1 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def _check(sol, nums, want, shown=None):
    got = sol.which_are_prime(list(nums))
    expect(got, want, nums=nums if shown is None else shown)


def test_example_1(sol):
    _check(sol, [0, 1, 2, 9, 97], [False, False, True, False, True])


def test_example_2(sol):
    _check(sol, [561, 2**64 - 59], [False, True])


def test_tricky_composites(sol):
    for n, factors in TRICKY:
        product = 1
        for f in factors:
            product *= f
        assert product == n
    _check(sol, [n for n, _ in TRICKY], [False] * len(TRICKY))


def test_bases_themselves_and_their_squares(sol):
    bases = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    _check(sol, bases + [b * b for b in bases], [True] * 14 + [False] * 14)


def test_known_big_primes(sol):
    _check(sol, BIG_PRIMES, [True] * len(BIG_PRIMES))


def test_products_of_big_primes_neighbours(sol):
    nums = [2**32 * 2**32 - 1, 4294967291 * 4294967279, 2**63, 2**64 - 57, 2**64 - 61]
    _check(sol, nums, [False] * 5)


@given(nums=st.lists(st.integers(0, 100_000), min_size=1, max_size=30))
def test_matches_trial_division(sol, nums):
    _check(sol, nums, [_small_prime(n) for n in nums])


@given(n=st.integers(10**11, 10**12))
def test_matches_trial_division_twelve_digits(sol, n):
    _check(sol, [n], [_small_prime(n)])


def _primes_below(limit):
    flags = bytearray([1]) * limit
    flags[0] = flags[1] = 0
    for p in range(2, int(limit ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, limit, p)))
    return [p for p in range(limit) if flags[p]]


def test_largest_list(sol):
    # 1,000 numbers: known big primes, products of two 32-bit primes and squares of one,
    # tricky composites and the ends of the range. 32-bit primes are found by trial division
    # with the primes below 2**16.
    rng = random.Random(2**64)
    small = _primes_below(2**16)

    def prime32():
        while True:
            m = rng.randrange(2**31, 2**32) | 1
            if all(m % p for p in small):
                return m

    cases = [(0, False), (1, False), (2, True), (TOP, False)]
    cases += [(n, False) for n, _ in TRICKY] + [(p, True) for p in BIG_PRIMES]
    semiprimes = [prime32() * prime32() for _ in range(150)]
    while len(cases) < 1_000:
        kind = rng.randrange(3)
        if kind == 0:
            cases.append((rng.choice(BIG_PRIMES), True))
        elif kind == 1:
            cases.append((rng.choice(semiprimes), False))
        else:                                       # the square of a 32-bit prime
            cases.append((prime32() ** 2, False))
    rng.shuffle(cases)
    nums = [n for n, _ in cases]
    _check(sol, nums, [p for _, p in cases], "1,000 numbers below 2**64 (known primes, "
           "semiprimes, pseudoprimes, 0, 1, 2 and 2**64 - 1)")
