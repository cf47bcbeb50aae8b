"""Run under ``mpirun -n N``: N workers with shards of a batch take the steps of one process.

Every worker trains its replica data-parallel (``Replica.step`` on ``MPI.COMM_WORLD``) and, next
to it, a serial replica that sees each whole global batch alone (``MPI.COMM_SELF``). In float64,
after every step, the two sets of weights must agree to 1e-12 (only the order of the additions
in the gradient sum differs), and every worker must hold bit-identical weights. Global batches of
12 examples, and a last batch of 5 (shards of unequal size, one of them possibly empty).
"""

import numpy as np
from mpi4py import MPI

from ml.distributed.sgd import batch_order, build_replica, shard

TOLERANCE = 1e-12


def run(optimizer: str, lr: float) -> float:
    comm = MPI.COMM_WORLD
    data = np.random.default_rng(7)
    X, y = data.standard_normal((65, 6)), data.integers(0, 3, 65)
    parallel, serial = (build_replica([6, 8, 5, 3], optimizer, lr, seed=3, dtype=np.float64)
                        for _ in range(2))
    worst = 0.0
    for epoch in range(2):
        order = batch_order(len(X), seed=1, epoch=epoch)
        for start in range(0, len(X), 12):
            batch = order[start : start + 12]
            mine = shard(batch, comm.rank, comm.size)
            parallel.step(comm, X[mine], y[mine], len(batch))
            serial.step(MPI.COMM_SELF, X[batch], y[batch], len(batch))
            gap = float(np.abs(parallel.flat_params - serial.flat_params).max())
            assert gap <= TOLERANCE, (optimizer, epoch, start, gap)
            worst = max(worst, gap)
            everyone = comm.allgather(parallel.flat_params.tobytes())
            assert all(w == everyone[0] for w in everyone), "the replicas drifted apart"
    return worst


def main() -> None:
    for optimizer, lr in (("sgd", 0.1), ("momentum", 0.05), ("adam", 0.01)):
        worst = MPI.COMM_WORLD.allreduce(run(optimizer, lr), op=MPI.MAX)
        if MPI.COMM_WORLD.rank == 0:
            print(f"{optimizer}: largest gap {worst:.1e} on {MPI.COMM_WORLD.size} workers",
                  flush=True)


if __name__ == "__main__":
    main()
