"""The practice pages of every section and the "Try it" boxes (tools/pages/practice.py), rendered
with the same Markdown extensions as the site where it matters."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import markdown
import pytest

from practice.problems import all_problems, get_problem
from tools.pages import practice as pages
from tools.pages.generate import assemble

ROOT = Path(__file__).resolve().parents[2]
# The centrepiece and the classic algorithms: every one of these pages must offer an exercise.
CENTREPIECE = [f"ml/network/{name}.md" for name in ("neuron", "forward", "backprop",
                                                    "gradient-descent", "training", "evaluation")]
CLASSIC = [f"ml/{name}/index.md" for name in ("linear", "neighbors", "bayes", "trees", "cluster",
                                              "decomposition", "autograd", "cnn")]

TINY_META = """\
id = "tiny"
title = "Tiny"
pattern = "arrays-hashing"
difficulty = "easy"
entry = "double"
time = "O(1)"
space = "O(1)"
hints = ["Aim for O(1) time and O(1) extra space.", "Multiply."]
"""


def render(page: str) -> str:
    return markdown.markdown(page, extensions=["admonition", "tables", "pymdownx.details",
                                               "pymdownx.superfences"])


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    """Every page of the site as generated, "Try it" boxes included."""
    generated = assemble(ROOT)
    assert not generated.errors, generated.errors
    return generated.pages


@pytest.fixture(scope="module")
def exercises() -> list:
    return [p for p in all_problems() if p.section != "dsa"]


def _tiny(tmp_path: Path, name: str = "tiny", meta: str = TINY_META) -> Path:
    folder = tmp_path / "problems" / name
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text(meta)
    (folder / "statement.md").write_text("Return twice `n`.\n")
    for file in ("starter.py", "solution.py"):
        (folder / file).write_text('"""Double."""\n\n\ndef double(n):\n    return 2 * n\n')
    (folder / "tests.py").write_text("def test_one(sol):\n    assert sol.double(1) == 2\n")
    return folder


# ----------------------------------------------------------------------------- DSA problems

def test_problem_page_has_every_part():
    problem = get_problem("two-sum")
    page = pages.problem_page(problem)
    assert page.startswith("# Two sum\n")
    assert "**Target:** O(n) time, O(n) extra space" in page
    assert problem.statement.strip() in page
    assert "python -m dsa.practice start two-sum" in page
    for number, hint in enumerate(problem.hints, start=1):
        assert f'??? tip "Hint {number}"\n\n    {hint}' in page
    assert '??? danger "Solution — spoiler"' in page


def test_hints_and_solution_render_collapsed():
    problem = get_problem("two-sum")
    html = render(pages.problem_page(problem))
    assert html.count('<details class="tip">') == len(problem.hints)
    assert '<details class="danger">' in html
    before, solution_block = (re.sub(r"<[^>]+>", "", part)
                              for part in html.split('<details class="danger">'))
    assert "def two_sum(nums" in solution_block  # the real file, inside the spoiler
    assert "seen[value] = j" in solution_block
    assert "def two_sum(nums" not in before


def test_index_lists_every_problem_by_pattern():
    problems = all_problems(section="dsa")
    page = pages.index_page(problems, "dsa")
    for problem in problems:
        assert f"[{problem.title}]({problem.id}.md)" in page
    headings = [f"## {pages.pattern_title(p)}" for p in ("arrays-hashing", "two-pointers",
                                                         "bit-manipulation")]
    assert page.index(headings[0]) < page.index(headings[1]) < page.index(headings[2])
    assert render(page).count("<table>") == len({p.pattern for p in problems})


def test_a_malformed_problem_is_left_out_and_reported(tmp_path):
    good = _tiny(tmp_path)
    bad = _tiny(tmp_path, "broken", 'id = "broken"\n')
    problems, errors = pages.load_problems(root=good.parent)
    assert [p.id for p in problems] == ["tiny"]
    assert len(errors) == 1 and str(bad) in errors[0] and "left out of the site" in errors[0]
    assert set(pages.practice_pages(problems)) == {"dsa/practice/index.md",
                                                   "dsa/practice/progress.md",
                                                   "dsa/practice/tiny.md"}


def test_fence_outlasts_backticks_in_code():
    fenced = pages._fence('s = """```"""')
    assert fenced.startswith("````python\n") and fenced.endswith("\n````")


# ----------------------------------------------------------------------------- exercises

def test_every_section_has_an_index_and_a_page_per_problem(site):
    for section, folder in pages.FOLDERS.items():
        problems = all_problems(section=section)
        assert problems, section
        assert f"{folder}/index.md" in site
        for problem in problems:
            assert f"{folder}/{problem.id}.md" in site, problem.id


def test_the_exercise_index_groups_by_chapter_in_path_order(site, exercises):
    for section in ("ml", "biology"):
        index = site[f"{pages.FOLDERS[section]}/index.md"]
        members = [p for p in exercises if p.section == section]
        positions = [index.index(f"]({p.id}.md)") for p in members]   # all_problems: path order
        assert positions == sorted(positions), section
        chapters = list(dict.fromkeys(p.pattern for p in members))
        headings = [index.index(f"\n## {pages.pattern_title(c)}\n") for c in chapters]
        assert headings == sorted(headings), section


def test_an_exercise_page_has_every_part_and_renders_its_math(site, exercises):
    from tools.hooks.mathml import makeExtension

    for problem in exercises:
        page = site[pages.page_path(problem)]
        assert page.startswith(f"# {problem.title}\n"), problem.id
        assert f"python -m {problem.section}.exercises start {problem.id}" in page
        html = markdown.markdown(page, extensions=[
            "admonition", "tables", "pymdownx.details", "pymdownx.superfences",
            "pymdownx.arithmatex", makeExtension()],
            extension_configs={"pymdownx.arithmatex": {"generic": True}})
        assert html.count('<details class="tip">') == len(problem.hints) >= 3, problem.id
        spoiler = re.sub(r"<[^>]+>", "", html.split('<details class="danger">')[1])
        assert f"def {problem.entry}" in spoiler or f"class {problem.entry}" in spoiler
        if "$" in problem.statement:
            assert "<math " in html, problem.id
        assert "\\(" not in html and "\\[" not in html, problem.id


def test_every_page_listed_in_pages_shows_a_box_naming_each_of_its_exercises(site, exercises):
    named = pages.exercises_by_page(exercises)
    assert named, "no exercise names a page"
    for page, members in named.items():
        text = site[page]
        assert text.count(pages.TRY_IT) == 1, page
        box = text[text.index(pages.TRY_IT):]
        for problem in members:
            target = posixpath.relpath(pages.page_path(problem), posixpath.dirname(page))
            assert f"[{problem.title}]({target})" in box, (page, problem.id)
            assert f"`{pages.start_command(problem)}`" in box, (page, problem.id)
    boxed = {path for path, text in site.items() if pages.TRY_IT in text}
    assert boxed == set(named)       # and no box on a page that no exercise names


def test_every_exercise_page_links_back_to_each_of_its_pages(site, exercises):
    for problem in exercises:
        here = pages.page_path(problem)
        back = site[here].split("## Where it is taught", 1)
        assert len(back) == 2 or not problem.pages, problem.id
        for page in problem.pages:
            assert f"]({posixpath.relpath(page, posixpath.dirname(here))})" in back[1], (
                problem.id, page)


def test_a_box_renders_as_an_admonition_with_working_links(site):
    box = site["ml/network/forward.md"]
    html = render(box[box.index(pages.TRY_IT):])
    assert '<div class="admonition example">' in html
    assert '<p class="admonition-title">Try it</p>' in html
    assert re.search(r'<a href="\.\./exercises/[a-z0-9-]+\.md">', html)


def test_a_pages_entry_naming_no_page_is_reported():
    problem = get_problem("two-sum")
    fake = type(problem)(**{**problem.__dict__, "pages": ("ml/no-such-page.md",)})
    site = {"ml/index.md": "# ML\n"}
    errors = pages.add_try_it(site, [fake])
    assert len(errors) == 1 and "ml/no-such-page.md" in errors[0] and "meta.toml" in errors[0]
    assert site == {"ml/index.md": "# ML\n"}


def test_statement_links_work_from_the_page():
    problem = get_problem("two-sum")
    known = {"dsa/sorting/index.md", "dsa/practice/single-number.md"}
    text = "[a](../sorting/index.md) [b](../../sorting/index.md#x) [c](../single_number/)"
    assert pages.resolve_links(text, problem, known) == (
        "[a](../sorting/index.md) [b](../sorting/index.md#x) [c](single-number.md)")
    assert pages.resolve_links("[gone](../nowhere.md)", problem, known) == "[gone](../nowhere.md)"


@pytest.mark.parametrize("page", CENTREPIECE + CLASSIC)
def test_every_centrepiece_and_classic_page_has_an_exercise(page, exercises):
    """Issue 11: a "Try it" box on every page of the centrepiece and of each classic algorithm.
    A failure here means the exercises' metadata (their ``pages``) misses this page."""
    assert page in pages.exercises_by_page(exercises), f"no exercise lists {page} in its pages"
