"""Tests for network-backward: the page's example, numerical gradients, the project's own layers
as the oracle on random networks, the digit network's shapes, extreme logits and side effects."""

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import expect_true

TOP = ("a missing 1/n: the gradient at the logits is (P - Y) / n, for the mean loss",
       "a ReLU mask on the logits: the output layer has no ReLU")
BELOW = ("the ReLU mask taken from the wrong layer: the gradient handed down to layer l goes "
         "through [Z_l > 0], the pre-activations of that layer, not of the layer above",
         "G @ W where G @ W.T is meant when handing the gradient down")
BIAS = ("bias gradient summed over the wrong axis: sum G over the examples (axis 0)",)


def oracle(params, X, y):
    """Loss and gradients from the project's own layers, in float64."""
    sizes = [params[0].shape[0]] + [W.shape[1] for W in params[::2]]
    net = Sequential(mlp_layers(sizes, rng=np.random.default_rng(0), dtype=np.float64))
    net.set_weights(list(zip(params[::2], params[1::2], strict=True)))
    loss_fn = SoftmaxCrossEntropy()
    loss = loss_fn.forward(net.forward(X), y)
    net.backward(loss_fn.backward())
    return loss, [g.copy() for g in net.grads()]


def check(got, want, /, **inputs):
    """Compare the list of gradients, the top layer first: its mistakes show up there first."""
    expect_true(isinstance(got, list) and len(got) == len(want),
                f"network_backward should return a list of {len(want)} gradients, one per "
                f"parameter, got {type(got).__name__} of length {_length(got)}", **inputs)
    n_layers = len(want) // 2
    for layer in reversed(range(n_layers)):
        # once the layer above is right, the mistake lies in how G was handed down
        why = TOP if layer == n_layers - 1 else BELOW
        for k, name, causes in ((2 * layer, "W", why), (2 * layer + 1, "b", BIAS + why)):
            expect_gradient(got[k], want[k], name=f"d{name}{layer + 1}", param=f"{name}{layer + 1}",
                            causes=causes, **inputs)


def _length(value):
    return len(value) if hasattr(value, "__len__") else "-"


def random_network(sizes, n, seed):
    rng = np.random.default_rng(seed)
    params = []
    for n_in, n_out in itertools.pairwise(sizes):
        params += [rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in),
                   rng.standard_normal(n_out) * 0.1]
    return params, rng.standard_normal((n, sizes[0])), rng.integers(0, sizes[-1], n)


def test_worked_example(sol):
    params = [np.array([[1.0, 1.0], [0.5, -1.0]]), np.array([0.0, 0.5]),
              np.array([[0.5, 0.25], [1.0, -1.0]]), np.array([0.0, 0.5])]
    X, y = np.array([[1.0, 2.0]]), np.array([0])
    want = [np.array([[-0.125, 0.0], [-0.25, 0.0]]), np.array([-0.125, 0.0]),
            np.array([[-1.0, 1.0], [0.0, 0.0]]), np.array([-0.5, 0.5])]
    check(sol.network_backward(params, X, y), want, example="the backprop page's, X=[[1, 2]]",
          y=y)


def test_numerical_gradient(sol):
    sizes, n = (3, 4, 4, 3), 5  # equal hidden widths: a mask from the wrong layer still fits
    params, X, y = random_network(sizes, n, seed=1)
    got = sol.network_backward(params, X, y)
    want = [numerical_gradient(lambda p, k=k: oracle([*params[:k], p, *params[k + 1:]], X, y)[0],
                               params[k].copy()) for k in range(len(params))]
    check(got, want, sizes=sizes, n=n, seed=1)


def test_one_layer_is_softmax_regression(sol):
    params, X, y = random_network((4, 3), 6, seed=2)
    check(sol.network_backward(params, X, y), oracle(params, X, y)[1], sizes=(4, 3), n=6,
          seed=2)


@st.composite
def networks(draw):
    sizes = draw(st.lists(st.integers(1, 6), min_size=2, max_size=5))
    sizes[-1] = max(sizes[-1], 2)  # at least two classes
    n = draw(st.integers(1, 6))
    values = st.floats(-2, 2, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    params = []
    for n_in, n_out in itertools.pairwise(sizes):
        params += [draw(arrays(np.float64, (n_in, n_out), elements=values)),
                   draw(arrays(np.float64, (n_out,), elements=values))]
    X = draw(arrays(np.float64, (n, sizes[0]), elements=values))
    y = np.array(draw(st.lists(st.integers(0, sizes[-1] - 1), min_size=n, max_size=n)))
    return sizes, params, X, y


@settings(max_examples=15)
@given(case=networks())
def test_matches_project_network(sol, case):
    sizes, params, X, y = case
    check(sol.network_backward(params, X, y), oracle(params, X, y)[1], sizes=sizes,
          n=len(X), X=X, y=y)


def test_digit_network(sol):
    sizes, n = (784, 128, 64, 10), 16
    params, X, y = random_network(sizes, n, seed=3)
    X = np.abs(X) / 4  # pixel-like values
    check(sol.network_backward(params, X, y), oracle(params, X, y)[1], sizes=sizes, n=n,
          seed=3)


def test_extreme_logits_stay_finite(sol):
    params, X, y = random_network((3, 5, 4), 4, seed=4)
    hidden = np.maximum(X @ params[0] + params[1], 0)
    scale = 1000 / np.abs(hidden @ params[2] + params[3]).max()
    params[2:] = [params[2] * scale, params[3] * scale]  # the largest logit is now +-1000
    check(sol.network_backward(params, X, y), oracle(params, X, y)[1], sizes=(3, 5, 4), n=4,
          note="logits up to +-1000: exp overflows unless the row maximum is subtracted first")


def test_params_unchanged_and_repeatable(sol):
    params, X, y = random_network((3, 4, 3), 5, seed=5)
    before = [p.copy() for p in params]
    first = sol.network_backward(params, X, y)
    for k, (p, old) in enumerate(zip(params, before, strict=True)):
        expect_true(np.array_equal(p, old), f"network_backward changed params[{k}]: it must "
                    "only read the parameters", sizes=(3, 4, 3), n=5)
    check(first, oracle(params, X, y)[1], sizes=(3, 4, 3), n=5, call="first")
    check(sol.network_backward(params, X, y), first, sizes=(3, 4, 3), n=5,
          call="second, same inputs: gradients kept from the previous call?")
