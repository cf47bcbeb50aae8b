"""Make the project's docstrings read well as Markdown in the API reference.

The docstrings are written for ``help()`` and doctest first: a doctest can sit anywhere in the
text, reST habits such as ``:class:`Tally``` and a paragraph ending in ``::`` appear, and none of
that is Markdown. Rendered as is, ``>>> sorted(x)`` followed by ``[1, 2, 3]`` even turns into a
broken link. This griffe extension (loaded by mkdocstrings, see ``mkdocs.yml``) rewrites each
docstring before it is rendered:

* every run of doctest lines (from a ``>>>`` line to the next blank line) becomes a fenced
  ``pycon`` code block, unless it is already inside a fence or an indented literal block;
* ``:role:`target``` becomes inline code (``:math:`...``` becomes ``$...$``);
* ``][`` in prose is escaped, so ``M[a][b]`` is not taken for a link to ``b``;
* a paragraph ending in ``::`` ends in ``:``, and its indented block stays a code block;
* an indented block after a blank line is a code block in Markdown, so it is left as written
  (``best[i][c]`` in a formula shown as code keeps its brackets, with no escape in sight).

>>> markdown_docstring("Sort.\\n\\n>>> sorted([2, 1])\\n[1, 2]").splitlines()
['Sort.', '', '```pycon', '>>> sorted([2, 1])', '[1, 2]', '```']
>>> markdown_docstring("See :class:`~dsa.counting.Tally`.")
'See `Tally`.'

Cost: O(length of the docstring) per object, once per build.
"""

from __future__ import annotations

import re

from griffe import Extension, Object

_ROLE = re.compile(r":(?:py:)?(class|func|meth|mod|data|attr|exc|obj|const|math):`(~?)([^`]+)`")
_FENCE = ("```", "~~~")
_CODE_SPAN = re.compile(r"(`+[^`]*`+)")


def _role(match: re.Match[str]) -> str:
    kind, short, target = match.groups()
    if kind == "math":
        return f"${target}$"
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def _escape_references(line: str) -> str:
    """Keep ``M[a][b]`` in prose from being read as a Markdown reference link to ``b``.

    >>> _escape_references("M[a][b] but not `M[a][b]`")
    'M[a]\\\\[b] but not `M[a][b]`'
    """
    parts = _CODE_SPAN.split(line)
    parts[::2] = [part.replace("][", "]\\[") for part in parts[::2]]
    return "".join(parts)


def markdown_docstring(text: str) -> str:
    """Rewrite one docstring (already dedented) as described in the module docstring.

    >>> markdown_docstring("Layout::\\n\\n    a b\\n")
    'Layout:\\n\\n    a b'
    >>> markdown_docstring("Rule:\\n\\n    b[i][c] = b[i-1][c]\\n\\nSo b[n][c] is it.")
    'Rule:\\n\\n    b[i][c] = b[i-1][c]\\n\\nSo b[n]\\\\[c] is it.'
    """
    lines = text.splitlines()
    out: list[str] = []
    in_fence = False
    literal_indent: int | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if literal_indent is not None:
            if stripped and indent <= literal_indent:
                literal_indent = None
            else:
                out.append(line)
                i += 1
                continue
        if (not in_fence and stripped and indent >= 4 and out and not out[-1].strip()
                and not stripped.startswith(">>>")):
            literal_indent = 0            # Markdown's indented code block: shown as written
            out.append(line)
            i += 1
            continue
        if stripped.startswith(_FENCE):
            in_fence = not in_fence
        elif not in_fence and stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            if out and out[-1].strip():
                out.append("")
            pad = " " * indent
            out += [f"{pad}```pycon", *block, f"{pad}```"]
            continue
        elif not in_fence:
            line = _escape_references(_ROLE.sub(_role, line))
            if line.rstrip().endswith("::"):
                line = line.rstrip()[:-2].rstrip()
                line = line + ":" if line.strip() else line
                literal_indent = indent
        out.append(line)
        i += 1
    return "\n".join(out)


class MarkdownDocstrings(Extension):
    """Griffe extension: apply :func:`markdown_docstring` to every object's docstring."""

    def on_object(self, *, obj: Object, **kwargs) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
