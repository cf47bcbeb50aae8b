"""Generate a page for every data structure, algorithm and classic model, from its module.

Each module in ``dsa/`` and in the classic parts of ``ml/`` already teaches: its docstring explains
the idea, states the invariant or the math and gives the costs, and its code is the tested
implementation. This hook turns each module into a page ``<top>/<package>/<module>.md`` — the
docstring as prose, the figure drawn for it when there is one (``docs/figures/<top>/<package>.
<module>.png``, e.g. by :mod:`dsa.growth`), and the source after the docstring included with
``pymdownx.snippets`` — plus a landing page per package listing its modules. Nothing is pasted,
so the pages cannot drift from the code. The nav hook (``nav_sections.py``) files the pages under
their section.

>>> pages = module_pages(Path(__file__).resolve().parents[2])
>>> "dsa/sorting/index.md" in pages and "dsa/sorting/merge_sort.md" in pages
True
>>> '--8<-- "dsa/sorting/merge_sort.py:' in pages["dsa/sorting/merge_sort.md"]
True

Cost: one directory walk and one parse per module, O(size of the packages), when the build starts.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "tools" / "hooks") not in sys.path:  # mkdocs loads hooks by path
    sys.path.insert(0, str(ROOT / "tools" / "hooks"))

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from docstrings import markdown_docstring  # noqa: E402

from dsa.growth import CAPTIONS  # noqa: E402

#: The packages that get pages, in the order a reader meets them, with their section titles.
#: ``ml/nn`` is absent on purpose: the centrepiece has hand-written pages that walk through it.
PACKAGES = {
    "dsa": {
        "structures": "Data structures",
        "sorting": "Sorting",
        "searching": "Searching",
        "graphs": "Graph algorithms",
        "dp": "Dynamic programming",
        "strings": "String algorithms",
        "backtracking": "Recursion and backtracking",
    },
    "ml": {
        "linear": "Linear models",
        "neighbors": "Nearest neighbours",
        "bayes": "Naive Bayes",
        "discriminant": "Discriminant analysis",
        "trees": "Decision trees",
        "ensemble": "Ensembles",
        "svm": "Support vector machines",
        "cluster": "Clustering",
        "decomposition": "Dimensionality reduction",
        "autograd": "Automatic differentiation",
        "cnn": "Convolutional networks",
        "preprocessing": "Preprocessing",
        "model_selection": "Model selection",
    },
}


def module_docstring(path: Path) -> str:
    """The module docstring of the Python file at ``path`` ('' if it has none).

    >>> module_docstring(Path(__file__)).splitlines()[0]
    'Generate a page for every data structure, algorithm and classic model, from its module.'
    """
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def split_title(first_line: str, fallback: str) -> tuple[str, str]:
    """Split a docstring's first line "Name: what it does" into a short title and a lead.

    >>> split_title("Binary heap: a tree in a list.", "x")
    ('Binary heap', 'A tree in a list.')
    >>> split_title("Knuth-Morris-Pratt search", "x")
    ('Knuth-Morris-Pratt search', '')
    """
    title, colon, lead = first_line.strip().partition(": ")
    if not colon:
        return title.rstrip(".") or fallback, ""
    return title, lead[:1].upper() + lead[1:]


def code_start(path: Path) -> int:
    """The first line after the module docstring (1-based), so pages do not show it twice.

    >>> code_start(Path(__file__)) > 1
    True
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        return (first.end_lineno or 0) + 1
    return 1


def _title_and_body(docstring: str, fallback: str) -> tuple[str, str]:
    first, _, rest = docstring.partition("\n")
    title, lead = split_title(first, fallback)
    body = markdown_docstring(rest.strip())
    return title, (f"*{lead}*\n\n{body}" if lead else body)


def _module_page(root: Path, top: str, package: str, path: Path) -> str:
    title, body = _title_and_body(module_docstring(path), path.stem)
    relative = path.relative_to(root).as_posix()
    figure = root / "docs" / "figures" / top / f"{package}.{path.stem}.png"
    lines = [f"# {title}", "", body, ""]
    if figure.exists():
        lines += ["## Measured growth", "",
                  f"![Counted growth of {path.stem.replace('_', ' ')}]"
                  f"(../../figures/{top}/{figure.name})", "",
                  CAPTIONS.get(figure.stem, ""), ""]
        if top == "dsa":
            lines += ["Counted, not timed: `python -m dsa.growth` draws this from comparisons "
                      "or reads on seeded inputs, so it is the same on every machine.", ""]
    start = code_start(path)
    end = len(path.read_text(encoding="utf-8").splitlines())
    lines += ["## The code", "", f"From `{relative}`, the file the tests check (its docstring is "
              "the text above):", "",
              "```python", f'--8<-- "{relative}:{start}:{end}"', "```", "",
              f"API: [`{top}.{package}.{path.stem}`](../../api/{top}.{package}.md"
              f"#{top}.{package}.{path.stem}).", ""]
    return "\n".join(lines)


def _index_page(root: Path, top: str, package: str, modules: list[Path]) -> str:
    title = PACKAGES[top][package]
    docstring = module_docstring(root / top / package / "__init__.py")
    lines = [f"# {title}", "", markdown_docstring(docstring), ""]
    figure = root / "docs" / "figures" / top / f"{package}.png"
    if figure.exists():
        lines += [f"![{title}](../../figures/{top}/{figure.name})", "",
                  CAPTIONS.get(figure.stem, ""), ""]
    lines += ["| page | what it is |", "| --- | --- |"]
    for path in modules:
        name, lead = split_title(module_docstring(path).partition("\n")[0], path.stem)
        lines.append(f"| [{name}]({path.stem}.md) | {lead} |")
    return "\n".join(lines) + "\n"


def module_pages(root: Path) -> dict[str, str]:
    """Every generated page, as ``{path inside docs: Markdown}``."""
    pages: dict[str, str] = {}
    for top, packages in PACKAGES.items():
        for package in packages:
            folder = root / top / package
            modules = sorted(p for p in folder.glob("*.py") if not p.stem.startswith("_"))
            if not modules:
                continue
            pages[f"{top}/{package}/index.md"] = _index_page(root, top, package, modules)
            for path in modules:
                pages[f"{top}/{package}/{path.stem}.md"] = _module_page(root, top, package, path)
    return pages


_pages: dict[str, str] = {}


def on_config(config):
    """MkDocs hook: build the pages once per build, from the files as they are now."""
    _pages.clear()
    _pages.update(module_pages(Path(config.config_file_path).resolve().parent))
    return config


def on_files(files, config):
    """MkDocs hook: add the generated pages to the build (they are never written to ``docs/``)."""
    from mkdocs.structure.files import File

    for path, content in _pages.items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files
