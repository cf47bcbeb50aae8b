"""The "Write in the browser" page: its JavaScript transformer equals numpy's, and a seed fixes
the text.

The page loads ``assets/text/weights.js``. If the repository has none yet, the session trains a
small stand-in transformer for a few seconds with the project's numpy code and exports it into
the built site, so these tests always run on a real export.
"""

from __future__ import annotations

import numpy as np
import pytest

from ml.text.export import numpy_logits, read_weights_js

pytestmark = pytest.mark.slow
PROMPT = "ROMEO:\nWhat light"


@pytest.fixture(scope="session")
def text_weights(built_site, tmp_path_factory):
    path = built_site / "assets" / "text" / "weights.js"
    if not path.exists():
        from ml.datasets.tinyshakespeare import load_tinyshakespeare
        from ml.text import io
        from ml.text.export import export
        from ml.text.train import Settings, train_windows
        from ml.text.transformer import Transformer
        from ml.text.vocab import Vocabulary

        data = load_tinyshakespeare(progress=False)
        vocab = Vocabulary.from_text(data.text)
        model = Transformer(vocab.size, block_size=24, d=16, n_head=2, n_layer=2, seed=0)
        train_windows(model, vocab.encode(data.train[:200_000]), vocab.encode(data.validation),
                      Settings(steps=60, batch_size=8, block_size=24, lr=1e-2, warmup=5,
                               eval_every=60), progress=False)
        saved = io.save(model, vocab, tmp_path_factory.mktemp("text") / "stand-in.npz",
                        {"val_loss": None})
        export(saved, path)
    return path


@pytest.fixture
def writer_page(open_page, text_weights):
    page, log = open_page("ml/text/write.html")
    page.wait_for_selector("#text-demo[data-state='ready']", timeout=20_000)
    return page, log


def test_js_forward_pass_equals_numpy(writer_page, text_weights):
    page, log = writer_page
    model, chars = read_weights_js(text_weights.read_text(encoding="utf-8"))
    V = len(chars)
    for text in (PROMPT, "a", PROMPT * 8):   # one character, a short and a full window
        ids = [chars.index(c) for c in text][-model.block_size:]
        expected = numpy_logits(model, ids)
        got = np.array(page.evaluate("ids => window.TextWriter.forward(ids)", ids))
        assert got.shape == (len(ids) * V,)
        assert np.max(np.abs(got.reshape(len(ids), V) - expected)) < 1e-5
    assert not log.problems(), log.problems()


def test_greedy_generation_equals_numpy(writer_page, text_weights):
    """With top-k 1 the draw does not depend on the random numbers: JS and numpy must write the
    same characters, which checks the whole loop (window sliding past the context included)."""
    from ml.text.sampling import generate

    page, _ = writer_page
    model, chars = read_weights_js(text_weights.read_text(encoding="utf-8"))
    n = model.block_size + 10
    got = page.evaluate(f"() => window.TextWriter.generate({PROMPT!r}, {n}, 1.0, 1, 0)")
    expected = generate(model, np.array([chars.index(c) for c in PROMPT]), n, top_k=1)
    assert got == "".join(chars[i] for i in expected)


def test_seeded_generation_is_reproducible(writer_page):
    page, _ = writer_page
    call = "s => window.TextWriter.generate('ROMEO:', 60, 0.9, 0, s)"
    first = page.evaluate(call, 7)
    assert len(first) == 60
    assert page.evaluate(call, 7) == first
    assert page.evaluate(call, 8) != first


def test_the_page_writes_the_same_text_twice_for_one_seed(open_page, text_weights, screenshot):
    texts = []
    for _ in range(2):
        page, log = open_page("ml/text/write.html")
        page.wait_for_selector("#text-demo[data-state='ready']", timeout=20_000)
        page.fill("#text-demo .text-chars", "80")
        page.fill("#text-demo .text-seed", "3")
        page.click("#text-demo .text-generate")
        page.wait_for_selector("#text-demo[data-state='ready']", timeout=60_000)
        texts.append(page.locator("#text-demo .text-output").inner_text())
        assert not log.problems(), log.problems()
    screenshot(page, "text-write")
    assert texts[0] == texts[1] and texts[0].startswith("ROMEO:")
    assert len(texts[0]) == len("ROMEO:\n") + 80


def test_a_character_outside_the_vocabulary_is_reported(writer_page):
    page, _ = writer_page
    page.fill("#text-demo .text-prompt", "ROMEO: 1")
    page.click("#text-demo .text-generate")
    assert "not in the model's vocabulary" in page.locator("#text-demo .text-status").inner_text()
