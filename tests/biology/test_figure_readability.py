"""What made the essays' figures hard to read, checked on the figures themselves (issue 18): axes
without labels, colour bars that do not say what their colours mean, lines too pale for a white
page, numbers that vanish on dark cells, and half-ticks on axes that count whole things.

Each demo's ``draw`` is run with ``save_figure`` replaced, so the test sees the matplotlib figure
the demo would have saved.
"""

import numpy as np
import pytest
from matplotlib.colors import to_rgb

from biology import (
    epidemics,
    evolution,
    l_systems,
    oja_rule,
    pruning,
    sequence_alignment,
    td_learning,
)


def drawn(module, monkeypatch, tmp_path, **kwargs):
    """The figure ``module.draw`` builds, caught before it is saved."""
    caught = []
    monkeypatch.setattr(module, "save_figure", lambda fig, out: caught.append(fig) or out)
    module.draw(tmp_path / "f.png", **kwargs)
    return caught[0]


def luminance(colour) -> float:
    """WCAG relative luminance of a colour."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
              for c in to_rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("module", "kwargs"), [(evolution, {}), (oja_rule, {"n_samples": 300})])
def test_every_panel_has_both_axis_labels(module, kwargs, monkeypatch, tmp_path):
    fig = drawn(module, monkeypatch, tmp_path, **kwargs)
    for ax in fig.axes:
        assert ax.get_xlabel() and ax.get_ylabel(), ax.get_title()


def test_oja_figure_compares_with_pca(monkeypatch, tmp_path):
    fig = drawn(oja_rule, monkeypatch, tmp_path, n_samples=300)
    assert any("ml.decomposition.PCA" in ax.get_title() for ax in fig.axes)


@pytest.mark.parametrize(("module", "kwargs", "words"), [
    (td_learning, {"n_trials": 40}, "TD error"),
    (pruning, {"n_train": 200}, "hidden units"),  # needs MNIST, as the essay's run does
])
def test_colour_bars_say_what_their_colours_are(module, kwargs, words, monkeypatch, tmp_path):
    fig = drawn(module, monkeypatch, tmp_path, **kwargs)
    bars = [ax for ax in fig.axes if ax.get_label() == "<colorbar>"]
    assert bars and all(words in bar.get_ylabel() for bar in bars)


def test_every_snowflake_level_stands_out_from_the_page(monkeypatch, tmp_path):
    fig = drawn(l_systems, monkeypatch, tmp_path, plant_level=2, koch_level=4)
    levels = [c for c in fig.axes[0].collections if c.get_label().startswith("level")]
    assert len(levels) == 5
    # 3:1 is WCAG's minimum contrast for graphics; level 4 was viridis' pale yellow, 1.2:1.
    assert min(contrast(c.get_color()[0], "white") for c in levels) >= 3


def test_every_number_in_the_alignment_tables_is_legible(monkeypatch, tmp_path):
    fig = drawn(sequence_alignment, monkeypatch, tmp_path)
    for ax in fig.axes:
        image = ax.images[0]
        table = image.get_array()
        for text in ax.texts:
            j, i = (round(v) for v in text.get_position())
            cell = image.cmap(image.norm(table[i, j]))
            # The local table's 28 was black on navy: about 1.5:1.
            assert contrast(text.get_color(), cell) >= 4.5, text.get_text()


def test_a_small_outbreaks_bars_have_whole_number_ticks(monkeypatch, tmp_path):
    fig = drawn(epidemics, monkeypatch, tmp_path, people=20, mean_degree=2.0)
    ax = fig.axes[2]
    fig.canvas.draw()  # tick positions are chosen when the figure is laid out
    for ticks in (ax.get_xticks(), ax.get_yticks()):
        assert np.allclose(ticks, np.round(ticks)), ticks
