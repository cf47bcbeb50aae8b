"""Tests for minibatches: batch sizes against ml.nn.batches, a partition of range(n), the seed
(repeatable, and a new order for a new seed) and real shuffling of the examples."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.nn.batches import minibatch_indices
from practice.checking import expect_true


def want_sizes(n, batch_size):
    return [len(b) for b in minibatch_indices(n, batch_size, np.random.default_rng(0))]


def batches(sol, n, batch_size, seed):
    """The learner's batches, checked for form: a list of 1-D integer arrays."""
    shown = {"n": n, "batch_size": batch_size, "seed": seed}
    got = sol.minibatches(n, batch_size, seed)
    expect_true(type(got) is list, f"minibatches should return a list of arrays; yours "
                f"returned {type(got).__name__}", **shown)
    for i, batch in enumerate(got):
        expect_true(type(batch) is np.ndarray and batch.ndim == 1,
                    f"batch {i} should be a 1-D numpy array of indices; yours is "
                    f"{type(batch).__name__}" + (f" of shape {batch.shape}"
                                                 if type(batch) is np.ndarray else ""), **shown)
        expect_true(batch.dtype.kind in "iu", f"batch {i} holds {batch.dtype}; indices must be "
                    "integers (np.random.default_rng(seed).permutation(n) gives integers)",
                    **shown)
    return got, shown


def check_partition(sol, n, batch_size, seed):
    got, shown = batches(sol, n, batch_size, seed)
    sizes, want = [len(b) for b in got], want_sizes(n, batch_size)
    missing = n - sum(sizes)
    if 0 < missing < batch_size and sizes == want[:-1]:
        expect_true(False, f"your batches hold {sum(sizes)} of the {n} examples: the last, "
                    f"shorter batch of {want[-1]} is missing. Step the slices up to n, not "
                    "n - batch_size", **shown)
    if sizes != want and sorted(sizes) == sorted(want):
        runs = all(len(b) == 0 or np.array_equal(np.sort(b), np.arange(b.min(), b.max() + 1))
                   for b in got)
        expect_true(False, f"batch sizes {sizes}: the shorter batch must be the last one"
                    + ("; and each batch is a fixed run of consecutive indices, so the same "
                       "examples always share a batch. Shuffle the indices first, then cut the "
                       "shuffled order into batches" if runs else ""), **shown)
    expect_true(sizes == want, f"batch sizes {sizes}; expected {want}: batches of batch_size "
                "in order, the leftover examples in one shorter batch at the end", **shown)
    everything = np.sort(np.concatenate(got)) if got else np.array([], dtype=int)
    if not np.array_equal(everything, np.arange(n)):
        twice = sorted(set(np.flatnonzero(np.bincount(everything, minlength=n) > 1).tolist()))
        expect_true(False, "the batches must hold each of 0 .. n-1 exactly once; "
                    + (f"yours repeat {twice[:5]} (sampling with replacement? use "
                       "rng.permutation(n))" if twice else "yours do not"), **shown)
    return got, shown


def test_worked_example(sol):
    check_partition(sol, 10, 4, 0)


def test_batch_size_divides_n(sol):
    check_partition(sol, 12, 4, 1)


def test_batch_bigger_than_n(sol):
    check_partition(sol, 5, 8, 2)


def test_a_single_example(sol):
    check_partition(sol, 1, 3, 3)


def test_same_seed_same_batches(sol):
    first, shown = check_partition(sol, 50, 8, 7)
    second, _ = check_partition(sol, 50, 8, 7)
    expect_true(all(np.array_equal(a, b) for a, b in zip(first, second, strict=True)),
                "two calls with the same seed gave different batches: shuffle with "
                "np.random.default_rng(seed), so a run can be repeated", **shown)


def test_examples_are_shuffled(sol):
    got, shown = check_partition(sol, 1000, 100, 11)
    order = np.concatenate(got)
    expect_true(not np.array_equal(order, np.arange(1000)), "your batches are 0, 1, 2, ... "
                "in order: shuffle the indices (rng.permutation(n)) before cutting them into "
                "batches", **shown)
    runs = [bool(np.array_equal(np.sort(b), np.arange(b.min(), b.max() + 1))) for b in got]
    expect_true(not all(runs), "every batch is a consecutive run of indices: the same examples "
                "always share a batch. Shuffle the examples themselves, not just the order of "
                "the batches", **shown)


def test_a_new_order_for_each_seed(sol):
    orders = []
    for seed in range(5):
        got, _ = check_partition(sol, 100, 10, seed)
        orders.append(tuple(np.concatenate(got).tolist()))
    expect_true(len(set(orders)) == 5, "seeds 0 to 4 gave only "
                f"{len(set(orders))} different order(s): the training loop passes seed + epoch "
                "to get a new order each epoch, so make the generator from the seed argument",
                n=100, batch_size=10, seeds=[0, 1, 2, 3, 4])


@settings(max_examples=15)
@given(n=st.integers(1, 300), batch_size=st.integers(1, 64), seed=st.integers(0, 2**32 - 1))
def test_any_size_is_a_partition(sol, n, batch_size, seed):
    check_partition(sol, n, batch_size, seed)


def kept_together(first, second, n):
    """The share of the pairs that share a batch in ``first`` and again in ``second``."""
    label = np.empty(n, dtype=np.int64)
    for k, batch in enumerate(second):
        label[batch] = k
    pairs = kept = 0
    for batch in first:
        counts = np.bincount(label[batch])
        pairs += len(batch) * (len(batch) - 1) // 2
        kept += int((counts * (counts - 1) // 2).sum())
    return kept / pairs


def test_new_batch_mates_each_epoch(sol):
    # With 1000 examples in batches of 10, a fresh shuffle keeps about 1 % of the pairs that
    # shared a batch together again; one fixed order moved along by the seed keeps most of them.
    for seed in (30, 31):
        first, shown = check_partition(sol, 1000, 10, seed)
        second, _ = check_partition(sol, 1000, 10, seed + 1)
        share = kept_together(first, second, 1000)
        expect_true(share < 0.1, f"{share:.0%} of the pairs of examples that share a batch for "
                    f"seed {seed} share one again for seed {seed + 1} (a new shuffle keeps "
                    "about 1 %): the same examples keep meeting, epoch after epoch. Shuffle "
                    "all the indices anew from np.random.default_rng(seed), not a fixed order "
                    "shifted or rearranged by the seed", **shown, next_seed=seed + 1)
