"""Optimizers: how a gradient becomes a step. Each updates its parameter arrays in place.

With ``g`` the gradient of the loss for parameter ``p`` and learning rate ``lr``:

- **SGD**: ``p -= lr * g``. Walk downhill.
- **Momentum**: ``v = beta * v + g``; ``p -= lr * v``. A running sum of past gradients, so steps
  that agree add up and steps that zig-zag cancel (a heavy ball rolling downhill).
- **Adam**: running means of ``g`` (``m``) and of ``g**2`` (``v``), bias-corrected for their zero
  start, then ``p -= lr * m_hat / (sqrt(v_hat) + eps)``: each parameter gets its own step size,
  about ``lr`` whatever the scale of its gradient.

The interface is ``opt.step(params, grads)`` with two lists of arrays in the same order, every
call. State (``v``, ``m``) is kept per position in the list. ``lr`` is a plain attribute so a
schedule can change it between steps. Each step takes O(number of parameters) time; Momentum keeps
one extra array per parameter and Adam two (plus one scratch array to avoid allocations).

**Saving and restoring.** ``opt.state_dict()`` is the running state as a plain dict, ready for
``np.savez``: the step count ``t`` (Momentum and Adam count steps) and one 1-D array per running
quantity, the parameters' entries back to back in the order of the list ``step`` gets (SGD has
no state: ``{}``). ``opt.load_state_dict(state)`` puts it into a fresh optimizer of the same
kind and settings; the next ``step`` then does exactly, bit for bit, what the saved optimizer's
next step would have done. The names are those of the code below: Momentum's ``v``, and Adam's
``u`` and ``w``, its running means ``m`` and ``v`` as Adam keeps them, divided by
``1 - beta1`` and ``1 - beta2``: multiplying back and dividing again would not give the same
floats, so the state is saved as it is kept (``m = (1 - beta1) * u``, ``v = (1 - beta2) * w``).

**Two things only speed needs** (the speed page explains both). When the parameter arrays lie
back to back in one buffer, and the gradients in another (:mod:`ml.nn.flat` arranges that), a
step updates each buffer as one array: the same arithmetic in a few long numpy calls instead of
many short ones. And Adam flushes to zero the entries of its running means that sink below
float32's smallest normal number (about 1.2e-38): a weight whose gradient is always zero (a
border pixel that is blank in every image) has a first moment that shrinks by ``beta1`` each
step, and x86 processors compute on such *subnormal* numbers up to a hundred times slower.
"""

import math

import numpy as np

from ml.nn.flat import joined

__all__ = ["FLUSH_EVERY", "OPTIMIZERS", "SGD", "Adam", "Momentum", "flush_subnormals"]

FLUSH_EVERY = 16  # steps between two flushes of an optimizer's state (see flush_subnormals)


def flush_subnormals(a: np.ndarray, decay: float, scratch: np.ndarray | None = None) -> None:
    """Set to zero the entries of ``a`` that ``FLUSH_EVERY`` more multiplications by ``decay``
    could take below the smallest normal float of ``a``'s dtype (float32: about 1.2e-38).

    Below that, floats are *subnormal*, and x86 arithmetic on them is many times slower. Flushing
    a little above the line, every ``FLUSH_EVERY`` steps, keeps a geometrically decaying entry
    from ever reaching it, at the cost of one check per ``FLUSH_EVERY`` steps. (A decay below
    one half counts as one half: such entries may turn subnormal for a step or two, which costs
    a little time, never accuracy.) The entries set to zero are below 1e-33, and below 7e-38
    for Adam's defaults: their effect on any step is far below float32 rounding.
    ``scratch``, if given, is a work array of ``a``'s shape (saves an allocation).

    >>> a = np.array([5e-38, -1e-39, 1e-36, 0.0], dtype=np.float32)
    >>> flush_subnormals(a, 0.9)
    >>> a.tolist() == [0.0, 0.0, np.float32(1e-36), 0.0]
    True
    """
    limit = np.finfo(a.dtype).tiny / max(decay, 0.5) ** FLUSH_EVERY
    scratch = np.empty_like(a) if scratch is None else scratch
    np.copyto(a, 0, where=np.abs(a, out=scratch) < limit)


class Optimizer:
    """Common checks and per-parameter state; subclasses implement ``_update``.

    A subclass with running state lists its names in ``_saved`` (scratch space is not saved)
    and, if it counts steps, keeps the count in ``t``.

    >>> Optimizer(lr=0.0)
    Traceback (most recent call last):
    ...
    ValueError: learning rate must be positive, got 0.0
    """

    _saved: tuple[str, ...] = ()  # the running arrays that state_dict holds

    def __init__(self, lr: float) -> None:
        if not lr > 0:
            raise ValueError(f"learning rate must be positive, got {lr}")
        self.lr = float(lr)
        self._state: list[dict[str, np.ndarray]] | None = None
        self._flat_state: dict[str, np.ndarray] | None = None
        self._loaded: dict[str, np.ndarray] | None = None  # waits for the first step's shapes

    def step(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        if len(params) != len(grads):
            raise ValueError(f"got {len(params)} parameter arrays but {len(grads)} gradients")
        if self._state is None:
            self._state, self._flat_state = self._start(params)
            self._fill_loaded(params)
        elif len(self._state) != len(params):
            raise ValueError("step() must get the same parameter list every call")
        self._begin_step()
        flat = self._flat_state is not None and self._join(params, grads)
        if flat:  # one buffer: the same update in a few long numpy calls
            self._update(*flat, self._flat_state)
            return
        for p, g, state in zip(params, grads, self._state, strict=True):
            self._update(p, g, state)

    def _start(self, params: list[np.ndarray]):
        """Per-array state; when ``params`` share one buffer, views of one state buffer too."""
        whole = joined(params)
        if whole is None:
            return [self._new_state(p) for p in params], None
        flat_state, states, start = self._new_state(whole), [], 0
        for p in params:
            states.append({k: a[start : start + p.size].reshape(p.shape)
                           for k, a in flat_state.items()})
            start += p.size
        return states, flat_state

    def _join(self, params: list[np.ndarray], grads: list[np.ndarray]):
        """``(params, grads)`` as two 1-D buffers, or None; remembered while the lists hold the
        same arrays, so a step does not re-check the memory layout."""
        key = (*params, *grads)
        cached = getattr(self, "_joined", None)
        if cached is None or len(cached[0]) != len(key) or \
                not all(a is b for a, b in zip(cached[0], key, strict=True)):
            p, g = joined(params), joined(grads)
            ok = p is not None and g is not None and p.shape == g.shape
            cached = self._joined = (key, (p, g) if ok else None)
        return cached[1]

    def state_dict(self) -> dict:
        """The running state: ``t`` (if this optimizer counts steps) and one 1-D copy per
        running array, every parameter's entries back to back in ``step``'s order; O(params).

        >>> opt, p = Momentum(lr=0.1), np.zeros(3)
        >>> opt.step([p[:1], p[1:]], [np.ones(1), np.full(2, 2.0)])
        >>> {k: np.asarray(v).tolist() for k, v in opt.state_dict().items()}
        {'t': 1, 'v': [1.0, 2.0, 2.0]}
        """
        state: dict = {"t": self.t} if hasattr(self, "t") else {}
        if self._loaded is not None:  # loaded, not stepped since: hand back what was loaded
            return {**state, **{k: a.copy() for k, a in self._loaded.items()}}
        if self._state is not None:
            for name in self._saved:
                state[name] = (self._flat_state[name].copy() if self._flat_state is not None
                               else np.concatenate([s[name].ravel() for s in self._state]))
        return state

    def load_state_dict(self, state: dict) -> None:
        """Carry on from ``state`` (from ``state_dict`` of an optimizer of the same kind and
        settings); its arrays take their place at the next ``step``, which checks their size.

        >>> opt = Momentum(lr=0.1)
        >>> opt.load_state_dict({"t": 1, "v": np.array([1.0, 2.0])})
        >>> p = np.zeros(2)
        >>> opt.step([p], [np.zeros(2)])  # v = 0.9 v + 0, p -= 0.1 v
        >>> p.round(6).tolist()
        [-0.09, -0.18]
        >>> Adam().load_state_dict({"t": 1, "v": np.zeros(2)})
        Traceback (most recent call last):
        ...
        ValueError: Adam's state holds t, u, w; got t, v
        """
        counts = hasattr(self, "t")
        names = (["t"] if counts else []) + list(self._saved)
        arrays = {k: np.asarray(state[k]) for k in self._saved if k in state}
        # the arrays come all together (after a step) or not at all (before the first one)
        if set(state) - set(names) or (counts and "t" not in state) or \
                len(arrays) not in (0, len(self._saved)):
            raise ValueError(f"{type(self).__name__}'s state holds {', '.join(names) or 'nothing'}"
                             f"; got {', '.join(sorted(state)) or 'nothing'}")
        if any(a.ndim != 1 or a.dtype.kind != "f" for a in arrays.values()) or \
                len({a.size for a in arrays.values()}) > 1:
            raise ValueError("the arrays of an optimizer's state must be 1-D floats of one "
                             f"length, got {[(a.shape, str(a.dtype)) for a in arrays.values()]}")
        if counts:  # the last check: a refused state changes nothing
            self.t = _step_count(state["t"])
        self._state = self._flat_state = None  # rebuilt at the next step, then filled
        self._loaded = {k: a.copy() for k, a in arrays.items()} or None

    def _fill_loaded(self, params: list[np.ndarray]) -> None:
        """Copy a loaded state into the state just built for ``params`` (flat or per array)."""
        if self._loaded is None:
            return
        total = sum(p.size for p in params)
        size = next(iter(self._loaded.values())).size
        if size != total:
            self._state = self._flat_state = None  # the loaded state still waits
            raise ValueError(f"the loaded optimizer state has {size} entries per array but the "
                             f"parameters have {total}; load a state saved for this network")
        for name, a in self._loaded.items():
            if self._flat_state is not None:
                self._flat_state[name][...] = a
                continue
            start = 0
            for state in self._state:
                view = state[name]
                view[...] = a[start : start + view.size].reshape(view.shape)
                start += view.size
        self._loaded = None

    def _new_state(self, p: np.ndarray) -> dict[str, np.ndarray]:
        return {}

    def _begin_step(self) -> None:
        pass

    def _update(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        raise NotImplementedError


# --8<-- [start:sgd]
class SGD(Optimizer):
    """Plain gradient descent, ``p -= lr * g``.

    >>> p = np.array([1.0, 2.0])
    >>> SGD(lr=0.5).step([p], [np.array([2.0, -2.0])])
    >>> p.tolist()
    [0.0, 3.0]
    """

    def _update(self, p, g, state):
        p -= self.lr * g


# --8<-- [end:sgd]


class Momentum(SGD):
    """Gradient descent with (heavy-ball) momentum: ``v = beta*v + g``, ``p -= lr * v``.

    >>> p = np.array([0.0])
    >>> opt = Momentum(lr=1.0, beta=0.5)
    >>> for _ in range(2):
    ...     opt.step([p], [np.array([1.0])])
    >>> p.tolist()  # steps 1, then 0.5 * 1 + 1
    [-2.5]
    """

    _saved = ("v",)

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        if not 0.0 <= beta < 1.0:
            raise ValueError(f"momentum beta must be in [0, 1), got {beta}")
        self.beta = float(beta)
        self.t = 0

    def _new_state(self, p):
        return {"v": np.zeros_like(p)}

    def _begin_step(self):
        self.t += 1

    def _update(self, p, g, state):
        v = state["v"]
        v *= self.beta
        v += g
        if self.t % FLUSH_EVERY == 0:  # a v that only decays would turn subnormal: slow
            flush_subnormals(v, self.beta)
        p -= self.lr * v


# --8<-- [start:adam]
class Adam(Optimizer):
    """Adam (Kingma and Ba, 2015) with bias correction.

    >>> p = np.array([1.0, 1.0])
    >>> Adam(lr=0.1).step([p], [np.array([3.0, -0.001])])
    >>> np.round(p, 6).tolist()  # the first step is about lr whatever the gradient's size
    [0.9, 1.1]
    """

    _saved = ("u", "w")  # m / (1 - beta1) and v / (1 - beta2): see _begin_step

    def __init__(
        self, lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        super().__init__(lr)
        if not (0.0 <= beta1 < 1.0 and 0.0 <= beta2 < 1.0):
            raise ValueError(f"Adam betas must be in [0, 1), got {beta1}, {beta2}")
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.t = 0

    def _new_state(self, p):
        return {"u": np.zeros_like(p), "w": np.zeros_like(p), "scratch": np.empty_like(p)}

    def _begin_step(self):
        self.t += 1
        b1, b2, t = self.beta1, self.beta2, self.t
        # The state is kept rescaled, u = m / (1 - beta1) and w = v / (1 - beta2), so that
        # u = beta1 u + g and w = beta2 w + g^2 need no multiplication by (1 - beta). All the
        # constants, bias corrections included, fold into two scalars:
        #   lr m_hat / (sqrt(v_hat) + eps) = step * u / (sqrt(w) + eps_t)
        # (Python floats, not numpy float64 scalars: those would force float64 arithmetic on
        # float32 arrays, twice as slow.)
        c = math.sqrt((1.0 - b2) / (1.0 - b2**t))  # sqrt(v_hat) = c sqrt(w)
        self._step = self.lr * (1.0 - b1) / ((1.0 - b1**t) * c)
        self._eps_t = self.eps / c

    def _update(self, p, g, state):
        u, w, s = state["u"], state["w"], state["scratch"]
        # in place with one scratch array: no allocation, ten passes over the parameter
        u *= self.beta1
        u += g  # u = beta1 u + g            (the running mean m, times 1 / (1 - beta1))
        np.square(g, out=s)  # same bits as g * g; numpy's multiply of two arrays is ~2x slower
        w *= self.beta2
        w += s  # w = beta2 w + g^2          (the running mean v, times 1 / (1 - beta2))
        if self.t % FLUSH_EVERY == 0:  # keep u and w out of the slow subnormal range
            flush_subnormals(u, self.beta1, s)
            flush_subnormals(w, self.beta2, s)
        np.sqrt(w, out=s)
        s += self._eps_t
        np.divide(u, s, out=s)
        s *= self._step
        p -= s  # p -= lr m_hat / (sqrt(v_hat) + eps)


# --8<-- [end:adam]


def _step_count(t) -> int:
    """A saved step count as an int (it may come back from ``np.load`` as a 0-d array)."""
    t = np.asarray(t)
    if t.shape != () or t.dtype.kind not in "iu" or int(t) < 0:
        raise ValueError(f"an optimizer's step count t must be an integer >= 0, got {t!r}")
    return int(t)

OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}
