"""Randomised algorithms and streaming sketches: answers from coins and hashes, with bounds.

Randomness buys two things here. Some answers must *be* random — a fair shuffle, a fair sample.
Others become cheap when allowed to be slightly wrong, with an error that is bounded in
advance and independent of the input: a sketch a few kilobytes in size that answers for a
stream of billions. Each module states its guarantee, and its tests measure it on seeded data.

* :mod:`~dsa.randomized.shuffle` — Fisher–Yates: every order equally likely;
* :mod:`~dsa.randomized.reservoir` — a uniform sample from a stream of unknown length;
* :mod:`~dsa.randomized.count_min` — frequencies, never undercounted, over by at most ``εN``
  with probability ``1 - δ``;
* :mod:`~dsa.randomized.hyperloglog` — the number of distinct items, within about
  ``1.04/√m``;
* :mod:`~dsa.randomized.consistent_hashing` — keys over servers, moving few when servers come
  and go.

Elsewhere: the Bloom filter (:mod:`dsa.structures.bloom_filter`) is a sketch for set
membership, the skip list (:mod:`dsa.structures.skip_list`) and the treap
(:mod:`dsa.range_queries.treap`) are balanced by coin flips, quickselect
(:mod:`dsa.selection.quickselect`) by a random pivot, and Miller–Rabin
(:mod:`dsa.number_theory.miller_rabin`) tests primes with random witnesses.

Every random choice comes from ``random.Random(seed)`` and every hash from BLAKE2b keyed by a
seed, so each result is the same in every run.

>>> from dsa.randomized import HyperLogLog, shuffle
>>> cards = list(range(10)); shuffle(cards, seed=3); sorted(cards) == list(range(10))
True
"""

from dsa.randomized.consistent_hashing import ConsistentHashRing
from dsa.randomized.count_min import CountMinSketch
from dsa.randomized.hyperloglog import HyperLogLog
from dsa.randomized.reservoir import reservoir_sample, skip_reservoir_sample
from dsa.randomized.shuffle import sample, shuffle

__all__ = [
    "ConsistentHashRing",
    "CountMinSketch",
    "HyperLogLog",
    "reservoir_sample",
    "sample",
    "shuffle",
    "skip_reservoir_sample",
]
