"""The checker's child process: ``python -m dsa.practice._child EVENTS PROBLEM_DIR FILE [options]``.

It runs :func:`dsa.practice.runner.run_tests` and appends one JSON line per event to the file
``EVENTS``, flushed at once, so the parent sees progress even if this process must be killed.
Learner output never reaches the parent's terminal: the runner captures ``print``, and file
descriptors 0 and 1 are pointed at ``/dev/null`` for anything written below Python.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dsa.practice._child")
    parser.add_argument("events")
    parser.add_argument("problem_dir")
    parser.add_argument("file")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument("--no-starter-shortcut", action="store_true")
    args = parser.parse_args(argv)

    # Ctrl-C reaches the parent too, and it stops this process; so any KeyboardInterrupt seen
    # here was raised by the learner's code, and is reported as such.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)

    from dsa.practice.problems import load_problem
    from dsa.practice.runner import run_tests

    with open(args.events, "a", encoding="utf-8") as events:
        def emit(event: dict[str, Any]) -> None:
            events.write(json.dumps(event) + "\n")
            events.flush()

        problem = load_problem(args.problem_dir)
        run_tests(problem, args.file, only=args.only, time_limit_s=args.time_limit,
                  starter_shortcut=not args.no_starter_shortcut, catch_interrupts=True,
                  on_event=emit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
