"""The practice problems on disk: find them, read their ``meta.toml``, and validate them.

Each problem is a folder ``problems/<slug>/`` (``slug`` is the id with ``-`` turned into ``_``)
holding ``meta.toml``, ``statement.md``, ``starter.py``, ``solution.py``, ``tests.py`` and up to
three ``buggy_<mistake>.py``. The folder is data, not a package: the checker loads its files by
path.

A malformed problem raises :class:`ProblemError` naming the folder, the field and the fix.

>>> problem = get_problem("two-sum")
>>> problem.slug, problem.pattern, problem.entry
('two_sum', 'arrays-hashing', 'two_sum')
"""

from __future__ import annotations

import ast
import difflib
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

PROBLEMS_DIR = Path(__file__).resolve().parent / "problems"

PATTERNS = (
    "arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list",
    "trees", "tries", "heap", "backtracking", "graphs", "advanced-graphs", "dp-1d", "dp-2d",
    "greedy", "intervals", "math-geometry", "bit-manipulation",
)
DIFFICULTIES = ("easy", "medium", "hard")
REQUIRED_FILES = ("meta.toml", "statement.md", "starter.py", "solution.py", "tests.py")
DEFAULT_TIME_LIMIT = 2.0
MAX_TIME_LIMIT = 30.0

_REQUIRED_KEYS = {
    "id": str, "title": str, "pattern": str, "difficulty": str, "entry": str, "time": str,
    "space": str, "hints": list,
}
_OPTIONAL_KEYS = {"time_limit": (int, float), "cpu_limit": (int, float), "constraints": list}
_CONSTRAINT_KEYS = {"path": str, "max_len": int, "range": list, "non_ascii": bool}
_PATH = re.compile(r"(?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*(?:\[(?:\*|-?\d+)\])*")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ProblemError(ValueError):
    """A problem folder or ``meta.toml`` does not follow the format."""


class UnknownProblemError(KeyError):
    """No problem has the id asked for; ``suggestions`` holds close ids.

    >>> str(UnknownProblemError("two-sun", ["two-sum"]))
    "no problem 'two-sun'; did you mean: two-sum?"
    """

    def __init__(self, problem_id: str, suggestions: list[str]) -> None:
        self.problem_id = problem_id
        self.suggestions = suggestions
        hint = (f"did you mean: {', '.join(suggestions)}?" if suggestions
                else "run `python -m dsa.practice list` to see every id")
        super().__init__(f"no problem {problem_id!r}; {hint}")

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


def slug_of(problem_id: str) -> str:
    """The folder (and workspace file) name for an id.

    >>> slug_of("two-sum")
    'two_sum'
    """
    return problem_id.replace("-", "_")


def big_o_terms(text: str) -> list[str]:
    """Every ``O(...)`` expression in ``text``, with nested brackets kept whole.

    >>> big_o_terms("O(L) per add; O(26^d · L) per search, O(m·4·3^(L-1)) worst")
    ['O(L)', 'O(26^d · L)', 'O(m·4·3^(L-1))']
    """
    terms = []
    for match in re.finditer(r"O\(", text):
        depth = 0
        for end in range(match.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                terms.append(text[match.start():end + 1])
                break
    return terms


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


@dataclass(frozen=True)
class Constraint:
    """One stated limit of a problem's input (see ``[[constraints]]`` in the problem format).

    >>> Constraint("nums[*]", max_len=3, range=(-5, 5)).parts
    ('nums', ['*'])
    """

    path: str
    max_len: int | None = None
    range: tuple[float, float] | None = None
    non_ascii: bool = False

    @property
    def parts(self) -> tuple[str, list[str]]:
        """The parameter (``Method.param`` for a class) and the selectors after it."""
        head, _, rest = self.path.partition("[")
        return head, re.findall(r"\[([^\]]*)\]", "[" + rest if rest else "")


@dataclass(frozen=True)
class Problem:
    """One practice problem: its metadata and where its files are.

    >>> p = get_problem("single-number")
    >>> p.difficulty, p.time, p.hints[0].startswith("Aim for")
    ('easy', 'O(n)', True)
    """

    id: str
    title: str
    pattern: str
    difficulty: str
    entry: str
    time: str
    space: str
    hints: tuple[str, ...]
    folder: Path
    time_limit: float = DEFAULT_TIME_LIMIT
    constraints: tuple[Constraint, ...] = ()

    @property
    def slug(self) -> str:
        return slug_of(self.id)

    @property
    def starter_path(self) -> Path:
        return self.folder / "starter.py"

    @property
    def solution_path(self) -> Path:
        return self.folder / "solution.py"

    @property
    def tests_path(self) -> Path:
        return self.folder / "tests.py"

    @property
    def buggy_paths(self) -> list[Path]:
        """The known-buggy variants, sorted by name."""
        return sorted(self.folder.glob("buggy_*.py"))

    @cached_property
    def statement(self) -> str:
        return (self.folder / "statement.md").read_text(encoding="utf-8")


def _check_meta(meta: dict[str, Any], folder: Path) -> None:
    where = f"{folder / 'meta.toml'}"
    for key, kind in _REQUIRED_KEYS.items():
        if key not in meta:
            raise ProblemError(f"{where}: missing required key {key!r}")
        if not isinstance(meta[key], kind):
            raise ProblemError(f"{where}: {key!r} must be a {kind.__name__}, "
                               f"got {type(meta[key]).__name__}")
    unknown = sorted(set(meta) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS))
    if unknown:
        raise ProblemError(f"{where}: unknown key(s) {', '.join(unknown)}; the format allows "
                           f"{', '.join([*_REQUIRED_KEYS, *_OPTIONAL_KEYS])}")
    if not _ID.fullmatch(meta["id"]):
        raise ProblemError(f"{where}: id {meta['id']!r} must be lower-case words joined by '-'")
    if slug_of(meta["id"]) != folder.name:
        raise ProblemError(f"{where}: id {meta['id']!r} belongs in a folder named "
                           f"{slug_of(meta['id'])!r}, not {folder.name!r}")
    if meta["pattern"] not in PATTERNS:
        close = difflib.get_close_matches(meta["pattern"], PATTERNS, n=1)
        raise ProblemError(f"{where}: unknown pattern {meta['pattern']!r}"
                           + (f"; did you mean {close[0]!r}?" if close else ""))
    if meta["difficulty"] not in DIFFICULTIES:
        raise ProblemError(f"{where}: difficulty must be one of {', '.join(DIFFICULTIES)}, "
                           f"got {meta['difficulty']!r}")
    if not meta["entry"].isidentifier():
        raise ProblemError(f"{where}: entry {meta['entry']!r} is not a Python name")
    hints = meta["hints"]
    if len(hints) < 2 or not all(isinstance(h, str) and h.strip() for h in hints):
        raise ProblemError(f"{where}: 'hints' must hold at least two non-empty strings")
    for key in ("time", "space"):
        terms = big_o_terms(meta[key])
        if not terms:
            raise ProblemError(f"{where}: {key!r} must give a big-O bound such as 'O(n)', "
                               f"got {meta[key]!r}")
        if not any(_squash(term) in _squash(hints[0]) for term in terms):
            raise ProblemError(f"{where}: the first hint must state the target {key} "
                               f"{meta[key]!r}; it says {hints[0]!r}")
    for key in ("time_limit", "cpu_limit"):
        limit = meta.get(key, DEFAULT_TIME_LIMIT)
        if isinstance(limit, bool) or not 0 < limit <= MAX_TIME_LIMIT:
            raise ProblemError(f"{where}: {key} must be a number of seconds in "
                               f"(0, {MAX_TIME_LIMIT:g}], got {limit!r}")
    for number, table in enumerate(meta.get("constraints", []), start=1):
        _check_constraint(table, f"{where}: constraint {number}")


def _check_constraint(table: Any, where: str) -> None:
    if not isinstance(table, dict):
        raise ProblemError(f"{where} must be a table ([[constraints]])")
    unknown = sorted(set(table) - set(_CONSTRAINT_KEYS))
    if unknown or "path" not in table:
        raise ProblemError(f"{where}: needs 'path' and allows only {', '.join(_CONSTRAINT_KEYS)}"
                           + (f"; unknown: {', '.join(unknown)}" if unknown else ""))
    for key, kind in _CONSTRAINT_KEYS.items():
        if key in table and (not isinstance(table[key], kind)
                             or (isinstance(table[key], bool) and kind is not bool)):
            raise ProblemError(f"{where}: {key!r} must be a {kind.__name__}")
    if not _PATH.fullmatch(table["path"]):
        raise ProblemError(f"{where}: path {table['path']!r} is not like 'nums', 'edges[*][2]' "
                           "or 'put.key'")
    bounds = table.get("range")
    if bounds is not None and not (len(bounds) == 2 and all(
            isinstance(b, int | float) and not isinstance(b, bool) for b in bounds)
            and bounds[0] <= bounds[1]):
        raise ProblemError(f"{where}: range must be [smallest, largest]")
    if not {"max_len", "range", "non_ascii"} & set(table):
        raise ProblemError(f"{where}: give at least one of max_len, range, non_ascii")


def _check_files(folder: Path, entry: str) -> None:
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if missing:
        raise ProblemError(f"{folder}: missing file(s) {', '.join(missing)}")
    if (folder / "__init__.py").exists():
        raise ProblemError(f"{folder}: a problem folder is data, not a package; "
                           "remove __init__.py")
    for path in [folder / "starter.py", folder / "solution.py", *folder.glob("buggy_*.py")]:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as error:
            raise ProblemError(f"{path}: syntax error on line {error.lineno}: "
                               f"{error.msg}") from None
        defined = {node.name for node in tree.body
                   if isinstance(node, ast.FunctionDef | ast.ClassDef)}
        if entry not in defined:
            raise ProblemError(f"{path}: does not define the entry {entry!r}")
        if path.name.startswith("buggy_") and not ast.get_docstring(tree):
            raise ProblemError(f"{path}: a buggy variant's docstring must name its mistake")


def load_problem(folder: Path | str) -> Problem:
    """Read and validate the problem in ``folder``; :class:`ProblemError` if it is malformed.

    >>> load_problem(PROBLEMS_DIR / "two_sum").title
    'Two sum'
    """
    folder = Path(folder)
    meta_path = folder / "meta.toml"
    if not meta_path.is_file():
        raise ProblemError(f"{folder}: no meta.toml")
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ProblemError(f"{meta_path}: not valid TOML: {error}") from None
    _check_meta(meta, folder)
    _check_files(folder, meta["entry"])
    return Problem(
        id=meta["id"], title=meta["title"], pattern=meta["pattern"],
        difficulty=meta["difficulty"], entry=meta["entry"], time=meta["time"],
        space=meta["space"], hints=tuple(meta["hints"]), folder=folder,
        time_limit=float(meta.get("cpu_limit", meta.get("time_limit", DEFAULT_TIME_LIMIT))),
        constraints=tuple(Constraint(c["path"], c.get("max_len"),
                                     tuple(c["range"]) if "range" in c else None,
                                     c.get("non_ascii", False))
                          for c in meta.get("constraints", [])),
    )


def problem_folders(root: Path | str = PROBLEMS_DIR) -> list[Path]:
    """Every problem folder under ``root`` (those holding a ``meta.toml``), sorted by name.

    >>> any(folder.name == "two_sum" for folder in problem_folders())
    True
    """
    return sorted(path.parent for path in Path(root).glob("*/meta.toml"))


def all_problems(root: Path | str = PROBLEMS_DIR) -> list[Problem]:
    """Every problem under ``root``, in pattern order then id; raises on the first bad one.

    >>> "two-sum" in [p.id for p in all_problems()]
    True
    """
    problems = [load_problem(folder) for folder in problem_folders(root)]
    return sorted(problems, key=lambda p: (PATTERNS.index(p.pattern), p.id))


def get_problem(problem_id: str, root: Path | str = PROBLEMS_DIR) -> Problem:
    """The problem with ``problem_id``; :class:`UnknownProblemError` names close ids if none.

    >>> get_problem("two-sun")
    Traceback (most recent call last):
    ...
    dsa.practice.problems.UnknownProblemError: no problem 'two-sun'; did you mean: two-sum...?
    """
    folder = Path(root) / slug_of(problem_id)
    if _ID.fullmatch(problem_id) and (folder / "meta.toml").is_file():
        return load_problem(folder)
    ids = [folder.name.replace("_", "-") for folder in problem_folders(root)]
    raise UnknownProblemError(problem_id, difflib.get_close_matches(problem_id, ids, n=3))
