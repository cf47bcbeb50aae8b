"""What a learner has to write for a problem, read from its starter file without running it.

``show`` prints this so that a learner knows the exact name and parameters the tests will call
before opening any file. The starter is parsed with :mod:`ast`, never imported: reading a file
must not run code, and the signature is the one the starter (and so the tests) use.

>>> from practice.problems import get_problem
>>> print(entry_signature(get_problem("two-sum")))
def two_sum(nums: list[int], target: int) -> list[int]
"""

from __future__ import annotations

import ast

from practice.problems import Problem


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    prefix = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
    return f"{prefix} {node.name}({ast.unparse(node.args)}){returns}"


def _to_write(node: ast.AST) -> bool:
    """Whether a function's body raises ``NotImplementedError``: the learner's part."""
    return any(isinstance(inner, ast.Raise) and inner.exc is not None
               and "NotImplementedError" in ast.unparse(inner.exc) for inner in ast.walk(node))


def _class(node: ast.ClassDef) -> str:
    bases = ", ".join(ast.unparse(base) for base in node.bases)
    lines = [f"class {node.name}" + (f"({bases})" if bases else "") + ":"]
    for item in node.body:
        is_method = isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
        if is_method and (item.name == "__init__" or not item.name.startswith("_")
                          or _to_write(item)):
            lines.append("    " + _function(item))
    return "\n".join(lines)


def entry_signature(problem: Problem) -> str:
    """The signature of the problem's entry: a ``def`` line, or a class with its public methods
    and those the learner writes; then any other function of the starter left to write (an
    exercise may ask for two, such as ``relu`` and its gradient).

    >>> from practice.problems import get_problem
    >>> print(entry_signature(get_problem("min-stack")))  # doctest: +ELLIPSIS
    class MinStack:
        def __init__(self) -> None
        def push(self, value: int) -> None
    ...
    """
    tree = ast.parse(problem.starter_path.read_text(encoding="utf-8"),
                     filename=str(problem.starter_path))
    entry, others = None, []
    for node in tree.body:
        name = getattr(node, "name", None)
        if name == problem.entry and isinstance(node, ast.ClassDef):
            entry = _class(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if name == problem.entry:
                entry = _function(node)
            elif _to_write(node):
                others.append(_function(node))
    return "\n".join([entry or f"{problem.entry} (not found in the starter)", *others])
