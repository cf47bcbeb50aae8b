"""``python -m ml.cnn``: train the small CNN on MNIST and print its test accuracy as JSON.

    MNIST_DIR=/work/shared/data/mnist python -m ml.cnn --epochs 3 --seed 0

``--limit N`` trains on the first N training images (a quick trial); the test set is always the
full 10,000 images.
"""

import argparse
import json
import sys

from ml.cnn.model import ConvNet
from ml.nn.blas import blas_threads


def build_parser() -> argparse.ArgumentParser:
    """The command's options.

    >>> build_parser().parse_args(["--epochs", "1"]).epochs
    1
    """
    d = ConvNet()
    p = argparse.ArgumentParser(prog="python -m ml.cnn", description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=d.epochs)
    p.add_argument("--batch-size", type=int, default=d.batch_size)
    p.add_argument("--lr", type=float, default=d.lr)
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--batchnorm", action="store_true", help="BatchNorm after each convolution")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="train on the first N training images only")
    p.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    p.add_argument("--threads", type=int, default=1, help="BLAS threads (default: 1)")
    return p


def main(argv: list[str] | None = None) -> int:
    from ml.datasets.mnist import load_mnist

    args = build_parser().parse_args(argv)
    data = load_mnist(args.data_dir)
    x, y = data.x_train, data.y_train
    if args.limit is not None:
        x, y = x[: args.limit], y[: args.limit]
    model = ConvNet(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                    batchnorm=args.batchnorm, seed=args.seed)
    with blas_threads(args.threads):
        model.fit(x, y, progress=sys.stderr.isatty())
        accuracy = model.score(data.x_test, data.y_test)
    print(json.dumps({"test_accuracy": accuracy, "train_seconds": round(model.train_seconds_, 1),
                      "epochs": args.epochs, "seed": args.seed, "train_images": len(x),
                      "params": model.n_params, "batchnorm": args.batchnorm,
                      "train_loss": [round(v, 4) for v in model.history_["train_loss"]]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
