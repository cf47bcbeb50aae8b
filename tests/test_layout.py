"""The test tree mirrors the package tree: the tests of ``ml/nn/`` are in ``tests/ml/nn/``.

README and the contributing guide promise it, so a reader who opens a module knows where its
tests are without searching. Every Python package (a folder with ``__init__.py``) under ``ml/``,
``dsa/`` and ``biology/`` that holds modules must have a folder at the same path under ``tests/``
with at least one ``test_*.py`` file. Tests that check several packages at once (a convention
of ``ml.base`` held by every estimator, say) live in the folder of the package they have in
common, e.g. ``tests/ml/``.

The exceptions are listed below, each with its reason; a listed package that gains its own test
folder must leave the list (the last test checks that), so the list can only shrink.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOP_PACKAGES = ("practice", "ml", "dsa", "biology")
EXCEPTIONS = {
    # scripts the pages include whole; tests/docs/test_runnable_blocks.py runs every one
    "ml/nn/examples": "run by tests/docs/test_runnable_blocks.py",
}


def packages_with_modules() -> list[str]:
    """Package folders (relative paths) that hold at least one module besides ``__init__``."""
    found = []
    for top in TOP_PACKAGES:
        for init in sorted((ROOT / top).rglob("__init__.py")):
            folder = init.parent
            if any(p.name != "__init__.py" for p in folder.glob("*.py")):
                found.append(folder.relative_to(ROOT).as_posix())
    return found


def has_tests(package: str) -> bool:
    return any((ROOT / "tests" / package).glob("test_*.py"))


def test_the_walk_sees_the_packages():
    packages = packages_with_modules()
    assert {"ml", "ml/nn", "ml/cluster", "dsa/structures", "biology"} <= set(packages)


@pytest.mark.parametrize("package", [p for p in packages_with_modules() if p not in EXCEPTIONS])
def test_every_package_has_tests_at_the_same_path(package):
    assert has_tests(package), f"{package}/ has modules but tests/{package}/ has no test_*.py"


@pytest.mark.parametrize("package", sorted(EXCEPTIONS))
def test_exceptions_are_still_needed(package):
    assert not has_tests(package), f"tests/{package}/ exists now: remove {package} from the list"


def test_every_test_folder_names_a_package():
    """The other direction: no test folder for a package that does not exist (tests/ml/conv
    held the tests of ml/nn/conv.py and ml/cnn, and tests/ml/classic of eleven packages)."""
    stray = [folder.relative_to(ROOT / "tests").as_posix()
             for top in TOP_PACKAGES for folder in (ROOT / "tests" / top).rglob("*")
             if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("test_*.py"))
             and not (ROOT / folder.relative_to(ROOT / "tests") / "__init__.py").exists()]
    assert stray == []
