"""The offline copy: one printable page per section, with the site's MathML, figures and code,
and PDFs printed from them by Chromium (``python -m tools.site pdf``, ``./run pdf``)."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CODE = re.compile(r"<(pre|code|script|style|textarea)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_RAW_TEX = re.compile(r"\\[A-Za-z]+|\\[()\[\]{},;!]|\$\$|(?<![\w$])\$[^$\s<][^$<]*\$")
_SECTION = re.compile(r'<section class="print-page" id="(p\d+)">')


@pytest.fixture(scope="module")
def print_pages(tool):
    return tool("print_pages")


@pytest.mark.parametrize("section", ["ml", "dsa", "biology"])
def test_each_section_is_one_page_in_nav_order(built_site, print_pages, section):
    page = (built_site / "print" / f"{section}.html").read_text(encoding="utf-8")
    order = print_pages.section_pages(built_site, section)
    assert len(order) >= 15 and order[0] == f"{section}/index.html"
    assert len(set(order)) == len(order)
    assert all(path.startswith(f"{section}/") for path in order)
    assert _SECTION.findall(page) == [f"p{k}" for k in range(len(order))]
    # Each page's own title, in order: the first heading of every page is there, once.
    positions = []
    for path in order:
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", (built_site / path).read_text("utf-8"),
                            re.DOTALL)
        if heading:
            text = heading.group(1).split("<")[0].strip()   # without the permalink
            positions.append(page.find(text, positions[-1] if positions else 0))
    assert -1 not in positions and positions == sorted(positions)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "two pages' ids clash on the print page"


@pytest.mark.parametrize("section", ["ml", "dsa", "biology"])
def test_every_address_on_a_print_page_leads_somewhere(built_site, section):
    page = (built_site / "print" / f"{section}.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    broken = []
    for target in re.findall(r'\s(?:src|href)="([^"]+)"', page):
        if target.startswith(("http:", "https:", "data:", "mailto:", "javascript:")):
            continue
        path, _, fragment = html.unescape(target).partition("#")
        if not path:
            if fragment and fragment not in ids:
                broken.append(target)
        elif not (built_site / "print" / path).resolve().exists():
            broken.append(target)
    assert broken == []


def test_the_ml_print_page_keeps_math_figures_and_code(built_site):
    page = (built_site / "print" / "ml.html").read_text(encoding="utf-8")
    assert page.count("<math") > 200
    assert page.count('src="../figures/mnist/') >= 5
    assert page.count("<pre") > 30
    text = html.unescape(_TAG.sub(" ", _CODE.sub(" ", page)))
    assert not _RAW_TEX.search(text), _RAW_TEX.search(text)
    assert "Backpropagation" in text and "Gradient descent" in text


@pytest.mark.slow
def test_the_print_page_renders_math_and_figures_in_the_browser(open_page, screenshot):
    page, log = open_page("print/ml.html")
    page.wait_for_function("[...document.images].every(i => i.complete)")
    seen = page.evaluate("""() => {
        const article = document.querySelector('article.print-site');
        const maths = [...article.querySelectorAll('math')];
        return {
          pages: article.querySelectorAll('section.print-page').length,
          math: maths.length,
          sized: maths.filter(m => m.getBoundingClientRect().width > 2).length,
          broken: [...article.querySelectorAll('img')].filter(i => !i.naturalWidth).length,
          images: article.querySelectorAll('img').length,
          code: article.querySelectorAll('pre code').length,
        };
    }""")
    # What a reader sees outside code: code may hold backslashes of its own.
    text = page.evaluate("""() => {
        const article = document.querySelector('article.print-site').cloneNode(true);
        article.querySelectorAll('pre, code, script, style').forEach(e => e.remove());
        return article.textContent;
    }""")
    assert seen["pages"] >= 15
    assert seen["math"] > 200 and seen["sized"] > 0.9 * seen["math"]
    assert seen["images"] >= 10 and seen["broken"] == 0
    assert seen["code"] > 30
    assert not _RAW_TEX.search(text), _RAW_TEX.search(text)
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer']
        .map(s => document.querySelector(s))
        .filter(e => e && getComputedStyle(e).display !== 'none').length""")
    assert hidden == 0, "the site's chrome would be printed"
    screenshot(page, "print-ml", full_page=False)
    assert log.problems() == []


@pytest.mark.slow
def test_pdf_prints_a_section_with_chromium(built_site, tool, tmp_path):
    site = tool("site")
    assert site.pdf(built_site, tmp_path, sections=("biology",)) == 0
    data = (tmp_path / "biology.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 18   # an essay a sheet at least
    assert [p.name for p in tmp_path.iterdir()] == ["biology.pdf"]


def test_pdf_without_a_built_site_says_what_to_do(tmp_path):
    result = subprocess.run([sys.executable, "-m", "tools.site", "pdf", "--no-build",
                             "--site-dir", str(tmp_path / "nothing"), "--out",
                             str(tmp_path / "pdf")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "build the site first" in result.stderr
    assert not (tmp_path / "pdf").exists()


def test_run_has_a_pdf_command():
    run = (ROOT / "run").read_text(encoding="utf-8")
    command = run[run.index("    pdf)"):run.index(";;", run.index("    pdf)"))]
    assert "setup_browser" in command and "tools.site pdf" in command
