"""The centrepiece's figures, drawn from a real trained model and its real training history.

Every plot is made on a ``matplotlib.figure.Figure`` (the Agg renderer, no window, no global
pyplot state) and written as a PNG. ``write_all`` produces the full set for the site, plus
``results.json`` with the run's accuracy, seed, settings and timing. The diagrams that explain
the network's structure live in ``ml.mnist.diagrams``.
"""

import json
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

__all__ = [
    "plot_confusion_matrix",
    "plot_learning_curves",
    "plot_misclassified",
    "plot_weight_tiles",
    "save_figure",
    "write_all",
]

# Figures are drawn about 5.6 in wide: at 120 dpi that is ~670 px, the width of the site's
# content column (688 CSS px at 1280), so a page shows them at full size and 8 pt text stays
# 13 px tall. Wider drawings were scaled down to half size and their labels to ~5 px.
DPI = 120
WIDTH = 5.6


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` to ``path`` (making the folder) for the site; the diagrams use it too."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, bbox_inches="tight")
    return path


def plot_learning_curves(history: dict, path: str | Path) -> Path:
    """Train and test loss (top) and accuracy (below) per epoch.

    >>> import tempfile, pathlib
    >>> h = {"epoch": [1, 2], "train_loss": [0.3, 0.1], "train_accuracy": [0.9, 0.97],
    ...      "test_loss": [0.2, 0.1], "test_accuracy": [0.95, 0.97]}
    >>> plot_learning_curves(h, pathlib.Path(tempfile.mkdtemp()) / "lc.png").name
    'lc.png'
    """
    fig = Figure(figsize=(WIDTH, 6.4))
    ax_loss, ax_acc = fig.subplots(2, 1)
    epochs = history["epoch"]
    ax_loss.plot(epochs, history["train_loss"], "o-", ms=3, label="train (running, per batch)")
    ax_acc.plot(epochs, np.array(history["train_accuracy"]) * 100, "o-", ms=3, label="train")
    if "test_loss" in history:
        ax_loss.plot(epochs, history["test_loss"], "s-", ms=3, label="test (after the epoch)")
        ax_acc.plot(epochs, np.array(history["test_accuracy"]) * 100, "s-", ms=3, label="test")
        best = float(np.max(history["test_accuracy"])) * 100
        ax_acc.set_ylim(max(90.0, best - 6), 100.2)
    ax_loss.set_yscale("log")
    ax_loss.set(xlabel="epoch", ylabel="cross-entropy loss (log scale)", title="Loss")
    ax_acc.set(xlabel="epoch", ylabel="accuracy (%)", title="Accuracy")
    for ax in (ax_loss, ax_acc):
        ax.grid(alpha=0.3)
        ax.legend()
    return save_figure(fig, path)


def plot_weight_tiles(W: np.ndarray, path: str | Path, columns: int = 16) -> Path:
    """Each first-layer neuron's 784 weights as a 28x28 tile: the pattern it responds to.

    Red is a positive weight (ink there excites the neuron), blue a negative one; each tile has
    its own symmetric colour scale so faint neurons stay visible.

    >>> import tempfile, pathlib
    >>> W = np.random.default_rng(0).standard_normal((784, 5))
    >>> plot_weight_tiles(W, pathlib.Path(tempfile.mkdtemp()) / "w.png").suffix
    '.png'
    """
    n = W.shape[1]
    rows = -(-n // columns)
    gap = 2
    # one mosaic image instead of n small axes: the same picture, drawn many times faster
    mosaic = np.full((rows * (28 + gap) - gap, columns * (28 + gap) - gap), np.nan)
    for k in range(n):
        tile = W[:, k].reshape(28, 28).astype(np.float64)
        limit = float(np.abs(tile).max()) or 1.0
        r, c = divmod(k, columns)
        mosaic[r * (28 + gap) : r * (28 + gap) + 28, c * (28 + gap) : c * (28 + gap) + 28] = (
            tile / limit)
    fig = Figure(figsize=(WIDTH, WIDTH / columns * rows + 0.6))
    ax = fig.subplots()
    ax.imshow(mosaic, cmap="RdBu_r", vmin=-1, vmax=1, interpolation="nearest")
    ax.set_axis_off()
    ax.set_title(f"The {n} first-layer neurons: weights as 28x28 images\n"
                 "(red positive, blue negative)", fontsize=10)
    return save_figure(fig, path)


def plot_confusion_matrix(C: np.ndarray, path: str | Path) -> Path:
    """Counts of (true, predicted) pairs; the diagonal (correct) is drawn apart from mistakes.

    >>> import tempfile, pathlib
    >>> plot_confusion_matrix(np.eye(3, dtype=int), pathlib.Path(tempfile.mkdtemp()) / "c.png").name
    'c.png'
    """
    C = np.asarray(C)
    k = len(C)
    fig = Figure(figsize=(WIDTH, 4.9))
    ax = fig.subplots()
    errors = C.astype(float).copy()
    np.fill_diagonal(errors, np.nan)  # colour only the mistakes: the diagonal would swamp them
    image = ax.imshow(errors, cmap="Reds")
    fig.colorbar(image, ax=ax, label="misclassified examples")
    for i in range(k):
        for j in range(k):
            colour = "black" if i != j else "#1a7f37"
            weight = "bold" if i == j else "normal"
            ax.text(j, i, str(C[i, j]), ha="center", va="center", fontsize=8, color=colour,
                    fontweight=weight)
    ax.set_xticks(range(k))
    ax.set_yticks(range(k))
    ax.set(xlabel="predicted digit", ylabel="true digit",
           title=f"Confusion matrix: {np.trace(C)} of {C.sum()} correct")
    return save_figure(fig, path)


def plot_misclassified(images: np.ndarray, y_true: np.ndarray, y_pred: np.ndarray,
                       path: str | Path, n: int = 32, columns: int = 8) -> Path:
    """A grid of the first ``n`` misclassified test digits with predicted and true labels.

    >>> import tempfile, pathlib
    >>> images = np.zeros((3, 28, 28), dtype=np.uint8)
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "m.png"
    >>> plot_misclassified(images, np.array([1, 2, 3]), np.array([1, 0, 0]), out).exists()
    True
    """
    wrong = np.flatnonzero(y_true != y_pred)[:n]
    rows = max(1, -(-len(wrong) // columns))
    fig = Figure(figsize=(WIDTH, rows * WIDTH / columns * 1.5 + 0.3))
    axes = fig.subplots(rows, columns, squeeze=False)
    for ax in axes.ravel():
        ax.set_axis_off()
    for ax, i in zip(axes.ravel(), wrong, strict=False):
        ax.imshow(images[i], cmap="gray_r")
        ax.set_title(f"said {y_pred[i]}\nis {y_true[i]}", fontsize=8, linespacing=1.1)
    fig.suptitle(f"Misclassified test digits (first {len(wrong)} of {np.sum(y_true != y_pred)})",
                 fontsize=10)
    return save_figure(fig, path)


def write_all(model, history: dict, data, out: str | Path, results: dict) -> list[Path]:
    """Write every centrepiece figure and ``results.json`` into ``out``; return the paths.

    ``data`` needs ``x_test`` (n, 28, 28) uint8 and ``y_test`` (n,).

    >>> import tempfile, types
    >>> from ml.nn.mlp import MLP
    >>> rng = np.random.default_rng(0)
    >>> data = types.SimpleNamespace(x_test=rng.integers(0, 256, (20, 28, 28), dtype=np.uint8),
    ...                              y_test=rng.integers(0, 10, 20))
    >>> model = MLP(hidden=(8, 4)).build(784)
    >>> history = {"epoch": [1], "train_loss": [2.3], "train_accuracy": [0.1]}
    >>> [p.name for p in write_all(model, history, data, tempfile.mkdtemp(),
    ...                            {"seed": 0, "epochs": 1, "params": 10})][-2:]
    ['results.json', 'results.md']
    """
    from ml.metrics.classification import confusion_matrix
    from ml.mnist import diagrams
    from ml.mnist.data import to_features

    out = Path(out)
    X_test = to_features(data.x_test)
    y_test = data.y_test.astype(np.int64)
    y_pred = model.predict(X_test)
    W0 = model.network_.get_weights()[0][0]
    written = [
        plot_learning_curves(history, out / "learning-curves.png"),
        plot_weight_tiles(W0, out / "first-layer-weights.png"),
        plot_confusion_matrix(confusion_matrix(y_test, y_pred, model.n_classes),
                              out / "confusion-matrix.png"),
        plot_misclassified(data.x_test, y_test, y_pred, out / "misclassified.png"),
        diagrams.draw_architecture(model.sizes, out / "architecture.png"),
        diagrams.draw_neuron(model, data.x_test[0], out / "neuron-weighted-sum.png"),
        diagrams.draw_forward_backward(model.sizes, out / "forward-backward.png"),
    ]
    summary = {**results, "params": model.n_params,
               "test_accuracy": float(np.mean(y_pred == y_test)),
               "history": history, "figures": [p.name for p in written]}
    results_path = out / "results.json"
    results_path.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    table_path = out / "results.md"
    table_path.write_text(results_markdown(summary) + "\n")
    return [*written, results_path, table_path]


def results_markdown(summary: dict) -> str:
    """The run's figures as a Markdown table for the site (from the ``results.json`` summary).

    >>> print(results_markdown({"test_accuracy": 0.98, "epochs": 2, "seed": 0, "params": 10,
    ...        "settings": {"optimizer": "adam", "lr": 0.002, "schedule": "cosine",
    ...                     "batch_size": 128, "augment": False}}).splitlines()[2])
    | test accuracy (10,000 images) | 98.00 % |
    """
    settings = summary.get("settings", {})
    rows = [
        ("test accuracy (10,000 images)", f"{100 * summary['test_accuracy']:.2f} %"),
        ("parameters", f"{summary['params']:,}"),
        ("epochs", summary.get("epochs")),
        ("optimizer", f"{settings.get('optimizer')}, learning rate {settings.get('lr')}, "
                      f"{settings.get('schedule')} schedule"),
        ("batch size", settings.get("batch_size")),
        ("augmentation", "small random shifts" if settings.get("augment") else "none"),
        ("seed", summary.get("seed")),
    ]
    if "train_seconds" in summary:
        rows.append(("training time", f"{summary['train_seconds']:.0f} s"))
    lines = ["| the run behind these figures | |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)
