"""Run under ``mpirun -n N``: the hand-written ring all-reduce equals ``MPI.Allreduce``.

Integer-valued float64 arrays sum exactly whatever the order, so there the two must agree bit
for bit; on random float64 arrays only the order of the additions differs, so they agree to a
few units in the last place (relative 1e-13). Shapes include sizes that N does not divide and
arrays shorter than N (some chunks empty). The traffic each worker reports must be
2 (N - 1) / N of the array when N divides its size, and within one number per step otherwise.
"""

import numpy as np
from mpi4py import MPI

from ml.distributed.ring import ring_allreduce, ring_traffic


def check(comm, array: np.ndarray, exact: bool) -> None:
    expected = np.empty_like(array)
    comm.Allreduce(array, expected, op=MPI.SUM)
    got, sent = ring_allreduce(comm, array)
    assert got.shape == array.shape
    if exact:
        assert np.array_equal(got, expected), (array.shape, np.abs(got - expected).max())
    else:
        np.testing.assert_allclose(got, expected, rtol=1e-13, atol=1e-13)
    n = comm.size
    if array.size % n == 0:
        assert sent == ring_traffic(n, array.size), (sent, array.size)
    assert abs(sent - 2 * (n - 1) * array.size / n) <= 2 * (n - 1), (sent, array.size)


def main() -> None:
    comm = MPI.COMM_WORLD
    rng = np.random.default_rng(100 + comm.rank)  # each worker its own data
    for shape in [(1,), (3,), (8,), (1000,), (1001,), (37, 5), (4, 3, 2)]:
        check(comm, rng.integers(-1000, 1000, shape).astype(np.float64), exact=True)
        check(comm, rng.standard_normal(shape), exact=False)
    comm.Barrier()
    if comm.rank == 0:
        print(f"ring ok on {comm.size} workers", flush=True)


if __name__ == "__main__":
    main()
