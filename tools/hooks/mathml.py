"""Turn the site's LaTeX into MathML while the site is built, so no page needs a math script.

Pages write math as LaTeX: ``$w \\cdot x + b$`` inline, ``$$ ... $$`` on its own lines.
``pymdownx.arithmatex`` in generic mode leaves each formula in the HTML untouched, wrapped as

* ``<span class="arithmatex">\\(...\\)</span>`` (inline) and
* ``<div class="arithmatex">\\[...\\]</div>`` (display),

with ``<``, ``>`` and ``&`` escaped. This hook finds those wrappers after each page is rendered
and replaces the LaTeX inside with MathML from ``latex2mathml``. Browsers draw MathML natively
(Chromium since version 109, Firefox and Safari for far longer), so the published site has no
math JavaScript, no CDN and no font files. The TeX source is kept in the ``alttext`` attribute
for screen readers and for anyone who wants to copy it.

A formula latex2mathml cannot read, or one with a command it does not know (which it would
print as text), stops the build with the page and the formula named, the same way a broken
link does in a strict build.

>>> render_math('<p><span class="arithmatex">\\\\(a &lt; b\\\\)</span></p>').startswith(
...     '<p><span class="arithmatex"><math alttext="a &lt; b" xmlns=')
True
>>> '<mo>&#x0003C;</mo>' in render_math('<span class="arithmatex">\\\\(a &lt; b\\\\)</span>')
True
>>> 'display="block"' in render_math('<div class="arithmatex">\\\\[x^2\\\\]</div>')
True

Cost: one regular-expression pass per page plus one conversion per formula, O(page length).
"""

from __future__ import annotations

import html
import re

from latex2mathml.converter import convert

_BLOCK = re.compile(r'<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL)
_INLINE = re.compile(r'<span class="arithmatex">\\\((.*?)\\\)</span>', re.DOTALL)
_UNKNOWN = re.compile(r"<m[ion]>(\\[A-Za-z]+)</m[ion]>")


class MathError(ValueError):
    """A formula that could not be converted; the message names it."""


def latex_to_mathml(tex: str, display: bool) -> str:
    """Convert one LaTeX formula (already unescaped) to a ``<math>`` element.

    >>> latex_to_mathml("x^2", display=False).startswith('<math alttext=')
    True
    >>> 'alttext="x^2"' in latex_to_mathml("x^2", display=False)
    True
    """
    tex = tex.strip()
    try:
        mathml = convert(tex, display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many types; the build needs one message
        raise MathError(f"cannot convert the formula {tex!r} to MathML: {error}; check its "
                        "LaTeX (latex2mathml supports the usual math commands)") from error
    unknown = _UNKNOWN.findall(mathml)
    if unknown:
        # latex2mathml prints a command it does not know as text; a typo would go unnoticed.
        raise MathError(f"the formula {tex!r} uses {', '.join(sorted(set(unknown)))}, which "
                        "latex2mathml does not know; check the spelling or rewrite it")
    alt = html.escape(tex, quote=True)
    return mathml.replace("<math ", f'<math alttext="{alt}" ', 1)


def render_math(page_html: str) -> str:
    """Replace every arithmatex wrapper in ``page_html`` with MathML; other text is unchanged.

    >>> render_math("<p>no math here</p>")
    '<p>no math here</p>'
    """
    def block(match: re.Match[str]) -> str:
        return ('<div class="arithmatex">'
                + latex_to_mathml(html.unescape(match.group(1)), display=True) + "</div>")

    def inline(match: re.Match[str]) -> str:
        return ('<span class="arithmatex">'
                + latex_to_mathml(html.unescape(match.group(1)), display=False) + "</span>")

    return _INLINE.sub(inline, _BLOCK.sub(block, page_html))


def on_page_content(html_text: str, page, config, files) -> str:
    """MkDocs hook: convert the math of one rendered page."""
    try:
        return render_math(html_text)
    except MathError as error:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"{page.file.src_uri}: {error}") from error
