"""Every essay links at least one specific page of the code it builds on, and every such link
points at a page the site generates (a module page, an API page, or a page of the network
walk-through), not at a section's index."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ESSAYS = sorted(p for p in (ROOT / "docs" / "biology").glob("*.md") if p.name != "index.md")
LINK = re.compile(r"\]\(\.\./((?:dsa|ml|api)/[^)#\s]+\.md)")
# The packages tools/pages/modules.py gives a page per module (ml/nn has hand-written pages
# under docs/ml/network instead, and an API page).
MODULE_PAGE = re.compile(r"^(dsa|ml)/(\w+)/(\w+)\.md$")
API_PAGE = re.compile(r"^api/([\w.]+)\.md$")


def code_page_exists(target: str) -> bool:
    """Whether ``target`` (relative to docs/) is a page the build generates or holds for code."""
    if target.startswith("ml/network/"):
        return target != "ml/network/index.md" and (ROOT / "docs" / target).exists()
    if (module := MODULE_PAGE.match(target)) and module[3] != "index":
        return (ROOT / module[1] / module[2] / f"{module[3]}.py").exists()
    if api := API_PAGE.match(target):
        return (ROOT / api[1].replace(".", "/") / "__init__.py").exists()
    return False


def test_there_are_at_least_twenty_four_essays():
    assert len(ESSAYS) >= 24


@pytest.mark.parametrize("essay", ESSAYS, ids=lambda p: p.stem)
def test_each_essay_links_a_specific_code_page(essay):
    targets = LINK.findall(essay.read_text(encoding="utf-8"))
    code = [t for t in targets if code_page_exists(t)]
    assert code, f"{essay.name} links no module, API or network page: {targets}"


@pytest.mark.parametrize("essay", ESSAYS, ids=lambda p: p.stem)
def test_every_link_into_the_code_resolves(essay):
    for target in LINK.findall(essay.read_text(encoding="utf-8")):
        if target.endswith("/index.md"):
            continue  # a section index is a real page, just not a specific one
        assert code_page_exists(target), f"{essay.name} links {target}, which is not generated"


def test_the_checker_rejects_what_it_should():
    assert code_page_exists("dsa/structures/union_find.md")
    assert code_page_exists("api/ml.nn.md")
    assert not code_page_exists("dsa/index.md")
    assert not code_page_exists("dsa/structures/no_such_module.md")
    assert not code_page_exists("api/ml.no_such.md")
    assert code_page_exists("ml/network/backprop.md")
    assert not code_page_exists("ml/network/no_such_page.md")
