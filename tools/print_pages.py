"""One printable page per section of the built site: ``print/ml.html``, ``print/dsa.html``,
``print/biology.html``.

A learner who wants the site offline or on paper gets a whole section as one page, in the nav's
order, with everything the build made: MathML, figures, highlighted code. The page is made from
the built HTML after the build, not from Markdown, so it needs no plugin and shows exactly what
the site shows, whichever engine built it (MkDocs with Material today, Zensical later).

How: start at the section's index page and follow each page's "Next" link (the footer the theme
draws from the nav) while it stays inside the section's folder. Each page's ``<article>`` is
copied into the index page's frame, in its own ``<section id="pK">``. Its ids get the prefix
``pK-`` so that no two pages clash; links between pages of the section become links inside the
print page, and every other relative address is rewritten for the print page's folder.
``python -m tools.site pdf`` turns these pages into PDFs with Chromium's print-to-PDF.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

SECTIONS: dict[str, str] = {
    "ml": "Machine learning",
    "dsa": "Data structures & algorithms",
    "biology": "Biological parallels",
}
FOLDER = "print"

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.DOTALL)
_NEXT = re.compile(r'<a[^>]+href="([^"]+)"[^>]*class="md-footer__link md-footer__link--next"'
                   r'|<a[^>]+class="md-footer__link md-footer__link--next"[^>]*href="([^"]+)"')
_ATTRIBUTE = re.compile(r'\b(src|href|id|for|name|data-clipboard-target)="([^"]*)"')
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)
_ID = re.compile(r'\sid="([^"]+)"')
_FRAGMENT = re.compile(r'href="#([^"]+)"')
_OUTSIDE = ("http:", "https:", "data:", "mailto:", "javascript:", "blob:", "//", "/")
# A practice problem's in-browser editor (tools/practice_editor.py) is for its own page: on paper
# it means nothing, and a page holding many would load its script many times. So is the table
# of "Your progress" (tools/pages/practice.py), drawn from one browser's storage.
_EDITOR = re.compile(r'<div class="practice-editor".*?practice\.js"></script>\s*</div>'
                     r'|<div class="practice-progress".*?progress\.js"></script>\s*</div>',
                     re.DOTALL)


def section_pages(site: Path, section: str) -> list[str]:
    """The section's built pages in nav order, as paths relative to ``site``.

    >>> import tempfile
    >>> site = Path(tempfile.mkdtemp())
    >>> def page(path, nxt):
    ...     (site / path).parent.mkdir(parents=True, exist_ok=True)
    ...     link = (f'<a href="{nxt}" class="md-footer__link md-footer__link--next">'
    ...             if nxt else "")
    ...     _ = (site / path).write_text(f"<article>{path}</article>{link}")
    >>> page("ml/index.html", "a/b.html"); page("ml/a/b.html", "../../dsa/index.html")
    >>> page("dsa/index.html", None)
    >>> section_pages(site, "ml")
    ['ml/index.html', 'ml/a/b.html']
    """
    pages, path = [], f"{section}/index.html"
    while path.startswith(section + "/") and path not in pages and (site / path).is_file():
        pages.append(path)
        found = _NEXT.search((site / path).read_text(encoding="utf-8"))
        if not found:
            break
        target = (found.group(1) or found.group(2)).split("#")[0]
        path = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    return pages


def rewrite(html: str, page: str, out: str, anchors: dict[str, str], prefix: str | None) -> str:
    """``html`` from the site's ``page``, with its addresses rewritten to be read at ``out``.

    Links to a page in ``anchors`` (page -> id prefix) point into the print page; with a
    ``prefix``, the fragment's own ids (and links to them) get ``prefix-``.

    >>> rewrite('<img src="../figures/a.png"><a href="b.html#x">b</a><h2 id="y">',
    ...         "ml/net/a.html", "print/ml.html", {"ml/net/b.html": "p2"}, "p1")
    '<img src="../ml/figures/a.png"><a href="#p2-x">b</a><h2 id="p1-y">'
    """
    here = posixpath.dirname(page)

    def local(target: str) -> str:
        address, _, fragment = target.partition("#")
        if not address:                     # "#x": a place in this page
            return f"#{prefix}-{fragment}" if prefix and fragment else target
        path = posixpath.normpath(posixpath.join(here, address))
        if path in anchors:
            return f"#{anchors[path]}-{fragment}" if fragment else f"#{anchors[path]}"
        moved = posixpath.relpath(path, posixpath.dirname(out))
        return moved + (f"#{fragment}" if fragment else "")

    def replace(match: re.Match) -> str:
        name, value = match.groups()
        if name in ("src", "href"):
            if value.startswith(_OUTSIDE) or not value:
                return match.group(0)
            return f'{name}="{local(value)}"'
        if not prefix:
            return match.group(0)
        if name == "data-clipboard-target":
            return f'{name}="{value.replace("#", f"#{prefix}-", 1)}"'
        if name == "name" and not value.startswith("__tabbed"):
            return match.group(0)          # only tab groups are named by id, per page
        return f'{name}="{prefix}-{value}"'

    return _ATTRIBUTE.sub(replace, html)


def print_page(site: Path, section: str) -> str:
    """The HTML of ``section``'s printable page (see the module's description)."""
    pages = section_pages(site, section)
    out = f"{FOLDER}/{section}.html"
    anchors = {page: f"p{k}" for k, page in enumerate(pages)}
    parts = []
    for page in pages:
        found = _ARTICLE.search((site / page).read_text(encoding="utf-8"))
        if found:
            body = rewrite(_EDITOR.sub("", found.group(1)), page, out, anchors, anchors[page])
            parts.append(f'<section class="print-page" id="{anchors[page]}">{body}</section>')
    frame = (site / pages[0]).read_text(encoding="utf-8")
    frame = rewrite(frame, pages[0], out, {}, None)
    # The frame's table of contents is the index page's: point it at that page's headings.
    ids = set(_ID.findall("".join(parts)))
    frame = _FRAGMENT.sub(lambda m: f'href="#p0-{m.group(1)}"' if f"p0-{m.group(1)}" in ids
                          else m.group(0), frame)
    title = f"<title>{SECTIONS.get(section, section)}, all on one page - ML from Scratch</title>"
    frame = _TITLE.sub(lambda _: title, frame, count=1)
    article = ('<article class="md-content__inner md-typeset print-site">'
               + "\n".join(parts) + "</article>")
    return _ARTICLE.sub(lambda _: article, frame, count=1)


def write_print_pages(site: Path, sections: dict[str, str] = SECTIONS) -> list[Path]:
    """Write ``print/<section>.html`` into the built ``site`` for each section it has; return
    the pages written (a site without a section's index page gets no page for it)."""
    written = []
    for section in sections:
        if not (site / section / "index.html").is_file():
            continue
        path = site / FOLDER / f"{section}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(print_page(site, section), encoding="utf-8")
        written.append(path)
    return written
