"""The site also builds with Zensical, the successor of Material for MkDocs (issue 14).

One strict Zensical build per module, of the same generated pages the MkDocs build renders, into a
temporary folder (``tools/pages/zensical.py``). Zensical is the pinned version that ``./run test
docs`` installs into ``.venv-zensical`` (another one can be named with ``ZENSICAL=path``). The
build must report no issue (a broken link or anchor is one), make the same HTML pages as MkDocs,
and those pages must hold what the MkDocs build's hold: MathML, code included from the
repository, the API reference, a practice problem's hints, and nothing from another host.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tools.pages.zensical import LEFT_OUT, VERSION, ZENSICAL, build

ROOT = Path(__file__).resolve().parents[2]
_TAG = re.compile(r"<[^>]+>")


def _text(page_html: str, gap: str = " ") -> str:
    """What a reader sees of ``page_html``, each run of white space one space, without the
    characters Markdown may have taken as markup. ``gap`` stands for each tag: a space between
    blocks of prose, nothing inside highlighted code (each token is in a span of its own)."""
    text = html.unescape(_TAG.sub(gap, page_html))
    return re.sub(r"\s+", " ", re.sub(r"[`*_]", "", text))


@pytest.fixture(scope="module")
def zensical() -> Path:
    path = Path(os.environ.get("ZENSICAL", ZENSICAL))
    assert path.is_file(), (f"{path} is missing: `./run test docs` installs Zensical {VERSION} "
                            "into .venv-zensical (or set ZENSICAL to a zensical command)")
    return path


@pytest.fixture(scope="module")
def zensical_build(zensical, tmp_path_factory):
    """(the built site, Zensical's output, the notes of what the configuration left out)."""
    project = tmp_path_factory.mktemp("zensical")
    result, notes = build(project, zensical)
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)   # its colours
    assert result.returncode == 0, f"zensical build --strict failed:\n{output[-6000:]}"
    return project / "site", output, notes


@pytest.fixture(scope="module")
def zensical_site(zensical_build) -> Path:
    return zensical_build[0]


def _page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_the_module_doctests_pass():
    import doctest

    from tools.pages import zensical as module

    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0


def test_the_installed_zensical_is_the_pinned_version(zensical):
    version = subprocess.run([str(zensical), "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    assert version == VERSION
    run = (ROOT / "run").read_text(encoding="utf-8")
    assert f'"zensical=={VERSION}"' in run   # what ./run installs is what this test expects


def test_the_strict_build_reports_no_issue(zensical_build):
    _, output, _ = zensical_build
    assert "No issues found" in output and "Warning" not in output, output[-6000:]


def test_zensical_makes_the_same_pages_as_mkdocs(zensical_site, built_site):
    def pages(site: Path) -> set[str]:
        return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}

    # print/ is made from the built HTML after either build (tools/print_pages.py, tested below).
    def built(site: Path) -> set[str]:
        return {page for page in pages(site) if not page.startswith("print/")}

    # Each Markdown page of the tree it was given, and the 404 page: nothing lost, nothing extra.
    docs = zensical_site.parent / "docs"
    expected = {path.relative_to(docs).with_suffix(".html").as_posix()
                for path in docs.rglob("*.md")} | {"404.html"}
    assert built(zensical_site) == expected
    # The two builds generate their trees a minute apart: a page added to the repository in
    # between (by hand, while the tests run) shows up here as a page only one of them has.
    assert len(built(built_site)) > 300
    assert built(zensical_site) == built(built_site)


def test_what_zensical_cannot_run_is_left_out_by_name(zensical_build):
    site, _, notes = zensical_build
    hooks = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["hooks"]
    # Every MkDocs hook is named with what the Zensical build goes without; a new hook needs a
    # line in LEFT_OUT (and in contributing.md's Zensical section).
    assert set(hooks) <= set(LEFT_OUT)
    for hook in hooks:
        assert f"hook {hook}: {LEFT_OUT[hook]}" in notes
    config = yaml.safe_load((site.parent / "zensical.yml").read_text(encoding="utf-8"))
    assert "hooks" not in config
    assert (site.parent / config["theme"]["custom_dir"]).resolve() == ROOT / "overrides"


def test_formulas_are_mathml_and_no_tex_is_left(zensical_site):
    page = _page(zensical_site, "ml/network/backprop.html")
    assert page.count("<math ") >= 20 and "<mfrac>" in page
    for path in zensical_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert '<span class="arithmatex">\\(' not in text, path
        assert '<div class="arithmatex">\\[' not in text, path


def test_math_in_a_heading_is_mathml_in_the_table_of_contents_zensical_reads():
    import markdown

    # Zensical titles the table of contents with each token's "html", MkDocs with its "name".
    md = markdown.Markdown(extensions=["toc", "pymdownx.arithmatex", "tools.hooks.mathml"],
                           extension_configs={"pymdownx.arithmatex": {"generic": True}})
    md.convert("## Where the $\\sqrt{d_h}$ comes from\n\nText.\n")
    (token,) = md.toc_tokens
    for field in ("html", "name"):
        assert "<msqrt>" in token[field] and "\\sqrt" not in token[field].split('alttext="')[0]
    assert token["id"] == "where-the-sqrtd_h-comes-from"   # the anchor is still made from TeX


def test_code_is_included_from_the_repository(zensical_site):
    source = (ROOT / "ml" / "nn" / "layers.py").read_text(encoding="utf-8")
    excerpt = source.split("[start:dense-forward]\n", 1)[1].split("# --8<-- [end:", 1)[0]
    page = _text(_page(zensical_site, "ml/network/forward.html"), gap="")
    lines = [line.strip() for line in excerpt.splitlines() if line.strip()]
    assert len(lines) >= 5
    for line in lines:
        assert _text(line) in page, line


def test_a_practice_page_has_its_hints_and_they_are_not_searchable(zensical_site):
    from practice.problems import load_problem

    problem = load_problem(ROOT / "dsa" / "practice" / "problems" / "two_sum")
    page = _page(zensical_site, "dsa/practice/two-sum.html")
    assert page.count('<details class="tip">') == len(problem.hints) >= 3
    assert '<details class="danger">' in page             # the reference solution, folded
    text = _text(page)
    for hint in problem.hints:
        assert _text(hint) in text, hint
    index = json.loads(_page(zensical_site, "search.json"))["items"]
    indexed = " ".join(_text(item["title"] + " " + item["text"]) for item in index)
    assert _text(problem.title) in indexed
    for hint in problem.hints:
        assert _text(hint) not in indexed, hint
    solution = "seen[value] = j"
    assert solution in _text(page, gap="") and solution not in indexed


def test_the_api_reference_renders_docstrings_and_doctests(zensical_site):
    page = _page(zensical_site, "api/ml.nn.html")
    assert 'id="ml.nn.layers.Dense"' in page
    assert 'class="language-pycon highlight"' in page and "&gt;&gt;&gt;" in page


def test_the_home_page_is_titled_by_the_site_name_alone(zensical_site):
    def title(path: str) -> str:
        return re.search(r"<title>(.*?)</title>", _page(zensical_site, path), re.DOTALL)[1]

    assert title("index.html").strip() == "ML from Scratch"
    assert title("running.html").strip() == "Running the code - ML from Scratch"


def test_the_printable_pages_are_made_from_zensicals_html_too(zensical_site, built_site, tool):
    written = tool("print_pages").write_print_pages(zensical_site)
    assert sorted(path.name for path in written) == ["biology.html", "dsa.html", "ml.html"]
    for name in ("ml.html", "dsa.html"):
        page, mkdocs = (_page(site, f"print/{name}") for site in (zensical_site, built_site))
        assert page.count("<math ") == mkdocs.count("<math ") > 0
        assert page.count("<h1") == mkdocs.count("<h1") > 10   # every page of the section


def test_nothing_loads_from_another_host(zensical_site):
    sources = re.compile(r"<(?:script|img|iframe|source|audio|video)\b[^>]*?\bsrc=\"(?:https?:)?//",
                         re.IGNORECASE)
    links = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
    loading = re.compile(r"\brel=\"[^\"]*(stylesheet|preload|preconnect|icon|modulepreload)",
                         re.IGNORECASE)
    for path in zensical_site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert not sources.search(page), path
        assert not [tag for tag in links.findall(page)
                    if loading.search(tag) and re.search(r'href="(https?:)?//', tag)], path
