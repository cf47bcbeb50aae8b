"""Figures and tables for the language-model pages, from real runs on tinyshakespeare.

``python -m ml.text.figures --runs runs/text --out docs/figures/ml/text`` reads the four model
files ``bigram.npz``, ``mlp.npz``, ``rnn.npz`` and ``transformer.npz`` in ``--runs``, training
with ``python -m ml.text train``'s defaults any that is missing (the transformer takes about
thirteen minutes of CPU time on one core), and writes:

- ``learning-curves.png``: validation loss against steps and against CPU seconds, the bigram as a
  line to beat;
- ``results.md``: the table of validation losses, parameters and times, with the commands;
- ``samples-<model>.md``: text written at several points of training, prompt "ROMEO:";
- ``rnn-gradients.png``: how far back a gradient reaches in a vanilla RNN (three sizes of
  ``Wh``) and in a GRU;
- ``attention.png``: what each head of the trained transformer's last block looks at;
- ``bigram.png``: the bigram's table of probabilities for the commonest characters.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ml.mnist.figures import save_figure
from ml.text import io
from ml.text.rnn import GRU, VanillaRNN

__all__ = ["KINDS", "main", "results_markdown", "samples_markdown"]

KINDS = ("bigram", "mlp", "rnn", "transformer")
WIDTH = 6.4
COLOURS = {"bigram": "#888888", "mlp": "#1f77b4", "rnn": "#2ca02c", "transformer": "#d62728"}


def ensure_runs(runs: Path, train: bool = True) -> dict[str, Path]:
    """The model file of each kind in ``runs``, training the missing ones with the defaults
    (or, with ``train=False``, leaving them out)."""
    from ml.text.cli import main as cli

    runs.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind in KINDS:
        path = runs / f"{kind}.npz"
        if not path.exists():
            if not train:
                continue
            if cli(["train", "--model", kind, "--out", str(path)]) != 0:
                raise SystemExit(f"training the {kind} model failed")
        paths[kind] = path
    return paths


def results_markdown(reports: dict[str, dict]) -> str:
    """The results table: one row per model, in the order of the path.

    >>> print(results_markdown({"bigram": {"val_loss": 2.48, "params": 4225, "seconds": 0.1,
    ...                                    "cpu_seconds": 0.0, "settings": {}}}).splitlines()[2])
    | counting (bigram) | 2.480 | 4,225 | 0 | 0 | `python -m ml.text train --model bigram` |
    """
    names = {"bigram": "counting (bigram)", "mlp": "MLP, 8 characters", "rnn": "GRU",
             "transformer": "transformer"}
    lines = ["| model | validation loss (nats/char) | parameters | seconds (wall) | seconds "
             "(CPU) | command |", "|---|---:|---:|---:|---:|---|"]
    for kind, r in reports.items():
        lines.append(f"| {names[kind]} | {r['val_loss']:.3f} | {r['params']:,} | "
                     f"{r['seconds']:.0f} | {r['cpu_seconds']:.0f} | "
                     f"`python -m ml.text train --model {kind}` |")
    return "\n".join(lines) + "\n"


def samples_markdown(report: dict, every: int = 2) -> str:
    """Text written at several points of training (every ``every``-th evaluation and the last).

    >>> print(samples_markdown({"curve": {"steps": [10], "val_loss": [3.0],
    ...                                   "samples": {"10": "ROMEO: hi"}}}))
    **After 10 steps** (loss 3.00 on a sample of the validation text):
    <BLANKLINE>
    ```text
    ROMEO: hi
    ```
    <BLANKLINE>
    """
    curve = report["curve"]
    picks = sorted(set(range(0, len(curve["steps"]), every)) | {len(curve["steps"]) - 1})
    parts = []
    for i in picks:
        step = curve["steps"][i]
        text = curve["samples"][str(step)]
        parts.append(f"**After {step} steps** (loss {curve['val_loss'][i]:.2f} on a sample of "
                     "the validation text):\n\n"
                     f"```text\n{text}\n```\n")
    return "\n".join(parts)


def learning_curves(reports: dict[str, dict], path: Path) -> Path:
    fig = Figure(figsize=(WIDTH, 6.4))
    top, bottom = fig.subplots(2, 1)
    for kind, r in reports.items():
        if kind == "bigram":
            for ax in (top, bottom):
                ax.axhline(r["val_loss"], color=COLOURS[kind], ls="--", label="bigram")
            continue
        c = r["curve"]
        top.plot(c["steps"], c["val_loss"], color=COLOURS[kind], label=kind)
        bottom.plot(np.array(c["cpu_seconds"]) / 60, c["val_loss"], color=COLOURS[kind],
                    label=kind)
    top.set(xlabel="training step", ylabel="validation loss (nats/char)",
            title="Loss on 64 validation windows while training")
    bottom.set(xlabel="CPU minutes (one core)", ylabel="validation loss (nats/char)")
    for ax in (top, bottom):
        ax.set_ylim(1.3, 3.0)
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    return save_figure(fig, path)


def rnn_gradients(path: Path, T: int = 60, hidden: int = 64) -> Path:
    """Mean norm of dL/dh_t when only the last step has a loss, against steps back in time."""
    rng = np.random.default_rng(0)
    x = rng.standard_normal((16, T, 8))
    grad = np.zeros((16, T, hidden))
    grad[:, -1] = rng.standard_normal((16, hidden))
    fig = Figure(figsize=(WIDTH, 3.6))
    ax = fig.subplots()
    for radius in (0.5, 1.0, 2.0):
        rnn = VanillaRNN(8, hidden, np.random.default_rng(1), np.float64)
        Wh = np.random.default_rng(2).standard_normal((hidden, hidden))
        rnn.params["Wh"][...] = Wh * radius / np.max(np.abs(np.linalg.eigvals(Wh)))
        rnn.params["Wx"] *= 0.3
        rnn.forward(x)
        rnn.backward(grad)
        ax.semilogy(np.arange(T)[::-1], rnn.dh_norms, label=f"vanilla RNN, spectral radius "
                    f"of Wh = {radius:g}")
    for bias, style in ((0.0, "k:"), (3.0, "k--")):
        gru = GRU(8, hidden, np.random.default_rng(1), np.float64)
        gru.params["bx"][hidden: 2 * hidden] += bias       # the update gate z, opened by bias
        gru.forward(x)
        gru.backward(grad)
        z = 1 / (1 + np.exp(-bias))
        ax.semilogy(np.arange(T)[::-1], gru.dh_norms, style,
                    label=f"GRU, update-gate bias +{bias:g} (z about {z:.2f})")
    ax.set(xlabel="steps back from the loss", ylabel="mean |dL/dh_t|",
           title="How far back a gradient reaches")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return save_figure(fig, path)


def attention_map(model, vocab, path: Path, prompt: str = "ROMEO:\nBut soft, what light") -> Path:
    prompt = prompt[: model.block_size]
    ids = vocab.encode(prompt)
    model.logits(ids[None, :])
    last = model.layers()[f"blocks.{model.n_layer - 1}"].parts["attn"]
    p = last._cache[3][0]                                     # (h, T, T)
    fig = Figure(figsize=(WIDTH, WIDTH * 0.55 * ((model.n_head + 1) // 2)))
    axes = fig.subplots((model.n_head + 1) // 2, 2).ravel()
    labels = [repr(c)[1:-1] for c in prompt]
    for h, ax in enumerate(axes[: model.n_head]):
        ax.imshow(p[h], cmap="Greys", vmin=0, vmax=1)
        ax.set_title(f"head {h + 1}", fontsize=9)
        ax.set_xticks(range(len(prompt)), labels, fontsize=5)
        ax.set_yticks(range(len(prompt)), labels, fontsize=5)
    for ax in axes[model.n_head:]:
        ax.axis("off")
    fig.suptitle("Last block: row t = where position t looks (dark = much)", fontsize=9)
    fig.tight_layout()
    return save_figure(fig, path)


def bigram_table(model, vocab, path: Path, top: int = 20) -> Path:
    counts = model.params["counts"]
    keep = np.argsort(counts.sum(axis=1))[::-1][:top]
    P = model.probabilities()[np.ix_(keep, keep)]
    fig = Figure(figsize=(WIDTH, WIDTH * 0.9))
    ax = fig.subplots()
    ax.imshow(P, cmap="Blues")
    labels = [repr(vocab.chars[i])[1:-1] for i in keep]
    ax.set_xticks(range(top), labels)
    ax.set_yticks(range(top), labels)
    ax.set(xlabel="next character", ylabel="character", title=f"P(next | character), the "
           f"{top} commonest characters")
    fig.tight_layout()
    return save_figure(fig, path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ml.text.figures",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=Path, default=Path("runs/text"),
                        help="folder of the model files (missing ones are trained)")
    parser.add_argument("--out", type=Path, default=Path("."), help="folder for the figures")
    parser.add_argument("--no-train", action="store_true", help="draw only the models whose "
                        "files exist; the others' tables say so")
    args = parser.parse_args(argv)
    paths = ensure_runs(args.runs, train=not args.no_train)
    loaded = {kind: io.load(path) for kind, path in paths.items()}
    reports = {kind: r for kind, (_, _, r) in loaded.items()}
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    learning_curves(reports, out / "learning-curves.png")
    (out / "results.md").write_text(results_markdown(reports), encoding="utf-8")
    for kind in KINDS[1:]:
        text = samples_markdown(reports[kind]) if kind in reports else (
            f"*The {kind} run has not finished yet: `python -m ml.text.figures` draws this "
            "once its model file exists.*\n")
        (out / f"samples-{kind}.md").write_text(text, encoding="utf-8")
    rnn_gradients(out / "rnn-gradients.png")
    if "transformer" in loaded:
        model, vocab, _ = loaded["transformer"]
        attention_map(model, vocab, out / "attention.png")
    bigram_table(loaded["bigram"][0], loaded["bigram"][1], out / "bigram.png")
    (out / "results.json").write_text(json.dumps(
        {k: {key: r[key] for key in ("val_loss", "val_loss_nonoverlapping", "params", "seconds",
                                     "cpu_seconds", "settings") if key in r}
         for k, r in reports.items()}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the figures to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
