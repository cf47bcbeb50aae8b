"""How fast is the numpy MLP against its peers, and how close to this machine's limit?

Trains the 784-128-64-10 network on MNIST (Adam, learning rate 1e-3, batch 128, float32, the
same 60,000 images, a constant rate) with each implementation that is installed, and prints one
table:

* **this project** (``ml.nn.training.train``);
* **the matrix products alone**: the same forward and backward matmuls for every batch of an
  epoch (x W1, a1 W2, a2 W3; a2ᵀ g3, a1ᵀ g2, xᵀ g1; g3 W3ᵀ, g2 W2ᵀ) on arrays of the same
  shapes, with nothing else: the floor for any implementation on this BLAS, so ``ours / floor``
  is what the rest (activations, loss, Adam, batching) costs;
* **numpy alone, fused by hand** (:class:`FusedMLP`): the same network and Adam as one loop
  with every buffer allocated once and every operation in place, no layers and no checks: what
  numpy itself allows, so ``ours / fused`` is what the library's structure costs;
* **scikit-learn**'s ``MLPClassifier`` (same layers, ``solver="adam"``, ``alpha=0``);
* **JAX** with the whole training step under ``jax.jit`` (Adam written out, as in the paper);
* **PyTorch** on the CPU (``torch.nn`` and ``torch.optim.Adam``).

Each framework runs in its own process, so that its thread settings are made before it loads:
first with one thread (``OPENBLAS_NUM_THREADS`` and friends, ``XLA_FLAGS``,
``torch.set_num_threads``), timed in **CPU seconds**, the work itself, which other programs on
the machine do not inflate; then with the library's default threads, timed in **wall seconds**,
what a user waits. The typical epoch is the median after the first (which pays for warm-up and
compilation). The test accuracy is the one each reaches after the same epochs. A last table
splits one epoch of ours into its phases (gather, forward, loss, backward, Adam), each timed
with a CPU clock around it. Speed is a figure to print, never a test::

    python benchmarks/mnist_mlp.py [--epochs 3] [--json | --markdown] [--neurons 100]
                                   [--only numpy,fused,sklearn,jax,torch]

``--neurons`` also times the neuron-by-neuron network against the vectorised one per image.
"""

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.datasets.mnist import load_mnist
from ml.mnist.data import to_features
from ml.nn.batches import minibatch_indices
from ml.nn.blas import blas_threads
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.optim import FLUSH_EVERY, Adam
from ml.nn.schedules import constant
from ml.nn.training import train

SIZES = [784, 128, 64, 10]
LR, BATCH = 1e-3, 128
# variables that cap a library's threads; set in a worker's environment before it starts
TINY = float(np.finfo(np.float32).tiny)  # the smallest normal float32
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "XLA_FLAGS": "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"}
WORKERS = ("numpy", "fused", "sklearn", "jax", "torch")
# figures from issue 16's own run on another installation, quoted, never measured here
ISSUE_16 = {"torch": "PyTorch 2.13, 0.77 s per epoch in issue 16's own run"}


class Clock:
    """Wall-clock and CPU seconds of a block. With one thread, CPU time is the work done,
    unaffected by other programs competing for the cores; wall time is what a user waits."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def numpy_run(data, epochs, seed):
    """This project's fit loop (``ml.nn.training.train``), one epoch at a time."""
    X, y, X_test, y_test = data
    model = MLP(hidden=tuple(SIZES[1:-1]), batch_size=BATCH, lr=LR, random_state=seed).build(784)
    opt, rng, clocks = Adam(lr=LR), np.random.default_rng(seed), []
    for _ in range(epochs):
        with Clock() as clock:
            train(model.network_, X, y, opt, constant(LR), 1, BATCH, rng)
        clocks.append(clock)
    return clocks, model.score(X_test, y_test), "numpy " + np.__version__


class FusedMLP:
    """The same network and Adam, written as one numpy loop with nothing to share: every
    buffer allocated once per batch size, every operation in place, one Adam step over one
    buffer holding all parameters. No library code, no layer objects, no checks. It measures
    what numpy itself allows for this recipe; the library's distance to it is the price of
    its layers, checks and bookkeeping."""

    def __init__(self, rng):
        shapes = list(itertools.pairwise(SIZES))
        size = sum(a * b + b for a, b in shapes)
        self.P, self.G, self.U, self.V, self.S = (np.zeros(size, np.float32) for _ in range(5))
        self.W, self.b, self.dW, self.db, start = [], [], [], [], 0
        for a, b in shapes:
            for params, grads, shape in ((self.W, self.dW, (a, b)), (self.b, self.db, (b,))):
                end = start + int(np.prod(shape))
                params.append(self.P[start:end].reshape(shape))
                grads.append(self.G[start:end].reshape(shape))
                start = end
            self.W[-1][...] = rng.standard_normal((a, b)) * np.sqrt(2 / a)
        self.t, self.buffers = 0, {}

    def _buffers(self, n):
        if n not in self.buffers:  # activations, then gradients for the hidden ones
            self.buffers[n] = ([np.empty((n, k), np.float32) for k in SIZES[1:]],
                               [np.empty((n, k), np.float32) for k in SIZES[1:-1]],
                               np.arange(n))
        return self.buffers[n]

    def step(self, x, labels):
        a, g_hidden, rows = self._buffers(len(x))
        inputs = [x, *a[:-1]]
        for i, (W, b) in enumerate(zip(self.W, self.b, strict=True)):
            np.matmul(inputs[i], W, out=a[i])
            a[i] += b
            if i < len(self.W) - 1:
                np.maximum(a[i], 0, out=a[i])
        g = a[-1]  # softmax in place, then (p - onehot) / n
        g -= g.max(axis=1, keepdims=True)
        np.exp(g, out=g)
        g /= g.sum(axis=1, keepdims=True)
        g[rows, labels] -= 1
        g *= np.float32(1 / len(x))
        for i in range(len(self.W) - 1, -1, -1):
            np.matmul(inputs[i].T, g, out=self.dW[i])
            np.sum(g, axis=0, out=self.db[i])
            if i > 0:
                np.matmul(g, self.W[i].T, out=g_hidden[i - 1])
                np.multiply(g_hidden[i - 1], inputs[i] > 0, out=g_hidden[i - 1])
                g = g_hidden[i - 1]
        self.adam()

    def adam(self, b1=0.9, b2=0.999, eps=1e-8):
        self.t += 1
        c = np.sqrt((1 - b2) / (1 - b2**self.t)).item()
        step, eps_t = LR * (1 - b1) / ((1 - b1**self.t) * c), eps / c
        U, V, S = self.U, self.V, self.S
        U *= b1
        U += self.G
        np.square(self.G, out=S)
        V *= b2
        V += S
        if self.t % FLUSH_EVERY == 0:  # the library's subnormal flush, see ml.nn.optim
            for state, decay in ((U, b1), (V, b2)):
                np.copyto(state, 0, where=np.abs(state, out=S) < TINY / decay**FLUSH_EVERY)
        np.sqrt(V, out=S)
        S += eps_t
        np.divide(U, S, out=S)
        S *= step
        self.P -= S

    def predict(self, X):
        for i, (W, b) in enumerate(zip(self.W, self.b, strict=True)):
            X = X @ W + b
            X = np.maximum(X, 0) if i < len(self.W) - 1 else X
        return X.argmax(axis=1)


def fused_run(data, epochs, seed):
    """:class:`FusedMLP`, one epoch at a time, batches gathered as the library does."""
    X, y, X_test, y_test = data
    rng = np.random.default_rng(seed)
    net, clocks = FusedMLP(rng), []
    for _ in range(epochs):
        with Clock() as clock:
            order = rng.permutation(len(X))
            for start in range(0, len(X), BATCH):
                idx = order[start : start + BATCH]
                net.step(X[idx], y[idx])
        clocks.append(clock)
    return clocks, float(np.mean(net.predict(X_test) == y_test)), "numpy " + np.__version__


def sklearn_run(data, epochs, seed):
    """scikit-learn's MLPClassifier, one ``fit`` call (one epoch) at a time."""
    import sklearn
    from sklearn.neural_network import MLPClassifier

    X, y, X_test, y_test = data
    model = MLPClassifier(hidden_layer_sizes=tuple(SIZES[1:-1]), solver="adam",
                          learning_rate_init=LR, batch_size=BATCH, alpha=0.0, max_iter=1,
                          warm_start=True, shuffle=True, random_state=seed)
    clocks = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "did not converge": one epoch per call, on purpose
        for _ in range(epochs):
            with Clock() as clock:
                model.fit(X, y)
            clocks.append(clock)
    return clocks, model.score(X_test, y_test), "scikit-learn " + sklearn.__version__


def jax_run(data, epochs, seed):
    """JAX: the whole step (gather, forward, gradient, Adam) compiled by ``jax.jit``."""
    import jax
    import jax.numpy as jnp

    X, y, X_test, y_test = data
    key, params = jax.random.PRNGKey(seed), []
    for a, b in itertools.pairwise(SIZES):
        key, sub = jax.random.split(key)
        params.append((jax.random.normal(sub, (a, b)) * np.sqrt(2 / a), jnp.zeros(b)))

    def logits(params, x):
        for W, b in params[:-1]:
            x = jax.nn.relu(x @ W + b)
        W, b = params[-1]
        return x @ W + b

    def loss(params, x, labels):
        log_p = jax.nn.log_softmax(logits(params, x))
        return -jnp.mean(jnp.take_along_axis(log_p, labels[:, None], axis=1))

    @jax.jit
    def step(params, m, v, t, Xd, yd, idx):
        g = jax.grad(loss)(params, Xd[idx], yd[idx])
        m = jax.tree.map(lambda m, g: 0.9 * m + 0.1 * g, m, g)
        v = jax.tree.map(lambda v, g: 0.999 * v + 0.001 * g * g, v, g)
        scale = LR * jnp.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        params = jax.tree.map(lambda p, m, v: p - scale * m / (jnp.sqrt(v) + 1e-8 *
                                                                 jnp.sqrt(1 - 0.999**t)),
                              params, m, v)
        return params, m, v

    Xd, yd = jnp.asarray(X), jnp.asarray(y.astype(np.int32))
    m = jax.tree.map(jnp.zeros_like, params)
    v = jax.tree.map(jnp.zeros_like, params)
    rng, t, clocks = np.random.default_rng(seed), 0, []
    for _ in range(epochs):
        with Clock() as clock:
            order = rng.permutation(len(X))
            for start in range(0, len(X), BATCH):
                t += 1
                params, m, v = step(params, m, v, t, Xd, yd, order[start : start + BATCH])
            jax.block_until_ready(params)
        clocks.append(clock)
    predicted = np.asarray(jnp.argmax(logits(params, jnp.asarray(X_test)), axis=1))
    return clocks, float(np.mean(predicted == y_test)), "JAX " + jax.__version__


def torch_run(data, epochs, seed, threads=1):
    """PyTorch on the CPU: the same layers, ``torch.optim.Adam``, a random order per epoch."""
    import torch

    X, y, X_test, y_test = data
    torch.manual_seed(seed)
    if threads:
        torch.set_num_threads(threads)
    layers = []
    for i, (a, b) in enumerate(itertools.pairwise(SIZES)):
        layers.append(torch.nn.Linear(a, b))
        if i < len(SIZES) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt, loss_fn = torch.optim.Adam(model.parameters(), lr=LR), torch.nn.CrossEntropyLoss()
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y.astype(np.int64))
    clocks = []
    for _ in range(epochs):
        with Clock() as clock:
            order = torch.randperm(len(Xt))
            for i in range(0, len(Xt), BATCH):
                idx = order[i : i + BATCH]
                opt.zero_grad(set_to_none=True)
                loss_fn(model(Xt[idx]), yt[idx]).backward()
                opt.step()
        clocks.append(clock)
    with torch.no_grad():
        predicted = model(torch.from_numpy(X_test)).argmax(dim=1).numpy()
    return clocks, float(np.mean(predicted == y_test)), "PyTorch " + torch.__version__


RUNS = {"numpy": numpy_run, "fused": fused_run, "sklearn": sklearn_run, "jax": jax_run,
        "torch": torch_run}


def load(data_dir):
    data = load_mnist(data_dir)
    return (to_features(data.x_train), data.y_train.astype(np.int64),
            to_features(data.x_test), data.y_test.astype(np.int64))


def typical(clocks, attr):
    """The median epoch after the first (which pays for warm-up and compilation)."""
    values = [getattr(c, attr) for c in (clocks[1:] if len(clocks) > 1 else clocks)]
    return statistics.median(values)


def worker(name, epochs, data_dir, seed=0) -> dict:
    """Run one framework in this process and describe the run (the parent reads the JSON)."""
    try:
        clocks, accuracy, version = RUNS[name](load(data_dir), epochs, seed)
    except ImportError as missing:
        return {"name": name, "missing": str(missing)}
    return {"name": name, "version": version, "cpu": typical(clocks, "cpu"),
            "wall": typical(clocks, "wall"), "accuracy": accuracy, "epochs": epochs}


def spawn(name, epochs, data_dir, one_thread) -> dict:
    """``worker`` in a fresh Python whose thread variables are set before anything loads."""
    env = {k: v for k, v in os.environ.items() if k not in ONE_THREAD}
    if one_thread:
        env.update(ONE_THREAD)
    command = [sys.executable, __file__, "--worker", name, "--epochs", str(epochs)]
    if data_dir:
        command += ["--data-dir", data_dir]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"name": name, "missing": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def matmul_epoch(n, batch_size, repeats, seed=0):
    """Seconds for one epoch's worth of the network's matrix products alone (best of repeats)."""
    rng = np.random.default_rng(seed)
    f32 = np.float32
    W = [rng.standard_normal((a, b)).astype(f32) for a, b in itertools.pairwise(SIZES)]
    sizes = [batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else [])
    arrays = {b: [rng.random((b, s)).astype(f32) for s in SIZES] for b in set(sizes)}
    best = None
    for _ in range(repeats):
        with Clock() as clock:
            for b in sizes:
                x, a1, a2, g3 = arrays[b]
                z1 = x @ W[0]  # forward
                z2 = a1 @ W[1]
                a2 @ W[2]
                a2.T @ g3  # backward: weight gradients
                a1.T @ z2
                x.T @ z1
                g3 @ W[2].T  # backward: gradients for the hidden activations
                z2 @ W[1].T
        if best is None or clock.cpu < best.cpu:
            best = clock
    return best


PHASES = ("gather the batch", "forward", "loss and its gradient", "backward", "Adam")


def profile(X, y, epochs=2, seed=0) -> dict[str, float]:
    """CPU seconds per epoch (the last of ``epochs``) of each phase of the library's step:
    the same calls as :func:`ml.nn.training.run_epoch`, with a clock around each."""
    model = MLP(hidden=tuple(SIZES[1:-1]), batch_size=BATCH, lr=LR, random_state=seed).build(784)
    net, loss_fn, opt = model.network_, SoftmaxCrossEntropy(), Adam(lr=LR)
    rng, params = np.random.default_rng(seed), net.params()
    for _ in range(epochs):
        seconds = dict.fromkeys(PHASES, 0.0)
        for idx in minibatch_indices(len(X), BATCH, rng):
            marks = [time.process_time()]
            xb, yb = X[idx], y[idx]
            marks.append(time.process_time())
            logits = net.forward(xb, training=True)
            marks.append(time.process_time())
            loss_fn.forward(logits, yb)
            grad = loss_fn.backward()
            marks.append(time.process_time())
            net.backward(grad, input_grad=False)
            marks.append(time.process_time())
            opt.step(params, net.grads())
            marks.append(time.process_time())
            for phase, before, after in zip(PHASES, marks[:-1], marks[1:], strict=True):
                seconds[phase] += after - before
    return seconds


def neuron_vs_vectorised(X, y, n_images):
    """CPU seconds per image for one forward and backward pass, neuron by neuron and vectorised,
    from the same weights on the same images."""
    from ml.nn.neuron import Network

    fast = MLP(hidden=tuple(SIZES[1:-1]), dtype=np.float64).build(784)
    slow = Network.from_weights(fast.network_.get_weights())
    X, y = X[:n_images].astype(np.float64), y[:n_images]
    with Clock() as neuron_clock:
        slow.gradients(X, y)
    loss = SoftmaxCrossEntropy()
    with Clock() as vector_clock:
        for _ in range(10):  # too quick to time once
            loss.forward(fast.network_.forward(X, training=True), y)
            fast.network_.backward(loss.backward())
    return neuron_clock.cpu / n_images, vector_clock.cpu / (10 * n_images)


def blas_kernel() -> str:
    """The BLAS library and the kernel it runs (OPENBLAS_CORETYPE can force a slower one)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown"
    blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    return ", ".join(f"{i.get('internal_api')} {i.get('version')} ({i.get('architecture')})"
                     for i in blas) or "unknown"


LABELS = {"numpy": "this project", "fused": "numpy alone: one hand-fused loop, no library",
          "sklearn": "scikit-learn `MLPClassifier`",
          "jax": "JAX, step under `jax.jit`", "torch": "PyTorch (`torch.nn`, `torch.optim`)"}


def _phase_lines(result: dict) -> list[str]:
    """Where one epoch of ours goes, phase by phase, as a Markdown table."""
    phases = result.get("phases")
    if not phases:
        return []
    total = sum(phases.values())
    lines = ["", "| where an epoch of ours goes (1 thread) | CPU s | share |",
             "| --- | ---: | ---: |"]
    lines += [f"| {name} | {sec:.3f} | {sec / total:.0%} |" for name, sec in phases.items()]
    lines += [f"| all phases | {total:.3f} | 100% |", "",
              f"Forward and backward hold the matrix products, {result['matmul_cpu']:.3f} s of "
              "the floor; the rest of their time is biases, activations and Python calls."]
    return lines


def markdown(result: dict) -> str:
    """The benchmark's figures as Markdown tables, with the settings that produced them."""
    ours = result["rows"]["numpy"]["cpu"]
    lines = [f"| 784-128-64-10, Adam {LR:g}, batch {BATCH} | CPU s per epoch, 1 thread "
             "| × ours | wall s per epoch, default threads "
             f"| test accuracy after {result['epochs']} epochs |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name in WORKERS:
        row = result["rows"].get(name)
        if row is None:
            continue
        if "missing" in row:
            lines.append(f"| {LABELS[name]} | not installed here | | | |")
            continue
        lines.append(f"| {LABELS[name]} ({row['version']}) | {row['cpu']:.3f} | "
                     f"{row['cpu'] / ours:.2f} | {row['wall_default']:.3f} | "
                     f"{row['accuracy']:.2%} |")
        if name == "numpy":
            floor = result["matmul_cpu"]
            lines.append(f"| the same matrix products alone (the floor) | {floor:.3f} | "
                         f"{floor / ours:.2f} | | |")
    fused = (f" numpy alone, fused by hand, is {result['fused_ratio_to_floor']:.2f}×."
             if "fused_ratio_to_floor" in result else "")
    lines += ["", f"Ours is **{result['ratio_to_floor']:.2f}×** the floor;{fused} "
              f"BLAS: {result['blas']}."]
    lines += _phase_lines(result)
    quoted = [ISSUE_16[n] for n in WORKERS if "missing" in result["rows"].get(n, {})
              and n in ISSUE_16]
    if quoted:
        lines += ["", "Quoted, not measured here: " + "; ".join(quoted) + "."]
    if "neuron_slowdown" in result:
        lines += ["", "| one forward and backward pass | CPU seconds per image |",
                  "| --- | ---: |",
                  f"| neuron by neuron | {result['neuron_cpu_seconds_per_image']:.2e} |",
                  f"| vectorised (float64, a batch at a time) | "
                  f"{result['vectorised_cpu_seconds_per_image']:.2e} |",
                  "", f"The vectorised network is about {result['neuron_slowdown']:,.0f} times "
                  "faster per image."]
    lines += ["", f"Measured by `python benchmarks/mnist_mlp.py --markdown`: {result['epochs']} "
              "epochs each, in a process of its own; the typical epoch after the first."]
    return "\n".join(lines)


def measure(args) -> dict:
    rows = {}
    for name in args.only:
        rows[name] = spawn(name, args.epochs, args.data_dir, one_thread=True)
        if "missing" not in rows[name]:
            rows[name]["wall_default"] = spawn(name, 2, args.data_dir, one_thread=False)["wall"]
    with blas_threads(1):
        floor = matmul_epoch(60_000, BATCH, repeats=3).cpu
        X, y, _, _ = load(args.data_dir)
        phases = profile(X, y)
        per_image = neuron_vs_vectorised(X, y, args.neurons) if args.neurons else None
    result = {"network": "-".join(map(str, SIZES)), "batch_size": BATCH, "lr": LR,
              "epochs": args.epochs, "rows": rows, "matmul_cpu": floor, "blas": blas_kernel(),
              "phases": phases}
    if "cpu" in rows.get("fused", {}):
        result["fused_ratio_to_floor"] = rows["fused"]["cpu"] / floor
    if "numpy" in rows and "cpu" in rows["numpy"]:
        result["ratio_to_floor"] = rows["numpy"]["cpu"] / floor
    if per_image is not None:
        result["neuron_cpu_seconds_per_image"] = per_image[0]
        result["vectorised_cpu_seconds_per_image"] = per_image[1]
        result["neuron_slowdown"] = per_image[0] / per_image[1]
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=3, help="epochs per framework (default 3)")
    parser.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    parser.add_argument("--neurons", type=int, default=100,
                        help="images for the neuron-by-neuron comparison (default 100; 0 skips)")
    parser.add_argument("--only", default=",".join(WORKERS),
                        help=f"frameworks to run, comma-separated (default {','.join(WORKERS)})")
    parser.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument("--markdown", action="store_true",
                        help="print Markdown tables (the site includes them)")
    args = parser.parse_args(argv)
    if args.epochs < 2:
        parser.error("--epochs must be at least 2: the first epoch pays for warm-up")
    if args.worker:
        print(json.dumps(worker(args.worker, args.epochs, args.data_dir)))
        return 0
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(args.only) - set(WORKERS))
    if unknown or "numpy" not in args.only:
        parser.error(f"--only takes {', '.join(WORKERS)} (numpy always), got {args.only}")
    result = measure(args)
    if args.json:
        print(json.dumps(result))
    elif args.markdown:
        print(markdown(result))
    else:
        print(markdown(result).replace("`", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
