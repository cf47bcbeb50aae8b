"""The page's figures: the ring all-reduce drawn from its own schedule, and the scaling plot.

``draw_ring`` replays :func:`ml.distributed.ring.ring_schedule` on bookkeeping instead of numbers:
each worker's chunk remembers which workers' values it already contains. ``draw_scaling`` plots
the measured speed-up next to the alpha–beta model's predictions.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from ml.distributed.ring import ring_schedule
from ml.distributed.scaling import NETWORKS, Compute, speedup

__all__ = ["draw_ring", "draw_scaling", "ring_states"]

WIDTH = 5.6   # inches at 120 dpi: ~670 px, the site's content column (688 CSS px at 1280)


def ring_states(n_workers: int) -> list[tuple[np.ndarray, set[tuple[int, int]]]]:
    """After each step of the ring: how many workers' values each ``(worker, chunk)`` holds, and
    which ``(worker, chunk)`` pairs received a message in that step (none at the start).

    >>> counts, arrived = ring_states(3)[-1]
    >>> counts.tolist()  # after the all-gather every worker has every chunk complete
    [[3, 3, 3], [3, 3, 3], [3, 3, 3]]
    """
    held = [[{w} for _ in range(n_workers)] for w in range(n_workers)]
    states = [(_counts(held), set())]
    messages = list(ring_schedule(n_workers))
    for start in range(0, len(messages), n_workers):  # the N messages of one step, at once
        step = messages[start : start + n_workers]
        arriving = [(m.receiver, m.chunk, set(held[m.sender][m.chunk]), m.phase) for m in step]
        for receiver, chunk, values, phase in arriving:
            held[receiver][chunk] = held[receiver][chunk] | values if phase == "reduce-scatter" \
                else values
        states.append((_counts(held), {(m.receiver, m.chunk) for m in step}))
    return states


def _counts(held: list[list[set[int]]]) -> np.ndarray:
    return np.array([[len(c) for c in row] for row in held])


def draw_ring(path: str | Path, n_workers: int = 4) -> Path:
    """Workers as rows, steps as columns; each chunk shaded by how many workers' values it sums,
    the chunks that arrived in that step outlined."""
    states = ring_states(n_workers)
    # Rows of four steps, 5.6 in at 120 dpi: the page's column (688 px), so shown at full size.
    columns = 4
    rows = -(-len(states) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(WIDTH, 1.9 * rows + 0.7), sharey=True)
    for ax in axes.ravel()[len(states):]:
        ax.set_axis_off()
    for k, (ax, (counts, arrived)) in enumerate(zip(axes.ravel(), states, strict=False)):
        ax.imshow(counts, cmap="Blues", vmin=0, vmax=n_workers + 1)
        for (w, c), value in np.ndenumerate(counts):
            ax.text(c, w, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > n_workers / 2 else "black")
            if (w, c) in arrived:
                ax.add_patch(plt.Rectangle((c - 0.45, w - 0.45), 0.9, 0.9, fill=False,
                                           edgecolor="tab:red", linewidth=1.6))
        phase = "start" if k == 0 else ("reduce-scatter" if k < n_workers else "all-gather")
        ax.set_title(f"{phase}\nstep {k}" if k else phase, fontsize=8)
        ax.set_xticks(range(n_workers), [f"c{c}" for c in range(n_workers)], fontsize=7)
        ax.set_yticks(range(n_workers), [f"worker {w}" for w in range(n_workers)], fontsize=7)
    fig.suptitle(f"Ring all-reduce, {n_workers} workers: the number is how many workers'\n"
                 "values a chunk holds; red: arrived from the left neighbour in that step",
                 fontsize=9)
    return _save(fig, path)


def draw_scaling(path: str | Path, measured: dict[int, float], batch: int, compute: Compute,
                 n_bytes: float, batches: tuple[int, ...] = (128, 2048)) -> Path:
    """Speed-up against workers (1–64) for each network of ``NETWORKS``, one panel per global
    batch size, with the measured speed-ups (``{processes: speed-up}``) on this machine."""
    n = np.arange(1, 65)
    # Stacked, 5.6 in at 120 dpi: the page's column, so the page shows it at full size.
    fig, axes = plt.subplots(len(batches), 1, figsize=(WIDTH, 3.3 * len(batches)))
    for ax, b in zip(np.atleast_1d(axes), batches, strict=True):
        ax.plot(n, n, color="0.75", linestyle=":", label="perfect (N)")
        for network in NETWORKS:
            ax.plot(n, speedup(n, b, compute, network, n_bytes), label=network.name)
        if b == batch:
            ax.plot(list(measured), list(measured.values()), "ko",
                    label="measured (this machine)")
        ax.set(xscale="log", yscale="log", xlabel="workers N", title=f"global batch {b}",
               xticks=[1, 2, 4, 8, 16, 32, 64], xticklabels=[1, 2, 4, 8, 16, 32, 64],
               yticks=[0.25, 0.5, 1, 2, 4, 8, 16, 32, 64],
               yticklabels=[0.25, 0.5, 1, 2, 4, 8, 16, 32, 64])
        ax.grid(alpha=0.3)
        ax.set_ylabel("speed-up T(1) / T(N)")
    np.atleast_1d(axes)[0].legend(fontsize=7, loc="upper left")
    fig.suptitle(f"Synchronous data-parallel SGD: alpha–beta model,\ngradient of "
                 f"{n_bytes / 1e3:.0f} kB per step", fontsize=10)
    return _save(fig, path)


def _save(fig, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
