"""Unstable softmax: exponentiates the logits as they are, so a logit above about 709
overflows to infinity and the loss and gradients become NaN."""

import itertools

import numpy as np

SIZES = (784, 128, 64, 10)


def loss_and_grads(params: list[np.ndarray], X: np.ndarray,
                   y: np.ndarray) -> tuple[float, list[np.ndarray]]:
    """Mean softmax cross-entropy of the ReLU network ``params`` on ``(X, y)``, and its gradients.

    ``params`` is ``[W1, b1, W2, b2, ...]``; ``grads`` has the same order and shapes.
    """
    activations, A = [X], X
    n_layers = len(params) // 2
    for layer in range(n_layers):
        Z = A @ params[2 * layer] + params[2 * layer + 1]
        A = np.maximum(Z, 0) if layer < n_layers - 1 else Z
        activations.append(A)
    shifted = A
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    n = len(X)
    loss = float(-log_p[np.arange(n), y].mean())
    G = np.exp(log_p)
    G[np.arange(n), y] -= 1
    G /= n
    grads: list[np.ndarray] = [np.empty(0)] * len(params)
    for layer in reversed(range(n_layers)):
        grads[2 * layer] = activations[layer].T @ G
        grads[2 * layer + 1] = G.sum(axis=0)
        if layer > 0:  # the pixels need no gradient
            G = (G @ params[2 * layer].T) * (activations[layer] > 0)
    return loss, grads


def he_init(n_in: int, n_out: int, rng: np.random.Generator) -> np.ndarray:
    """Weights drawn from N(0, 2 / n_in), as float32."""
    return (rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)).astype(np.float32)


def adam_step(params, grads, m, v, t, lr, b1=0.9, b2=0.999, eps=1e-8) -> None:
    """One bias-corrected Adam step, in place."""
    for p, g, m_i, v_i in zip(params, grads, m, v, strict=True):
        m_i *= b1
        m_i += (1 - b1) * g
        v_i *= b2
        v_i += (1 - b2) * g * g
        m_hat = m_i / (1 - b1**t)
        v_hat = v_i / (1 - b2**t)
        p -= lr * m_hat / (np.sqrt(v_hat) + eps)


def train(X: np.ndarray, y: np.ndarray, seed: int) -> list[np.ndarray]:
    """Train on uint8 images ``X`` (n, 784) and labels ``y`` (n,); return ``[W1, b1, ..., b3]``."""
    rng = np.random.default_rng(seed)
    X = X.astype(np.float32) / np.float32(255)
    y = y.astype(np.int64)
    params: list[np.ndarray] = []
    for n_in, n_out in itertools.pairwise(SIZES):
        params += [he_init(n_in, n_out, rng), np.zeros(n_out, dtype=np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    epochs, batch_size, lr0, t = 5, 128, 2e-3, 0
    steps = epochs * -(-len(X) // batch_size)
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            batch = order[start:start + batch_size]
            _, grads = loss_and_grads(params, X[batch], y[batch])
            t += 1
            lr = lr0 * 0.5 * (1 + np.cos(np.pi * t / steps))  # cosine: settle at the end
            adam_step(params, grads, m, v, t, lr)
    return params
