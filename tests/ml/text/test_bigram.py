import itertools

import numpy as np

from ml.text.bigram import Bigram
from ml.text.vocab import Vocabulary


def test_counts_match_a_loop():
    rng = np.random.default_rng(0)
    ids = rng.integers(0, 5, 300)
    model = Bigram(5)
    model.fit(ids)
    expected = np.zeros((5, 5))
    for a, b in itertools.pairwise(ids):
        expected[a, b] += 1
    assert np.array_equal(model.params["counts"], expected)


def test_probabilities_are_rows_of_a_stochastic_matrix_with_no_zero():
    model = Bigram(4, alpha=0.5)
    model.fit(np.array([0, 1, 1, 1, 2]))
    P = model.probabilities()
    assert np.allclose(P.sum(axis=1), 1.0) and np.all(P > 0)  # 3 -> anything never seen: > 0


def test_nll_is_the_mean_negative_log_probability():
    model = Bigram(3)
    model.fit(np.array([0, 1, 2, 0, 1, 2, 0]))
    text = np.array([0, 1, 2, 2])
    P = model.probabilities()
    manual = -(np.log(P[0, 1]) + np.log(P[1, 2]) + np.log(P[2, 2])) / 3
    assert np.isclose(model.evaluate(text), manual)


def test_the_baseline_on_tinyshakespeare(shakespeare):
    """The number every later model must beat (add-one smoothing)."""
    vocab = Vocabulary.from_text(shakespeare.text)
    model = Bigram(vocab.size)
    model.fit(vocab.encode(shakespeare.train))
    assert vocab.size == 65
    assert round(model.evaluate(vocab.encode(shakespeare.validation)), 4) == 2.4819
