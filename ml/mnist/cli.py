"""``python -m ml.mnist``: train, evaluate, predict and draw figures from the command line.

Each subcommand explains its options with ``--help``. Errors a user can cause (a missing file, a
corrupt model, an unreadable image, a diverging run, an ``--out`` that cannot be written) print one
line and exit with status 2 (see ``ml.cli``, shared with ``python -m ml.cnn``). Options are checked
before training starts, and a model file is written only when training succeeded, so a failed run
never replaces a good model.
"""

import argparse
import json
import sys
import time

import numpy as np

from ml import cli
from ml.metrics.classification import accuracy, confusion_matrix, precision_recall_f1
from ml.nn.io import load_model, save_model
from ml.nn.mlp import MLP
from ml.nn.optim import OPTIMIZERS
from ml.nn.schedules import SCHEDULES

__all__ = ["main"]

DEFAULT_MODEL = "mnist-mlp.npz"
_D = cli.DEFAULT_NOTE


def _load_data(data_dir: str | None):
    from ml.datasets.mnist import load_mnist

    return load_mnist(data_dir)


def _features(images: np.ndarray) -> np.ndarray:
    from ml.mnist.data import to_features

    return to_features(images)


def _add_training_options(p: argparse.ArgumentParser) -> None:
    """The options that define a training run (shared by ``train`` and ``figures``)."""
    d = MLP()
    cli.add_run_options(p, d.epochs, d.batch_size, d.lr, d.random_state)
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default=d.optimizer,
                   help="update rule" + _D)
    p.add_argument("--schedule", choices=list(SCHEDULES), default=d.schedule,
                   help="learning rate over time; step: x0.1 after each third of the run" + _D)
    p.add_argument("--hidden", type=int, nargs="+", default=list(d.hidden), metavar="N",
                   help="widths of the hidden layers" + _D)
    p.add_argument("--augment", action=argparse.BooleanOptionalAction, default=False,
                   help="shift each training image by up to 2 pixels at random, every epoch"
                        + _D)
    p.add_argument("--l2", type=float, default=d.l2, help="weight decay on the weights" + _D)
    p.add_argument("--dropout", type=float, default=d.dropout,
                   help="dropout rate after each hidden layer" + _D)
    cli.add_data_options(p, "train on the first N training images only, for quick trials "
                        "(default: all 60000)")
    p.add_argument("--val", type=int, default=0, metavar="N",
                   help="hold out the last N training images as a validation set, scored "
                        "after every epoch, to compare settings without the test set "
                        "(default: 0, train on all)")
    cli.add_threads_option(p)


def _check_training_options(args: argparse.Namespace) -> MLP:
    """Every training option checked before any data is read; the unfitted model they define."""
    cli.check_finite(lr=args.lr, l2=args.l2, dropout=args.dropout)
    cli.check_limit(args.limit, 60000)
    if args.val < 0:
        raise ValueError(f"--val must be 0 (no validation set) or more, got {args.val}")
    return MLP(hidden=tuple(args.hidden), optimizer=args.optimizer, lr=args.lr,
               schedule=args.schedule, epochs=args.epochs, batch_size=args.batch_size,
               l2=args.l2, dropout=args.dropout, random_state=args.seed)


def _train_run(args: argparse.Namespace, progress: bool = True) -> tuple[MLP, dict, object]:
    """Train as the options say; return the model, a results dict and the data set."""
    from ml.mnist.augment import random_shifts

    model = _check_training_options(args)
    data = _load_data(args.data_dir)
    n = cli.check_limit(args.limit, len(data.x_train))
    x_train, y_train = data.x_train[:n], data.y_train[:n]
    eval_sets = {}
    if args.val:
        # the last images of the training set, never trained on: for choosing settings
        # without looking at the test set
        if not 0 < args.val < len(x_train):
            raise ValueError(f"--val must be between 1 and {len(x_train) - 1}, got {args.val}")
        eval_sets["val"] = (_features(x_train[-args.val :]), y_train[-args.val :])
        x_train, y_train = x_train[: -args.val], y_train[: -args.val]
    X, X_test = _features(x_train), _features(data.x_test)
    eval_sets["test"] = (X_test, data.y_test)
    model.fit(X, y_train, eval_sets=eval_sets,
              augment=random_shifts(2) if args.augment else None, progress=progress)
    test_accuracy = model.score(X_test, data.y_test)
    history = {k: [float(v) for v in vals] for k, vals in model.history_.items()}
    results = {
        "test_accuracy": test_accuracy,
        "train_seconds": round(model.train_seconds_, 3),
        "seconds_per_epoch": round(model.train_seconds_ / model.epochs, 3),
        "epochs": model.epochs,
        "params": model.n_params,
        "seed": model.random_state,
        "architecture": model.sizes,
        "settings": {**model.get_params(), "augment": bool(args.augment),
                     "train_images": len(X)},
        "history": history,
    }
    if args.val:
        results["val_accuracy"] = history["val_accuracy"][-1]
    return model, results, data


def _cmd_train(args: argparse.Namespace) -> int:
    cli.check_output_file(args.out)
    model, results, _ = _train_run(args)
    out = save_model(model, args.out, test_accuracy=results["test_accuracy"],
                     extra={"augment": bool(args.augment), "history": results["history"],
                            "train_images": results["settings"]["train_images"],
                            "train_seconds": results["train_seconds"]})
    results["model"] = str(out)
    if args.json:
        print(json.dumps(results))
    else:
        print(f"{'-'.join(map(str, model.sizes))} network, {model.n_params:,} parameters, "
              f"{model.epochs} epochs in {results['train_seconds']:.1f} s")
        if "val_accuracy" in results:
            print(f"validation accuracy: {results['val_accuracy']:.2%}")
        print(f"test accuracy: {results['test_accuracy']:.2%}")
        print(f"saved model to {out}")
    return 0


def _matrix_text(C: np.ndarray) -> str:
    width = max(4, len(str(C.max())) + 1)
    head = "true\\pred " + "".join(f"{j:>{width}}" for j in range(len(C)))
    rows = [f"{i:>9} " + "".join(f"{v:>{width}}" for v in row) for i, row in enumerate(C)]
    return "\n".join([head, *rows])


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from ml.metrics.classification import classification_report

    cli.check_limit(args.limit, 10000, "test images")
    if args.plot:
        cli.check_output_file(args.plot, "--plot")
    model = load_model(args.model)
    data = _load_data(args.data_dir)
    n = cli.check_limit(args.limit, len(data.x_test), "test images")
    x_test, y_test = data.x_test[:n], data.y_test[:n].astype(np.int64)
    y_pred = model.predict(_features(x_test))
    C = confusion_matrix(y_test, y_pred, n_classes=model.n_classes)
    if args.plot:
        from ml.mnist.figures import plot_confusion_matrix

        plot_confusion_matrix(C, args.plot)
    if args.json:
        m = precision_recall_f1(y_test, y_pred, n_classes=model.n_classes)
        print(json.dumps({
            "accuracy": accuracy(y_test, y_pred), "n": len(y_test),
            "per_class": {key: m[key].tolist() for key in m},
            "macro": {key: float(m[key].mean()) for key in ("precision", "recall", "f1")},
            "confusion_matrix": C.tolist(),
        }))
    else:
        print(f"model {args.model} on {len(y_test)} test images")
        print(classification_report(y_test, y_pred, n_classes=model.n_classes))
        print("\nconfusion matrix (rows: true digit, columns: predicted)")
        print(_matrix_text(C))
        if args.plot:
            print(f"\nsaved the confusion matrix plot to {args.plot}")
    return 0


def _cmd_predict(args: argparse.Namespace) -> int:
    from ml.mnist.preprocess import load_image, mnist_style

    model = load_model(args.model)
    if (args.image is None) == (args.index is None):
        raise ValueError("give either an IMAGE file or --index N, not both or neither")
    if args.image is not None:
        digit = mnist_style(load_image(args.image))
        truth = None
    else:
        data = _load_data(args.data_dir)
        if not 0 <= args.index < len(data.x_test):
            raise ValueError(f"--index must be in 0..{len(data.x_test) - 1}, got {args.index}")
        digit, truth = data.x_test[args.index], int(data.y_test[args.index])
    proba = model.predict_proba(_features(digit[None]))[0]
    guess = int(proba.argmax())
    if args.json:
        print(json.dumps({"digit": guess, "probabilities": proba.tolist(), "true": truth}))
    else:
        print(f"digit: {guess}" + ("" if truth is None else f"  (true label: {truth})"))
        for k, p in enumerate(proba):
            print(f"  {k}: {p:7.2%}  {'#' * round(40 * float(p))}")
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    from ml.mnist.figures import write_all

    start = time.perf_counter()
    cli.check_output_folder(args.out)
    if args.model:
        model = load_model(args.model)
        data = _load_data(args.data_dir)
        history = model.settings_.get("history")
        if not history:
            raise ValueError(f"{args.model} holds no training history; train it with "
                             "`python -m ml.mnist train` or let `figures` train")
        results = {"test_accuracy": model.test_accuracy_, "seed": model.random_state,
                   "epochs": model.epochs, "params": model.n_params,
                   "architecture": model.sizes,
                   "train_seconds": model.settings_.get("train_seconds"),
                   "settings": {k: v for k, v in model.settings_.items() if k != "history"},
                   "source": str(args.model)}
    else:
        model, results, data = _train_run(args)
        history = results.pop("history")
        results["source"] = "trained by `python -m ml.mnist figures`"
    written = write_all(model, history, data, args.out, results)
    print(f"wrote {len(written)} files to {args.out} in {time.perf_counter() - start:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its four subcommands.

    >>> args = build_parser().parse_args(["train", "--augment"])
    >>> args.epochs, args.lr, args.hidden, args.augment
    (30, 0.002, [128, 64], True)
    """
    parser = argparse.ArgumentParser(
        prog="python -m ml.mnist",
        description="The 784-128-64-10 network on MNIST, written with numpy alone.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("train", help="train a network and save it",
                       description="Train on the 60,000 training images, report accuracy on the "
                                   "10,000 test images, save the model.")
    _add_training_options(p)
    p.add_argument("--out", default=DEFAULT_MODEL, metavar="PATH",
                   help="where to save the model (.npz)" + _D)
    p.add_argument("--json", action="store_true",
                   help="print one JSON object (test_accuracy, train_seconds, epochs, params, "
                        "seed, history, ...) instead of text")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("evaluate", help="per-class metrics and confusion matrix of a model",
                       description="Score a saved model on the MNIST test set.")
    p.add_argument("model", metavar="MODEL", help="model file written by `train`")
    cli.add_data_options(p, "use the first N test images only (default: all 10000)")
    p.add_argument("--plot", default=None, metavar="PATH",
                   help="also write the confusion matrix as a PNG (default: no plot)")
    cli.add_threads_option(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("predict", help="read the digit in an image or a test example",
                       description="Print the predicted digit and the ten probabilities. Images "
                                   "of any size, grayscale or colour, are prepared as MNIST's "
                                   "were (inverted if light, cropped, fitted into 20x20, "
                                   "centred by centre of mass in 28x28).")
    p.add_argument("model", metavar="MODEL", help="model file written by `train`")
    p.add_argument("image", metavar="IMAGE", nargs="?", default=None,
                   help="PNG file with one digit (omit when using --index)")
    p.add_argument("--index", type=int, default=None, metavar="N",
                   help="use test image number N instead of a file (default: none)")
    p.add_argument("--data-dir", default=None, help="folder with the MNIST IDX files, for "
                   "--index (default: $MNIST_DIR, else the download cache)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=_cmd_predict)

    p = sub.add_parser("figures", help="draw every figure of the MNIST pages from a real run",
                       description="Train (or load --model) and write learning curves, weight "
                                   "tiles, confusion matrix, misclassified digits, diagrams "
                                   "and results.json.")
    _add_training_options(p)
    # The current folder, like every demo: the site's own folder is named by tools.site's
    # figure registry, so running this from the repository root never overwrites a page's figures.
    p.add_argument("--out", default="mnist-figures", metavar="DIR",
                   help="folder for the PNGs and results.json" + _D)
    p.add_argument("--model", default=None, metavar="PATH",
                   help="use this model file (trained by `train`) instead of training "
                        "(default: train with the options above)")
    p.set_defaults(func=_cmd_figures)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input).

    >>> main(["evaluate", "no-such-model.npz"])  # prints "error: no model file ..." to stderr
    2
    """
    return cli.run(lambda args: args.func(args), build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
