"""``mpirun -n N python -m ml.distributed train …``: the MLP on MNIST, trained by N processes.

Subcommands: ``train`` (data-parallel SGD, with checkpoints), ``bench`` (times ``Allreduce`` at
several message sizes, for the alpha–beta fit) and ``figures`` (runs both under ``mpirun`` with
1 and 2 processes, fits the model, draws the page's figures). Every process runs the same
program; worker 0 alone prints, writes checkpoints and reports. A mistake in the options ends
every worker with one line, ``error: …``, and exit status 2, before any work; a worker that
fails in the middle of training ends the whole job (``MPI_Abort``), as a dead worker does.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from ml import cli
from ml.distributed.checkpoint import load_checkpoint, restore_optimizer, save_checkpoint
from ml.distributed.sgd import Replica, batch_order, build_replica, shard
from ml.files import publish

__all__ = ["build_parser", "main"]

_D = cli.DEFAULT_NOTE


def mpi():
    """``mpi4py.MPI``, or a user error saying how to install it."""
    try:
        from mpi4py import MPI
    except ImportError:
        raise ValueError("mpi4py is not installed; install the extra with "
                         "pip install -e '.[distributed]' (it brings MPICH's mpirun too)") from None
    return MPI


def write_json(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` atomically (a crash leaves the old file or none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=1)
    publish(tmp, path)


def _settings(args: argparse.Namespace, n_examples: int) -> dict:
    """What defines a run; a checkpoint resumes only a run with the same (the number of workers
    is not among them: any N computes the same steps)."""
    return {"hidden": list(args.hidden), "optimizer": args.optimizer, "lr": args.lr,
            "seed": args.seed, "batch_size": args.batch_size, "dtype": args.dtype,
            "examples": n_examples}


def _check_train(args: argparse.Namespace) -> None:
    cli.check_finite(lr=args.lr)
    cli.check_limit(args.limit, 60000)
    for name in ("epochs", "batch_size", "checkpoint_every"):
        if getattr(args, name) < 1:
            raise ValueError(f"--{name.replace('_', '-')} must be at least 1, got "
                             f"{getattr(args, name)}")
    if any(h < 1 for h in args.hidden):
        raise ValueError(f"--hidden widths must be at least 1, got {args.hidden}")
    if args.resume and args.checkpoint is None:
        raise ValueError("--resume needs --checkpoint FILE: the checkpoint to continue from")
    if args.checkpoint is not None:
        cli.check_output_file(args.checkpoint, "--checkpoint")
    if args.report is not None:
        cli.check_output_file(args.report, "--report")


def _data(args: argparse.Namespace):
    from ml.datasets.mnist import load_mnist
    from ml.mnist.data import to_features

    data = load_mnist(args.data_dir)
    n = cli.check_limit(args.limit, len(data.x_train))
    dtype = np.dtype(args.dtype).type
    return (to_features(data.x_train[:n], dtype), data.y_train[:n].astype(np.int64),
            to_features(data.x_test, dtype), data.y_test.astype(np.int64))


def _resume(comm, args: argparse.Namespace, replica: Replica, settings: dict) -> int:
    """Load the checkpoint on worker 0 and hand it to all; the step to start from."""
    state: tuple | str | None = None
    if comm.rank == 0 and args.resume and args.checkpoint and Path(args.checkpoint).exists():
        try:
            state = load_checkpoint(args.checkpoint, settings)
        except ValueError as err:
            state = str(err)
    state = comm.bcast(state, root=0)
    if isinstance(state, str):
        raise ValueError(state)  # every worker stops with the same message
    if state is None:
        comm.Bcast(replica.flat_params, root=0)  # one set of starting weights for all
        return 0
    step, params, opt = state
    if params.shape != replica.flat_params.shape:
        raise ValueError(f"checkpoint {args.checkpoint} holds {params.size} parameters, the "
                         f"network {replica.flat_params.size}")
    replica.flat_params[...] = params
    restore_optimizer(replica.optimizer, replica.params, opt)
    return step


def _cmd_train(args: argparse.Namespace) -> int:
    comm = mpi().COMM_WORLD
    _check_train(args)
    X, y, X_test, y_test = _data(args)
    replica = build_replica([X.shape[1], *args.hidden, 10], args.optimizer, args.lr, args.seed,
                            np.dtype(args.dtype).type)
    settings = _settings(args, len(X))
    start = _resume(comm, args, replica, settings)
    _say(comm, f"{comm.size} worker(s), {replica.flat_params.size} parameters, global batch "
               f"{args.batch_size}" + (f", resuming after step {start}" if start else ""))
    try:
        report = _train_loop(comm, replica, X, y, args, settings, start)
    except cli.USER_ERRORS as err:  # mid-run, the others wait in a collective: end them all
        print(f"error: worker {comm.rank}: {' '.join(str(err).split())}", file=sys.__stderr__,
              flush=True)
        comm.Abort(2)
    if comm.rank == 0:
        predicted = np.argmax(replica.net.forward(X_test), axis=1)
        report["test_accuracy"] = float(np.mean(predicted == y_test))
        _say(comm, f"test accuracy {report['test_accuracy']:.4f}")
        if args.report:
            write_json(Path(args.report), report)
    return 0


def _train_loop(comm, replica: Replica, X, y, args, settings: dict, start: int) -> dict:
    n, B = len(X), args.batch_size
    per_epoch = math.ceil(n / B)
    losses, timers, epoch_times, loss_sum, seen = [], [], [], 0.0, 0
    began = time.perf_counter()
    for step in range(start, args.epochs * per_epoch):
        epoch, k = divmod(step, per_epoch)
        if k == 0 or step == start:
            order = batch_order(n, args.seed, epoch)
        if step + 1 == args.crash_at_step and comm.rank == comm.size - 1:
            os.kill(os.getpid(), signal.SIGKILL)  # a drill: a machine dies mid-run
        batch = order[k * B : (k + 1) * B]
        loss, times = _timed_step(comm, replica, X, y, batch)
        loss_sum += loss
        timers.append(times)
        seen += len(batch)
        if args.checkpoint and ((step + 1) % args.checkpoint_every == 0
                                or step + 1 == args.epochs * per_epoch) and comm.rank == 0:
            save_checkpoint(args.checkpoint, step + 1, replica.flat_params, replica.optimizer,
                            settings)
        if k == per_epoch - 1:
            loss = comm.allreduce(loss_sum) / seen
            if not math.isfinite(loss):
                raise FloatingPointError(f"training diverged: the loss became {loss} in epoch "
                                         f"{epoch + 1}; try a smaller --lr than {args.lr:g}")
            epoch_times.append(time.perf_counter() - began)
            _say(comm, f"epoch {epoch + 1}/{args.epochs}  loss {loss:.4f}  "
                       f"{epoch_times[-1]:.2f} s")
            losses.append(loss)
            loss_sum, seen, began = 0.0, 0, time.perf_counter()
    return _summary(comm, replica, args, len(X), timers, epoch_times, losses)


def _timed_step(comm, replica: Replica, X, y, batch) -> tuple[float, tuple[float, ...]]:
    """``Replica.step`` on this worker's shard, with its three parts timed apart."""
    from mpi4py import MPI

    mine = shard(batch, comm.rank, comm.size)
    t0 = time.perf_counter()
    loss = replica.gradient(X[mine], y[mine], len(batch))
    t1 = time.perf_counter()
    comm.Allreduce(MPI.IN_PLACE, replica.flat_grads, op=MPI.SUM)
    t2 = time.perf_counter()
    replica.optimizer.step(replica.params, replica.grads)
    return loss, (t1 - t0, t2 - t1, time.perf_counter() - t2)


def _summary(comm, replica: Replica, args, n: int, timers: list, epoch_times: list,
             losses: list) -> dict:
    # medians for the work a worker does alone (robust to the moments the OS runs another job),
    # the mean for the all-reduce, whose waits are the real cost of a step
    median = np.median(timers, axis=0) if timers else np.zeros(3)
    waits = float(np.mean([t[1] for t in timers])) if timers else 0.0
    return {"processes": comm.size, "batch_size": args.batch_size, "examples": n,
            "steps": len(timers), "seconds_per_epoch": epoch_times, "epoch_losses": losses,
            "compute_seconds_per_step": float(median[0]),
            "allreduce_seconds_per_step": waits,
            "update_seconds_per_step": float(median[2]),
            "parameters": int(replica.flat_params.size),
            "gradient_bytes": int(replica.flat_grads.nbytes)}


def _say(comm, text: str) -> None:
    if comm.rank == 0:
        print(text, flush=True)


def _cmd_bench(args: argparse.Namespace) -> int:
    """Median time of ``Allreduce`` on float32 arrays of 16 to 4M bytes."""
    MPI = mpi()
    comm = MPI.COMM_WORLD
    report = Path(args.report) if args.report else None
    if report:
        cli.check_output_file(report, "--report")
    sizes, medians = [4 ** k for k in range(1, 11)], []
    for size in sizes:
        data, times = np.ones(size, dtype=np.float32), []
        for _ in range(args.repeats):
            comm.Barrier()
            t0 = time.perf_counter()
            comm.Allreduce(MPI.IN_PLACE, data, op=MPI.SUM)
            times.append(time.perf_counter() - t0)
        slowest = np.array(times)  # a collective lasts until its slowest worker is done
        comm.Allreduce(MPI.IN_PLACE, slowest, op=MPI.MAX)
        medians.append(float(np.median(slowest)))
        _say(comm, f"{4 * size:>9} bytes  {medians[-1] * 1e6:9.1f} µs")
    if report and comm.rank == 0:
        write_json(report, {"processes": comm.size, "bytes": [4 * s for s in sizes],
                            "seconds": medians})
    return 0


def mpirun() -> str:
    """The ``mpirun`` beside this Python (the pip-installed MPICH), else the one on PATH."""
    import shutil

    here = Path(sys.executable).parent / "mpirun"
    found = str(here) if here.exists() else shutil.which("mpirun")
    if found is None:
        raise ValueError("mpirun not found; install MPI with pip install -e '.[distributed]'")
    return found


def _launch(n: int, *command: str, out: Path) -> dict:
    """Run ``python -m ml.distributed COMMAND`` under ``mpirun -n n``; its JSON report."""
    import subprocess

    report = out / f".report-{n}.json"
    subprocess.run([mpirun(), "-n", str(n), sys.executable, "-m", "ml.distributed", *command,
                    "--report", str(report)], check=True)
    data = json.loads(report.read_text())
    report.unlink()
    return data


def _cmd_figures(args: argparse.Namespace) -> int:
    from ml.distributed.figures import draw_ring, draw_scaling
    from ml.distributed.scaling import fit_compute, fit_latency_bandwidth

    out = cli.check_output_folder(args.out)
    out.mkdir(parents=True, exist_ok=True)
    train = ["train", "--epochs", str(args.epochs), "--batch-size", str(args.batch_size)]
    if args.data_dir:
        train += ["--data-dir", args.data_dir]
    runs = {n: _launch(n, *train, out=out) for n in (1, 2)}
    bench = _launch(2, "bench", out=out)
    # A step's compute and update ran on B/N examples per worker: two points fix s and c.
    compute = fit_compute([args.batch_size / n for n in runs],
                          [r["compute_seconds_per_step"] + r["update_seconds_per_step"]
                           for r in runs.values()])
    local = fit_latency_bandwidth(bench["bytes"], bench["seconds"], bench["processes"])
    measured = {"runs": runs, "bench": bench, "compute": vars(compute), "local": vars(local)}
    write_json(out / "measured.json", measured)
    epoch = {n: float(np.median(r["seconds_per_epoch"])) for n, r in runs.items()}
    draw_scaling(out / "scaling.png", {n: epoch[1] / epoch[n] for n in epoch}, args.batch_size,
                 compute, runs[1]["gradient_bytes"])
    draw_ring(out / "ring.png")
    from ml.distributed.tables import scaling_markdown

    (out / "scaling.md").write_text(scaling_markdown(measured, args.batch_size))
    print(f"wrote {out}/ring.png, scaling.png, scaling.md, measured.json")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mpirun -n N python -m ml.distributed",
                                description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="data-parallel SGD for the MLP on MNIST")
    cli.add_run_options(t, epochs=3, batch_size=128, lr=2e-3, seed=0)
    t.add_argument("--hidden", type=int, nargs="+", default=[128, 64], metavar="N",
                   help="widths of the hidden layers" + _D)
    t.add_argument("--optimizer", choices=["sgd", "momentum", "adam"], default="adam",
                   help="update rule (constant learning rate)" + _D)
    t.add_argument("--dtype", choices=["float32", "float64"], default="float32",
                   help="number type of weights and data" + _D)
    cli.add_data_options(t, "train on the first N training images only (default: all 60000)")
    t.add_argument("--checkpoint", default=None, metavar="FILE",
                   help="save the training state to FILE (.npz) every K steps and at the end")
    t.add_argument("--checkpoint-every", type=int, default=100, metavar="K",
                   help="steps between two checkpoints" + _D)
    t.add_argument("--resume", action="store_true",
                   help="continue from --checkpoint if it exists (same options required)")
    t.add_argument("--report", default=None, metavar="FILE",
                   help="write timings and results as JSON to FILE")
    t.add_argument("--crash-at-step", type=int, default=0, metavar="S",
                   help="failure drill: the last worker kills itself at step S, so the job "
                        "dies and can be resumed from its checkpoint (default: never)")
    cli.add_threads_option(t)
    b = sub.add_parser("bench", help="time Allreduce at message sizes from 16 B to 4 MB")
    b.add_argument("--repeats", type=int, default=30, help="timings per size" + _D)
    b.add_argument("--report", default=None, metavar="FILE", help="write the timings as JSON")
    f = sub.add_parser("figures", help="measure 1 and 2 processes, fit the model, draw")
    f.add_argument("--out", default="distributed-figures", help="folder for the figures" + _D)
    f.add_argument("--epochs", type=int, default=3, help="epochs per measured run" + _D)
    f.add_argument("--batch-size", type=int, default=128, help="global batch" + _D)
    f.add_argument("--data-dir", default=None, help="folder with the MNIST files")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"train": _cmd_train, "bench": _cmd_bench, "figures": _cmd_figures}[args.command]
    rank = int(os.environ.get("PMI_RANK", os.environ.get("OMPI_COMM_WORLD_RANK", "0")))
    if rank == 0:
        return cli.run(command, args)
    stderr, sys.stderr = sys.stderr, open(os.devnull, "w")
    try:  # the same one-line error on every worker: worker 0 prints it for all
        return cli.run(command, args)
    finally:
        sys.stderr.close()
        sys.stderr = stderr
