"""Run a problem's tests against a learner's file, in this process, and describe each outcome.

This is the checker's engine. :func:`run_tests` compiles the learner's file (a syntax error is
reported with its line, and nothing runs), executes it as a fresh module, checks it defines the
problem's entry, loads the problem's ``tests.py`` and calls each ``test_*`` with the learner's
module. Every call runs under a time limit (see :mod:`dsa.practice.limits`) with ``print`` output
captured and capped; times are CPU seconds. Hypothesis runs under the fixed ``dsa-practice``
profile; each example gets the per-test limit and a property test as a whole gets
``PROPERTY_FACTOR`` times it.

Learner code is untrusted only in the sense of being unfinished: it may loop forever, print
without end or raise anything. It is not sandboxed against malice. The command-line checker runs
this engine in a child process (:mod:`dsa.practice.isolation`) so that even a hang inside a C call
cannot stop it; the project's own tests call it directly, which is much quicker.

>>> from dsa.practice.problems import get_problem
>>> problem = get_problem("single-number")
>>> result = run_tests(problem, problem.solution_path)
>>> result.status, all(test.outcome == "passed" for test in result.tests)
('passed', True)
"""

from __future__ import annotations

import contextlib
import difflib
import sys
import time
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import HypothesisException
from hypothesis.strategies import DataObject

from dsa.practice.checking import Mismatch
from dsa.practice.limits import CappedWriter, TestTimeout, shorten, time_limit
from dsa.practice.problems import Problem

PROFILE = "dsa-practice"
settings.register_profile(
    PROFILE,
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    print_blob=False,
    report_multiple_bugs=False,
    # No "explain" phase: its notes are for test authors, and it costs time on every failure.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)

PROPERTY_FACTOR = 15  # a property test may take this many per-test limits in all
OUTPUT_LIMIT = 1000   # characters of learner output kept per test
REPR_LIMIT = 300      # characters of each input, expected and actual value shown

OUTCOMES = ("passed", "failed", "error", "timeout", "not-attempted")


@dataclass
class TestResult:
    """How one ``test_*`` went. ``inputs``/``expected``/``actual`` are reprs, cut short.

    >>> TestResult("test_example", "passed").to_dict()["outcome"]
    'passed'
    """

    __test__ = False

    name: str
    outcome: str
    message: str = ""
    inputs: dict[str, str] | None = None
    expected: str | None = None
    actual: str | None = None
    where: str | None = None
    output: str = ""
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TestResult:
        return cls(**data)


@dataclass
class CheckResult:
    """The outcome of checking one file against one problem.

    ``status`` is ``passed`` (every test passed), ``failed``, ``not-attempted`` (the untouched
    starter, or every test hit ``NotImplementedError``) or ``error`` (the file could not be run at
    all; ``message`` says why).

    >>> CheckResult("two-sum", "x.py", "error", "syntax error").passed
    False
    """

    problem: str
    file: str
    status: str
    message: str = ""
    tests: list[TestResult] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def to_dict(self) -> dict[str, Any]:
        return {"problem": self.problem, "file": self.file, "status": self.status,
                "passed": self.passed, "message": self.message,
                "tests": [test.to_dict() for test in self.tests]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        return cls(data["problem"], data["file"], data["status"], data.get("message", ""),
                   [TestResult.from_dict(t) for t in data.get("tests", [])])


def overall_status(tests: list[TestResult]) -> str:
    """``passed`` if every test passed, ``not-attempted`` if none was attempted, else ``failed``.

    >>> overall_status([TestResult("a", "passed"), TestResult("b", "timeout")])
    'failed'
    >>> overall_status([TestResult("a", "not-attempted")])
    'not-attempted'
    """
    outcomes = {test.outcome for test in tests}
    if outcomes == {"passed"}:
        return "passed"
    if outcomes == {"not-attempted"}:
        return "not-attempted"
    return "failed"


def _show(value: Any) -> str:
    try:
        text = repr(value)
    except Exception as error:  # a learner's class may have a broken __repr__
        text = f"<unprintable {type(value).__name__}: {error!r}>"
    return shorten(text, REPR_LIMIT)


def same_text(a: str, b: str) -> bool:
    """Whether two sources are the same apart from trailing whitespace and line endings.

    >>> same_text("x = 1\\r\\n", "x = 1\\n\\n")
    True
    """
    def norm(text: str) -> list[str]:
        return [line.rstrip() for line in text.strip().splitlines()]
    return norm(a) == norm(b)


@contextlib.contextmanager
def _captured(writer: CappedWriter) -> Iterator[None]:
    with contextlib.redirect_stdout(writer), contextlib.redirect_stderr(writer):
        yield


@contextlib.contextmanager
def _practice_profile() -> Iterator[None]:
    before = settings.get_current_profile_name()
    settings.load_profile(PROFILE)
    try:
        yield
    finally:
        settings.load_profile(before)


def _frames_in(error: BaseException, filename: str) -> list[traceback.FrameSummary]:
    return [frame for frame in traceback.extract_tb(error.__traceback__)
            if frame.filename == filename]


def _describe_frame(frame: traceback.FrameSummary, owner: str) -> str:
    code = f": {frame.line.strip()}" if frame.line else ""
    return f"{owner}, line {frame.lineno}, in {frame.name}{code}"


def _syntax_message(error: SyntaxError) -> str:
    lines = [f"syntax error on line {error.lineno}: {error.msg}"]
    if error.text:
        text = error.text.rstrip("\n")
        lines.append(f"    {text.strip()}")
        if error.offset:
            indent = len(text) - len(text.lstrip())
            lines.append("    " + " " * max(error.offset - 1 - indent, 0) + "^")
    return "\n".join(lines)


def _leaf(error: BaseException) -> BaseException:
    # Hypothesis wraps inconsistent failures in an exception group; report the first real one.
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


class _NotAttempted(BaseException):
    """Carries a learner's ``NotImplementedError`` out of hypothesis without shrinking."""


class _Context:
    """What the outcome of a failed call is described against."""

    def __init__(self, learner_file: str, tests_file: str, limit: float, target: str) -> None:
        self.learner_file = learner_file
        self.tests_file = tests_file
        self.limit = limit
        self.target = target
        self.last_inputs: dict[str, Any] | None = None
        self.catch_interrupts = False


def _describe_error(error: BaseException, ctx: _Context, result: TestResult) -> None:
    """Fill ``result`` with the outcome and message for ``error``, raised by a test."""
    flaky = isinstance(error, BaseExceptionGroup)
    error = _leaf(error)
    if isinstance(error, _NotAttempted) and error.__cause__ is not None:
        error = error.__cause__
    learner = _frames_in(error, ctx.learner_file)
    in_tests = _frames_in(error, ctx.tests_file)
    if learner:
        result.where = _describe_frame(learner[-1], "your code")
    elif in_tests:
        result.where = _describe_frame(in_tests[-1], "the test")
    if ctx.last_inputs is not None and result.inputs is None:
        result.inputs = {k: _show(v) for k, v in ctx.last_inputs.items()
                         if not isinstance(v, DataObject | types.ModuleType)}
    draws = [note for note in getattr(error, "__notes__", []) if note.startswith("Draw ")]
    if draws:
        result.inputs = {**(result.inputs or {}), "drawn": shorten("; ".join(draws), REPR_LIMIT)}

    if isinstance(error, TestTimeout):
        result.outcome = "timeout"
        result.where = None
        if error.seconds > ctx.limit:
            result.message = (f"all its examples together took longer than {error.seconds:g} s: "
                              f"is your code slower than the target {ctx.target}?")
        else:
            result.message = (f"took longer than the {error.seconds:g} s limit: an infinite loop, "
                              f"or slower than the target {ctx.target}?")
    elif isinstance(error, Mismatch):
        result.outcome = "failed"
        result.message = error.message
        result.where = None  # the inputs, expected and actual say it all
        result.inputs = {k: _show(v) for k, v in error.inputs.items()}
        if error.expected is not None or error.actual is not None:
            result.expected = _show(error.expected)
            result.actual = _show(error.actual)
    elif isinstance(error, NotImplementedError):
        result.outcome = "not-attempted"
        result.message = "not attempted yet (the code raises NotImplementedError)"
        result.where = None
    elif isinstance(error, AssertionError):
        result.outcome = "failed"
        result.message = str(error) or "a check in the test failed"
    elif isinstance(error, SystemExit):
        result.outcome = "error"
        result.message = "your code called exit(); return the answer instead"
    elif isinstance(error, HypothesisException):
        result.outcome = "error"
        result.message = (f"the problem's tests went wrong ({type(error).__name__}: "
                          f"{shorten(str(error), REPR_LIMIT)}); please report it")
    else:
        result.outcome = "error"
        detail = shorten(f"{type(error).__name__}: {error}", REPR_LIMIT)
        if isinstance(error, RecursionError):
            detail += " (recursion too deep: a missing base case, or use a loop)"
        if learner:
            result.message = f"your code raised {detail}"
        else:
            result.message = (f"{detail}, raised by the test while using your answer: "
                              "check the type and shape of what your code returns")
    if flaky:
        result.message += (" (on rerunning the same input the result changed: does your code "
                           "keep state between calls?)")


def _guard_examples(test: Callable[..., Any], ctx: _Context) -> None:
    """Give each hypothesis example of ``test`` its own time limit, and remember its inputs."""
    handle = getattr(test, "hypothesis", None)
    if handle is None:
        return
    inner = handle.inner_test

    def guarded(*args: Any, **kwargs: Any) -> Any:
        ctx.last_inputs = kwargs
        try:
            with time_limit(ctx.limit):
                return inner(*args, **kwargs)
        except NotImplementedError as error:
            # Not a bug to shrink: stop hypothesis at once, as for a timeout.
            raise _NotAttempted from error

    handle.inner_test = guarded


def _exec_module(name: str, path: Path, code: types.CodeType) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = str(path)
    sys.modules[name] = module  # dataclasses and pickling look a module up by name
    exec(code, module.__dict__)
    return module


def _public_names(module: types.ModuleType) -> list[str]:
    return sorted(name for name, value in vars(module).items()
                  if not name.startswith("_") and callable(value)
                  and getattr(value, "__module__", None) == module.__name__)


def _run_one(test: Callable[..., Any], name: str, learner: types.ModuleType, ctx: _Context,
             cap: float, writer: CappedWriter) -> TestResult:
    result = TestResult(name, "passed")
    ctx.last_inputs = None
    writer.reset()
    start = time.process_time()
    try:
        with _captured(writer), time_limit(cap):
            test(learner)
    except KeyboardInterrupt:
        if not ctx.catch_interrupts:
            raise
        result.outcome, result.message = "error", "your code raised KeyboardInterrupt"
    except BaseException as error:
        _describe_error(error, ctx, result)
    result.seconds = round(time.process_time() - start, 4)
    result.output = writer.summary()
    return result


def run_tests(problem: Problem, learner_path: Path | str, *, only: list[str] | None = None,
              fail_fast: bool = False, time_limit_s: float | None = None,
              starter_shortcut: bool = True, catch_interrupts: bool = False,
              on_event: Callable[[dict[str, Any]], None] | None = None) -> CheckResult:
    """Check the file at ``learner_path`` against ``problem``'s tests, in this process.

    ``only`` runs just the named tests; ``fail_fast`` stops at the first test that does not pass;
    ``time_limit_s`` overrides the problem's per-test limit; ``starter_shortcut`` reports a file
    equal to the starter as not attempted without running it. ``catch_interrupts`` reports a
    ``KeyboardInterrupt`` as the learner's error (for a child process, where Ctrl-C goes to the
    parent) instead of letting it stop the run. ``on_event`` is called with
    ``{"event": "tests", ...}`` once the tests are loaded, and ``start``/``result`` per test, so a
    parent process can watch. Main thread only (it uses ``SIGPROF``).

    >>> from dsa.practice.problems import get_problem
    >>> problem = get_problem("two-sum")
    >>> run_tests(problem, problem.starter_path).status
    'not-attempted'
    """
    path = Path(learner_path).resolve()
    limit = time_limit_s or problem.time_limit
    emit = on_event or (lambda event: None)

    def finish(status: str, message: str = "", tests: list[TestResult] | None = None
               ) -> CheckResult:
        result = CheckResult(problem.id, str(path), status, message, tests or [])
        emit({"event": "done", "result": result.to_dict()})
        return result

    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return finish("error", f"cannot read {path}: {error}")
    if starter_shortcut and same_text(source, problem.starter_path.read_text(encoding="utf-8")):
        return finish("not-attempted", "this is the untouched starter: write your solution, "
                      "then check again")
    try:
        code = compile(source, str(path), "exec")
    except SyntaxError as error:
        return finish("error", _syntax_message(error))
    except ValueError as error:  # e.g. a NUL byte in the file
        return finish("error", f"cannot compile {path}: {error}")

    ctx = _Context(str(path), str(problem.tests_path.resolve()), limit, problem.time)
    ctx.catch_interrupts = catch_interrupts
    writer = CappedWriter(OUTPUT_LIMIT)
    learner_name = f"practice_learner_{problem.slug}"
    tests_name = f"practice_tests_{problem.slug}"
    saved_path = list(sys.path)
    try:
        with _practice_profile():
            sys.path.append(str(path.parent))  # lets a learner import a helper beside the file
            load = TestResult("loading your file", "passed")
            try:
                with _captured(writer), time_limit(limit):
                    learner = _exec_module(learner_name, path, code)
            except KeyboardInterrupt:
                if not catch_interrupts:
                    raise
                return finish("error", "your file raised KeyboardInterrupt while loading")
            except BaseException as error:
                _describe_error(error, ctx, load)
                if load.outcome == "timeout":
                    load.message = (f"loading your file took longer than {limit:g} s: is there "
                                    "a loop or a call at the top level of the file?")
                return finish("error", "\n".join(
                    filter(None, [load.message, load.where and f"at {load.where}"])))
            if not callable(getattr(learner, problem.entry, None)):
                names = _public_names(learner)
                close = difflib.get_close_matches(problem.entry, names, n=1)
                message = (f"your file does not define {problem.entry!r}, the name the tests "
                           f"call; it defines: {', '.join(names) or 'nothing callable'}")
                if close:
                    message += f". Rename {close[0]!r} to {problem.entry!r}?"
                return finish("error", message)

            try:
                tests_code = compile(problem.tests_path.read_text(encoding="utf-8"),
                                     ctx.tests_file, "exec")
                tests_module = _exec_module(tests_name, problem.tests_path, tests_code)
            except Exception as error:
                return finish("error", f"the problem's tests.py failed to load "
                              f"({type(error).__name__}: {error}); please report it")
            tests = [(name, value) for name, value in vars(tests_module).items()
                     if name.startswith("test_") and callable(value)]
            caps = {name: limit * (PROPERTY_FACTOR if hasattr(test, "hypothesis") else 1)
                    for name, test in tests}
            emit({"event": "tests", "tests": [{"name": n, "cap": caps[n]} for n, _ in tests]})
            results: list[TestResult] = []
            for name, test in tests:
                if only is not None and name not in only:
                    continue
                _guard_examples(test, ctx)
                emit({"event": "start", "name": name, "cap": caps[name]})
                result = _run_one(test, name, learner, ctx, caps[name], writer)
                emit({"event": "result", "result": result.to_dict()})
                results.append(result)
                if fail_fast and result.outcome != "passed":
                    break
            return finish(overall_status(results), "", results)
    finally:
        sys.path[:] = saved_path
        sys.modules.pop(learner_name, None)
        sys.modules.pop(tests_name, None)
