"""How far data parallelism scales: an alpha–beta model of one synchronous step.

One step on ``N`` workers with a global batch of ``B`` examples costs

    T(N) = s + c * B / N                                    compute: each worker does B/N examples
         + 2 (N - 1) alpha + 2 (N - 1) / N * M * beta       communication: a ring all-reduce

where ``s`` is the fixed cost of a step (the optimizer update, Python's overhead), ``c`` the time
per example of forward and backward, ``M`` the gradient's size in bytes, ``alpha`` the latency of
one message and ``beta`` the time per byte (one over the bandwidth). The speed-up is
``T(1) / T(N)``. Compute shrinks like ``1/N``; communication does not shrink at all: its
bandwidth term tends to ``2 M beta`` and its latency term grows with ``N``. So the speed-up
flattens, and then falls, at a number of workers set by the ratio of compute to bytes: a large
batch (much compute per step) or a fast network scales further, a small model on a slow network
hardly at all.

``s`` and ``c`` are fitted to measured steps (:func:`fit_compute`: least squares over the shard
sizes the runs used); ``alpha`` and ``beta`` are stated for the network one asks about.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["NETWORKS", "Compute", "Network", "fit_compute", "fit_latency_bandwidth",
           "speedup", "step_seconds"]


@dataclass(frozen=True)
class Network:
    """A network between machines: latency ``alpha`` (s per message), ``beta`` (s per byte)."""

    name: str
    alpha: float
    beta: float


# Round, typical figures (one message's latency through an MPI stack, and the link's rate).
NETWORKS = (
    Network("1 Gb/s Ethernet", alpha=50e-6, beta=8 / 1e9),
    Network("10 Gb/s Ethernet", alpha=20e-6, beta=8 / 10e9),
    Network("100 Gb/s InfiniBand", alpha=2e-6, beta=8 / 100e9),
)


@dataclass(frozen=True)
class Compute:
    """Seconds per step ``fixed + per_example * examples`` on one worker."""

    fixed: float
    per_example: float


def fit_compute(examples: list[float], seconds: list[float]) -> Compute:
    """Least-squares line through measured ``(examples per worker, compute seconds per step)``.

    >>> fit = fit_compute([64, 128], [0.002, 0.003])
    >>> round(fit.fixed, 6), round(fit.per_example, 9)
    (0.001, 1.5625e-05)
    """
    A = np.c_[np.ones(len(examples)), np.asarray(examples, dtype=float)]
    (fixed, per_example), *_ = np.linalg.lstsq(A, np.asarray(seconds, dtype=float), rcond=None)
    return Compute(max(float(fixed), 0.0), float(per_example))


def fit_latency_bandwidth(n_bytes: list[float], seconds: list[float],
                          n_workers: int = 2) -> Network:
    """``alpha`` and ``beta`` from all-reduce times of messages of several sizes, read through the
    ring formula ``2 (N - 1) alpha + 2 (N - 1) / N * bytes * beta``.

    >>> net = fit_latency_bandwidth([0, 1e6], [1e-5, 1e-5 + 1e-3])
    >>> round(net.alpha * 1e6, 3), round(net.beta * 1e9, 3)  # microseconds, ns per byte
    (5.0, 1.0)
    """
    steps = 2 * (n_workers - 1)
    t = np.asarray(seconds, dtype=float)
    A = np.c_[np.ones(len(n_bytes)), np.asarray(n_bytes, dtype=float)]
    # relative errors: times span three decades, and plain least squares would let the largest
    # messages decide alone (and the latency come out negative)
    (latency, per_byte), *_ = np.linalg.lstsq(A / t[:, None], np.ones(len(t)), rcond=None)
    return Network("measured", max(float(latency), 0.0) / steps,
                   max(float(per_byte), 0.0) * n_workers / steps)


def step_seconds(n_workers: int | np.ndarray, batch: int, compute: Compute, network: Network,
                 n_bytes: float) -> np.ndarray:
    """Modelled seconds of one synchronous step on ``n_workers`` (one worker: no messages).

    >>> c, net = Compute(0.0, 1e-3), Network("toy", 0.0, 1e-3)
    >>> step_seconds(np.array([1, 2]), 100, c, net, 10.0).tolist()  # 0.1, then 0.05 + 0.01
    [0.1, 0.060000000000000005]
    """
    n = np.asarray(n_workers, dtype=float)
    communication = 2 * (n - 1) * network.alpha + 2 * (n - 1) / n * n_bytes * network.beta
    return compute.fixed + compute.per_example * batch / n + communication


def speedup(n_workers: int | np.ndarray, batch: int, compute: Compute, network: Network,
            n_bytes: float) -> np.ndarray:
    """``T(1) / T(N)`` under :func:`step_seconds`.

    >>> net = Network("free", 0.0, 0.0)
    >>> speedup(np.array([1, 4]), 64, Compute(0.0, 1.0), net, 1e6).tolist()  # no cost: linear
    [1.0, 4.0]
    """
    one = step_seconds(1, batch, compute, network, n_bytes)
    return one / step_seconds(n_workers, batch, compute, network, n_bytes)
