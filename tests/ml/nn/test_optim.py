import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ml.nn.batches import minibatch_indices
from ml.nn.optim import SGD, Adam, Momentum
from ml.nn.schedules import constant, cosine, make_schedule, step


def _run(opt, steps, seed=0):
    """Apply ``steps`` updates with a fixed gradient sequence to two parameter arrays."""
    rng = np.random.default_rng(seed)
    params = [rng.standard_normal((3, 2)), rng.standard_normal(2)]
    grads_seq = [[rng.standard_normal(p.shape) for p in params] for _ in range(steps)]
    for grads in grads_seq:
        opt.step(params, grads)
    return params, grads_seq


def _reference_adam(p0, grads_seq, lr, b1=0.9, b2=0.999, eps=1e-8):
    p, m, v = p0.copy(), np.zeros_like(p0), np.zeros_like(p0)
    for t, g in enumerate(grads_seq, start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g**2
        p = p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return p


def test_adam_matches_textbook_formula():
    rng = np.random.default_rng(0)
    p0 = [rng.standard_normal((3, 2)), rng.standard_normal(2)]
    params, grads_seq = _run(Adam(lr=0.01), 5)
    for k in range(2):
        expected = _reference_adam(p0[k], [g[k] for g in grads_seq], 0.01)
        np.testing.assert_allclose(params[k], expected, rtol=1e-12)


def test_sgd_and_momentum_match_formulas():
    rng = np.random.default_rng(0)
    p0 = [rng.standard_normal((3, 2)), rng.standard_normal(2)]
    params, grads_seq = _run(SGD(lr=0.1), 4)
    np.testing.assert_allclose(params[0], p0[0] - 0.1 * sum(g[0] for g in grads_seq))
    params, grads_seq = _run(Momentum(lr=0.1, beta=0.5), 3)
    g = [s[1] for s in grads_seq]
    v1 = g[0]
    v2 = 0.5 * v1 + g[1]
    v3 = 0.5 * v2 + g[2]
    np.testing.assert_allclose(params[1], p0[1] - 0.1 * (v1 + v2 + v3))


@pytest.mark.parametrize("opt", [SGD(lr=0.1), Momentum(lr=0.05), Adam(lr=0.1)])
def test_optimizers_minimise_a_quadratic(opt):
    p = np.array([3.0, -2.0])
    for _ in range(300):
        opt.step([p], [2 * p])  # gradient of |p|^2
    assert np.linalg.norm(p) < 0.05


def test_optimizer_checks():
    with pytest.raises(ValueError, match="learning rate"):
        SGD(lr=0)
    with pytest.raises(ValueError, match="beta"):
        Momentum(lr=0.1, beta=1.0)
    with pytest.raises(ValueError, match="betas"):
        Adam(beta1=1.5)
    opt = Adam()
    with pytest.raises(ValueError, match="gradients"):
        opt.step([np.zeros(2)], [])
    opt.step([np.zeros(2)], [np.ones(2)])
    with pytest.raises(ValueError, match="same parameter list"):
        opt.step([np.zeros(2), np.zeros(1)], [np.ones(2), np.ones(1)])


def test_schedules():
    assert constant(0.3)(100) == 0.3
    s = step(1.0, every=3, gamma=0.5)
    assert [s(e) for e in (0, 2.99, 3, 6)] == [1.0, 1.0, 0.5, 0.25]
    c = cosine(2.0, epochs=4, lr_min=0.0)
    assert c(0) == pytest.approx(2.0)
    assert c(2) == pytest.approx(1.0)
    assert c(1) == pytest.approx(1.0 + math.cos(math.pi / 4))
    assert c(4) == pytest.approx(0.0) and c(10) == pytest.approx(0.0)
    assert all(c(e) >= c(e + 0.25) for e in np.arange(0, 4, 0.25))
    assert make_schedule("cosine", 1.0, 10)(5) == pytest.approx(0.5)
    with pytest.raises(ValueError, match="unknown schedule"):
        make_schedule("warmup", 1.0, 10)
    with pytest.raises(ValueError, match="positive"):
        constant(-1.0)


@given(st.integers(1, 200), st.integers(1, 64), st.integers(0, 2**32 - 1))
def test_minibatches_cover_every_index_once(n, batch_size, seed):
    batches = list(minibatch_indices(n, batch_size, np.random.default_rng(seed)))
    assert sorted(np.concatenate(batches).tolist()) == list(range(n))
    assert all(len(b) == batch_size for b in batches[:-1])
    assert 1 <= len(batches[-1]) <= batch_size


def test_minibatches_reshuffle_each_epoch_and_repeat_with_the_seed():
    def two_epochs(seed):
        rng = np.random.default_rng(seed)
        return [np.concatenate(list(minibatch_indices(50, 8, rng))) for _ in range(2)]

    first, second = two_epochs(7)
    assert not np.array_equal(first, second)
    for a, b in zip(two_epochs(7), (first, second), strict=True):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="at least one"):
        next(minibatch_indices(0, 4, np.random.default_rng(0)))
    with pytest.raises(ValueError, match="batch_size"):
        next(minibatch_indices(5, 0, np.random.default_rng(0)))


MAKERS = {"sgd": lambda: SGD(lr=0.1), "momentum": lambda: Momentum(lr=0.05),
          "adam": lambda: Adam(lr=0.01)}
SAVED = {"sgd": set(), "momentum": {"t", "v"}, "adam": {"t", "u", "w"}}


def _arrays(values, flat):
    """Copies of ``values``, either back to back in one buffer (the optimizer's fast path) or
    as separate arrays."""
    if not flat:
        return [v.copy() for v in values]
    buffer = np.concatenate([v.ravel() for v in values])
    ends = np.cumsum([v.size for v in values])
    return [buffer[e - v.size : e].reshape(v.shape) for v, e in zip(values, ends, strict=True)]


def _steps(opt, params, grads_seq, flat):
    grads = _arrays(grads_seq[0], flat)
    for gs in grads_seq:
        for slot, g in zip(grads, gs, strict=True):
            slot[...] = g
        opt.step(params, grads)


@pytest.mark.parametrize("name", sorted(MAKERS))
@pytest.mark.parametrize(("saved_flat", "loaded_flat"),
                         [(True, True), (False, False), (True, False), (False, True)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_step_after_a_restore_equals_a_step_without_the_interruption(tmp_path, name,
                                                                       saved_flat, loaded_flat,
                                                                       dtype):
    rng = np.random.default_rng(5)
    start = [rng.standard_normal((3, 2)).astype(dtype), rng.standard_normal(2).astype(dtype)]
    grads_seq = [[rng.standard_normal(p.shape).astype(dtype) for p in start] for _ in range(24)]
    for later in grads_seq[1:]:  # one entry that only decays: flushed at step 16 if t is right
        later[0][0, 0] = 0
    grads_seq[0][0][0, 0] = 5e-38
    straight = _arrays(start, saved_flat)
    _steps(opt := MAKERS[name](), straight, grads_seq, saved_flat)

    first = _arrays(start, saved_flat)
    _steps(before := MAKERS[name](), first, grads_seq[:10], saved_flat)
    state = before.state_dict()
    assert set(state) == SAVED[name]
    np.savez(tmp_path / "state.npz", **state)  # plain arrays and numbers: no pickle needed
    with np.load(tmp_path / "state.npz", allow_pickle=False) as f:
        loaded = {k: f[k] for k in f.files}
    after, resumed = MAKERS[name](), _arrays(first, loaded_flat)
    after.load_state_dict(loaded)
    assert after.state_dict().keys() == state.keys()  # before its first step: what was loaded
    _steps(after, resumed, grads_seq[10:], loaded_flat)

    for p, q in zip(resumed, straight, strict=True):
        np.testing.assert_array_equal(p, q)
    for key, value in opt.state_dict().items():
        np.testing.assert_array_equal(after.state_dict()[key], value)


def test_adams_saved_state_is_its_running_means_rescaled():
    rng = np.random.default_rng(0)
    p, grads = rng.standard_normal(4), [rng.standard_normal(4) for _ in range(5)]
    opt, m, v = Adam(lr=0.01), np.zeros(4), np.zeros(4)
    for g in grads:
        opt.step([p], [g])
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g**2
    state = opt.state_dict()
    assert state["t"] == 5
    np.testing.assert_allclose((1 - 0.9) * state["u"], m, rtol=1e-12)
    np.testing.assert_allclose((1 - 0.999) * state["w"], v, rtol=1e-12)


def test_a_state_that_does_not_fit_is_refused_and_nothing_changes():
    with pytest.raises(ValueError, match=r"Momentum's state holds t, v; got t, u, w"):
        Momentum(lr=0.1).load_state_dict({"t": 1, "u": np.zeros(2), "w": np.zeros(2)})
    with pytest.raises(ValueError, match=r"SGD's state holds nothing; got t"):
        SGD(lr=0.1).load_state_dict({"t": 3})
    with pytest.raises(ValueError, match="holds t, u, w; got u, w"):  # the step count is needed
        Adam().load_state_dict({"u": np.zeros(2), "w": np.zeros(2)})
    with pytest.raises(ValueError, match="1-D floats of one length"):
        Adam().load_state_dict({"t": 1, "u": np.zeros(2), "w": np.zeros(3)})
    opt = Momentum(lr=0.1)
    with pytest.raises(ValueError, match="integer >= 0"):
        opt.load_state_dict({"t": 1.5, "v": np.zeros(2)})
    assert opt.t == 0 and opt.state_dict() == {"t": 0}  # a refused load leaves it as it was
    opt.load_state_dict({"t": 4, "v": np.ones(3)})
    p = np.zeros(2)
    with pytest.raises(ValueError, match="3 entries per array but the parameters have 2"):
        opt.step([p], [np.ones(2)])
    assert p.tolist() == [0.0, 0.0] and opt.t == 4  # no step was taken
    q = np.zeros(3)
    opt.step([q], [np.zeros(3)])  # the right network still gets the loaded state
    np.testing.assert_allclose(q, -0.1 * 0.9 * np.ones(3))


def test_loading_a_fresh_state_forgets_the_old_one():
    opt, p = Adam(lr=0.1), np.zeros(2)
    opt.step([p], [np.ones(2)])
    opt.load_state_dict(Adam(lr=0.1).state_dict())  # {"t": 0}: as if never stepped
    fresh, q = Adam(lr=0.1), p.copy()
    for _ in range(3):
        opt.step([p], [np.array([1.0, -2.0])])
        fresh.step([q], [np.array([1.0, -2.0])])
    np.testing.assert_array_equal(p, q)
    assert opt.state_dict()["t"] == 3
