"""The command line: ``python -m practice COMMAND``; ``--help`` lists the commands.

Each section has an entry point of its own that lists its set by default (``python -m
dsa.practice``, ``python -m ml.exercises``, ``python -m biology.exercises``); ``--section``
chooses another, or ``all``. Ids are unique across sections, so ``show``, ``start`` and ``check``
take any id from any entry point, and the progress file is one.

A learner works in a workspace folder, found like git finds its repository (see
:mod:`practice.workspace`): ``start`` (or ``next``) copies a starter there, ``edit`` opens
it, ``check`` runs the problem's tests on it in a watched child process, ``watch`` rechecks on
every save, and progress (attempted, solved, hints shown, gave up) is kept in the workspace's
``.progress.json`` (see :mod:`practice.progress` for why it is never lost).

Exit status: 0 when the command did its job (for ``check``: every test passed), 1 when a check
failed or a solution was refused, 2 for a usage error such as an unknown id or a missing file.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from practice.problems import (
    DIFFICULTIES,
    SECTIONS,
    Problem,
    ProblemError,
    UnknownProblemError,
    get_problem,
    load_problem,
    problem_folders,
)
from practice.progress import STATUSES, Progress, record_check
from practice.report import render_markdown
from practice.signature import entry_signature
from practice.workspace import (
    DEFAULT,
    ENV,
    PROG,
    Workspace,
    backup_attempt,
    copy_starter,
    curriculum,
    editor_command,
    find_workspace,
)


class UsageError(Exception):
    """A mistake in how the command was called; printed without a traceback, exit status 2."""


def _ws(args: argparse.Namespace) -> Workspace:
    found = find_workspace(getattr(args, "workspace", None))
    return dataclasses.replace(found, prog=getattr(args, "prog", PROG))


def _workspace(args: argparse.Namespace) -> Path:
    return _ws(args).root


def _command(args: argparse.Namespace, *words: str) -> str:
    """A follow-up command to print, with ``--workspace`` if the learner gave one."""
    return _ws(args).command(*words)


def _progress(args: argparse.Namespace) -> Progress:
    progress = Progress.load(_workspace(args))
    if progress.warning:
        print(f"warning: {progress.warning}", file=sys.stderr)
    return progress


@contextlib.contextmanager
def _updating(args: argparse.Namespace) -> Iterator[Progress]:
    """Change the progress under its lock (a read-modify-write: nothing made meanwhile is lost)."""
    workspace = _ws(args)
    workspace.create()
    with Progress.update(workspace.root) as progress:
        if progress.warning:
            print(f"warning: {progress.warning}", file=sys.stderr)
        yield progress


# Options of `check` that can loosen a limit. A value is compared with the parser's default, else
# with the checker's default limits (--time-limit: the problem's own); a value that cannot be
# compared counts as looser, so that no doubtful pass is recorded.
LIMIT_OPTIONS = ("time_limit", "memory_limit", "wall_limit", "output_limit")


def _weakened(args: argparse.Namespace, problem: Problem, path: Path) -> str:
    """Why a check must not mark the problem solved ('' if it may): a file other than the
    attempt, or a limit looser than the default."""
    attempt = _ws(args).attempt(problem).resolve()
    if path.resolve() != attempt:
        return f"it checked {path}, not your attempt {attempt}"
    if getattr(args, "seed", None) is not None:  # a chosen seed could be one a wrong file passes
        return ("--seed draws examples you have seen already; check without --seed, on fresh "
                "examples, to record the problem as solved")
    defaults = vars(build_parser().parse_args(["check", problem.id]))
    for name in LIMIT_OPTIONS:
        value, default = getattr(args, name, None), defaults.get(name)
        if default is None:
            default = _default_limit(name, problem)
        if _looser(value, default):
            option = "--" + name.replace("_", "-")
            return (f"{option} {value} is looser than the default"
                    + (f" ({default})" if default is not None else "")
                    + f"; check without {option} to record the problem as solved")
    return ""


def _default_limit(name: str, problem: Problem) -> Any:
    """The limit a check uses when the option ``name`` is not given (``None`` if unknown)."""
    if name == "time_limit":
        return problem.time_limit
    from practice import limits

    defaults = getattr(limits, "Limits", None)
    return getattr(defaults(), name.removesuffix("_limit"), None) if defaults else None


def _looser(value: Any, default: Any) -> bool:
    """Whether a limit option's value loosens its default (one that cannot be compared does).

    >>> _looser(5.0, 2.0), _looser(1.0, 2.0), _looser(None, 2.0), _looser("2G", None)
    (True, False, False, True)
    """
    if value is None or value == default:
        return False
    numbers = (int, float)
    if isinstance(value, numbers) and isinstance(default, numbers):
        return value > default
    return True


def _record_result(args: argparse.Namespace, problem: Problem, path: Path, result: Any) -> None:
    """Record a finished check in the progress, or say on stderr why it was not recorded.

    The check handler calls this after printing the result. An untouched starter
    (``not-attempted``) changes nothing.
    """
    if result.status == "not-attempted":
        return
    why_not = _weakened(args, problem, path)
    if why_not:
        print(f"note: this check was not recorded in your progress: {why_not}", file=sys.stderr)
        return
    _ws(args).create()
    warning = record_check(_workspace(args), problem.id, passed=result.passed)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def _problem(problem_id: str) -> Problem:
    try:
        return get_problem(problem_id)
    except UnknownProblemError as error:
        raise UsageError(str(error)) from None


def _problems(args: argparse.Namespace) -> list[Problem]:
    """The chosen section's problems (``--section``; every section's for ``all``)."""
    section = getattr(args, "section", None)
    problems = []
    for folder in problem_folders(section=None if section in (None, "all") else section):
        try:
            problems.append(load_problem(folder))
        except ProblemError as error:
            print(f"warning: skipping a malformed problem: {error}", file=sys.stderr)
    return curriculum(problems)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2))


def _print_table(rows: list[dict[str, Any]], total: int) -> None:
    width = max(len("ID"), *(len(row["id"]) for row in rows))
    print(f"{'ID':<{width}}  {'PATTERN':<16}  {'LEVEL':<6}  {'STATUS':<11}  TITLE")
    for row in rows:
        print(f"{row['id']:<{width}}  {row['pattern']:<16}  {row['difficulty']:<6}  "
              f"{row['status']:<11}  {row['title']}")
    counts = {status: sum(row["status"] == status for row in rows) for status in STATUSES}
    shown = f"{len(rows)} problems" if len(rows) == total else f"{len(rows)} of {total} problems"
    print(f"{shown}: {counts['solved']} solved, {counts['attempted']} attempted, "
          f"{counts['not-started']} not started")


def cmd_list(args: argparse.Namespace) -> int:
    progress = _progress(args)
    rows = []
    problems = _problems(args)
    for problem in problems:
        status = progress.entry(problem.id)["status"]
        if args.pattern and problem.pattern != args.pattern:
            continue
        if args.difficulty and problem.difficulty != args.difficulty:
            continue
        if args.status and status != args.status:
            continue
        rows.append({"id": problem.id, "title": problem.title, "pattern": problem.pattern,
                     "difficulty": problem.difficulty, "time": problem.time,
                     "space": problem.space, "status": status})
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print(f"no problems match (of {len(problems)})")
        return 0
    _print_table(rows, len(problems))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    title = f"{problem.title} ({problem.id})"
    print(title)
    print("=" * len(title))
    target = (f" | target: {problem.time} time, {problem.space} extra space" if problem.time
              else f" | section: {problem.section}")
    print(f"pattern: {problem.pattern} | difficulty: {problem.difficulty}{target}")
    if problem.pages:
        print(f"taught on: {', '.join(problem.pages)}")
    print()
    print(render_markdown(problem.statement))
    print()
    print(f"Write this in {problem.slug}.py (the tests call it by this name):")
    for line in entry_signature(problem).splitlines():
        print(f"    {line}")
    print()
    print(f"Start it with: {_command(args, 'start', problem.id)}")
    return 0


def _start(args: argparse.Namespace, problem: Problem) -> Path:
    """Copy the starter unless an attempt exists, record the start, and say what happened."""
    workspace = _ws(args)
    target = workspace.attempt(problem)
    if copy_starter(workspace, problem):
        print(f"Wrote the starter for {problem.title!r} to {target}")
    else:
        print(f"You already have an attempt at {target}; it was left untouched.")
    with _updating(args) as progress:
        progress.record_start(problem.id)
    return target


def cmd_start(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    target = _start(args, problem)
    print(f"Read the problem:     {_command(args, 'show', problem.id)}")
    print(f"Edit {target}, then: {_command(args, 'check', problem.id)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if args.id is None:  # `check --all` without an id: every started problem
        return cmd_check_all(args)
    problem = _problem(args.id)
    workspace = _workspace(args)
    path = Path(args.file) if args.file else workspace / f"{problem.slug}.py"
    if not path.is_file():
        hint = "" if args.file else f"; start one with `{_command(args, 'start', problem.id)}`"
        raise UsageError(f"no file to check at {path}{hint}")
    result = _run_check(args, problem, path)
    if args.json:
        _print_json(result.to_dict())
    else:
        from practice.report import format_summary

        print(format_summary(result, _ws(args).prog))
        if result.status == "failed" and result.seed is not None:
            again = _command(args, "check", problem.id)
            print(f"(examples drawn with seed {result.seed}: `{again} --seed {result.seed}` "
                  "draws the same ones)")
    _record_result(args, problem, path, result)  # under the progress lock, after the check
    return 0 if result.passed else 1


def _run_check(args: argparse.Namespace, problem: Problem, path: Path) -> Any:
    """Run the check with the options given, printing each test's line as it finishes."""
    for option in ("time_limit", "wall_limit"):
        value = getattr(args, option, None)
        if value is not None and value <= 0:
            raise UsageError(f"--{option.replace('_', '-')} must be a positive number of seconds")
    seed = getattr(args, "seed", None)
    if seed is not None and not 0 <= seed < 2**32:
        raise UsageError("--seed must be a whole number from 0 to 4294967295")
    if seed is None:  # fresh examples each check: no file can be fitted to the ones it has seen
        seed = secrets.randbelow(2**32)
    from practice.limits import HAVE_RLIMITS, NO_LIMITS_NOTICE, Limits
    from practice.report import format_test
    from practice.runner import run_tests  # imports hypothesis: only when checking

    if not HAVE_RLIMITS:
        print(NO_LIMITS_NOTICE, file=sys.stderr)
    limits = Limits(memory=args.memory_limit or Limits.memory,
                    wall=args.wall_limit or Limits.wall)

    def show(test: Any) -> None:
        if not args.json:
            print(format_test(test), flush=True)

    return run_tests(problem, path, time_limit_s=args.time_limit, fail_fast=not args.all,
                     limits=limits, on_result=show, seed=seed)


def _show_hints(args: argparse.Namespace, problem: Problem) -> None:
    """Reveal one more hint (recorded under the lock) and print every hint shown so far."""
    with _updating(args) as progress:
        before = progress.entry(problem.id)["hints"]
        shown = progress.reveal_hint(problem.id, len(problem.hints))
    for number, hint in enumerate(problem.hints[:shown], start=1):
        print(f"Hint {number} of {len(problem.hints)}: {hint}")
    if shown == before:
        give_up = _command(args, "solution", problem.id, "--give-up")
        print(f"That is every hint. Still stuck? `{give_up}`")


def cmd_hint(args: argparse.Namespace) -> int:
    _show_hints(args, _problem(args.id))
    return 0


def _pattern_summary(problems: list[Problem], progress: Progress) -> dict[str, dict[str, int]]:
    summary: dict[str, dict[str, int]] = {}
    for problem in problems:
        entry = progress.entry(problem.id)
        counts = summary.setdefault(problem.pattern, {"problems": 0, **dict.fromkeys(STATUSES, 0),
                                                      "hints": 0, "gave_up": 0})
        counts["problems"] += 1
        counts[entry["status"]] += 1
        counts["hints"] += entry["hints"]
        counts["gave_up"] += bool(entry["gave_up"])
    return summary


def cmd_status(args: argparse.Namespace) -> int:
    problems = _problems(args)
    progress = _progress(args)
    summary = _pattern_summary(problems, progress)
    if args.json:
        _print_json({"workspace": str(progress.workspace), "patterns": summary,
                     "problems": {p.id: progress.entry(p.id) for p in problems}})
        return 0
    print(f"Progress in {progress.workspace}")
    print(f"{'pattern':<18}{'solved':>8}{'attempted':>11}{'not started':>13}{'hints':>7}"
          f"{'gave up':>9}")
    for pattern, counts in summary.items():
        print(f"{pattern:<18}{counts['solved']:>4} / {counts['problems']:<2}"
              f"{counts['attempted']:>10}{counts['not-started']:>13}{counts['hints']:>7}"
              f"{counts['gave_up']:>9}")
    for problem in (p for p in problems if progress.touched(p.id)):  # hints only count too
        entry = progress.entry(problem.id)
        extra = f", {entry['hints']} hint(s) used" if entry["hints"] else ""
        extra += ", gave up" if entry["gave_up"] else ""
        print(f"  {problem.id}: {entry['status'].replace('-', ' ')}{extra}")
    return 0


def cmd_solution(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    solved = _progress(args).entry(problem.id)["status"] == "solved"
    if not solved and not args.give_up:
        print(f"The solution opens once your check passes ({_command(args, 'check', problem.id)})"
              f", or with `{_command(args, 'solution', problem.id, '--give-up')}` (which is "
              "recorded).", file=sys.stderr)
        return 1
    if args.give_up and not solved:
        with _updating(args) as progress:
            progress.record_give_up(problem.id)
    cost = f" ({problem.time} time, {problem.space} space)" if problem.time else ""
    print(f"# Reference solution for {problem.id}{cost}")
    print(problem.solution_path.read_text(encoding="utf-8"))
    return 0


def _next_unsolved(args: argparse.Namespace, after: str | None = None) -> Problem | None:
    """The first problem in curriculum order neither solved nor given up; with ``after``, the
    first such problem following it (wrapping round), never ``after`` itself."""
    progress = _progress(args)
    order = _problems(args)
    if after is not None:
        ids = [problem.id for problem in order]
        cut = ids.index(after) + 1 if after in ids else 0
        order = [problem for problem in order[cut:] + order[:cut] if problem.id != after]
    for problem in order:
        entry = progress.entry(problem.id)
        if entry["status"] != "solved" and not entry["gave_up"]:
            return problem
    return None


def cmd_next(args: argparse.Namespace) -> int:
    problem = _next_unsolved(args)
    if problem is None:
        print("Every problem is solved or given up. Well done!")
        return 0
    print(f"Next: {problem.title} ({problem.id}): {problem.pattern}, {problem.difficulty}")
    target = _start(args, problem)
    print(f"Read the problem: {_command(args, 'show', problem.id)}")
    print(f"Edit {target}, then: {_command(args, 'check', problem.id)}  "
          f"(or `{_command(args, 'watch', problem.id)}` to check on every save)")
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    workspace = _ws(args)
    target = workspace.attempt(problem)
    if not target.is_file():
        raise UsageError(f"nothing to reset: there is no attempt at {target}; start one with "
                         f"`{_command(args, 'start', problem.id)}`")
    saved = backup_attempt(workspace, problem)
    copy_starter(workspace, problem)
    print(f"Your attempt was moved to {saved}")
    print(f"{target} holds the starter again; your progress record is unchanged.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    editor = editor_command()
    target = _ws(args).attempt(problem)
    if not editor:
        raise UsageError(f"no editor is set: set $VISUAL or $EDITOR (for example `export "
                         f"EDITOR=nano`), or open {target} yourself")
    if not target.exists():
        _start(args, problem)
    try:
        finished = subprocess.run([*editor, str(target)], check=False)
    except OSError as error:
        raise UsageError(f"could not run the editor {editor[0]!r} from $VISUAL/$EDITOR "
                         f"({error.strerror}); set it to an editor on your PATH") from None
    if finished.returncode != 0:
        print(f"error: the editor {editor[0]!r} exited with status {finished.returncode}",
              file=sys.stderr)
        return 1
    print(f"Check it with: {_command(args, 'check', problem.id)}")
    return 0


def _check_args(args: argparse.Namespace, problem_id: str) -> argparse.Namespace:
    """The arguments of `check PROBLEM_ID` on the attempt, keeping the options given to `args`
    (workspace, limits) but checking one problem, as a person, stopping at the first failure."""
    one = build_parser().parse_args(["check", problem_id])
    for key, value in vars(args).items():
        if key not in {"id", "file", "json", "all", "handler", "command"} and hasattr(one, key):
            setattr(one, key, value)
    return one


def _check_one(args: argparse.Namespace, problem_id: str) -> int:
    """Check one problem's attempt with the `check` command's own handler; its exit status."""
    try:
        status = cmd_check(_check_args(args, problem_id))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        status = 2
    sys.stdout.flush()
    return status


def cmd_check_all(args: argparse.Namespace) -> int:
    """`check --all`: recheck every started problem, then a summary."""
    if not args.all:
        raise UsageError("name the problem to check (`check two-sum`), or give --all to recheck "
                         "every problem you have started")
    if args.file or args.json:
        raise UsageError("--file and --json check one problem: name it, or drop them for --all")
    progress, workspace = _progress(args), _ws(args)
    started = [p for p in _problems(args) if progress.entry(p.id)["status"] != "not-started"
               or workspace.attempt(p).exists()]
    if not started:
        print(f"No problem is started yet; `{_command(args, 'next')}` starts the first one.")
        return 0
    failing = []
    for problem in started:
        print(f"== {problem.id}", flush=True)
        if _check_one(args, problem.id) != 0:
            failing.append(problem.id)
    passed = len(started) - len(failing)
    print(f"\nChecked {len(started)} started problem(s): {passed} passed, {len(failing)} did not"
          + (f" ({', '.join(failing)})" if failing else ""))
    return 1 if failing else 0


def cmd_watch(args: argparse.Namespace) -> int:
    import signal

    from practice.watch import Keyboard, Watcher

    # Ctrl-C is how a watch ends, even when it was started with SIGINT ignored (as a background
    # job of a non-interactive shell is), where Python would leave it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    problem = _problem(args.id) if args.id else _next_unsolved(args)
    if problem is None:
        print("Every problem is solved or given up: nothing to watch.")
        return 0
    if not _ws(args).attempt(problem).exists():
        _start(args, problem)

    def advance(current: str) -> str | None:
        following = _next_unsolved(args, after=current)
        if following is not None and not _ws(args).attempt(following).exists():
            _start(args, following)
        return following.id if following else None

    watcher = Watcher(check=lambda pid: _check_one(args, pid) == 0,
                      hint=lambda pid: _show_hints(args, _problem(pid)), advance=advance,
                      path=lambda pid: _ws(args).attempt(_problem(pid)),
                      say=lambda text: print(text, flush=True))
    try:
        keyboard = Keyboard()
    except (AttributeError, OSError, ValueError):  # no standard input at all
        raise UsageError("watch reads its commands from standard input, which is closed; "
                         "run it from a terminal") from None
    try:
        with keyboard as keys:
            return watcher.run(problem.id, keys)
    except KeyboardInterrupt:
        print("\nStopped watching.")
        return 0


def build_parser(section: str | None = None, prog: str = "python -m practice"
                 ) -> argparse.ArgumentParser:
    """The argument parser for every subcommand; ``section`` is the set listed by default.

    >>> build_parser().parse_args(["check", "two-sum", "--json"]).json
    True
    >>> build_parser("ml", "python -m ml.exercises").parse_args(["list"]).section
    'ml'
    """
    what = SECTIONS[section].title if section else "every section's"
    parser = argparse.ArgumentParser(
        prog=prog, formatter_class=argparse.RawDescriptionHelpFormatter,
        description=f"Practise: {what} problems and exercises. Read one, start it, check your "
        "solution, ask for hints, track progress. One workspace and one progress file serve "
        "every section.",
        epilog=f"A typical session:\n  {prog} next            # start the next problem\n"
               f"  {prog} watch           # check it on every save; h = hint, n = next\n"
               f"  {prog} status          # your progress\n"
               f"Every command takes --workspace DIR and --section; `{prog} COMMAND --help` "
               "says more.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", metavar="DIR", default=None,
                        help=f"where attempts and progress live (default: ${ENV}, else the "
                             f"nearest workspace above this folder, else ./{DEFAULT})")
    common.add_argument("--section", choices=[*SECTIONS, "all"], default=section or "all",
                        help="which set `list`, `status`, `next` and `check --all` go through "
                             f"(default: {section or 'all'})")
    common.set_defaults(prog=prog)

    def add(name: str, handler: Callable[[argparse.Namespace], int], summary: str,
            details: str = "", example: str = "") -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, parents=[common], help=summary, description=f"{summary}. {details}".strip(),
            epilog=f"example: {prog} {example}" if example else None)
        sub.set_defaults(handler=handler)
        return sub

    _add_reading_commands(add)
    _add_working_commands(add)
    _add_check_command(add)
    return parser


_Add = Callable[..., argparse.ArgumentParser]
ALL_PATTERNS = [pattern for section in SECTIONS.values() for pattern in section.patterns]


def _add_reading_commands(add: _Add) -> None:
    listing = add("list", cmd_list, "list the problems, with your status for each",
                  "In curriculum order: by pattern, easy before medium before hard.",
                  "list --pattern stack --status attempted")
    listing.add_argument("--pattern", choices=ALL_PATTERNS, metavar="PATTERN",
                         help="only this pattern (a DSA pattern, or an exercise chapter)")
    listing.add_argument("--difficulty", choices=DIFFICULTIES, help="only this difficulty")
    listing.add_argument("--status", choices=STATUSES, help="only problems with this status")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add("show", cmd_show, "show a problem's statement and the function or class to write",
        example="show two-sum").add_argument("id", help="problem id (see `list`)")
    add("status", cmd_status, "your progress per pattern",
        "Lists every problem you touched, including those with only hints or a give-up.",
        "status --json").add_argument("--json", action="store_true", help="print JSON")
    add("hint", cmd_hint, "reveal the next hint (and the earlier ones)",
        "Hints are recorded in your progress.", "hint two-sum"
        ).add_argument("id", help="problem id")
    solution = add("solution", cmd_solution,
                   "show the reference solution (after your check passes, or with --give-up)",
                   example="solution two-sum --give-up")
    solution.add_argument("id", help="problem id")
    solution.add_argument("--give-up", action="store_true",
                          help="see it before solving (recorded in your progress)")


def _add_working_commands(add: _Add) -> None:
    add("next", cmd_next, "start the next unsolved problem and print its path",
        "The curriculum goes pattern by pattern, easy before medium before hard; problems "
        "solved or given up are skipped.", "next")
    add("start", cmd_start, "copy a problem's starter into your workspace (never overwrites)",
        example="start two-sum").add_argument("id", help="problem id")
    add("edit", cmd_edit, "open your attempt in $VISUAL or $EDITOR (starting it if needed)",
        example="edit two-sum").add_argument("id", help="problem id")
    add("reset", cmd_reset, "put the starter back, keeping your attempt in .backups/",
        "Your progress record is unchanged.", "reset two-sum"
        ).add_argument("id", help="problem id")
    add("watch", cmd_watch, "check your attempt every time you save it",
        "Without an id, watches the next unsolved problem. Keys: n = next problem, h = hint, "
        "r = check again, q = quit (from a pipe: one command per line; end of input quits).",
        "watch two-sum").add_argument("id", nargs="?", help="problem id (default: the next "
                                                            "unsolved problem)")


def _add_check_command(add: _Add) -> None:
    check = add("check", cmd_check, "run a problem's tests on your file",
                "A pass is recorded as solved only for your attempt under the default limits.",
                "check two-sum   (or: check --all)")
    check.add_argument("id", nargs="?", help="problem id (leave out with --all)")
    check.add_argument("--all", action="store_true",
                       help="with an id: run every test, not stopping at the first failure; "
                            "without one: recheck every problem you have started, then a summary")
    check.add_argument("--file", metavar="PATH", help="the file to check (default: the "
                       "workspace's <slug>.py; another file's pass is not recorded)")
    check.add_argument("--json", action="store_true", help="print the full result as JSON")
    check.add_argument("--seed", type=int, metavar="N",
                       help="draw the property tests' examples from seed N, to repeat a failure "
                            "(default: fresh ones each check, the seed shown with a failure; a "
                            "pass with --seed is not recorded)")
    check.add_argument("--time-limit", type=float, metavar="SECONDS",
                       help="seconds per test (default: the problem's, usually 2; a looser "
                            "limit's pass is not recorded)")
    check.add_argument("--memory-limit", type=_size, metavar="SIZE",
                       help="memory your code may use, e.g. 512M or 2G (default: 1G; a looser "
                            "limit's pass is not recorded)")
    check.add_argument("--wall-limit", type=float, metavar="SECONDS",
                       help="seconds a whole check may go without progress (a sleep, a wait) "
                            "before it stops (default: 25)")
    check.set_defaults(default_memory_limit=2**30)


def _size(text: str) -> int:
    from practice.limits import parse_size

    try:
        return parse_size(text)
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 512M or 2G") from None


def main(argv: Sequence[str] | None = None, section: str | None = None,
         prog: str = "python -m practice") -> int:
    """Run the command line with ``argv`` (``section``: the set listed by default); returns the
    exit status.

    >>> main(["show", "two-sun"])
    2
    """
    try:
        args = build_parser(section, prog).parse_args(argv)
        if args.command in {"check", "watch"}:
            _require_hypothesis()
        status = args.handler(args)
        sys.stdout.flush()  # here, so that a reader gone away (`| head`) is caught below
        return status
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ProblemError as error:
        print(f"error: a problem's files are malformed: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:
        if error.name != "hypothesis":
            raise
        print(f"error: {MISSING_HYPOTHESIS}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 141  # as a tool killed by SIGPIPE reports it


MISSING_HYPOTHESIS = ("checking needs the hypothesis package, which is not installed here: "
                      "run `pip install hypothesis` (a `pip install` of this project brings it)")


def _require_hypothesis() -> None:
    import importlib.util

    if importlib.util.find_spec("hypothesis") is None:
        raise UsageError(MISSING_HYPOTHESIS)


def _drop_stdout() -> None:
    """Point standard output at the null device, so the flush at exit has nowhere to fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
