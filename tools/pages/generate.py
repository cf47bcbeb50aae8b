"""Assemble the docs tree the site is built from: the hand-written pages and the generated ones.

``docs/`` holds what people write; the site also needs pages made from the code. Before each
build :func:`generate` puts both into one git-ignored tree, ``build/docs/`` (:data:`OUT`):

* every file of ``docs/`` that ``exclude_docs`` in ``mkdocs.yml`` does not exclude: Markdown as
  text, everything else (figures, scripts, styles) as a hard link, or a copy where links fail;
* the generated pages at the paths the site has always given them (``api/``, ``dsa/<package>/``,
  ``ml/<package>/``, ``dsa/practice/``, ``ml/exercises/``, ``biology/exercises/``); a hand-written
  page of the same path wins;
* a "Try it" box at the end of every page that an exercise names in its ``pages``.

It then writes ``mkdocs.generated.yml`` (:data:`CONFIG_OUT`): ``mkdocs.yml`` with ``docs_dir``
pointing at the tree and the whole nav, the hand-placed part of ``mkdocs.yml`` with every other
page filed under its folder (:mod:`tools.pages.nav`). The output depends on the sources alone (no
time, no machine path), so a second run writes byte-identical files; a file whose content has not
changed is not rewritten, and a file no longer wanted is removed.

Problems found on the way (a malformed exercise, a ``pages`` entry naming no page) are collected
in :attr:`Generated.errors`: the rest is still written, and ``python -m tools.site`` refuses to
build while there are any, as the strict build did when these were MkDocs hooks.

Cost: reads ``docs/``, the packages and the problem folders once, O(their size); about a second.
"""

from __future__ import annotations

import copy
import filecmp
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pathspec
import yaml

from tools.pages.api import api_nav, api_pages
from tools.pages.modules import module_pages
from tools.pages.nav import add_unlisted, append_to_folder, expand, first_heading, listed_pages
from tools.pages.practice import (
    FOLDERS,
    NAV_TITLES,
    add_try_it,
    load_problems,
    practice_nav,
    practice_pages,
)

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "mkdocs.yml"
OUT = ROOT / "build" / "docs"
CONFIG_OUT = ROOT / "mkdocs.generated.yml"
HEADER = ("# Written by `python -m tools.site generate` from mkdocs.yml, with the generated pages "
          "in build/docs\n# and the whole nav. Do not edit: change mkdocs.yml, or the generators "
          "in tools/pages/.\n")


@dataclass
class Generated:
    """What one generation produced: every Markdown page, the other files, the nav, problems."""

    pages: dict[str, str]
    assets: list[str]
    nav: list
    config: dict
    errors: list[str] = field(default_factory=list)
    generated: int = 0


def read_config(path: Path = CONFIG) -> dict:
    """``mkdocs.yml`` as a dictionary (plain YAML: the project uses no ``!!python`` tags)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def source_files(docs: Path, exclude: str = "") -> list[str]:
    """The files of ``docs`` (paths inside it) that the gitignore-style ``exclude`` keeps.

    >>> import tempfile
    >>> docs = Path(tempfile.mkdtemp())
    >>> for name in ("a.md", "figures/t.md", "figures/p.png", ".hidden"):
    ...     (docs / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (docs / name).write_text("x")
    >>> source_files(docs, "/figures/**/*.md\\n.*\\n")
    ['a.md', 'figures/p.png']
    """
    spec = pathspec.GitIgnoreSpec.from_lines(exclude.splitlines())
    files = (path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file())
    return sorted(path for path in files if not spec.match_file(path))


def assemble(root: Path = ROOT, config: dict | None = None) -> Generated:
    """Every page of the site, hand-written and generated, the nav, and what went wrong."""
    config = read_config(root / "mkdocs.yml") if config is None else config
    docs = root / config.get("docs_dir", "docs")
    files = source_files(docs, config.get("exclude_docs", ""))
    written = {path: (docs / path).read_text(encoding="utf-8")
               for path in files if path.endswith(".md")}
    code = {**api_pages(root), **module_pages(root)}
    problems, errors = load_problems()
    titles = {path: first_heading(text) or path for path, text in {**code, **written}.items()}
    made = {**code, **practice_pages(problems, titles)}
    pages = {**made, **written}   # a hand-written page of the same path wins
    errors += add_try_it(pages, problems)
    nav = full_nav(config.get("nav") or [], pages, problems)
    return Generated(pages=dict(sorted(pages.items())),
                     assets=[path for path in files if not path.endswith(".md")], nav=nav,
                     config=config, errors=errors, generated=len(set(made) - set(written)))


def full_nav(skeleton: list, pages: dict[str, str], problems: list) -> list:
    """``skeleton`` (the nav of ``mkdocs.yml``) with every page of ``pages`` in it."""
    nav = [entry for entry in copy.deepcopy(skeleton)
           if not (isinstance(entry, dict) and "API reference" in entry)]
    api = {path: text for path, text in pages.items() if path.startswith("api/")}
    nav.append({"API reference": api_nav(api)})
    sections = {}
    for section, folder in FOLDERS.items():
        members = [p for p in problems if p.section == section]
        if members and f"{folder}/index.md" in pages:
            sections[section] = practice_nav(members, section)
    practice = listed_pages(list(sections.values()))
    indexes = {path: text for path, text in pages.items() if path.endswith("index.md")}
    titles = {path: heading for path, text in indexes.items() if (heading := first_heading(text))}
    add_unlisted(nav, [path for path in pages if path not in practice], titles, indexes)
    for section, entries in sections.items():
        if not expand(nav, entries[0], entries, NAV_TITLES[section]):
            append_to_folder(nav, FOLDERS[section].rpartition("/")[0],
                             {NAV_TITLES[section]: entries})
    return nav


def _write_text(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")   # a reader never sees half a page
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return True


def _place(source: Path, target: Path) -> bool:
    if target.is_file() and (os.path.samefile(source, target)
                             or filecmp.cmp(source, target, shallow=False)):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:   # another file system, or links not allowed: a copy does as well
        shutil.copy2(source, target)
    return True


def _prune(out: Path, keep: set[str]) -> int:
    removed = 0
    for path in sorted(out.rglob("*"), reverse=True):   # files before their folders
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed


def site_config(generated: Generated, out: Path, root: Path) -> str:
    """The configuration the site is built with, as YAML text."""
    config = dict(generated.config)
    config["docs_dir"] = out.relative_to(root).as_posix() if out.is_relative_to(root) \
        else str(out)
    config["nav"] = generated.nav
    return HEADER + yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100)


def generate(root: Path = ROOT, out: Path | None = None,
             config_out: Path | None = None) -> tuple[Generated, int]:
    """Write the docs tree into ``out`` and its configuration into ``config_out``; return what
    was generated and how many files changed (written, linked or removed)."""
    out = out or root / "build" / "docs"
    config_out = config_out or root / "mkdocs.generated.yml"
    generated = assemble(root)
    docs = root / generated.config.get("docs_dir", "docs")
    changed = sum(_write_text(out / path, text) for path, text in generated.pages.items())
    changed += sum(_place(docs / path, out / path) for path in generated.assets)
    changed += _prune(out, set(generated.pages) | set(generated.assets))
    changed += _write_text(config_out, site_config(generated, out, root))
    return generated, changed
