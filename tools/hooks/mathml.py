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

latex2mathml's output is then corrected where browsers would draw it unlike TeX:

* operator names (``\\log``, ``\\exp``, ``\\max``, ``\\operatorname{softmax}``) become upright
  identifiers followed by an invisible function application, with TeX's thin space before an
  argument that is not in brackets (``log p``, but ``max(0, z)``);
* the bars of ``\\lVert w \\rVert`` and ``|x|`` are plain symbols without operator spacing,
  so ``‖w‖²`` is not drawn lopsided, stretched or with a sunken closing bar;
* ``100{,}480``, TeX's way to write a thousands separator, becomes one number, not ``100, 480``.

Search: Material's search index would flatten MathML into letters (``w1a1+w2a2``). Each formula
therefore carries, until the index is built, a plain-text twin (``w_1 a_1 + w_2 a_2``) that the
index reads instead; :func:`on_page_context` removes the twins from the published page. Headings
with math get MathML in the table of contents too.

A formula latex2mathml cannot read, or one with a command it does not know (which it would
print as text), stops the build with the page and the formula named, the same way a broken
link does in a strict build.

>>> render_math('<p><span class="arithmatex">\\\\(a &lt; b\\\\)</span></p>', twins=False)[:60]
'<p><span class="arithmatex"><math alttext="a &lt; b" xmlns="'
>>> '<mo>&lt;</mo>' in render_math('<span class="arithmatex">\\\\(a &lt; b\\\\)</span>')
True
>>> 'display="block"' in render_math('<div class="arithmatex">\\\\[x^2\\\\]</div>')
True

Where it runs: as a Python-Markdown extension (``tools.hooks.mathml`` in ``markdown_extensions``,
after ``pymdownx.arithmatex``), whose postprocessor converts each page's finished HTML and its
table of contents. Any engine that runs Markdown extensions runs it: MkDocs, and Zensical, which
runs no MkDocs hooks. The MkDocs hook part (:func:`on_page_context`) only removes the search
twins once Material's index has read them; without it they stay in the page, hidden by
``site.css``.

>>> import markdown
>>> html_page = markdown.markdown("$x^2$", extensions=["pymdownx.arithmatex", makeExtension()],
...                               extension_configs={"pymdownx.arithmatex": {"generic": True}})
>>> "<msup><mi>x</mi><mn>2</mn></msup>" in html_page
True

Cost: one regular-expression pass per page plus one conversion per formula, O(page length).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert
from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

_BLOCK = re.compile(r'<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL)
_INLINE = re.compile(r'<span class="arithmatex">\\\((.*?)\\\)</span>', re.DOTALL)
_TOC_MATH = re.compile(r"\\\((.*?)\\\)", re.DOTALL)
_UNKNOWN = re.compile(r"<m[ion]>(\\[A-Za-z]+)</m[ion]>")
# latex2mathml's reading of 100{,}480: a number, a comma in a group of its own, a number.
_THOUSANDS = re.compile(r"<mn>([\d.,]+)</mn><mrow><mo>&#x0002C;</mo></mrow><mn>(\d[\d.]*)</mn>")
_TWIN = re.compile(r'<span class="math-search-text"[^>]*>[^<]*</span>')
_EXCLUDED = ' data-search-exclude="math"'

NS = "http://www.w3.org/1998/Math/MathML"
ET.register_namespace("", NS)
_SEQUENCE = {f"{{{NS}}}{tag}" for tag in ("math", "mrow", "mtd", "msqrt", "mstyle", "mpadded",
                                           "mphantom", "menclose", "merror")}
_SCRIPTED = {f"{{{NS}}}{tag}" for tag in ("msub", "msup", "msubsup", "munder", "mover",
                                           "munderover")}
_MI, _MO = f"{{{NS}}}mi", f"{{{NS}}}mo"
_OPENING = set("([{⟨|‖⌊⌈")
_APPLY = "\u2061"                 # FUNCTION APPLICATION: invisible, says "f applied to x"
_THIN = "0.1667em"               # TeX's \, : the space between log and p
# TeX's operator names that latex2mathml does not know (it knows \log, \max and the other 30):
# written as \operatorname, they are set like the rest.
_TEX_NAMES = re.compile(r"\\(arg)(?![A-Za-z])")


class MathError(ValueError):
    """A formula that could not be converted; the message names it."""


def latex_to_mathml(tex: str, display: bool) -> str:
    """Convert one LaTeX formula (already unescaped) to a ``<math>`` element.

    >>> latex_to_mathml("x^2", display=False).startswith('<math alttext=')
    True
    >>> 'alttext="x^2"' in latex_to_mathml("x^2", display=False)
    True
    >>> '<mn>100,480</mn>' in latex_to_mathml("100{,}480", display=False)
    True
    >>> ">arg</mi>" in latex_to_mathml(r"\\arg\\min_j d_j", display=False)
    True
    >>> latex_to_mathml(r"\\begin{aligned} a &= b && c \\end{aligned}", display=True)
    Traceback (most recent call last):
    tools.hooks.mathml.MathError: latex2mathml turned the formula ...
    """
    tex = tex.strip()
    try:
        mathml = convert(_TEX_NAMES.sub(r"\\operatorname{\1}", tex),
                         display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many types; the build needs one message
        raise MathError(f"cannot convert the formula {tex!r} to MathML: {error}; check its "
                        "LaTeX (latex2mathml supports the usual math commands)") from error
    unknown = _UNKNOWN.findall(mathml)
    if unknown:
        # latex2mathml prints a command it does not know as text; a typo would go unnoticed.
        raise MathError(f"the formula {tex!r} uses {', '.join(sorted(set(unknown)))}, which "
                        "latex2mathml does not know; check the spelling or rewrite it")
    try:
        mathml = _polish(mathml)
    except ET.ParseError as error:
        # latex2mathml writes a bare "&" where an environment it does not know aligns
        # (aligned, gathered): the result is not XML, and no browser would draw it.
        raise MathError(f"latex2mathml turned the formula {tex!r} into broken MathML ({error}); "
                        "it does not know every environment: use align* or array instead of "
                        "aligned or gathered") from error
    alt = html.escape(tex, quote=True)
    return mathml.replace("<math ", f'<math alttext="{alt}" ', 1)


def _polish(mathml: str) -> str:
    """latex2mathml's output, corrected as the module docstring lists."""
    while _THOUSANDS.search(mathml):
        mathml = _THOUSANDS.sub(r"<mn>\1,\2</mn>", mathml)
    root = ET.fromstring(mathml)
    _mark_bars(root)
    _space_operator_names(root)
    text = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    # ASCII only, as latex2mathml writes it: the page's encoding can never garble a symbol.
    return re.sub(r"[^\x00-\x7f]", lambda m: f"&#x{ord(m.group()):05X};", text)


def _mark_bars(root: ET.Element) -> None:
    """Draw ``‖`` and ``|`` (norms, absolute values) as TeX does: no gaps, no stretching.

    latex2mathml writes ``\\lVert`` and ``\\rVert`` as a bare ``<mo>‖</mo>``. A browser then
    looks the bar up in its operator dictionary by position: as the first child of a row it is an
    opening fence that stretches to the row's height (a fraction beside it makes it huge), in
    the middle it gets an operator's space on both sides, and as the base of ``^2`` it is drawn
    low. TeX treats them as plain symbols, which is what explicit attributes say. Bars from
    ``\\left|`` and ``\\right|`` are meant to stretch and are left alone.
    """
    for bar in root.iter(_MO):
        if bar.text in ("\u2016", "|") and bar.get("stretchy") != "true":
            bar.attrib.update(stretchy="false", lspace="0em", rspace="0em")


def _operator_name(element: ET.Element) -> ET.Element | None:
    """The ``log`` of ``log``, ``log_2`` or ``max_k``: a multi-letter name, or None."""
    core = element[0] if element.tag in _SCRIPTED and len(element) else element
    if core.tag in (_MI, _MO) and core.text and len(core.text) > 1 and core.text.isalpha():
        return core
    return None


def _opens(element: ET.Element | None) -> bool:
    """Whether ``element`` starts with an opening bracket (then TeX adds no space before it)."""
    while element is not None and element.tag not in (_MO, _MI) and len(element):
        element = element[0]
    return (element is not None and element.tag == _MO
            and (element.get("form") == "prefix" or (element.text or "") in _OPENING))


def _space_operator_names(root: ET.Element) -> None:
    for parent in [el for el in root.iter() if el.tag in _SEQUENCE]:
        children = list(parent)
        for position, child in enumerate(children):
            core = _operator_name(child)
            if core is None:
                continue
            if core is child:             # a bare name: an upright identifier
                core.tag = _MI
                core.attrib.clear()
                core.set("mathvariant", "normal")
            else:                         # a name with limits: keep the operator, lose its gaps
                if core.tag == _MO:
                    core.attrib.update(lspace="0em", rspace="0em")
                else:
                    core.set("mathvariant", "normal")
            following = children[position + 1] if position + 1 < len(children) else None
            if following is not None and following.tag == _MO and following.text == _APPLY:
                continue
            apply = ET.Element(_MO, lspace="0em", rspace="0em")
            apply.text = _APPLY
            if following is not None and not _opens(following):
                apply.set("rspace", _THIN)
            parent.insert(list(parent).index(child) + 1, apply)


def linear_text(mathml: str) -> str:
    """A formula as one line of plain text, for search results: ``x_i^2``, ``(a)/(b)``.

    >>> linear_text(latex_to_mathml("z = w_1 a_1 + \\\\frac{1}{n} \\\\log p_y", False))
    'z = w_1 a_1 + 1/n log p_y'
    >>> linear_text(latex_to_mathml("\\\\max(0, x^{k+1})", False))
    'max(0, x^(k + 1))'
    """
    text = _linear(ET.fromstring(mathml))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([),;\]])|([(\[])\s+", r"\1\2", text)
    return re.sub(r"(\w) \(", r"\1(", text)   # max(0, z), f(x): no gap before an argument


def _group(element: ET.Element) -> str:
    text = _linear(element).strip()
    return text if re.fullmatch(r"\w+|\W", text) else f"({text})"


def _linear(element: ET.Element) -> str:
    tag = element.tag.rpartition("}")[2]
    kids = list(element)
    if tag in ("mi", "mn", "mtext", "ms"):
        return f" {element.text or ''} " if len(element.text or "") > 1 else element.text or ""
    if tag == "mo":
        text = (element.text or "").replace(_APPLY, " ")
        return text if text in "()[]{}|‖" else f" {text} "
    if tag in ("msub", "munder") and len(kids) == 2:
        return f"{_linear(kids[0]).strip()}_{_group(kids[1])} "
    if tag in ("msup", "mover") and len(kids) == 2:
        return f"{_linear(kids[0]).strip()}^{_group(kids[1])} "
    if tag in ("msubsup", "munderover") and len(kids) == 3:
        return f"{_linear(kids[0]).strip()}_{_group(kids[1])}^{_group(kids[2])} "
    if tag == "mfrac" and len(kids) == 2:
        return f" {_group(kids[0])}/{_group(kids[1])} "
    if tag == "msqrt":
        return f"√({''.join(map(_linear, kids)).strip()})"
    if tag in ("mspace",):
        return " "
    if tag == "mtr":
        return "; " + ", ".join(_linear(kid).strip() for kid in kids)
    return "".join(_linear(kid) for kid in kids)


def render_math(page_html: str, twins: bool = True) -> str:
    """Replace every arithmatex wrapper in ``page_html`` with MathML; other text is unchanged.

    With ``twins``, each formula is followed by its plain-text twin for the search index, and
    left out of the index itself (see the module docstring).

    >>> render_math("<p>no math here</p>")
    '<p>no math here</p>'
    """
    def convert_one(match: re.Match[str], display: bool) -> str:
        mathml = latex_to_mathml(html.unescape(match.group(1)), display=display)
        tag = "div" if display else "span"
        if not twins:
            return f'<{tag} class="arithmatex">{mathml}</{tag}>'
        twin = html.escape(linear_text(mathml), quote=False)
        return (f'<{tag} class="arithmatex">{mathml.replace("<math ", f"<math{_EXCLUDED} ", 1)}'
                f'<span class="math-search-text">{twin}</span></{tag}>')

    page_html = _BLOCK.sub(lambda m: convert_one(m, True), page_html)
    return _INLINE.sub(lambda m: convert_one(m, False), page_html)


def remove_twins(page_html: str) -> str:
    """The page without the search twins that :func:`render_math` added.

    >>> page = render_math('<span class="arithmatex">\\\\(x_1\\\\)</span>')
    >>> 'search-text">x_1<' in page, 'search' in remove_twins(page)
    (True, False)
    """
    return _TWIN.sub("", page_html).replace(_EXCLUDED, "")


def _toc_title(title: str) -> str:
    return _TOC_MATH.sub(lambda m: latex_to_mathml(html.unescape(m.group(1)), display=False),
                         title)


def _toc_math(tokens: list[dict]) -> None:
    """Headings' math in the table of contents (``md.toc_tokens``), as MathML instead of TeX.

    MkDocs titles the entries with ``name``, Zensical with ``html`` (the heading's inner HTML,
    still holding arithmatex's wrapper): both are converted."""
    for token in tokens:
        token["name"] = _toc_title(token["name"])
        if "html" in token:
            token["html"] = render_math(token["html"], twins=False)
        _toc_math(token.get("children", []))


class _Ready(Treeprocessor):
    """Marks the end of the tree stage: from here on the postprocessors see the whole page."""

    def run(self, root) -> None:
        self.md.mathml_ready = True


class _MathML(Postprocessor):
    def run(self, text: str) -> str:
        # The toc extension also runs every postprocessor, on each heading alone, to name and
        # slug it: there the TeX must stay, or "\\frac{1}{n}" would slug as "1n1n" and the
        # anchors would change. The whole page comes after the tree stage.
        if not getattr(self.md, "mathml_ready", False):
            return text
        self.md.mathml_ready = False
        _toc_math(getattr(self.md, "toc_tokens", []))
        return render_math(text)


class MathMLExtension(Extension):
    """Convert arithmatex's TeX to MathML in the finished HTML (see the module docstring)."""

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_Ready(md), "mathml_ready", -100)   # after toc (5)
        # Last of all, on the HTML as it will be published (raw HTML is restored at 30).
        md.postprocessors.register(_MathML(md), "mathml", 5)


def makeExtension(**kwargs) -> MathMLExtension:
    """The extension, for ``markdown_extensions: [tools.hooks.mathml]``."""
    return MathMLExtension(**kwargs)


def on_page_context(context, page, config, nav):
    """MkDocs hook: after the search plugin has read the page, drop the search twins."""
    page.content = remove_twins(page.content or "")
    return context
