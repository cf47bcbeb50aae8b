"""Generate the practice pages: one per problem, plus an index by pattern, from the problem folders.

Each problem folder under ``dsa/practice/problems/`` already holds everything a page needs: the
title, pattern, difficulty and target complexity in ``meta.toml``, the statement, the hints and
the reference solution. When the site is built this hook turns them into ``dsa/practice/<id>.md``
(statement, target, the hints each in a collapsed block, the commands to start and check it, and
the solution in a collapsed spoiler block) and ``dsa/practice/index.md`` (a table per pattern).
The pages are never written to ``docs/``; the solution is read from ``solution.py`` at build time,
so the site shows the very code the tests check.

Order: the patterns in teaching order (:data:`practice.problems.PATTERNS`), and within each
pattern easy before medium before hard. The nav gets one section per pattern in that order, so
Previous and Next walk through a pattern before moving to the next one. The hints and the
solution are left out of the search index: a search for a problem's name should find its
statement, not give its answer away.

A malformed problem is logged as a warning (which fails a ``--strict`` build) and left out.

>>> from practice.problems import get_problem
>>> page = problem_page(get_problem("two-sum"))
>>> page.splitlines()[0]
'# Two sum'
>>> '??? tip "Hint 1"' in page and '??? danger "Solution — spoiler"' in page
True

Cost: reads each problem folder once per build, O(total size of the problem files).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path; the problems live in the project
    sys.path.insert(0, str(ROOT))

from practice.problems import (  # noqa: E402
    PATTERNS,
    PROBLEMS_DIR,
    Problem,
    ProblemError,
    load_problem,
    problem_folders,
)

log = logging.getLogger("mkdocs.hooks.practice_pages")
SECTION = "dsa/practice"
COMMAND = "python -m dsa.practice"
PATTERN_TITLES = {
    "arrays-hashing": "Arrays and hashing", "two-pointers": "Two pointers",
    "sliding-window": "Sliding window", "stack": "Stack", "binary-search": "Binary search",
    "linked-list": "Linked lists", "trees": "Trees", "tries": "Tries", "heap": "Heaps",
    "backtracking": "Backtracking", "graphs": "Graphs", "advanced-graphs": "Advanced graphs",
    "dp-1d": "Dynamic programming in one dimension",
    "dp-2d": "Dynamic programming in two dimensions", "greedy": "Greedy",
    "intervals": "Intervals", "math-geometry": "Maths and geometry",
    "bit-manipulation": "Bit manipulation",
}
_DIFFICULTY = {"easy": 0, "medium": 1, "hard": 2}
# Material leaves a section whose heading carries this attribute out of the search index.
_NOT_SEARCHED = "{ data-search-exclude }"


def pattern_title(pattern: str) -> str:
    """The heading for a pattern: ``'dp-1d'`` reads "Dynamic programming in one dimension".

    >>> pattern_title("two-pointers"), pattern_title("new-pattern")
    ('Two pointers', 'New pattern')
    """
    return PATTERN_TITLES.get(pattern, pattern.replace("-", " ").capitalize())


def teaching_order(problems: list[Problem]) -> list[Problem]:
    """``problems`` by pattern in teaching order, then easy first (then by id).

    >>> from practice.problems import get_problem
    >>> [p.id for p in teaching_order([get_problem(i) for i in ("n-queens", "group-anagrams",
    ...                                                          "two-sum")])]
    ['two-sum', 'group-anagrams', 'n-queens']
    """
    def key(problem: Problem) -> tuple[int, int, str]:
        pattern = PATTERNS.index(problem.pattern) if problem.pattern in PATTERNS else len(PATTERNS)
        return pattern, _DIFFICULTY.get(problem.difficulty, 3), problem.id

    return sorted(problems, key=key)


def _indent(text: str, spaces: int = 4) -> str:
    return "\n".join((" " * spaces + line) if line.strip() else "" for line in text.splitlines())


def _fence(code: str, language: str = "python") -> str:
    # A fence longer than any run of backticks inside the code can never close early.
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{code.rstrip()}\n{ticks}"


def problem_page(problem: Problem) -> str:
    """The Markdown page for one problem.

    >>> from practice.problems import get_problem
    >>> page = problem_page(get_problem("single-number"))
    >>> "python -m dsa.practice start single-number" in page
    True
    >>> "**Target:** O(n) time, O(1) extra space" in page
    True
    """
    lines = [
        f"# {problem.title}",
        "",
        f"**Pattern:** {problem.pattern} · **Difficulty:** {problem.difficulty} · "
        f"**Target:** {problem.time} time, {problem.space} extra space",
        "",
        problem.statement.strip(),
        "",
        "## Try it",
        "",
        _fence(f"{COMMAND} start {problem.id}     # copies the starter into your workspace\n"
               f"{COMMAND} check {problem.id}     # runs the tests on your file\n"
               f"{COMMAND} hint {problem.id}      # one more hint each time", "bash"),
        "",
        f"## Hints {_NOT_SEARCHED}",
        "",
    ]
    for number, hint in enumerate(problem.hints, start=1):
        lines += [f'??? tip "Hint {number}"', "", _indent(hint), ""]
    solution = problem.solution_path.read_text(encoding="utf-8")
    lines += [
        f"## Solution {_NOT_SEARCHED}",
        "",
        '??? danger "Solution — spoiler"',
        "",
        _indent("Try the problem first: the hints above open one at a time. This is the "
                "reference the tests check, read from "
                f"`dsa/practice/problems/{problem.slug}/solution.py`."),
        "",
        _indent(_fence(solution)),
        "",
        "[All practice problems](index.md)",
        "",
    ]
    return "\n".join(lines)


def index_page(problems: list[Problem]) -> str:
    """The practice index: how to work, then a table of problems for each pattern.

    >>> from practice.problems import get_problem
    >>> page = index_page([get_problem("two-sum")])
    >>> "| [Two sum](two-sum.md) | easy | O(n) | O(n) |" in page
    True
    """
    lines = [
        "# Practice problems",
        "",
        f"{len(problems)} problems, grouped by the pattern that solves them. Each page has the "
        "statement, the target complexity, hints that open one at a time, and a reference "
        "solution behind a spoiler. Work on them locally:",
        "",
        _fence(f"{COMMAND} list                 # every problem and your status\n"
               f"{COMMAND} start two-sum        # copy the starter to ./practice-workspace/\n"
               f"{COMMAND} check two-sum        # run the tests on your attempt\n"
               f"{COMMAND} hint two-sum         # reveal the next hint\n"
               f"{COMMAND} status               # progress per pattern", "bash"),
        "",
    ]
    for pattern, members in by_pattern(problems).items():
        lines += [f"## {pattern_title(pattern)}", "", "| Problem | Difficulty | Time | Space |",
                  "| --- | --- | --- | --- |"]
        for problem in members:
            lines.append(f"| [{problem.title}]({problem.id}.md) | {problem.difficulty} | "
                         f"{problem.time} | {problem.space} |")
        lines.append("")
    return "\n".join(lines)


def by_pattern(problems: list[Problem]) -> dict[str, list[Problem]]:
    """``{pattern: its problems}``, both in teaching order (see :func:`teaching_order`)."""
    groups: dict[str, list[Problem]] = {}
    for problem in teaching_order(problems):
        groups.setdefault(problem.pattern, []).append(problem)
    return groups


def practice_nav(problems: list[Problem]) -> list:
    """The practice section of the nav: the index, then a section per pattern.

    >>> from practice.problems import get_problem
    >>> practice_nav([get_problem("two-sum")])
    ['dsa/practice/index.md', {'Arrays and hashing': ['dsa/practice/two-sum.md']}]
    """
    return [f"{SECTION}/index.md", *({pattern_title(pattern): [
        f"{SECTION}/{p.id}.md" for p in members]} for pattern, members in
        by_pattern(problems).items())]


def load_problems(root: Path = PROBLEMS_DIR) -> list[Problem]:
    """Every well-formed problem under ``root``; a malformed one is logged and left out."""
    problems = []
    for folder in problem_folders(root):
        try:
            problems.append(load_problem(folder))
        except ProblemError as error:
            log.warning("practice problem left out of the site: %s", error)
    return problems


def practice_pages(root: Path = PROBLEMS_DIR,
                   problems: list[Problem] | None = None) -> dict[str, str]:
    """Every generated page, as ``{path inside docs: Markdown}``; malformed problems are skipped.

    >>> pages = practice_pages()
    >>> "dsa/practice/index.md" in pages and "dsa/practice/two-sum.md" in pages
    True
    """
    problems = load_problems(root) if problems is None else problems
    pages = {f"{SECTION}/index.md": index_page(problems)}
    for problem in teaching_order(problems):
        pages[f"{SECTION}/{problem.id}.md"] = problem_page(problem)
    return pages


def _expand(nav: list, section: list) -> bool:
    """Replace the nav entry that is the practice index by ``section``; False if none is."""
    index = f"{SECTION}/index.md"
    for position, entry in enumerate(nav):
        if entry == index or (isinstance(entry, dict) and index in entry.values()):
            title = next(iter(entry)) if isinstance(entry, dict) else "Practice problems"
            nav[position] = {title: section}
            return True
        children = entry.values() if isinstance(entry, dict) else ()
        if any(isinstance(child, list) and _expand(child, section) for child in children):
            return True
    return False


_pages: dict[str, str] = {}


def on_config(config):
    """MkDocs hook: make the pages, and give the nav a section per pattern."""
    problems = load_problems()
    _pages.clear()
    _pages.update(practice_pages(problems=problems))
    if config.nav is not None:
        _expand(config.nav, practice_nav(problems))
    return config


def on_files(files, config):
    """MkDocs hook: add the generated practice pages to the build."""
    from mkdocs.structure.files import File

    for path, content in _pages.items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files
