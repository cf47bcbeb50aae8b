"""The built site reads well: no raw TeX, curriculum order, a light nav, a search index without
spoilers, and `./run site` that checks its port before it builds. No browser here (see
test_readable_browser.py for what needs one)."""

from __future__ import annotations

import html
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CODE = re.compile(r"<(pre|code|script|style|textarea)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# TeX a reader should never see: a command, a math delimiter, or $...$ that was not converted.
_RAW_TEX = re.compile(r"\\[A-Za-z]+|\\[()\[\]{},;!]|\$\$|(?<![\w$])\$[^$\s<][^$<]*\$")


def _visible_text(page_html: str) -> str:
    """A page's text as a reader sees it: no code, no tags, no attributes (alttext keeps TeX)."""
    return html.unescape(_TAG.sub(" ", _CODE.sub(" ", page_html)))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[`*_]", "", html.unescape(_TAG.sub(" ", text)))).strip()


# ----------------------------------------------------------------------------- math

def test_no_raw_tex_anywhere_in_the_built_pages(built_site):
    found = {}
    for page in sorted(built_site.rglob("*.html")):
        text = _visible_text(page.read_text(encoding="utf-8"))
        match = _RAW_TEX.search(text)
        if match:
            found[page.relative_to(built_site).as_posix()] = text[max(0, match.start() - 40):
                                                                  match.end() + 40]
    assert not found, found


def test_the_raw_tex_check_would_see_tex_in_prose_and_in_a_table_of_contents():
    # What the mistakes page had: TeX in its table of contents, MathML in its heading.
    toc = '<span class="md-ellipsis">Missing \\(\\frac{1}{n}\\) in the gradient</span>'
    assert _RAW_TEX.search(_visible_text(toc))
    assert _RAW_TEX.search(_visible_text("<p>in O(1 / (\\lambda \\epsilon)) steps</p>"))
    assert _RAW_TEX.search(_visible_text("<p>costs $n^2$ here</p>"))
    fine = ('<p>Costs US$5 and $10, <code>\\frac</code>, <math alttext="\\frac{1}{n}">'
            "<mi>n</mi></math></p><pre>\\(x\\)</pre>")
    assert not _RAW_TEX.search(_visible_text(fine))


def test_headings_with_math_show_mathml_in_the_table_of_contents(built_site):
    text = (built_site / "ml" / "network" / "mistakes.html").read_text(encoding="utf-8")
    entries = re.findall(r'href="#missing-frac1n-in-the-gradient" class="md-nav__link">(.*?)</a>',
                         text, re.DOTALL)
    assert entries and all("<math " in entry and "\\(" not in entry for entry in entries)


@pytest.fixture(scope="module")
def mathml(tool):
    return tool("hooks/mathml")


def test_operator_names_are_upright_and_spaced_like_tex(mathml):
    log_p = mathml.latex_to_mathml("\\log p_y", display=False)
    # log, then an invisible "applied to" with TeX's thin space before the argument.
    assert ('<mi mathvariant="normal">log</mi><mo lspace="0em" rspace="0.1667em">&#x02061;</mo>'
            "<msub><mi>p</mi>") in log_p
    # No space before a bracketed argument, as in TeX: max(0, z), log(x).
    for tex, name in (("\\max(0, z)", "max"), ("\\log(x)", "log"),
                      ("\\operatorname{softmax}(z)", "softmax")):
        out = mathml.latex_to_mathml(tex, display=False)
        assert (f'<mi mathvariant="normal">{name}</mi><mo lspace="0em" rspace="0em">&#x02061;'
                "</mo><mo") in out, out
    # A name with a subscript keeps it, and the space goes after the whole thing.
    out = mathml.latex_to_mathml("\\log_2 n", display=False)
    assert '</msub><mo lspace="0em" rspace="0.1667em">&#x02061;</mo><mi>n</mi>' in out


def test_norm_bars_neither_stretch_nor_get_operator_spacing(mathml):
    out = mathml.latex_to_mathml("\\lVert w \\rVert^2 + \\frac{\\lambda}{2} |x|", display=True)
    bars = re.findall(r"<mo([^>]*)>(&#x02016;|\|)</mo>", out)
    assert len(bars) == 4
    for attributes, _ in bars:
        assert 'stretchy="false"' in attributes and 'lspace="0em"' in attributes
        assert 'rspace="0em"' in attributes
    # \left| ... \right| is meant to stretch, and keeps doing so.
    assert 'stretchy="true"' in mathml.latex_to_mathml("\\left| \\frac{a}{b} \\right|", False)


def test_thousands_separators_make_one_number(mathml):
    out = mathml.latex_to_mathml("784 \\cdot 128 + 128 = 100{,}480 + 1{,}000{,}000", False)
    assert "<mn>100,480</mn>" in out and "<mn>1,000,000</mn>" in out
    assert "<mo>&#x0002C;</mo>" not in out and "<mo>,</mo>" not in out


def test_search_sees_formulas_as_plain_text_and_readers_see_only_mathml(mathml, built_site):
    page = mathml.render_math('<p><span class="arithmatex">\\(w_1 a_1 + \\frac{1}{n}\\)</span></p>')
    assert '<span class="math-search-text">w_1 a_1 + 1/n</span>' in page
    assert "math-search-text" not in mathml.remove_twins(page)
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    neuron = next(d["text"] for d in index["docs"] if d["location"] == "ml/network/neuron.html")
    assert "w_1 a_1 + w_2 a_2" in neuron and "w1a1" not in neuron
    for built in built_site.rglob("*.html"):
        text = built.read_text(encoding="utf-8")
        assert "math-search-text" not in text and 'data-search-exclude="math"' not in text, built


# ----------------------------------------------------------------------------- navigation

@pytest.fixture(scope="module")
def module_pages(tool):
    return tool("pages/modules")


def test_every_module_has_a_place_in_the_teaching_order(module_pages):
    for top, packages in module_pages.PACKAGES.items():
        for package in packages:
            stems = {p.stem for p in (ROOT / top / package).glob("*.py")
                     if not p.stem.startswith("_")}
            if len(stems) > 1:
                assert set(module_pages.ORDER.get(f"{top}/{package}", [])) == stems, (
                    f"{top}/{package}: list its modules in ORDER in tools/pages/modules.py")
            for stem in stems:     # a page title is a name, not a sentence
                first = module_pages.module_docstring(ROOT / top / package / f"{stem}.py")
                assert ": " in first.split("\n\n")[0] or stem in module_pages.SHORT_NAMES, (
                    f"{top}/{package}/{stem}.py: start its docstring 'Name: what it is', or give "
                    "it a short name in SHORT_NAMES in tools/pages/modules.py")


def test_index_tables_list_modules_in_teaching_order_with_a_description_each(module_pages):
    pages = module_pages.module_pages(ROOT)
    rows = {path: re.findall(r"^\| \[(.+?)\]\((\w+)\.md\) \|(.*)\|$", text, re.MULTILINE)
            for path, text in pages.items() if path.endswith("/index.md")}
    empty = [(path, name) for path, found in rows.items() for name, _, what in found
             if not what.strip()]
    assert not empty, empty
    order = {path: [stem for _, stem, _ in found] for path, found in rows.items()}
    assert order["dsa/sorting/index.md"][:4] == ["selection_sort", "bubble_sort",
                                                 "insertion_sort", "merge_sort"]
    graphs = order["dsa/graphs/index.md"]
    assert graphs.index("traversal") < graphs.index("dijkstra") < graphs.index("a_star")
    assert order["ml/linear/index.md"] == ["least_squares", "ridge", "logistic", "perceptron"]
    # Titles are short names; the sentence that was the title is now the description.
    assert ("Dijkstra's algorithm", "dijkstra",
            " Dijkstra's shortest paths from one source, for non-negative edge weights. "
            ) in rows["dsa/graphs/index.md"]


def test_nav_follows_each_index_and_practice_is_grouped_by_pattern(built_site):
    text = (built_site / "dsa" / "sorting" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(\w+)\.html" class="md-nav__link', text)
    assert [s for s in links if s.endswith("_sort")][:5] == [
        "selection_sort", "bubble_sort", "insertion_sort", "merge_sort", "quick_sort"]
    from practice.problems import get_problem, load_problem, problem_folders

    same_pattern = {p.title for p in map(load_problem, problem_folders())
                    if p.pattern == get_problem("two-sum").pattern}
    practice = (built_site / "dsa" / "practice" / "two-sum.html").read_text(encoding="utf-8")
    footer = dict(re.findall(r'md-footer__link--(prev|next)[^>]*aria-label="[^:]+: ([^"]+)"',
                             practice))
    assert set(footer) == {"prev", "next"} and set(footer.values()) <= same_pattern, footer


def test_nav_orders_pages_by_their_index_links(tool):
    nav_sections = tool("pages/nav")
    nav = [{"Graphs": ["g/index.md"]}]
    pages = ["g/index.md", "g/a_star.md", "g/dijkstra.md", "g/traversal.md", "g/extra.md"]
    nav_sections.add_unlisted(nav, pages, links={
        "g/index.md": "| [BFS](traversal.md) |\n| [Dijkstra](dijkstra.md#cost) |\n"
                      "| [A*](a_star.md) |\n[back](../index.md)"})
    assert nav == [{"Graphs": ["g/index.md", "g/traversal.md", "g/dijkstra.md", "g/a_star.md",
                               "g/extra.md"]}]


def test_the_machine_learning_landing_page_numbers_its_steps(built_site):
    text = (built_site / "ml" / "index.html").read_text(encoding="utf-8")
    section = text[text.index('id="the-centrepiece-page-by-page"'):]
    steps = re.findall(r"<li>(.*?)</li>", section[section.index("<ol>"):section.index("</ol>")],
                       re.DOTALL)
    assert len(steps) >= 8
    # One step per item: none holds the next steps' numbers inline ("— 3. the forward pass").
    assert not [step for step in steps if re.search(r"\b\d+\.\s", _TAG.sub("", step))], steps


# ----------------------------------------------------------------------------- weight, search

def test_each_page_carries_only_its_own_part_of_the_nav(built_site):
    neuron = (built_site / "ml" / "network" / "neuron.html").read_text(encoding="utf-8")
    assert "practice/two-sum.html" not in neuron and "api/dsa.graphs.html" not in neuron
    assert 'href="../../dsa/index.html"' in neuron      # the other sections are still reachable
    # And the templates' indentation is gone (whitespace runs with a line break are one).
    assert not re.search(r"\n[ \t]+<", _CODE.sub("", neuron))


def test_hints_and_solutions_are_not_in_the_search_index(built_site):
    from practice.problems import load_problem, problem_folders

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = " ".join(_squash(doc["title"] + " " + doc["text"]) for doc in index["docs"])
    # The same code may well be on a module page (dsa/dp/coin_change.py); not on a problem's.
    folders = ("dsa/practice/", "ml/exercises/", "biology/exercises/")   # every section's set
    practice = " ".join(_squash(doc["title"] + " " + doc["text"]) for doc in index["docs"]
                        if doc["location"].startswith(folders))
    problems = [load_problem(folder) for folder in problem_folders()]
    assert len(problems) > 50 and {p.section for p in problems} == {"dsa", "ml", "biology"}
    for problem in problems:
        assert _squash(problem.title) in indexed                  # the statement is searchable
        for hint in problem.hints:
            assert _squash(hint) not in indexed, (problem.id, hint)
        solution = problem.solution_path.read_text(encoding="utf-8")
        statement = _squash(problem.statement)   # a docstring may repeat its prose
        for line in solution.splitlines():
            if len(line.strip()) > 30 and not line.lstrip().startswith(("#", '"""', "from ")) \
                    and _squash(line.strip()) not in statement:
                assert _squash(html.escape(line.strip(), quote=False)) not in practice, (
                    problem.id, line)
    assert not any(doc["location"].endswith(("#hints", "#solution")) for doc in index["docs"])


def test_the_home_page_is_titled_by_the_site_name_alone(built_site):
    def title(path: str) -> str:
        return re.search(r"<title>(.*?)</title>",
                         (built_site / path).read_text(encoding="utf-8"), re.DOTALL)[1].strip()

    assert title("index.html") == "ML from Scratch"
    assert title("running.html") == "Running the code - ML from Scratch"


# ----------------------------------------------------------------------------- the build tools

@pytest.mark.parametrize("name", ["pages/modules", "pages/practice",
                                  "hooks/progress", "hooks/compact_html", "hooks/brackets"])
def test_hook_doctests_pass(tool, name):
    import doctest

    result = doctest.testmod(tool(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_indented_code_in_a_docstring_keeps_its_brackets(tool):
    docstrings = tool("hooks/docstrings")
    text = "Rule:\n\n    best[i][c] = best[i-1][c]\n\nSo best[n][c] is the answer."
    assert docstrings.markdown_docstring(text).splitlines() == [
        "Rule:", "", "    best[i][c] = best[i-1][c]", "", "So best[n]\\[c] is the answer."]


def test_no_escaped_index_bracket_shows_in_the_site(built_site):
    shown = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
             if "]\\[" in p.read_text(encoding="utf-8")]
    assert not shown, shown


@pytest.fixture
def taken_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_serve_refuses_a_taken_port_before_building(taken_port, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the site another server shows")
    result = subprocess.run(
        [sys.executable, "-m", "tools.site", "serve", "--port", str(taken_port),
         "--site-dir", str(site)], cwd=ROOT, capture_output=True, text=True, timeout=60,
        check=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--port" in result.stderr
    assert "building" not in result.stdout                  # it stopped before the build
    assert (site / "index.html").read_text() == "the site another server shows"


def test_run_site_checks_the_port_before_installing_anything(taken_port):
    result = subprocess.run(["bash", "run", "site", "--port", str(taken_port)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"cannot serve on 127.0.0.1:{taken_port}")
    assert "installing" not in result.stderr


def test_a_failed_build_leaves_the_old_site_whole(tool, tmp_path, monkeypatch):
    site_tool = tool("site")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old")

    def failing_mkdocs(command, **kwargs):
        out = Path(command[command.index("--site-dir") + 1])
        (out / "index.html").write_text("half")
        return subprocess.CompletedProcess(command, 1)

    monkeypatch.setattr(site_tool.subprocess, "run", failing_mkdocs)
    assert site_tool.build(site, check_figures=False) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    assert (site / "index.html").read_text() == "old"

    def good_mkdocs(command, **kwargs):
        out = Path(command[command.index("--site-dir") + 1])
        (out / "index.html").write_text("new")
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(site_tool.subprocess, "run", good_mkdocs)
    assert site_tool.build(site, check_figures=False) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    assert (site / "index.html").read_text() == "new"


def test_run_site_installs_only_the_docs_tools():
    run = (ROOT / "run").read_text(encoding="utf-8")
    site = run[run.index("    site)"):run.index(";;", run.index("    site)"))]
    assert "setup_python docs\n" in site and "test" not in site
    assert site.index("check_port") < site.index("setup_python")
