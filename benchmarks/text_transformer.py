"""Training speed of the character transformer: numpy against PyTorch on the CPU.

    python benchmarks/text_transformer.py [--steps 20] [--threads 1] [--json]

Both sides train the same model (``python -m ml.text train``'s default transformer, read from
``ml.text.cli.DEFAULTS`` so the two cannot drift apart) from the same float32 weights, with
Adam and global-norm clipping, on the same random batches; the script reports seconds per
step (wall and CPU) and the ratio numpy / PyTorch (the issue's target is at most 1.5). Before
timing, it checks that both compute the same loss from the same weights in float64 (to 1e-10),
so the comparison is of two implementations of one model.

PyTorch is optional: without it, the numpy side is timed and the ratio is reported as missing.
One BLAS thread by default on both sides (``--threads``), as the training command uses.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from ml.nn.blas import blas_threads
from ml.nn.optim import Adam
from ml.text.cli import DEFAULTS
from ml.text.model import clip_global_norm
from ml.text.transformer import Transformer

_DEFAULT = DEFAULTS["transformer"]
SETTINGS = {"vocab_size": 65, "block_size": _DEFAULT["train"]["block_size"], **_DEFAULT["size"]}
BATCH = _DEFAULT["train"]["batch_size"]


def numpy_steps(batches, steps: int) -> tuple[float, float]:
    model = Transformer(**SETTINGS, seed=0)
    names = list(model.params)
    opt = Adam(lr=1e-3, beta2=0.99)
    t, c = 0.0, 0.0
    for i, (x, y) in enumerate(batches[: steps + 2]):
        t0, c0 = time.perf_counter(), time.process_time()
        model.loss(x, y, training=True)
        model.backward()
        grads = [model.grads[k] for k in names]
        clip_global_norm(grads, 1.0)
        opt.step([model.params[k] for k in names], grads)
        if i >= 2:  # the first steps allocate; time the steady state
            t += time.perf_counter() - t0
            c += time.process_time() - c0
    return t / steps, c / steps


def torch_model(torch, model: Transformer, dtype):
    """The same network in PyTorch, with ``model``'s weights copied in."""
    nn = torch.nn
    F = torch.nn.functional
    params = {k: nn.Parameter(torch.tensor(np.asarray(v), dtype=dtype))
              for k, v in model.params.items()}
    d, h = model.d, model.n_head

    def forward(x):
        B, T = x.shape
        z = params["tok.E"][x] + params["pos.P"][:T]
        mask = torch.triu(torch.ones(T, T, dtype=torch.bool), 1)
        for i in range(model.n_layer):
            p = {k.split(".", 2)[2]: v for k, v in params.items() if k.startswith(f"blocks.{i}.")}
            a = F.layer_norm(z, (d,), p["ln1.gamma"], p["ln1.beta"], 1e-5)
            q, k, v = (a @ p["attn.qkv.W"] + p["attn.qkv.b"]).split(d, dim=-1)
            q, k, v = (t.view(B, T, h, d // h).transpose(1, 2) for t in (q, k, v))
            s = (q @ k.transpose(-1, -2)) / (d // h) ** 0.5
            y = torch.softmax(s.masked_fill(mask, float("-inf")), -1) @ v
            y = y.transpose(1, 2).reshape(B, T, d)
            z = z + y @ p["attn.proj.W"] + p["attn.proj.b"]
            a = F.layer_norm(z, (d,), p["ln2.gamma"], p["ln2.beta"], 1e-5)
            a = F.gelu(a @ p["fc.W"] + p["fc.b"], approximate="tanh")
            z = z + a @ p["proj.W"] + p["proj.b"]
        z = F.layer_norm(z, (d,), params["ln_f.gamma"], params["ln_f.beta"], 1e-5)
        return z @ params["head.W"] + params["head.b"]
    return params, forward


def torch_steps(torch, batches, steps: int) -> tuple[float, float]:
    params, forward = torch_model(torch, Transformer(**SETTINGS, seed=0), torch.float32)
    opt = torch.optim.Adam(params.values(), lr=1e-3, betas=(0.9, 0.99))
    t, c = 0.0, 0.0
    for i, (x, y) in enumerate(batches[: steps + 2]):
        x, y = torch.from_numpy(x), torch.from_numpy(y)
        t0, c0 = time.perf_counter(), time.process_time()
        opt.zero_grad()
        logits = forward(x)
        torch.nn.functional.cross_entropy(logits.reshape(-1, 65), y.reshape(-1)).backward()
        torch.nn.utils.clip_grad_norm_(params.values(), 1.0)
        opt.step()
        if i >= 2:
            t += time.perf_counter() - t0
            c += time.process_time() - c0
    return t / steps, c / steps


def check_same_loss(torch, x, y) -> float:
    """|numpy loss - PyTorch loss| for the same float64 weights and batch."""
    model = Transformer(**SETTINGS, seed=0, dtype=np.float64)
    _, forward = torch_model(torch, model, torch.float64)
    ours = model.loss(x, y)
    theirs = torch.nn.functional.cross_entropy(forward(torch.from_numpy(x)).reshape(-1, 65),
                                               torch.from_numpy(y).reshape(-1)).item()
    return abs(ours - theirs)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    rng = np.random.default_rng(0)
    shape = (BATCH, SETTINGS["block_size"])
    batches = [(rng.integers(0, 65, shape), rng.integers(0, 65, shape))
               for _ in range(args.steps + 2)]
    result: dict = {"steps": args.steps, "threads": args.threads, **SETTINGS, "batch": BATCH}
    with blas_threads(args.threads):
        result["numpy_wall_s"], result["numpy_cpu_s"] = numpy_steps(batches, args.steps)
    try:
        import torch
    except ImportError:
        result["torch"] = None
        result["ratio_cpu"] = None
    else:
        torch.set_num_threads(args.threads)
        difference = check_same_loss(torch, *batches[0])
        if difference > 1e-10:
            raise SystemExit(f"numpy and PyTorch disagree on the loss by {difference:g}: "
                             "not the same model, nothing to compare")
        result["torch"] = torch.__version__
        result["torch_wall_s"], result["torch_cpu_s"] = torch_steps(torch, batches, args.steps)
        result["ratio_cpu"] = result["numpy_cpu_s"] / result["torch_cpu_s"]
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:14s} {value:.4f}" if isinstance(value, float) else f"{key:14s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
