"""Training on several processes or machines: synchronous data-parallel SGD over MPI.

One process trains the MLP of :mod:`ml.nn` batch after batch. With ``N`` processes, each holds a
copy of the network, computes the gradient of its ``1/N`` share of every batch with the same
backward pass, and the shares are summed by an **all-reduce** before each copy takes the same
optimizer step. The copies stay identical, and the steps are those of one process with the whole
batch (:mod:`ml.distributed.sgd` proves it; the tests check it in float64).

The messages travel through MPI, the standard library of distributed computing, via ``mpi4py``
(the optional extra ``distributed``: ``pip install -e '.[distributed]'`` brings mpi4py and the
MPICH implementation with its ``mpirun``). This is the one package of ``ml`` that imports
anything beyond numpy and matplotlib, and it imports ``mpi4py`` only when a function needs it.

- :mod:`~ml.distributed.ring`: the all-reduce built by hand from point-to-point messages (the
  ring: reduce-scatter, then all-gather), for teaching; training uses ``MPI.Allreduce``.
- :mod:`~ml.distributed.sgd`: shards, the per-epoch batch order, one worker's replica.
- :mod:`~ml.distributed.checkpoint`: save every ``K`` steps, resume after a crash.
- :mod:`~ml.distributed.scaling`: the alpha–beta model of a step's time, and its fit.
- :mod:`~ml.distributed.cli`: ``mpirun -n N python -m ml.distributed train|bench|figures``.
"""

from ml.distributed.ring import ring_allreduce, ring_schedule, ring_traffic
from ml.distributed.sgd import Replica, batch_order, build_replica, shard

__all__ = ["Replica", "batch_order", "build_replica", "ring_allreduce", "ring_schedule",
           "ring_traffic", "shard"]
