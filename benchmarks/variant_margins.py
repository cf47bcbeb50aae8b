"""How far each too-slow buggy variant is from passing: the margin behind a "too slow" verdict.

A variant stopped only by a time-out witnesses that the problem's tests reject a slow
solution. CI checks it fails at the problem's own limit (``practice.contract``), but a variant
just over that limit on this machine passes on one twice as fast, and the learner who wrote it
is told "Solved". So each such variant's first timed-out test runs again with ``--factor`` times
the limit: a variant that still times out keeps its verdict on a machine that much faster. The
reference's slowest test, against the limit, is the margin on the other side (a correct
solution on a slower machine).

    .venv/bin/python benchmarks/variant_margins.py                    # every set, factor 5
    .venv/bin/python benchmarks/variant_margins.py --section dsa --factor 3
    .venv/bin/python benchmarks/variant_margins.py --problems two-sum lru-cache

Prints one row per variant whose first failure is a time-out, then the ones that passed at the
stretched limit (thin margins: make the largest test slower for them, or move the limit toward
the geometric mean of the reference's time and the variant's). Costs about ``factor`` times the
limit of CPU per such variant: minutes for a set. Figures are CPU seconds, so other programs on
the machine disturb them little.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from practice.contract import variant_limit
from practice.problems import all_problems
from practice.runner import run_tests


def margins(problem, factor: float) -> list[tuple[str, str, float, str]]:
    """``(variant, test, reference's slowest / limit, outcome at factor × limit)`` for each
    variant of ``problem`` stopped first by a time-out."""
    reference = run_tests(problem, problem.solution_path)
    slowest = max((t.seconds for t in reference.tests), default=0.0)
    rows = []
    for variant in problem.buggy_paths:
        quick = run_tests(problem, variant, fail_fast=True,
                          time_limit_s=variant_limit(problem, reference))
        if not quick.tests or quick.tests[-1].outcome != "timeout":
            continue
        test = quick.tests[-1].name
        stretched = run_tests(problem, variant, only=[test],
                              time_limit_s=problem.time_limit * factor)
        outcome = stretched.tests[-1].outcome if stretched.tests else stretched.status
        rows.append((variant.stem, test, slowest / problem.time_limit, outcome))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", choices=["dsa", "ml", "biology"], help="one set only")
    parser.add_argument("--problems", nargs="+", metavar="ID", help="these problems only")
    parser.add_argument("--factor", type=float, default=5.0,
                        help="how many times the limit a slow variant must still exceed")
    args = parser.parse_args(argv)
    if args.factor <= 1:
        parser.error("--factor must be more than 1")
    problems = [p for p in all_problems(section=args.section)
                if not args.problems or p.id in args.problems]
    thin = []
    print(f"{'problem/variant':58} {'test':42} {'ref/limit':>9}  at {args.factor:g}x")
    for problem in problems:
        for variant, test, share, outcome in margins(problem, args.factor):
            print(f"{problem.id + '/' + variant:58} {test:42} {share:9.2f}  {outcome}",
                  flush=True)
            if outcome != "timeout":
                thin.append(f"{problem.id}/{variant}")
    print(f"\n{len(thin)} variant(s) pass within {args.factor:g}x their limit"
          + (": " + ", ".join(thin) if thin else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
