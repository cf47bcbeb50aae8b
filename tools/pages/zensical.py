"""Build the site with Zensical as well: the configuration it reads, and what it goes without.

Material for MkDocs is in maintenance mode; its successor Zensical reads ``mkdocs.yml`` and runs
the same Python-Markdown extensions, but it runs no ``hooks:`` and skips, without a word, the
plugin options it does not implement. The site is built with MkDocs (``python -m tools.site
build``); this module keeps it buildable with Zensical too, and ``tests/docs/test_zensical.py``
checks that on every ``./run test docs``.

:func:`zensical_config` turns the configuration :mod:`tools.pages.generate` writes for MkDocs
into the one Zensical reads. It takes out what Zensical would skip, and says so
(:data:`LEFT_OUT`, printed by ``python -m tools.pages.zensical``), so nothing is lost unnoticed:

* the ``hooks:``, all polish after rendering (see :data:`LEFT_OUT` for what each one does);
* the ``glightbox`` options that Zensical accepts but does not implement.

It also moves the configuration next to its docs tree, because Zensical wants ``docs_dir`` and
``site_dir`` inside the configuration file's folder (MkDocs does not mind). The paths that are
read relative to that file (the theme's ``custom_dir``, mkdocstrings' ``paths`` and its
docstring extension) are rewritten to point back into the repository. A Zensical project is one
folder: ``docs/`` (the generated tree), ``zensical.yml``, the built site, and Zensical's
``.cache/``. :func:`build` makes one and runs ``zensical build --strict`` in it, from the
repository root (``pymdownx.snippets`` reads files relative to the working directory) and with
the root on ``PYTHONPATH`` (for the project's extensions, ``tools.hooks.mathml`` and
``tools.hooks.brackets``).

>>> config = {"hooks": ["tools/hooks/progress.py"], "theme": {"custom_dir": "overrides"},
...           "docs_dir": "build/docs", "site_dir": "site"}
>>> converted, notes = zensical_config(config, Path("/r/build"), Path("/r"))
>>> converted["docs_dir"], converted["site_dir"], converted["theme"]["custom_dir"]
('docs', 'site', '../overrides')
>>> "hooks" in converted, notes
(False, ['hook tools/hooks/progress.py: the "rendered 75 of 380 pages" lines'])

Cost: the generation (about 2 s) and Zensical's build (about 40 s for the ~390 pages, on a cold
cache); Zensical keeps a cache in the project folder, so a second build there is faster.
"""

from __future__ import annotations

import argparse
import copy
import os
import subprocess
import sys
from pathlib import Path

import yaml

from tools.pages.generate import generate

ROOT = Path(__file__).resolve().parents[2]
# The version `./run` installs into its own environment (the 0.1 releases need a zensical-ui
# package that the package index does not have).
VERSION = "0.0.73"
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"
CONFIG_NAME = "zensical.yml"

# What the MkDocs build has and the Zensical build goes without, and what a reader loses.
LEFT_OUT = {
    "tools/hooks/mathml.py": "formulas keep their plain-text twins (hidden by site.css) in the "
                             "page; the search index is built from them all the same",
    "tools/hooks/progress.py": 'the "rendered 75 of 380 pages" lines',
    "tools/hooks/lightbox.py": "nothing: Zensical's lightbox is a Markdown extension that keeps "
                               "each page a fragment",
    "tools/hooks/compact_html.py": "the templates' indentation stays in every page",
}
# glightbox options Zensical 0.0.73 reads but ignores: its lightbox has one look.
IGNORED_GLIGHTBOX = ("effect", "slide_effect", "zoomable", "draggable")


def zensical_config(config: dict, project: Path, root: Path = ROOT,
                    site: str = "site") -> tuple[dict, list[str]]:
    """``config`` (the MkDocs configuration) as Zensical reads it from ``project/zensical.yml``,
    with the docs tree in ``project/docs`` and the site in ``project/<site>``; and a line for
    each thing left out."""
    config = copy.deepcopy(config)
    notes = [f"hook {hook}: {LEFT_OUT.get(hook, 'not run')}" for hook in config.pop("hooks", [])]
    back = Path(os.path.relpath(root, project))   # from the project folder to the repository
    config["docs_dir"], config["site_dir"] = "docs", site
    theme = config.get("theme") or {}
    if theme.get("custom_dir"):
        theme["custom_dir"] = (back / theme["custom_dir"]).as_posix()
    for plugin in config.get("plugins") or []:
        if not isinstance(plugin, dict):
            continue
        (name, options), = plugin.items()
        if name == "glightbox":
            notes += [f"glightbox option {key}: ignored by Zensical"
                      for key in IGNORED_GLIGHTBOX if options.pop(key, None) is not None]
        elif name == "mkdocstrings":
            _point_back(options["handlers"]["python"], back)
    return config, notes


def _point_back(python: dict, back: Path) -> None:
    # mkdocstrings reads these relative to the configuration file, now one folder further away.
    python["paths"] = [(back / path).as_posix() for path in python.get("paths", [])]
    options = python.get("options", {})
    options["extensions"] = [(back / ext).as_posix() if isinstance(ext, str) and ".py" in ext
                             else ext for ext in options.get("extensions", [])]


def prepare(project: Path, root: Path = ROOT, site: str = "site") -> tuple[Path, list[str]]:
    """Generate the docs tree into ``project/docs`` and write ``project/zensical.yml``; return
    that file and the notes of :func:`zensical_config`. Problems of the generation stop it."""
    project.mkdir(parents=True, exist_ok=True)
    mkdocs_config = project / "mkdocs.generated.yml"
    generated, _ = generate(root, project / "docs", mkdocs_config)
    if generated.errors:
        raise ValueError("the pages could not be generated:\n" + "\n".join(generated.errors))
    config = yaml.safe_load(mkdocs_config.read_text(encoding="utf-8"))
    config, notes = zensical_config(config, project, root, site)
    target = project / CONFIG_NAME
    target.write_text("# Written by tools/pages/zensical.py from mkdocs.generated.yml: Zensical's "
                      "configuration.\n" + yaml.safe_dump(config, sort_keys=False,
                                                          allow_unicode=True, width=100),
                      encoding="utf-8")
    return target, notes


def build(project: Path, zensical: Path = ZENSICAL, root: Path = ROOT,
          site: str = "site") -> tuple[subprocess.CompletedProcess, list[str]]:
    """Prepare ``project`` and run ``zensical build --strict`` on it (the site goes to
    ``project/<site>``); return the finished process (output captured) and the notes."""
    config, notes = prepare(project, root, site)
    path = os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))
    result = subprocess.run([str(zensical), "build", "--strict", "-f", str(config)], cwd=root,
                            env={**os.environ, "PYTHONPATH": path}, capture_output=True,
                            text=True, check=False)
    return result, notes


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.pages.zensical``: build the site with Zensical into
    ``build/zensical-site`` (``site/``, the MkDocs site, stays as it is)."""
    parser = argparse.ArgumentParser(prog="python -m tools.pages.zensical",
                                     description=main.__doc__)
    parser.add_argument("--zensical", type=Path, default=ZENSICAL,
                        help="the zensical command (default: the one `./run test docs` installs)")
    args = parser.parse_args(argv)
    if not args.zensical.is_file():
        print(f"{args.zensical} is missing: `./run test docs` installs Zensical {VERSION} into "
              ".venv-zensical, or name one with --zensical", file=sys.stderr)
        return 2
    try:
        result, notes = build(ROOT / "build", args.zensical, site="zensical-site")
    except ValueError as error:   # the generation found problems: nothing was built
        print(error, file=sys.stderr)
        return 1
    for note in notes:
        print(f"left out: {note}")
    print(result.stdout + result.stderr, end="")
    if result.returncode == 0:
        print(f"==> {ROOT / 'build' / 'zensical-site'}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
