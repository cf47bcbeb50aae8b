"""The strict build and what it produces, without a browser."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_PAGES = [
    "index.html", "running.html", "contributing.html", "ml/index.html", "ml/draw-a-digit.html",
    "dsa/index.html", "biology/index.html", "api/index.html", "api/ml.html", "api/dsa.html",
    "api/biology.html",
]


def test_strict_build_writes_every_page(built_site):
    for page in EXPECTED_PAGES:
        assert (built_site / page).is_file(), page
    # The offline plugin's copy of the search index, which file:// pages load as a script.
    assert (built_site / "search" / "search_index.js").read_text().startswith("var __index")


def test_nothing_in_the_site_loads_from_another_host(built_site):
    """No script, style sheet, font, image, frame or preconnect names another host."""
    sources = re.compile(r"<(?:script|img|iframe|source|audio|video)\b[^>]*?\bsrc=\"([^\"]*)\"",
                         re.IGNORECASE)
    links = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
    loading = re.compile(r"\brel=\"[^\"]*(stylesheet|preload|preconnect|icon|modulepreload)",
                         re.IGNORECASE)
    external = ("http:", "https:", "//")
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        bad = [url for url in sources.findall(html) if url.startswith(external)]
        bad += [tag for tag in links.findall(html)
                if loading.search(tag) and re.search(r'href="(https?:)?//', tag)]
        assert not bad, f"{page.relative_to(built_site)}: {bad}"
    for sheet in built_site.rglob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), sheet


def test_math_becomes_mathml_and_no_tex_is_left(built_site):
    html = (built_site / "ml" / "draw-a-digit.html").read_text(encoding="utf-8")
    assert html.count("<math ") >= 5
    assert "<mfrac>" in html
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert '<span class="arithmatex">\\(' not in text, page
        assert '<div class="arithmatex">\\[' not in text, page


def test_api_reference_renders_docstrings_and_doctests_as_code(built_site):
    html = (built_site / "api" / "ml.nn.html").read_text(encoding="utf-8")
    assert 'id="ml.nn.layers.Dense"' in html
    # Doctests become highlighted Python console blocks, not paragraphs or broken links.
    assert 'class="language-pycon highlight"' in html
    assert "&gt;&gt;&gt;" in html


def test_every_api_page_is_in_the_nav(built_site):
    # The nav is pruned to the reader's section (navigation.prune): the reference's own pages
    # list all of it.
    index = (built_site / "api" / "index.html").read_text(encoding="utf-8")
    for page in sorted((built_site / "api").glob("*.html")):
        assert f'href="{page.name}"' in index, page.name


def test_the_snippet_examples_on_the_contributing_page_are_shown_not_run(built_site):
    text = re.sub(r"<[^>]+>", "", (built_site / "contributing.html").read_text(encoding="utf-8"))
    for shown in ("# --8&lt;-- [start:relu]", "# --8&lt;-- [end:relu]",
                  '--8&lt;-- "ml/nn/activations.py:relu"'):
        assert shown in text
    assert ";--8" not in text


def test_the_config_makes_missing_snippets_fatal():
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions = {next(iter(e)) if isinstance(e, dict) else e: e
                  for e in config["markdown_extensions"]}
    options = extensions["pymdownx.snippets"]["pymdownx.snippets"]
    assert options["check_paths"] is True and options["base_path"] == ["."]
    assert config["strict"] is True
    assert config["validation"]["links"]["anchors"] == "warn"


def test_a_missing_snippet_section_stops_a_strict_build(tmp_path):
    """With check_paths, including a section that does not exist fails the build by name."""
    (tmp_path / "code.py").write_text("# --8<-- [start:part]\nx = 1\n# --8<-- [end:part]\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text('# Good\n\n```python\n--8<-- "code.py:part"\n```\n')
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: t\ndocs_dir: docs\nstrict: true\ntheme: {name: material, font: false}\n"
        "markdown_extensions:\n  - pymdownx.superfences\n"
        f"  - pymdownx.snippets: {{base_path: ['{tmp_path}'], check_paths: true}}\n")

    def build():
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config),
                               "-d", str(tmp_path / "out")], capture_output=True, text=True,
                              check=False, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})

    good = build()
    assert good.returncode == 0, good.stderr
    page = re.sub(r"<[^>]+>", "", (tmp_path / "out" / "index.html").read_text())
    assert "x = 1" in page and "[start:part]" not in page
    (docs / "bad.md").write_text('# Bad\n\n```python\n--8<-- "code.py:no-such-part"\n```\n')
    bad = build()
    assert bad.returncode != 0
    assert "no-such-part" in bad.stderr


def test_the_validation_settings_make_broken_links_and_anchors_fatal(tmp_path):
    """The project's `validation:` block, in a strict build, stops on a bad link or #anchor."""
    import yaml

    validation = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["validation"]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n## Real part\n\n[ok](other.md#a-section)\n")
    (docs / "other.md").write_text("# Other\n\n## A section\n\n[fine](index.md#real-part)\n")
    config = {"site_name": "t", "docs_dir": "docs", "strict": True,
              "theme": {"name": "material", "font": False}, "validation": validation,
              "markdown_extensions": [{"toc": {"permalink": True}}]}
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config))

    def build():
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f",
                               str(tmp_path / "mkdocs.yml"), "-d", str(tmp_path / "out")],
                              capture_output=True, text=True, check=False,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})

    assert build().returncode == 0
    (docs / "bad.md").write_text("# Bad\n\n[gone](missing.md) and [no](other.md#no-such-part)\n")
    bad = build()
    assert bad.returncode != 0
    assert "missing.md" in bad.stderr and "no-such-part" in bad.stderr


def test_every_local_script_style_and_image_of_every_page_exists(built_site):
    """Every page's local resources, checked on disk (quicker and plainer than in a browser)."""
    import html as html_lib
    from urllib.parse import unquote, urlsplit

    loads = re.compile(r"<(?:script|img|source|iframe)\b[^>]*?\bsrc=\"([^\"]+)\"|"
                       r"<link\b[^>]*?\bhref=\"([^\"]+)\"", re.IGNORECASE)
    missing = []
    for page in built_site.rglob("*.html"):
        for src, href in loads.findall(page.read_text(encoding="utf-8")):
            url = html_lib.unescape(src or href)
            parts = urlsplit(url)
            if parts.scheme or url.startswith(("//", "#")) or not parts.path:
                continue
            base = built_site if parts.path.startswith("/") else page.parent   # 404.html: absolute
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                missing.append(f"{page.relative_to(built_site)}: {url}")
    assert not missing, missing[:20]
