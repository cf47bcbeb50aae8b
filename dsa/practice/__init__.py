"""Practice problems: start, check, hint and track progress with ``python -m dsa.practice``.

A learner's loop: ``list`` the problems, ``show`` one, ``start`` it (a starter file appears in
the workspace), edit, ``check`` (the problem's tests run on the file and report the smallest
failing input), ask for a ``hint``, and see the ``solution`` once the check passes.

The modules, in the order a check goes through them:

- :mod:`dsa.practice.problems` finds the problem folders and validates their ``meta.toml``;
- :mod:`dsa.practice.isolation` runs a check in a watched child process (:mod:`._child`);
- :mod:`dsa.practice.runner` loads the learner's file and runs each test, under the limits of
  :mod:`dsa.practice.limits` (CPU time per test, capped output);
- :mod:`dsa.practice.checking` is what a problem's ``tests.py`` uses to report a wrong answer;
- :mod:`dsa.practice.types` holds the list and tree nodes shared by starters, solutions and tests;
- :mod:`dsa.practice.report`, :mod:`dsa.practice.progress` and :mod:`dsa.practice.cli` make up
  the command line.
"""
