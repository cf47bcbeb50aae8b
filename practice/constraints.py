"""Check that a problem's tests reach the input limits its statement gives.

A problem's ``meta.toml`` lists its limits as ``[[constraints]]`` (a path such as ``nums`` or
``edges[*][2]`` and a ``max_len``, a ``range`` or ``non_ascii``). An :class:`Observer` is given
every call the tests make to the learner's code (the engine's ``recorder``), measures the
arguments at each path, and says where the tests fall short of a limit or go beyond it: a test
suite that never reaches the stated maximum lets a wrong "infinity" or a hard-coded bound pass.

A path starts with a parameter of the entry function, or ``Class.param`` / ``method.param`` for a
class; ``[*]`` selects every element (every value of a dict), ``[k]`` element ``k``. A linked
list is measured as the list of its values, a tree as its level-order values without gaps.

>>> from practice.problems import Constraint
>>> observer = Observer("f", {"f": ["nums", "k"]}, [Constraint("nums", 3, (-5, 5))])
>>> observer.record("f", [[-5, 0, 5]], {"k": 1})
>>> observer.shortfalls()
[]
>>> observer.record("f", [[9]], {"k": 1})
>>> observer.shortfalls()
['nums: largest number 9, beyond the stated range [-5, 5]']
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from practice.problems import Constraint
from practice.types import ListNode, TreeNode, tree_values


def signatures(solution: Path | str, entry: str) -> dict[str, list[str]]:
    """Parameter names per callable name, read (not run) from a solution file.

    For a class entry, the class name maps to its constructor's parameters and each method name
    to the method's, all without ``self``.

    >>> from practice.problems import get_problem
    >>> signatures(get_problem("lru-cache").solution_path, "LRUCache")["put"]
    ['key', 'value']
    """
    tree = ast.parse(Path(solution).read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == entry:
            found[entry] = [a.arg for a in node.args.posonlyargs + node.args.args]
        elif isinstance(node, ast.ClassDef) and node.name == entry:
            found[entry] = []
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    names = [a.arg for a in item.args.posonlyargs + item.args.args][1:]
                    found[entry if item.name == "__init__" else item.name] = names
    return found


def _as_values(value: Any) -> Any:
    """A list node as its values (each node once, so a cycle ends), a tree as its values.

    >>> node = ListNode(1, ListNode(2)); node.next.next = node
    >>> _as_values(node)
    [1, 2]
    """
    if isinstance(value, ListNode):
        values, seen = [], set()
        while value is not None and id(value) not in seen:
            seen.add(id(value))
            values.append(value.val)
            value = value.next
        return values
    if isinstance(value, TreeNode):
        return [v for v in tree_values(value) if v is not None]
    return value


def select(value: Any, selectors: list[str]) -> list[Any]:
    """The values at ``selectors`` below ``value``.

    >>> select([[1, 2, 7], [3, 4, 8]], ["*", "2"])
    [7, 8]
    """
    current = [_as_values(value)]
    for selector in selectors:
        following = []
        for item in current:
            if selector == "*":
                items = item.values() if isinstance(item, dict) else item
                following.extend(_as_values(x) for x in items)
            else:
                following.append(_as_values(item[int(selector)]))
        current = following
    return current


def _containers(value: Any) -> list[Any]:
    """Every list, tuple, set and dict inside ``value`` (itself included), each once.

    >>> loop = [1]; loop.append(loop)
    >>> len(_containers([loop, (2,)]))
    3
    """
    found, stack, seen = [], [value], set()
    while stack:
        item = stack.pop()
        if isinstance(item, ListNode | TreeNode):
            item = _as_values(item)  # a node inside a container: its values count too
        if not isinstance(item, list | tuple | set | frozenset | dict) or id(item) in seen:
            continue
        seen.add(id(item))
        found.append(item)
        stack.extend(item.values() if isinstance(item, dict) else item)
    return found


def _numbers(value: Any, found: list[float]) -> None:
    if type(value) in (int, float):
        found.append(value)
    for item in _containers(value):
        items = item.values() if isinstance(item, dict) else item
        numbers = [x for x in items if type(x) in (int, float)]
        if numbers:
            found.extend((min(numbers), max(numbers)))


def _non_ascii(value: Any) -> bool:
    if isinstance(value, str):
        return not value.isascii()
    return any(isinstance(x, str) and not x.isascii() for item in _containers(value)
               for x in (item.values() if isinstance(item, dict) else item))


class Observer:
    """What the tests passed at each constraint's path; see the module docstring."""

    def __init__(self, entry: str, params: dict[str, list[str]],
                 constraints: list[Constraint] | tuple[Constraint, ...]) -> None:
        self.entry, self.params, self.constraints = entry, params, list(constraints)
        self.longest: dict[str, int] = {}
        self.smallest: dict[str, float] = {}
        self.largest: dict[str, float] = {}
        self.saw_non_ascii: set[str] = set()
        self._seen: dict[tuple[str, int], tuple[Any, Any]] = {}

    def _bound(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        names = self.params.get(name, [])
        prefix = "" if name == self.entry and not self._is_class() else f"{name}."
        bound = {f"{prefix}{param}": value for param, value in zip(names, args, strict=False)}
        bound.update({f"{prefix}{key}": value for key, value in kwargs.items()})
        return bound

    def _is_class(self) -> bool:
        return any(name != self.entry for name in self.params)

    def record(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> None:
        """Measure one call's arguments (before the call changes them)."""
        bound = self._bound(name, args, kwargs)
        for constraint in self.constraints:
            head, selectors = constraint.parts
            if head not in bound:
                continue
            value = bound[head]
            key = (constraint.path, id(value))
            if key in self._seen and self._seen[key][0] is value and _copy(value) == \
                    self._seen[key][1]:
                continue  # the same unchanged object again (a test asking many questions)
            self._seen[key] = (value, _copy(value))
            self._measure(constraint, select(value, selectors))

    def forget_inputs(self) -> None:
        """Drop the references to inputs kept to skip measuring one twice."""
        self._seen.clear()

    def _measure(self, constraint: Constraint, values: list[Any]) -> None:
        path = constraint.path
        if constraint.max_len is not None:
            lengths = [len(v) for v in values if hasattr(v, "__len__")]
            if lengths:
                self.longest[path] = max(self.longest.get(path, 0), *lengths)
        if constraint.range is not None:
            numbers: list[float] = []
            for value in values:
                _numbers(value, numbers)
            if numbers:
                self.smallest[path] = min(self.smallest.get(path, numbers[0]), *numbers)
                self.largest[path] = max(self.largest.get(path, numbers[0]), *numbers)
        if constraint.non_ascii and any(_non_ascii(v) for v in values):
            self.saw_non_ascii.add(path)

    def shortfalls(self) -> list[str]:
        """Each limit the tests did not reach exactly (or went beyond), in words."""
        problems = []
        for c in self.constraints:
            if c.max_len is not None and self.longest.get(c.path) != c.max_len:
                problems.append(f"{c.path}: longest seen {self.longest.get(c.path)}, "
                                f"stated max_len {c.max_len}")
            if c.range is not None:
                low, high = self.smallest.get(c.path), self.largest.get(c.path)
                if high is not None and high > c.range[1]:
                    problems.append(f"{c.path}: largest number {high:g}, beyond the stated "
                                    f"range [{c.range[0]:g}, {c.range[1]:g}]")
                elif low is not None and low < c.range[0]:
                    problems.append(f"{c.path}: smallest number {low:g}, beyond the stated "
                                    f"range [{c.range[0]:g}, {c.range[1]:g}]")
                elif (low, high) != tuple(c.range):
                    problems.append(f"{c.path}: numbers seen span [{low}, {high}], stated "
                                    f"range [{c.range[0]:g}, {c.range[1]:g}] not reached")
            if c.non_ascii and c.path not in self.saw_non_ascii:
                problems.append(f"{c.path}: no non-ASCII text seen")
        return problems


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
