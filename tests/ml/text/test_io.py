"""Model files: a round trip keeps every prediction; a damaged or foreign file is refused in one
line; a save never leaves half a file or destroys the old model."""

import json
import os
import zipfile

import numpy as np
import pytest

from ml.text import io
from ml.text.bigram import Bigram
from ml.text.mlp import MLPLanguageModel
from ml.text.rnn import RecurrentLanguageModel
from ml.text.transformer import Transformer
from ml.text.vocab import Vocabulary

VOCAB = Vocabulary("abcdefg")


def small_models():
    bigram = Bigram(7)
    bigram.fit(np.random.default_rng(0).integers(0, 7, 100))
    return [bigram, MLPLanguageModel(7, context=3, d_embed=2, hidden=5, seed=1),
            RecurrentLanguageModel(7, "gru", 3, 4, seed=1),
            Transformer(7, block_size=6, d=8, n_head=2, n_layer=1, seed=1)]


@pytest.mark.parametrize("model", small_models(), ids=lambda m: m.kind)
def test_round_trip_keeps_predictions(model, tmp_path):
    path = io.save(model, VOCAB, tmp_path / "m.npz", {"val_loss": 1.5})
    loaded, vocab, report = io.load(path)
    x = np.array([[1, 2, 3, 4, 5, 6]])
    assert vocab == VOCAB and report == {"val_loss": 1.5}
    assert np.array_equal(loaded.loss(x[:, :-1], x[:, 1:]), model.loss(x[:, :-1], x[:, 1:]))


def rewrite(path, change):
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    change(arrays)
    np.savez(path, **arrays)


def damage_cases():
    return {
        "not a zip": lambda p: p.write_bytes(b"hello"),
        "truncated": lambda p: p.write_bytes(p.read_bytes()[:300]),
        "missing weight": lambda p: rewrite(p, lambda a: a.pop("param/head.W")),
        "wrong shape": lambda p: rewrite(p, lambda a: a.update({"param/head.b": np.zeros(3)})),
        "NaN weight": lambda p: rewrite(p, lambda a: a["param/head.b"].__setitem__(0, np.nan)),
        "future version": lambda p: rewrite(p, lambda a: a.update(format_version=np.array(2))),
        "unknown kind": lambda p: rewrite(p, lambda a: a.update(kind=np.array("lstm9"))),
        "bad settings": lambda p: rewrite(p, lambda a: a.update(settings=np.array("{oops"))),
        "settings of the wrong kind": lambda p: rewrite(
            p, lambda a: a.update(settings=np.array(json.dumps({"hidden": 3})))),
        "pickled object": lambda p: rewrite(
            p, lambda a: a.update(chars=np.array([object()], dtype=object))),
    }


@pytest.mark.parametrize("case", sorted(damage_cases()))
def test_damaged_files_are_refused_with_one_line(case, tmp_path):
    path = io.save(small_models()[3], VOCAB, tmp_path / "m.npz")
    damage_cases()[case](path)
    with pytest.raises(ValueError) as err:
        io.load(path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)


def test_a_failed_save_keeps_the_old_model(tmp_path, monkeypatch):
    path = io.save(small_models()[0], VOCAB, tmp_path / "m.npz")
    good = path.read_bytes()

    def broken_savez(f, **arrays):
        f.write(b"half a file")
        raise OSError("disk full")
    monkeypatch.setattr(np, "savez", broken_savez)
    with pytest.raises(OSError):
        io.save(small_models()[3], VOCAB, path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]  # no temporary file left


def test_saved_file_is_a_plain_archive_readable_by_others(tmp_path):
    path = io.save(small_models()[3], VOCAB, tmp_path / "m.npz")
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
    assert "kind.npy" in names and "param/head.W.npy" in names
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's private 0600
