"""Checked exercises for the ML pages: ``python -m ml.exercises list|show|start|check|hint``.

Each folder here is one exercise (data, not code to import): a statement, a starter, a reference
solution, buggy variants with the classic mistakes, and tests that check the learner's code with
numerical gradients, the project's own implementation as the oracle, and invariants. They follow
the path the pages teach, from one neuron's weighted sum to a network trained on MNIST.

The engine that runs them is the shared :mod:`practice` package: the same workflow, progress file
and reports as the DSA problems.
"""
