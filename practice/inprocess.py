"""The sandbox's stand-in where there is no second process: a browser running Pyodide.

In a terminal a check runs the learner's file in a child process (:mod:`practice.isolation`).
A web page has no processes; its Python runs in one Web Worker. :class:`InProcess` keeps
everything the judge relies on and changes only the transport: it *is* a
:class:`~practice.isolation.Sandbox` (the same ``sol``, the same handles, the same CPU windows
and budgets, the same deferred calls), but each request, instead of being written to a pipe,
is handed to the very :class:`~practice._child.Server` the child runs, in this process. Every
request and every reply still goes through :func:`practice.wire.dumps` and
:func:`practice.wire.loads`, so the tests receive exactly what they would from a child: plain
data of exact built-in types, a subclass or a foreign object refused with the same words.

What the browser cannot give, and what stands in for it:

- **CPU time of the child.** The time spent inside the learner's side of each request
  (running the code, decoding the arguments, encoding the result) is added up instead, divided
  by :attr:`InProcess.slowdown` (a browser gives only a wall clock, and Pyodide is slower than
  a native build), so a test's budget means about what it means in the terminal.
- **Ending a runaway call.** Nothing in one thread can stop an infinite loop. The page's worker
  posts a beat (``on_beat``) at every window and, at most every :data:`BEAT_EVERY` seconds, at
  requests; the page ends the worker when the beats stop for longer than a test may run, reports
  the time limit for the test that was running (:func:`timeout_result`) and starts a fresh
  worker for the tests left, as the terminal's checker starts a fresh child.
- **The audit hook.** The learner's code shares the interpreter with the tests, so it *could*
  reach them; only the learner would be fooled, in their own browser. The terminal's check stays
  the one that records a problem as solved with the guard in place.

>>> from practice.problems import get_problem
>>> from practice.runner import run_tests
>>> problem = get_problem("two-sum")
>>> run_tests(problem, problem.solution_path, sandbox=InProcess).status
'passed'
>>> [t.outcome for t in run_tests(problem, problem.folder / "buggy_returns_tuple.py",
...                               sandbox=InProcess, only=["test_example_1"]).tests]
['failed']
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from practice import wire
from practice._child import Server
from practice.isolation import DEFAULT_CALL_COST, Sandbox, Stop
from practice.limits import Limits
from practice.types import NODE_TYPES

_NODE_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in NODE_TYPES}
BEAT_EVERY = 0.25   # seconds between beats from inside a long stream of requests


class _OverTime(BaseException):
    """One request ran past the CPU a whole example may use (raised by :func:`_cpu_alarm`)."""


@contextlib.contextmanager
def _cpu_alarm(seconds: float) -> Iterator[None]:
    """Where this process can be interrupted (native CPython, main thread), raise
    :class:`_OverTime` into code still running after ``seconds`` of CPU; elsewhere (Pyodide)
    the page's watchdog ends the worker instead."""
    usable = (hasattr(signal, "setitimer") and sys.platform != "emscripten"
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise _OverTime

    previous = signal.signal(signal.SIGPROF, interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _unlink(objects: Iterable[Any]) -> None:
    """Cut the links between the list and tree nodes in ``objects`` before they are dropped.

    Dropping the head of a long list frees it node by node, one C call inside another; Pyodide's
    stack is far smaller than a native one, and 100,000 nodes overflow it (a fatal error of the
    whole runtime). Every node that crossed is in a mirror's table, so cutting each one's links
    lets them go one at a time.
    """
    for obj in list(objects):
        fields = _NODE_FIELDS.get(type(obj))
        for name in fields or ():
            if type(getattr(obj, name)) in _NODE_FIELDS:
                setattr(obj, name, None)


class _NoGuard:
    """The audit hook's place in :class:`~practice._child.Server`: no hook, so no refusals."""

    def __init__(self) -> None:
        self.refused: list[str] = []


class _Running:
    """Stands where the child process would be: the sandbox is "alive" while this is set."""

    pid = 0


class InProcess(Sandbox):
    """A :class:`~practice.isolation.Sandbox` whose "child" is a server in this process.

    ``slowdown`` divides the measured time (1 on native CPython, more under Pyodide);
    ``on_beat(kind)`` hears ``"window"`` at each CPU window and ``"call"`` at requests.
    """

    slowdown: float = 1.0
    on_beat: Callable[[str], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # the same arguments as a Sandbox, whatever they are
        self.server: Server | None = None
        self.used = 0.0
        self.replies: dict[str, dict[str, Any]] = {}
        self.last_beat = 0.0

    def __enter__(self) -> InProcess:
        self.scratch = Path(tempfile.mkdtemp(prefix="practice-inprocess-"))
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_child()
        _unlink(self.mirror.objects.values())
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def start_child(self) -> None:
        """A fresh server (the previous one's objects are dropped), with fresh counters."""
        self.stop_child()
        self.saved_path = list(sys.path)
        self.server = Server(None, _NoGuard(), os.path.realpath(self.learner))  # type: ignore
        self.child = _Running()  # type: ignore[assignment]
        self.buffer = bytearray()
        self.deferred = deque()
        self.outbox, self.unsent = bytearray(), 0
        self.serial = 0
        self.nonce_prefix = "in"
        self.cpu_start = self.last_cpu = 0.0
        self.window_start = None
        self.calls = self.bytes = self.test_calls = self.test_bytes = 0
        self.call_cost = DEFAULT_CALL_COST
        self.call_cost = self._calibrate()

    def reset(self) -> None:
        _unlink(self.mirror.objects.values())
        super().reset()
        self.replies.clear()  # those of deferred calls thrown away with a failed test

    def stop_child(self) -> None:
        if self.server is not None:
            _unlink(self.server.mirror.objects.values())
            # The server's load put the learner's folder first on the path and the learner's
            # module in sys.modules: in a child that dies with it, here it would outlive the
            # check (a problem folder's tests.py importable as "tests").
            sys.path[:] = self.saved_path
            sys.modules.pop(wire.LEARNER_MODULE, None)
        self.server = None
        self.child = None
        self.replies.clear()

    # -- the transport: a request is served at once, its reply kept until it is read -------

    def _flush(self) -> None:
        """Nothing waits to be written: each request was served as it was queued."""

    def _queue(self, message: dict[str, Any]) -> str:
        """Serve ``message`` now (a deferred call too) and keep its reply; its nonce."""
        nonce, data = self._stamp(message, alive=self.server is not None)
        self._beat("call")
        started = time.perf_counter()
        try:
            with self._output(), _cpu_alarm(self.limits.cpu * self.slowdown):
                reply = self._serve(wire.loads(data))
        except _OverTime:
            reply = {"nonce": nonce, "raised": {"type": _OverTime.__name__}}
        self.used += (time.perf_counter() - started) / self.slowdown
        if reply.get("raised", {}).get("type") == _OverTime.__name__:
            self.stop_child()
            raise Stop("cpu", self.limits.describe("cpu"))
        answer = wire.dumps(reply)
        self.bytes += len(answer)
        self.replies[nonce] = wire.loads(answer)
        return nonce

    def _serve(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.server is not None
        ops = {"load": self.server.load, "call": self.server.call, "reset": self.server.reset}
        op = ops.get(request.get("op"))
        if op == self.server.reset:
            _unlink(self.server.mirror.objects.values())
        return {"nonce": request.get("nonce"), **(op(request) if op else
                                                  {"error": "unknown request"})}

    def _receive(self, nonce: str) -> dict[str, Any]:
        reply = self.replies.pop(nonce, None)
        if reply is None:
            self._garbled("a reply to a request that was not made")
        if "error" in reply:
            self._garbled(str(reply["error"])[:200])
        return reply

    @contextlib.contextmanager
    def _output(self) -> Iterator[None]:
        """The learner's printing goes to the scratch output file, as the child's does."""
        with open(self.output_file, "a", encoding="utf-8") as out, \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            yield

    # -- the watch: time spent on the learner's side, and beats for the page ---------------

    def cpu_used(self) -> float:
        return self.used

    def new_window(self, *, test: bool) -> None:
        self._beat("window", force=True)
        super().new_window(test=test)

    def _beat(self, kind: str, force: bool = False) -> None:
        if self.on_beat is None:
            return
        now = time.monotonic()
        if force or now - self.last_beat >= BEAT_EVERY:
            self.last_beat = now
            self.on_beat(kind)

    def startup_errors(self) -> str:
        return ""


def timeout_result(problem: Any, name: str) -> dict[str, Any]:
    """The result of a test the page ended because its beats stopped: the terminal's words.

    >>> from practice.problems import get_problem
    >>> timeout_result(get_problem("two-sum"), "test_largest_size")["message"]
    'CPU time limit 2 s per test reached (an infinite loop, or too slow?); the target is O(n)'
    """
    from practice.runner import Context, TestResult, describe

    result = TestResult(name, "passed")
    limits = Limits(cpu=problem.time_limit)
    describe(Stop("cpu", limits.describe("cpu")), Context("", problem.time, limits), result)
    return result.to_dict()


# -- the page's entry points: what the Web Worker calls -------------------------------------

# A browser has no CPU clock, only a wall clock, and Pyodide runs somewhat slower than a native
# build: the budgets stretch by this much, so a busy machine does not turn a pass into a
# time-out (the quiet time still ends an infinite loop of a 2 s problem within 10 s).
BROWSER_SLOWDOWN = 3.0
QUIET_GRACE = 2.0        # seconds beyond a test's budget before the page ends a silent worker
PROG = "python -m dsa.practice"


def quiet_seconds(problem: Any, slowdown: float = BROWSER_SLOWDOWN) -> float:
    """How long the page lets the worker stay silent before it ends it as a time-out.

    >>> from practice.problems import get_problem
    >>> quiet_seconds(get_problem("two-sum"))
    8.0
    """
    return problem.time_limit * slowdown + QUIET_GRACE


def browser_summary(result: Any) -> str:
    """The terminal's summary of a check, with the last line's "what next" made for the page.

    >>> from practice.runner import CheckResult, TestResult
    >>> print(browser_summary(CheckResult("two-sum", "x.py", "passed", "",
    ...                                   [TestResult("test_a", "passed")])))
    two-sum: 1 of 1 tests passed
    Solved in the browser! The reference solution is in the spoiler below.
    """
    from practice.report import format_summary

    lines = format_summary(result, PROG).splitlines()
    if result.passed:
        lines[-1] = "Solved in the browser! The reference solution is in the spoiler below."
    return "\n".join(lines)


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    """A check put together by the page from several workers' parts: its status and summary.

    >>> summarize({"problem": "two-sum", "file": "x.py", "status": "passed", "tests": [
    ...     {"name": "test_a", "outcome": "passed"}, {"name": "test_b", "outcome": "timeout"}]})
    {'status': 'failed', 'summary': 'two-sum: 1 of 2 tests passed'}
    """
    from practice.runner import CheckResult, overall_status

    result = CheckResult.from_dict(data)
    if result.tests:
        result.status = overall_status(result.tests)
    return {"status": result.status, "summary": browser_summary(result)}


def browser_check(folder: str, source: str, only: list[str] | None,
                  post: Callable[[str], None], slowdown: float = BROWSER_SLOWDOWN) -> None:
    """Check ``source`` against the problem in ``folder``, telling the page as it goes.

    ``post`` receives JSON text: ``plan`` (the tests, in order, with each one's time-out result
    ready for the page to show if it has to end the worker), ``beat``, ``loaded``, ``result``
    (one test, with the terminal's text for it) and ``done`` (the whole result and summary).
    """
    import json

    from practice.problems import load_problem
    from practice.report import format_test
    from practice.runner import load_tests, run_tests

    problem = load_problem(folder)
    names = [name for name, _ in load_tests(problem) if only is None or name in only]
    timeouts = {name: timeout_result(problem, name) for name in names}
    from practice.report import format_test as text_of
    from practice.runner import TestResult

    post(json.dumps({
        "type": "plan", "problem": problem.id, "names": names, "quiet": quiet_seconds(problem,
                                                                                      slowdown),
        "timeouts": {name: {"test": r, "text": text_of(TestResult.from_dict(r))}
                     for name, r in timeouts.items()},
        "load_timeout": f"loading your file: {Limits(cpu=problem.time_limit).describe('cpu')}"}))
    learner = Path(tempfile.mkdtemp(prefix="practice-learner-")) / f"{problem.entry}.py"
    learner.write_text(source, encoding="utf-8")

    class Watched(InProcess):
        def load(self) -> Any:
            sol = super().load()
            post('{"type": "loaded"}')
            return sol

    Watched.slowdown = slowdown
    Watched.on_beat = staticmethod(lambda kind: post('{"type": "beat"}'))
    result = run_tests(problem, learner, only=only, sandbox=Watched, on_result=lambda test: post(
        json.dumps({"type": "result", "test": test.to_dict(), "text": format_test(test)})))
    post(json.dumps({"type": "done", "result": result.to_dict(),
                     "summary": browser_summary(result)}))
