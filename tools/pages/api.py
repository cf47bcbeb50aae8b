"""Generate the API reference: one page per Python package, written from the code's docstrings.

Nobody keeps a list of modules by hand, so the reference cannot fall behind the code. Before the
site is built, :func:`api_pages` walks the packages in :data:`PACKAGES`, and for every package
folder (one with an ``__init__.py``) makes a page ``api/<dotted.name>.md`` that asks
mkdocstrings for the package docstring and then each public module in it, in file-name order. It
also makes the section's landing page ``api/index.md``; :func:`api_nav` is the "API reference"
section of the nav.

Left out on purpose: private modules (``_name.py``), ``__main__.py``, and folders that hold data
rather than library code (:data:`SKIPPED_FOLDERS`, e.g. the practice problems' starters).

>>> pages = api_pages(Path(__file__).resolve().parents[2])
>>> "api/index.md" in pages and "api/ml.md" in pages
True
>>> "::: ml" in pages["api/ml.md"]
True

Cost: one directory walk, O(number of files), per generation.
"""

from __future__ import annotations

from pathlib import Path

PACKAGES = ("ml", "dsa", "biology")
SKIPPED_FOLDERS = frozenset({"__pycache__", "problems", "tests", "data"})
SECTION_TITLES = {
    "ml": "Machine learning",
    "dsa": "Data structures & algorithms",
    "biology": "Biological parallels",
}


def package_modules(root: Path, package: str) -> dict[str, list[str]]:
    """Map each package folder under ``root/package`` to its public modules (dotted names).

    >>> mods = package_modules(Path(__file__).resolve().parents[2], "ml")
    >>> "ml" in mods
    True
    """
    found: dict[str, list[str]] = {}
    top = root / package
    for init in sorted(top.rglob("__init__.py")):
        folder = init.parent
        parts = folder.relative_to(root).parts
        if any(part in SKIPPED_FOLDERS or part.startswith((".", "_")) for part in parts):
            continue
        name = ".".join(parts)
        found[name] = [
            f"{name}.{path.stem}"
            for path in sorted(folder.glob("*.py"))
            if not path.stem.startswith("_")
        ]
    return found


def _package_page(name: str, modules: list[str]) -> str:
    lines = [f"# `{name}`", "", f"::: {name}", "    options:", "      members: false",
             "      show_root_heading: false", ""]
    for module in modules:
        lines += [f"::: {module}", ""]
    return "\n".join(lines)


def _index_page(tree: dict[str, dict[str, list[str]]]) -> str:
    lines = [
        "# API reference",
        "",
        "Every page here is generated from the docstrings in the code when the site is built,",
        "so it always describes the code you have. Each package page starts with the package's",
        "own description and then shows each module: its classes and functions, their",
        "signatures, and the doctest examples that the test suite also runs.",
        "",
    ]
    for package, packages in tree.items():
        lines += [f"## {SECTION_TITLES.get(package, package)}", ""]
        for name, modules in packages.items():
            count = f"{len(modules)} module{'s' if len(modules) != 1 else ''}"
            lines.append(f"- [`{name}`]({name}.md) — {count}")
        lines.append("")
    return "\n".join(lines)


def api_pages(root: Path) -> dict[str, str]:
    """All generated pages, as ``{path inside docs: Markdown}``."""
    tree = {package: package_modules(root, package) for package in PACKAGES
            if (root / package / "__init__.py").exists()}
    pages = {"api/index.md": _index_page(tree)}
    for packages in tree.values():
        for name, modules in packages.items():
            pages[f"api/{name}.md"] = _package_page(name, modules)
    return pages


def api_nav(pages: dict[str, str]) -> list:
    """The nav entries for ``pages``: the index, then one subsection per top-level package.

    >>> api_nav({"api/index.md": "", "api/ml.md": "", "api/ml.nn.md": ""})
    ['api/index.md', {'Machine learning': [{'ml': 'api/ml.md'}, {'ml.nn': 'api/ml.nn.md'}]}]
    """
    sections: dict[str, list] = {}
    for path in pages:
        if path == "api/index.md":
            continue
        name = path.removeprefix("api/").removesuffix(".md")
        top = name.split(".")[0]
        sections.setdefault(SECTION_TITLES.get(top, top), []).append({name: path})
    return ["api/index.md", *({title: entries} for title, entries in sections.items())]

