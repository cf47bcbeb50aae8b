"""The built site in Chromium: clean pages, real math, search, and the draw-a-digit network."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- every page

def test_every_page_loads_without_errors_or_external_requests(
        built_site, base_url, open_page, screenshot):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                   if p.name != "404.html")
    assert len(pages) >= 8, pages
    page, log = open_page("index.html")
    # Each page load would otherwise fetch the whole search index and build it in a worker,
    # which is most of the time spent per page; search has its own test below.
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    empty_index = json.dumps({"config": index["config"], "docs": []})
    page.route("**/search/search_index.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=empty_index))
    problems = {}
    for path in pages:
        for entries in (log.console_errors, log.page_errors, log.failed, log.external):
            entries.clear()
        page.goto(base_url + path, wait_until="load")
        if not page.locator("article.md-content__inner h1").count():
            log.page_errors.append("no <h1> in the article")
        # A picture of every page written by hand, and of each generated family's index
        # (generated pages share their template; picturing them all would double the time).
        if (ROOT / "docs" / path).with_suffix(".md").exists() or path.endswith("index.html"):
            screenshot(page, path.removesuffix(".html").replace("/", "__"))
        if log.problems():
            problems[path] = log.problems()
    assert not problems, problems


def test_home_page_links_to_the_three_sections(open_page):
    page, _ = open_page("index.html")
    hrefs = page.locator("article a").evaluate_all("links => links.map(a => a.href)")
    for section in ("ml/index.html", "dsa/index.html", "biology/index.html"):
        assert any(href.endswith(section) for href in hrefs), section


# ----------------------------------------------------------------------------- math

def test_math_is_rendered_as_mathml_with_real_size(open_page):
    page, log = open_page("ml/draw-a-digit.html")
    maths = page.locator("article math")
    assert maths.count() >= 5
    for i in range(maths.count()):
        box = maths.nth(i).bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0, i
    # A displayed fraction must be laid out as a fraction: taller than one line of text.
    block = page.locator('article math[display="block"]').filter(has=page.locator("mfrac"))
    line = page.locator("article p").first.evaluate(
        "p => parseFloat(getComputedStyle(p).lineHeight)")
    assert block.first.bounding_box()["height"] > 1.2 * line
    # No TeX was left for a script to typeset.
    assert "\\(" not in page.locator("article").inner_text()
    assert not log.problems(), log.problems()


# ----------------------------------------------------------------------------- search

def test_search_finds_a_term(open_page):
    page, log = open_page("index.html")
    page.keyboard.press("/")   # Material's shortcut opens and focuses the search box
    page.keyboard.type("backpropagation")
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="matching document").wait_for(timeout=10_000)
    results = page.locator(".md-search-result__item")
    assert results.count() >= 1
    assert "ml/index.html" in " ".join(
        results.locator("a").evaluate_all("links => links.map(a => a.href)"))
    assert not log.problems(), log.problems()


# ----------------------------------------------------------------------------- draw a digit

def _ellipse(cx, cy, rx, ry, n=32):
    return [(cx + rx * math.sin(2 * math.pi * k / n), cy - ry * math.cos(2 * math.pi * k / n))
            for k in range(n + 1)]


# Strokes in the canvas's own 280 x 280 coordinates; each digit is a list of strokes.
DIGIT_STROKES = {
    0: [_ellipse(140, 140, 55, 85)],
    1: [[(145, 45), (140, 140), (135, 235)]],
    7: [[(75, 55), (205, 55), (165, 130), (125, 235)]],
    3: [[(85, 65), (140, 40), (190, 70), (185, 115), (135, 135), (190, 160), (190, 210),
         (140, 240), (85, 215)]],
}


def _draw(page, strokes):
    box = page.locator("#digit-demo .digit-canvas").bounding_box()
    scale = box["width"] / 280
    for stroke in strokes:
        (x0, y0), rest = stroke[0], stroke[1:]
        page.mouse.move(box["x"] + x0 * scale, box["y"] + y0 * scale)
        page.mouse.down()
        for (xa, ya), (xb, yb) in zip(stroke, rest, strict=False):
            steps = max(1, int(math.hypot(xb - xa, yb - ya) / 15))
            page.mouse.move(box["x"] + xb * scale, box["y"] + yb * scale, steps=steps)
        page.mouse.up()


@pytest.fixture
def digit_page(open_page, site_weights):
    # Arrive by the link on the section page, as a reader would.
    page, log = open_page("ml/index.html")
    page.locator("article a[href$='draw-a-digit.html']").first.click()
    page.wait_for_selector("#digit-demo[data-state='ready']", timeout=15_000)
    return page, log


def test_scripted_drawings_are_classified_correctly(digit_page, screenshot):
    page, log = digit_page
    answers = {}
    for digit, strokes in DIGIT_STROKES.items():
        page.locator("#digit-demo .digit-clear").click()
        _draw(page, strokes)
        page.wait_for_function(
            "() => document.getElementById('digit-demo').dataset.prediction !== ''")
        answers[digit] = int(page.locator("#digit-demo").get_attribute("data-prediction"))
        screenshot(page, f"draw-a-digit-{digit}")
        bars = page.locator("#digit-demo .digit-bar-value").all_inner_texts()
        assert len(bars) == 10 and abs(sum(float(b.rstrip("%")) for b in bars) - 100) < 1
        lit = page.locator("#digit-demo .digit-hidden-grid span").evaluate_all(
            "cells => cells.filter(c => parseFloat(c.style.opacity) > 0).length")
        assert lit > 0
    assert answers == {d: d for d in DIGIT_STROKES}, answers
    assert page.locator("#digit-demo .digit-hidden-grid").nth(0).locator("span").count() == 128
    assert page.locator("#digit-demo .digit-hidden-grid").nth(1).locator("span").count() == 64
    assert not log.problems(), log.problems()


def test_js_forward_pass_equals_numpy(digit_page, site_weights, tool):
    page, _ = digit_page
    from ml.datasets.mnist import load_mnist

    weights = tool("digit_weights")
    spec = weights.read_weights_js(site_weights.read_text(encoding="utf-8"))
    data = load_mnist()
    images = data.x_test[:8].reshape(8, 784).astype(np.float64) / 255
    expected = weights.forward(spec, images)
    worst = 0.0
    for i, x in enumerate(images):
        got = page.evaluate("x => window.DigitDemo.forward(x)", x.tolist())
        for layer, values in enumerate(got["activations"]):
            worst = max(worst, float(np.max(np.abs(np.array(values) - expected[layer][i]))))
        assert int(np.argmax(got["probs"])) == int(np.argmax(expected[-1][i]))
    assert worst < 1e-5, worst
    # The exported network is a real one: it reads most of these test digits.
    assert (np.argmax(expected[-1], axis=1) == data.y_test[:8]).mean() >= 0.75


# ----------------------------------------------------------------------------- preprocessing

def test_js_preprocessing_matches_numpy_on_a_drawing(digit_page):
    page, _ = digit_page
    page.locator("#digit-demo .digit-clear").click()
    _draw(page, DIGIT_STROKES[7])
    ink = np.array(page.evaluate("""() => {
        const c = document.querySelector('#digit-demo .digit-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const a = [];
        for (let i = 3; i < d.length; i += 4) a.push(d[i] / 255);
        return a;
    }""")).reshape(280, 280)
    got = np.array(page.evaluate(
        "ink => Array.from(window.DigitDemo.preprocess(Float64Array.from(ink), 280, 280))",
        ink.ravel().tolist())).reshape(28, 28)
    # The project's own preprocessing (what `python -m ml.mnist predict` uses) on white paper.
    from ml.mnist.preprocess import mnist_style

    expected = mnist_style(1.0 - ink) / 255
    assert np.max(np.abs(got - expected)) <= 1 / 255 + 1e-12   # at most one grey level apart
    assert np.mean(got == expected) > 0.99
    # And it is MNIST-shaped: a 20-pixel box, its mass centred on pixel (14, 14).
    rows, cols = np.nonzero(got > 0)
    assert max(np.ptp(rows), np.ptp(cols)) + 1 == 20
    yy, xx = np.indices(got.shape)
    assert abs((yy * got).sum() / got.sum() - 14) <= 0.5
    assert abs((xx * got).sum() / got.sum() - 14) <= 0.5
