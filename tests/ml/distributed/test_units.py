"""The pieces that need no second process: shards, the ring's schedule, checkpoints, the model."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ml.distributed.checkpoint import (
    CheckpointError,
    load_checkpoint,
    optimizer_state,
    restore_optimizer,
    save_checkpoint,
)
from ml.distributed.figures import draw_ring, ring_states
from ml.distributed.ring import chunk_bounds, ring_schedule, ring_traffic
from ml.distributed.scaling import Compute, Network, fit_compute, fit_latency_bandwidth, speedup
from ml.distributed.sgd import batch_order, build_replica, shard


@given(st.integers(0, 50), st.integers(1, 9))
def test_the_shards_cover_the_batch_once_in_order_and_differ_by_at_most_one(size, n):
    batch = np.arange(size)
    parts = [shard(batch, r, n) for r in range(n)]
    assert np.array_equal(np.concatenate(parts), batch)
    assert max(map(len, parts)) - min(map(len, parts)) <= 1


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8])
def test_each_ring_step_every_worker_sends_one_chunk_to_its_right_and_gets_one(n):
    messages = list(ring_schedule(n))
    assert len(messages) == 2 * (n - 1) * n
    for start in range(0, len(messages), n):
        step = messages[start : start + n]
        assert sorted(m.sender for m in step) == list(range(n))
        assert all(m.receiver == (m.sender + 1) % n for m in step)
    final, _ = ring_states(n)[-1]
    assert (final == n).all()  # every worker ends with every chunk summed over all workers


def test_ring_traffic_is_two_n_minus_one_over_n_of_the_chunks():
    bounds = chunk_bounds(1200, 6)
    assert np.diff(bounds).tolist() == [200] * 6
    assert ring_traffic(6, 1200) == 2 * 5 * 200


def test_the_ring_picture_is_drawn(tmp_path):
    path = draw_ring(tmp_path / "ring.png", 3)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_batch_order_depends_on_seed_and_epoch_only():
    assert np.array_equal(batch_order(50, 1, 2), batch_order(50, 1, 2))
    assert not np.array_equal(batch_order(50, 1, 2), batch_order(50, 1, 3))


def _steps(replica, X, y, count, start=0):
    from mpi4py import MPI

    for k in range(start, start + count):
        batch = batch_order(len(X), 0, 0)[(k * 8) % 40 :][:8]
        replica.step(MPI.COMM_SELF, X[batch], y[batch], len(batch))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_checkpoint_restores_weights_and_optimizer_state_exactly(tmp_path, optimizer):
    rng = np.random.default_rng(0)
    X, y = rng.standard_normal((40, 5)), rng.integers(0, 3, 40)
    make = lambda: build_replica([5, 7, 3], optimizer, 0.01, seed=2, dtype=np.float64)  # noqa: E731
    straight, first = make(), make()
    _steps(straight, X, y, 10)
    _steps(first, X, y, 6)
    settings = {"optimizer": optimizer}
    save_checkpoint(tmp_path / "c.npz", 6, first.flat_params, first.optimizer, settings)
    step, params, opt = load_checkpoint(tmp_path / "c.npz", settings)
    second = make()
    second.flat_params[...] = params
    restore_optimizer(second.optimizer, second.params, opt)
    _steps(second, X, y, 4, start=step)
    assert np.array_equal(second.flat_params, straight.flat_params)
    assert optimizer_state(second.optimizer).keys() == optimizer_state(straight.optimizer).keys()


def test_a_checkpoint_in_the_old_per_array_layout_still_resumes_exactly(tmp_path):
    # written before the optimizers had state_dict: one array per parameter array, read from
    # the optimizer's private state, under state.<i>.<name>
    rng = np.random.default_rng(0)
    X, y = rng.standard_normal((40, 5)), rng.integers(0, 3, 40)
    make = lambda: build_replica([5, 7, 3], "adam", 0.01, seed=2, dtype=np.float64)  # noqa: E731
    straight, first = make(), make()
    _steps(straight, X, y, 10)
    _steps(first, X, y, 6)
    old = {"t": np.array(first.optimizer.t)}
    for i, state in enumerate(first.optimizer._state):
        old.update({f"state.{i}.{k}": v.copy() for k, v in state.items() if k != "scratch"})
    second = make()
    second.flat_params[...] = first.flat_params
    restore_optimizer(second.optimizer, second.params, old)
    _steps(second, X, y, 4, start=6)
    assert np.array_equal(second.flat_params, straight.flat_params)


def test_an_optimizer_state_of_another_run_is_a_checkpoint_error():
    replica = build_replica([5, 7, 3], "momentum", 0.01, seed=2, dtype=np.float64)
    with pytest.raises(CheckpointError, match="9 entries per array, the network 66 parameters"):
        restore_optimizer(replica.optimizer, replica.params, {"t": np.array(3), "v": np.zeros(9)})
    with pytest.raises(CheckpointError, match="holds t, v; got t, u, w"):
        restore_optimizer(replica.optimizer, replica.params,
                          {"t": np.array(3), "u": np.zeros(66), "w": np.zeros(66)})


def test_a_damaged_checkpoint_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "c.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(CheckpointError, match=r"cannot read checkpoint .* delete it"):
        load_checkpoint(bad, {})


def test_the_fits_recover_the_numbers_they_were_made_from():
    compute = fit_compute([32, 64, 128], [0.001 + 2e-5 * b for b in (32, 64, 128)])
    assert compute.fixed == pytest.approx(0.001) and compute.per_example == pytest.approx(2e-5)
    sizes = [1e3, 1e5, 1e6]
    net = fit_latency_bandwidth(sizes, [6 * 3e-6 + 6 / 4 * s * 1e-9 for s in sizes], 4)
    assert net.alpha == pytest.approx(3e-6) and net.beta == pytest.approx(1e-9)


def test_the_modelled_speedup_rises_then_falls_when_latency_dominates():
    s = speedup(np.array([1, 2, 4, 64]), 128, Compute(0.0, 1e-5), Network("slow", 1e-4, 0.0),
                0.0)
    assert s[0] == 1 and s[1] > 1 and s[3] < s[2]
