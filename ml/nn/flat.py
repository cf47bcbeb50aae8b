"""One buffer for all parameters, one for all gradients: the optimizer's fast path.

A network keeps its parameters as a handful of arrays (``W`` and ``b`` per layer). An optimizer
step walks them one by one, and Adam does ten whole-array operations on each: for the
784-128-64-10 network that is sixty numpy calls per batch, most on small arrays where the cost
of the call rivals the arithmetic. :func:`share_buffers` moves every parameter of a list of
layers into one contiguous 1-D array, and every gradient into another, leaving each layer with
*views* of the same shapes as before. Nothing else changes: a layer still reads
``params["W"]`` and writes ``grads["W"]`` in place (``out=`` or ``[...] =``, as the layer
contract asks), and the numbers are the same bit for bit.

What changes is what an optimizer may do. :class:`ml.nn.optim.Optimizer` asks
:func:`joined` whether the arrays it was handed lie back to back in one buffer; when they do, it
updates the whole buffer at once: ten numpy calls per step instead of sixty, each long enough
to run at memory speed. The clear per-array code stays the one the pages teach; this module is
the speed page's subject.

Time O(number of parameters) once, space the same (the old arrays are copied, then dropped).
"""

import numpy as np

from ml.nn.layers import Layer

__all__ = ["joined", "share_buffers"]


def share_buffers(layers: list[Layer]) -> list[Layer]:
    """Put every parameter of ``layers`` into one buffer and every gradient into another.

    Returns ``layers`` (the same objects, now holding views). Values are kept. Layers of mixed
    parameter dtypes are left alone, as are layers without parameters.

    >>> from ml.nn.layers import Dense
    >>> a, b = Dense(3, 2, rng=np.random.default_rng(0)), Dense(2, 1, rng=np.random.default_rng(1))
    >>> W = a.params["W"].copy()
    >>> _ = share_buffers([a, b])
    >>> bool(np.array_equal(a.params["W"], W)), joined([a.params["W"], b.params["b"]]) is None
    (True, True)
    >>> joined([p for layer in (a, b) for p in layer.params.values()]).shape  # 3*2+2 + 2*1+1
    (11,)
    """
    arrays = [(layer, name) for layer in layers for name in layer.params]
    dtypes = {layer.params[name].dtype for layer, name in arrays}
    if len(dtypes) != 1:  # none, or mixed: one buffer cannot hold them
        return layers
    size = sum(layer.params[name].size for layer, name in arrays)
    dtype = dtypes.pop()
    params, grads = np.empty(size, dtype=dtype), np.zeros(size, dtype=dtype)
    start = 0
    for layer, name in arrays:
        old = layer.params[name]
        view = params[start : start + old.size].reshape(old.shape)
        view[...] = old
        layer.params[name] = view
        layer.grads[name] = grads[start : start + old.size].reshape(old.shape)
        start += old.size
    return layers


def joined(arrays: list[np.ndarray]) -> np.ndarray | None:
    """One 1-D view over ``arrays`` if they lie back to back, in order, in one buffer; else None.

    >>> buf = np.arange(6.0)
    >>> joined([buf[:2].reshape(1, 2), buf[2:5]]).tolist()
    [0.0, 1.0, 2.0, 3.0, 4.0]
    >>> joined([buf[2:5], buf[:2]]) is None  # out of order
    True
    """
    if not arrays:
        return None
    base = arrays[0].base
    if not (isinstance(base, np.ndarray) and base.ndim == 1 and base.flags.c_contiguous):
        return None
    itemsize = base.itemsize
    origin = base.__array_interface__["data"][0]
    start = end = arrays[0].__array_interface__["data"][0]
    for a in arrays:
        if (a.base is not base or a.dtype != base.dtype or not a.flags.c_contiguous
                or a.__array_interface__["data"][0] != end):
            return None
        end += a.size * itemsize
    first = (start - origin) // itemsize
    return base[first : first + (end - start) // itemsize]
