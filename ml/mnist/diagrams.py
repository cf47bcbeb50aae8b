"""Diagrams of the network drawn by code: its layers, one neuron's sum, the two passes.

- ``draw_architecture``: the layers as columns of neurons, with widths and parameter counts;
- ``draw_neuron``: one first-layer neuron of a trained model reading one digit: its weights, the
  pixel-by-pixel products, and the weighted sum plus bias that decides whether it fires;
- ``draw_forward_backward``: the forward pass (activations) and the backward pass (gradients)
  layer by layer, with the shape of every array for a batch of ``n`` images.
"""

import itertools
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from ml.mnist.figures import WIDTH, save_figure

__all__ = ["draw_architecture", "draw_forward_backward", "draw_neuron"]

def _layer_names(sizes: list[int]) -> list[str]:
    names = [f"input\n{sizes[0]} pixels"]
    names += [f"hidden {i}\n{s} ReLU" for i, s in enumerate(sizes[1:-1], start=1)]
    return [*names, f"output\n{sizes[-1]} softmax"]


def draw_architecture(sizes: list[int], path: str | Path, shown: int = 8) -> Path:
    """Columns of neurons (at most ``shown`` drawn per layer) joined by their weights.

    >>> import tempfile, pathlib
    >>> draw_architecture([784, 128, 64, 10], pathlib.Path(tempfile.mkdtemp()) / "a.png").name
    'a.png'
    """
    fig = Figure(figsize=(min(WIDTH, 1.45 * len(sizes)), 4.4))
    ax = fig.subplots()
    ax.set_axis_off()
    positions = []
    for col, size in enumerate(sizes):
        k = min(size, shown)
        ys = np.linspace(0.85, 0.15, k) if k > 1 else np.array([0.5])
        positions.append((col, ys, size > k))
    for (c0, ys0, _), (c1, ys1, _) in itertools.pairwise(positions):
        for y0 in ys0:
            for y1 in ys1:
                ax.plot([c0, c1], [y0, y1], color="#9aa5b1", lw=0.4, alpha=0.6, zorder=1)
    total = 0
    for (col, ys, cut), name in zip(positions, _layer_names(sizes), strict=True):
        colour = "#f4d35e" if col == 0 else "#ee964b" if col == len(sizes) - 1 else "#5fa8d3"
        for y in ys:
            # A marker, not a Circle patch: markers stay round whatever the axes' aspect.
            ax.plot(col, y, "o", ms=11, mfc=colour, mec="black", zorder=2)
        if cut:
            ax.text(col, 0.5 * (ys[3] + ys[4]), "⋮", ha="center", va="center", fontsize=16,
                    zorder=3, bbox={"facecolor": "white", "edgecolor": "none"})
        ax.text(col, 0.02, name, ha="center", va="top", fontsize=10)
    for i, (n_in, n_out) in enumerate(itertools.pairwise(sizes)):
        count = n_in * n_out + n_out
        total += count
        ax.text(i + 0.5, 0.95, f"W {n_in}×{n_out}\n+ b {n_out}\n= {count:,}", ha="center",
                va="bottom", fontsize=9, color="#334")
    ax.set_xlim(-0.4, len(sizes) - 0.6)
    ax.set_ylim(-0.15, 1.12)
    ax.set_title(f"{'-'.join(map(str, sizes))}: {total:,} weights and biases")
    return save_figure(fig, path)


def draw_neuron(model, image: np.ndarray, path: str | Path) -> Path:
    """How one first-layer neuron of ``model`` responds to the 28x28 uint8 ``image``.

    The neuron shown is the one this image excites most, so its sum is worth reading.

    >>> import tempfile, pathlib
    >>> from ml.nn.mlp import MLP
    >>> model = MLP(hidden=(6, 4)).build(784)
    >>> image = np.zeros((28, 28), dtype=np.uint8); image[10:18, 12:16] = 255
    >>> draw_neuron(model, image, pathlib.Path(tempfile.mkdtemp()) / "n.png").suffix
    '.png'
    """
    W, b = model.network_.get_weights()[0]
    a = image.reshape(-1).astype(np.float64) / 255
    sums = a @ W.astype(np.float64) + b
    j = int(np.argmax(sums))
    w = W[:, j].astype(np.float64)
    products = w * a
    z = float(products.sum() + b[j])
    # The three pictures in a row, the sum below them: the width of the page's column.
    fig = Figure(figsize=(WIDTH, 4.4))
    grid = fig.add_gridspec(2, 3, height_ratios=[1, 0.8])
    axes = [fig.add_subplot(grid[0, k]) for k in range(3)] + [fig.add_subplot(grid[1, :])]
    limit = float(np.abs(w).max())
    plimit = float(np.abs(products).max()) or 1.0
    panels = [(image, "gray_r", 0, 255, "input a: pixels in [0, 1]"),
              (w.reshape(28, 28), "RdBu_r", -limit, limit, f"weights w of neuron {j}"),
              (products.reshape(28, 28), "RdBu_r", -plimit, plimit, "products w_i · a_i")]
    for ax, (img, cmap, lo, hi, title) in zip(axes[:3], panels, strict=False):
        ax.imshow(img, cmap=cmap, vmin=lo, vmax=hi)
        ax.set_title(title, fontsize=8.5)
        ax.set_axis_off()
    ax = axes[3]
    ax.set_axis_off()
    positive, negative = products[products > 0].sum(), products[products < 0].sum()
    lines = [
        "weighted sum:",
        r"$z = \sum_i w_i a_i + b$",
        f"  = {positive:+.3f}  (red: evidence for)",
        f"    {negative:+.3f}  (blue: evidence against)",
        f"    {b[j]:+.3f}  (bias)",
        f"  = {z:+.3f}",
        "",
        rf"output: relu(z) = max(0, z) = {max(z, 0.0):.3f}",
    ]
    ax.text(0.02, 0.95, "\n".join(lines), va="top", fontsize=10, family="monospace")
    fig.suptitle("One neuron: weights say what pattern it looks for,\n"
                 "the bias how much evidence it needs", fontsize=10.5)
    return save_figure(fig, path)


def _box(ax, x, y, text, colour, w=1.9, h=0.62, fontsize=8.5):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.03",
                                facecolor=colour, edgecolor="black", lw=0.8))
    ax.text(x, y, text, ha="center", va="center", fontsize=fontsize)


def _arrow(ax, start, end, colour):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12,
                                 color=colour, lw=1.2, zorder=3))


def _steps(sizes: list[int]) -> list[tuple[str, str, str | None]]:
    """(forward label, forward shape, backward text) for each stage of the network."""
    n_dense = len(sizes) - 1
    steps = [("x", f"(n, {sizes[0]})", None)]
    for i in range(n_dense):
        k = i + 1
        a_prev = "x" if i == 0 else f"a{i}"
        steps.append((f"Dense {k}\nz{k} = {a_prev} W{k} + b{k}", f"(n, {sizes[k]})",
                      f"dW{k} = {a_prev}ᵀ g  ({sizes[i]}, {sizes[k]})\n"
                      f"db{k} = Σ g  ({sizes[k]},)"
                      + ("" if i == 0 else f"\nd{a_prev} = g W{k}ᵀ  (n, {sizes[i]})")))
        if k < n_dense:
            steps.append((f"ReLU\na{k} = max(0, z{k})", f"(n, {sizes[k]})",
                          f"dz{k} = da{k} ⊙ [z{k} > 0]  (n, {sizes[k]})"))
    steps.append(("softmax + cross-entropy\nL = mean(-log p_y)", "scalar",
                  f"g = dL/dz{n_dense} = (p - onehot(y)) / n\n(n, {sizes[-1]})"))
    return steps


def draw_forward_backward(sizes: list[int], path: str | Path) -> Path:
    """The forward pass (left, top to bottom) and the backward pass (right, bottom to top).

    Drawn as rows, one per stage, so it fits the page's column at full size however deep the
    network is: a row of seven boxes side by side was shown at half size, its labels ~5 px.

    >>> import tempfile, pathlib
    >>> draw_forward_backward([784, 128, 64, 10], pathlib.Path(tempfile.mkdtemp()) / "f.png").name
    'f.png'
    """
    steps = _steps(sizes)
    fig = Figure(figsize=(WIDTH, 0.95 * len(steps) + 0.9))
    ax = fig.subplots()
    ax.set_axis_off()
    x_fwd, x_bwd, row = 0.0, 2.75, 1.0
    for k, (label, shape, back) in enumerate(steps):
        y = -k * row
        colour = "#dbe9f6" if label.startswith(("Dense", "x")) else "#fde2c8"
        _box(ax, x_fwd, y, label, colour)
        ax.text(x_fwd + 1.02, y, shape, ha="left", va="center", fontsize=8.5, color="#1f4e79")
        if k:
            _arrow(ax, (x_fwd, y + row - 0.33), (x_fwd, y + 0.33), "#1f4e79")
        if back:
            ax.text(x_bwd, y, back, ha="center", va="center", fontsize=8, color="#8b1a1a",
                    bbox={"boxstyle": "round,pad=0.3", "facecolor": "#fbeaea",
                          "edgecolor": "#8b1a1a", "lw": 0.6})
            if k < len(steps) - 1:
                _arrow(ax, (x_bwd, y - row + 0.34), (x_bwd, y - 0.34), "#8b1a1a")
    ax.text(x_fwd - 0.95, 0.7, "forward: activations,\nshapes for a batch of n images",
            fontsize=9, color="#1f4e79", ha="left", va="bottom")
    ax.text(x_bwd - 1.0, 0.7, "backward: gradients flow upwards\n(g = the gradient from below)",
            fontsize=9, color="#8b1a1a", ha="left", va="bottom")
    ax.set_xlim(-1.0, x_bwd + 1.45)
    ax.set_ylim(-row * (len(steps) - 1) - 0.5, 1.25)
    return save_figure(fig, path)
