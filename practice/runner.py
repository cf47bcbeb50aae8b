"""The judge: run a problem's tests on a learner's file and decide, in this process, what passed.

What runs where, and why:

- **Here** (the checker's process, trusted): the problem's ``tests.py``, hypothesis, the oracles
  and :func:`~practice.checking.expect`. The verdict is made here and only here.
- **In a child process** (:mod:`practice._child`, via :mod:`practice.isolation`): the
  learner's file, and nothing else. The tests receive ``sol``, a stand-in whose calls travel to
  the child as plain data and whose results come back as plain data of exact built-in types
  (:mod:`practice.wire`). Learner code can therefore not patch the checker, hand over an object
  whose ``==`` always says yes, or write a "passed" line anywhere the verdict is read from.

A check goes in small steps: read and compile the file (a syntax error is reported with its line;
an untouched starter is "not attempted" without running), load the tests, start the child and
load the file there, then run each test (:func:`run_one`) and describe its outcome
(:func:`describe`, a table from exception type to message). Limits (CPU per test, memory, output,
a wall-clock budget for the whole check) are in :mod:`practice.limits`. After a limit or a
crash ends the child, the next test gets a fresh one only if every test was asked for
(``fail_fast=False``); a check that made no progress for the wall budget ends there.

>>> from practice.problems import get_problem
>>> problem = get_problem("single-number")
>>> result = run_tests(problem, problem.solution_path)
>>> result.status, all(test.outcome == "passed" for test in result.tests)
('passed', True)
"""

from __future__ import annotations

import contextlib
import difflib
import reprlib
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import HypothesisException
from hypothesis.strategies import DataObject

from practice.checking import Mismatch
from practice.isolation import Learner, LearnerExit, NotPlainData, Refused, Sandbox, Stop
from practice.limits import Limits, shorten
from practice.problems import Problem
from practice.types import ListNode, TreeNode, list_values, tree_values

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
    seed: int | None = None  # the property tests' examples came from it; None: the fixed ones

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def to_dict(self) -> dict[str, Any]:
        return {"problem": self.problem, "file": self.file, "status": self.status,
                "passed": self.passed, "message": self.message, "seed": self.seed,
                "tests": [test.to_dict() for test in self.tests]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        return cls(data["problem"], data["file"], data["status"], data.get("message", ""),
                   [TestResult.from_dict(t) for t in data.get("tests", [])], data.get("seed"))


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


_repr = reprlib.Repr()
_repr.maxlevel, _repr.maxlist, _repr.maxtuple, _repr.maxdict, _repr.maxset = 6, 40, 40, 20, 20
_repr.maxstring, _repr.maxother, _repr.maxlong = 120, 120, 60


def show(value: Any) -> str:
    """A short repr for a report; a list or tree node is shown as its values.

    >>> show(ListNode(1, ListNode(2)))
    'list [1, 2]'
    >>> show(list(range(100)))[-12:]
    '38, 39, ...]'
    """
    try:
        if isinstance(value, ListNode):
            text = f"list {_repr.repr(list_values(value))}"
        elif isinstance(value, TreeNode):
            text = f"tree {_repr.repr(tree_values(value))}"
        else:
            text = _repr.repr(value)
    except (ValueError, RecursionError):
        text = f"a {type(value).__name__} with a cycle"
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
def judging() -> Iterator[None]:
    """Every change of this process's global state a check makes, undone afterwards: the
    hypothesis profile (fixed examples, no database)."""
    before = settings.get_current_profile_name()
    settings.load_profile(PROFILE)
    try:
        yield
    finally:
        settings.load_profile(before)


def _syntax_message(error: SyntaxError) -> str:
    lines = [f"syntax error on line {error.lineno}: {error.msg}"]
    if error.text:
        text = error.text.rstrip("\n")
        lines.append(f"    {text.strip()}")
        if error.offset:
            indent = len(text) - len(text.lstrip())
            lines.append("    " + " " * max(error.offset - 1 - indent, 0) + "^")
    return "\n".join(lines)


class _NotAttempted(BaseException):
    """Carries a learner's ``NotImplementedError`` out of hypothesis without shrinking."""


@dataclass
class Context:
    """What one check's outcomes are described against."""

    tests_file: str
    target: str
    limits: Limits
    last_inputs: dict[str, Any] | None = None
    last_call: tuple[str, tuple[Any, ...], dict[str, Any]] | None = None


# -- describing an outcome: a table from exception type to outcome and message --------------

def _stopped(error: Stop, ctx: Context) -> tuple[str, str]:
    outcome = "timeout" if error.kind in ("cpu", "wall") else "error"
    if error.kind == "cpu":
        return outcome, f"{error.message}; the target is {ctx.target}"
    return outcome, error.message


def _remote(error: BaseException, ctx: Context) -> tuple[str, str]:
    raised = error.remote  # type: ignore[attr-defined]
    detail = shorten(f"{raised.get('type')}: {raised.get('message')}", REPR_LIMIT)
    if raised.get("base") == "RecursionError":
        detail += " (recursion too deep: a missing base case, or use a loop)"
    return "error", f"your code raised {detail}"


_TABLE: dict[type, Callable[[Any, Context], tuple[str, str]]] = {
    Stop: _stopped,
    Mismatch: lambda error, ctx: ("failed", error.message),
    NotImplementedError: lambda error, ctx: (
        "not-attempted", "not attempted yet (the code raises NotImplementedError)"),
    AssertionError: lambda error, ctx: ("failed", str(error) or "a check in the test failed"),
    HypothesisException: lambda error, ctx: (
        "error", f"the problem's tests went wrong ({type(error).__name__}: "
                 f"{shorten(str(error), REPR_LIMIT)}); please report it"),
    BaseException: lambda error, ctx: (
        "error", f"{shorten(f'{type(error).__name__}: {error}', REPR_LIMIT)}, raised by the "
                 "test while using your answer: check the type and shape of what your code "
                 "returns"),
}


def _leaf(error: BaseException) -> BaseException:
    # Hypothesis wraps inconsistent failures in an exception group; report the first real one.
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    if isinstance(error, _NotAttempted) and error.__cause__ is not None:
        error = error.__cause__
    return error


def _test_frame(error: BaseException, tests_file: str) -> str | None:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == tests_file]
    if not frames:
        return None
    frame = frames[-1]
    return f"the test, line {frame.lineno}, in {frame.name}" + (
        f": {frame.line.strip()}" if frame.line else "")


def _inputs(error: BaseException, ctx: Context) -> dict[str, str] | None:
    if isinstance(error, Mismatch):
        return {k: show(v) for k, v in error.inputs.items()}
    inputs = None
    if ctx.last_inputs is not None:
        inputs = {k: show(v) for k, v in ctx.last_inputs.items()
                  if not isinstance(v, DataObject | types.ModuleType | Learner)}
    elif ctx.last_call is not None:
        name, args, kwargs = ctx.last_call
        shown = [show(a) for a in args] + [f"{k}={show(v)}" for k, v in kwargs.items()]
        inputs = {"call": shorten(f"{name}({', '.join(shown)})", REPR_LIMIT)}
    draws = [note for note in getattr(error, "__notes__", []) if note.startswith("Draw ")]
    if draws:
        inputs = {**(inputs or {}), "drawn": shorten("; ".join(draws), REPR_LIMIT)}
    return inputs


def describe(error: BaseException, ctx: Context, result: TestResult) -> None:
    """Fill ``result`` with the outcome, message, inputs and place for ``error``."""
    flaky = isinstance(error, BaseExceptionGroup)
    error = _leaf(error)
    if hasattr(error, "remote") and not isinstance(error, NotImplementedError):
        result.outcome, result.message = _remote(error, ctx)
        result.where = error.remote.get("where")  # type: ignore[attr-defined]
    else:
        handler = next(_TABLE[cls] for cls in type(error).__mro__ if cls in _TABLE)
        result.outcome, result.message = handler(error, ctx)
        if result.outcome == "error" and not isinstance(error, Stop):
            result.where = _test_frame(error, ctx.tests_file)
    if result.outcome != "not-attempted":
        result.inputs = _inputs(error, ctx)
    if isinstance(error, Mismatch) and (error.expected is not None or error.actual is not None):
        result.expected, result.actual = show(error.expected), show(error.actual)
    if flaky:
        result.message += (" (on rerunning the same input the result changed: does your code "
                           "keep state between calls?)")


# -- running -------------------------------------------------------------------------------

def load_tests(problem: Problem, seed: int | None = None) -> list[tuple[str, Callable[..., Any]]]:
    """The problem's ``test_*`` functions, from its ``tests.py`` run as a fresh module here;
    with ``seed``, each property test draws its examples from it.

    >>> from practice.problems import get_problem
    >>> tests = dict(load_tests(get_problem("two-sum"), seed=7))
    >>> tests["test_matches_brute_force"]._hypothesis_internal_use_seed
    7
    """
    path = problem.tests_path.resolve()
    module = types.ModuleType(f"practice_tests_{problem.slug}")
    module.__file__ = str(path)
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), module.__dict__)
    tests = [(name, value) for name, value in vars(module).items()
             if name.startswith("test_") and callable(value)]
    if seed is not None:  # a fresh module each check, so the seed never outlives it
        tests = [(name, hypothesis.seed(seed)(test) if hasattr(test, "hypothesis") else test)
                 for name, test in tests]
    return tests


def _guard_examples(test: Callable[..., Any], box: Sandbox, ctx: Context) -> None:
    """Give each hypothesis example of ``test`` its own CPU window, and remember its inputs."""
    handle = getattr(test, "hypothesis", None)
    if handle is None:
        return
    inner = getattr(handle, "_practice_inner", handle.inner_test)
    handle._practice_inner = inner

    def guarded(*args: Any, **kwargs: Any) -> Any:
        ctx.last_inputs = kwargs
        box.new_window(test=False)
        try:
            value = inner(*args, **kwargs)
        except NotImplementedError as error:
            raise _NotAttempted from error  # not a bug to shrink: stop hypothesis at once
        box.check_window()
        return value

    handle.inner_test = guarded


def run_one(name: str, test: Callable[..., Any], box: Sandbox, sol: Learner, ctx: Context
            ) -> TestResult:
    """Run one test against the learner's code in ``box``; its result."""
    result = TestResult(name, "passed")
    ctx.last_inputs = ctx.last_call = box.last_call = None
    box.in_property = hasattr(test, "hypothesis")
    _guard_examples(test, box, ctx)
    try:
        box.reset()
        box.new_window(test=True)
        test(sol)
        result.seconds = round(box.check_window(), 4)
        if box.output_full():
            raise Stop("output", ctx.limits.describe("output"))
    except BaseException as error:
        if not isinstance(error, Exception | Stop | _NotAttempted | BaseExceptionGroup):
            raise  # Ctrl-C, or a test runner's own timeout: not learner code (see LearnerExit)
        ctx.last_call = box.last_call
        describe(error, ctx, result)
    if box.scratch is not None:
        result.output = box.take_output()
    return result


def _load_message(error: BaseException) -> str:
    if hasattr(error, "remote"):
        raised = error.remote  # type: ignore[attr-defined]
        where = raised.get("where")
        return (f"your file raised {raised.get('type')}: {shorten(str(raised.get('message')))} "
                f"while loading" + (f"\nat {where}" if where else ""))
    if isinstance(error, Stop):
        return f"loading your file: {error.message}"
    return f"loading your file failed ({type(error).__name__}: {error})"


def _missing_entry(problem: Problem, names: dict[str, Any]) -> str:
    defined = sorted(names)
    message = (f"your file does not define {problem.entry!r}, the name the tests call; it "
               f"defines: {', '.join(defined) or 'nothing callable'}")
    close = difflib.get_close_matches(problem.entry, defined, n=1)
    return message + (f". Rename {close[0]!r} to {problem.entry!r}?" if close else "")


def _start(box: Sandbox, problem: Problem) -> Learner | str:
    """Start the child and load the learner's file: ``sol``, or why it could not be loaded."""
    try:
        sol = box.load()
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # described for the learner
        return _load_message(error)
    if problem.entry not in box.names:
        return _missing_entry(problem, box.names)
    return sol


def run_tests(problem: Problem, learner_path: Path | str, *, only: list[str] | None = None,
              fail_fast: bool = False, time_limit_s: float | None = None,
              starter_shortcut: bool = True, limits: Limits | None = None,
              on_result: Callable[[TestResult], None] | None = None,
              on_start: Callable[[int, Path], None] | None = None,
              recorder: Callable[[str, list[Any], dict[str, Any]], None] | None = None,
              sandbox: type[Sandbox] = Sandbox, seed: int | None = None) -> CheckResult:
    """Check the file at ``learner_path`` against ``problem``'s tests; the learner's code runs
    in a child process, the tests and the verdict here.

    ``only`` runs just the named tests; ``fail_fast`` stops at the first test that does not pass;
    ``time_limit_s`` overrides the problem's CPU seconds per test; ``limits`` sets the others
    (memory, output, wall); ``starter_shortcut`` reports a file equal to the starter as not
    attempted without running it. ``on_result`` hears each test's result as it finishes;
    ``on_start(pid, scratch)`` each child started; ``recorder(name, args, kwargs)`` each call
    made to the learner's code (before it is sent). ``sandbox`` is where the learner's code
    runs: a child process, or :class:`practice.inprocess.InProcess` where there is none (a
    browser), which takes the same requests and sends every value through the same wire.
    ``seed`` draws the property tests' examples from it; without one they are the fixed ones
    the profile derives from each test (what CI and the set contract use, so a verdict
    repeats). The CLI gives each check a fresh seed, so that no file can be fitted to the
    examples it has been shown, and prints the seed with a failure so it can be repeated.

    >>> from practice.problems import get_problem
    >>> problem = get_problem("two-sum")
    >>> run_tests(problem, problem.starter_path).status
    'not-attempted'
    """
    path = Path(learner_path).resolve()
    limits = replace(limits or Limits(), cpu=time_limit_s or problem.time_limit)
    if limits.memory == Limits.memory:  # not chosen by the learner: the problem's own cap
        limits = replace(limits, memory=problem.memory_limit * 2**20)
    try:
        source = path.read_text(encoding="utf-8")
        compile(source, str(path), "exec")
    except SyntaxError as error:
        return CheckResult(problem.id, str(path), "error", _syntax_message(error))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return CheckResult(problem.id, str(path), "error", f"cannot read {path}: {error}")
    if starter_shortcut and same_text(source, problem.starter_path.read_text(encoding="utf-8")):
        return CheckResult(problem.id, str(path), "not-attempted", "this is the untouched "
                           "starter: write your solution, then check again")
    protected = problem.folder.resolve().parent  # the problems, with their solutions
    with judging(), sandbox(path, limits, protected, on_start, problem.imports,
                            problem.changes_arguments) as box:
        box.recorder = recorder
        box.tests_file = str(problem.tests_path.resolve())
        try:
            tests = load_tests(problem, seed)
        except Exception as error:  # a broken problem, reported as such
            return CheckResult(problem.id, str(path), "error", f"the problem's tests.py failed "
                               f"to load ({type(error).__name__}: {error}); please report it")
        ctx = Context(str(problem.tests_path.resolve()), problem.time, limits)
        results = _run_all(problem, tests, box, ctx, only, fail_fast, on_result)
        if isinstance(results, str):
            return CheckResult(problem.id, str(path), "error", results, seed=seed)
        return CheckResult(problem.id, str(path), overall_status(results), "", results, seed)


def _run_all(problem: Problem, tests: list[tuple[str, Callable[..., Any]]], box: Sandbox,
             ctx: Context, only: list[str] | None, fail_fast: bool,
             on_result: Callable[[TestResult], None] | None) -> list[TestResult] | str:
    """Every selected test in order, restarting the child after a crash when all are wanted."""
    sol = _start(box, problem)
    if isinstance(sol, str):
        return sol
    results: list[TestResult] = []
    for name, test in tests:
        if only is not None and name not in only:
            continue
        if not box.alive:
            restarted = _start(box, problem)
            if isinstance(restarted, str):
                results.append(TestResult(name, "error", restarted))
                break
            sol = restarted
        result = run_one(name, test, box, sol, ctx)
        results.append(result)
        if on_result is not None:
            on_result(result)
        if (fail_fast and result.outcome != "passed") or "no progress" in result.message:
            break
    return results


__all__ = ["CheckResult", "LearnerExit", "NotPlainData", "Refused", "TestResult", "run_tests"]
