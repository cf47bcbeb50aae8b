"""``python -m ml.cnn``: train the small CNN on MNIST and report its test accuracy.

    python -m ml.cnn --epochs 3 --seed 0
    python -m ml.cnn --limit 2000 --epochs 1 --json

The options shared with ``python -m ml.mnist train`` (``--epochs``, ``--batch-size``, ``--lr``,
``--seed``, ``--limit``, ``--data-dir``, ``--threads``, ``--json``) mean the same here; they come
from ``ml.cli``, and so does the error handling: a bad option, missing data or a diverging run
prints one line and exits with status 2. ``--limit N`` trains on the first N training images (a
quick trial); the test set is always the full 10,000 images. MNIST is found as ``ml.mnist`` finds
it: ``--data-dir``, else ``$MNIST_DIR``, else the download cache.
"""

import argparse
import json
import sys

from ml import cli
from ml.cnn.model import ConvNet


def build_parser() -> argparse.ArgumentParser:
    """The command's options.

    >>> args = build_parser().parse_args(["--epochs", "1"])
    >>> args.epochs, args.threads, args.limit
    (1, 1, None)
    """
    d = ConvNet()
    p = argparse.ArgumentParser(prog="python -m ml.cnn", description=__doc__.splitlines()[0])
    cli.add_run_options(p, d.epochs, d.batch_size, d.lr, d.random_state)
    p.add_argument("--batchnorm", action=argparse.BooleanOptionalAction, default=False,
                   help="BatchNorm after each convolution" + cli.DEFAULT_NOTE)
    cli.add_data_options(p, "train on the first N training images only, for quick trials "
                            "(default: all 60000)")
    cli.add_threads_option(p)
    p.add_argument("--json", action="store_true",
                   help="print one JSON object (test_accuracy, train_seconds, epochs, params, "
                        "seed, train_loss, ...) instead of text")
    return p


def _train(args: argparse.Namespace) -> int:
    from ml.datasets.mnist import load_mnist

    cli.check_finite(lr=args.lr)
    cli.check_limit(args.limit, 60000)
    model = ConvNet(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                    batchnorm=args.batchnorm, random_state=args.seed)  # checks the rest
    data = load_mnist(args.data_dir)
    n = cli.check_limit(args.limit, len(data.x_train))
    model.fit(data.x_train[:n], data.y_train[:n], progress=sys.stderr.isatty())
    accuracy = model.score(data.x_test, data.y_test)
    report = {"test_accuracy": accuracy, "train_seconds": round(model.train_seconds_, 1),
              "epochs": args.epochs, "seed": args.seed, "train_images": n,
              "params": model.n_params, "batchnorm": args.batchnorm,
              "train_loss": [round(v, 4) for v in model.history_["train_loss"]]}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"CNN, {model.n_params:,} parameters, {args.epochs} epochs on {n} images in "
              f"{report['train_seconds']:.1f} s")
        print(f"test accuracy: {accuracy:.2%}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit status (0 ok, 2 bad input).

    >>> main(["--epochs", "0"])  # prints "error: need ... epochs >= 1 ..." to stderr
    2
    """
    return cli.run(_train, build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
