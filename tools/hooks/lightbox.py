"""Give each page's content back as a fragment after the ``glightbox`` plugin has wrapped its
figures.

mkdocs-glightbox (0.5) wraps every ``<img>`` in a link that opens it full size, by parsing the
page's content and writing it out again as a whole document:
``<html><head></head><body>…</body></html>``. Material's search plugin then reads that
``<html>`` as an untitled section before the page's title, and the page's own entry in the search
index loses its text to a second entry. This hook, which MkDocs runs after the plugins, takes the
body back out. Nothing else changes.

>>> unwrap('<html><head></head><body><h1 id="a">A</h1>\\n<p>x</p></body></html>')
'<h1 id="a">A</h1>\\n<p>x</p>'
>>> unwrap("<h1>already a fragment</h1>")
'<h1>already a fragment</h1>'

Cost: two string searches per page.
"""

from __future__ import annotations

_START = "<html><head></head><body>"
_END = "</body></html>"


def unwrap(content: str) -> str:
    """``content`` without the document wrapper an HTML parser put around it, if it has one."""
    if content.startswith(_START) and content.endswith(_END):
        return content[len(_START):-len(_END)]
    return content


def on_page_content(html: str, page, config, files) -> str:
    """MkDocs hook: after glightbox's ``on_page_content``, before search reads the page."""
    return unwrap(html)
