"""The site hook's page generation, rendered with the same Markdown extensions as the site."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import markdown

from practice.problems import all_problems, get_problem

HOOK = Path(__file__).resolve().parents[3] / "tools" / "hooks" / "practice_pages.py"
spec = importlib.util.spec_from_file_location("practice_pages_hook", HOOK)
hook = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hook)


def render(page: str) -> str:
    return markdown.markdown(page, extensions=["admonition", "tables", "pymdownx.details",
                                               "pymdownx.superfences"])


def test_problem_page_has_every_part():
    problem = get_problem("two-sum")
    page = hook.problem_page(problem)
    assert page.startswith("# Two sum\n")
    assert "**Target:** O(n) time, O(n) extra space" in page
    assert problem.statement.strip() in page
    assert "python -m dsa.practice start two-sum" in page
    for number, hint in enumerate(problem.hints, start=1):
        assert f'??? tip "Hint {number}"\n\n    {hint}' in page
    assert '??? danger "Solution — spoiler"' in page


def test_hints_and_solution_render_collapsed():
    problem = get_problem("two-sum")
    html = render(hook.problem_page(problem))
    assert html.count('<details class="tip">') == len(problem.hints)
    assert '<details class="danger">' in html
    before, solution_block = (re.sub(r"<[^>]+>", "", part)
                              for part in html.split('<details class="danger">'))
    assert "def two_sum(nums" in solution_block  # the real file, inside the spoiler
    assert "seen[value] = j" in solution_block
    assert "def two_sum(nums" not in before


def test_index_lists_every_problem_by_pattern():
    problems = all_problems()
    page = hook.index_page(problems)
    for problem in problems:
        assert f"[{problem.title}]({problem.id}.md)" in page
    headings = [f"## {hook.pattern_title(p)}" for p in ("arrays-hashing", "two-pointers",
                                                        "bit-manipulation")]
    assert page.index(headings[0]) < page.index(headings[1]) < page.index(headings[2])
    html = render(page)
    assert html.count("<table>") == len({p.pattern for p in problems})


def test_pages_cover_all_problems_and_skip_malformed(make_problem, caplog):
    folder = make_problem()
    bad = make_problem("broken", meta='id = "broken"\n')
    pages = hook.practice_pages(folder.parent)
    assert set(pages) == {"dsa/practice/index.md", "dsa/practice/tiny.md"}
    assert "left out of the site" in caplog.text and str(bad) in caplog.text
    assert len(hook.practice_pages()) == len(all_problems()) + 1


def test_fence_outlasts_backticks_in_code():
    fenced = hook._fence('s = """```"""')
    assert fenced.startswith("````python\n") and fenced.endswith("\n````")
