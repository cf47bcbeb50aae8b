"""The practice problems and exercises on disk: find them, read their ``meta.toml``, validate.

Each section of the curriculum keeps its set beside its code (:data:`SECTIONS`): the DSA problems
in ``dsa/practice/problems/``, the ML exercises in ``ml/exercises/``, the essay exercises in
``biology/exercises/``. One engine serves all three, so a learner has one workflow, one progress
file and one way of reporting; the sets are data the engine reads, and no section imports another.

Each problem is a folder ``<set>/<slug>/`` (``slug`` is the id with ``-`` turned into ``_``)
holding ``meta.toml``, ``statement.md``, ``starter.py``, ``solution.py``, ``tests.py`` and
``buggy_<mistake>.py`` variants. The folder is data, not a package: the checker loads its files by
path. A DSA problem states its target complexity (``time``, ``space``); an exercise states its
place on the learning path (``order``) instead.

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

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS_DIR = ROOT / "dsa" / "practice" / "problems"

PATTERNS = (
    "arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list",
    "trees", "tries", "heap", "backtracking", "graphs", "advanced-graphs", "dp-1d", "dp-2d",
    "greedy", "intervals", "math-geometry", "bit-manipulation",
)
ML_PATTERNS = (
    "network", "training", "evaluation", "linear-models", "nearest-neighbours", "unsupervised",
    "trees-and-bayes", "convolution", "autograd", "language-models",
)
BIOLOGY_PATTERNS = ("neurons", "populations", "sequences", "emergence", "learning")
DIFFICULTIES = ("easy", "medium", "hard")
PRELOADS = ("numpy",)  # modules an exercise may have imported in the sandbox before its hook


@dataclass(frozen=True)
class Section:
    """One part of the curriculum with a set of its own: where it lives and how it is ordered.

    >>> SECTIONS["ml"].command
    'python -m ml.exercises'
    """

    name: str
    title: str
    folder: Path
    patterns: tuple[str, ...]
    command: str
    kind: str  # "problem" (stated complexity, ordered by difficulty) or "exercise" (by order)


SECTIONS = {
    "dsa": Section("dsa", "Data structures and algorithms", PROBLEMS_DIR, PATTERNS,
                   "python -m dsa.practice", "problem"),
    "ml": Section("ml", "Machine learning", ROOT / "ml" / "exercises", ML_PATTERNS,
                  "python -m ml.exercises", "exercise"),
    "biology": Section("biology", "Computing and biology", ROOT / "biology" / "exercises",
                       BIOLOGY_PATTERNS, "python -m biology.exercises", "exercise"),
}


def section_of(folder: Path | str) -> Section:
    """The section whose set holds ``folder``; a folder elsewhere (a test's) follows DSA's rules.

    >>> section_of(ROOT / "ml" / "exercises" / "stable_softmax").name
    'ml'
    """
    parent = Path(folder).resolve().parent
    for section in SECTIONS.values():
        if section.folder == parent:
            return section
    return SECTIONS["dsa"]
REQUIRED_FILES = ("meta.toml", "statement.md", "starter.py", "solution.py", "tests.py")
DEFAULT_TIME_LIMIT = 2.0
MAX_TIME_LIMIT = 300.0  # the capstone trains a network
DEFAULT_MEMORY_MIB = 1024
MAX_MEMORY_MIB = 4096

_REQUIRED_KEYS = {
    "id": str, "title": str, "pattern": str, "difficulty": str, "entry": str, "time": str,
    "space": str, "hints": list,
}
_OPTIONAL_KEYS = {"time_limit": (int, float), "cpu_limit": (int, float), "constraints": list,
                  "memory_limit": int, "imports": list, "pages": list, "changes_arguments": bool}
_EXERCISE_KEYS = {"id": str, "title": str, "pattern": str, "difficulty": str, "entry": str,
                  "order": int, "hints": list}
_EXERCISE_OPTIONAL = {**_OPTIONAL_KEYS, "time": str, "space": str}
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

    def __init__(self, problem_id: str, suggestions: list[str], kind: str = "problem") -> None:
        self.problem_id = problem_id
        self.suggestions = suggestions
        hint = (f"did you mean: {', '.join(suggestions)}?" if suggestions
                else f"one of: {', '.join(SECTIONS)}" if kind == "section"
                else "run `python -m dsa.practice list --section all` to see every id")
        super().__init__(f"no {kind} {problem_id!r}; {hint}")

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
    section: str = "dsa"
    order: int = 0
    pages: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()
    memory_limit: int = DEFAULT_MEMORY_MIB
    changes_arguments: bool = True  # may the learner's code change what the tests pass in?

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
    section = section_of(folder)
    exercise = section.kind == "exercise"
    _check_keys(meta, where, *((_EXERCISE_KEYS, _EXERCISE_OPTIONAL) if exercise
                               else (_REQUIRED_KEYS, _OPTIONAL_KEYS)))
    _check_common(meta, folder, where, section)
    (_check_exercise_meta if exercise else _check_problem_meta)(meta, where)


def _check_keys(meta: dict[str, Any], where: str, required: dict[str, type],
                optional: dict[str, Any]) -> None:
    for key, kind in required.items():
        if key not in meta:
            raise ProblemError(f"{where}: missing required key {key!r}")
        if not isinstance(meta[key], kind):
            raise ProblemError(f"{where}: {key!r} must be a {kind.__name__}, "
                               f"got {type(meta[key]).__name__}")
    unknown = sorted(set(meta) - set(required) - set(optional))
    if unknown:
        raise ProblemError(f"{where}: unknown key(s) {', '.join(unknown)}; the format allows "
                           f"{', '.join([*required, *optional])}")


def _check_exercise_meta(meta: dict[str, Any], where: str) -> None:
    if len(meta["hints"]) < 3:
        raise ProblemError(f"{where}: an exercise needs at least three hints")
    if isinstance(meta["order"], bool) or meta["order"] < 0:
        raise ProblemError(f"{where}: order must be a whole number >= 0")
    for page in meta.get("pages", []):
        if not (isinstance(page, str) and page.endswith(".md") and not page.startswith("/")):
            raise ProblemError(f"{where}: pages holds site pages like 'ml/network/forward.md', "
                               f"got {page!r}")


def _check_problem_meta(meta: dict[str, Any], where: str) -> None:
    for key in ("time", "space"):
        terms = big_o_terms(meta[key])
        if not terms:
            raise ProblemError(f"{where}: {key!r} must give a big-O bound such as 'O(n)', "
                               f"got {meta[key]!r}")
        if not any(_squash(term) in _squash(meta["hints"][0]) for term in terms):
            raise ProblemError(f"{where}: the first hint must state the target {key} "
                               f"{meta[key]!r}; it says {meta['hints'][0]!r}")


def _check_common(meta: dict[str, Any], folder: Path, where: str, section: Section) -> None:
    if not _ID.fullmatch(meta["id"]):
        raise ProblemError(f"{where}: id {meta['id']!r} must be lower-case words joined by '-'")
    if slug_of(meta["id"]) != folder.name:
        raise ProblemError(f"{where}: id {meta['id']!r} belongs in a folder named "
                           f"{slug_of(meta['id'])!r}, not {folder.name!r}")
    if meta["pattern"] not in section.patterns:
        close = difflib.get_close_matches(meta["pattern"], section.patterns, n=1)
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
    for key in ("time_limit", "cpu_limit"):
        limit = meta.get(key, DEFAULT_TIME_LIMIT)
        if isinstance(limit, bool) or not 0 < limit <= MAX_TIME_LIMIT:
            raise ProblemError(f"{where}: {key} must be a number of seconds in "
                               f"(0, {MAX_TIME_LIMIT:g}], got {limit!r}")
    for number, table in enumerate(meta.get("constraints", []), start=1):
        _check_constraint(table, f"{where}: constraint {number}")
    memory = meta.get("memory_limit", DEFAULT_MEMORY_MIB)
    if isinstance(memory, bool) or not 64 <= memory <= MAX_MEMORY_MIB:
        raise ProblemError(f"{where}: memory_limit must be MiB in [64, {MAX_MEMORY_MIB}], "
                           f"got {memory!r}")
    unknown = [name for name in meta.get("imports", []) if name not in PRELOADS]
    if unknown:
        raise ProblemError(f"{where}: imports may only name {', '.join(PRELOADS)}; "
                           f"got {', '.join(map(repr, unknown))}")


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
        difficulty=meta["difficulty"], entry=meta["entry"], time=meta.get("time", ""),
        space=meta.get("space", ""), hints=tuple(meta["hints"]), folder=folder,
        time_limit=float(meta.get("cpu_limit", meta.get("time_limit", DEFAULT_TIME_LIMIT))),
        section=section_of(folder).name, order=meta.get("order", 0),
        pages=tuple(meta.get("pages", ())), imports=tuple(meta.get("imports", ())),
        memory_limit=meta.get("memory_limit", DEFAULT_MEMORY_MIB),
        # An exercise's function leaves its inputs alone unless its statement says otherwise (an
        # optimiser's step): a test then never computes its expectation from inputs the
        # learner's code quietly changed.
        changes_arguments=meta.get("changes_arguments", section_of(folder).kind == "problem"),
        constraints=tuple(Constraint(c["path"], c.get("max_len"),
                                     tuple(c["range"]) if "range" in c else None,
                                     c.get("non_ascii", False))
                          for c in meta.get("constraints", [])),
    )


def _roots(root: Path | str | None, section: str | None) -> list[Path]:
    if root is not None:
        return [Path(root)]
    if section is not None and section not in SECTIONS:
        raise UnknownProblemError(section, difflib.get_close_matches(section, SECTIONS, n=2),
                                  kind="section")
    return [s.folder for s in SECTIONS.values() if section in (None, s.name)]


def problem_folders(root: Path | str | None = None, section: str | None = None) -> list[Path]:
    """Every problem folder (one holding a ``meta.toml``) under ``root``, or in every section's
    set (or only ``section``'s), sorted by section then name.

    >>> any(folder.name == "two_sum" for folder in problem_folders(section="dsa"))
    True
    """
    return [path.parent for folder in _roots(root, section)
            for path in sorted(folder.glob("*/meta.toml"))]


def path_key(problem: Problem) -> tuple[int, int, int, int, str]:
    """Where ``problem`` stands on the learning path: section, pattern (each builds on the ones
    before), then an exercise's ``order`` or a problem's difficulty, then id.

    >>> path_key(get_problem("two-sum"))[:2]
    (0, 0)
    """
    section = SECTIONS.get(problem.section, SECTIONS["dsa"])
    patterns = section.patterns
    return (list(SECTIONS).index(section.name),
            patterns.index(problem.pattern) if problem.pattern in patterns else len(patterns),
            problem.order,
            DIFFICULTIES.index(problem.difficulty) if problem.difficulty in DIFFICULTIES else 0,
            problem.id)


def all_problems(root: Path | str | None = None, section: str | None = None) -> list[Problem]:
    """Every problem (of ``section``, or under ``root``) in learning-path order (:func:`path_key`);
    raises on the first bad one.

    >>> "two-sum" in [p.id for p in all_problems(section="dsa")]
    True
    """
    return sorted((load_problem(folder) for folder in problem_folders(root, section)),
                  key=path_key)


def get_problem(problem_id: str, root: Path | str | None = None) -> Problem:
    """The problem with ``problem_id`` in any section; :class:`UnknownProblemError` names close
    ids if none.

    >>> get_problem("two-sun")
    Traceback (most recent call last):
    ...
    practice.problems.UnknownProblemError: no problem 'two-sun'; did you mean: two-sum...?
    """
    if _ID.fullmatch(problem_id):
        for folder in _roots(root, None):
            if (folder / slug_of(problem_id) / "meta.toml").is_file():
                return load_problem(folder / slug_of(problem_id))
    ids = [folder.name.replace("_", "-") for folder in problem_folders(root)]
    raise UnknownProblemError(problem_id, difflib.get_close_matches(problem_id, ids, n=3))
