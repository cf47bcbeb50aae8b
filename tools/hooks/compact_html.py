"""Drop the indentation the theme's templates leave in every page.

Material's templates are indented for people who read them, and every page repeats the
navigation's markup, so a third of each page's bytes is whitespace that the browser collapses
anyway. Outside ``<pre>`` and ``<textarea>`` (where whitespace is content) each run of
whitespace that contains a line break becomes a single line break: what the browser shows is
unchanged, since HTML treats any such run as one space.

>>> compact("<ul>\\n    <li>a</li>\\n\\n    <li>b</li>\\n</ul>")
'<ul>\\n<li>a</li>\\n<li>b</li>\\n</ul>'
>>> compact("<pre><code>def f():\\n    return 1\\n</code></pre>\\n   <p>x</p>")
'<pre><code>def f():\\n    return 1\\n</code></pre>\\n<p>x</p>'

Cost: one pass over each page, O(page length).
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_BREAK = re.compile(r"[ \t\r\f]*\n\s*")


def compact(page_html: str) -> str:
    """``page_html`` with each whitespace run holding a line break cut to one line break."""
    parts = _KEEP.split(page_html)
    # split() returns [text, kept block, its tag name, text, kept block, tag name, ..., text].
    out = []
    for position, part in enumerate(parts):
        kind = position % 3
        if kind == 0:
            out.append(_BREAK.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


def on_post_page(output: str, page, config) -> str:
    """MkDocs hook: compact one finished page."""
    return compact(output)
