"""Checked exercises for the essays: ``python -m biology.exercises list|show|start|check|hint``.

Each folder here is one exercise (data, not code to import), checked against the essay's own
module and, where one exists, a published value. The engine is the shared :mod:`practice`
package: the same workflow and progress file as the DSA problems and the ML exercises.
"""
