"""The command line: ``python -m dsa.practice list|show|start|check|hint|status|solution``.

A learner works in a workspace folder (``./practice-workspace`` unless ``--workspace DIR`` or the
environment variable ``DSA_PRACTICE_WORKSPACE`` says otherwise): ``start`` copies a starter there,
``check`` runs the problem's tests on it in a watched child process, and progress (attempted,
solved, hints shown, gave up) is kept in the workspace's ``.progress.json``.

Exit status: 0 when the command did its job (for ``check``: every test passed), 1 when a check
failed or a solution was refused, 2 for a usage error such as an unknown id or a missing file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dsa.practice.problems import (
    DIFFICULTIES,
    PATTERNS,
    Problem,
    ProblemError,
    UnknownProblemError,
    get_problem,
    load_problem,
    problem_folders,
)
from dsa.practice.progress import STATUSES, Progress
from dsa.practice.report import render_markdown

WORKSPACE_ENV = "DSA_PRACTICE_WORKSPACE"
DEFAULT_WORKSPACE = "practice-workspace"
PROG = "python -m dsa.practice"


class UsageError(Exception):
    """A mistake in how the command was called; printed without a traceback, exit status 2."""


def _workspace(args: argparse.Namespace) -> Path:
    chosen = args.workspace or os.environ.get(WORKSPACE_ENV) or DEFAULT_WORKSPACE
    return Path(chosen).expanduser().resolve()


def _progress(args: argparse.Namespace) -> Progress:
    progress = Progress.load(_workspace(args))
    if progress.warning:
        print(f"warning: {progress.warning}", file=sys.stderr)
    return progress


def _problem(problem_id: str) -> Problem:
    try:
        return get_problem(problem_id)
    except UnknownProblemError as error:
        raise UsageError(str(error)) from None


def _problems() -> list[Problem]:
    problems = []
    for folder in problem_folders():
        try:
            problems.append(load_problem(folder))
        except ProblemError as error:
            print(f"warning: skipping a malformed problem: {error}", file=sys.stderr)
    return sorted(problems, key=lambda p: (PATTERNS.index(p.pattern), p.id))


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2))


def cmd_list(args: argparse.Namespace) -> int:
    progress = _progress(args)
    rows = []
    for problem in _problems():
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
        print("no problems match")
        return 0
    width = max(len(row["id"]) for row in rows)
    for row in rows:
        print(f"{row['id']:<{width}}  {row['pattern']:<16}  {row['difficulty']:<6}  "
              f"{row['status']:<11}  {row['title']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    title = f"{problem.title} ({problem.id})"
    print(title)
    print("=" * len(title))
    print(f"pattern: {problem.pattern} | difficulty: {problem.difficulty} | "
          f"target: {problem.time} time, {problem.space} extra space")
    print()
    print(render_markdown(problem.statement))
    print()
    print(f"Start it with: {PROG} start {problem.id}")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    workspace = _workspace(args)
    target = workspace / f"{problem.slug}.py"
    progress = _progress(args)
    if target.exists():
        print(f"You already have an attempt at {target}; it was left untouched.")
    else:
        workspace.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(problem.starter_path, target)
        print(f"Wrote the starter for {problem.title!r} to {target}")
    progress.record_start(problem.id)
    progress.save()
    print(f"Read the problem:     {PROG} show {problem.id}")
    print(f"Edit {target}, then: {PROG} check {problem.id}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    workspace = _workspace(args)
    path = Path(args.file) if args.file else workspace / f"{problem.slug}.py"
    if not path.is_file():
        hint = "" if args.file else f"; start one with `{PROG} start {problem.id}`"
        raise UsageError(f"no file to check at {path}{hint}")
    if args.time_limit is not None and args.time_limit <= 0:
        raise UsageError("--time-limit must be a positive number of seconds")
    progress = _progress(args)
    from dsa.practice.isolation import check_file  # imports hypothesis: only when checking

    result = check_file(problem, path, time_limit=args.time_limit)
    if result.status != "not-attempted":
        progress.record_check(problem.id, passed=result.passed)
        progress.save()
    if args.json:
        _print_json(result.to_dict())
    else:
        from dsa.practice.report import format_check

        print(format_check(result))
    return 0 if result.passed else 1


def cmd_hint(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    progress = _progress(args)
    before = progress.entry(problem.id)["hints"]
    shown = progress.reveal_hint(problem.id, len(problem.hints))
    progress.save()
    for number, hint in enumerate(problem.hints[:shown], start=1):
        print(f"Hint {number} of {len(problem.hints)}: {hint}")
    if shown == before:
        print(f"That is every hint. Still stuck? `{PROG} solution {problem.id} --give-up`")
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
    problems = _problems()
    progress = _progress(args)
    summary = _pattern_summary(problems, progress)
    if args.json:
        _print_json({"workspace": str(progress.workspace), "patterns": summary,
                     "problems": {p.id: progress.entry(p.id) for p in problems}})
        return 0
    print(f"Progress in {progress.workspace}")
    print(f"{'pattern':<18}{'solved':>8}{'attempted':>11}{'not started':>13}{'hints':>7}")
    for pattern, counts in summary.items():
        print(f"{pattern:<18}{counts['solved']:>4} / {counts['problems']:<2}"
              f"{counts['attempted']:>10}{counts['not-started']:>13}{counts['hints']:>7}")
    touched = [p for p in problems if progress.entry(p.id)["status"] != "not-started"]
    for problem in touched:
        entry = progress.entry(problem.id)
        extra = f", {entry['hints']} hint(s) used" if entry["hints"] else ""
        extra += ", gave up" if entry["gave_up"] else ""
        print(f"  {problem.id}: {entry['status']}{extra}")
    return 0


def cmd_solution(args: argparse.Namespace) -> int:
    problem = _problem(args.id)
    progress = _progress(args)
    solved = progress.entry(problem.id)["status"] == "solved"
    if not solved and not args.give_up:
        print(f"The solution opens once your check passes ({PROG} check {problem.id}), or with "
              f"`{PROG} solution {problem.id} --give-up` (which is recorded).", file=sys.stderr)
        return 1
    if args.give_up and not solved:
        progress.record_give_up(problem.id)
        progress.save()
    print(f"# Reference solution for {problem.id} ({problem.time} time, {problem.space} space)")
    print(problem.solution_path.read_text(encoding="utf-8"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand.

    >>> build_parser().parse_args(["check", "two-sum", "--json"]).json
    True
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", metavar="DIR", default=None,
                        help=f"where attempts and progress live (default: ${WORKSPACE_ENV} "
                             f"or ./{DEFAULT_WORKSPACE})")
    parser = argparse.ArgumentParser(
        prog=PROG, description="Practise data structures and algorithms problems: read one, "
        "start it, check your solution, ask for hints, track progress.",
        epilog=f"Typical session: {PROG} list; {PROG} start two-sum; {PROG} check two-sum")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str
            ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text,
                                  description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    listing = add("list", cmd_list, "list the problems, with your status for each")
    listing.add_argument("--pattern", choices=PATTERNS, help="only this pattern")
    listing.add_argument("--difficulty", choices=DIFFICULTIES, help="only this difficulty")
    listing.add_argument("--status", choices=STATUSES, help="only problems with this status")
    listing.add_argument("--json", action="store_true", help="print JSON")

    add("show", cmd_show, "show a problem's statement").add_argument("id", help="problem id")
    add("start", cmd_start, "copy a problem's starter into your workspace (never overwrites)"
        ).add_argument("id", help="problem id")

    check = add("check", cmd_check, "run a problem's tests on your file")
    check.add_argument("id", help="problem id")
    check.add_argument("--file", metavar="PATH", help="the file to check (default: the "
                       "workspace's <slug>.py)")
    check.add_argument("--json", action="store_true", help="print the full result as JSON")
    check.add_argument("--time-limit", type=float, metavar="SECONDS",
                       help="seconds per test (default: the problem's, usually 2)")

    add("hint", cmd_hint, "reveal the next hint (and the earlier ones)"
        ).add_argument("id", help="problem id")
    add("status", cmd_status, "your progress per pattern").add_argument(
        "--json", action="store_true", help="print JSON")
    solution = add("solution", cmd_solution,
                   "show the reference solution (after your check passes, or with --give-up)")
    solution.add_argument("id", help="problem id")
    solution.add_argument("--give-up", action="store_true",
                          help="see it before solving (recorded in your progress)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv``; returns the exit status.

    >>> main(["show", "two-sun"])
    2
    """
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ProblemError as error:
        print(f"error: a problem's files are malformed: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
