"""Practice problems: start, check, hint and track progress with ``python -m dsa.practice``.

A learner's loop: ``list`` the problems, ``show`` one, ``start`` it (a starter file appears in
the workspace), edit, ``check`` (the problem's tests run on the file and report the smallest
failing input), ask for a ``hint``, and see the ``solution`` once the check passes.

The modules, in the order a check goes through them:

- :mod:`dsa.practice.problems` finds the problem folders and validates their ``meta.toml``;
- :mod:`dsa.practice.runner` runs the problem's tests, and decides the verdict, in the checker's
  own process; the learner's file runs in a child process (:mod:`._child`) that
  :mod:`dsa.practice.isolation` starts, talks to and watches, under the limits of
  :mod:`dsa.practice.limits` (CPU time per test, memory, output, a wall budget per check);
- :mod:`dsa.practice.wire` is the plain data that crosses between the two;
- :mod:`dsa.practice.checking` is what a problem's ``tests.py`` uses to report a wrong answer;
- :mod:`dsa.practice.constraints` checks that the tests reach the limits a statement gives;
- :mod:`dsa.practice.types` holds the list and tree nodes shared by starters, solutions and tests;
- :mod:`dsa.practice.report`, :mod:`dsa.practice.progress` and :mod:`dsa.practice.cli` make up
  the command line, with :mod:`dsa.practice.workspace` (where the learner's files are),
  :mod:`dsa.practice.signature` (what to write, read from the starter) and
  :mod:`dsa.practice.watch` (recheck on every save).
"""
