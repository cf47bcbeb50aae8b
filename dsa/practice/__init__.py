"""The DSA practice problems: ``python -m dsa.practice list|show|start|check|hint|status``.

The problems are data in ``problems/`` (one folder each); the engine that checks them is the
top-level :mod:`practice` package, shared with the ML and essay exercises.
"""
