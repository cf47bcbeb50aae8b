"""The checker's end of the learner's process: start it, talk to it, watch it, end it.

A :class:`Sandbox` starts :mod:`practice._child` in a scratch folder of its own, in a new
session (so every process it might start can be ended with it), and talks to it over two pipes
(never its standard output). The tests see the learner's code through :class:`Learner` (the
``sol`` the tests receive): ``sol.two_sum(nums, 9)`` becomes a request with the arguments as plain
data, and the reply's result and the arguments' new state come back the same way
(:mod:`practice.wire`). For a class, ``sol.LRUCache(2)`` returns a :class:`Handle` whose
method calls are requests too. A call made as a statement (``cache.put(1, 1)``, its result thrown
away) with only numbers and strings as arguments is not waited for: such calls go out in batches,
and their replies are read before the next call that is waited for, or at the end of the test;
a failure among them is raised there, naming the call that failed.

While a request runs, the sandbox watches the child: its CPU time, read from the kernel, against
the current test's CPU budget (looked at between calls too, once a tick: quick calls never wait
that long); and whether it makes any progress at all, against one wall-clock budget for the
whole check. Whatever goes wrong on the learner's side (a limit, a crash, garbage
on the result pipe, an action the child's audit hook refused, a value that is not plain data)
reaches the tests as an exception derived from :class:`Stop`, a ``BaseException``, so neither a
test's ``except Exception`` nor hypothesis's shrinking swallows it. The verdict itself is never
the child's to give: the tests, in this process, decide pass or fail from plain data.

>>> from practice.problems import get_problem
>>> problem = get_problem("single-number")
>>> with Sandbox(problem.solution_path, Limits(), problem.folder.parent) as box:
...     sol = box.load()
...     sol.single_number([4, 1, 2, 1, 2])
4
"""

from __future__ import annotations

import bisect
import builtins
import dis
import os
import secrets
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from practice import wire
from practice._child import EXIT_CHANNEL_LOST, HEADER, MAGIC, PROJECT_PACKAGES
from practice.checking import Mismatch
from practice.limits import Limits, cpu_seconds, waiting_to_run

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TICK = 0.05              # seconds between looks at a running request
STALL_GRACE = 0.5        # seconds without any CPU use before the wait counts as no progress
# The child's own work on a request (reading, decoding, encoding, writing) is not the learner's:
# it is measured on a few empty requests before the learner's file is loaded, and each request
# of a test is then allowed CALL_MARGIN times that, plus BYTE_ALLOWANCE per byte exchanged.
CALIBRATION_CALLS = 40
CALIBRATION_BATCHES = 4
CALL_MARGIN = 1.5
DEFAULT_CALL_COST = 5e-5  # CPU seconds per request where the calibration cannot measure it
MAX_CALL_COST = 2 * DEFAULT_CALL_COST  # a machine at half this one's pace, at most
BYTE_ALLOWANCE = 2e-7     # CPU seconds per byte, on a machine where a request costs the above
MAX_FRAME = 1 << 30      # a reply longer than this is garbage
MAX_DEFERRED = 1000      # calls sent without waiting before their replies are read
OUTBOX_BYTES = 1 << 14   # deferred calls are written to the pipe in batches of about this size
OUTPUT_SHOWN = 1000      # characters of a test's printed output kept for the report


class Stop(BaseException):
    """Something other than a returned value or a raised exception ended a call.

    ``kind`` names it for the report; ``fatal`` means the child is gone.
    """

    fatal = True

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


class Refused(Stop):
    """The child's audit hook refused something the learner's code tried (named in the message)."""

    fatal = False


class NotPlainData(Stop):
    """The learner's code returned (or left in an argument) an object that is not plain data."""

    fatal = False


class LearnerExit(Stop):
    """The learner's code called ``exit()`` or raised ``KeyboardInterrupt``."""

    fatal = False


_CRASHES = {signal.SIGSEGV: "crashed (segmentation fault)", signal.SIGABRT: "aborted",
            signal.SIGKILL: "was killed", signal.SIGBUS: "crashed (bus error)"}


SCRATCH_PREFIX = "dsa-practice-"
OWNER_FILE = "owner.pid"


def _sweep_orphans() -> None:
    """Remove scratch folders left by checkers that were killed before they could clean up."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):
            continue  # not ours to judge: no owner file, or an owner we may not signal


def _child_env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT),
                                                      env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"  # set and dict-of-str order repeat from run to run
    env["PYTHONIOENCODING"] = "utf-8"
    env["TMPDIR"] = env["TMP"] = env["TEMP"] = str(scratch)
    # One BLAS thread: every core's CPU counts against the limit, and on a busy machine more
    # threads only wait on each other, so a verdict would depend on the machine's other work.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    return env


class Sandbox:
    """One learner process for one check; a context manager that always cleans up.

    ``problems_dir`` is the folder whose files the learner's code may not read (the problems,
    with their reference solutions); nor may it import or read the project's packages.
    ``preload`` names the modules the problem allows (numpy), imported in the child before its
    guard. Without ``changes_arguments``, a call that changes what the test passed in fails the
    test (:class:`~practice.checking.Mismatch`). ``on_start(pid, scratch)`` is told of each
    child started.
    """

    def __init__(self, learner: Path | str, limits: Limits, problems_dir: Path | str,
                 on_start: Callable[[int, Path], None] | None = None,
                 preload: tuple[str, ...] = (), changes_arguments: bool = True) -> None:
        self.learner = Path(learner).resolve()
        self.preload = preload
        self.changes_arguments = changes_arguments
        self.limits = limits
        self.problems_dir = Path(problems_dir).resolve()
        self.on_start = on_start
        self.child: subprocess.Popen[bytes] | None = None
        self.scratch: Path | None = None
        self.stalled = 0.0          # seconds without progress, over the whole check
        self.budget_look = 0.0      # when the CPU budget was last looked at between calls
        self.last_watch = 0.0
        self.output_offset = 0
        self.names: dict[str, Any] = {}
        self.mirror = wire.Mirror(1, make_handle=lambda wid, name: Handle(self, wid, name),
                                  handle_wid=lambda obj: obj._wid if type(obj) is Handle
                                  else None)
        self.recorder: Callable[[str, list[Any], dict[str, Any]], None] | None = None
        self.last_call: tuple[str, tuple[Any, ...], dict[str, Any]] | None = None
        self.tests_file: str | None = None  # calls from this file may be deferred
        self.deferred: deque[tuple[str, Any]] = deque()
        self.outbox = bytearray()   # deferred calls not yet written to the pipe
        self.unsent = 0             # how many of them

    # -- life cycle ------------------------------------------------------------------------

    def __enter__(self) -> Sandbox:
        _sweep_orphans()
        self.scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
        (self.scratch / OWNER_FILE).write_text(str(os.getpid()))
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_child()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)

    @property
    def output_file(self) -> Path:
        assert self.scratch is not None
        return self.scratch / "output.txt"

    def start_child(self) -> None:
        """Start a fresh child (the previous one, if any, is ended first)."""
        self.stop_child()
        assert self.scratch is not None
        if sys.platform == "win32":  # no pass_fds, no select on pipes, no sessions
            raise Stop("crash", "checking needs Linux or macOS (on Windows, use WSL)")
        work = self.scratch / "work"
        work.mkdir(exist_ok=True)
        request_read, self.request_fd = os.pipe()
        self.reply_fd, reply_write = os.pipe()
        total = self.limits.cpu * self.limits.property_factor * 50 + 60
        command = [sys.executable, "-m", "practice._child", str(request_read),
                   str(reply_write), str(self.learner), "--problems", str(self.problems_dir),
                   "--output-file", str(self.output_file), "--memory", str(self.limits.memory),
                   "--output", str(self.limits.output), "--cpu-total", str(total),
                   *(f"--preload={name}" for name in self.preload),
                   *(f"--protect={PROJECT_ROOT / name}" for name in PROJECT_PACKAGES)]
        with open(self.scratch / "startup.txt", "ab") as startup:
            self.child = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=startup, stderr=startup,
                pass_fds=(request_read, reply_write), cwd=work, env=_child_env(work),
                start_new_session=True)
        os.close(request_read)
        os.close(reply_write)
        os.set_blocking(self.request_fd, False)
        self.buffer = bytearray()
        self.deferred = deque()
        self.outbox = bytearray()
        self.unsent = 0
        self.serial = 0
        self.nonce_prefix = secrets.token_hex(4)
        self.cpu_start = self.last_cpu = 0.0
        self.window_start: float | None = None  # no CPU budget until a window opens
        self.calls = self.bytes = self.test_calls = self.test_bytes = 0
        self.call_cost = DEFAULT_CALL_COST
        if self.on_start is not None:
            self.on_start(self.child.pid, self.scratch)
        self.call_cost = self._calibrate()

    def _calibrate(self) -> float:
        """CPU seconds the child spends on one empty request (before any learner code runs).

        The cheapest of a few batches, at most MAX_CALL_COST: a busy machine (other processes
        evicting the child's caches, a batch landing on a page fault) only ever makes a batch
        dearer, and a test of 200,000 calls multiplies any excess into tens of seconds of
        budget, enough for a variant with an O(n) step per call to pass.
        """
        self.request({"op": "reset"})  # the first request also waits for Python to start
        batches = []
        for batch in range(CALIBRATION_BATCHES):
            before = self.cpu_used()
            for number in range(CALIBRATION_CALLS // CALIBRATION_BATCHES):
                self.request({"op": "call", "target": None, "name": "",
                              "args": self.mirror.encode([batch, [number]]), "kw": []})
            batches.append((self.cpu_used() - before) / (CALIBRATION_CALLS // CALIBRATION_BATCHES))
        self.reset()
        cost = min(batches)
        return min(cost, MAX_CALL_COST) if cost > 0 else DEFAULT_CALL_COST

    def stop_child(self) -> None:
        """End the child and every process in its session; close the pipes."""
        if self.child is None:
            return
        try:
            os.killpg(self.child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, AttributeError):
            self.child.kill()
        self.child.wait()
        self.deferred.clear()  # their replies will never come
        self.outbox.clear()
        self.unsent = 0
        for fd in (self.request_fd, self.reply_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.child = None

    @property
    def alive(self) -> bool:
        return self.child is not None

    # -- requests --------------------------------------------------------------------------

    def load(self) -> Learner:
        """Start a child and run the learner's file in it; the ``sol`` for the tests."""
        self.start_child()
        self.new_window(test=True)
        reply = self.request({"op": "load"})
        if "names" not in reply:
            raise_reply(reply, self.limits)
        self.names = reply["names"]
        return Learner(self)

    def reset(self) -> None:
        """Forget the objects of the test that ended, on both sides."""
        self.discard_owed()
        self.mirror.reset()
        self.request({"op": "reset"})

    def call(self, target: int | None, name: str, args: tuple[Any, ...],
             kwargs: dict[str, Any], *, discard: bool = False) -> Any:
        """Call ``name`` (on the handle ``target``) with plain data; its result, as plain data.

        ``discard`` says the caller throws the result away: with only scalar arguments (nothing
        whose new state the test could look at) the call is then sent without waiting, and its
        reply read before the next call that waits; a failure is raised there.
        """
        self.last_call = (name, args, kwargs)
        self._look_at_budget()
        if self.recorder is not None:
            self.recorder(name, list(args), dict(kwargs))
        sent = self.mirror.encode([*args, *kwargs.values()], "the test passed")
        message = {"op": "call", "target": target, "name": name, "args": sent,
                   "kw": list(kwargs)}
        if discard and not sent[1] and all(type(v) in wire.SCALARS
                                           for v in (*args, *kwargs.values())):
            self.defer(message)  # nothing the test holds can change: no need to wait
            return None
        before = None if self.changes_arguments else [wire.fingerprint(a) for a in
                                                      (*args, *kwargs.values())]
        reply = self.request(message)
        if "state" not in reply:
            raise_reply(reply, self.limits)
        value = self._decode(reply)
        if "raised" in reply:
            raise_reply(reply, self.limits)
        if before is not None:
            self._require_unchanged(name, args, kwargs, before)
        return value

    def _look_at_budget(self) -> None:
        """Check the test's CPU budget between calls, once a tick: quick calls never wait a
        tick for their replies, so without this a test of 10^5 of them would run to its end,
        however far past its budget."""
        now = time.monotonic()
        if self.child is not None and now - self.budget_look > TICK:
            self.budget_look = now
            self._check_budget(self.cpu_used())

    def _require_unchanged(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any],
                           before: list[Any]) -> None:
        values = (*args, *kwargs.values())
        for index, (value, old) in enumerate(zip(values, before, strict=True)):
            if wire.fingerprint(value) != old:
                params = (self.names.get(name) or {}).get("params") or []
                label = (list(kwargs)[index - len(args)] if index >= len(args)
                         else params[index] if index < len(params) else f"number {index + 1}")
                raise Mismatch(f"your {name} changed its argument {label!r} in place; leave "
                               "the inputs as they were given (work on a copy, e.g. "
                               "x = x.copy(), or write results into new arrays)", {})

    def _decode(self, reply: dict[str, Any]) -> Any:
        try:
            value = self.mirror.decode(*reply["state"])[0]
            if reply.get("handle"):
                wid, class_name = reply["handle"]
                value = Handle(self, wid, class_name)
                self.mirror.register(value, wid)
        except (wire.WireError, TypeError, ValueError) as error:
            self._garbled(f"bad data ({error})")
        return value

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send one request and wait for its reply, watching the child; :class:`Stop` if it fails.

        Replies still owed for deferred calls are read (and their errors raised) first.
        """
        self.settle()
        nonce = self._send(message)
        reply = self._receive(nonce)
        if self.buffer:
            self._garbled("more came than was asked for")
        return reply

    def defer(self, message: dict[str, Any]) -> None:
        """Send a request whose result the test throws away, without waiting for its reply.

        Such calls are written in batches (one write, and one wake-up of the child, for a few
        hundred ``put``s); :meth:`settle` writes what is left before it reads a reply.
        """
        self.deferred.append((self._queue(message), self.last_call))
        self.unsent += 1
        if len(self.outbox) >= OUTBOX_BYTES:
            self._flush()
        if len(self.deferred) >= MAX_DEFERRED:
            self.settle()

    def settle(self) -> None:
        """Read the replies owed for deferred calls; raise what the first failed one raised.

        The calls sent after a failed one ran too: their replies are read (and thrown away)
        before the failure is raised, so that none is left to meet a later request.
        """
        self._flush()
        self.unsent = 0  # a transport whose flush writes nothing has served them all
        failed: tuple[dict[str, Any], Any] | None = None
        while self.deferred:
            nonce, call = self.deferred.popleft()
            if failed is None:
                self.last_call = call
            try:
                reply = self._receive(nonce)
            except Stop:
                if failed is None:
                    raise
                break  # the child ended after the failure: the failure is what counts
            if failed is None and ("state" not in reply or "raised" in reply):
                failed = (reply, call)
            elif failed is None:
                self._decode(reply)
        if failed is not None:
            self.deferred.clear()
            self.last_call = failed[1]
            raise_reply(failed[0], self.limits)

    def discard_owed(self) -> None:
        """Throw away the deferred calls of a test (or example) that ended with an exception of
        its own: the unsent are dropped, the replies of the sent are read and ignored. A child
        that ends meanwhile is replaced (its file loaded again), as after a crash."""
        if not self.deferred or self.child is None:
            return
        for _ in range(min(self.unsent, len(self.deferred))):
            self.deferred.pop()
        self.outbox.clear()
        self.unsent = 0
        try:
            self.settle()
        except (Stop, Exception):
            pass  # the outcome of what these calls belonged to is already decided
        if self.child is None:
            self.load()

    def _stamp(self, message: dict[str, Any], alive: bool) -> tuple[str, bytes]:
        """Give ``message`` the next nonce and encode it, counting the call; the nonce, the bytes.
        A request to a learner process that has ``alive`` false is a crash already."""
        if not alive:
            raise Stop("crash", "the process running your code had already stopped")
        self.serial += 1
        message["nonce"] = nonce = f"{self.nonce_prefix}{self.serial}"
        data = wire.dumps(message)
        self.calls += 1
        self.bytes += len(data)
        return nonce, data

    def _queue(self, message: dict[str, Any]) -> str:
        """Add ``message`` to the outbox, with a nonce of its own; the nonce."""
        nonce, data = self._stamp(message, alive=self.child is not None)
        self.outbox += HEADER.pack(MAGIC, len(data))
        self.outbox += data
        return nonce

    def _send(self, message: dict[str, Any]) -> str:
        nonce = self._queue(message)
        self._flush()
        return nonce

    def _flush(self) -> None:
        """Write the outbox to the pipe, reading replies meanwhile if the pipe is full."""
        if not self.outbox:
            return
        assert self.child is not None
        pending = memoryview(bytes(self.outbox))
        self.outbox.clear()
        self.unsent = 0
        self.progress_mark = self.last_watch = started = time.monotonic()
        while pending:
            try:
                pending = pending[os.write(self.request_fd, pending):]
            except BlockingIOError:  # the pipe is full: read replies meanwhile
                self._wait(started, writing=True)
            except OSError:
                self._ended()

    def _receive(self, nonce: str) -> dict[str, Any]:
        started = time.monotonic()
        self.progress_mark = self.last_watch = max(self.progress_mark, started)
        while (body := self._frame()) is None:
            self._wait(started, writing=False)
        self.bytes += len(body)
        try:
            reply = wire.loads(body)
        except wire.WireError as error:
            self._garbled(str(error))
        if reply.get("nonce") != nonce:
            self._garbled("a reply to a request that was not made")
        if "error" in reply:
            self._garbled(str(reply["error"])[:200])
        return reply

    def _wait(self, started: float, *, writing: bool) -> None:
        """Wait up to one tick for the reply pipe (or room in the request pipe); watch."""
        readable, _, _ = select.select([self.reply_fd], [self.request_fd] if writing else [],
                                       [], TICK)
        if readable:
            chunk = os.read(self.reply_fd, 1 << 20)
            if not chunk:
                self._ended()
            self.buffer += chunk
        elif time.monotonic() - started > TICK:
            self.watch()

    def _frame(self) -> bytes | None:
        if len(self.buffer) < HEADER.size:
            return None
        magic, size = HEADER.unpack(self.buffer[:HEADER.size])
        if magic != MAGIC or size > MAX_FRAME:
            self._garbled(f"it began with {bytes(self.buffer[:20])!r}")
        if len(self.buffer) < HEADER.size + size:
            return None
        body = bytes(self.buffer[HEADER.size:HEADER.size + size])
        del self.buffer[:HEADER.size + size]
        return body

    # -- the watch -------------------------------------------------------------------------

    def cpu_used(self) -> float:
        """CPU seconds the current child used so far (wall time spent waiting where unknown)."""
        assert self.child is not None
        used = cpu_seconds(self.child.pid)
        return used if used is not None else time.monotonic() - self.progress_mark

    def new_window(self, *, test: bool) -> None:
        """Start counting CPU for a new test (``test=True``) or a new example of a property."""
        if self.child is None:
            return
        self.discard_owed()  # only a window that ended with an exception leaves any
        now = self.cpu_used()
        self.window_start = now
        if test:
            self.cpu_start = now
            self.test_calls = self.test_bytes = 0
        self.test_calls += self.calls
        self.test_bytes += self.bytes
        self.calls = self.bytes = 0

    def check_window(self) -> float:
        """CPU seconds the test used so far; :class:`Stop` if over its budget."""
        if self.child is None or self.window_start is None:
            return 0.0
        self.settle()
        return self._check_budget(self.cpu_used())

    def _allowance(self, calls: int, size: int) -> float:
        """CPU seconds of the child's own work on ``calls`` requests of ``size`` bytes in all."""
        speed = min(max(self.call_cost / DEFAULT_CALL_COST, 0.3), 3.0)  # this machine's pace
        return calls * self.call_cost * CALL_MARGIN + size * BYTE_ALLOWANCE * speed

    def _check_budget(self, now: float) -> float:
        if self.window_start is None:
            return 0.0
        over_example = now - self.window_start > self.limits.cpu + self._allowance(
            self.calls, self.bytes)
        total = self.limits.cpu * (self.limits.property_factor if self.in_property else 1)
        total += self._allowance(self.test_calls + self.calls, self.test_bytes + self.bytes)
        if over_example or now - self.cpu_start > total:
            self.stop_child()
            raise Stop("cpu", self.limits.describe("cpu"))
        return now - self.cpu_start

    def watch(self) -> None:
        """One look at a running request: CPU budget, progress, death."""
        assert self.child is not None
        if self.child.poll() is not None:
            self._ended()
        now = time.monotonic()
        used = self.cpu_used()
        if used > self.last_cpu or waiting_to_run(self.child.pid):
            self.last_cpu = used
            self.progress_mark = now
        elif now - self.progress_mark > STALL_GRACE:
            self.stalled += min(now - self.last_watch, 1.0)
            if self.stalled > self.limits.wall:
                self.stop_child()
                raise Stop("wall", self.limits.describe("wall"))
        self.last_watch = now
        self._check_budget(used)

    in_property = False

    def _ended(self) -> None:
        """The child closed the pipe: describe how it ended."""
        assert self.child is not None
        try:
            code = self.child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        self.stop_child()
        if code == EXIT_CHANNEL_LOST:
            raise Stop("garbled", "the result channel was closed (did your code close a file "
                       "descriptor it did not open?)")
        if code is not None and -code == getattr(signal, "SIGXCPU", None):
            raise Stop("cpu", self.limits.describe("cpu"))
        if code is not None and code < 0:
            what = _CRASHES.get(-code, f"was stopped by signal {-code}")
            raise Stop("crash", f"the process running your code {what}")
        tail = self.startup_errors()
        raise Stop("crash", f"the process running your code ended abruptly with exit code "
                   f"{code} (did the code call os._exit, or crash Python?)"
                   + (f": {tail}" if tail else ""))

    def _garbled(self, detail: str) -> None:
        self.stop_child()
        raise Stop("garbled", "the result channel was garbled (did your code write to a file "
                   f"descriptor it did not open?): {detail}"[:300])

    def startup_errors(self) -> str:
        assert self.scratch is not None
        try:
            return (self.scratch / "startup.txt").read_text(errors="replace").strip()[-400:]
        except OSError:
            return ""

    def take_output(self) -> str:
        """What the learner's code printed since the last call of this, cut short."""
        try:
            with open(self.output_file, "rb") as handle:
                handle.seek(self.output_offset)
                data = handle.read(4 * OUTPUT_SHOWN)
                size = os.fstat(handle.fileno()).st_size
        except OSError:
            return ""
        total = size - self.output_offset
        self.output_offset = size
        text = data.decode("utf-8", errors="replace")[:OUTPUT_SHOWN]
        shown = len(text.encode("utf-8"))
        if total > shown:
            text += f"\n... ({total - shown} more characters not shown)"
        return text

    def output_full(self) -> bool:
        try:
            return self.output_file.stat().st_size >= self.limits.output
        except OSError:
            return False


def raise_reply(reply: dict[str, Any], limits: Limits) -> None:
    """Raise what a reply that carries no value means (the table of reply kinds)."""
    if "refused" in reply:
        raise Refused("refused", f"refused: your code tried to {reply['refused']}")
    if "badtype" in reply:
        raise NotPlainData("type", str(reply["badtype"]))
    if "limit" in reply:
        kind = reply["limit"] if reply["limit"] in ("memory", "output") else "memory"
        raise Stop(kind, limits.describe(kind))
    raised = reply.get("raised")
    if not isinstance(raised, dict):
        raise Stop("garbled", "the result channel was garbled: a reply without a result")
    if raised.get("exit"):
        what = ("called exit(); return the answer instead" if raised.get("base") == "SystemExit"
                else "raised KeyboardInterrupt")
        raise LearnerExit("exit", f"your code {what}")
    raise remote_exception(raised)


def remote_exception(raised: dict[str, Any]) -> BaseException:
    """The learner's exception as an instance of its nearest built-in exception class.

    Tests may catch it (``except IndexError``) as if the code ran here; ``.remote`` holds its
    description (type, message, where in the learner's file).

    >>> error = remote_exception({"type": "EmptyError", "base": "IndexError", "message": "x"})
    >>> isinstance(error, IndexError), error.remote["type"]
    (True, 'EmptyError')
    """
    cls = getattr(builtins, str(raised.get("base")), None)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        cls = Exception
    try:
        error = cls(str(raised.get("message", "")))
    except TypeError:  # e.g. UnicodeDecodeError needs five arguments
        error = Exception(str(raised.get("message", "")))
    error.remote = raised  # type: ignore[attr-defined]
    return error


class Learner:
    """The ``sol`` a problem's tests receive: the learner's functions and classes, called remotely.

    ``sol.name`` is a :class:`Remote` for each public function or class the learner's file
    defines; anything else is an ``AttributeError`` naming what the file defines.
    """

    def __init__(self, box: Sandbox) -> None:
        self._box = box

    def __getattr__(self, name: str) -> Remote:
        if name.startswith("__") or name not in self._box.names:
            defined = ", ".join(sorted(self._box.names)) or "nothing callable"
            raise AttributeError(f"your file does not define {name!r} (it defines: {defined})")
        return Remote(self._box, None, name)

    def __repr__(self) -> str:
        return "<your solution>"


class Remote:
    """A function, class or method on the learner's side; calling it sends a request."""

    def __init__(self, box: Sandbox, target: int | None, name: str) -> None:
        self._box, self._target, self._name = box, target, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        discard = result_discarded(sys._getframe(1), self._box.tests_file)
        return self._box.call(self._target, self._name, args, kwargs, discard=discard)

    def __repr__(self) -> str:
        return f"<your {self._name}>"


class Handle:
    """An object of the learner's class: it stays in the learner's process; its methods are remote.

    Only method calls cross: ``handle.attribute`` is a method proxy, whatever it is over there.
    """

    def __init__(self, box: Sandbox, wid: int, class_name: str) -> None:
        self._box, self._wid, self._class = box, wid, class_name

    def __getattr__(self, name: str) -> Remote:
        if name.startswith("__"):
            raise AttributeError(name)
        return Remote(self._box, self._wid, name)

    def __repr__(self) -> str:
        return f"<your {self._class} object>"


def call_method(handle: Handle, name: str, *args: Any, **kwargs: Any) -> Any:
    """Call the method ``name`` of the learner's object, dunder methods included.

    Operators do not cross by themselves (a stand-in that answered ``a * b`` would have to guess
    which protocols are meant), so a test spells them: ``call_method(a, "__mul__", b)``. An
    object of the learner's classes that comes back is a handle too.
    """
    if type(handle) is not Handle:
        raise TypeError(f"call_method needs a handle of the learner's object, not "
                        f"{type(handle).__name__}")
    return handle._box.call(handle._wid, name, args, kwargs)


def read_attribute(handle: Handle, name: str) -> Any:
    """The attribute ``name`` of the learner's object, as plain data (``value.grad``)."""
    return call_method(handle, "__getattribute__", name)


_CODE_FACTS: dict[CodeType, tuple[list[int], frozenset[int], list[tuple[int, int]]]] = {}


def _facts(code: CodeType) -> tuple[list[int], frozenset[int], list[tuple[int, int]]]:
    """The offsets of ``code``'s instructions (cache slots left out), the ``POP_TOP`` ones among
    them, and its ``try``/``with`` ranges."""
    if code not in _CODE_FACTS:
        instructions = list(dis.get_instructions(code))
        pops = frozenset(i.offset for i in instructions if i.opname == "POP_TOP")
        parse = getattr(dis, "_parse_exception_table", None)
        ranges = [(e.start, e.end) for e in parse(code)] if parse else [(0, 1 << 30)]
        _CODE_FACTS[code] = ([i.offset for i in instructions], pops, ranges)
    return _CODE_FACTS[code]


def result_discarded(frame: FrameType | None, tests_file: str | None) -> bool:
    """Whether the call being made from ``frame`` (a test's code) throws its result away,
    outside any ``try`` or ``with`` in the test's frames, so that an error can wait.

    A call statement such as ``cache.put(1, 1)`` is followed by ``POP_TOP`` in the bytecode.
    The frame's last instruction is the call, or one of the cache slots after it (which one
    depends on the Python version and on how the callee was reached: a ``Remote`` is called
    through its ``__call__``), so the instruction that comes next is the first one after it.

    >>> import sys
    >>> result_discarded(sys._getframe(), __file__)
    False
    """
    if frame is None or tests_file is None or frame.f_code.co_filename != tests_file:
        return False
    offsets, pops, _ = _facts(frame.f_code)
    following = bisect.bisect_right(offsets, frame.f_lasti)
    if following == len(offsets) or offsets[following] not in pops:
        return False
    while frame is not None and frame.f_code.co_filename == tests_file:
        _, _, ranges = _facts(frame.f_code)
        if any(start <= frame.f_lasti < end for start, end in ranges):
            return False
        frame = frame.f_back
    return True
