"""Generate the practice pages: one per problem, plus an index by pattern, from the problem folders.

Each problem folder under ``dsa/practice/problems/`` already holds everything a page needs: the
title, pattern, difficulty and target complexity in ``meta.toml``, the statement, the hints and
the reference solution. When the site is built this hook turns them into ``dsa/practice/<id>.md``
(statement, target, the hints each in a collapsed block, the commands to start and check it, and
the solution in a collapsed spoiler block) and ``dsa/practice/index.md`` (a table per pattern).
The pages are never written to ``docs/``; the solution is read from ``solution.py`` at build time,
so the site shows the very code the tests check.

A malformed problem is logged as a warning (which fails a ``--strict`` build) and left out.

>>> from dsa.practice.problems import get_problem
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

from dsa.practice.problems import (  # noqa: E402
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


def _indent(text: str, spaces: int = 4) -> str:
    return "\n".join((" " * spaces + line) if line.strip() else "" for line in text.splitlines())


def _fence(code: str, language: str = "python") -> str:
    # A fence longer than any run of backticks inside the code can never close early.
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{code.rstrip()}\n{ticks}"


def problem_page(problem: Problem) -> str:
    """The Markdown page for one problem.

    >>> from dsa.practice.problems import get_problem
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
        "## Hints",
        "",
    ]
    for number, hint in enumerate(problem.hints, start=1):
        lines += [f'??? tip "Hint {number}"', "", _indent(hint), ""]
    solution = problem.solution_path.read_text(encoding="utf-8")
    lines += [
        "## Solution",
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

    >>> from dsa.practice.problems import get_problem
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
    by_pattern: dict[str, list[Problem]] = {}
    for problem in problems:
        by_pattern.setdefault(problem.pattern, []).append(problem)
    for pattern in PATTERNS:
        if pattern not in by_pattern:
            continue
        lines += [f"## {pattern}", "", "| Problem | Difficulty | Time | Space |",
                  "| --- | --- | --- | --- |"]
        order = {"easy": 0, "medium": 1, "hard": 2}
        for problem in sorted(by_pattern[pattern], key=lambda p: (order[p.difficulty], p.id)):
            lines.append(f"| [{problem.title}]({problem.id}.md) | {problem.difficulty} | "
                         f"{problem.time} | {problem.space} |")
        lines.append("")
    return "\n".join(lines)


def practice_pages(root: Path = PROBLEMS_DIR) -> dict[str, str]:
    """Every generated page, as ``{path inside docs: Markdown}``; malformed problems are skipped.

    >>> pages = practice_pages()
    >>> "dsa/practice/index.md" in pages and "dsa/practice/two-sum.md" in pages
    True
    """
    problems = []
    for folder in problem_folders(root):
        try:
            problems.append(load_problem(folder))
        except ProblemError as error:
            log.warning("practice problem left out of the site: %s", error)
    pages = {f"{SECTION}/index.md": index_page(problems)}
    for problem in problems:
        pages[f"{SECTION}/{problem.id}.md"] = problem_page(problem)
    return pages


def on_files(files, config):
    """MkDocs hook: add the generated practice pages to the build."""
    from mkdocs.structure.files import File

    for path, content in practice_pages().items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files
