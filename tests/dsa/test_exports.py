"""Every dsa package exports its modules' public names, so ``from dsa.<package> import X`` works.

A module says what is public with ``__all__``; its package imports each of those names and lists
them in its own ``__all__``. (``dsa.practice`` is a command-line application, not a library of
names, and the top-level ``dsa`` package imports none of its subpackages, so that ``import dsa``
stays free.)
"""

import importlib
import pkgutil

import pytest

import dsa

MODULES = sorted(info.name for info in pkgutil.walk_packages(dsa.__path__, "dsa.")
                 if not info.ispkg and not info.name.startswith("dsa.practice"))
PACKAGES = sorted({name.rpartition(".")[0] for name in MODULES} - {"dsa"})


def test_the_reported_import_works():
    from dsa.structures import MinHeap

    heap = MinHeap([3, 1, 2])
    assert heap.pop() == 1


@pytest.mark.parametrize("name", MODULES)
def test_every_module_declares_its_public_names(name):
    module = importlib.import_module(name)
    assert isinstance(getattr(module, "__all__", None), list), f"{name} has no __all__"
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ lists {public}, which it lacks"


@pytest.mark.parametrize("name", [m for m in MODULES if m.count(".") == 2])
def test_every_public_name_is_importable_from_its_package(name):
    module = importlib.import_module(name)
    package = importlib.import_module(name.rpartition(".")[0])
    for public in module.__all__:
        assert getattr(package, public, None) is getattr(module, public), (
            f"from {package.__name__} import {public} does not give {name}.{public}")
        assert public in package.__all__, f"{package.__name__}.__all__ lacks {public}"


@pytest.mark.parametrize("name", PACKAGES)
def test_a_package_exports_only_its_modules_names_each_once(name):
    package = importlib.import_module(name)
    owners: dict[str, str] = {}
    for module_name in (m for m in MODULES if m.rpartition(".")[0] == name):
        for public in importlib.import_module(module_name).__all__:
            assert public not in owners, f"{public} is in {owners.get(public)} and {module_name}"
            owners[public] = module_name
    assert sorted(package.__all__) == sorted(owners)
