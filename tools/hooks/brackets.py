"""Keep index expressions such as ``dp[i][j]`` in prose from being read as links.

In Markdown ``[text][ref]`` is a reference link, and the autorefs plugin (which mkdocstrings
brings) turns every such pair it cannot resolve into a build warning — which stops the strict
build. Text about algorithms is full of ``dp[i][j]`` and ``grid[r][c]``. This hook escapes the
second bracket of an index pair before a page is rendered, so ``dp[i][j]`` stays ``dp[i][j]``.

An index pair is told from a link by what comes just before it: an index follows a name, a
closing bracket or a closing parenthesis (``dp[i][j]``, ``f(x)[0][1]``), while a link follows a
space or punctuation (``see [the heap][heap]``), and links are left alone. Code is never
touched: fenced blocks, inline code, and indented code blocks (a line indented four spaces more
than the paragraph before the blank line above it, unless that paragraph opens a list item or
an admonition, whose content is indented the same way).

>>> escape_indexing("dp[i][j] = dp[i - 1][j - 1], see [Heaps][heaps] and `a[i][j]`")
'dp[i]\\\\[j] = dp[i - 1]\\\\[j - 1], see [Heaps][heaps] and `a[i][j]`'
>>> escape_indexing("```python\\nx = m[0][1]\\n```")
'```python\\nx = m[0][1]\\n```'
>>> escape_indexing("Rule:\\n\\n    b[i][c] = 0\\n\\nb[i][c] is it.")
'Rule:\\n\\n    b[i][c] = 0\\n\\nb[i]\\\\[c] is it.'
>>> escape_indexing("!!! note\\n\\n    b[i][c] is prose here")
'!!! note\\n\\n    b[i]\\\\[c] is prose here'

It is a Python-Markdown extension (``tools.hooks.brackets`` in ``markdown_extensions``), so any
engine that runs Markdown extensions runs it: MkDocs today, Zensical, which runs no MkDocs
hooks, tomorrow. Its preprocessor runs before every other one, on the page as written (before
``pymdownx.snippets`` includes code), as the MkDocs hook it replaces did.

>>> import markdown
>>> page = "dp[i][j]\\n\\n[j]: https://example.org"
>>> markdown.markdown(page), markdown.markdown(page, extensions=[makeExtension()])
('<p>dp<a href="https://example.org">i</a></p>', '<p>dp[i][j]</p>')

Cost: O(length of the page), once per page.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

_INDEX_PAIR = re.compile(r"(?<=[\w\])])(\[[^\[\]\n]*\])(?=\[)")
_CODE_SPAN = re.compile(r"(`+[^`\n]*`+)")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# Lines whose indented continuation is content, not code: list items, admonitions, tabs.
_OPENER = re.compile(r"^\s*([-*+]\s|\d+[.)]\s|!!!|\?\?\?|===)")


def _escape_line(line: str) -> str:
    parts = _CODE_SPAN.split(line)
    parts[::2] = [_INDEX_PAIR.sub(r"\1\\", part) for part in parts[::2]]
    return "".join(parts)


def escape_indexing(markdown: str) -> str:
    """Escape index pairs in ``markdown`` outside code (see the module docstring)."""
    out = []
    fence: str | None = None
    code_indent: int | None = None     # inside an indented code block: its indent
    previous = ""                      # the last non-blank line
    blank_before = False
    for line in markdown.split("\n"):
        indent = len(line) - len(line.lstrip())
        if code_indent is not None and line.strip() and indent < code_indent:
            code_indent = None
        if (fence is None and code_indent is None and blank_before and line.strip()
                and previous and indent >= _indent(previous) + 4 and not _OPENER.match(previous)):
            code_indent = indent
        match = _FENCE.match(line)
        if code_indent is not None:
            pass
        elif fence is None and match:
            fence = match.group(1)
        elif fence is not None:
            closing = match.group(1) if match else ""
            if closing.startswith(fence) and not line.strip()[len(closing):]:
                fence = None
        else:
            line = _escape_line(line)
        out.append(line)
        blank_before = not line.strip()
        previous = line if line.strip() else previous
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class _IndexPairs(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return escape_indexing("\n".join(lines)).split("\n")


class IndexBrackets(Extension):
    """Escape index pairs before anything else reads the page (see the module docstring)."""

    def extendMarkdown(self, md) -> None:
        # Above pymdownx.snippets (32) and whitespace normalising (30): the page as written.
        md.preprocessors.register(_IndexPairs(md), "index_brackets", 40)


def makeExtension(**kwargs) -> IndexBrackets:
    """The extension, for ``markdown_extensions: [tools.hooks.brackets]``."""
    return IndexBrackets(**kwargs)
