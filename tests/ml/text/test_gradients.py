"""Every new layer and every model, checked against central differences in float64.

``ml.gradcheck`` perturbs each input and parameter entry by +-1e-6; a correct backward pass
agrees to about 1e-9 relative error, a wrong one (a transposed matrix, a missing mask, a softmax
over the wrong axis) is off by far more than the 1e-6 asserted here.
"""

import numpy as np
import pytest

from ml.gradcheck import layer_gradient_errors, numerical_gradient, relative_error
from ml.text.layers import GELU, CausalSelfAttention, Embedding, LayerNorm, TimeDense
from ml.text.mlp import MLPLanguageModel
from ml.text.rnn import GRU, RecurrentLanguageModel, VanillaRNN
from ml.text.transformer import Block, Transformer

TOL = 1e-6


def make_layers(rng):
    f64 = np.float64
    return {
        "time-dense": (TimeDense(4, 3, rng, f64, std=0.5), (2, 5, 4)),
        "layernorm": (LayerNorm(6, f64), (2, 3, 6)),
        "gelu": (GELU(), (3, 7)),
        "attention-1-head": (CausalSelfAttention(6, 1, rng, f64, proj_std=0.5), (2, 4, 6)),
        "attention-3-heads": (CausalSelfAttention(6, 3, rng, f64, proj_std=0.5), (2, 5, 6)),
        "block": (Block(8, 2, 1, rng, f64), (2, 4, 8)),
        "vanilla-rnn": (VanillaRNN(3, 5, rng, f64), (2, 6, 3)),
        "gru": (GRU(3, 5, rng, f64), (2, 6, 3)),
    }


@pytest.mark.parametrize("name", sorted(make_layers(np.random.default_rng(0))))
def test_layer_gradients_match_central_differences(name):
    rng = np.random.default_rng(1)
    layer, shape = make_layers(rng)[name]
    for p in layer.params.values():  # away from the initial 0/1 values, where errors hide
        p += 0.3 * rng.standard_normal(p.shape)
    errors = layer_gradient_errors(layer, rng.standard_normal(shape), rng)
    assert max(errors.values()) < TOL, errors


def test_layernorm_gradient_for_large_offsets():
    """Features far from 0 with a small spread: the case where a naive variance goes wrong."""
    rng = np.random.default_rng(2)
    layer = LayerNorm(5, np.float64)
    x = 100.0 + rng.standard_normal((3, 5))
    assert max(layer_gradient_errors(layer, x, rng).values()) < 1e-5


def test_embedding_gradient_sums_repeated_rows():
    rng = np.random.default_rng(3)
    emb = Embedding(4, 3, rng, np.float64, std=1.0)
    ids = np.array([[0, 2, 2], [3, 2, 0]])
    R = rng.standard_normal((2, 3, 3))
    emb.forward(ids)
    emb.backward(R)
    numeric = numerical_gradient(lambda: float(np.sum(emb.forward(ids) * R)), emb.params["E"])
    assert relative_error(emb.grads["E"], numeric) < TOL
    assert np.all(emb.grads["E"][1] == 0)  # an unused character gets no gradient


@pytest.mark.parametrize("cell", [VanillaRNN, GRU])
def test_recurrent_gradient_reaches_the_initial_state(cell):
    """Truncated BPTT stops at the chunk boundary, but dL/dh0 must still be right."""
    rng = np.random.default_rng(4)
    layer = cell(3, 4, rng, np.float64)
    x, h0 = rng.standard_normal((2, 5, 3)), rng.standard_normal((2, 4))
    R = rng.standard_normal((2, 5, 4))
    layer.forward(x, h0=h0)
    layer.backward(R)
    numeric = numerical_gradient(lambda: float(np.sum(layer.forward(x, h0=h0) * R)), h0)
    assert relative_error(layer.dh0, numeric) < TOL


def models():
    f64 = np.float64
    return {
        "mlp": MLPLanguageModel(7, context=3, d_embed=2, hidden=5, seed=1, dtype=f64),
        "rnn": RecurrentLanguageModel(7, "rnn", 3, 4, seed=1, dtype=f64),
        "gru": RecurrentLanguageModel(7, "gru", 3, 4, seed=1, dtype=f64),
        "transformer": Transformer(7, block_size=6, d=8, n_head=2, n_layer=2, seed=1, dtype=f64),
    }


@pytest.mark.parametrize("name", sorted(models()))
def test_whole_model_gradients(name):
    """The loss (softmax cross-entropy over every predicted position) down to every weight."""
    model = models()[name]
    rng = np.random.default_rng(5)
    for p in model.params.values():
        p += 0.3 * rng.standard_normal(p.shape)
    x, y = rng.integers(0, 7, (2, 6)), rng.integers(0, 7, (2, 6))
    model.loss(x, y)
    model.backward()
    analytic = {k: g.copy() for k, g in model.grads.items()}
    for key, p in model.params.items():
        numeric = numerical_gradient(lambda: model.loss(x, y), p)
        assert relative_error(analytic[key], numeric) < TOL, key


def test_backward_overwrites_rather_than_accumulates():
    model = models()["transformer"]
    x = np.array([[1, 2, 3, 4]])
    model.loss(x, x)
    model.backward()
    first = {k: g.copy() for k, g in model.grads.items()}
    model.loss(x, x)
    model.backward()
    assert all(np.array_equal(first[k], g) for k, g in model.grads.items())
