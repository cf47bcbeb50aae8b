"""Tests for the capstone: first the learner's loss and gradients, in seconds (numerical gradients
on a small network, the project's own network at full size, extreme logits, repeat calls); then
one seeded training run whose test accuracy the checker computes itself, with its own forward
pass, from the parameters the learner returns."""

import itertools

import numpy as np

from ml.datasets.mnist import load_mnist
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers
from practice.arrays import expect_gradient, expect_scalar, numerical_gradient
from practice.checking import expect_true

SIZES = (784, 128, 64, 10)
REQUIRED = 0.97
CAUSES = ("a softmax that overflows: subtract each row's maximum logit before exp",
          "a missing 1/n: the gradient at the logits is (P - Y) / n, for the mean loss",
          "the ReLU mask taken from the wrong layer: the gradient handed down to a layer goes "
          "through that layer's own [Z > 0]",
          "G @ W where G @ W.T is meant", "gradients kept from the previous call")


def oracle(params, X, y):
    """Loss and gradients from the project's own layers, in float64."""
    sizes = [params[0].shape[0]] + [W.shape[1] for W in params[::2]]
    net = Sequential(mlp_layers(sizes, rng=np.random.default_rng(0), dtype=np.float64))
    net.set_weights(list(zip(params[::2], params[1::2], strict=True)))
    loss_fn = SoftmaxCrossEntropy()
    loss = loss_fn.forward(net.forward(X), y)
    net.backward(loss_fn.backward())
    return loss, [g.copy() for g in net.grads()]


def random_network(sizes, n, seed):
    rng = np.random.default_rng(seed)
    params = []
    for n_in, n_out in itertools.pairwise(sizes):
        params += [rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in),
                   rng.standard_normal(n_out) * 0.1]
    return params, rng.standard_normal((n, sizes[0])), rng.integers(0, sizes[-1], n)


def check(got, want_loss, want_grads, /, **inputs):
    expect_true(isinstance(got, tuple | list) and len(got) == 2, "loss_and_grads should return "
                f"a pair (loss, grads), got a {type(got).__name__}", **inputs)
    loss, grads = got
    expect_scalar(loss, want_loss, name="the loss", rtol=1e-7, **inputs)
    expect_true(isinstance(grads, list) and len(grads) == len(want_grads), "grads should be a "
                f"list of {len(want_grads)} arrays, one per parameter", **inputs)
    for k in reversed(range(len(want_grads))):  # the top layer first: mistakes start there
        name = f"{'Wb'[k % 2]}{k // 2 + 1}"
        expect_gradient(grads[k], want_grads[k], name=f"d{name}", param=name, causes=CAUSES,
                        **inputs)


def test_gradients_small_network(sol):
    sizes, n = (5, 4, 4, 4), 6  # equal widths: a mask from the wrong layer still fits
    params, X, y = random_network(sizes, n, seed=0)
    loss = oracle(params, X, y)[0]
    want = [numerical_gradient(lambda p, k=k: oracle([*params[:k], p, *params[k + 1:]], X, y)[0],
                               params[k].copy()) for k in range(len(params))]
    check(sol.loss_and_grads(params, X, y), loss, want, sizes=sizes, n=n, seed=0)


def test_gradients_digit_network(sol):
    params, X, y = random_network(SIZES, 32, seed=1)
    X = np.abs(X) / 4  # pixel-like values
    check(sol.loss_and_grads(params, X, y), *oracle(params, X, y), sizes=SIZES, n=32, seed=1)


def test_extreme_logits_and_repeat_calls(sol):
    params, X, y = random_network((3, 5, 5, 4), 4, seed=2)
    hidden = X
    for k in range(2):
        hidden = np.maximum(hidden @ params[2 * k] + params[2 * k + 1], 0)
    scale = 1000 / np.abs(hidden @ params[4] + params[5]).max()
    params[4:] = [params[4] * scale, params[5] * scale]  # the largest logit is now +-1000
    want = oracle(params, X, y)
    for call in ("first", "second"):
        check(sol.loss_and_grads(params, X, y), *want, sizes=(3, 5, 5, 4), n=4, seed=2,
              note="logits up to +-1000: subtract each row's maximum before exp", call=call)


def disguise():
    """One fixed, secret order of the 784 pixels and renaming of the 10 digits. A dense network
    learns shuffled pixels and renamed digits as easily as the originals (its first layer has no
    idea which pixel is next to which), so a network trained by the learner's code on the data it
    is given passes as before; weights trained elsewhere and loaded from a file recognise
    nothing."""
    rng = np.random.default_rng(20261202)
    return rng.permutation(784), rng.permutation(10).astype(np.uint8)


def test_train_reaches_97_percent_on_the_test_set(sol):
    data = load_mnist()
    pixels, digits = disguise()
    X = data.x_train.reshape(len(data.x_train), -1)[:, pixels]
    y = digits[data.y_train]
    params = sol.train(X, y, 0)
    inputs = {"X": "the 60,000 MNIST training images, uint8 (60000, 784), pixels in a fixed "
                   "shuffled order", "y": "their labels, uint8 (60000,), the digits renamed",
              "seed": 0}
    expect_true(isinstance(params, list | tuple) and len(params) == 6, "train should return a "
                "list [W1, b1, W2, b2, W3, b3] of six arrays", **inputs)
    for k, (n_in, n_out) in enumerate(itertools.pairwise(SIZES)):
        for p, shape, name in ((params[2 * k], (n_in, n_out), f"W{k + 1}"),
                               (params[2 * k + 1], (n_out,), f"b{k + 1}")):
            where = f"{name}, entry {2 * k + (name[0] == 'b')}"
            expect_true(type(p) is np.ndarray and p.dtype.kind == "f", f"{where} of the list, "
                        "should be a numpy array of floats", **inputs)
            expect_true(p.shape == shape, f"{where} of the list, should have shape {shape}; "
                        f"yours is {p.shape} - return [W1, b1, W2, b2, W3, b3] in this order",
                        **inputs)
            expect_true(np.isfinite(p).all(), f"{name} holds NaN or infinity: training "
                        "diverged (a learning rate too large?)", **inputs)
    A = data.x_test.reshape(len(data.x_test), -1)[:, pixels].astype(np.float64) / 255
    for k in range(3):
        A = A @ params[2 * k].astype(np.float64) + params[2 * k + 1].astype(np.float64)
        A = np.maximum(A, 0) if k < 2 else A
    accuracy = float(np.mean(A.argmax(axis=1) == digits[data.y_test]))
    expect_true(accuracy >= REQUIRED, f"your network recognises {accuracy:.2%} of the 10,000 "
                f"test images; at least {REQUIRED:.0%} is required. Did you scale the pixels "
                "to [0, 1] (divide by 255)? Train for more epochs, or try Adam", **inputs)
