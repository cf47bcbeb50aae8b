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


def _class(node: ast.ClassDef) -> str:
    bases = ", ".join(ast.unparse(base) for base in node.bases)
    lines = [f"class {node.name}" + (f"({bases})" if bases else "") + ":"]
    for item in node.body:
        is_method = isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
        if is_method and (item.name == "__init__" or not item.name.startswith("_")):
            lines.append("    " + _function(item))
    return "\n".join(lines)


def entry_signature(problem: Problem) -> str:
    """The signature of the problem's entry: a ``def`` line, or a class with its public methods.

    >>> from practice.problems import get_problem
    >>> print(entry_signature(get_problem("min-stack")))  # doctest: +ELLIPSIS
    class MinStack:
        def __init__(self) -> None
        def push(self, value: int) -> None
    ...
    """
    tree = ast.parse(problem.starter_path.read_text(encoding="utf-8"),
                     filename=str(problem.starter_path))
    for node in tree.body:
        if getattr(node, "name", None) != problem.entry:
            continue
        if isinstance(node, ast.ClassDef):
            return _class(node)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return _function(node)
    return f"{problem.entry} (not found in the starter)"
