"""The import layering that docs/contributing.md ("Architecture") describes, enforced.

Every ``import`` of every module is read with ``ast`` (those inside functions too, since a lazy
import is still a dependency) and checked against the layers: a package may import the ones
below it, never one above. ``tests/`` may import anything and is not checked.
"""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ("practice", "ml", "dsa", "biology", "tools", "benchmarks", "tests")

# Which top-level packages each one may import (besides itself and the standard library). The
# practice engine is below every section and imports none of them; each section reaches it only
# through its set's entry point (see PRACTICE_ENTRY_POINTS).
MAY_IMPORT = {
    "practice": set(),
    "dsa": {"practice"},
    "ml": {"practice"},
    "biology": {"ml", "dsa", "practice"},
    "tools": {"ml", "dsa", "biology", "practice"},
    "benchmarks": {"ml", "dsa", "biology", "practice"},
}
PRACTICE_ENTRY_POINTS = {"dsa.practice", "ml.exercises", "biology.exercises"}
# Third-party packages a library package may import: numpy and matplotlib, hypothesis for the
# practice checker. (The test-only oracles, scikit-learn, PyTorch, networkx, stay in tests/.)
THIRD_PARTY = {"practice": {"numpy", "hypothesis"}, "ml": {"numpy", "matplotlib"},
               "dsa": {"numpy", "matplotlib", "hypothesis"}, "biology": {"numpy", "matplotlib"}}
# Some units may import one more: ml.distributed, mpi4py (the optional extra "distributed"); the
# exercise sets' tests (data the engine runs), hypothesis.
THIRD_PARTY_UNIT = {"ml.distributed": {"mpi4py"}, "ml.exercises": {"hypothesis"},
                    "biology.exercises": {"hypothesis"}}

# Inside ml, three layers. The foundation imports only itself; a classic model imports the
# foundation and other classic models; the networks import the foundation and each other, and
# neither of those two imports the other. The applications (command lines, data, the MNIST and
# CNN programs) may import all of ml.
ML_FOUNDATION = {"ml.special", "ml.base", "ml.metrics", "ml.progress", "ml.files"}
ML_CLASSIC = {"ml.linear", "ml.bayes", "ml.discriminant", "ml.cluster", "ml.decomposition",
              "ml.ensemble", "ml.neighbors", "ml.svm", "ml.trees", "ml.preprocessing",
              "ml.model_selection"}
ML_NETWORKS = {"ml.nn", "ml.autograd", "ml.gradcheck"}
ML_APPLICATIONS = {"ml", "ml.mnist", "ml.cnn", "ml.text", "ml.cli", "ml.datasets",
                   "ml.distributed", "ml.exercises"}
ML_MAY_IMPORT = {**{u: ML_FOUNDATION for u in ML_FOUNDATION},
                 **{u: ML_FOUNDATION | ML_CLASSIC for u in ML_CLASSIC},
                 **{u: ML_FOUNDATION | ML_NETWORKS for u in ML_NETWORKS}}

# Inside dsa: the structures are at the bottom and the practice runner stands alone (its
# problems are solved from scratch); the figure command, dsa.growth, may import the rest.
DSA_ALONE = {"dsa.counting": set(), "dsa.structures": set(), "dsa.practice": set()}


def modules(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts)


def dotted(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every absolute module name ``path`` imports, anywhere in the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def unit(name: str, depth: int = 2) -> str:
    """``ml.nn.layers`` -> ``ml.nn``: the package (or top-level module) a name belongs to."""
    return ".".join(name.split(".")[:depth])


def is_example(path: Path) -> bool:
    """A script shown whole on a page (ml/nn/examples): an application, whatever its folder."""
    return "examples" in path.relative_to(ROOT).parts


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_each_package_imports_only_the_layers_below_it(package):
    wrong = [f"{dotted(path)} imports {name}" for path in modules(package)
             for name in imports(path)
             if name.split(".")[0] in PROJECT and name.split(".")[0] != package
             and name.split(".")[0] not in MAY_IMPORT[package]]
    assert wrong == []


@pytest.mark.parametrize("package", sorted(THIRD_PARTY))
def test_the_library_imports_only_its_declared_dependencies(package):
    known = set(sys.stdlib_module_names) | set(PROJECT) | THIRD_PARTY[package] | {"__future__"}
    wrong = [f"{dotted(path)} imports {name}" for path in modules(package)
             if not is_example(path) for name in imports(path)
             if name.split(".")[0] not in known | THIRD_PARTY_UNIT.get(unit(dotted(path)), set())]
    assert wrong == []


def test_every_ml_package_has_a_layer():
    units = {unit(dotted(path)) for path in modules("ml")}
    placed = ML_FOUNDATION | ML_CLASSIC | ML_NETWORKS | ML_APPLICATIONS
    assert units - placed == set(), "add the new package to a layer here and in contributing.md"


def test_inside_ml_foundation_classic_models_and_networks_stay_apart():
    wrong = []
    for path in modules("ml"):
        me = unit(dotted(path))
        if me in ML_APPLICATIONS or is_example(path):
            continue
        for name in imports(path):
            if name.startswith("ml.") and unit(name) != me and unit(name) not in ML_MAY_IMPORT[me]:
                wrong.append(f"{dotted(path)} imports {name}")
    assert wrong == []


def test_inside_dsa_structures_and_practice_stand_alone():
    wrong = []
    for path in modules("dsa"):
        me = unit(dotted(path))
        for name in imports(path):
            if not name.startswith("dsa.") or unit(name) == me:
                continue
            if me in DSA_ALONE or unit(name) == "dsa.practice" or (
                    unit(name) == "dsa.growth"):
                wrong.append(f"{dotted(path)} imports {name}")
    assert wrong == []


def test_only_the_sets_entry_points_import_the_practice_engine():
    wrong = [f"{dotted(path)} imports {name}" for package in ("ml", "dsa", "biology")
             for path in modules(package) for name in imports(path)
             if name.split(".")[0] == "practice"
             and unit(dotted(path)) not in PRACTICE_ENTRY_POINTS]
    assert wrong == []


def test_the_architecture_section_names_every_package():
    text = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    section = text[text.index("## Architecture"):]
    section = section[:section.find("\n## ", 1)]
    for package in (*PROJECT, "docs"):
        assert f"{package}" in section, package
