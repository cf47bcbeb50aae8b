"""The generation step before the build (tools/pages/generate.py, `python -m tools.site generate`):
the docs tree and the configuration it writes, without running MkDocs."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from practice.problems import all_problems
from tools.pages import generate as gen
from tools.pages.nav import listed_pages

ROOT = Path(__file__).resolve().parents[2]
GENERATORS = ("api_pages", "module_pages", "practice_pages", "nav_sections")


def _digests(folder: Path, config: Path) -> dict[str, str]:
    files = {path.relative_to(folder).as_posix(): path for path in folder.rglob("*")
             if path.is_file()}
    files["<config>"] = config
    return {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """One generation into a temporary folder: (what was generated, the tree, the config)."""
    out = tmp_path_factory.mktemp("generated")
    generated, changed = gen.generate(ROOT, out / "docs", out / "mkdocs.yml")
    assert changed > 300
    return generated, out / "docs", out / "mkdocs.yml"


def test_a_second_run_writes_byte_identical_files_and_changes_none(written):
    generated, docs, config = written
    before = _digests(docs, config)
    again, changed = gen.generate(ROOT, docs, config)
    assert changed == 0
    assert _digests(docs, config) == before
    assert again.pages == generated.pages


def test_the_tree_holds_every_page_at_the_urls_the_site_has_always_used(written):
    generated, docs, _ = written
    for page in ("index.md", "ml/network/forward.md", "api/index.md", "api/ml.nn.md",
                 "dsa/sorting/index.md", "dsa/sorting/merge_sort.md", "ml/linear/index.md",
                 "ml/linear/least_squares.md", "dsa/practice/index.md", "dsa/practice/two-sum.md",
                 "ml/exercises/index.md", "biology/exercises/index.md"):
        assert (docs / page).is_file(), page
    for page, text in generated.pages.items():
        assert (docs / page).read_text(encoding="utf-8") == text, page
    # Figures and scripts come along; what exclude_docs leaves out does not.
    assert (docs / "assets" / "digit" / "digit.js").is_file()
    assert any((docs / "figures").rglob("*.png"))
    assert not list((docs / "figures").rglob("*.md"))


def test_a_page_no_longer_made_is_removed(written):
    _, docs, config = written
    stale = docs / "dsa" / "practice" / "a-problem-since-deleted.md"
    stale.write_text("# Gone\n")
    _, changed = gen.generate(ROOT, docs, config)
    assert changed == 1 and not stale.exists()


def test_the_config_is_mkdocs_yml_with_the_tree_and_every_page_in_the_nav(written):
    generated, docs, config_path = written
    text = config_path.read_text(encoding="utf-8")
    assert text.startswith("# Written by `python -m tools.site generate`")
    config, source = yaml.safe_load(text), gen.read_config()
    assert config["docs_dir"] == str(docs)
    assert {k: v for k, v in config.items() if k not in ("docs_dir", "nav")} == {
        k: v for k, v in source.items() if k not in ("docs_dir", "nav")}
    assert listed_pages(config["nav"]) == set(generated.pages)
    # ... each exactly once.
    assert sum(str(config["nav"]).count(f"'{page}'") for page in generated.pages) == len(
        generated.pages)


def test_the_exercise_sections_sit_under_their_parts_of_the_nav(written):
    nav = written[0].nav
    parts = {next(iter(entry)): entry[next(iter(entry))] for entry in nav}
    ml, biology = parts["Machine learning"], parts["Biological parallels"]
    assert ml[-1] == {"Exercises": ml[-1]["Exercises"]}
    assert ml[-1]["Exercises"][0] == "ml/exercises/index.md"
    # The essays first, then their exercises.
    assert biology[0] == "biology/index.md" and "biology/hopfield.md" in biology
    assert list(biology[-1]) == ["Exercises"]
    entries = biology[-1]["Exercises"]
    assert entries[0] == "biology/exercises/index.md"
    chapters = [next(iter(entry)) for entry in entries[1:]]
    assert chapters and all(isinstance(entry, dict) for entry in entries[1:])
    order = [p.id for p in all_problems(section="biology")]
    listed = [page.rsplit("/", 1)[1].removesuffix(".md")
              for entry in entries[1:] for page in entry[next(iter(entry))]]
    assert listed == order           # chapter by chapter, in learning-path order


def test_no_page_generator_is_left_as_a_hook():
    config = gen.read_config()
    hooks = config.get("hooks", [])
    assert not [hook for hook in hooks if any(name in hook for name in GENERATORS)]
    for hook in hooks:
        assert (ROOT / hook).is_file(), hook
    for name in GENERATORS:
        assert not (ROOT / "tools" / "hooks" / f"{name}.py").exists(), name


def test_the_generated_files_are_never_committed():
    for path in ("build/docs/index.md", "build/docs/api/ml.md", gen.CONFIG_OUT.name):
        done = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False)
        assert done.returncode == 0, f"{path} is not git-ignored"


def test_generate_stops_the_build_on_a_problem(monkeypatch, capsys, tmp_path):
    from tools import site

    def broken(root):
        return gen.Generated(pages={}, assets=[], nav=[], config={},
                             errors=["ml/exercises/x: missing file(s) tests.py"]), 0

    monkeypatch.setattr(gen, "generate", broken)
    assert site.main(["build", "--site-dir", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert "missing file(s) tests.py" in err and "fix them" in err
    assert not (tmp_path / "site").exists()


def test_source_stamp_sees_an_edit(tmp_path):
    from tools import site

    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "a.md"
    page.write_text("one")
    before = site.source_stamp(tmp_path, ("docs",))
    page.write_text("two, longer")
    os.utime(page, ns=(before[1] + 10**9, before[1] + 10**9))
    assert site.source_stamp(tmp_path, ("docs",)) != before
