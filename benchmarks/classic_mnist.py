"""The classic classifiers side by side on one seeded MNIST subset: accuracy and fit time.

Every model is trained on the same images (pixels / 255, no PCA, one BLAS thread) and scored on
the same held-out test images; the table lists test accuracy and the wall-clock and CPU seconds
to fit and to predict. CPU seconds are the work itself, so they compare fairly even on a
shared machine. Gradient boosting here is binary, so its row is the 4-against-9 task on the
4s and 9s of the same subset (its task column says so).

Speed is a figure to print, never a test. Usage::

    python benchmarks/classic_mnist.py [--train 5000] [--test 2000] [--seed 2024]
                                       [--only knn,tree] [--json | --markdown]
"""

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.bayes import GaussianNB
from ml.datasets.mnist import load_mnist
from ml.discriminant import LinearDiscriminantAnalysis
from ml.ensemble import GradientBoostingClassifier, RandomForestClassifier
from ml.linear import LogisticRegression, Perceptron
from ml.neighbors import KNeighborsClassifier
from ml.nn.blas import blas_threads
from ml.svm import LinearSVC
from ml.trees import DecisionTreeClassifier

# name -> (task, make the model); the hyper-parameters are the ones the accuracy tests use
MODELS: dict[str, tuple[str, Callable[[], object]]] = {
    "logistic regression": ("10 digits", lambda: LogisticRegression(
        learning_rate=0.2, batch_size=100, max_iter=20)),
    "perceptron": ("10 digits", lambda: Perceptron(max_iter=10)),
    "k-NN (k=3)": ("10 digits", lambda: KNeighborsClassifier(n_neighbors=3)),
    "Gaussian naive Bayes": ("10 digits", lambda: GaussianNB()),
    "Gaussian NB (smoothing 0.1)": ("10 digits", lambda: GaussianNB(var_smoothing=0.1)),
    "LDA (shrinkage 0.1)": ("10 digits", lambda: LinearDiscriminantAnalysis(shrinkage=0.1)),
    "linear SVM (Pegasos, OvR)": ("10 digits", lambda: LinearSVC(lam=0.01, max_iter=10)),
    "decision tree (depth 10)": ("10 digits", lambda: DecisionTreeClassifier(max_depth=10)),
    "random forest (20 trees)": ("10 digits", lambda: RandomForestClassifier(n_estimators=20)),
    "gradient boosting (30 rounds)": ("4 vs 9", lambda: GradientBoostingClassifier(
        n_estimators=30, learning_rate=0.3, max_features=100)),
}


def subset(n_train: int, n_test: int, seed: int):
    """The seeded subset the tests use (with the defaults): features in [0, 1], int labels."""
    data = load_mnist(progress=False)
    rng = np.random.default_rng(seed)
    train = rng.choice(len(data.y_train), n_train, replace=False)
    test = rng.choice(len(data.y_test), n_test, replace=False)
    return (data.x_train[train].reshape(-1, 784) / 255.0, data.y_train[train].astype(int),
            data.x_test[test].reshape(-1, 784) / 255.0, data.y_test[test].astype(int))


def run(name: str, X, y, X_test, y_test) -> dict:
    task, make = MODELS[name]
    if task == "4 vs 9":
        keep, keep_test = np.isin(y, (4, 9)), np.isin(y_test, (4, 9))
        X, y, X_test, y_test = X[keep], y[keep], X_test[keep_test], y_test[keep_test]
    model = make()
    wall, cpu = time.perf_counter(), time.process_time()
    model.fit(X, y)
    fit_wall, fit_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    accuracy = model.score(X_test, y_test)
    return {"model": name, "task": task, "train": len(y), "test": len(y_test),
            "accuracy": round(accuracy, 4), "fit_s": round(fit_wall, 2),
            "fit_cpu_s": round(fit_cpu, 2), "predict_s": round(time.perf_counter() - wall, 2),
            "predict_cpu_s": round(time.process_time() - cpu, 2)}


COLUMNS = ["model", "task", "train", "test", "accuracy", "fit_s", "fit_cpu_s", "predict_s",
           "predict_cpu_s"]


def markdown(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(str(row[c]) for c in COLUMNS) + " |" for row in rows]
    return "\n".join(lines)


def text(rows: list[dict]) -> str:
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in COLUMNS]
    fmt = "  ".join(f"{{:<{w}}}" if i < 2 else f"{{:>{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*COLUMNS)] + [fmt.format(*(r[c] for c in COLUMNS))
                                               for r in rows])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=5000, help="training images (default 5000)")
    parser.add_argument("--test", type=int, default=2000, help="test images (default 2000)")
    parser.add_argument("--seed", type=int, default=2024, help="subset seed (default 2024)")
    parser.add_argument("--only", help="comma-separated substrings of model names to run")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON rows")
    out.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    names = list(MODELS)
    if args.only:
        wanted = [w.strip().lower() for w in args.only.split(",")]
        names = [n for n in names if any(w in n.lower() for w in wanted)]
        if not names:
            parser.error(f"--only {args.only!r} matches none of: {', '.join(MODELS)}")
    X, y, X_test, y_test = subset(args.train, args.test, args.seed)
    rows = []
    with blas_threads(1):
        for name in names:
            rows.append(run(name, X, y, X_test, y_test))
            if not (args.json or args.markdown):
                print(f"done: {name}", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    elif args.markdown:
        print(markdown(rows))
    else:
        print(text(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
