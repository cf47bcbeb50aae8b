"""``python -m ml.text``: train a character model on tinyshakespeare, or write with one.

    python -m ml.text train --model transformer --out shakespeare.npz [--json]
    python -m ml.text sample shakespeare.npz --prompt "ROMEO:" --chars 500 --temperature 0.8

``train`` reads the corpus (``--data-dir``, else ``$TINYSHAKESPEARE_DIR``, else the download
cache), trains on the first 90 %, measures the validation loss on the last 10 % and saves the
model. The defaults suit two CPU cores; ``--steps`` and the size options trade time for loss.
``--json`` prints one JSON object at the end: validation loss (nats per character), seconds
(wall and CPU), parameters, and the options used.

Mistakes (a missing file, a bad option, an unwritable ``--out``) end with one line
``error: ...`` and exit status 2, checked before any training starts; the model file is written
atomically, so an old model is never replaced by half a new one (see :mod:`ml.cli`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ml.cli import DEFAULT_NOTE, add_threads_option, check_finite, check_output_file, run
from ml.datasets.tinyshakespeare import ENV_VAR, load_tinyshakespeare
from ml.text import io
from ml.text.sampling import generate
from ml.text.train import Curve, Settings, train_windows, validation_loss
from ml.text.vocab import Vocabulary

__all__ = ["DEFAULTS", "main"]

# Per model: its size options and its training settings, chosen for 2 CPU cores.
DEFAULTS: dict[str, dict] = {
    "bigram": {"size": {}, "train": {}},
    "mlp": {"size": {"d_embed": 24, "hidden": 512},
            "train": {"steps": 10000, "batch_size": 512, "lr": 2e-3, "block_size": 8}},
    "rnn": {"size": {"cell": "gru", "d_embed": 32, "hidden": 256},
            "train": {"steps": 1500, "batch_size": 32, "block_size": 64, "lr": 3e-3}},
    "transformer": {"size": {"d": 128, "n_head": 4, "n_layer": 3},
                    "train": {"steps": 4000, "batch_size": 16, "block_size": 128, "lr": 3e-3}},
}
SAMPLE_PROMPT = "ROMEO:"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return run(_train if args.command == "train" else _sample, args)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m ml.text", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command")
    t = sub.add_parser("train", help="train a model and save it")
    t.add_argument("--model", choices=sorted(DEFAULTS), default="transformer",
                   help="which model" + DEFAULT_NOTE)
    t.add_argument("--data-dir", help=f"folder with input.txt (default: ${ENV_VAR}, else the "
                   "download cache)")
    t.add_argument("--out", help="model file to write (default: shakespeare-MODEL.npz)")
    t.add_argument("--steps", type=int, help="gradient steps (default: per model)")
    t.add_argument("--batch-size", type=int, help="windows per step (default: per model)")
    t.add_argument("--block-size", type=int, help="characters per window, the context of the "
                   "transformer (default: per model)")
    t.add_argument("--lr", type=float, help="peak learning rate (default: per model)")
    t.add_argument("--size", metavar="NAME=VALUE", action="append", default=[],
                   help="a size option of the model, e.g. d=64 or n_layer=2 (repeatable)")
    t.add_argument("--limit", type=int, metavar="N", help="train on the first N characters "
                   "of the training text only (quick runs)")
    t.add_argument("--seed", type=int, default=0, help="seed for weights and batches"
                   + DEFAULT_NOTE)
    t.add_argument("--json", action="store_true", help="print the results as one JSON object")
    t.add_argument("--log", help="append one JSON line per evaluation to this file (follow a "
                   "long run with `tail -f`)")
    t.add_argument("--quiet", action="store_true", help="no progress bar")
    add_threads_option(t)
    s = sub.add_parser("sample", help="continue a prompt with a trained model")
    s.add_argument("model_file", metavar="MODEL", help="a file written by `train`")
    s.add_argument("--prompt", default=SAMPLE_PROMPT, help="text to continue" + DEFAULT_NOTE)
    s.add_argument("--chars", type=int, default=500, help="characters to write" + DEFAULT_NOTE)
    s.add_argument("--temperature", type=float, default=1.0, help="below 1: safer, above 1: "
                   "wilder" + DEFAULT_NOTE)
    s.add_argument("--top-k", type=int, default=None, help="draw only from the K likeliest "
                   "characters (default: all)")
    s.add_argument("--seed", type=int, default=0, help="same seed, same text" + DEFAULT_NOTE)
    add_threads_option(s)
    return p


def _options(args: argparse.Namespace) -> tuple[dict, Settings]:
    """The model's size options and training settings: its defaults, then the user's."""
    spec = DEFAULTS[args.model]
    size = dict(spec["size"])
    for item in args.size:
        name, eq, value = item.partition("=")
        if not eq or name not in size:
            raise ValueError(f"--size {item!r}: expected NAME=VALUE with NAME one of "
                             f"{sorted(size) or 'nothing (this model has no size options)'}")
        size[name] = value if isinstance(size[name], str) else int(_int(value, f"--size {name}"))
    train = dict(spec["train"])
    for name in ("steps", "batch_size", "block_size", "lr"):
        value = getattr(args, name)
        if value is not None:
            train[name] = value
    check_finite(lr=train.get("lr", 1.0))
    for name in ("steps", "batch_size", "block_size"):
        if name in train and train[name] < 1:
            raise ValueError(f"--{name.replace('_', '-')} must be at least 1, got {train[name]}")
    if train.get("lr", 1.0) <= 0:
        raise ValueError(f"--lr must be positive, got {train['lr']}")
    settings = Settings(seed=args.seed, **train)
    settings.eval_every = max(1, min(settings.eval_every, settings.steps))
    settings.warmup = max(1, min(settings.warmup, settings.steps // 10))
    return size, settings


def _int(value: str, what: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{what} must be an integer, got {value!r}") from None
    if number < 1:
        raise ValueError(f"{what} must be at least 1, got {number}")
    return number


def _make(kind: str, size: dict, vocab: Vocabulary, settings: Settings):
    if kind == "bigram":
        return io.build(kind, {"vocab_size": vocab.size})
    extra = {"block_size": settings.block_size} if kind == "transformer" else {}
    if kind == "mlp":
        size = {**size, "context": settings.block_size}
    return io.build(kind, {"vocab_size": vocab.size, **size, **extra, "seed": settings.seed})


def _train(args: argparse.Namespace) -> int:
    size, settings = _options(args)
    out = check_output_file(args.out or f"shakespeare-{args.model}.npz")
    log = check_output_file(args.log, "--log") if args.log else None
    data = load_tinyshakespeare(args.data_dir, progress=not args.quiet)
    vocab = Vocabulary.from_text(data.text)
    train_text = data.train[: args.limit] if args.limit else data.train
    if args.limit is not None and args.limit < settings.block_size + 2:
        raise ValueError(f"--limit must be at least {settings.block_size + 2} characters (one "
                         f"window of --block-size {settings.block_size} and its target)")
    train_ids, val_ids = vocab.encode(train_text), vocab.encode(data.validation)
    model = _make(args.model, size, vocab, settings)
    t0, c0 = time.perf_counter(), time.process_time()
    curve = _fit(model, train_ids, val_ids, vocab, settings, not args.quiet, log)
    val = validation_loss(model, val_ids)
    report = {"model": args.model, "val_loss": round(val, 4),
              "seconds": round(time.perf_counter() - t0, 1),
              "cpu_seconds": round(time.process_time() - c0, 1), "params": _n_params(model),
              "settings": model.settings() if args.model == "bigram" else {**vars(settings),
                                                                            **size},
              "curve": vars(curve)}
    io.save(model, vocab, out, report)
    summary = {k: report[k] for k in ("model", "val_loss", "seconds", "cpu_seconds", "params")}
    if args.json:
        print(json.dumps({**summary, "out": str(out), "settings": report["settings"]}))
    else:
        print(f"{args.model}: validation loss {val:.4f} nats/char, {report['seconds']:.0f} s "
              f"({report['cpu_seconds']:.0f} s CPU), {summary['params']:,} parameters; "
              f"saved {out}")
    return 0


def _n_params(model) -> int:
    return int(sum(p.size for p in model.params.values()))


def _fit(model, train_ids, val_ids, vocab: Vocabulary, settings: Settings,
         progress: bool, log: Path | None = None) -> Curve:
    if model.kind == "bigram":
        model.fit(train_ids)
        curve = Curve()
    else:
        def keep_sample(step: int, curve: Curve) -> None:
            prompt = vocab.encode(SAMPLE_PROMPT)
            curve.samples[step] = SAMPLE_PROMPT + vocab.decode(
                generate(model, prompt, 200, temperature=0.8, seed=0))
            if log is not None:
                with open(log, "a", encoding="utf-8") as f:
                    f.write(json.dumps({k: v[-1] for k, v in vars(curve).items()
                                        if isinstance(v, list)}) + "\n")
        curve = train_windows(model, train_ids, val_ids, settings, progress, keep_sample)
    return curve


def _sample(args: argparse.Namespace) -> int:
    if args.chars < 0:
        raise ValueError(f"--chars must be 0 or more, got {args.chars}")
    check_finite(temperature=args.temperature)
    model, vocab, _ = io.load(args.model_file)
    ids = vocab.encode(args.prompt)
    out = generate(model, ids, args.chars, args.temperature, args.top_k, args.seed)
    print(args.prompt + vocab.decode(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
