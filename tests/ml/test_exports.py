"""Every package of ml/ exports its modules' public names: ``from ml.metrics import r2_score``
works like ``from ml.metrics.regression import r2_score``.

A module's ``__all__`` is its public interface; its package re-exports every name in it, so a
reader never has to guess which level a name lives at. (The top-level modules ``ml.base``,
``ml.special``, ``ml.cli``, ``ml.gradcheck`` and ``ml.progress`` are imported by their own
name; the applications ``ml.mnist``, ``ml.text`` and ``ml.distributed`` are run, not imported.)
"""

import importlib
import pkgutil

import pytest

import ml

APPLICATIONS = ("ml.mnist", "ml.text", "ml.distributed", "ml.nn.examples")
MODULES = [info.name for info in pkgutil.walk_packages(ml.__path__, "ml.")
           if not info.ispkg and info.name.count(".") >= 2
           and not info.name.endswith("__main__") and not info.name.startswith(APPLICATIONS)]


@pytest.mark.parametrize("name", MODULES)
def test_the_package_exports_the_modules_public_names(name):
    module = importlib.import_module(name)
    package = importlib.import_module(name.rsplit(".", 1)[0])
    public = getattr(module, "__all__", None)
    assert public is not None, f"{name} declares no __all__"
    missing = [n for n in public if getattr(package, n, None) is not getattr(module, n)]
    assert missing == [], f"{package.__name__} does not export {missing} from {name}"
