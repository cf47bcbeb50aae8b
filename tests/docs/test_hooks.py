"""The build hooks and extensions in tools/hooks and the page generators in tools/pages, called
directly."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- mathml

@pytest.fixture(scope="module")
def mathml(tool):
    return tool("hooks/mathml")


def test_inline_and_display_math_become_mathml(mathml):
    html = ('<p>Let <span class="arithmatex">\\(a &lt; b\\)</span>.</p>\n'
            '<div class="arithmatex">\\[\\frac{1}{n}\\sum_i x_i\\]</div>')
    out = mathml.render_math(html)
    assert out.count("<math ") == 2
    assert 'display="inline"' in out and 'display="block"' in out
    assert "<mfrac>" in out and "&#x02211;" in out      # the fraction and the sum sign
    assert "\\(" not in out and "\\[" not in out
    assert out.startswith("<p>Let ") and out.endswith("</div>")
    assert 'alttext="a &lt; b"' in out                     # escaped once, not twice


def test_every_tex_operator_name_converts_upright(mathml):
    """latex2mathml knows \\log and \\max but not \\arg (the k-means exercise's
    \\arg\\min stopped the build): every operator name of plain TeX must convert."""
    names = ("arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg "
             "lim liminf limsup ln log max min Pr sec sin sinh sup tan tanh").split()
    for name in names:
        out = mathml.latex_to_mathml(f"\\{name} x", display=False)
        shown = out.replace("&#x02006;", "")          # lim inf: a space inside the name
        assert f">{name}</m" in shown and f"\\{name}</m" not in out, name


def test_text_without_math_is_untouched(mathml):
    html = '<p>5 &lt; 6 and a \\( without a wrapper</p>'
    assert mathml.render_math(html) == html


def test_bad_latex_is_an_error_naming_the_formula(mathml):
    with pytest.raises(mathml.MathError, match=r"left\( x"):
        mathml.latex_to_mathml("\\left( x", display=False)
    with pytest.raises(mathml.MathError, match=r"\\\\frca"):
        mathml.latex_to_mathml("\\frca{1}{2}", display=True)


# ----------------------------------------------------------------------------- api pages

def test_api_pages_cover_every_package_folder(tool):
    api = tool("pages/api")
    pages = api.api_pages(ROOT)
    for init in ROOT.glob("*/**/__init__.py"):
        parts = init.parent.relative_to(ROOT).parts
        if parts[0] not in api.PACKAGES or set(parts) & api.SKIPPED_FOLDERS:
            continue
        name = ".".join(parts)
        assert f"api/{name}.md" in pages, name
        for module in init.parent.glob("*.py"):
            if not module.stem.startswith("_"):
                assert f"::: {name}.{module.stem}\n" in pages[f"api/{name}.md"], module
    assert not any("problems" in path for path in pages)
    nav = api.api_nav(pages)
    assert nav[0] == "api/index.md"
    listed = [entry for section in nav[1:] for entries in section.values() for entry in entries]
    assert len(listed) == len(pages) - 1


# ----------------------------------------------------------------------------- nav

def test_unlisted_pages_join_their_section_and_listed_ones_stay(tool):
    nav_sections = tool("pages/nav")
    nav = [{"Home": ["index.md", {"Running": "running.md"}]},
           {"ML": ["ml/index.md", {"Draw": "ml/draw.md"}]},
           {"DSA": ["dsa/index.md", {"Sorting": "dsa/sorting/index.md"}]}]
    pages = ["index.md", "running.md", "ml/index.md", "ml/draw.md", "ml/b.md", "ml/a.md",
             "new/x.md", "new/y.md", "dsa/index.md", "dsa/sorting/index.md",
             "dsa/sorting/merge.md", "dsa/sorting/bubble.md", "dsa/dp/knapsack.md",
             "dsa/dp/index.md", "dsa/dp/deep/z.md"]
    nav_sections.add_unlisted(nav, pages, titles={"dsa/dp/index.md": "Dynamic programming"})
    assert nav[1]["ML"] == ["ml/index.md", {"Draw": "ml/draw.md"}, "ml/a.md", "ml/b.md"]
    assert nav[2]["DSA"][1:] == [
        {"Sorting": ["dsa/sorting/index.md", "dsa/sorting/bubble.md", "dsa/sorting/merge.md"]},
        {"Dynamic programming": ["dsa/dp/index.md", "dsa/dp/knapsack.md",
                                 {"Deep": ["dsa/dp/deep/z.md"]}]}]
    assert nav[3] == {"New": ["new/x.md", "new/y.md"]}
    # Every page is listed exactly once.
    assert nav_sections.listed_pages(nav) == set(pages)
    assert sum(str(nav).count(f"'{p}'") for p in pages) == len(pages)


# ----------------------------------------------------------------------------- docstrings

def test_docstrings_become_markdown(tool):
    docstrings = tool("hooks/docstrings")
    text = ("Sum.\n\n>>> total([1, 2])\n3\n\nSee :func:`ml.nn.total` and :math:`x^2`.\n\n"
            "```python\n>>> inside_a_fence\n```\n\nTable::\n\n    >>> literal\n")
    lines = docstrings.markdown_docstring(text).splitlines()
    assert lines[2:6] == ["```pycon", ">>> total([1, 2])", "3", "```"]
    assert "See `ml.nn.total` and $x^2$." in lines
    assert lines.count("```pycon") == 1                  # fences and literal blocks are kept
    assert "Table:" in lines and "    >>> literal" in lines


# ----------------------------------------------------------------------------- doctests

@pytest.mark.parametrize("name", ["hooks/mathml", "pages/api", "pages/nav", "pages/generate",
                                  "pages/practice", "hooks/docstrings", "hooks/brackets",
                                  "digit_weights", "site"])
def test_tool_doctests_pass(tool, name):
    """The examples in tools/ run here too, so `./run test docs` covers them."""
    import doctest

    module = tool(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0


def test_index_pairs_in_prose_are_not_links(tool):
    docstrings = tool("hooks/docstrings")
    out = docstrings.markdown_docstring("M[a][b] counts, and `x[i][j]` is code.")
    assert out == "M[a]\\[b] counts, and `x[i][j]` is code."


def test_index_pairs_in_pages_are_escaped_but_links_and_code_are_not(tool):
    brackets = tool("hooks/brackets")
    page = ("Fill dp[i][j] from f(x)[0][1] and grid[r][c][k].\n"
            "See [the heap][heap] and [Dense][ml.nn.layers.Dense].\n\n"
            "    ```python\n    table[i][j] = 0\n    ```\n\n"
            "Inline `a[i][j]` stays.\n\n[heap]: dsa/structures/binary_heap.md\n")
    out = brackets.escape_indexing(page).splitlines()
    assert out[0] == "Fill dp[i]\\[j] from f(x)[0]\\[1] and grid[r]\\[c]\\[k]."
    assert out[1] == "See [the heap][heap] and [Dense][ml.nn.layers.Dense]."
    assert out[4] == "    table[i][j] = 0"
    assert out[7] == "Inline `a[i][j]` stays."
