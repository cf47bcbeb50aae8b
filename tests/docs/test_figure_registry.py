"""The figure registry of tools/site.py: every figure a page shows is drawn by a listed command.

Until this registry, ``./run figures`` found the essays' figures by searching each module's source
for the literal text of its default output path, so a harmless edit dropped an essay silently
while its stale picture stayed on the site. Now the list is explicit, and these tests keep it
complete in both directions.
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def site(tool):
    return tool("site")


def essay_modules() -> set[str]:
    """Every module in biology/ that draws an essay's figure (it defines ``draw`` and ``main``)."""
    found = set()
    for path in (ROOT / "biology").glob("*.py"):
        names = {node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, ast.FunctionDef)}
        if {"draw", "main"} <= names:
            found.add(f"biology.{path.stem}")
    return found


def figures_shown_by_pages(site) -> set[str]:
    """Every local image under a figures/ folder that some page shows, as a path under docs/."""
    shown = set()
    for page in DOCS.rglob("*.md"):
        text = site._CODE.sub("", page.read_text(encoding="utf-8"))
        for target in site._IMAGE.findall(text) + site._IMG_TAG.findall(text):
            target = target.split("#")[0].split("?")[0]
            if "://" not in target and "figures/" in target:
                shown.add((page.parent / target).resolve().relative_to(DOCS).as_posix())
    return shown


def test_every_figure_a_page_shows_has_a_registered_command(site):
    shown = figures_shown_by_pages(site)
    assert {f for f in shown if f.startswith("figures/biology/")} == set(site.ESSAY_FIGURES)
    unregistered = [f for f in sorted(shown) if "none registered" in site.command_for(f)]
    assert unregistered == []


def test_every_essay_module_is_registered_once(site):
    modules = list(site.ESSAY_FIGURES.values())
    assert len(modules) == len(set(modules)) >= 24  # one per essay (issue 18: at least 24)
    assert set(modules) == essay_modules()
    for figure, module in site.ESSAY_FIGURES.items():
        assert figure == f"figures/biology/{module.removeprefix('biology.')}.png"


def test_figures_command_names_the_site_path_for_each_essay(site, monkeypatch, capsys):
    ran = []

    def fake_run(command, cwd, check, **kwargs):
        ran.append((command, cwd))
        return subprocess.CompletedProcess(command, 0, stdout="")

    monkeypatch.setattr(site.subprocess, "run", fake_run)
    assert site.main(["figures", "--only", "figures/biology/"]) == 0
    assert [command[1:] for command, _ in ran] == [
        ["-m", module, "--out", f"docs/{figure}"] for figure, module in site.ESSAY_FIGURES.items()]
    assert {cwd for _, cwd in ran} == {site.ROOT}
    assert "docs/figures/biology/epidemics.png" in capsys.readouterr().out


def test_the_library_does_not_know_the_sites_folders():
    # The demos must not write into docs/ unless told to: a default of docs/figures/... made a
    # demo run from the repository root overwrite a committed figure.
    for path in sorted((ROOT / "biology").glob("*.py")):
        assert "docs/" not in path.read_text(encoding="utf-8"), path.name


@pytest.mark.parametrize("module", sorted(essay_modules()))
def test_each_demo_writes_to_the_current_folder_by_default(module, capsys):
    main = importlib.import_module(module).main
    assert main(["--help"]) == 0
    help_text = re.sub(r"\s+", " ", capsys.readouterr().out)
    stem = module.removeprefix("biology.")
    assert f"(default: {stem}.png, in the current folder)" in help_text
