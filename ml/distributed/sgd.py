"""Synchronous data-parallel SGD: N workers, one model, one step at a time.

Every worker holds a full copy of the network and the same optimizer. Each step cuts the global
batch of ``B`` examples into ``N`` shards; worker ``r`` runs the project's own forward and backward
pass (:mod:`ml.nn`) on shard ``r`` only, the workers sum their gradients with one ``Allreduce``,
and each applies the unchanged optimizer step to the summed gradient. Since every worker starts
from the same weights and applies the same update, the copies never drift apart.

**Why the result is the same as one process with the whole batch.** The loss is the mean over the
batch, ``L = (1/B) sum_i l_i``. Split the batch into shards ``S_r`` of sizes ``b_r``; each worker's
loss is its shard's mean ``L_r = (1/b_r) sum_{i in S_r} l_i``, so

    L = sum_r (b_r / B) L_r    and, differentiation being linear,    dL/dw = sum_r (b_r / B) dL_r/dw

Each worker scales its gradient by ``b_r / B`` and the all-reduce adds them up: the gradient of
the whole batch, exactly in real arithmetic. (With equal shards this is the plain mean of the
shard gradients.) In floating point only the order of the additions differs, so in float64 the
weights agree step by step to about 1e-12; the tests check that with 2 and 4 processes.

The gradient arrays of the network live back to back in one buffer (:func:`ml.nn.flat.
share_buffers`), so one ``Allreduce`` moves them all: one message instead of one per array, which
is the "bucketing" real frameworks do.
"""

from __future__ import annotations

import numpy as np

from ml.nn.flat import joined, share_buffers
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import OPTIMIZERS, Optimizer

__all__ = ["Replica", "batch_order", "build_replica", "shard"]


def shard(batch: np.ndarray, rank: int, n_workers: int) -> np.ndarray:
    """Worker ``rank``'s share of a global batch (sizes differ by at most one).

    >>> [shard(np.arange(10), r, 4).tolist() for r in range(4)]
    [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9]]
    """
    base, extra = divmod(len(batch), n_workers)
    start = rank * base + min(rank, extra)
    return batch[start : start + base + (rank < extra)]


def batch_order(n: int, seed: int, epoch: int) -> np.ndarray:
    """The example order of ``epoch``: a function of the seed and the epoch alone, so a job that
    resumes in the middle of an epoch can redraw it without saving any generator state.

    >>> bool(np.array_equal(batch_order(5, 0, 3), batch_order(5, 0, 3)))
    True
    """
    return np.random.default_rng([seed, epoch]).permutation(n)


class Replica:
    """One worker's copy of the model: the network, the loss, the optimizer and the one buffer
    that holds every gradient.

    ``step(comm, x, y, total)`` trains on this worker's shard ``(x, y)`` of a global batch of
    ``total`` examples and returns the shard's summed loss (the caller adds those up).
    """

    def __init__(self, net: Sequential, optimizer: Optimizer) -> None:
        self.net, self.optimizer, self.loss = net, optimizer, SoftmaxCrossEntropy()
        self.params, self.grads = net.params(), net.grads()
        self.flat_params, self.flat_grads = joined(self.params), joined(self.grads)
        if self.flat_params is None or self.flat_grads is None:
            raise ValueError("the network's parameters must share one buffer (share_buffers)")

    # --8<-- [start:step]
    def gradient(self, x: np.ndarray, y: np.ndarray, total: int) -> float:
        """Fill the gradient buffer with this shard's share of the batch gradient,
        ``(b_r / B) dL_r/dw``; return the shard's summed loss."""
        if len(x) == 0:  # more workers than examples in a last, short batch
            self.flat_grads[...] = 0.0
            return 0.0
        loss = self.loss.forward(self.net.forward(x, training=True), y)
        self.net.backward(self.loss.backward(), input_grad=False)
        for fresh, view in zip(self.net.grads(), self.grads, strict=True):
            if fresh is not view:  # the layer contract lets a layer rebind its grads
                view[...] = fresh
        self.flat_grads *= len(x) / total
        return loss * len(x)

    def step(self, comm, x: np.ndarray, y: np.ndarray, total: int) -> float:
        from mpi4py import MPI

        loss = self.gradient(x, y, total)
        comm.Allreduce(MPI.IN_PLACE, self.flat_grads, op=MPI.SUM)
        self.optimizer.step(self.params, self.grads)
        return loss
    # --8<-- [end:step]


def build_replica(sizes: list[int], optimizer: str, lr: float, seed: int,
                  dtype: type = np.float32) -> Replica:
    """A network of layer widths ``sizes`` (ReLU between), seeded, its parameters in one buffer.

    >>> r = build_replica([4, 3, 2], "sgd", 0.1, seed=0, dtype=np.float64)
    >>> r.flat_params.shape, r.flat_params.dtype
    ((23,), dtype('float64'))
    """
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {optimizer!r}; choose one of {sorted(OPTIMIZERS)}")
    layers = mlp_layers(sizes, rng=np.random.default_rng(seed), dtype=dtype)
    return Replica(Sequential(share_buffers(layers)), OPTIMIZERS[optimizer](lr=lr))
