"""Every operation a structure's cost table names must exist: the tables are read as the API.

The ``Deque`` table once listed ``peek``, which only ``Queue`` has. The check reads the first
column of each module's table, turns each backticked operation into the method that implements
it (``t[k] = v`` is ``__setitem__``, ``len`` is ``__len__``, ``add(w)`` is ``add``, a class name
is its constructor) and looks for it on the module's public classes; ``Cls.name`` must be on
that class.
"""

import importlib
import inspect
import pkgutil
import re

import pytest

import dsa.structures
from dsa.structures.deque import Deque, Queue

MODULES = sorted(info.name for info in pkgutil.iter_modules(dsa.structures.__path__))
OPERATORS = [
    (r"del \w+\[.*\]", "__delitem__"),
    (r"\w+\[.*\] = \w+", "__setitem__"),
    (r"\w+\[.*\]", "__getitem__"),
    (r"\w+ in \w+", "__contains__"),
    (r"len", "__len__"),
    (r"bool", "__bool__"),
    (r"in", "__contains__"),
]


def table_operations(module):
    """``(owner or None, method name)`` for each operation in the module's cost table."""
    found = []
    for line in (module.__doc__ or "").splitlines():
        if not line.startswith("|") or set(line) <= set("|- "):
            continue
        for token in re.findall(r"``([^`]+)``", line.split("|")[1]):
            method = next((m for pattern, m in OPERATORS if re.fullmatch(pattern, token)), None)
            match = re.fullmatch(r"(?:([A-Z]\w*)\.)?([A-Za-z_]\w*)(?:\(.*\))?", token)
            if method is not None:
                found.append((None, method))
            elif match:
                found.append(match.groups())
    return found


@pytest.mark.parametrize("name", MODULES)
def test_every_operation_in_a_cost_table_exists(name):
    module = importlib.import_module(f"dsa.structures.{name}")
    classes = {n: c for n, c in vars(module).items()
               if inspect.isclass(c) and c.__module__ == module.__name__ and n[0] != "_"}
    operations = table_operations(module)
    assert operations, f"{name} has no cost table"
    for owner, method in operations:
        if owner is None and method in classes:
            continue  # a constructor, e.g. ``FenwickTree(values)``
        assert owner is None or owner in classes, f"{name}: no class {owner}"
        candidates = [classes[owner]] if owner else list(classes.values())
        assert any(hasattr(c, method) for c in candidates), f"{name}: no {method}"


def test_deque_table_names_peek_only_for_queue_which_has_it():
    # Like collections.deque, Deque has no peek (read d[0] or d[-1]); Queue has one.
    operations = table_operations(importlib.import_module("dsa.structures.deque"))
    assert ("Queue", "peek") in operations and (None, "peek") not in operations
    assert not hasattr(Deque, "peek") and Queue([7, 8]).peek() == 7
