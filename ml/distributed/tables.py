"""The page's table: measured seconds per epoch and speed-up, and the model's predictions."""

from __future__ import annotations

import numpy as np

from ml.distributed.scaling import NETWORKS, Compute, speedup

__all__ = ["scaling_markdown"]

PREDICT_AT = (8, 16, 32, 64)


def scaling_markdown(measured: dict, batch: int, batches: tuple[int, ...] = (128, 2048)) -> str:
    """Two Markdown tables from the figures command's measurements.

    >>> run = {"seconds_per_epoch": [2.0], "compute_seconds_per_step": 0.001,
    ...        "update_seconds_per_step": 0.0, "allreduce_seconds_per_step": 0.0,
    ...        "gradient_bytes": 4000}
    >>> m = {"runs": {"1": run, "2": {**run, "seconds_per_epoch": [1.25]}},
    ...      "compute": {"fixed": 0.0, "per_example": 1e-5},
    ...      "local": {"name": "measured", "alpha": 1e-6, "beta": 1e-9}}
    >>> print(scaling_markdown(m, 128, (128,)).splitlines()[3])
    | 2 | 1.25 | 1.60 | 1.00 | 0.000 |
    """
    runs = {int(n): r for n, r in measured["runs"].items()}
    one = float(np.median(runs[1]["seconds_per_epoch"]))
    lines = ["| processes | seconds / epoch | speed-up | compute ms / step (median) | "
             "all-reduce ms / step (mean) |", "|---|---|---|---|---|"]
    for n, r in sorted(runs.items()):
        epoch = float(np.median(r["seconds_per_epoch"]))
        lines.append(f"| {n} | {epoch:.2f} | {one / epoch:.2f} | "
                     f"{1e3 * r['compute_seconds_per_step']:.2f} | "
                     f"{1e3 * r['allreduce_seconds_per_step']:.3f} |")
    compute = Compute(**measured["compute"])
    n_bytes = runs[1]["gradient_bytes"]
    lines += ["", "| network | global batch | " + " | ".join(f"N = {n}" for n in PREDICT_AT)
              + " |", "|---|---|" + "---|" * len(PREDICT_AT)]
    for network in NETWORKS:
        for b in batches:
            s = speedup(np.array(PREDICT_AT), b, compute, network, n_bytes)
            lines.append(f"| {network.name} | {b} | " + " | ".join(f"{v:.1f}" for v in s) + " |")
    return "\n".join(lines) + "\n"
