"""Keep index expressions such as ``dp[i][j]`` in prose from being read as links.

In Markdown ``[text][ref]`` is a reference link, and the autorefs plugin (which mkdocstrings
brings) turns every such pair it cannot resolve into a build warning — which stops the strict
build. Text about algorithms is full of ``dp[i][j]`` and ``grid[r][c]``. This hook escapes the
second bracket of an index pair before a page is rendered, so ``dp[i][j]`` stays ``dp[i][j]``.

An index pair is told from a link by what comes just before it: an index follows a name, a
closing bracket or a closing parenthesis (``dp[i][j]``, ``f(x)[0][1]``), while a link follows a
space or punctuation (``see [the heap][heap]``), and links are left alone. Fenced code blocks
and inline code are never touched.

>>> escape_indexing("dp[i][j] = dp[i - 1][j - 1], see [Heaps][heaps] and `a[i][j]`")
'dp[i]\\\\[j] = dp[i - 1]\\\\[j - 1], see [Heaps][heaps] and `a[i][j]`'
>>> escape_indexing("```python\\nx = m[0][1]\\n```")
'```python\\nx = m[0][1]\\n```'

Cost: O(length of the page), once per page.
"""

from __future__ import annotations

import re

_INDEX_PAIR = re.compile(r"(?<=[\w\])])(\[[^\[\]\n]*\])(?=\[)")
_CODE_SPAN = re.compile(r"(`+[^`\n]*`+)")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def _escape_line(line: str) -> str:
    parts = _CODE_SPAN.split(line)
    parts[::2] = [_INDEX_PAIR.sub(r"\1\\", part) for part in parts[::2]]
    return "".join(parts)


def escape_indexing(markdown: str) -> str:
    """Escape index pairs in ``markdown`` outside code (see the module docstring)."""
    out = []
    fence: str | None = None
    for line in markdown.split("\n"):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None:
            closing = match.group(1) if match else ""
            if closing.startswith(fence) and not line.strip()[len(closing):]:
                fence = None
        else:
            line = _escape_line(line)
        out.append(line)
    return "\n".join(out)


def on_page_markdown(markdown: str, page, config, files) -> str:
    """MkDocs hook: escape the index pairs of one page's Markdown."""
    return escape_indexing(markdown)
