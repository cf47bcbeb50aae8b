"""The practice pages of every section, and the "Try it" boxes that lead to them.

Each problem or exercise folder already holds everything a page needs: the title, the pattern
(a chapter, for an exercise), the difficulty and either the target complexity (a DSA problem) or
the place on the learning path (an exercise) in ``meta.toml``, the statement, the hints and the
reference solution. :func:`practice_pages` turns them into one page each and an index per section:

* ``dsa/practice/<id>.md``, ``ml/exercises/<id>.md``, ``biology/exercises/<id>.md``: the
  statement, the commands to start and check it, the hints each in a collapsed block, and the
  solution in a collapsed spoiler block; an exercise's page also links back to every page of
  its ``pages`` list (the pages that teach what it practises);
* ``<folder>/index.md``: a table per pattern, in learning-path order
  (:func:`practice.problems.path_key`: patterns in teaching order, then an exercise's ``order``
  or a problem's difficulty, easy first).
* ``dsa/practice/progress.md`` ("Your progress"): the learner's progress per pattern, as
  ``python -m dsa.practice status`` prints it, read from the browser's storage (see
  :func:`progress_page`).

:func:`add_try_it` puts an admonition at the end of every page that some exercise names in its
``pages``, listing those exercises with the command that starts each. The box comes from the
exercises' metadata only: no page is edited by hand, and a ``pages`` entry naming a page that does
not exist is reported (and the generation fails).

The solution is read from ``solution.py`` each time the pages are made, so the site shows the
very code the tests check. The hints and the solution are left out of the search index: a search
for a problem's name should find its statement, not give its answer away.

>>> from practice.problems import get_problem
>>> page = problem_page(get_problem("two-sum"))
>>> page.splitlines()[0]
'# Two sum'
>>> '??? tip "Hint 1"' in page and '??? danger "Solution — spoiler"' in page
True

Cost: reads each problem folder once per generation, O(total size of the problem files).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from practice.problems import (
    ROOT,
    SECTIONS,
    Problem,
    ProblemError,
    Section,
    load_problem,
    path_key,
    problem_folders,
)
from practice.workspace import DEFAULT
from tools.practice_editor import editor_block, packed

#: Where each section's pages go, inside the docs tree.
FOLDERS = {"dsa": "dsa/practice", "ml": "ml/exercises", "biology": "biology/exercises"}
#: Each section's index heading (its nav title comes from ``mkdocs.yml`` or :data:`NAV_TITLES`).
INDEX_TITLES = {"dsa": "Practice problems", "ml": "Machine learning exercises",
                "biology": "Exercises for the essays"}
NAV_TITLES = {"dsa": "Practice problems", "ml": "Exercises", "biology": "Exercises"}
PATTERN_TITLES = {
    "arrays-hashing": "Arrays and hashing", "two-pointers": "Two pointers",
    "sliding-window": "Sliding window", "stack": "Stack", "binary-search": "Binary search",
    "linked-list": "Linked lists", "trees": "Trees", "tries": "Tries", "heap": "Heaps",
    "backtracking": "Backtracking", "graphs": "Graphs", "advanced-graphs": "Advanced graphs",
    "dp-1d": "Dynamic programming in one dimension",
    "dp-2d": "Dynamic programming in two dimensions", "greedy": "Greedy",
    "intervals": "Intervals", "math-geometry": "Maths and geometry",
    "bit-manipulation": "Bit manipulation",
    # The ML chapters, as the pages teach them.
    "network": "The network", "training": "Training", "evaluation": "Evaluation",
    "linear-models": "Linear models", "nearest-neighbours": "Nearest neighbours",
    "unsupervised": "Unsupervised learning", "trees-and-bayes": "Trees and naive Bayes",
    "convolution": "Convolution", "autograd": "Automatic differentiation",
    # The essays' chapters.
    "neurons": "Neurons", "populations": "Populations", "sequences": "Sequences",
    "emergence": "Emergence", "learning": "Learning",
}
# Material leaves a section whose heading carries this attribute out of the search index.
_NOT_SEARCHED = "{ data-search-exclude }"
TRY_IT = '!!! example "Try it"'
#: The sections with a "Your progress" page (the others' exercises are checked in a terminal).
PROGRESS_SECTIONS = ("dsa",)
PROGRESS_TITLE = "Your progress"


def pattern_title(pattern: str) -> str:
    """The heading for a pattern: ``'dp-1d'`` reads "Dynamic programming in one dimension".

    >>> pattern_title("two-pointers"), pattern_title("new-pattern")
    ('Two pointers', 'New pattern')
    """
    return PATTERN_TITLES.get(pattern, pattern.replace("-", " ").capitalize())


def teaching_order(problems: list[Problem]) -> list[Problem]:
    """``problems`` in learning-path order: section, pattern, then order or difficulty, then id.

    >>> from practice.problems import get_problem
    >>> [p.id for p in teaching_order([get_problem(i) for i in ("n-queens", "group-anagrams",
    ...                                                          "two-sum")])]
    ['two-sum', 'group-anagrams', 'n-queens']
    """
    return sorted(problems, key=path_key)


def page_path(problem: Problem) -> str:
    """Where ``problem``'s page is in the docs tree.

    >>> from practice.problems import get_problem
    >>> page_path(get_problem("two-sum"))
    'dsa/practice/two-sum.md'
    """
    return f"{FOLDERS[problem.section]}/{problem.id}.md"


def link(source: str, target: str) -> str:
    """The relative link from the page ``source`` to the page ``target`` (both in docs).

    >>> link("ml/exercises/relu.md", "ml/network/forward.md")
    '../network/forward.md'
    """
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _indent(text: str, spaces: int = 4) -> str:
    return "\n".join((" " * spaces + line) if line.strip() else "" for line in text.splitlines())


def _fence(code: str, language: str = "python") -> str:
    # A fence longer than any run of backticks inside the code can never close early.
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{code.rstrip()}\n{ticks}"


def _section(problem: Problem) -> Section:
    return SECTIONS[problem.section]


def start_command(problem: Problem) -> str:
    """The command that copies ``problem``'s starter into the learner's workspace.

    >>> from practice.problems import get_problem
    >>> start_command(get_problem("two-sum"))
    'python -m dsa.practice start two-sum'
    """
    return f"{_section(problem).command} start {problem.id}"


_LINK = re.compile(r"(\]\(\s*<?)([^)\s>]+)|^(\[[^\]\n]+\]:\s*)(\S+)", re.MULTILINE)
_FENCED = re.compile(r"^((```|~~~).*?^\2)", re.MULTILINE | re.DOTALL)


def resolve_links(text: str, problem: Problem, known: set[str]) -> str:
    """``text`` (a statement or a hint) with its relative links made to work on the page.

    A link is read relative to the exercise's page (``ml/exercises/<id>.md``). One that leads to
    no page there is read relative to the exercise's folder in the repository instead (where
    ``../../trees/index.md`` from ``ml/exercises/best_split/`` means ``ml/trees/index.md``), and
    a link to a sibling folder (``../gini_impurity/``) means that exercise's page. A link that
    fits neither is left for the strict build to report. Code blocks are left alone.

    >>> from practice.problems import get_problem
    >>> two_sum = get_problem("two-sum")
    >>> known = {"dsa/structures/binary_heap.md", "dsa/practice/single-number.md"}
    >>> resolve_links("[heap](../../structures/binary_heap.md#cost) [s](../single_number/)",
    ...               two_sum, known)
    '[heap](../structures/binary_heap.md#cost) [s](single-number.md)'
    >>> resolve_links("```\\n[a](../x.md)\\n```\\nafter", two_sum, known)
    '```\\n[a](../x.md)\\n```\\nafter'
    """
    here = page_path(problem)
    folder = posixpath.join(FOLDERS[problem.section], problem.slug)

    def fix(target: str) -> str:
        path, hash_, anchor = target.partition("#")
        if not path or "://" in path or path.startswith(("/", "mailto:")):
            return target
        if posixpath.normpath(posixpath.join(posixpath.dirname(here), path)) in known:
            return target
        found = posixpath.normpath(posixpath.join(folder, path))
        if not found.endswith(".md"):   # a problem's folder: its page
            found = f"{posixpath.dirname(found)}/{posixpath.basename(found).replace('_', '-')}.md"
        return link(here, found) + hash_ + anchor if found in known else target

    def one(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group(1) + fix(match.group(2))
        return match.group(3) + fix(match.group(4))

    parts = _FENCED.split(text)
    # split() gives [text, fenced block, its fence, text, ...]: only the text parts hold links.
    return "".join(_LINK.sub(one, part) if i % 3 == 0 else part if i % 3 == 1 else ""
                   for i, part in enumerate(parts))


def _shown_path(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def _header(problem: Problem) -> str:
    if _section(problem).kind == "problem":
        return (f"**Pattern:** {problem.pattern} · **Difficulty:** {problem.difficulty} · "
                f"**Target:** {problem.time} time, {problem.space} extra space")
    return (f"**Chapter:** {pattern_title(problem.pattern)} · "
            f"**Difficulty:** {problem.difficulty}")


def _taught_on(problem: Problem, titles: dict[str, str]) -> list[str]:
    if not problem.pages:
        return []
    here = page_path(problem)
    lines = ["## Where it is taught", "",
             "This exercise practises what these pages teach; each of them names it in a "
             "\"Try it\" box:", ""]
    lines += [f"- [{titles.get(page, page)}]({link(here, page)})" for page in problem.pages]
    return [*lines, ""]


def problem_page(problem: Problem, titles: dict[str, str] | None = None,
                 known: set[str] | None = None) -> str:
    """The Markdown page for one problem or exercise (``titles``: page path -> its title;
    ``known``: every page of the site, for the statement's links, see :func:`resolve_links`).

    >>> from practice.problems import get_problem
    >>> page = problem_page(get_problem("single-number"))
    >>> "python -m dsa.practice start single-number" in page
    True
    >>> "**Target:** O(n) time, O(1) extra space" in page
    True
    """
    command = _section(problem).command
    source = _shown_path(problem.solution_path)
    known = known if known is not None else set(titles or {})
    lines = [f"# {problem.title}", "", _header(problem), "",
             resolve_links(problem.statement.strip(), problem, known), "",
             "## Try it", "",
             _fence(_commented([
                 (f"{command} start {problem.id}", "copies the starter into your workspace"),
                 (f"{command} check {problem.id}", "runs the tests on your file"),
                 (f"{command} hint {problem.id}", "one more hint each time")]), "bash"),
             "", editor_block(problem, page_path(problem)), "",
             *_taught_on(problem, titles or {}), f"## Hints {_NOT_SEARCHED}", ""]
    for number, hint in enumerate(problem.hints, start=1):
        lines += [f'??? tip "Hint {number}"', "", _indent(resolve_links(hint, problem, known)),
                  ""]
    lines += [
        f"## Solution {_NOT_SEARCHED}", "", '??? danger "Solution — spoiler"', "",
        _indent("Try it first: the hints above open one at a time. This is the reference the "
                f"tests check, read from `{source}`."),
        "", _indent(_fence(problem.solution_path.read_text(encoding="utf-8"))), "",
        f"[All {INDEX_TITLES[problem.section].lower()}](index.md)", ""]
    return "\n".join(lines)


def by_pattern(problems: list[Problem]) -> dict[str, list[Problem]]:
    """``{pattern: its problems}``, both in learning-path order (see :func:`teaching_order`)."""
    groups: dict[str, list[Problem]] = {}
    for problem in teaching_order(problems):
        groups.setdefault(problem.pattern, []).append(problem)
    return groups


def _commented(pairs: list[tuple[str, str]]) -> str:
    """Command lines with their comments lined up one space after the longest command."""
    width = max(len(command) for command, _ in pairs) + 1
    return "\n".join(f"{command:<{width}}# {comment}" for command, comment in pairs)


def _workflow(section: Section, example: str) -> str:
    command = section.command
    return _fence(_commented([
        (f"{command} list", "every one and your status"),
        (f"{command} start {example}", "copy the starter to ./practice-workspace/"),
        (f"{command} check {example}", "run the tests on your attempt"),
        (f"{command} hint {example}", "reveal the next hint"),
        (f"{command} status", "progress per pattern")]), "bash")


def index_page(problems: list[Problem], section: str = "dsa",
               titles: dict[str, str] | None = None) -> str:
    """A section's practice index: how to work, then a table for each pattern.

    >>> from practice.problems import get_problem
    >>> page = index_page([get_problem("two-sum")])
    >>> "| [Two sum](two-sum.md) | easy | O(n) | O(n) |" in page
    True
    """
    kind = SECTIONS[section].kind
    noun = "problems" if kind == "problem" else "exercises"
    example = teaching_order(problems)[0].id if problems else "ID"
    lines = [f"# {INDEX_TITLES[section]}", "",
             f"{len(problems)} {noun}, grouped by the "
             + ("pattern that solves them" if kind == "problem" else "chapter that teaches them")
             + ", in the order they build on each other. Each page has the statement, "
             + ("the target complexity, " if kind == "problem" else "the pages it practises, ")
             + "hints that open one at a time, and a reference solution behind a spoiler. "
             "Work on them locally:", "", _workflow(SECTIONS[section], example), ""]
    if section in PROGRESS_SECTIONS:
        lines += [f"[{PROGRESS_TITLE}]({posixpath.basename(progress_path(section))}) shows the "
                  "same per pattern, from what the problem pages keep in your browser.", ""]
    for pattern, members in by_pattern(problems).items():
        lines += [f"## {pattern_title(pattern)}", ""]
        lines += _table(members, kind, titles or {}, f"{FOLDERS[section]}/index.md")
        lines.append("")
    return "\n".join(lines)


def _table(members: list[Problem], kind: str, titles: dict[str, str], here: str) -> list[str]:
    if kind == "problem":
        return ["| Problem | Difficulty | Time | Space |", "| --- | --- | --- | --- |",
                *(f"| [{p.title}]({p.id}.md) | {p.difficulty} | {p.time} | {p.space} |"
                  for p in members)]
    return ["| Exercise | Difficulty | Taught on |", "| --- | --- | --- |",
            *(f"| [{p.title}]({p.id}.md) | {p.difficulty} | "
              + ", ".join(f"[{titles.get(page, page)}]({link(here, page)})" for page in p.pages)
              + " |" for p in members)]


def progress_path(section: str = "dsa") -> str:
    """Where a section's "Your progress" page is in the docs tree.

    >>> progress_path("dsa")
    'dsa/practice/progress.md'
    """
    return f"{FOLDERS[section]}/progress.md"


def progress_data(problems: list[Problem], section: str = "dsa") -> dict:
    """What the progress page's script needs: the patterns in the order ``status`` prints them,
    each with its problems in the order ``next`` suggests them, and a link to each page.

    The site is built without directory URLs (the offline plugin needs that, for ``file://``),
    so the page ``x.md`` is ``x.html``; links inside the page's HTML are not rewritten by the
    build as Markdown links are.

    >>> from practice.problems import get_problem
    >>> data = progress_data([get_problem("two-sum")])
    >>> data["patterns"][0]["pattern"], data["patterns"][0]["problems"][0]["href"]
    ('arrays-hashing', 'two-sum.html')
    """
    here = progress_path(section)
    return {"patterns": [
        {"pattern": pattern, "title": pattern_title(pattern), "problems": [
            {"id": p.id, "title": p.title, "difficulty": p.difficulty,
             "href": link(here, page_path(p)).removesuffix(".md") + ".html"}
            for p in members]}
        for pattern, members in by_pattern(problems).items()]}


def progress_page(problems: list[Problem], section: str = "dsa") -> str:
    """The "Your progress" page: ``status`` on the site, from the browser's storage.

    The problem pages keep the learner's progress in the browser in the terminal's format
    (``docs/assets/practice/store.js``); this page counts it per pattern as ``status`` does
    (``docs/assets/practice/progress.js``), from the problems embedded in it, so its list can
    never disagree with the problem folders. It needs no WebAssembly, so it works from
    ``file://`` too. Export and Import move the progress to and from a terminal's workspace.

    >>> from practice.problems import get_problem
    >>> page = progress_page([get_problem("two-sum")])
    >>> page.splitlines()[0], 'class="practice-progress"' in page
    ('# Your progress', True)
    """
    command = SECTIONS[section].command
    up = posixpath.relpath(".", posixpath.dirname(progress_path(section)))
    assets = f"{up}/assets/practice/"
    block = [
        '<div class="practice-progress" markdown="0">',
        '<script type="text/plain" class="practice-progress-data">'
        f"{packed(progress_data(problems, section))}</script>",
        '<div class="practice-actions">',
        '<button type="button" class="md-button practice-export">Export progress</button>',
        '<label class="md-button practice-import">Import progress '
        '<input type="file" accept=".json,application/json" hidden></label>',
        "</div>",
        '<p class="practice-progress-message" role="status" aria-live="polite">Your progress '
        f"shows here once the page has loaded; in a terminal, <code>{command} status</code> "
        "shows it.</p>",
        '<div class="practice-progress-view"></div>',
        f'<link rel="stylesheet" href="{assets}practice.css">',
        f'<script defer src="{assets}store.js"></script>',
        f'<script defer src="{assets}progress.js"></script>',
        "</div>"]
    return "\n".join([
        f"# {PROGRESS_TITLE}", "",
        f"Where you stand on the {len(problems)} practice problems, pattern by pattern, as "
        f"`{command} status` shows it in a terminal. It is read from this browser's storage, "
        "where each problem page keeps your checks, the hints you opened and the solutions you "
        "looked at; nothing of it leaves your computer.", "",
        "To carry on in a terminal, export it and save the file as `.progress.json` in your "
        f"practice workspace (`{DEFAULT}/` unless you chose another); to bring the terminal's "
        "work here, import that file. Of each problem the furthest of the two records is kept, "
        "so nothing is lost either way.", "",
        *block, "", f"[All {INDEX_TITLES[section].lower()}](index.md)", ""])


def practice_nav(problems: list[Problem], section: str = "dsa") -> list:
    """A section's part of the nav: the index, "Your progress" (DSA), then a section per pattern.

    >>> from practice.problems import get_problem
    >>> nav = practice_nav([get_problem("two-sum")])
    >>> nav[:2]
    ['dsa/practice/index.md', 'dsa/practice/progress.md']
    >>> nav[2]
    {'Arrays and hashing': ['dsa/practice/two-sum.md']}
    """
    progress = [progress_path(section)] if section in PROGRESS_SECTIONS else []
    return [f"{FOLDERS[section]}/index.md", *progress, *({pattern_title(pattern): [
        page_path(p) for p in members]} for pattern, members in by_pattern(problems).items())]


def load_problems(section: str | None = None, root: Path | None = None,
                  ) -> tuple[list[Problem], list[str]]:
    """Every well-formed problem (of ``section``, or under ``root``) and a message for each
    malformed one, which is left out."""
    problems, errors = [], []
    for folder in problem_folders(root, section):
        try:
            problems.append(load_problem(folder))
        except ProblemError as error:
            errors.append(f"practice problem left out of the site: {error}")
    return teaching_order(problems), errors


def practice_pages(problems: list[Problem], titles: dict[str, str] | None = None,
                   ) -> dict[str, str]:
    """Every page of every section that has problems, as ``{path inside docs: Markdown}``.

    >>> from practice.problems import all_problems
    >>> pages = practice_pages(all_problems(section="dsa"))
    >>> "dsa/practice/index.md" in pages and "dsa/practice/two-sum.md" in pages
    True
    """
    pages = {}
    known = set(titles or {}) | {page_path(p) for p in problems}
    for section in SECTIONS:
        members = [p for p in problems if p.section == section]
        if not members:
            continue
        pages[f"{FOLDERS[section]}/index.md"] = index_page(members, section, titles)
        if section in PROGRESS_SECTIONS:
            pages[progress_path(section)] = progress_page(members, section)
        for problem in teaching_order(members):
            pages[page_path(problem)] = problem_page(problem, titles, known)
    return pages


def exercises_by_page(problems: list[Problem]) -> dict[str, list[Problem]]:
    """``{page: the exercises that name it in their pages}``, each list in path order."""
    found: dict[str, list[Problem]] = {}
    for problem in teaching_order(problems):
        for page in problem.pages:
            found.setdefault(page, []).append(problem)
    return found


def try_it_box(page: str, exercises: list[Problem]) -> str:
    """The admonition that names ``exercises`` on ``page``, each with its start command.

    >>> from practice.problems import get_problem
    >>> print(try_it_box("dsa/index.md", [get_problem("two-sum")]))
    !!! example "Try it"
    <BLANKLINE>
        Practise what this page teaches: start an exercise, edit the file it gives you, and
        check it until its tests pass.
    <BLANKLINE>
        - [Two sum](practice/two-sum.md): `python -m dsa.practice start two-sum`
    """
    lines = [TRY_IT, "", "    Practise what this page teaches: start an exercise, edit the file "
             "it gives you, and", "    check it until its tests pass.", ""]
    lines += [f"    - [{p.title}]({link(page, page_path(p))}): `{start_command(p)}`"
              for p in exercises]
    return "\n".join(lines)


def add_try_it(pages: dict[str, str], problems: list[Problem]) -> list[str]:
    """Append a "Try it" box to each page of ``pages`` that exercises name, in place.

    Returns one message for each ``pages`` entry of an exercise that names no page of ``pages``.

    >>> from practice.problems import get_problem
    >>> site = {"dsa/index.md": "# DSA\\n"}
    >>> add_try_it(site, [get_problem("two-sum")])
    []
    >>> site["dsa/index.md"].count(TRY_IT)
    0
    """
    wanted = exercises_by_page(problems)
    for page, members in wanted.items():
        if page in pages:
            pages[page] = pages[page].rstrip("\n") + "\n\n" + try_it_box(page, members) + "\n"
    return [f"{p.folder / 'meta.toml'}: pages names {page!r}, which is not a page of the site "
            "(give its path inside docs/, like 'ml/network/forward.md')"
            for page, members in wanted.items() if page not in pages for p in members]
