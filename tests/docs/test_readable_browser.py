"""The site in Chromium, on a phone and on a desktop: draw a digit with the answer in view, math
that never overflows unseen, the nav in teaching order, and a search that gives nothing away."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 390, "height": 844}


def _ellipse(cx, cy, rx, ry, n=32):
    return [(cx + rx * math.sin(2 * math.pi * k / n), cy - ry * math.cos(2 * math.pi * k / n))
            for k in range(n + 1)]


# Strokes in the canvas's own 280 x 280 coordinates, drawn around the centre (140, 140).
DIGITS = {
    0: [_ellipse(140, 140, 55, 85)],
    1: [[(145, 45), (140, 140), (135, 235)]],
    2: [[(80, 90), (110, 50), (170, 45), (200, 90), (170, 150), (80, 235), (210, 235)]],
    3: [[(85, 65), (140, 40), (190, 70), (185, 115), (135, 135), (190, 160), (190, 210),
         (140, 240), (85, 215)]],
    4: [[(160, 40), (70, 170), (215, 170)], [(165, 100), (165, 245)]],
    7: [[(75, 55), (205, 55), (165, 130), (125, 235)]],
}


def _shrunk(strokes, scale, cx, cy):
    """The drawing at ``scale`` of its size, centred on (cx, cy)."""
    return [[(cx + (x - 140) * scale, cy + (y - 140) * scale) for x, y in stroke]
            for stroke in strokes]


def _draw(page, strokes):
    box = page.locator("#digit-demo .digit-canvas").bounding_box()
    k = box["width"] / 280
    for stroke in strokes:
        page.mouse.move(box["x"] + stroke[0][0] * k, box["y"] + stroke[0][1] * k)
        page.mouse.down()
        for (xa, ya), (xb, yb) in itertools.pairwise(stroke):
            steps = max(1, int(math.hypot(xb - xa, yb - ya) / 15))
            page.mouse.move(box["x"] + xb * k, box["y"] + yb * k, steps=steps)
        page.mouse.up()


def _answer(page) -> int:
    page.wait_for_function(
        "() => document.getElementById('digit-demo').dataset.prediction !== ''")
    return int(page.locator("#digit-demo").get_attribute("data-prediction"))


@pytest.fixture
def digit_page(open_page, site_weights):
    page, log = open_page("ml/draw-a-digit.html")
    page.wait_for_selector("#digit-demo[data-state='ready']", timeout=15_000)
    yield page
    assert not log.problems(), log.problems()


# ----------------------------------------------------------------------------- draw a digit

def test_on_a_phone_the_answer_is_in_view_beside_the_canvas(digit_page, screenshot):
    page = digit_page
    page.set_viewport_size(PHONE)
    canvas = page.locator("#digit-demo .digit-canvas")
    canvas.scroll_into_view_if_needed()
    _draw(page, DIGITS[7])
    assert _answer(page) == 7
    drawn, label = canvas.bounding_box(), page.locator("#digit-demo .digit-label").bounding_box()
    runners = page.locator("#digit-demo .digit-runners-up").bounding_box()
    for box in (drawn, label, runners):
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    # Beside, not below: wherever the reader scrolls, if the canvas is in view so is the answer.
    assert drawn["y"] - 1 <= label["y"] and runners["y"] + runners["height"] <= (
        drawn["y"] + drawn["height"] + 1)
    assert drawn["height"] <= 0.7 * PHONE["height"] and drawn["width"] >= 0.55 * PHONE["width"]
    screenshot(page, "draw-a-digit-phone", full_page=False)


def test_a_digit_drawn_small_in_a_corner_is_read_like_a_large_one(digit_page):
    """The pen width follows the drawing's size; with a fixed pen these were mostly "8"."""
    page = digit_page
    answers = {}
    for corner in ((55, 55), (225, 225), (55, 225)):
        for digit, strokes in DIGITS.items():
            page.locator("#digit-demo .digit-clear").click()
            _draw(page, _shrunk(strokes, 0.2, *corner))
            answers[corner, digit] = _answer(page)
    wrong = {key: got for key, got in answers.items() if got != key[1]}
    assert not wrong, wrong


def test_a_tap_draws_a_dot_and_an_unsure_answer_says_so(digit_page, screenshot):
    page = digit_page
    box = page.locator("#digit-demo .digit-canvas").bounding_box()
    page.mouse.click(box["x"] + 0.4 * box["width"], box["y"] + 0.5 * box["height"])
    _answer(page)
    ink = page.evaluate("""() => {
        const c = document.querySelector('#digit-demo .digit-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) n += d[i] > 0;
        return n;
    }""")
    assert 20 < ink < 2000                     # a dot: some ink, far from a filled canvas
    bars = [float(v.rstrip("%")) for v in
            page.locator("#digit-demo .digit-bar-value").all_inner_texts()]
    top = max(bars)
    confidence = page.locator("#digit-demo .digit-confidence").inner_text()
    assert top < 99                            # a dot is no digit, and the network hesitates
    if abs(top - 80) > 0.1:
        assert (confidence == "not sure") == (top < 80), (confidence, top)
    runners = [int(d) for d in page.locator("#digit-demo .digit-runner-label").all_inner_texts()]
    assert len(set(runners)) == 3 and bars[runners[0]] == top
    assert bars[runners[0]] >= bars[runners[1]] >= bars[runners[2]] >= max(
        bar for d, bar in enumerate(bars) if d not in runners)
    screenshot(page, "draw-a-digit-dot", full_page=False)
    # The page says it outright: the network answers whatever it is shown.
    assert "The network always answers" in page.locator("article").inner_text()


def test_the_answer_says_not_sure_below_the_threshold(digit_page):
    page = digit_page
    shown = page.evaluate("""() => {
        const out = [];
        for (const p of [[0.5, 0.3, 0.2], [0.9, 0.1, 0]]) {
            const probs = Array(10).fill(0);
            probs[4] = p[0]; probs[9] = p[1]; probs[1] = p[2];
            out.push(window.DigitDemo.describe(probs));
        }
        return out;
    }""")
    assert shown == [{"digit": 4, "sure": False, "text": "not sure", "top": [4, 9, 1]},
                     {"digit": 4, "sure": True, "text": "90% sure", "top": [4, 9, 0]}]


def _contrast(page, selector: str) -> float:
    """WCAG contrast of an element's text against what is behind it (alpha composited)."""
    colours = page.locator(selector).evaluate("""el => {
        const parse = c => (c.match(/[\\d.]+/g) || []).map(Number);
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg.length === 4 && bg[3] === 0) continue;
            layers.push(bg);
            if (bg.length === 3 || bg[3] === 1) break;
        }
        return {text: parse(getComputedStyle(el).color), layers};
    }""")

    def over(top, bottom):
        alpha = top[3] if len(top) == 4 else 1.0
        return [alpha * t + (1 - alpha) * b for t, b in zip(top[:3], bottom[:3], strict=True)]

    background = [255.0, 255.0, 255.0]
    for layer in reversed(colours["layers"]):
        background = over(layer, background)
    text = over(colours["text"], background)

    def luminance(rgb):
        channels = [c / 255 for c in rgb]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(text), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_clear_button_is_readable_in_both_palettes(digit_page, screenshot):
    page = digit_page
    page.mouse.move(0, 0)                                  # no hover, no focus ring
    for scheme in ("default", "slate"):
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        page.wait_for_timeout(400)                        # Material fades colours in 125 ms
        ratio = _contrast(page, "#digit-demo .digit-clear")
        assert ratio >= 4.5, (scheme, ratio)
        if scheme == "slate":
            page.locator("#digit-demo").screenshot(
                path=str(ROOT / "test-artifacts" / "docs" / "draw-a-digit-dark.jpg"),
                type="jpeg", quality=80)
    # The check itself: Material's own outlined button on the dark palette fails it.
    page.evaluate("document.querySelector('#digit-demo .digit-clear').style.color = "
                  "'var(--md-primary-fg-color)'")
    page.wait_for_timeout(400)
    assert _contrast(page, "#digit-demo .digit-clear") < 4.5


# ----------------------------------------------------------------------------- math

def test_no_display_math_is_wider_than_the_column_without_scrolling(
        built_site, base_url, open_page, screenshot):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                   if '<div class="arithmatex">' in p.read_text(encoding="utf-8"))
    assert len(pages) >= 10
    page, log = open_page("index.html")
    assert page.viewport_size["width"] == 1280
    # Search has its own tests; an empty index spares building it on every page load.
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    empty_index = json.dumps({"config": index["config"], "docs": []})
    page.route("**/search/search_index.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=empty_index))
    clipped = {}
    for path in pages:
        page.goto(base_url + path)
        for found in page.evaluate("""() => {
            const column = document.querySelector('article.md-content__inner')
                .getBoundingClientRect();
            const bad = [];
            for (const box of document.querySelectorAll('article div.arithmatex')) {
                const math = box.querySelector('math');
                const content = math.firstElementChild.getBoundingClientRect().width;
                const shown = box.getBoundingClientRect();
                const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
                // All of the formula can be reached: it fits, or its box scrolls to show it.
                const reachable = box.scrollWidth >= content - 1 &&
                    (content <= box.clientWidth + 1 || scrolls);
                if (!reachable || shown.right > column.right + 1) {
                    bad.push([math.getAttribute('alttext').slice(0, 60), content,
                              box.clientWidth, box.scrollWidth]);
                }
            }
            return bad;
        }"""):
            clipped.setdefault(path, []).append(found)
    assert not clipped, clipped
    page.goto(base_url + "ml/network/neuron.html")
    screenshot(page, "math-neuron-1280", full_page=False)
    assert not log.page_errors, log.page_errors


# ----------------------------------------------------------------------------- navigation

def _nav_links(page) -> list[str]:
    """The pages of the current page's folder the sidebar links to, in the order shown."""
    hrefs = page.locator(".md-sidebar--primary a.md-nav__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    return [re.sub(r"\.html$", "", href) for href in hrefs
            if href.endswith(".html") and "/" not in href]


def test_the_nav_is_in_teaching_order_in_three_sections(open_page, tool):
    from practice.problems import load_problem, problem_folders

    module_pages = tool("pages/modules")
    practice = tool("pages/practice")
    for path, key in (("dsa/sorting/index.html", "dsa/sorting"),
                      ("ml/linear/index.html", "ml/linear")):
        page, _ = open_page(path)
        links = _nav_links(page)
        wanted = module_pages.ORDER[key]
        assert [link for link in links if link in wanted] == wanted, (path, links)
    # Practice: on a problem's page its pattern is open, every other pattern is one link to
    # its first problem; patterns in teaching order, easy problems first.
    page, _ = open_page("dsa/practice/two-sum.html")
    problems = practice.teaching_order([load_problem(f) for f in problem_folders(section="dsa")])
    groups = practice.by_pattern(problems)
    first = next(iter(groups))
    assert "two-sum" in [p.id for p in groups[first]]
    wanted = [p.id for p in groups[first]] + [members[0].id for members in
                                              list(groups.values())[1:]]
    ids = {p.id for p in problems}
    assert [link for link in _nav_links(page) if link in ids] == wanted
    sections = page.evaluate("""() => {
        const link = document.querySelector('.md-sidebar--primary a[href$="two-sum.html"]');
        const list = link.closest('li.md-nav__item--nested').parentElement;
        return [...list.querySelectorAll(':scope > li.md-nav__item--nested')]
            .map(li => li.querySelector('.md-ellipsis').textContent.trim());
    }""")
    assert sections == [practice.pattern_title(pattern) for pattern in groups]


# ----------------------------------------------------------------------------- search, title

def test_search_finds_a_problem_but_not_its_hints_or_solution(open_page):
    page, log = open_page("index.html")
    assert page.title() == "ML from Scratch"
    page.keyboard.press("/")
    page.keyboard.type("two sum")
    page.locator(".md-search-result__meta").filter(has_text="matching document").wait_for(
        timeout=10_000)
    page.wait_for_timeout(300)
    hrefs = page.locator(".md-search-result__item a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    parts = [urlsplit(href) for href in hrefs]
    assert any(part.path.endswith("dsa/practice/two-sum.html") for part in parts), hrefs
    assert not any(part.fragment in ("hints", "solution") for part in parts), hrefs
    shown = page.locator(".md-search-result").inner_text()
    assert "def two_sum" not in shown and "Hint 1" not in shown
    assert not log.problems(), log.problems()
