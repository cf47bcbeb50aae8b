"""The biology essays' interactive demos: each JS model against its Python module, in Chromium.

The models run in a blank page with only their scripts (docs/assets/biology/*.js), and must give
the Python module's numbers on the same parameters: deterministic models to 1e-9 or better; the
random ones (boids, percolation, Gray-Scott's noisy start) draw from the same seeded mulberry32
in both languages, so they are compared number for number too. Then every demo page of the
built site is opened on a 390-pixel phone: the demo must mount, draw, raise no error, make no
request off the machine, and fit the screen.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from biology import epidemics, game_of_life, lif_neuron, percolation, swarms, turing_patterns

pytestmark = pytest.mark.slow
ASSETS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "biology"
PHONE = {"width": 390, "height": 844}
DEMO_PAGES = {"lif": "biology/lif_neuron.html", "life": "biology/game_of_life.html",
              "sir": "biology/epidemics.html", "percolation": "biology/percolation.html",
              "boids": "biology/swarms.html", "gray-scott": "biology/turing_patterns.html"}


@pytest.fixture(scope="module")
def models(browser_context):
    """A blank page with the shared scripts and every model loaded."""
    page = browser_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_content("<!doctype html><html><head></head><body></body></html>")
    for name in ("prng", "demos", "lif", "life", "sir", "percolation", "boids", "gray_scott"):
        page.add_script_tag(path=str(ASSETS / f"{name}.js"))
    yield page
    assert errors == []
    page.close()


def test_the_prng_is_the_same_in_both_languages(models):
    js = models.evaluate("() => { const r = BioPRNG.mulberry32(42); return [r(), r(), r()]; }")
    rng = swarms.Mulberry32(42)
    assert js == [rng.random() for _ in range(3)]


@pytest.mark.parametrize("current", [0.5, 1.6, 2.0, 3.7, 9.0])
@pytest.mark.parametrize("t_ref", [0.0, 2.0])
def test_lif_rate_and_spike_times_match_the_module(models, current, t_ref):
    neuron = lif_neuron.LIF(tau=12.0, r=10.0, v_th=15.0, t_ref=t_ref)
    js = models.evaluate(
        """([i, tRef]) => { const n = {tau: 12, r: 10, vTh: 15, tRef};
           const s = BioModels.lif.simulate(i, 100, 0.1, n);
           return [BioModels.lif.firingRate(i, n), s.spikes, Array.from(s.voltage)]; }""",
        [current, t_ref])
    voltage, spikes = lif_neuron.simulate(current, 100.0, 0.1, neuron)
    assert js[0] == pytest.approx(float(lif_neuron.firing_rate(current, neuron)), rel=1e-12)
    assert js[1] == pytest.approx(spikes.tolist(), abs=1e-9)
    assert js[2] == pytest.approx(voltage.tolist(), abs=1e-9)


@pytest.mark.parametrize("pattern", ["glider", "r-pentomino", "lwss", "blinker"])
def test_life_matches_step_dense(models, pattern):
    js = models.evaluate(
        """(name) => { const L = BioModels.life;
           let g = L.board(40, 40, L.PATTERNS[name], [18, 18]); const pops = [];
           for (let k = 0; k < 60; k++) { g = L.step(g); pops.push(L.population(g)); }
           return [g, pops]; }""", pattern)
    cells = models.evaluate("(name) => BioModels.life.PATTERNS[name]", pattern)
    grid = game_of_life.to_grid({(r, c) for r, c in cells}, (40, 40), origin=(18, 18))
    populations = []
    for _ in range(60):
        grid = game_of_life.step_dense(grid)
        populations.append(int(grid.sum()))
    assert np.array_equal(np.array(js[0], dtype=bool), grid)
    assert js[1] == populations


def test_life_patterns_are_the_modules(models):
    js = models.evaluate("() => BioModels.life.PATTERNS")
    assert {tuple(c) for c in js["glider"]} == set(game_of_life.GLIDER)
    assert {tuple(c) for c in js["r-pentomino"]} == set(game_of_life.R_PENTOMINO)
    assert {tuple(c) for c in js["blinker"]} == set(game_of_life.BLINKER)


def test_life_soup_is_drawn_from_the_shared_prng(models):
    js = models.evaluate("() => BioModels.life.soup(10, 10, 0.3, 7)")
    rng = swarms.Mulberry32(7)
    assert js == [[int(rng.random() < 0.3) for _ in range(10)] for _ in range(10)]


@pytest.mark.parametrize(("r0", "period"), [(0.8, 5.0), (2.5, 5.0), (4.0, 10.0)])
def test_sir_matches_the_module(models, r0, period):
    gamma = 1 / period
    js = models.evaluate(
        """([beta, gamma, r0]) => [BioModels.sir.simulate(beta, gamma, 1e-4, 200, 0.5),
           BioModels.sir.finalSize(r0), BioModels.sir.herdImmunity(r0)]""",
        [r0 * gamma, gamma, r0])
    _, states = epidemics.simulate_sir(r0 * gamma, gamma, 1e-4, 200.0, 0.5)
    assert np.abs(np.array(js[0]) - states).max() < 1e-12
    assert js[1] == pytest.approx(epidemics.final_size(r0), abs=1e-12)
    assert js[2] == pytest.approx(epidemics.herd_immunity_threshold(r0), abs=1e-15)


def _python_grid(size: int, p: float, seed: int) -> np.ndarray:
    rng = swarms.Mulberry32(seed)
    return np.array([[rng.random() < p for _ in range(size)] for _ in range(size)])


@pytest.mark.parametrize("p", [0.55, 0.5927, 0.65])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_percolation_matches_union_find(models, p, seed):
    js = models.evaluate(
        """([p, seed]) => { const P = BioModels.percolation; const g = P.grid(48, p, seed);
           return [g, P.spanning(g), P.percolates(g)]; }""", [p, seed])
    grid = _python_grid(48, p, seed)
    assert np.array_equal(np.array(js[0], dtype=bool), grid)
    assert np.array_equal(np.array(js[1], dtype=bool), percolation.spanning_cluster(grid))
    assert js[2] == percolation.percolates(grid)


def test_percolation_threshold_is_the_modules(models):
    assert models.evaluate("() => BioModels.percolation.P_C") == pytest.approx(
        percolation.P_C, abs=1e-6)


def test_boids_match_the_module(models):
    # 30 synchronous steps of 80 boids: the same positions to 1e-9 (the sums run in a different
    # order in numpy, so the last bits may differ and grow a little with every step).
    js = models.evaluate(
        """() => { const B = BioModels.boids; let s = B.start(80, 5, B.RULES); const order = [];
           for (let k = 0; k < 30; k++) {
             s = B.step(s.pos, s.vel, B.RULES); order.push(B.polarisation(s.vel)); }
           return [s.pos, s.vel, order]; }""")
    pos, vel = swarms.start_boids(80, 5)
    order = []
    for _ in range(30):
        pos, vel = swarms.boids_step(pos, vel)
        order.append(swarms.polarisation(vel))
    assert np.abs(np.array(js[0]) - pos).max() < 1e-9
    assert np.abs(np.array(js[1]) - vel).max() < 1e-9
    assert js[2] == pytest.approx(order, abs=1e-9)


def test_boid_rules_are_the_modules(models):
    js = models.evaluate("() => BioModels.boids.RULES")
    rules = swarms.BoidRules()
    assert js == {"size": rules.size, "radius": rules.radius, "tooClose": rules.too_close,
                  "separation": rules.separation, "alignment": rules.alignment,
                  "cohesion": rules.cohesion, "minSpeed": rules.min_speed,
                  "maxSpeed": rules.max_speed}


@pytest.mark.parametrize(("feed", "kill"), [(0.030, 0.062), (0.050, 0.065)])
def test_gray_scott_matches_the_module(models, feed, kill):
    js = models.evaluate(
        """([f, k]) => { const G = BioModels.grayScott; let s = G.start(32, 3, 8);
           for (let n = 0; n < 200; n++) s = G.step(s, f, k);
           return [Array.from(s.u), Array.from(s.v), G.DU, G.DV]; }""", [feed, kill])
    u, v = turing_patterns.start(32, seed=3, square=8)
    for _ in range(200):
        u, v = turing_patterns.gray_scott_step(u, v, feed, kill)
    assert js[2] == turing_patterns.D_U and js[3] == turing_patterns.D_V
    assert np.abs(np.array(js[0]).reshape(32, 32) - u).max() < 1e-12
    assert np.abs(np.array(js[1]).reshape(32, 32) - v).max() < 1e-12


@pytest.mark.parametrize("demo", sorted(DEMO_PAGES))
def test_each_demo_page_works_offline_on_a_phone(open_page, demo):
    page, log = open_page(DEMO_PAGES[demo])
    page.set_viewport_size(PHONE)
    page.wait_for_selector(f'.bio-demo[data-demo="{demo}"][data-mounted="1"] canvas')
    box = page.locator(f'.bio-demo[data-demo="{demo}"]').bounding_box()
    assert box["width"] <= PHONE["width"]
    for canvas in page.locator(f'.bio-demo[data-demo="{demo}"] canvas').all():
        assert canvas.bounding_box()["width"] <= PHONE["width"]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    slider = page.locator(f'.bio-demo[data-demo="{demo}"] input[type=range]').first
    slider.focus()
    page.keyboard.press("ArrowRight")  # a slider moves and the demo redraws without error
    page.wait_for_timeout(200)
    assert log.problems() == []
