"""The practice engine: start, check, hint and track progress, for every section's set.

One engine serves the DSA problems (``python -m dsa.practice``), the ML exercises
(``python -m ml.exercises``) and the essay exercises (``python -m biology.exercises``): one
workflow, one progress file, one way of reporting. The sets are data that live beside the code
they practise (:data:`practice.problems.SECTIONS`); the engine imports none of them, and the
sections import only the engine's command line.

A learner's loop: ``list`` the problems, ``show`` one, ``start`` it (a starter file appears in
the workspace), edit, ``check`` (the problem's tests run on the file and report the smallest
failing input), ask for a ``hint``, and see the ``solution`` once the check passes.

The modules, in the order a check goes through them:

- :mod:`practice.problems` finds the sets' folders and validates their ``meta.toml``;
- :mod:`practice.runner` runs the problem's tests, and decides the verdict, in the checker's
  own process; the learner's file runs in a child process (:mod:`._child`) that
  :mod:`practice.isolation` starts, talks to and watches, under the limits of
  :mod:`practice.limits` (CPU time per test, memory, output, a wall budget per check);
- :mod:`practice.wire` is the plain data that crosses between the two (numpy arrays included);
- :mod:`practice.checking` and :mod:`practice.arrays` are what a problem's ``tests.py`` uses to
  report a wrong answer (exact values; arrays, gradients and shapes);
- :mod:`practice.constraints` checks that the tests reach the limits a statement gives;
- :mod:`practice.types` holds the list and tree nodes shared by starters, solutions and tests;
- :mod:`practice.report`, :mod:`practice.progress` and :mod:`practice.cli` make up
  the command line, with :mod:`practice.workspace` (where the learner's files are),
  :mod:`practice.signature` (what to write, read from the starter) and
  :mod:`practice.watch` (recheck on every save).
"""
