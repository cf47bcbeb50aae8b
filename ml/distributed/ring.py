"""The ring all-reduce: how N workers each end up with the sum of N arrays, built from messages.

Every worker holds an array of the same shape (its gradient); each must end with the element-wise
sum. Sending everything to one worker and back makes that worker move ``2 (N - 1)`` arrays while
the others wait. The ring spreads the work: the workers sit in a circle, each talks only to its
neighbours, and the array is cut into ``N`` chunks.

1. **Reduce-scatter**, ``N - 1`` steps. In step ``s`` worker ``r`` sends chunk ``(r - s) mod N``
   to its right neighbour and adds the chunk ``(r - s - 1) mod N`` that arrives from its left.
   A chunk travels once around the ring collecting one addend per hop, so after ``N - 1`` steps
   worker ``r`` holds the complete sum of chunk ``(r + 1) mod N``.
2. **All-gather**, ``N - 1`` more steps: the same rotation, but a worker *overwrites* the arriving
   chunk instead of adding it, so each finished chunk is copied around the ring.

Each step every worker sends one chunk, ``1/N`` of the array, and receives one, all at once. Over
the ``2 (N - 1)`` steps a worker sends ``2 (N - 1) / N`` arrays' worth of numbers: less than two
arrays however many workers there are. That is why the ring is bandwidth-optimal, and why its
time, ``2 (N - 1) alpha + 2 (N - 1) / N * bytes * beta`` for a latency ``alpha`` per message and
``beta`` seconds per byte, hardly grows with ``N`` except through the latency term.

:func:`ring_schedule` lists the messages (it draws the page's picture); :func:`ring_allreduce`
sends them with MPI point-to-point calls and returns how many numbers it sent, so a test can
check the count against :func:`ring_traffic` and the result against ``MPI.Allreduce``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

__all__ = ["Message", "chunk_bounds", "ring_allreduce", "ring_schedule", "ring_traffic"]


class Message(NamedTuple):
    """One send in the ring: in ``phase`` ("reduce-scatter" or "all-gather"), at ``step``, worker
    ``sender`` sends chunk ``chunk`` to ``receiver`` (its right neighbour)."""

    phase: str
    step: int
    sender: int
    receiver: int
    chunk: int


def ring_schedule(n_workers: int) -> Iterator[Message]:
    """Every message of a ring all-reduce among ``n_workers``, in order.

    >>> [(m.phase[0], m.step, m.sender, m.chunk) for m in ring_schedule(2)]
    [('r', 0, 0, 0), ('r', 0, 1, 1), ('a', 0, 0, 1), ('a', 0, 1, 0)]
    >>> sum(1 for _ in ring_schedule(4))  # 2 (N - 1) steps of N messages
    24
    """
    if n_workers < 1:
        raise ValueError(f"a ring needs at least one worker, got {n_workers}")
    n = n_workers
    for phase, shift in (("reduce-scatter", 0), ("all-gather", 1)):
        for step in range(n - 1):
            for rank in range(n):
                yield Message(phase, step, rank, (rank + 1) % n, (rank + shift - step) % n)


def chunk_bounds(size: int, n_workers: int) -> np.ndarray:
    """Where the ``n_workers`` chunks of a ``size``-long array start and end (lengths differ by
    at most one, as ``np.array_split`` cuts them).

    >>> chunk_bounds(10, 4).tolist()
    [0, 3, 6, 8, 10]
    """
    base, extra = divmod(size, n_workers)
    lengths = [base + (i < extra) for i in range(n_workers)]
    return np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)


def ring_traffic(n_workers: int, size: int) -> int:
    """Numbers one worker sends in a ring all-reduce of ``size`` numbers: ``2 (N - 1) / N * size``
    when ``N`` divides ``size`` (each worker sends every chunk but one, twice).

    >>> ring_traffic(4, 1000), ring_traffic(1, 1000)
    (1500, 0)
    """
    return 2 * (n_workers - 1) * size // n_workers


# --8<-- [start:ring]
def ring_allreduce(comm, array: np.ndarray) -> tuple[np.ndarray, int]:
    """The element-wise sum of ``array`` over every worker of ``comm``, and how many numbers this
    worker sent. ``array`` is left unchanged. Every worker must call it with the same shape.

    >>> from mpi4py import MPI  # a single process is a ring of one: nothing to send
    >>> ring_allreduce(MPI.COMM_WORLD, np.arange(3.0))
    (array([0., 1., 2.]), 0)
    """
    n, rank = comm.Get_size(), comm.Get_rank()
    out = np.array(array, copy=True).ravel()
    bounds, sent = chunk_bounds(out.size, n), 0
    buffer = np.empty(int(np.diff(bounds).max(initial=0)), dtype=out.dtype)
    right, left = (rank + 1) % n, (rank - 1) % n
    for message in ring_schedule(n):
        if message.sender != rank:
            continue  # every worker walks the same schedule and plays its own part
        out_chunk = out[bounds[message.chunk] : bounds[message.chunk + 1]]
        arriving = (message.chunk - 1) % n  # what the left neighbour sends in the same step
        into = out[bounds[arriving] : bounds[arriving + 1]]
        received = buffer[: into.size]
        # Sendrecv pairs the two calls, so a ring of blocking sends cannot deadlock
        comm.Sendrecv(np.ascontiguousarray(out_chunk), dest=right, recvbuf=received, source=left)
        sent += out_chunk.size
        if message.phase == "reduce-scatter":
            into += received
        else:
            into[...] = received
    return out.reshape(np.shape(array)), sent
# --8<-- [end:ring]
