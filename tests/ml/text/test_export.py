"""The browser export: the weights the page reads are the model's float32 weights, exactly."""

import numpy as np
import pytest

from ml.text import io
from ml.text.bigram import Bigram
from ml.text.export import export, main, numpy_logits, read_weights_js, to_js
from ml.text.transformer import Transformer
from ml.text.vocab import Vocabulary


def test_round_trip_gives_the_same_logits(tmp_path):
    model = Transformer(6, block_size=8, d=8, n_head=2, n_layer=2, seed=3)
    saved = io.save(model, Vocabulary("abcdef"), tmp_path / "m.npz", {"val_loss": 2.0})
    path = export(saved, tmp_path / "assets" / "weights.js")
    again, chars = read_weights_js(path.read_text(encoding="utf-8"))
    assert chars == "abcdef"
    for name, p in model.params.items():
        assert np.array_equal(again.params[name], p.astype(np.float64)), name
    ids = [1, 2, 3, 4, 5]
    expected = model.logits(np.array([ids]))[0]
    assert np.allclose(numpy_logits(again, ids), expected, atol=1e-5)


def test_only_a_transformer_can_be_exported():
    model = Bigram(3)
    with pytest.raises(ValueError, match="only a transformer"):
        to_js(model, "abc", {})


def test_command_line_errors_are_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "missing.npz"), "--out", str(tmp_path / "w.js")]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert not (tmp_path / "w.js").exists()
