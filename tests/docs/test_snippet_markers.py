"""Every snippet section marked in the code is shown by some page.

A ``# --8<-- [start:name]`` marker promises a reader that the lines below appear on the site; one
that no page includes is noise in the source, and usually a page that stopped showing the code
it explains. (A missing section is the strict build's business: it stops on it.)
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^\s*# --8<-- \[start:([\w-]+)\]\s*$", re.MULTILINE)
INCLUDE = re.compile(r"""--8<--\s*["']([^"':]+):([\w-]+)["']""")
FOLDERS = ["ml", "biology", "dsa", "benchmarks", "tools"]


def included() -> set[tuple[str, str]]:
    pages = [*(ROOT / "docs").rglob("*.md"), ROOT / "mkdocs.yml"]
    return {match.groups() for page in pages
            for match in INCLUDE.finditer(page.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_marked_section_is_included_by_a_page(folder):
    shown = included()
    unused = [f"{path.relative_to(ROOT)}:{name}"
              for path in sorted((ROOT / folder).rglob("*.py"))
              for name in MARKER.findall(path.read_text(encoding="utf-8"))
              if (str(path.relative_to(ROOT)), name) not in shown]
    assert unused == []
