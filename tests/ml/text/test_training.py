"""The learning outcome: a tiny transformer, trained for about ten CPU seconds, beats the bigram
baseline on validation text it never saw. Plus the pieces of the loop."""

import numpy as np
import pytest

from ml.text.bigram import Bigram
from ml.text.model import clip_global_norm
from ml.text.rnn import RecurrentLanguageModel
from ml.text.train import Settings, train_windows, validation_loss, windowed_loss
from ml.text.transformer import Transformer
from ml.text.vocab import Vocabulary


def test_tiny_transformer_beats_the_bigram(shakespeare):
    vocab = Vocabulary.from_text(shakespeare.text)
    train_ids = vocab.encode(shakespeare.train)
    val_ids = vocab.encode(shakespeare.validation[:20000])
    bigram = Bigram(vocab.size)
    bigram.fit(train_ids)
    model = Transformer(vocab.size, block_size=32, d=32, n_head=4, n_layer=2, seed=0)
    settings = Settings(steps=600, batch_size=16, block_size=32, lr=5e-3, warmup=30,
                        eval_every=600)
    curve = train_windows(model, train_ids, val_ids, settings, progress=False)
    assert curve.steps == [600] and curve.val_loss[0] < np.log(vocab.size)
    assert validation_loss(model, val_ids) < bigram.evaluate(val_ids) - 0.1


class ContextOracle:
    """Knows the text is 'each id is the previous plus one (mod 10)', but only at positions with
    at least 4 characters before them in the window; before that it guesses uniformly."""

    block_size = 8

    def logits(self, x):
        z = np.zeros((*x.shape, 10))
        b, t = np.nonzero(np.ones(x.shape, bool))
        sure = t >= 4
        z[b[sure], t[sure], (x[b[sure], t[sure]] + 1) % 10] = 60.0
        return z


@pytest.mark.parametrize("stride, uniform_chars", [(8, 4 * 12), (4, 4), (2, 4)])
def test_windowed_loss_predicts_every_character_once(stride, uniform_chars):
    """97 characters, 96 targets. Windows 8 apart (12 of them) leave the first 4 positions of
    each with short context; overlapping windows score only the positions with full context,
    so only the text's first 4 characters are guessed. A character scored twice or skipped
    would change the total."""
    ids = np.arange(97) % 10
    loss = windowed_loss(ContextOracle(), ids, 8, stride)
    assert np.isclose(loss, uniform_chars * np.log(10) / 96)


def test_windowed_loss_on_a_text_shorter_than_a_window():
    ids = np.arange(6) % 10
    assert np.isclose(windowed_loss(ContextOracle(), ids, 8, 2), 4 * np.log(10) / 5)


def test_clipping_keeps_direction_and_caps_the_norm():
    rng = np.random.default_rng(0)
    grads = [rng.standard_normal((3, 4)) * 10, rng.standard_normal(5) * 10]
    before = np.concatenate([g.ravel() for g in grads])
    norm = clip_global_norm(grads, 1.0)
    after = np.concatenate([g.ravel() for g in grads])
    assert np.isclose(norm, np.linalg.norm(before))
    assert np.isclose(np.linalg.norm(after), 1.0)
    assert np.allclose(after * norm, before)


def test_truncated_bptt_streams_read_the_text_in_order():
    """Chunk t+1 of each stream continues chunk t, and the state is carried between them."""
    model = RecurrentLanguageModel(50, "gru", 4, 6, seed=0)
    ids = np.arange(1000) % 50
    stream = model.batches(ids, 3, 5, np.random.default_rng(0))
    x1, y1 = next(stream)
    model.loss(x1, y1, training=True)
    carried = model._train_h.copy()
    x2, _ = next(stream)
    assert np.all(x2[:, 0] == (x1[:, -1] + 1) % 50)
    assert np.all(y1 == (x1 + 1) % 50)
    model.loss(x2, x2, training=True)
    fresh = RecurrentLanguageModel(50, "gru", 4, 6, seed=0)
    fresh.logits(x2)  # the same weights from a zero state
    assert not np.allclose(model.last_h, fresh.last_h)
    assert np.allclose(model.rnn._cache[3], carried)  # it started from the carried state


def test_recurrent_evaluation_carries_state_across_chunks():
    """Reading in chunks of 7 with the state carried equals reading all at once."""
    model = RecurrentLanguageModel(5, "rnn", 3, 8, seed=2)
    ids = np.random.default_rng(0).integers(0, 5, 40)
    whole = model.loss(ids[None, :-1], ids[None, 1:])
    assert np.isclose(model.evaluate(ids, chunk=7), whole)
